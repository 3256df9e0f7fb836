from enum import StrEnum


class CreatePatientRequestCheckEligibility(StrEnum):
    """Whether to check insurance eligibility."""

    FALSE = "false"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
