from enum import StrEnum


class ShiftRecurrenceUpdateRecurIntervalType(StrEnum):
    """The unit of the interval."""

    DAYS = "days"
    WEEKS = "weeks"

    def __str__(self) -> str:
        return str(self.value)
