from enum import StrEnum


class WebptVisitType(StrEnum):
    """Visit types of WebPT practices.

    | Value | Definition |
    |---|---|
    | `f/u` | Follow-Up |
    | `ie` | Initial Examination |
    | `re` | Re-Examination |
    | `c` | Consultation |
    | `of` | Orthosis Fabrication |
    | `ce` | Calendar End |
    | `cs` | Calendar Start |
    | `ava` | Available |
    | `oth` | Other |
    | `is` | Injury Screen |
    | `te` | Telehealth eval |
    | `tf` | Telehealth followup |
    | `pel` | Pelvic |
    | `tmj` | TMJ |
    | `spe` | Specialty |
    | `ope` | Open |
    | `ct` | Co Treat |
    """

    AVA = "ava"
    C = "c"
    CE = "ce"
    CS = "cs"
    CT = "ct"
    FU = "f/u"
    IE = "ie"
    IS = "is"
    OF = "of"
    OPE = "ope"
    OTH = "oth"
    PEL = "pel"
    RE = "re"
    SPE = "spe"
    TE = "te"
    TF = "tf"
    TMJ = "tmj"

    def __str__(self) -> str:
        return str(self.value)
