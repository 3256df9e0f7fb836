"""The sandbox's behaviour: the shared core (core.py) with every registered family's model on it.

`Backend(store, booking_delay)` is what app.py serves and what a test drives without HTTP; a
family's model is `backend.family(Appointments)` (typed) or, for short, `backend.appointments`.
"""

from __future__ import annotations

from typing import Any

from cobalt_kit.sandbox.core import LAST_CLOCK, Core, Origin, PastLastClock, Voided
from cobalt_kit.sandbox.families import FAMILIES

__all__ = ["LAST_CLOCK", "Backend", "Origin", "PastLastClock", "Voided"]


class Backend(Core):
    registered = tuple(family.model for family in FAMILIES)

    def __getattr__(self, name: str) -> Any:
        # Only for the names of families (an attribute not found otherwise): `backend.appointments`.
        families = self.__dict__.get("families", {})
        if name in families:
            return families[name]
        raise AttributeError(name)
