"""`cobalt sandbox trigger EVENT`'s domain half: which events a running sandbox can be made to fire,
and what it is made to do for each, as `stripe trigger` does. The CLI parses and prints; this decides."""

from __future__ import annotations

from cobalt_client.models import WebhookEventType
from cobalt_kit.sandbox_controls import SETTLE_REASONS, SandboxControls

# The document's appointment events: each one the sandbox can be made to fire without a request of
# the API. The patient and live-fetch events come from their operations (POST /patients, the fetches).
TRIGGERS = tuple(
    event.value for event in WebhookEventType if event.value.startswith("appointment.") and "fetch" not in event.value
)
# Events of a booking the EHR settles; the others are clinic staff's doings in the EHR.
SETTLING = {WebhookEventType.APPOINTMENT_CREATED.value: None, WebhookEventType.APPOINTMENT_FAILED.value: "failed"}
DEFAULT_REASON = SETTLE_REASONS[1]  # provider_unavailable
# The demo patient's booking made when no appointment is given (synthetic: Jane Doe, MRN 414421).
BOOKING = {"mrn": "414421", "location": "Good Clinic", "provider": "Good Doctor", "type": "f/u",
           "datetime": "2026-01-05T09:00:00-08:00"}  # fmt: skip
# What `appointment.updated` changes.
CHANGED_LOCATION = "Triggered Clinic"


def trigger(controls: SandboxControls, event: str, appointment_id: str | None, reason: str = DEFAULT_REASON) -> str:
    """Makes the sandbox fire `event`, for `appointment_id` or a booking made for the purpose; the
    appointment's id. `reason` is why the EHR refuses the booking (appointment.failed only)."""
    if event not in TRIGGERS:
        raise ValueError(f"the sandbox fires {', '.join(TRIGGERS)}, not {event!r}")
    if event in SETTLING:
        failed_with = reason if SETTLING[event] else None
        if appointment_id:
            controls.settle(appointment_id, failed_with)
            return appointment_id
        # In one step: a booking made first could settle by itself before the settle came.
        return str(controls.book_and_settle(failed_with, **BOOKING)[0]["id"])
    appointment_id = appointment_id or controls.ehr.book(**BOOKING)
    if event == WebhookEventType.APPOINTMENT_CANCELLED:
        controls.ehr.cancel(appointment_id)
    elif event == WebhookEventType.APPOINTMENT_STATUS_UPDATED:
        controls.ehr.complete(appointment_id)
    else:
        controls.ehr.change(appointment_id, location=CHANGED_LOCATION)
    return appointment_id
