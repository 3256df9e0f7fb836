"""The live fetches' paths, in the API and in the test controls."""

from __future__ import annotations

from cobalt_kit.sandbox.families.live_fetch import handlers
from cobalt_kit.sandbox.family import PathItem

PATHS = (
    PathItem("/appointments/fetch", {"POST": handlers.fetch_appointments}),
    PathItem("/patients/fetch", {"POST": handlers.fetch_patients}),
    PathItem("/availability/fetch", {"POST": handlers.fetch_availability}),
)
CONTROLS = (PathItem("/_sandbox/ehr/appointments/{id}/unsynced", {"POST": handlers.ehr_change_unsynced}),)
