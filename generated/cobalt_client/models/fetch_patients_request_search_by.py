from enum import StrEnum


class FetchPatientsRequestSearchBy(StrEnum):
    """The search method (`mrn` on the newest page)."""

    DOB = "dob"
    MRN = "mrn"
    NAME = "name"
    PHONE = "phone"

    def __str__(self) -> str:
        return str(self.value)
