"""What every family's operations speak: a validated request in (`Call`), a status and a JSON body
out (`Answer`), or a `Refusal`, which app.py answers with the document's error envelope. Each
family's handlers.py holds its operations as plain functions of its model and a Call; each runs on
the event loop (app.py says why).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cobalt_kit.sandbox.core import Origin

Answer = tuple[int, "dict[str, Any] | Kept"]


@dataclass(eq=False)
class Kept:
    """A body a model keeps for the requests that repeat it (its payload never changed once made):
    app.py encodes it and holds it to the document on its first request, into `served`."""

    payload: dict[str, Any]
    served: tuple[object, bytes, str | None] | None = None  # the checks, the encoded body, what it breaks


class Refusal(Exception):
    """An answer with the document's error envelope."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


@dataclass(frozen=True)
class Call:
    """A request that passed every check: the practice it is for, and its parts as the document
    types them. The path id is the one the router decoded, never re-read from the URL."""

    practice: str  # "" for the webhook registration operations, which carry no access token
    origin: Origin
    shapes: str  # which vendor reference's variants to answer in (`variants.GENERATIONS`, `variants.answered`)
    path: dict[str, str]
    query: dict[str, Any]
    body: dict[str, Any]
