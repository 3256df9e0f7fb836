"""The demo practice's referring providers and insurance providers (synthetic; phone numbers in the
fictional 555-01xx range)."""

from __future__ import annotations

from typing import Any

REFERRING: tuple[dict[str, Any], ...] = (
    {"ehr_id": "3021", "first_name": "Alex", "last_name": "Smith", "middle_initial": "R", "speciality": "Cardiology",
     "phone": "555-010-0121", "fax": "555-010-0122", "email": "referrals@example.com", "npi": "1780690362",
     "address_street": "100 Example Ave", "address_city": "Chicago", "address_state": "IL", "address_zip": "60601"},
    {"ehr_id": "3022", "first_name": "Robin", "last_name": "Smithers", "middle_initial": None,
     "speciality": "Sleep Medicine",
     "phone": "555-010-0131", "fax": None, "email": None, "npi": "1234567893",
     "address_street": "2 Sample Rd", "address_city": "Springfield", "address_state": "IL", "address_zip": "62701"},
    {"ehr_id": "3023", "first_name": "Casey", "last_name": "Jordan", "middle_initial": "T", "speciality": "Pulmonology",
     "phone": "555-010-0141", "fax": "555-010-0142", "email": None, "npi": "1457390012",
     "address_street": None, "address_city": None, "address_state": None, "address_zip": None},
)  # fmt: skip
INSURERS: tuple[tuple[str, str | None, bool], ...] = (
    ("Blue Shield", "94036", True),
    ("Blue Cross Anthem", "98999", True),
    ("Example Health", "EH001", True),
    ("Sample Mutual", "SM123", False),
    ("Medicare Example", None, True),
)
