from enum import StrEnum


class FetchAppointmentsRequestSearchBy(StrEnum):
    """The mode."""

    DATE_RANGE = "date_range"
    MRN = "mrn"
    PROVIDER = "provider"

    def __str__(self) -> str:
        return str(self.value)
