"""The reference corpus (tests/corpus/): every example of the vendor pages the document covers, one
JSON file each, with where it comes from and what the document decides about it.

A file holds `page` (its address), `version` (which version of the page, as the page shows it),
`read` (the day it was read), `operation` (an operationId of the document, a webhook event type, or
`error` for an error body of a page the document does not model), `kind` (`request`, `response` or
`event`), `status` (a response's), `body`, and `decision`: `accepted`, `variant: NAME` (accepted, as
one of several published shapes of the same answer) or `refused` with `reason`, the vendor's own
words for why (a newer page calling the older example an error, or the same page's rule). A refused
entry with `cross_field: true` breaks a rule between two fields (two providers over several days),
which a JSON Schema cannot state: the document says it in prose and takes the body, the sandbox
refuses it. Adding a newly seen body is adding one file.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cobalt_kit.proxy.candidates import shape

from support.document import ROOT, load, operations, resolve

CORPUS = ROOT / "tests" / "corpus"
KINDS = ("request", "response", "event")
DECISION = re.compile(r"accepted|refused|variant: [a-z_]+")
FIELDS = ("page", "version", "read", "operation", "kind", "status", "body", "decision")


@dataclass(frozen=True)
class Entry:
    name: str
    page: str
    version: str
    read: str
    operation: str
    kind: str
    status: int | None
    body: Any
    decision: str
    reason: str | None
    cross_field: bool = False

    @property
    def accepted(self) -> bool:
        return self.decision != "refused"

    @property
    def schema_valid(self) -> bool:
        """Whether the document's schema takes the body: a cross-field refusal is the sandbox's."""
        return self.accepted or self.cross_field

    @property
    def variant(self) -> str | None:
        return self.decision.removeprefix("variant: ") if self.decision.startswith("variant: ") else None

    def problems(self) -> list[str]:
        """What leaves this entry undecided or unsourced; empty when nothing does."""
        found = []
        if not DECISION.fullmatch(self.decision):
            found.append(f"decision {self.decision!r} is not accepted, 'variant: NAME' or refused")
        if self.decision == "refused" and not self.reason:
            found.append("a refused entry needs the vendor's stated reason")
        if self.cross_field and self.accepted:
            found.append("cross_field says why a refused entry passes the schema: it needs decision refused")
        if self.kind not in KINDS:
            found.append(f"kind {self.kind!r} is not one of {KINDS}")
        if (self.kind == "response") != isinstance(self.status, int):
            found.append("a response has a status, nothing else does")
        if not self.page.startswith("https://") or not re.fullmatch(r"\d{4}-\d\d-\d\d", self.read):
            found.append("page must be the address read, read the day (YYYY-MM-DD)")
        if not self.version:
            found.append("version must say which version of the page")
        return found


def _entry(path: Path) -> Entry:
    raw = json.loads(path.read_text())
    missing = [name for name in FIELDS if name not in raw]
    if missing:  # kept as an undecided entry, so that the decision test names the file
        return Entry(path.stem, "", "", "", "", "", None, None, f"missing {', '.join(missing)}", None)
    fields = {name: raw[name] for name in FIELDS}
    return Entry(path.stem, **fields, reason=raw.get("reason"), cross_field=raw.get("cross_field") is True)


@functools.cache
def entries() -> tuple[Entry, ...]:
    return tuple(_entry(path) for path in sorted(CORPUS.glob("*.json")))


def of(kind: str, *, accepted: bool | None = None) -> list[Entry]:
    return [e for e in entries() if e.kind == kind and (accepted is None or e.accepted == accepted)]


@functools.cache
def operation(operation_id: str) -> tuple[str, str, dict[str, Any]]:
    """(path, method, the operation) of an operationId."""
    return next((p, m, op) for p, m, op in operations() if op["operationId"] == operation_id)


def schema(entry: Entry) -> dict[str, Any]:
    """The document's schema for the entry's body."""
    if entry.kind == "event":
        body = resolve(load()["webhooks"][entry.operation]["post"]["requestBody"])
        return dict(body["content"]["application/json"]["schema"])
    if entry.operation == "error":
        return {"$ref": "#/components/schemas/Error"}
    _path, _method, op = operation(entry.operation)
    if entry.kind == "request":
        return dict(resolve(op["requestBody"])["content"]["application/json"]["schema"])
    return dict(resolve(op["responses"][str(entry.status)])["content"]["application/json"]["schema"])


def covers(answer: Any, entry: Entry) -> bool:
    """Whether `answer` has every field path (and type) of the entry's body."""
    return shape(entry.body) <= shape(answer)


def examples(operation_id: str, status: int) -> dict[str, Any]:
    """The document's named examples of an operation's answer with this status."""
    _path, _method, op = operation(operation_id)
    media = resolve(op["responses"][str(status)])["content"]["application/json"]
    return {name: resolve(example)["value"] for name, example in media.get("examples", {}).items()}
