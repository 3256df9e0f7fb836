"""GET /webhook-events as the newest page documents it: every filter and paging parameter on the
wire, `webhooks.events(...)` reading every page, and `wait_for` working from either item shape."""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from cobalt_kit import AsyncCobalt

from support import reference
from support.canned import FAST, SECRETS, Canned, canned_cobalt

ENVELOPE = {"id": "e1", "object": "event", "created": "2025-07-28T16:05:48.929Z", "type": "appointment.created",
            "job_id": "12345", "data": {"appointment_id": "1"}}  # fmt: skip
LOG_ENTRY = {"event_id": "e2", "event_type": "appointment.failed", "created_at": "2025-07-28T16:05:49.000Z",
             "delivery_status": "failed", "webhook_url": "https://x.test/h", "job_id": 12345,
             "data": {"appointment_id": "2"}}  # fmt: skip


def page(items: list[dict], current: int, total: int) -> httpx.Response:
    pagination = {"current_page": current, "total_pages": total, "total_count": 3, "page_size": 1}
    return httpx.Response(200, json={"success": True, "webhook_events": items, "pagination": pagination})


def test_events_reads_every_page_in_both_shapes_and_sends_every_filter() -> None:
    handler = Canned(page([ENVELOPE], 1, 3), page([LOG_ENTRY], 2, 3), page([ENVELOPE], 3, 3))
    found = canned_cobalt(handler).webhooks.events(
        "12345", event_type="appointment.created", delivery_status="failed", start_date="2025-07-01",
        end_date="2025-07-31", page_size=1, oldest_first=True,
    )  # fmt: skip
    assert [(e.id, e.type_, e.job_id) for e in found] == [
        ("e1", "appointment.created", "12345"), ("e2", "appointment.failed", "12345"),
        ("e1", "appointment.created", "12345"),
    ]  # fmt: skip
    queries = [parse_qs(urlsplit(str(r.url)).query) for r in handler.requests]
    assert [q["page"] for q in queries] == [["1"], ["2"], ["3"]]
    assert queries[0] == {
        "job_id": ["12345"], "event_type": ["appointment.created"], "delivery_status": ["failed"],
        "start_date": ["2025-07-01"], "end_date": ["2025-07-31"], "page": ["1"], "page_size": ["1"],
        "sort": ["created_at"],
    }  # fmt: skip
    assert found[1].additional_properties["delivery_status"] == "failed"


def test_a_server_without_pagination_is_read_as_one_page() -> None:
    handler = Canned(httpx.Response(200, json={"success": True, "webhook_events": [ENVELOPE]}))
    assert len(canned_cobalt(handler).webhooks.events("12345")) == 1
    assert len(handler.requests) == 1


@pytest.mark.parametrize("bad", [{"page_size": 0}, {"page_size": 101}, {"delivery_status": "maybe"}])
def test_a_filter_outside_the_document_is_refused_before_sending(bad: dict) -> None:
    handler = Canned(page([], 1, 1))
    with pytest.raises(ValueError):
        canned_cobalt(handler).webhooks.events(**bad)
    assert handler.requests == []


@pytest.mark.parametrize("item", [ENVELOPE, LOG_ENTRY], ids=["envelope", "log entry"])
def test_wait_for_works_from_either_shape(item: dict) -> None:
    empty = httpx.Response(200, json={"success": True, "webhook_events": [], "pagination": {
        "current_page": 1, "total_pages": 0}})  # fmt: skip
    handler = Canned(empty, page([item], 1, 1))
    event = canned_cobalt(handler).webhooks.wait_for("12345", timeout=5, interval=0.01)
    assert event.type_ == item.get("type", item.get("event_type"))
    assert event.job_id == "12345"

    async def run() -> str:
        again = Canned(empty, page([item], 1, 1))
        async with AsyncCobalt(*SECRETS, base_url="https://cobalt.test/v1", retry=FAST,
                               transport=httpx.MockTransport(again)) as cobalt:  # fmt: skip
            return str((await cobalt.webhooks.wait_for("12345", timeout=5, interval=0.01)).type_)

    assert asyncio.run(run()) == event.type_


def test_the_sandbox_pages_filters_and_sorts_the_events(sandbox_url: str) -> None:
    headers = reference.EXAMPLE_CREDENTIALS
    with httpx.Client(base_url=sandbox_url, headers=headers, timeout=10) as http:
        jobs = []
        for minute in ("00", "15", "30"):
            created = http.post("/appointments", json={
                "mrn": "PAGES-1", "location": "54252", "provider": "6644", "type": "f/u",
                "datetime": f"2031-02-03T10:{minute}:00-05:00",
            }).json()  # fmt: skip
            jobs.append(created["data"]["job_id"])
        http.post("/_sandbox/clock/advance", json={"seconds": 5})
        one = http.get("/webhook-events", params={"job_id": jobs[1]}).json()
        assert [e["job_id"] for e in one["webhook_events"]] == [jobs[1]]
        mine = [http.get("/webhook-events", params={"job_id": job}).json()["webhook_events"][0] for job in jobs]
        first = http.get("/webhook-events", params={"page_size": "1", "sort": "created_at"}).json()
        assert first["pagination"]["page_size"] == 1 and first["pagination"]["total_pages"] >= 3
        newest = http.get("/webhook-events", params={"page_size": "1"}).json()["webhook_events"][0]
        assert newest["id"] == mine[-1]["id"] or newest["created"] >= mine[-1]["created"]
        assert http.get("/webhook-events", params={"event_type": "no.such.type"}).json()["webhook_events"] == []
        # Each event is in exactly one delivery status (`status`, the older page's name, alike).
        statuses = {
            status: [e["id"] for e in http.get("/webhook-events", params={"job_id": jobs[0], name: status}).json()[
                "webhook_events"]]
            for name, status in (("delivery_status", "success"), ("delivery_status", "failed"), ("status", "pending"))
        }  # fmt: skip
        assert [id_ for ids in statuses.values() for id_ in ids] == [mine[0]["id"]]
        assert http.get("/webhook-events", params={"page": "x"}).status_code == 400


def test_a_page_past_int64_is_served_empty(sandbox_url: str) -> None:
    """The document bounds `page` below only: a page number past 64 bits is a valid request (found by
    schemathesis' fuzzing), answered as any page past the last."""
    huge = "14617836347968222734520925814784"
    with httpx.Client(base_url=sandbox_url, headers=reference.EXAMPLE_CREDENTIALS, timeout=10) as http:
        answer = http.get("/webhook-events", params={"page": huge, "page_size": "50"})
        too_long = http.get("/webhook-events", params={"page": "9" * 1001})
        doubled = http.get("/webhook-events", params={"page": "--5"})
    assert answer.status_code == 200, answer.text
    assert answer.json()["webhook_events"] == [] and answer.json()["pagination"]["current_page"] == int(huge)
    assert too_long.status_code == 400 and too_long.json()["message"] == "page: is not an integer"
    assert doubled.status_code == 400 and doubled.json()["message"] == "page: is not an integer"
