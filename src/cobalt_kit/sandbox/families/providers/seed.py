"""The demo practice's providers and locations (synthetic). The reference's bookings name provider
`Good Doctor` (the EHR's 6644) at `Good Clinic` (54252), and move one to `New Clinic`; the vendor's pages use the ids
abc123def4567890abcdef1234567890 (a provider's and a location's) and 095f8067-d3fc-4e13-b771-32f87cd0c3f2
(a shift's facility), which the first practice keeps so that their curl examples answer here too."""

from __future__ import annotations

from typing import Any

REFERENCE_ID = "abc123def4567890abcdef1234567890"
# (Cobalt id in the first practice, alias, fields)
LOCATIONS: tuple[tuple[str, str | None, dict[str, Any]], ...] = (
    (REFERENCE_ID, "Good Clinic", {
        "ehr_id": "54252", "name": "Good Clinic", "phone": "5550100100", "fax": "5550100101",
        "address": {"address1": "1 Example Way", "address2": "", "city": "Sunnyland", "state": "CA", "zip": "90001"},
    }),
    ("095f8067d3fc4e13b77132f87cd0c3f2", None, {
        "ehr_id": "2452", "name": "Happy Clinic", "phone": "2223334444", "fax": "5556667777",
        "address": {"address1": "1234 Main St", "address2": "", "city": "Sunnyland", "state": "CA", "zip": "23423"},
    }),
    # The reference's update moves a pending booking to `New Clinic`.
    ("5eed0c11a1c5eed0c11a1c5eed0c11a1", "New Clinic", {"ehr_id": "54253", "name": "New Clinic"}),
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _shift(start: str, end: str, location: int) -> dict[str, Any]:
    return {"start": start, "end": end, "facility_id": LOCATIONS[location][0], "set_start_date": "2024-01-01T00:00:00"}


# (Cobalt id in the first practice, alias, fields; hours as an update sends them)
PROVIDERS: tuple[tuple[str, str | None, dict[str, Any]], ...] = (
    (REFERENCE_ID, "Good Doctor", {
        "ehr_id": "6644", "name": "Good Doctor", "npi": "2453453453",
        "hours": [{"day": day, "shifts": [_shift("T08:00:00", "T12:00:00", 0), _shift("T13:00:00", "T17:00:00", 0)]}
                  for day in WEEKDAYS],
    }),
    ("7755c0ffee7755c0ffee7755c0ffee77", None, {
        "ehr_id": "7755", "name": "Sample Doctor", "npi": "5550107755",
        "hours": [{"day": day, "shifts": [_shift("T09:00:00", "T15:00:00", 1)]} for day in WEEKDAYS[:4]],
    }),
)  # fmt: skip
