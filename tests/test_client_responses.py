"""Malformed responses never reach the caller as a wrong type: through `Cobalt` and `AsyncCobalt`
each gives a value of the annotated type or an UnexpectedResponseError naming the field path (never
its value); nothing the kit raises keeps a request that carries the credentials."""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import gc
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from cobalt_client.models import GetAppointmentResponse
from cobalt_client.types import UNSET
from cobalt_kit import APIConnectionError, AsyncCobalt, AuthenticationError, CobaltError, UnexpectedResponseError

from support import reference
from support.canned import FAST, SECRETS, Canned, canned_cobalt, error

PHI_SAMPLE = "Jane Doe"


def get_with(**fields: Any) -> dict[str, Any]:
    body = copy.deepcopy(reference.GET_RESPONSE)
    for name, value in fields.items():
        if value is DROP:
            body["appointments"].pop(name)
        else:
            body["appointments"][name] = value
    return body


def list_with(index: int, **fields: Any) -> dict[str, Any]:
    """The reference's list, its appointment repeated so that `index` exists, one of them changed."""
    body = copy.deepcopy(reference.LIST_RESPONSE)
    (first,) = body["results"]["appointments"]
    body["results"]["appointments"] = [copy.deepcopy(first) for _ in range(index + 1)]
    body["results"]["appointments"][index].update(fields)
    return body


DROP = object()
DEEP = b"[" * 100_000 + b"]" * 100_000


@dataclass(frozen=True)
class Malformed:
    name: str
    call: str  # get, list or create
    status: int
    content: bytes | dict[str, Any] | list[Any] | None
    path: str | None = None  # the field path the error names; None: a value comes back instead
    content_type: str = "application/json"


CASES = [
    Malformed("duration as a string", "get", 200, get_with(duration="15"), "appointments.duration"),
    Malformed("duration as a float", "get", 200, get_with(duration=15.5), "appointments.duration"),
    Malformed("duration as a boolean", "get", 200, get_with(duration=True), "appointments.duration"),
    Malformed("status as a number", "get", 200, get_with(status=3), "appointments.status"),
    Malformed("id as a number", "get", 200, get_with(id=1), "appointments.id"),
    Malformed("a null location", "get", 200, get_with(location=None), "appointments.location"),
    Malformed("a day-first date of birth", "get", 200, get_with(patient_dob="31/12/1980"), "appointments.patient_dob"),
    Malformed("a date-time that is no date-time", "get", 200, get_with(datetime="tomorrow"), "appointments.datetime"),
    Malformed("a missing id", "get", 200, get_with(id=DROP), "appointments.id"),
    Malformed("a missing status", "get", 200, get_with(status=DROP), "appointments.status"),
    Malformed("appointments as an array", "get", 200, {"success": True, "appointments": []}, "appointments"),
    Malformed("an error-shaped 200", "get", 200, {"success": False, "code": "x", "message": "m"}, "appointments"),
    Malformed("a JSON array body", "get", 200, [], "(body)"),
    Malformed("a patient name as an object", "get", 200, get_with(patient_name={"first": "Jane"}),
              "appointments.patient_name"),
    Malformed("the second listed appointment's duration", "list", 200, list_with(1, duration="15"),
              "results.appointments[1].duration"),
    Malformed("a null results", "list", 200, {"success": True, "results": None}, "results"),
    Malformed("appointments as an object", "list", 200, {"success": True, "results": {"appointments": {}}},
              "results.appointments"),
    Malformed("a numeric appointment id", "create", 201,
              {"success": True, "message": "m", "data": {"appointment_id": 5}}, "data.appointment_id"),
    Malformed("a missing data", "create", 201, {"success": True, "message": "m"}, "data"),
    Malformed("deep nesting", "get", 200, DEEP, "not JSON"),
    Malformed("an HTML page", "get", 200, b"<html>Jane Doe</html>", "not JSON", content_type="text/html"),
    Malformed("an empty body", "get", 200, b"", "not JSON"),
    Malformed("an undocumented 204", "get", 204, None, "undocumented status 204"),
    Malformed("an undocumented 302", "get", 302, b"", "undocumented status 302"),
    # Values the document allows, read forward-compatibly or in another RFC 3339 spelling:
    Malformed("an unknown status", "get", 200, get_with(status="rescheduled")),
    Malformed("an unknown appointment mode", "get", 200, get_with(appointment_mode="home_visit")),
    Malformed("a lower-case date-time", "get", 200, get_with(datetime="2024-03-14t09:00:00z")),
    Malformed("a null date of birth", "get", 200, get_with(patient_dob=None)),
]  # fmt: skip


def response(case: Malformed) -> httpx.Response:
    content = case.content if isinstance(case.content, bytes) or case.content is None else None
    if content is None and case.content is not None:
        return httpx.Response(case.status, json=case.content)
    return httpx.Response(case.status, content=content or b"", headers={"Content-Type": case.content_type})


def call_sync(case: Malformed) -> Any:
    cobalt = canned_cobalt(Canned(response(case)))
    return _call(cobalt.appointments, case)


def call_async(case: Malformed) -> Any:
    async def run() -> Any:
        handler = Canned(response(case))
        transport = httpx.MockTransport(handler)
        async with AsyncCobalt(*SECRETS, base_url="https://cobalt.test/v1", retry=FAST, transport=transport) as c:
            result = _call(c.appointments, case)
            return await result

    return asyncio.run(run())


def _call(appointments: Any, case: Malformed) -> Any:
    if case.call == "get":
        return appointments.get("2109607")
    if case.call == "list":
        return appointments.list("2024-03-14", "2024-04-14")
    return appointments.create(location="L", provider="P", type="f/u", mrn="1", datetime="2024-03-14T09:00:00-07:00")


def typed_as_annotated(appointment: Any) -> None:
    assert isinstance(appointment.id, str)
    assert isinstance(appointment.datetime_, dt.datetime)
    assert isinstance(appointment.status, str)  # AppointmentStatus is a str enum
    assert appointment.duration is UNSET or type(appointment.duration) is int
    assert appointment.patient_dob is None or isinstance(appointment.patient_dob, dt.date)


@pytest.mark.parametrize("call", [call_sync, call_async], ids=["Cobalt", "AsyncCobalt"])
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_malformed_response_gives_a_typed_value_or_names_the_field(case: Malformed, call) -> None:
    if case.path is None:
        typed_as_annotated(call(case))
        return
    with pytest.raises(UnexpectedResponseError) as raised:
        call(case)
    message = str(raised.value)
    assert case.path in message
    for value in ("15.5", "31/12/1980", "tomorrow", "rescheduled", PHI_SAMPLE, "<html>"):
        assert value not in message


def test_a_bug_in_the_generated_code_is_not_blamed_on_the_server(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(src: object) -> None:
        raise KeyError("a bug")

    monkeypatch.setattr(GetAppointmentResponse, "from_dict", broken)
    with pytest.raises(KeyError, match="a bug"):
        canned_cobalt(Canned(httpx.Response(200, json=reference.GET_RESPONSE))).appointments.get("2109607")


def holds_a_credential(error: BaseException) -> bool:
    """Whether anything reachable from the exception (its chain, its traceback's frames) is a request
    carrying one of the credentials."""
    seen: set[int] = set()
    todo: list[Any] = [error]
    while todo:
        item = todo.pop()
        if id(item) in seen or item is None:
            continue
        seen.add(id(item))
        if isinstance(item, httpx.Request) and any(secret in item.headers.values() for secret in SECRETS):
            return True
        if isinstance(item, BaseException):
            todo += [item.__context__, item.__cause__, item.__traceback__, *vars(item).values()]
        elif hasattr(item, "tb_frame"):  # a traceback: every frame's locals, and the next one
            todo += [*item.tb_frame.f_locals.values(), item.tb_next]
        elif isinstance(item, httpx.Response):
            todo.append(item._request)
    return False


@pytest.mark.parametrize(
    ("answer", "kind"),
    [(httpx.ConnectError("refused"), APIConnectionError), (error(401), AuthenticationError),
     (httpx.Response(200, json={"success": True}), UnexpectedResponseError)],
    ids=["connection error", "401", "malformed 200"],
)  # fmt: skip
def test_no_error_keeps_a_request_that_carries_the_credentials(answer: Any, kind: type[CobaltError]) -> None:
    cobalt = canned_cobalt(Canned(answer))
    try:
        cobalt.appointments.get("2109607")
    except kind as raised:
        failure = raised
    gc.collect()
    # From the frame below the test's own: the test holds what it handed the transport.
    assert failure.__traceback__ is not None
    failure.__traceback__ = failure.__traceback__.tb_next
    assert not holds_a_credential(failure)
