"""The settings family's path."""

from __future__ import annotations

from cobalt_kit.sandbox.families.settings import handlers
from cobalt_kit.sandbox.family import PathItem

PATHS = (PathItem("/settings", {"GET": handlers.get_settings}),)
