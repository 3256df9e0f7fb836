"""GET /webhook-events as the newest page documents it: every filter and paging parameter on the
wire, `webhooks.events(...)` reading every page, and `wait_for` working from either item shape."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from cobalt_kit import AsyncCobalt
from cobalt_kit.webhooks import Event, construct_event, sign

from support import reference
from support.canned import FAST, SECRETS, Canned, canned_cobalt

ENVELOPE = {"id": "e1", "object": "event", "created": "2025-07-28T16:05:48.929Z", "type": "appointment.created",
            "job_id": "12345", "data": {"appointment_id": "1"}}  # fmt: skip
LOG_ENTRY = {"event_id": "e2", "event_type": "appointment.failed", "created_at": "2025-07-28T16:05:49.000Z",
             "delivery_status": "failed", "webhook_url": "https://x.test/h", "job_id": 12345,
             "data": {"appointment_id": "2"}}  # fmt: skip


SRC = Path(__file__).resolve().parent.parent / "src" / "cobalt_kit"
THIRD_PARTY = {"httpx", "cobalt_client", "attrs", "tenacity", "yaml", "httpcore"}


def page(items: list[dict], current: int, total: int) -> httpx.Response:
    pagination = {"current_page": current, "total_pages": total, "total_count": 3, "page_size": 1}
    return httpx.Response(200, json={"success": True, "webhook_events": items, "pagination": pagination})


def test_events_reads_every_page_in_both_shapes_and_sends_every_filter() -> None:
    handler = Canned(page([ENVELOPE], 1, 3), page([LOG_ENTRY], 2, 3), page([ENVELOPE], 3, 3))
    found = canned_cobalt(handler).webhooks.events(
        "12345", event_type="appointment.created", delivery_status="failed", start_date="2025-07-01",
        end_date="2025-07-31", page_size=1, oldest_first=True,
    )  # fmt: skip
    assert [(e.id, e.type, e.job_id) for e in found] == [
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
    assert found[1].delivery["delivery_status"] == "failed"
    assert found[0].model().data.appointment_id == "1"


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
    assert event.type == item.get("type", item.get("event_type"))
    assert event.job_id == "12345"

    async def run() -> str:
        again = Canned(empty, page([item], 1, 1))
        async with AsyncCobalt(*SECRETS, base_url="https://cobalt.test/v1", retry=FAST,
                               transport=httpx.MockTransport(again)) as cobalt:  # fmt: skip
            return (await cobalt.webhooks.wait_for("12345", timeout=5, interval=0.01)).type

    assert asyncio.run(run()) == event.type


def test_a_polled_event_is_the_received_events_type_and_keeps_the_generated_names_deprecated() -> None:
    payload = json.dumps(ENVELOPE).encode()
    received = construct_event(payload, sign(payload, "whsec_x"), "whsec_x", tolerance=None)  # a captured body
    polled = canned_cobalt(Canned(page([LOG_ENTRY, ENVELOPE], 1, 1))).webhooks.events("12345")
    assert [type(event) for event in polled] == [Event, Event] and polled[1] == received
    assert (polled[0].type, polled[0].data, polled[1].model().data.appointment_id) == (
        "appointment.failed", {"appointment_id": "2"}, "1"
    )  # fmt: skip
    with pytest.warns(DeprecationWarning, match="Event.type_"):
        assert polled[0].type_ == "appointment.failed"
    with pytest.warns(DeprecationWarning, match="Event.delivery"):
        assert polled[0].additional_properties["webhook_url"] == "https://x.test/h"


def test_webhook_signing_imports_the_standard_library_alone() -> None:
    """`cobalt_kit.webhooks` (and the errors it raises) loads no third-party module: a receiver can
    verify deliveries without the client's dependencies."""
    source = "import sys, cobalt_kit.webhooks as w; print(sorted(m for m in sys.modules if m.split('.')[0] in {mods}))"
    probe = f"""
import importlib.util, sys, types
package = types.ModuleType("cobalt_kit"); package.__path__ = [{str(SRC)!r}]; sys.modules["cobalt_kit"] = package
{source.format(mods=sorted(THIRD_PARTY))!s}
"""
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert shown.strip() == "[]"


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
