"""The demo providers' hours, in the shape of GET /providers, for a sandbox whose providers family
does not serve hours: the reference's provider (`6644`, Good Doctor, at `54252`), the fetch page's
`prov_789`..`prov_791`, the availability page's `3498234`, and one hidden and one inactive provider
that availability never offers."""

from __future__ import annotations

from typing import Any

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def _hours(facility: str, name: str) -> list[dict[str, Any]]:
    shifts = [
        {"start": "T08:00:00", "end": "T12:00:00", "facility_id": facility, "facility_name": name},
        {"start": "T13:00:00", "end": "T17:00:00", "facility_id": facility, "facility_name": name},
    ]
    return [{"day": day, "shifts": shifts} for day in WEEKDAYS]


def _provider(ehr_id: str, name: str, **fields: Any) -> dict[str, Any]:
    return {"ehr_id": ehr_id, "name": name, "status": "active", "hide_in_availability": False,
            "hours": _hours("54252", "Good Clinic"), **fields}  # fmt: skip


DEMO_PROVIDERS: tuple[dict[str, Any], ...] = (
    _provider("6644", "Good Doctor"),
    _provider("prov_789", "Example, Pat"),
    _provider("prov_790", "Example, Lee"),
    _provider("prov_791", "Example, Kim"),
    _provider("3498234", "John Doe", hours=_hours("1", "Main St Clinic")),
    _provider("7001", "Hidden, Hal", hide_in_availability=True),
    _provider("7002", "Inactive, Ida", status="inactive"),
)
