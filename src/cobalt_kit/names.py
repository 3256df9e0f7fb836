"""How the kit refuses a name it does not know (an operation, a practice, a section): the nearest
one first, then every valid one, so that a typo is fixed at once. Standard library only: the
sandbox and the testing helpers both use it."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def unknown(what: str, name: str, valid: Iterable[str]) -> str:
    """`no operation 'create_appointments'; did you mean 'create_appointment'? (valid: ...)`."""
    choices = sorted(valid)
    near = difflib.get_close_matches(name, choices, n=1, cutoff=0.6)
    hint = f"; did you mean {near[0]!r}?" if near else ""
    return f"no {what} {name!r}{hint} (valid: {', '.join(choices)})"
