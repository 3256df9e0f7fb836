"""Corpus entry candidates from a recording: each recorded answer whose shape (its field paths and
JSON types, as the corpus compares them) no corpus entry of the same operation and status has
becomes a candidate file, in the corpus' format (tests/support/corpus.py), with the recording's
synthetic values and its decision left for a person to take: it names where it came from, not which
vendor page shows it, so it fails the corpus' decision test until someone files it there."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from cobalt_kit.proxy.cassettes import load

JSON_TYPES = {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer", float: "number",
              type(None): "null"}  # fmt: skip
UNDECIDED = (
    "undecided: recorded by `cobalt proxy`; find the vendor page that shows it, then accept, name a variant or refuse"
)


def shape(body: Any, depth: int = 2) -> frozenset[tuple[str, str]]:
    """A body without its values: each field path of nested objects down to `depth`, with its JSON
    type (arrays are not entered: their items are records whose fields vary with the data)."""
    found: set[tuple[str, str]] = set()

    def walk(node: dict[str, Any], prefix: str, level: int) -> None:
        for key, value in node.items():
            path = f"{prefix}{key}"
            found.add((path, JSON_TYPES.get(type(value), "other")))
            if isinstance(value, dict) and level < depth:
                walk(value, f"{path}.", level + 1)

    if isinstance(body, dict):
        walk(body, "", 1)
    return frozenset(found)


def corpus_shapes(corpus: Path) -> set[tuple[str, int | None, frozenset[tuple[str, str]]]]:
    found = set()
    for path in sorted(corpus.glob("*.json")):
        entry = json.loads(path.read_text())
        if entry.get("kind") == "response":
            found.add((str(entry.get("operation")), entry.get("status"), shape(entry.get("body"))))
    return found


def candidates(recording: Path, corpus: Path, out: Path, today: dt.date | None = None) -> list[Path]:
    """Writes one candidate per new shape into `out`; the files written."""
    known = corpus_shapes(corpus)
    written: list[Path] = []
    seen: set[tuple[str, int | None, frozenset[tuple[str, str]]]] = set()
    for cassette in load(recording):
        key = (cassette.operation, cassette.status, shape(cassette.body))
        if not isinstance(cassette.body, dict) or key in known or key in seen:
            continue
        seen.add(key)
        out.mkdir(parents=True, exist_ok=True)
        path = out / f"{cassette.operation}-response-{cassette.status}-recorded-{len(written) + 1}.json"
        entry = {
            "page": "",
            "version": f"recorded by cobalt proxy ({recording.name}/{cassette.name})",
            "read": (today or dt.date.today()).isoformat(),
            "operation": cassette.operation,
            "kind": "response",
            "status": cassette.status,
            "decision": UNDECIDED,
            "variants_matched": list(cassette.variants),
            "body": cassette.body,
        }
        path.write_text(json.dumps(entry, indent=2, ensure_ascii=False) + "\n")
        written.append(path)
    return written
