"""The hand-written parts of the client's resources: how an operation's answer becomes the kit's value
(a function named after the operation, called by the rendered method in `operations.py`, whose
return type it gives), and the methods no operation has (`<Resource>Extras`, a base of the rendered
resource). An operation without a function here returns its generated model.

Each answer is read in every shape the vendor has published (`cobalt_kit.variants` names them).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cobalt_client.models import (
    Appointment,
    CreateAppointmentResponse,
    GetAppointmentResponse,
    ListAppointmentsResponse,
    PolledWebhookEvent,
    RegisterWebhookResponse,
    RotateWebhookSecretResponse,
    WebhookConfiguration,
    WebhookRemovedResponse,
    WebhookUrl,
)
from cobalt_client.types import Unset
from cobalt_kit.errors import APITimeoutError, InvalidArgumentError, UnexpectedResponseError
from cobalt_kit.webhooks import Event
from cobalt_kit.wire import Request

# The vendor's "Awaiting results" pages poll about once a second, for up to two minutes.
POLL_INTERVAL = 1.0
POLL_TIMEOUT = 120.0


@dataclass(frozen=True)
class CreatedAppointment:
    """A booking the API accepted (`pending` until the EHR settles it). `job_id` identifies it for
    `webhooks.wait_for` and `webhooks.events`; it is "" when the server named no job (the first
    reference's answer has none)."""

    appointment_id: str
    job_id: str = ""
    message: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The fields the server gave, as the generated model's `to_dict` shows them."""
        shown: dict[str, Any] = {"appointment_id": self.appointment_id}
        if self.message is not None:
            shown["message"] = self.message
        if self.job_id:
            shown["job_id"] = self.job_id
        return shown


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


def list_appointments(result: ListAppointmentsResponse, request: Request) -> list[Appointment]:
    """The appointments from either variant: `results.appointments` (reference) or a bare
    `appointments` array (current)."""
    if "reference" in request.variants and not isinstance(result.results, Unset):
        return result.results.appointments
    if "current" in request.variants and not isinstance(result.appointments, Unset):
        return result.appointments
    raise UnexpectedResponseError("the list has neither results.appointments nor appointments", status=200)


def get_appointment_singular(result: GetAppointmentResponse) -> Appointment:
    """The one appointment, which the wire puts under the plural key `appointments`."""
    return result.appointments


def create_appointment(result: CreateAppointmentResponse, request: Request) -> CreatedAppointment:
    """The new appointment from any of the three variants, with the confirmation and the job wherever
    the server put them: `data.message` (current) or the top-level `message` (reference, newest);
    `data.job_id`, or a top-level `job_id` that the newest page sends as a number."""
    if "newest" in request.variants or isinstance(result.data, Unset):
        if not isinstance(result.appointment_id, str):
            raise UnexpectedResponseError("the create answer has neither data nor appointment_id", status=200)
        appointment_id, message, job_id = result.appointment_id, None, None
    else:
        appointment_id, message, job_id = result.data.appointment_id, result.data.message, result.data.job_id
    message = _first(message, result.message)
    if isinstance(job_id, Unset | None) and not isinstance(result.job_id, Unset):
        job_id = str(result.job_id)
    return CreatedAppointment(appointment_id, job_id if isinstance(job_id, str) else "", message)


def register_webhook(result: RegisterWebhookResponse, request: Request) -> WebhookRegistration:
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
    sent = request.json or {}
    return WebhookRegistration(url=str(sent.get("webhook_url", sent.get("url"))), secret=secret, id=id_)


def get_webhook_configuration(result: WebhookConfiguration) -> WebhookSettings:
    secret = result.webhook_secret_key if isinstance(result.webhook_secret_key, str) else None
    return WebhookSettings(urls=list(result.webhook_urls), secret=secret)


def delete_webhook(result: WebhookRemovedResponse) -> None:
    """Nothing to return: the URL is gone."""


def rotate_webhook_secret(result: RotateWebhookSecretResponse) -> str:
    return result.webhook_secret_key


def list_webhook_events(item: PolledWebhookEvent) -> Event:
    """A polled event in either of the page's shapes as the event a delivery carries: the log
    shape's `event_id`, `event_type` and `created_at` are `id`, `type` and `created`; `job_id` a
    string; the delivery record stays in `body`."""
    return Event.from_polled(item.to_dict())


class _Polling:
    """The vendor's "Awaiting results" loop, for both clients: poll, and while nothing came, wait
    `interval` seconds, until `timeout` (APITimeoutError)."""

    def __init__(self, job_id: str, timeout: float, interval: float) -> None:
        if not job_id:
            raise InvalidArgumentError(
                "job_id", "job_id is empty: the server's create answer named no job, so there is nothing to poll"
            )
        self.job_id, self.timeout, self.interval = job_id, timeout, interval
        self.deadline = time.monotonic() + timeout

    def wait(self) -> float:
        """The seconds to sleep before polling again; APITimeoutError when that would pass the deadline."""
        if time.monotonic() + self.interval > self.deadline:
            raise APITimeoutError(
                f"no event for job {self.job_id} within {self.timeout:g}s: it is still pending; poll again later"
            )
        return self.interval


class WebhooksExtras:
    """`cobalt.webhooks.wait_for`: the vendor's "Awaiting results", which no single operation is."""

    if TYPE_CHECKING:

        def events(self, job_id: str | None = None, *, oldest_first: bool = False) -> list[Event]: ...

    def wait_for(self, job_id: str, timeout: float = POLL_TIMEOUT, interval: float = POLL_INTERVAL) -> Event:
        """The job's first event, polling every `interval` seconds (the vendor's "Awaiting results");
        APITimeoutError when none came within `timeout`."""
        polling = _Polling(job_id, timeout, interval)
        while not (found := self.events(job_id, oldest_first=True)):
            time.sleep(polling.wait())
        return found[0]


class AsyncWebhooksExtras:
    """`WebhooksExtras` for `AsyncCobalt`, awaited."""

    if TYPE_CHECKING:

        async def events(self, job_id: str | None = None, *, oldest_first: bool = False) -> list[Event]: ...

    async def wait_for(self, job_id: str, timeout: float = POLL_TIMEOUT, interval: float = POLL_INTERVAL) -> Event:
        """The job's first event, polling every `interval` seconds (the vendor's "Awaiting results");
        APITimeoutError when none came within `timeout`."""
        polling = _Polling(job_id, timeout, interval)
        while not (found := await self.events(job_id, oldest_first=True)):
            await asyncio.sleep(polling.wait())
        return found[0]
