from enum import StrEnum


class CreateAppointmentRequestPreventDoubleBooking(StrEnum):
    """`"true"` asks Cobalt to check the provider's schedule for a conflict before booking;
    the booking then fails at once on one. From the current reference.
    """

    FALSE = "false"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
