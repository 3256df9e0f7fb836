"""cobalt_kit's Cobalt and AsyncCobalt: every method end to end, retries, errors, secrets and PHI."""

from __future__ import annotations

import asyncio
import logging
from datetime import date, datetime, timedelta, timezone

import httpx
import pytest

from cobalt_client.models import Appointment, AppointmentStatus
from cobalt_client.types import UNSET
from cobalt_kit import (
    APIConnectionError,
    APITimeoutError,
    AsyncCobalt,
    AuthenticationError,
    Cobalt,
    CobaltError,
    ConflictError,
    Credentials,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    UnexpectedResponseError,
    base_urls,
)

from support import reference
from support.canned import FAST, SECRETS, Canned, canned_cobalt, error
from support.document import load
from support.servers import Backend
from support.sleeps import record_sleeps


class Prefer(httpx.HTTPTransport):
    """Asks Prism for one documented response (Prefer: code=...), as a test of error handling would."""

    def __init__(self, code: int) -> None:
        super().__init__()
        self.code = code

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.headers["Prefer"] = f"code={self.code}"
        return super().handle_request(request)


OK_GET = httpx.Response(200, json=reference.GET_RESPONSE)


# --- every method against the mock ---------------------------------------------------------------


@pytest.fixture
def cobalt(backend: Backend) -> Cobalt:
    return Cobalt(**backend.credentials, base_url=backend.url)


def test_list(cobalt: Cobalt) -> None:
    found = cobalt.appointments.list(date(2024, 3, 14), "2024-04-14", patient_name="jane", include_note=True)
    appointment = next(a for a in found if a.id == "2109607")
    assert isinstance(appointment, Appointment)
    assert (appointment.patient_name, appointment.status) == ("Jane Doe", "completed")


def test_get_unwraps_the_plural_key(cobalt: Cobalt) -> None:
    appointment = cobalt.appointments.get("1276397812")
    assert (appointment.id, appointment.status) == ("1276397812", AppointmentStatus.COMPLETED)


def test_create_then_update(cobalt: Cobalt) -> None:
    created = cobalt.appointments.create(
        mrn="9988776655443322", location="Good Clinic", provider="Good Doctor", type="FollowUp",
        datetime=datetime(2024, 1, 15, 13, 30, tzinfo=timezone(timedelta(hours=-7))), duration=30,
    )  # fmt: skip
    assert created.appointment_id
    updated = cobalt.appointments.update(created.appointment_id, status="cancelled")
    assert updated.appointment_id in (created.appointment_id, UNSET)  # the current reference's has none


def test_async_client_has_the_same_surface(backend: Backend) -> None:
    async def run() -> tuple:
        async with AsyncCobalt(**backend.credentials, base_url=backend.url) as cobalt:
            listed, got, created = await asyncio.gather(
                cobalt.appointments.list("2024-03-14", "2024-04-14"),
                cobalt.appointments.get("1276397812"),
                cobalt.appointments.create(
                    patient_name="Jane Doe",
                    location="Good Clinic",
                    provider="Good Doctor",
                    type="f/u",
                    datetime="2024-03-14T09:00:00-07:00",
                ),
            )
            updated = await cobalt.appointments.update(created.appointment_id, note="Synthetic note")
            return listed, got, created, updated

    listed, got, created, updated = asyncio.run(run())
    assert "2109607" in [a.id for a in listed]
    assert got.id == "1276397812"
    assert updated.appointment_id in (created.appointment_id, UNSET)  # the current reference's has none


@pytest.mark.parametrize(
    ("status", "kind", "code"),
    [
        (401, AuthenticationError, "unauthorized"),
        (404, NotFoundError, "not_found"),
        (429, RateLimitError, "rate_limited"),
        (500, ServerError, "internal_error"),
    ],
)
def test_documented_error_from_the_mock_is_typed(mock_url: str, status: int, kind: type, code: str) -> None:
    cobalt = Cobalt(*SECRETS, base_url=mock_url, max_retries=0, transport=Prefer(status))
    with pytest.raises(kind) as raised:
        cobalt.appointments.get("1")
    assert (raised.value.status, raised.value.code) == (status, code)
    assert raised.value.message


def test_conflict_from_the_mock_is_typed(mock_url: str) -> None:
    cobalt = Cobalt(*SECRETS, base_url=mock_url, transport=Prefer(409))
    with pytest.raises(ConflictError) as raised:
        cobalt.appointments.update("1", location="New Clinic")
    assert raised.value.code == "appointment_not_editable"


def test_rate_limit_from_the_mock_carries_retry_after(mock_url: str) -> None:
    cobalt = Cobalt(*SECRETS, base_url=mock_url, max_retries=0, transport=Prefer(429))
    with pytest.raises(RateLimitError) as raised:
        cobalt.appointments.list("2024-03-14", "2024-04-14")
    assert raised.value.retry_after == 30


# --- retries ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "failure",
    [error(503), error(500), error(429, "rate_limited"), httpx.ConnectError("refused"), httpx.ReadTimeout("slow")],
    ids=["503", "500", "429", "connect error", "read timeout"],
)
def test_get_is_retried_then_succeeds(failure: httpx.Response | Exception) -> None:
    handler = Canned(failure, failure, OK_GET)
    assert canned_cobalt(handler).appointments.get("1").id == "1276397812"
    assert len(handler.requests) == 3


def test_get_gives_up_after_max_retries() -> None:
    handler = Canned(error(503))
    with pytest.raises(ServerError) as raised:
        canned_cobalt(handler).appointments.get("1")
    assert raised.value.status == 503
    assert len(handler.requests) == 1 + FAST.max_retries


def test_retry_waits_for_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    waits = record_sleeps(monkeypatch)
    handler = Canned(error(429, "rate_limited", **{"Retry-After": "7"}), OK_GET)
    canned_cobalt(handler).appointments.get("1")
    assert waits == [7.0]


def test_backoff_grows_and_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    waits = record_sleeps(monkeypatch)
    policy = RetryPolicy(max_retries=6, initial_delay=1.0, max_delay=4.0)
    with pytest.raises(ServerError):
        canned_cobalt(Canned(error(503)), retry=policy).appointments.get("1")
    assert len(waits) == 6
    assert all(1.0 <= w <= 4.0 for w in waits)
    assert waits[-1] == 4.0


def test_too_long_retry_after_is_not_waited_for() -> None:
    handler = Canned(error(429, "rate_limited", **{"Retry-After": "120"}))
    with pytest.raises(RateLimitError) as raised:
        canned_cobalt(handler).appointments.get("1")
    assert raised.value.retry_after == 120
    assert len(handler.requests) == 1


@pytest.mark.parametrize("failure", [error(503), httpx.ConnectError("refused")], ids=["503", "connect error"])
def test_create_is_never_retried(failure: httpx.Response | Exception) -> None:
    handler = Canned(failure)
    with pytest.raises(CobaltError):
        canned_cobalt(handler).appointments.create(
            mrn="1", location="l", provider="p", type="f/u", datetime="2024-03-14T09:00:00Z"
        )
    assert len(handler.requests) == 1


def test_update_is_not_retried() -> None:
    handler = Canned(error(503))
    with pytest.raises(ServerError):
        canned_cobalt(handler).appointments.update("1", status="cancelled")
    assert len(handler.requests) == 1


def test_async_get_is_retried() -> None:
    handler = Canned(error(503), OK_GET)

    async def run() -> str:
        transport = httpx.MockTransport(handler)
        async with AsyncCobalt(*SECRETS, base_url="https://cobalt.test", retry=FAST, transport=transport) as c:
            return (await c.appointments.get("1")).id

    assert asyncio.run(run()) == "1276397812"
    assert len(handler.requests) == 2


# --- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, InvalidRequestError),
        (422, InvalidRequestError),
        (401, AuthenticationError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, ServerError),
        (502, ServerError),
        (418, UnexpectedResponseError),
    ],
)
def test_status_maps_to_its_exception(status: int, kind: type) -> None:
    handler = Canned(error(status, "some_code", **{"X-Request-Id": "req_123"}))
    with pytest.raises(kind) as raised:
        canned_cobalt(handler, retry=RetryPolicy(max_retries=0)).appointments.get("1")
    assert (raised.value.status, raised.value.code, raised.value.message) == (status, "some_code", f"m{status}")
    assert raised.value.request_id == "req_123"
    assert "req_123" in str(raised.value)


def test_error_body_that_is_not_the_envelope_still_maps_by_status() -> None:
    handler = Canned(httpx.Response(400, json={"error": {"code": "invalid_json"}}))
    with pytest.raises(InvalidRequestError) as raised:
        canned_cobalt(handler).appointments.get("1")
    assert raised.value.status == 400


def test_success_body_the_document_does_not_describe() -> None:
    with pytest.raises(UnexpectedResponseError):
        canned_cobalt(Canned(httpx.Response(200, json={"success": True}))).appointments.get("1")


def test_timeout_is_its_own_error() -> None:
    with pytest.raises(APITimeoutError):
        canned_cobalt(Canned(httpx.ReadTimeout("slow")), retry=RetryPolicy(max_retries=0)).appointments.get("1")


def test_unreachable_server_is_a_connection_error() -> None:
    with pytest.raises(APIConnectionError):
        canned_cobalt(Canned(httpx.ConnectError("refused"))).appointments.list("2024-03-14", "2024-04-14")


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.appointments.list("14/03/2024", "2024-04-14"),
        lambda c: c.appointments.create(mrn="1", location="l", provider="p", type="t", datetime="tomorrow"),
        lambda c: c.appointments.update("1"),
        lambda c: c.appointments.update("1", status=""),
    ],
    # Any non-empty status may be sent: the document lets a practice's EHR define its own.
    ids=["bad date", "bad datetime", "nothing to update", "empty status"],
)
def test_bad_argument_is_refused_before_sending(call) -> None:
    handler = Canned(OK_GET)
    with pytest.raises(ValueError):
        call(canned_cobalt(handler))
    assert handler.requests == []


# --- configuration ------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["http://example.com", "http://10.0.0.5:4010", "ftp://127.0.0.1", "mock-ish"])
def test_plain_http_is_refused_except_to_loopback(url: str) -> None:
    with pytest.raises(ValueError, match="http"):
        Cobalt(*SECRETS, base_url=url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:4010", "http://localhost:9", "http://[::1]:4020", "https://x.test"])
def test_loopback_http_and_any_https_are_allowed(url: str) -> None:
    assert Cobalt(*SECRETS, base_url=url).base_url == url


def test_named_base_urls_are_the_documents_servers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COBALT_MOCK_PORT", raising=False)
    monkeypatch.delenv("COBALT_SANDBOX_PORT", raising=False)
    servers = [server["url"] for server in load()["servers"]]
    assert base_urls()["production"] == servers[0]
    assert base_urls()["mock"] in servers
    assert Cobalt(*SECRETS, base_url="sandbox").base_url == "http://127.0.0.1:4020"


def test_named_local_base_urls_follow_the_port_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COBALT_MOCK_PORT", "4111")
    monkeypatch.setenv("COBALT_SANDBOX_PORT", "4222")
    assert Cobalt(*SECRETS, base_url="mock").base_url == "http://127.0.0.1:4111"
    assert Cobalt(*SECRETS, base_url="sandbox").base_url == "http://127.0.0.1:4222"
    monkeypatch.setenv("COBALT_SANDBOX_PORT", "not-a-port")
    with pytest.raises(ValueError, match="COBALT_SANDBOX_PORT"):
        Cobalt(*SECRETS, base_url="sandbox")


def test_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in zip(("COBALT_CLIENT_ID", "COBALT_CLIENT_SECRET", "COBALT_ACCESS_TOKEN"), SECRETS, strict=True):
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("COBALT_BASE_URL", "mock")
    handler = Canned(OK_GET)
    cobalt = Cobalt.from_env(transport=httpx.MockTransport(handler))
    cobalt.appointments.get("1")
    assert cobalt.base_url == base_urls()["mock"]
    assert [handler.requests[0].headers[h] for h in reference.CREDENTIAL_HEADERS] == list(SECRETS)


def test_from_env_names_the_missing_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COBALT_CLIENT_ID", SECRETS[0])
    monkeypatch.delenv("COBALT_CLIENT_SECRET", raising=False)
    monkeypatch.delenv("COBALT_ACCESS_TOKEN", raising=False)
    with pytest.raises(ValueError, match="COBALT_CLIENT_SECRET, COBALT_ACCESS_TOKEN") as raised:
        Cobalt.from_env()
    assert SECRETS[0] not in str(raised.value)


def test_production_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COBALT_BASE_URL", raising=False)
    assert Cobalt(*SECRETS).base_url == base_urls()["production"]


# --- secrets and PHI ----------------------------------------------------------------------------

PHI = ("Jane Doe", "414421", "222-333-4444")


def test_secrets_and_phi_stay_out_of_reprs_errors_and_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    cobalt = canned_cobalt(Canned(httpx.Response(200, json=reference.LIST_RESPONSE)))
    cobalt.appointments.list("2024-03-14", "2024-04-14", patient_name=PHI[0], patient_mrn=PHI[1], patient_phone=PHI[2])
    failures = []
    for answer in (error(401), error(500), httpx.ConnectError("refused"), httpx.ReadTimeout("slow")):
        try:
            canned_cobalt(Canned(answer), retry=RetryPolicy(max_retries=0)).appointments.list(
                "2024-03-14", "2024-04-14", patient_name=PHI[0]
            )
        except CobaltError as raised:
            failures.append(raised)
    assert len(failures) == 4
    seen = "\n".join(
        [caplog.text, repr(cobalt), str(cobalt), repr(Credentials(*SECRETS)), repr(cobalt.appointments)]
        + [f"{e!s} {e!r} {e.args!r}" for e in failures]
    )
    assert "GET /v1/appointments -> 200" in caplog.text  # the debug line is there, without its query
    for secret in (*SECRETS, *PHI, "Jane+Doe", "Jane%20Doe"):
        assert secret not in seen


def test_the_query_reaches_the_wire_but_not_httpx_log(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    handler = Canned(httpx.Response(200, json=reference.LIST_RESPONSE))
    canned_cobalt(handler).appointments.list("2024-03-14", "2024-04-14", patient_name="Jane Doe")
    assert handler.requests[0].url.params["patient_name"] == "Jane Doe"
    assert "HTTP Request: GET https://cobalt.test/v1/appointments " in caplog.text
    assert "Jane" not in caplog.text
