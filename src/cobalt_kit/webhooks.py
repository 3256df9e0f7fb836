"""Verifying Cobalt's webhook deliveries, in the manner of Stripe's `Webhook.construct_event`.

Cobalt signs each delivery with the integration's webhook secret: the `cobalt-verification` header
is the hex HMAC-SHA256 of the payload. The vendor's own recipe (Node) recomputes it over
`JSON.stringify(req.body)`, the parsed body serialised again. `construct_event` checks the raw
bytes first, and only if they do not match, the body serialised as `JSON.stringify` would (compact
separators, non-ASCII characters unescaped, keys in their received order), so that it accepts what
Cobalt signs whichever of the two it is, and a body that a framework parsed and serialised again
verifies when its keys and values were kept. Both comparisons run in constant time.

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

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from typing import Any

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
from cobalt_kit import shapes
from cobalt_kit.errors import CobaltError

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
EVENT_MODELS: dict[str, type[TypedEvent]] = {
    "appointment.created": AppointmentCreatedEvent,
    "appointment.failed": AppointmentFailedEvent,
    "appointment.updated": AppointmentUpdatedEvent,
    "appointment.cancelled": AppointmentCancelledEvent,
    "appointment.status_updated": AppointmentStatusUpdatedEvent,
    "appointment.live_fetch_completed": AppointmentsLiveFetchCompletedEvent,
    "patient.created": PatientCreatedEvent,
    "patient.failed": PatientFailedEvent,
    "patient.live_fetch_completed": PatientsLiveFetchCompletedEvent,
    "availability.live_fetch_completed": AvailabilityLiveFetchCompletedEvent,
}


class SignatureVerificationError(CobaltError):
    """The delivery is not signed with this secret (or not a JSON event at all): do not process it."""


class InvalidEventError(CobaltError):
    """A correctly signed event whose fields do not have the document's types (names the field)."""


@dataclass(frozen=True)
class Event:
    """A verified webhook event: the vendor's envelope. `data` is the event's own payload."""

    id: str
    type: str
    created: str
    data: dict[str, Any] = field(repr=False)  # patient data: never in a repr or a log line
    access_token_reference_id: str | None = None
    job_id: str | None = None
    body: dict[str, Any] = field(default_factory=dict, repr=False)

    def model(self) -> TypedEvent:
        """The event as the generated model of its type (`AppointmentCreatedEvent`, ...; a
        `WebhookEvent` for a type the document does not know), its fields typed and checked."""
        model = EVENT_MODELS.get(self.type, WebhookEvent)
        try:
            shapes.check(model, self.body)
        except shapes.ShapeError as mismatch:
            raise InvalidEventError(f"the {self.type} event does not match the document: {mismatch}") from None
        return model.from_dict(self.body)


def sign(payload: bytes, secret: str) -> str:
    """The `cobalt-verification` value for these exact bytes."""
    return hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()


def as_json_stringify(value: Any) -> bytes:
    """`JSON.stringify(value)` for JSON data: what the vendor's recipe hashes."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def construct_event(payload: bytes, signature: str, secret: str) -> Event:
    """The event in `payload` once `signature` proves it was signed with `secret`; otherwise
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
        # A live fetch's completion has its own envelope: `timestamp`, `job_execution_id` and
        # `user_id` on the older pages, for the operation events' `created`, `job_id`, reference.
        return Event(
            id=str(body["id"]),
            type=str(body["type"]),
            created=str(body["created"] if "created" in body else body["timestamp"]),
            data=dict(body.get("data") or {}),
            access_token_reference_id=body.get("access_token_reference_id", body.get("user_id")),
            job_id=body.get("job_id", body.get("job_execution_id")),
            body=body,
        )
    except (KeyError, TypeError, ValueError):
        raise SignatureVerificationError("the signed body is not a Cobalt event (id, type, created, data)") from None
