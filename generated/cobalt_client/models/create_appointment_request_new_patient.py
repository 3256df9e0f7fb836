from enum import StrEnum


class CreateAppointmentRequestNewPatient(StrEnum):
    """`"true"` when the patient is new to the practice (the newest page)."""

    FALSE = "false"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
