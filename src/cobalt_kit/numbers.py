"""How the kit reads a count from text that a peer sent (an id, a header): ASCII digits only, and
few of them. `int()` also reads other scripts' digits (`٣` is 3) and refuses some (`²`), and a
number past 64 bits overflows SQLite. Standard library only: the sandbox, the receiver and the
testing helpers all use it."""

from __future__ import annotations

# The most digits SQLite's 64-bit integers always hold.
INT64_DIGITS = 18


def count(text: str, digits: int = INT64_DIGITS) -> int | None:
    """`text` as a whole number of at most `digits` ASCII digits; None when it is anything else."""
    if text.isascii() and text.isdigit() and len(text) <= digits:
        return int(text)
    return None
