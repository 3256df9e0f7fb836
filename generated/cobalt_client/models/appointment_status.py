from enum import StrEnum


class AppointmentStatus(StrEnum):
    """Life cycle of an appointment.

    | Value | Definition |
    |---|---|
    | `pending` | Accepted by Cobalt, being written to the EHR. |
    | `failed` | The EHR refused the appointment; it can be changed and retried. |
    | `scheduled` | Written to the EHR; only status and note may change. |
    | `completed` | The visit took place. |
    | `cancelled` | The appointment was cancelled. |
    """

    CANCELLED = "cancelled"
    COMPLETED = "completed"
    FAILED = "failed"
    PENDING = "pending"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
