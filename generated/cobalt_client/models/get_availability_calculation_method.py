from enum import StrEnum


class GetAvailabilityCalculationMethod(StrEnum):
    GAPS = "gaps"
    SLOTS = "slots"

    def __str__(self) -> str:
        return str(self.value)
