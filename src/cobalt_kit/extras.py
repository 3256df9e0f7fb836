"""The optional parts of the kit and the one line that says how to get one that is missing."""

from __future__ import annotations

import importlib

# extra -> a module it installs
EXTRAS = {"sandbox": "uvicorn", "contract": "schemathesis"}


class MissingExtra(ImportError):
    def __init__(self, extra: str) -> None:
        super().__init__(f'this needs the kit\'s {extra} extra: pip install "cobalt-kit[{extra}]"')
        self.extra = extra


def require(extra: str) -> None:
    """Raises MissingExtra unless what `extra` installs can be imported."""
    try:
        importlib.import_module(EXTRAS[extra])
    except ModuleNotFoundError:
        raise MissingExtra(extra) from None
