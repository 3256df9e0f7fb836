"""Verifying Cobalt's webhook deliveries, in the manner of Stripe's `Webhook.construct_event`.

Cobalt signs each delivery with the integration's webhook secret: the `cobalt-verification` header
is the hex HMAC-SHA256 of the payload. The vendor's own recipe (Node) recomputes it over
`JSON.stringify(req.body)`, the parsed body serialised again. `construct_event` checks the raw
bytes first, and only if they do not match, the body serialised as `JSON.stringify` would (compact
separators, non-ASCII characters unescaped, keys in their received order), so that it accepts what
Cobalt signs whichever of the two it is, and a body that a framework parsed and serialised again
verifies when its keys and values were kept. Both comparisons run in constant time. The signature
covers the body only, so a captured delivery would verify forever: the body's own `created` says how
old it is, and one older than `tolerance` seconds (five minutes, as Stripe's and Svix's helpers) is
refused.

    from cobalt_kit.webhooks import SignatureVerificationError, construct_event

    def handle(raw_body: bytes, headers) -> int:
        try:
            event = construct_event(raw_body, headers["cobalt-verification"], os.environ["COBALT_WEBHOOK_SECRET"])
        except SignatureVerificationError:
            return 400
        if already_seen(headers["webhook-id"]):  # deliveries are retried: deduplicate on the id
            return 200
        ...
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import time
import warnings
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cobalt_kit.errors import CobaltError
from cobalt_kit.signing import as_json_stringify, sign

__all__ = ["Event", "InvalidEventError", "SignatureVerificationError", "as_json_stringify", "construct_event", "sign"]

if TYPE_CHECKING:  # signing needs the standard library alone: the models are imported by `Event.model()`
    from cobalt_client.models import (
        AppointmentCancelledEvent,
        AppointmentCreatedEvent,
        AppointmentFailedEvent,
        AppointmentsLiveFetchCompletedEvent,
        AppointmentStatusUpdatedEvent,
        AppointmentUpdatedEvent,
        AvailabilityLiveFetchCompletedEvent,
        PatientCreatedEvent,
        PatientFailedEvent,
        PatientsLiveFetchCompletedEvent,
        WebhookEvent,
    )

    TypedEvent = (
        AppointmentCreatedEvent
        | AppointmentFailedEvent
        | AppointmentUpdatedEvent
        | AppointmentCancelledEvent
        | AppointmentStatusUpdatedEvent
        | AppointmentsLiveFetchCompletedEvent
        | PatientCreatedEvent
        | PatientFailedEvent
        | PatientsLiveFetchCompletedEvent
        | AvailabilityLiveFetchCompletedEvent
        | WebhookEvent
    )

# The generated model of each event type the document knows; any other type is a WebhookEvent.
EVENT_MODELS: dict[str, str] = {
    "appointment.created": "AppointmentCreatedEvent",
    "appointment.failed": "AppointmentFailedEvent",
    "appointment.updated": "AppointmentUpdatedEvent",
    "appointment.cancelled": "AppointmentCancelledEvent",
    "appointment.status_updated": "AppointmentStatusUpdatedEvent",
    "appointment.live_fetch_completed": "AppointmentsLiveFetchCompletedEvent",
    "patient.created": "PatientCreatedEvent",
    "patient.failed": "PatientFailedEvent",
    "patient.live_fetch_completed": "PatientsLiveFetchCompletedEvent",
    "availability.live_fetch_completed": "AvailabilityLiveFetchCompletedEvent",
}
# A live fetch's completion has its own envelope (the older pages' names first): its `timestamp`,
# `job_execution_id` and `user_id` are the operation events' `created`, `job_id` and reference.
_LIVE_FETCH_NAMES = (("created", "timestamp"), ("job_id", "job_execution_id"), ("access_token_reference_id", "user_id"))
# The polled log entry's names of the envelope's fields (the newest webhook-events page).
_LOG_NAMES = (("id", "event_id"), ("type", "event_type"), ("created", "created_at"))
ENVELOPE_FIELDS = frozenset({"id", "object", "created", "type", "data", "job_id", "access_token_reference_id"})


# Seconds an event may be old (its signed `created`) and still be accepted.
DEFAULT_TOLERANCE = 300


class SignatureVerificationError(CobaltError):
    """The delivery is not signed with this secret (or not a JSON event at all): do not process it."""


class InvalidEventError(CobaltError):
    """A correctly signed event whose fields do not have the document's types (names the field)."""


@dataclass(frozen=True)
class Event:
    """A webhook event, received (`construct_event`, the receiver's fixture) or polled
    (`cobalt.webhooks.events`, `wait_for`): the vendor's envelope. `data` is the event's own payload;
    `body` the event as delivered; `delivery`, for a polled event, its delivery record (the page's other
    fields: `delivery_status`, `webhook_url`, ...), empty for a received one."""

    id: str
    type: str
    created: str
    data: dict[str, Any] = field(repr=False)  # patient data: never in a repr or a log line
    access_token_reference_id: str | None = None
    job_id: str | None = None
    body: dict[str, Any] = field(default_factory=dict, repr=False)
    delivery: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_body(cls, body: dict[str, Any], delivery: dict[str, Any] | None = None) -> Event:
        """The event of an envelope (KeyError, TypeError or ValueError when it is none)."""
        named = {name: body[live] for name, live in _LIVE_FETCH_NAMES if body.get(name) is None and live in body}
        job_id = named.get("job_id", body.get("job_id"))
        return cls(
            id=str(body["id"]),
            type=str(body["type"]),
            created=str(named["created"] if "created" in named else body["created"]),
            data=dict(body.get("data") or {}),
            access_token_reference_id=named.get("access_token_reference_id", body.get("access_token_reference_id")),
            job_id=None if job_id is None else str(job_id),
            body=body,
            delivery=delivery or {},
        )

    @classmethod
    def from_polled(cls, item: dict[str, Any]) -> Event:
        """A polled event in either of the webhook-events page's shapes: the envelope with its
        delivery record, or the log entry, whose `event_id`, `event_type` and `created_at` are the
        envelope's `id`, `type` and `created`."""
        body = dict(item)
        for name, log in _LOG_NAMES:
            if name not in body and log in body:
                body[name] = body[log]
        body["object"] = "event"  # what every envelope says; the page's sample types it as any string
        for name, live in _LIVE_FETCH_NAMES:
            if body.get(name) is None and live in body:
                body[name] = body[live]
        body.setdefault("created", "")
        if body.get("job_id") is None:
            body.pop("job_id", None)
        else:
            body["job_id"] = str(body["job_id"])
        envelope = {key: value for key, value in body.items() if key in ENVELOPE_FIELDS}
        return cls.from_body(envelope, {key: value for key, value in body.items() if key not in ENVELOPE_FIELDS})

    def model(self) -> TypedEvent:
        """The event as the generated model of its type (`AppointmentCreatedEvent`, ...; a
        `WebhookEvent` for a type the document does not know), its fields typed and checked."""
        from cobalt_client import models
        from cobalt_kit import shapes

        model: type[TypedEvent] = getattr(models, EVENT_MODELS.get(self.type, "WebhookEvent"))
        try:
            shapes.check(model, self.body)
        except shapes.ShapeError as mismatch:
            raise InvalidEventError(f"the {self.type} event does not match the document: {mismatch}") from None
        return model.from_dict(self.body)

    @property
    def type_(self) -> str:
        """Deprecated: `type` (the generated model's name for it)."""
        warnings.warn("Event.type_ is deprecated; read Event.type", DeprecationWarning, stacklevel=2)
        return self.type

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Deprecated: `delivery` (the generated model's name for the fields beside the envelope's)."""
        warnings.warn(
            "Event.additional_properties is deprecated; read Event.delivery", DeprecationWarning, stacklevel=2
        )
        return {**{k: v for k, v in self.body.items() if k not in ENVELOPE_FIELDS}, **self.delivery}


def construct_event(payload: bytes, signature: str, secret: str, tolerance: float | None = DEFAULT_TOLERANCE) -> Event:
    """The event in `payload` once `signature` proves it was signed with `secret` and its signed
    `created` is at most `tolerance` seconds old (None: any age); otherwise
    SignatureVerificationError (which names no value: neither the secret nor the signature)."""
    if not secret:
        raise SignatureVerificationError("no webhook secret given: pass the secret Cobalt returned at registration")
    try:
        body = json.loads(payload)
    except (ValueError, RecursionError):
        body = None
    if not isinstance(body, dict):
        raise SignatureVerificationError("the delivery's body is not a JSON event")
    given = signature.strip().lower().encode()
    raw = hmac.compare_digest(given, sign(payload, secret).encode())
    restated = hmac.compare_digest(given, sign(as_json_stringify(body), secret).encode())
    if not (raw or restated):
        raise SignatureVerificationError("the cobalt-verification signature does not match this body and secret")
    try:
        event = Event.from_body(body)
    except (KeyError, TypeError, ValueError):
        raise SignatureVerificationError("the signed body is not a Cobalt event (id, type, created, data)") from None
    if tolerance is not None:
        _check_age(event.created, tolerance)
    return event


def _check_age(created: str, tolerance: float) -> None:
    try:
        when = dt.datetime.fromisoformat(created)
    except ValueError:
        raise SignatureVerificationError(
            "the signed body's created is not a date-time, so its age is unknown (tolerance=None accepts any age)"
        ) from None
    if when.tzinfo is None:  # the vendor's events are UTC
        when = when.replace(tzinfo=dt.UTC)
    age = time.time() - when.timestamp()
    if age > tolerance:
        raise SignatureVerificationError(
            f"the event was created {age:.0f}s ago, more than the tolerance of {tolerance:g}s: a replayed or stale"
            " delivery (pass a larger tolerance, or None, to accept it)"
        )
