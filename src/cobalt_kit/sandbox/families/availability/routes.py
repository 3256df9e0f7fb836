"""The availability family's path (POST /availability/fetch is the live fetches' family's)."""

from __future__ import annotations

from cobalt_kit.sandbox.families.availability import handlers
from cobalt_kit.sandbox.family import PathItem

PATHS = (PathItem("/availability", {"GET": handlers.get_availability}),)
