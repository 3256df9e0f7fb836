from enum import StrEnum


class CreatePatientRequestInsuranceSequence(StrEnum):
    """Which insurance this is."""

    PRIMARY = "primary"
    SECONDARY = "secondary"
    TERTIARY = "tertiary"

    def __str__(self) -> str:
        return str(self.value)
