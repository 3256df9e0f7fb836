from enum import StrEnum


class FetchPatientsRequestIncludeType1Item(StrEnum):
    INSURANCES = "insurances"

    def __str__(self) -> str:
        return str(self.value)
