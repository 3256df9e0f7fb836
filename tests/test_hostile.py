"""Hostile input never breaks a stand-in: each request below goes to the sandbox and to the mock.

The sandbox answers a 4xx with the error envelope (a request the HTTP parser cannot read, such as an
unknown method or a control character in a header, is refused with a 400 before it reaches the app),
never a 5xx, a hang or the value echoed, logs no traceback, and answers a normal request afterwards.
The one exception is what the document allows: control characters in a string (`type: string`) are
stored and returned as sent, escaped by JSON, since refusing them would break the contract
(schemathesis' positive-data check says so). The mock answers a 4xx or shows one of the documented
Prism limits (docs/mock.md); when an input kills Prism, `cobalt mock` reports it and starts
Prism again. Add a row to extend the suite.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field

import httpx
import pytest

from cobalt_kit.pytest_plugin import Mock, SandboxPractice

from support import raw_http
from support.bookings import DEMO_VISIT
from support.document import ROOT

# Prism limits the docs' mock page lists; a row names the one it runs into.
PRISM_LIMITS = {
    "kills Prism": "a request that ends Prism's process",
    "any string": "accepts any string its schema allows",
    "any id": "answers any id with the example",
    "presence only": "checks only that each credential header is present",
    "waits for the body": "waits for a body that never comes",
    "any size": "accepts a body of any size",
    "500 when nested deep": "answers `500` to a body nested tens of thousands of levels deep",
}
CREATE = {**DEMO_VISIT, "datetime": "2024-05-06T10:00:00-07:00"}
DEPRECATED_PAIR = {k: v for k, v in CREATE.items() if k != "datetime"} | {"date": "2024-05-06", "time": "9:00 AM"}


def body(value: object) -> bytes:
    return json.dumps(value).encode()


@dataclass(frozen=True)
class Hostile:
    name: str
    method: str
    path: str
    body: bytes = b""
    sandbox: int = 400
    mock: str = "4xx"  # or a key of PRISM_LIMITS
    content_type: str | None = "application/json"
    extra_headers: list[tuple[str, str]] = field(default_factory=list)
    credentials: bool = True
    content_length: int | None = None
    round_trip: str | None = None  # for a 2xx: a string the stored appointment must give back intact


NESTED_5K = b"[" * 5000 + b"]" * 5000
NESTED_30K = b"[" * 30000 + b"]" * 30000

CASES = [
    Hostile("lone surrogate in a new booking's note", "POST", "/appointments",
            body(CREATE)[:-1] + b', "note": "x\\ud800"}', mock="any string"),
    Hostile("lone surrogate in a PATCH of note", "PATCH", "/appointments/2109607", b'{"note": "x\\ud800"}',
            mock="any string"),
    Hostile("5,000 nested arrays", "POST", "/appointments", NESTED_5K, mock="kills Prism"),
    Hostile("30,000 nested arrays", "POST", "/appointments", NESTED_30K, mock="500 when nested deep"),
    Hostile("a final newline after the time", "POST", "/appointments", body({**DEPRECATED_PAIR, "time": "9:00 AM\n"})),
    Hostile("a final newline after the duration", "POST", "/appointments", body({**CREATE, "duration": "15\n"})),
    # `format: date` allows the year 0000, which has no day a date can hold.
    Hostile("a start_date in the year 0000", "GET", "/appointments?start_date=0000-01-01&end_date=2024-04-14",
            mock="any string"),
    Hostile("an end_date in the year 0000", "GET", "/appointments?start_date=2024-03-14&end_date=0000-12-31",
            mock="any string"),
    Hostile("a booking's date in the year 0000", "POST", "/appointments",
            body({**DEPRECATED_PAIR, "date": "0000-02-29"}),
            mock="any string"),
    Hostile("an encoded # in a PATCH id", "PATCH", "/appointments/2109607%23x", b'{"note": "n"}', sandbox=404,
            mock="any id"),
    Hostile("an encoded # in a GET id", "GET", "/appointments/%23Xf", sandbox=404, mock="any id"),
    Hostile("an encoded ? and tab in an id", "GET", "/appointments/1%3F2%09", sandbox=404, mock="any id"),
    Hostile("a NUL in an id", "GET", "/appointments/%00", sandbox=404, mock="any id"),
    Hostile("a webhook id past 64 bits", "DELETE", "/webhook/999999999999999999999999999999", sandbox=404,
            mock="any id"),
    Hostile("a superscript digit in a webhook id", "DELETE", "/webhook/%C2%B2", sandbox=404, mock="any id"),
    Hostile("a trailing slash", "GET", "/appointments/", sandbox=404),
    Hostile("a repeated query parameter", "GET",
            "/appointments?start_date=2024-03-14&start_date=2024-03-15&end_date=2024-04-14"),
    Hostile("malformed JSON", "POST", "/appointments", b'{"mrn": '),
    Hostile("an empty body", "POST", "/appointments", b""),
    Hostile("an array body", "POST", "/appointments", b"[]"),
    Hostile("a string body", "POST", "/appointments", b'"appointment"'),
    Hostile("a null body", "PATCH", "/appointments/2109607", b"null"),
    Hostile("invalid UTF-8 in the body", "POST", "/appointments", body(CREATE)[:-1] + b', "note": "\xff\xfe"}',
            mock="any string"),
    Hostile("a NUL in a string", "POST", "/appointments", body({**CREATE, "note": "a\x00b"}), sandbox=200,
            mock="any string", round_trip="a\x00b"),
    Hostile("control characters in a string", "POST", "/appointments", body({**CREATE, "note": "a\x1b\x7fb"}),
            sandbox=200, mock="any string", round_trip="a\x1b\x7fb"),
    Hostile("a control character in a credential header", "GET", "/appointments/2109607", credentials=False,
            extra_headers=[("client_id", "ci\x01demo"), ("client_secret", "cs"), ("access_token", "at")],
            mock="presence only"),
    Hostile("a NUL in a header", "GET", "/appointments/2109607", extra_headers=[("X-Note", "a\x00b")]),
    Hostile("a bare CR in a header", "GET", "/appointments/2109607", extra_headers=[("X-Note", "a\rb")]),
    Hostile("an oversized body", "POST", "/appointments", body({**CREATE, "note": "x" * 70_000}), sandbox=413,
            mock="any size"),
    Hostile("a body shorter than it declares", "POST", "/appointments", body(CREATE), content_length=4000,
            sandbox=408, mock="waits for the body"),
    Hostile("a text/plain body", "POST", "/appointments", body(CREATE), content_type="text/plain"),
    Hostile("no content type", "POST", "/appointments", body(CREATE), content_type=None),
    Hostile("an unknown method", "BREW", "/appointments"),
    Hostile("PUT, which the document does not have", "PUT", "/appointments/2109607", b"{}", sandbox=405),
    Hostile("an unknown path", "GET", "/nowhere", sandbox=404),
    Hostile("no credentials", "GET", "/appointments/2109607", credentials=False, sandbox=401),
    Hostile("a duplicated credential header", "GET", "/appointments/2109607",
            extra_headers=[("client_id", "ci_other_practice")], sandbox=401, mock="presence only"),
    Hostile("invalid percent-encoding in an id", "GET", "/appointments/%FF", sandbox=404, mock="kills Prism"),
    Hostile("an encoded surrogate in an id", "GET", "/appointments/%ED%A0%80", sandbox=404, mock="kills Prism"),
    Hostile("a bare % in an id", "GET", "/appointments/%", sandbox=404, mock="kills Prism"),
    Hostile("%u2603 in an id", "GET", "/appointments/%u2603", sandbox=404, mock="kills Prism"),
    Hostile("an escaped property name outside Latin-1", "PATCH", "/appointments/2109607", b'{"\\u2603": 1}',
            mock="kills Prism"),
    Hostile("a property name outside Latin-1", "PATCH", "/appointments/2109607", '{"☃": 1}'.encode(),
            mock="kills Prism"),
]  # fmt: skip
KILLERS = [case for case in CASES if case.mock == "kills Prism"]


def raw(case: Hostile, headers: dict[str, str]) -> bytes:
    sent = list(headers.items()) if case.credentials else []
    if case.content_type:
        sent.append(("Content-Type", case.content_type))
    sent += case.extra_headers
    return raw_http.request_bytes(case.method, case.path, sent, case.body, case.content_length)


def still_answers(base_url: str, headers: dict[str, str], within: float = 30.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base_url}/appointments/2109607", headers=headers, timeout=2).status_code == 200:
                return True
        except httpx.TransportError:
            time.sleep(0.2)
    return False


def death_reported(mock: Mock, since: int, within: float = 30.0) -> str:
    """`cobalt mock`'s output after offset `since`, once it reports that Prism died."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        reported = mock.log_path.read_text(errors="replace")[since:]
        if "cobalt mock: Prism died on " in reported:
            return reported
        time.sleep(0.1)
    return mock.log_path.read_text(errors="replace")[since:]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_sandbox_answers_hostile_input_with_a_4xx(
    cobalt_sandbox: SandboxPractice, case: Hostile, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    answer = raw_http.send(cobalt_sandbox.base_url, raw(case, cobalt_sandbox.headers), timeout=10)
    assert answer.status == case.sandbox, answer.body[:300]
    if case.round_trip is not None:
        new_id = answer.json()["data"]["appointment_id"]
        notes = cobalt_sandbox.client().appointments.list("2024-05-06", "2024-05-06", include_note=True)
        assert [a.note for a in notes if a.id == new_id] == [case.round_trip]
    else:
        envelope = answer.json()
        assert envelope["success"] is False
        assert set(envelope) == {"success", "code", "message"}
        for echoed in ("\\ud800", "☃", "x" * 50, "Xf", "a\x00b"):
            assert echoed not in envelope["message"]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert still_answers(cobalt_sandbox.base_url, cobalt_sandbox.headers, within=10)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_mock_answers_a_4xx_or_shows_a_documented_limit(cobalt_mock: Mock, case: Hostile) -> None:
    log_before = cobalt_mock.log_path.read_text(errors="replace")
    timeout = 1.5 if case.mock == "waits for the body" else 10
    answer = raw_http.send(cobalt_mock.base_url, raw(case, cobalt_mock.headers), timeout=timeout)
    if case.mock == "4xx":
        assert answer.status is not None and 400 <= answer.status < 500, (answer.status, answer.body[:300])
    elif case.mock == "kills Prism":
        # Prism may answer first and die a moment later (its logger): wait for the report of the death,
        # so that the restart is over before the next test asks the mock anything.
        reported = death_reported(cobalt_mock, len(log_before))
        assert "cobalt mock: Prism died on " in reported
        assert "restarting it" in reported
    elif case.mock == "waits for the body":
        assert answer.status is None
    elif case.mock == "500 when nested deep":
        assert answer.status == 500
    else:  # Prism takes it: it answers, as the limit says, but never with a 5xx
        assert answer.status is not None and answer.status < 500, answer.body[:300]
    assert still_answers(cobalt_mock.base_url, cobalt_mock.headers)


def test_the_docs_list_every_prism_limit_the_suite_relies_on() -> None:
    page = (ROOT / "docs" / "mock.md").read_text()
    for limit in {c.mock for c in CASES} - {"4xx"}:
        assert PRISM_LIMITS[limit] in page, limit
