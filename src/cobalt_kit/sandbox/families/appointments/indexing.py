"""What the list filters compare, as the store indexes it and the rules match it: below both, so that
the SQL-only tables need none of the rules."""

from __future__ import annotations

import re
from typing import Any


def digits(phone: str | None) -> str:
    found = re.sub(r"\D", "", phone or "")
    # A leading country code 1 does not make it another number.
    return found[1:] if len(found) == 11 and found.startswith("1") else found


def indexed_values(doc: dict[str, Any]) -> tuple[str | None, str | None, str | None, str]:
    """MRN, phone digits, mode, patient name."""
    name = doc.get("patient_name") or ""
    return doc.get("patient_mrn"), digits(doc.get("patient_phone")) or None, doc.get("appointment_mode"), name
