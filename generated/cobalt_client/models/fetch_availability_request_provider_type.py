from enum import StrEnum


class FetchAvailabilityRequestProviderType(StrEnum):
    """As in `get_availability`."""

    PRIMARY = "primary"
    SECONDARY = "secondary"

    def __str__(self) -> str:
        return str(self.value)
