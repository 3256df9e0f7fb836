from enum import StrEnum


class WebhookEventType(StrEnum):
    """The appointment events (the vendor's pages list more, for patients and notes, which this
    document does not model). Read `type` as an open string: new types may be added.

    | Value | When |
    |---|---|
    | `appointment.created` | The EHR accepted a booking (operation event, with `job_id`), or staff booked one in the EHR (sync event). |
    | `appointment.failed` | The EHR refused a booking; `reasons` say why. |
    | `appointment.updated` | A change reached the EHR, or staff changed the appointment there. |
    | `appointment.cancelled` | The appointment was cancelled, through the API or in the EHR. |
    | `appointment.status_updated` | The EHR set another status (e.g. completed). |
    """

    APPOINTMENT_CANCELLED = "appointment.cancelled"
    APPOINTMENT_CREATED = "appointment.created"
    APPOINTMENT_FAILED = "appointment.failed"
    APPOINTMENT_STATUS_UPDATED = "appointment.status_updated"
    APPOINTMENT_UPDATED = "appointment.updated"

    def __str__(self) -> str:
        return str(self.value)
