"""What a family's pure rules raise when the practice's data refuses a value: below the families'
models and the core, so that the rules import nothing of the sandbox's machinery."""

from __future__ import annotations


class NotAccepted(ValueError):
    """A value the document allows but the practice's data refuses (a visit type its EHR does not
    define, a shift at none of its locations), named by its field: app.py answers it with 400."""
