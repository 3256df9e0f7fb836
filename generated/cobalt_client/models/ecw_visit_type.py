from enum import StrEnum


class EcwVisitType(StrEnum):
    """Visit types of eCW (eClinicalWorks) practices.

    | Value | Definition |
    |---|---|
    | `bh pre-adm` | Behavioral Health Pre-Admission |
    | `bh visit` | Behavioral Health Admission & Treatment |
    | `f/u` | Follow Up Visit |
    | `hosp` | Hospital Follow up |
    | `hss` | Home Sleep Study |
    | `mask` | Mask Fitting |
    | `np` | New Patient |
    | `nv` | Nurse Visit |
    | `ovp` | Overnight Pulse |
    | `pdr` | PFT Dr Appointment |
    | `pft` | Pulmonary Function Test |
    | `sk` | SickLine |
    | `telephone` | Televisit Phone |
    | `televisit` | Televisit |
    | `televisit1` | Televisit / OSA |
    | `televisit2` | Televisit / Review Tests |
    | `televisit3` | TeleVisit / Discuss medications |
    """

    BH_PRE_ADM = "bh pre-adm"
    BH_VISIT = "bh visit"
    FU = "f/u"
    HOSP = "hosp"
    HSS = "hss"
    MASK = "mask"
    NP = "np"
    NV = "nv"
    OVP = "ovp"
    PDR = "pdr"
    PFT = "pft"
    SK = "sk"
    TELEPHONE = "telephone"
    TELEVISIT = "televisit"
    TELEVISIT1 = "televisit1"
    TELEVISIT2 = "televisit2"
    TELEVISIT3 = "televisit3"

    def __str__(self) -> str:
        return str(self.value)
