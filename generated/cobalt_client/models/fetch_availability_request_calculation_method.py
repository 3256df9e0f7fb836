from enum import StrEnum


class FetchAvailabilityRequestCalculationMethod(StrEnum):
    """As in `get_availability`."""

    GAPS = "gaps"
    SLOTS = "slots"

    def __str__(self) -> str:
        return str(self.value)
