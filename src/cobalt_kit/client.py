"""`Cobalt` and `AsyncCobalt`: the generated client, configured once, with typed errors and retries."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import json
import os
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import Any, Generic, Self, TypeVar, cast
from urllib.parse import urlsplit

import httpx

from cobalt_client import Client
from cobalt_client.api.appointments import (
    create_appointment,
    get_appointment_singular,
    list_appointments,
    update_appointment,
)
from cobalt_client.api.webhooks import (
    delete_webhook,
    get_webhook_configuration,
    list_webhook_events,
    register_webhook,
    rotate_webhook_secret,
)
from cobalt_client.models import (
    Appointment,
    AppointmentMode,
    AppointmentStatus,
    CreateAppointmentRequest,
    CreateAppointmentResponse,
    CreatedAppointment,
    GetAppointmentResponse,
    ListAppointmentsIncludeNote,
    ListAppointmentsResponse,
    ListWebhookEventsDeliveryStatus,
    ListWebhookEventsSort,
    PolledWebhookEvent,
    RegisterWebhookRequest,
    RegisterWebhookResponse,
    RotateWebhookSecretResponse,
    UpdateAppointmentRequest,
    UpdateAppointmentResponse,
    WebhookConfiguration,
    WebhookEvent,
    WebhookEventsResponse,
    WebhookRemovedResponse,
    WebhookUrl,
)
from cobalt_client.types import UNSET, Unset
from cobalt_kit import shapes
from cobalt_kit.errors import APIConnectionError, APITimeoutError, CobaltError, UnexpectedResponseError
from cobalt_kit.facts import (
    BASE_URL_ENVIRONMENT,
    CREDENTIAL_ENVIRONMENT,
    CREDENTIAL_HEADERS,
    DEMO_CREDENTIALS,
    base_urls,
)
from cobalt_kit.transport import (
    ACCEPT_ENCODING,
    MAX_RESPONSE_BYTES,
    AsyncRetryingTransport,
    RetryingTransport,
    RetryPolicy,
    async_hide_query,
    async_log_and_raise,
    default_async_transport,
    default_transport,
    hide_query,
    log_and_raise,
)

DEFAULT_TIMEOUT = 30.0

T = TypeVar("T")


class Credentials(httpx.Auth):
    """The three headers every request carries. Never shown: not in repr, str or errors."""

    def __init__(self, client_id: str, client_secret: str, access_token: str) -> None:
        given = dict(zip(CREDENTIAL_HEADERS, (client_id, client_secret, access_token), strict=True))
        missing = [name for name, value in given.items() if not value]
        if missing:
            raise ValueError(f"missing Cobalt credential(s): {', '.join(missing)}")
        self._headers = given

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Credentials:
        environ = dict(os.environ if environ is None else environ)
        missing = [var for var in CREDENTIAL_ENVIRONMENT.values() if not environ.get(var)]
        if missing:
            raise ValueError(f"set the environment variable(s) {', '.join(missing)}")
        return cls(**{name: environ[var] for name, var in CREDENTIAL_ENVIRONMENT.items()})

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(self._headers)
        yield request

    def __repr__(self) -> str:
        return "Credentials(client_id=***, client_secret=***, access_token=***)"


def resolve_base_url(base_url: str) -> str:
    """A named base URL (production, mock, sandbox) or a URL; plain http only to a loopback address."""
    named = base_urls()
    url = named.get(base_url, base_url).rstrip("/")
    parts = urlsplit(url)
    # A user name or password in the URL would be sent nowhere (the credentials are the three headers),
    # yet shown wherever the URL is: httpx logs it with every request.
    shown = "a URL with a user name or password" if "@" in url else repr(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"base_url must be {', '.join(named)} or an http(s) URL, not {shown}")
    if "@" in parts.netloc:
        raise ValueError("base_url must not carry a user name or password: the credentials go in their own headers")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ValueError(
            f"refusing plain http to {parts.hostname}: patient data must travel over https "
            "(plain http is allowed to loopback addresses only)"
        )
    return url


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def credentials_for(url: str) -> dict[str, str] | None:
    """The credentials to send to `url`: COBALT_CLIENT_ID, COBALT_CLIENT_SECRET and COBALT_ACCESS_TOKEN
    when all are set; when none is, for a stand-in on this machine (a loopback URL), the sandbox's demo
    set; else None (never a made-up credential to a remote host). Some but not all set: ValueError
    naming the missing ones (a half-configured environment is a mistake, not a wish for the demo set)."""
    values = {name: os.environ.get(variable, "") for name, variable in CREDENTIAL_ENVIRONMENT.items()}
    if all(values.values()):
        return values
    if any(values.values()):
        missing = [CREDENTIAL_ENVIRONMENT[name] for name, value in values.items() if not value]
        raise ValueError(f"set the environment variable(s) {', '.join(missing)}")
    if is_loopback(urlsplit(url).hostname or ""):
        return dict(DEMO_CREDENTIALS)
    return None


def _iso(value: dt.date | dt.datetime | str, kind: type[dt.date]) -> Any:
    if isinstance(value, kind):
        return value
    if isinstance(value, str):
        try:
            return kind.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not an ISO 8601 {kind.__name__}") from None
    raise TypeError(f"expected a {kind.__name__} or an ISO 8601 string, got {type(value).__name__}")


def _aware(value: dt.datetime | str, name: str) -> str:
    """Exactly the newest page's form, `YYYY-MM-DDTHH:mm:ss±HH:MM`: a time without an offset would be
    read in whichever zone the EHR assumes, and the page shows neither fractions of a second nor an
    offset with seconds."""
    parsed: dt.datetime = _iso(value, dt.datetime)
    offset = parsed.utcoffset()
    if offset is None:
        raise ValueError(f"{name} needs a UTC offset (e.g. 2025-01-01T10:00:00-05:00)")
    if offset.seconds % 60 or offset.microseconds:
        raise ValueError(f"{name}'s UTC offset must be whole minutes")
    if parsed.microsecond:
        raise ValueError(f"{name} must be whole seconds: the API takes no fractions of a second")
    return parsed.isoformat()


def _flag(name: str, value: bool | str) -> str:
    """A "true"/"false" enum of the document, from a bool or from either of its strings."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower()
    raise ValueError(f"{name} must be True or False (or the strings 'true' or 'false')")


def _minutes(value: int | str) -> str:
    """`duration` as the document takes it: whole minutes, up to four digits, as a string."""
    minutes = str(value)
    if isinstance(value, bool) or not (minutes.isascii() and minutes.isdigit() and len(minutes) <= 4):
        raise ValueError("duration must be whole minutes from 0 to 9999 (an int or a string of digits)")
    return minutes


def _fields(**values: Any) -> dict[str, Any]:
    return {name: value for name, value in values.items() if value is not None}


@dataclass(frozen=True)
class _Operation(Generic[T]):
    """One operation: the generated module's own request builder, its documented success statuses,
    and the model of its success body."""

    build: Callable[..., dict[str, Any]]
    statuses: frozenset[int]
    model: type[T]


# The generated modules' request builders: the wire request is exactly the generated client's.
LIST = _Operation(list_appointments._get_kwargs, frozenset({200}), ListAppointmentsResponse)
# `/appointment/{id}`, singular: the path of the vendor's current reference and of both references'
# prose (only the first reference's curl example says `/appointments/{id}`, which the document keeps
# as `get_appointment`). `make contract` reports which of the two a server answers.
GET = _Operation(get_appointment_singular._get_kwargs, frozenset({200}), GetAppointmentResponse)
CREATE = _Operation(create_appointment._get_kwargs, frozenset({200, 201}), CreateAppointmentResponse)
UPDATE = _Operation(update_appointment._get_kwargs, frozenset({200}), UpdateAppointmentResponse)
REGISTER = _Operation(register_webhook._get_kwargs, frozenset({200}), RegisterWebhookResponse)
CONFIGURATION = _Operation(get_webhook_configuration._get_kwargs, frozenset({200}), WebhookConfiguration)
DELETE_WEBHOOK = _Operation(delete_webhook._get_kwargs, frozenset({200}), WebhookRemovedResponse)
ROTATE = _Operation(rotate_webhook_secret._get_kwargs, frozenset({200}), RotateWebhookSecretResponse)
EVENTS = _Operation(list_webhook_events._get_kwargs, frozenset({200}), WebhookEventsResponse)
_NOT_JSON = object()
# The vendor's "Awaiting results" pages poll about once a second, for up to two minutes.
POLL_INTERVAL = 1.0
POLL_TIMEOUT = 120.0
# The webhook-events page's `page_size` maximum.
MAX_EVENTS_PAGE = 100


def _parse(operation: _Operation[T], response: httpx.Response) -> T:
    """The success body as its model, or UnexpectedResponseError naming where it left the document.
    Only the reading of the body is guarded: an error in the kit or the generated code is not
    reported as the server's."""
    status = response.status_code
    if status not in operation.statuses:
        raise UnexpectedResponseError(f"undocumented status {status}", status=status)
    try:
        body = json.loads(response.content)
    except (ValueError, RecursionError):
        body = _NOT_JSON
    if body is _NOT_JSON:
        # Raised outside the except block: the decoder's error quotes the body, which can hold
        # patient data, and would otherwise ride along as __context__.
        raise UnexpectedResponseError("the response body is not JSON (or nested too deeply to read)", status=status)
    try:
        shapes.check(operation.model, body)
    except shapes.ShapeError as mismatch:
        # The cause is kept: it names a field path and a JSON type, never a value.
        raise UnexpectedResponseError(
            f"the response body does not match the document: {mismatch}", status=status
        ) from mismatch
    parsed: T = cast(Any, operation.model).from_dict(body)
    return parsed


def _listed(result: ListAppointmentsResponse) -> list[Appointment]:
    """The appointments from either wire shape: `results.appointments` (first reference) or a bare
    `appointments` array (current reference)."""
    if not isinstance(result.results, Unset):
        return result.results.appointments
    if not isinstance(result.appointments, Unset):
        return result.appointments
    raise UnexpectedResponseError("the list has neither results.appointments nor appointments", status=200)


def _created(result: CreateAppointmentResponse) -> CreatedAppointment:
    """The new appointment from any of the three shapes, with the confirmation and the job wherever
    the server put them: `data.message` (current reference) or the top-level `message` (first
    reference, newest page); `data.job_id`, or a top-level `job_id` that the newest page sends as a
    number and `CreatedAppointment` holds as a string."""
    if isinstance(result.data, Unset):
        if not isinstance(result.appointment_id, str):
            raise UnexpectedResponseError("the create answer has neither data nor appointment_id", status=200)
        created = CreatedAppointment(appointment_id=result.appointment_id)
    else:
        created = result.data
    if isinstance(created.message, Unset) and isinstance(result.message, str):
        created.message = result.message
    if isinstance(created.job_id, Unset) and not isinstance(result.job_id, Unset):
        created.job_id = str(result.job_id)
    return created


@dataclass(frozen=True)
class WebhookRegistration:
    """A registered URL and the secret that signs its deliveries (never in a repr: a credential).
    `id` is None when the server answers in the setup page's shape, which names none."""

    url: str
    secret: str = field(repr=False)
    id: str | None = None


@dataclass(frozen=True)
class WebhookSettings:
    """The integration's registered URLs and its secret (None before the first registration)."""

    urls: list[WebhookUrl]
    secret: str | None = field(repr=False)


def _first(*values: object) -> str | None:
    return next((value for value in values if isinstance(value, str)), None)


def _registration(result: RegisterWebhookResponse, url: str) -> WebhookRegistration:
    """Any of the vendor's four answers: `webhook_secret_key` (setup page), `webhook_id` and
    `webhook_secret` (API reference page), or nested under `webhook` as `id`/`secret` or
    `webhook_id`/`webhook_secret_key` (its newer versions)."""
    nested = result.webhook
    if isinstance(nested, Unset):
        secret = _first(result.webhook_secret_key, result.webhook_secret)
        id_ = _first(result.webhook_id)
    else:
        secret = _first(nested.secret, nested.webhook_secret_key)
        id_ = _first(nested.id, nested.webhook_id)
    if secret is None:
        raise UnexpectedResponseError("the registration answer carries no webhook secret", status=200)
    return WebhookRegistration(url=url, secret=secret, id=id_)


def _event(item: PolledWebhookEvent) -> WebhookEvent:
    """A polled event in either of the page's shapes as the envelope a delivery carries: the log
    shape's `event_id`, `event_type` and `created_at` become `id`, `type` and `created`; `job_id` a
    string; the delivery record stays in `additional_properties`."""
    body = item.to_dict()
    for envelope, log in (("id", "event_id"), ("type", "event_type"), ("created", "created_at")):
        if envelope not in body and log in body:
            body[envelope] = body[log]
    body["object"] = "event"  # what every envelope says; the page's sample types it as any string
    body.setdefault("created", "")
    if body.get("job_id") is None:
        body.pop("job_id", None)
    else:
        body["job_id"] = str(body["job_id"])
    return WebhookEvent.from_dict(body)


def _events_query(
    job_id: str | None,
    event_type: str | None,
    delivery_status: str | None,
    start_date: dt.date | str | None,
    end_date: dt.date | str | None,
    page_size: int | None,
    oldest_first: bool,
) -> dict[str, Any]:
    if page_size is not None and not 1 <= page_size <= MAX_EVENTS_PAGE:
        raise ValueError(f"page_size must be 1 to {MAX_EVENTS_PAGE}")
    return {
        "job_id": job_id or UNSET,
        "event_type": event_type or UNSET,
        "delivery_status": ListWebhookEventsDeliveryStatus(delivery_status) if delivery_status else UNSET,
        "start_date": _iso(start_date, dt.date) if start_date is not None else UNSET,
        "end_date": _iso(end_date, dt.date) if end_date is not None else UNSET,
        "page_size": page_size or UNSET,
        "sort": ListWebhookEventsSort.CREATED_AT if oldest_first else ListWebhookEventsSort.VALUE_1,
    }


def _next_page(result: WebhookEventsResponse, page: int) -> int | None:
    """The page after `page`, or None after the last (a server without `pagination` has one page)."""
    if isinstance(result.pagination, Unset) or not result.webhook_events:
        return None
    return page + 1 if page < result.pagination.total_pages else None


def _settings(result: WebhookConfiguration) -> WebhookSettings:
    secret = result.webhook_secret_key if isinstance(result.webhook_secret_key, str) else None
    return WebhookSettings(urls=list(result.webhook_urls), secret=secret)


def _webhook_url(url: str) -> RegisterWebhookRequest:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("webhook_url must be an http(s) URL with a host")
    return RegisterWebhookRequest(webhook_url=url)


def _no_result(job_id: str, timeout: float) -> APITimeoutError:
    return APITimeoutError(f"no event for job {job_id} within {timeout:g}s: it is still pending; poll again later")


def _detached(failure: CobaltError) -> CobaltError:
    """The error without the traceback of where it was raised: httpx's frames there hold the request,
    and with it the credential headers."""
    failure.__context__ = failure.__cause__ = None
    return failure.with_traceback(None)


class _Calls:
    """The generated operations with this package's arguments; shared by the sync and async clients."""

    @staticmethod
    def list(
        start_date: dt.date | str,
        end_date: dt.date | str,
        patient_mrn: str | None,
        patient_name: str | None,
        patient_phone: str | None,
        include_note: bool,
        appointment_mode: AppointmentMode | str | None,
    ) -> dict[str, Any]:
        return {
            "start_date": _iso(start_date, dt.date),
            "end_date": _iso(end_date, dt.date),
            "patient_mrn": patient_mrn or UNSET,
            "patient_name": patient_name or UNSET,
            "patient_phone": patient_phone or UNSET,
            "include_note": ListAppointmentsIncludeNote.TRUE if include_note else ListAppointmentsIncludeNote.FALSE,
            "appointment_mode": AppointmentMode(appointment_mode) if appointment_mode else UNSET,
        }

    @staticmethod
    def create(**values: Any) -> CreateAppointmentRequest:
        body = _fields(**values)
        if "datetime" in body:
            body["datetime"] = _aware(body["datetime"], "datetime")
        if "duration" in body:
            body["duration"] = _minutes(body["duration"])
        for flag in ("new_patient", "prevent_double_booking"):  # the document's "true"/"false" enums
            if flag in body:
                body[flag] = _flag(flag, body[flag])
        return CreateAppointmentRequest.from_dict(body)

    @staticmethod
    def update(**values: Any) -> UpdateAppointmentRequest:
        body = _fields(**values)
        if not body:
            raise ValueError("update needs at least one attribute to change")
        if "appointment_datetime" in body:
            body["appointment_datetime"] = _aware(body["appointment_datetime"], "appointment_datetime")
        if "duration" in body:
            body["duration"] = _minutes(body["duration"])
        if "status" in body:
            # A known status, or another the practice's EHR defines (the document allows both).
            body["status"] = str(getattr(body["status"], "value", body["status"]))
            if not body["status"]:
                raise ValueError("status must not be empty")
        return UpdateAppointmentRequest.from_dict(body)


def _translate(error: httpx.TransportError) -> CobaltError:
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError("the Cobalt API did not answer in time; try again or raise `timeout`")
    return APIConnectionError(f"could not reach the Cobalt API ({type(error).__name__}); check base_url")


TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)


class _Base(Generic[TransportT]):
    """The configuration `Cobalt` and `AsyncCobalt` share; each connects its own httpx client."""

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        access_token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        transport: TransportT | None = None,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        """Credentials come from the arguments or, when none is given, from COBALT_CLIENT_ID,
        COBALT_CLIENT_SECRET and COBALT_ACCESS_TOKEN; the base URL from `base_url`, COBALT_BASE_URL or
        production. `base_url` may name a server: "production", "mock" or "sandbox".

        `timeout` (seconds) is a deadline for each whole call: connecting, sending, reading the answer's
        headers and body, and the waits between retries end by then, however slowly a server trickles
        its answer (APITimeoutError past it). An answer larger than `max_response_bytes`, as received
        or once inflated, is an UnexpectedResponseError, and is not read further."""
        given = (client_id, client_secret, access_token)
        self._credentials = (
            Credentials.from_env() if given == (None, None, None) else Credentials(*(v or "" for v in given))
        )
        self.base_url = resolve_base_url(base_url or os.environ.get(BASE_URL_ENVIRONMENT) or "production")
        self.timeout = timeout
        self.retry = retry or RetryPolicy(max_retries=max_retries)
        self.max_response_bytes = max_response_bytes
        self._client = self._connect(transport)

    def _connect(self, transport: TransportT | None) -> Client:
        raise NotImplementedError

    @classmethod
    def from_env(cls, **kwargs: Any) -> Self:
        """Credentials and base URL from the environment; `kwargs` as for the constructor."""
        return cls(**kwargs)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, credentials=***)"


class Cobalt(_Base[httpx.BaseTransport]):
    """The Cobalt API, configured once."""

    appointments: Appointments
    webhooks: Webhooks

    def _connect(self, transport: httpx.BaseTransport | None) -> Client:
        http = httpx.Client(
            base_url=self.base_url,
            auth=self._credentials,
            headers={"Accept-Encoding": ACCEPT_ENCODING},
            timeout=self.timeout,
            transport=RetryingTransport(transport or default_transport(), self.retry, self.max_response_bytes),
            event_hooks={"request": [hide_query], "response": [log_and_raise]},
        )
        self.appointments = Appointments(self)
        self.webhooks = Webhooks(self)
        return Client(base_url=self.base_url).set_httpx_client(http)

    def _call(self, operation: _Operation[T], **arguments: Any) -> T:
        try:
            response = self._client.get_httpx_client().request(**operation.build(**arguments))
        except CobaltError as error:  # an error status, typed by the response hook
            failure = error
        except httpx.TransportError as error:
            failure = _translate(error)
        else:
            try:
                return _parse(operation, response)
            except UnexpectedResponseError as error:
                failure = error
            finally:
                del response  # this frame is in the traceback: the response holds the request
        raise _detached(failure)

    def close(self) -> None:
        self._client.get_httpx_client().close()

    def __enter__(self) -> Cobalt:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncCobalt(_Base[httpx.AsyncBaseTransport]):
    """`Cobalt` for asyncio: the same arguments, the same methods, awaited."""

    appointments: AsyncAppointments
    webhooks: AsyncWebhooks

    def _connect(self, transport: httpx.AsyncBaseTransport | None) -> Client:
        http = httpx.AsyncClient(
            base_url=self.base_url,
            auth=self._credentials,
            headers={"Accept-Encoding": ACCEPT_ENCODING},
            timeout=self.timeout,
            transport=AsyncRetryingTransport(
                transport or default_async_transport(), self.retry, self.max_response_bytes
            ),
            event_hooks={"request": [async_hide_query], "response": [async_log_and_raise]},
        )
        self.appointments = AsyncAppointments(self)
        self.webhooks = AsyncWebhooks(self)
        return Client(base_url=self.base_url).set_async_httpx_client(http)

    async def _call(self, operation: _Operation[T], **arguments: Any) -> T:
        try:
            response = await self._client.get_async_httpx_client().request(**operation.build(**arguments))
        except CobaltError as error:  # an error status, typed by the response hook
            failure = error
        except httpx.TransportError as error:
            failure = _translate(error)
        else:
            try:
                return _parse(operation, response)
            except UnexpectedResponseError as error:
                failure = error
            finally:
                del response  # this frame is in the traceback: the response holds the request
        raise _detached(failure)

    async def aclose(self) -> None:
        await self._client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> AsyncCobalt:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


class Appointments:
    """`cobalt.appointments`: list, get, create and update."""

    def __init__(self, cobalt: Cobalt) -> None:
        self._cobalt = cobalt

    def list(
        self,
        start_date: dt.date | str,
        end_date: dt.date | str,
        *,
        patient_mrn: str | None = None,
        patient_name: str | None = None,
        patient_phone: str | None = None,
        include_note: bool = False,
        appointment_mode: AppointmentMode | str | None = None,
    ) -> list[Appointment]:
        """Appointments from `start_date` to `end_date` inclusive; `patient_name` matches partially."""
        query = _Calls.list(
            start_date, end_date, patient_mrn, patient_name, patient_phone, include_note, appointment_mode
        )
        result: ListAppointmentsResponse = self._cobalt._call(LIST, **query)
        return _listed(result)

    def get(self, id: str) -> Appointment:
        result: GetAppointmentResponse = self._cobalt._call(GET, id=id)
        return result.appointments

    def create(
        self,
        *,
        location: str,
        provider: str,
        type: str,
        datetime: dt.datetime | str,
        mrn: str | None = None,
        patient_name: str | None = None,
        duration: int | str | None = None,
        note: str | None = None,
        reason: str | None = None,
        new_patient: bool | str | None = None,
        prevent_double_booking: bool | str | None = None,
    ) -> CreatedAppointment:
        """Books an appointment (never retried: a retry could book twice). Needs `mrn` or `patient_name`.
        `prevent_double_booking=True` asks the EHR to refuse a slot the provider has taken (honoured by
        eClinicalWorks and Practice Fusion): the booking then settles `failed`."""
        body = _Calls.create(
            location=location, provider=provider, type=type, datetime=datetime, mrn=mrn,
            patient_name=patient_name, duration=duration, note=note, reason=reason, new_patient=new_patient,
            prevent_double_booking=prevent_double_booking,
        )  # fmt: skip
        result: CreateAppointmentResponse = self._cobalt._call(CREATE, body=body)
        return _created(result)

    def update(
        self,
        id: str,
        *,
        appointment_datetime: dt.datetime | str | None = None,
        location: str | None = None,
        type: str | None = None,
        status: AppointmentStatus | str | None = None,
        note: str | None = None,
        mrn: str | None = None,
        patient_name: str | None = None,
        provider: str | None = None,
        duration: int | str | None = None,
        reason: str | None = None,
    ) -> UpdateAppointmentResponse:
        """Changes an appointment; a scheduled one accepts only `status` and `note` (else ConflictError)."""
        body = _Calls.update(
            appointment_datetime=appointment_datetime, location=location, type=type, status=status, note=note,
            mrn=mrn, patient_name=patient_name, provider=provider, duration=duration, reason=reason,
        )  # fmt: skip
        result: UpdateAppointmentResponse = self._cobalt._call(UPDATE, id=id, body=body)
        return result


class AsyncAppointments:
    """`(await) cobalt.appointments` of `AsyncCobalt`: the same methods as `Appointments`."""

    def __init__(self, cobalt: AsyncCobalt) -> None:
        self._cobalt = cobalt

    async def list(
        self,
        start_date: dt.date | str,
        end_date: dt.date | str,
        *,
        patient_mrn: str | None = None,
        patient_name: str | None = None,
        patient_phone: str | None = None,
        include_note: bool = False,
        appointment_mode: AppointmentMode | str | None = None,
    ) -> list[Appointment]:
        query = _Calls.list(
            start_date, end_date, patient_mrn, patient_name, patient_phone, include_note, appointment_mode
        )
        result: ListAppointmentsResponse = await self._cobalt._call(LIST, **query)
        return _listed(result)

    async def get(self, id: str) -> Appointment:
        result: GetAppointmentResponse = await self._cobalt._call(GET, id=id)
        return result.appointments

    async def create(
        self,
        *,
        location: str,
        provider: str,
        type: str,
        datetime: dt.datetime | str,
        mrn: str | None = None,
        patient_name: str | None = None,
        duration: int | str | None = None,
        note: str | None = None,
        reason: str | None = None,
        new_patient: bool | str | None = None,
        prevent_double_booking: bool | str | None = None,
    ) -> CreatedAppointment:
        body = _Calls.create(
            location=location, provider=provider, type=type, datetime=datetime, mrn=mrn,
            patient_name=patient_name, duration=duration, note=note, reason=reason, new_patient=new_patient,
            prevent_double_booking=prevent_double_booking,
        )  # fmt: skip
        result: CreateAppointmentResponse = await self._cobalt._call(CREATE, body=body)
        return _created(result)

    async def update(
        self,
        id: str,
        *,
        appointment_datetime: dt.datetime | str | None = None,
        location: str | None = None,
        type: str | None = None,
        status: AppointmentStatus | str | None = None,
        note: str | None = None,
        mrn: str | None = None,
        patient_name: str | None = None,
        provider: str | None = None,
        duration: int | str | None = None,
        reason: str | None = None,
    ) -> UpdateAppointmentResponse:
        body = _Calls.update(
            appointment_datetime=appointment_datetime, location=location, type=type, status=status, note=note,
            mrn=mrn, patient_name=patient_name, provider=provider, duration=duration, reason=reason,
        )  # fmt: skip
        result: UpdateAppointmentResponse = await self._cobalt._call(UPDATE, id=id, body=body)
        return result


class Webhooks:
    """`cobalt.webhooks`: register, list, delete and rotate (the integration's client_id and
    client_secret are what these calls use), and await a job's result by polling."""

    # Seconds between two polls of `wait_for` (a test sandbox's clients poll at its booking delay's pace).
    poll_interval = POLL_INTERVAL

    def __init__(self, cobalt: Cobalt) -> None:
        self._cobalt = cobalt

    def register(self, url: str) -> WebhookRegistration:
        """Adds `url`; every event of the integration's access tokens is POSTed to it. Store the
        returned `secret` as a credential: deliveries are signed with it."""
        result: RegisterWebhookResponse = self._cobalt._call(REGISTER, body=_webhook_url(url))
        return _registration(result, url)

    def configuration(self) -> WebhookSettings:
        result: WebhookConfiguration = self._cobalt._call(CONFIGURATION)
        return _settings(result)

    def delete(self, id: str) -> None:
        self._cobalt._call(DELETE_WEBHOOK, id=id)

    def rotate_secret(self) -> str:
        """A new secret; deliveries from now on are signed with it."""
        result: RotateWebhookSecretResponse = self._cobalt._call(ROTATE)
        return result.webhook_secret_key

    def events(
        self,
        job_id: str | None = None,
        *,
        event_type: str | None = None,
        delivery_status: str | None = None,
        start_date: dt.date | str | None = None,
        end_date: dt.date | str | None = None,
        page_size: int | None = None,
        oldest_first: bool = False,
    ) -> list[WebhookEvent]:
        """The events sent to the webhook URLs, from every page, newest first unless `oldest_first`;
        with `job_id`, those of the operation that answered with it (empty while it is pending).
        `delivery_status` is `success` or `failed`; the dates are inclusive days."""
        query = _events_query(job_id, event_type, delivery_status, start_date, end_date, page_size, oldest_first)
        found: list[WebhookEvent] = []
        page: int | None = 1
        while page is not None:
            result: WebhookEventsResponse = self._cobalt._call(EVENTS, page=page, **query)
            found += [_event(item) for item in result.webhook_events]
            page = _next_page(result, page)
        return found

    def wait_for(self, job_id: str, timeout: float = POLL_TIMEOUT, interval: float | None = None) -> WebhookEvent:
        """The job's first event, polling every `interval` seconds (default `poll_interval`: the
        vendor's "Awaiting results" pace, a sandbox's own for the pytest plugin's clients);
        APITimeoutError when none came within `timeout`."""
        interval = self.poll_interval if interval is None else interval
        deadline = time.monotonic() + timeout
        while True:
            found = self.events(job_id, oldest_first=True)
            if found:
                return found[0]
            if time.monotonic() + interval > deadline:
                raise _no_result(job_id, timeout)
            time.sleep(interval)


class AsyncWebhooks:
    """`cobalt.webhooks` of `AsyncCobalt`: the same methods as `Webhooks`, awaited."""

    # Seconds between two polls of `wait_for` (a test sandbox's clients poll at its booking delay's pace).
    poll_interval = POLL_INTERVAL

    def __init__(self, cobalt: AsyncCobalt) -> None:
        self._cobalt = cobalt

    async def register(self, url: str) -> WebhookRegistration:
        result: RegisterWebhookResponse = await self._cobalt._call(REGISTER, body=_webhook_url(url))
        return _registration(result, url)

    async def configuration(self) -> WebhookSettings:
        result: WebhookConfiguration = await self._cobalt._call(CONFIGURATION)
        return _settings(result)

    async def delete(self, id: str) -> None:
        await self._cobalt._call(DELETE_WEBHOOK, id=id)

    async def rotate_secret(self) -> str:
        result: RotateWebhookSecretResponse = await self._cobalt._call(ROTATE)
        return result.webhook_secret_key

    async def events(
        self,
        job_id: str | None = None,
        *,
        event_type: str | None = None,
        delivery_status: str | None = None,
        start_date: dt.date | str | None = None,
        end_date: dt.date | str | None = None,
        page_size: int | None = None,
        oldest_first: bool = False,
    ) -> list[WebhookEvent]:
        query = _events_query(job_id, event_type, delivery_status, start_date, end_date, page_size, oldest_first)
        found: list[WebhookEvent] = []
        page: int | None = 1
        while page is not None:
            result: WebhookEventsResponse = await self._cobalt._call(EVENTS, page=page, **query)
            found += [_event(item) for item in result.webhook_events]
            page = _next_page(result, page)
        return found

    async def wait_for(self, job_id: str, timeout: float = POLL_TIMEOUT, interval: float | None = None) -> WebhookEvent:
        interval = self.poll_interval if interval is None else interval
        deadline = time.monotonic() + timeout
        while True:
            found = await self.events(job_id, oldest_first=True)
            if found:
                return found[0]
            if time.monotonic() + interval > deadline:
                raise _no_result(job_id, timeout)
            await asyncio.sleep(interval)
