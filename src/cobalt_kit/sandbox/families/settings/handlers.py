"""The settings family's operation."""

from __future__ import annotations

from cobalt_kit.sandbox.families.settings.model import Settings
from cobalt_kit.sandbox.handlers import Answer, Call


def get_settings(settings: Settings, call: Call) -> Answer:
    return 200, {"success": True, "data": settings.get(call.practice, call.origin.reference_id)}
