from enum import StrEnum


class AppointmentMode(StrEnum):
    """`office` (in person) or `telemedicine`."""

    OFFICE = "office"
    TELEMEDICINE = "telemedicine"

    def __str__(self) -> str:
        return str(self.value)
