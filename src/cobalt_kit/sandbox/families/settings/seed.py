"""What each EHR defines, as the sandbox's practices run it: visit types (the document's tables of
eClinicalWorks and WebPT codes, read from the document, their one home), visit statuses, the fields a
new patient needs; and the demo practices' own additions (the codes the vendor's examples book)."""

from __future__ import annotations

import functools
import re
from typing import Any

import yaml

from cobalt_kit.document import spec_path
from cobalt_kit.sandbox.settings import DEFAULT_EHR

# The document's schema of each EHR's visit-type table (its description lists code and definition).
VISIT_TYPE_TABLES = {"eClinicalWorks": "EcwVisitType", "WebPT": "WebptVisitType"}
# Statuses of each EHR (the settings page's examples, CANC and R/S, are eClinicalWorks codes).
VISIT_STATUSES = {
    "eClinicalWorks": (
        ("CANC", "Cancelled in advance"),
        ("R/S", "Rescheduled"),
        ("N/S", "No show"),
        ("CHK", "Checked in"),
    ),
    "WebPT": (("CX", "Cancelled"), ("NS", "No show"), ("CI", "Checked in")),
}
REQUIRED_PATIENT_FIELDS = {
    "eClinicalWorks": ("first_name", "last_name", "dob", "sex"),
    "WebPT": ("first_name", "last_name", "dob"),
}
# Codes the demo data adds to its EHR's table: the reference's own create example books `FollowUp`,
# the current pages' `new_patient` (the settings page lists it), so that every request of theirs books.
DEMO_VISIT_TYPES = (
    ("FollowUp", "Follow-up (the reference's example)"),
    ("new_patient", "New Patient Visit (in-person)"),
)
ROW = re.compile(r"^\| `([^`]+)` \| (.+?) \|$")


def ehr_of(ehr: str) -> str:
    """The EHR whose tables a practice gets: its own, or the default's for one the sandbox has none of."""
    return ehr if ehr in VISIT_TYPE_TABLES else DEFAULT_EHR


@functools.cache
def visit_types(ehr: str) -> tuple[tuple[str, str], ...]:
    """(code, description) of the EHR's visit types, from the document's table of them."""
    document: Any = yaml.load(spec_path().read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    table = document["components"]["schemas"][VISIT_TYPE_TABLES[ehr_of(ehr)]]["description"]
    return tuple((m.group(1), m.group(2)) for line in table.splitlines() if (m := ROW.match(line.strip())))
