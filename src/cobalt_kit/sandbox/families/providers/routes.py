"""The providers family's paths, in the API and in the test controls."""

from __future__ import annotations

from cobalt_kit.sandbox.families.providers import controls, handlers
from cobalt_kit.sandbox.family import PathItem

PATHS = (
    PathItem("/providers", {"GET": handlers.list_providers}),
    PathItem("/providers/{id}", {"PATCH": handlers.update_provider}),
    PathItem("/providers/ehr/{ehr_id}", {"PATCH": handlers.update_provider_by_ehr}),
    PathItem("/locations", {"GET": handlers.list_locations}),
    PathItem("/locations/{id}", {"PATCH": handlers.update_location}),
)
CONTROLS = (
    PathItem("/_sandbox/providers", {"POST": controls.seed_providers}),
    PathItem("/_sandbox/locations", {"POST": controls.seed_locations}),
)
