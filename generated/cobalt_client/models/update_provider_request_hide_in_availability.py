from enum import StrEnum


class UpdateProviderRequestHideInAvailability(StrEnum):
    """`"true"` leaves the provider out of availability; `"false"` (default) shows them."""

    FALSE = "false"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
