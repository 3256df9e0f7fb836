"""The contacts family's paths."""

from __future__ import annotations

from cobalt_kit.sandbox.families.contacts import handlers
from cobalt_kit.sandbox.family import PathItem

PATHS = (
    PathItem("/referring-providers", {"GET": handlers.list_referring_providers}),
    PathItem("/insurance-providers", {"GET": handlers.list_insurance_providers}),
)
