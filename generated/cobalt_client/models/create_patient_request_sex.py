from enum import StrEnum


class CreatePatientRequestSex(StrEnum):
    """Sex."""

    FEMALE = "female"
    MALE = "male"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
