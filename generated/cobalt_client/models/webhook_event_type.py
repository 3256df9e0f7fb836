from enum import StrEnum


class WebhookEventType(StrEnum):
    """The appointment, patient and live-fetch events (the vendor's pages list more, for notes,
    documents and tasks, which this document does not model). Read `type` as an open string:
    new types may be added.

    | Value | When |
    |---|---|
    | `appointment.created` | The EHR accepted a booking (operation event, with `job_id`), or staff booked one in the EHR (sync event). |
    | `appointment.failed` | The EHR refused a booking; `reasons` say why. |
    | `appointment.updated` | A change reached the EHR, or staff changed the appointment there. |
    | `appointment.cancelled` | The appointment was cancelled, through the API or in the EHR. |
    | `appointment.status_updated` | The EHR set another status (e.g. completed). |
    | `appointment.live_fetch_completed` | A live appointment fetch completed (the live fetches' own envelope). |
    | `patient.created` | The EHR created a patient; `data.mrn` can be booked. |
    | `patient.failed` | The EHR did not create a patient; `failure_reason` says why. |
    | `patient.live_fetch_completed` | A live patient search completed. |
    | `availability.live_fetch_completed` | A live availability fetch completed. |
    """

    APPOINTMENT_CANCELLED = "appointment.cancelled"
    APPOINTMENT_CREATED = "appointment.created"
    APPOINTMENT_FAILED = "appointment.failed"
    APPOINTMENT_LIVE_FETCH_COMPLETED = "appointment.live_fetch_completed"
    APPOINTMENT_STATUS_UPDATED = "appointment.status_updated"
    APPOINTMENT_UPDATED = "appointment.updated"
    AVAILABILITY_LIVE_FETCH_COMPLETED = "availability.live_fetch_completed"
    PATIENT_CREATED = "patient.created"
    PATIENT_FAILED = "patient.failed"
    PATIENT_LIVE_FETCH_COMPLETED = "patient.live_fetch_completed"

    def __str__(self) -> str:
        return str(self.value)
