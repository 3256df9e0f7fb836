"""Synthetic stand-ins for the values the document marks (cobalt_kit.phi), guided by the schemas.

A marked value (`x-phi: true`) becomes a synthetic one of the same shape: each digit another digit,
each letter another letter of the same case, everything else (spaces, dashes, brackets, `@`) kept,
a date another valid date; numbers keep their digit count, objects and arrays their keys and
lengths. Free text (`x-phi: text`) is replaced whole. A secret (`x-secret: true`) is never written:
a fixed placeholder stands in. The substitute of a value is an HMAC of it under a key drawn afresh
for each recording and never written anywhere, so the same real value gets the same substitute
throughout one recording (an MRN in a list and in a get still match) and no one holding the
recording can recompute the mapping, not even for a guessed MRN.

Fields the document does not know are dropped (or, when asked for, kept with synthetic values of
the same shape): an unknown field could hold anything. What was replaced is counted by field path.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cobalt_kit.document import resolve
from cobalt_kit.phi import PHI, SECRET, TEXT

SECRET_PLACEHOLDER = "[secret: not recorded]"
DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
# Synthetic dates of birth fall in these 75 years.
FIRST_DAY = dt.date(1930, 1, 1)
DAYS = 365 * 75


@dataclass
class Tally:
    """What a scrub replaced and dropped, by field path (never a value)."""

    replaced: Counter[str] = field(default_factory=Counter)
    replaced_whole: Counter[str] = field(default_factory=Counter)
    secrets: Counter[str] = field(default_factory=Counter)
    dropped_unknown: Counter[str] = field(default_factory=Counter)
    synthesized_unknown: Counter[str] = field(default_factory=Counter)

    def as_json(self) -> dict[str, dict[str, int]]:
        return {name: dict(sorted(counts.items())) for name, counts in vars(self).items()}


class Substitutes:
    """Deterministic synthetic values under a key of one recording (held in memory only)."""

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or secrets.token_bytes(32)

    def _stream(self, kind: str, value: str, length: int) -> bytes:
        blocks = []
        for counter in range(max(1, -(-length // 32))):
            blocks.append(hmac.new(self._key, f"{kind}\0{counter}\0{value}".encode(), hashlib.sha256).digest())
        return b"".join(blocks)

    def string(self, value: str, date_like: bool = False) -> str:
        found = DATE.match(value)
        if found and (date_like or found.end() == len(value)):
            day = FIRST_DAY + dt.timedelta(days=int.from_bytes(self._stream("date", value, 4)[:4]) % DAYS)
            return day.isoformat() + value[found.end() :]
        stream = self._stream("string", value, len(value))
        shown = []
        for char, byte in zip(value, stream, strict=False):
            if char.isdigit():
                shown.append(str(byte % 10))
            elif char.isalpha():
                letter = chr(ord("a") + byte % 26)
                shown.append(letter.upper() if char.isupper() else letter)
            else:
                shown.append(char)
        return "".join(shown)

    def text(self, value: str) -> str:
        return f"Synthetic text {self._stream('text', value, 4)[:4].hex()}."

    def value(self, value: Any, date_like: bool = False) -> Any:
        """A synthetic value of the same shape as `value`, whatever its JSON type."""
        if isinstance(value, bool) or value is None:
            return value
        if isinstance(value, str):
            return self.string(value, date_like)
        if isinstance(value, int):
            digits = self.string(str(abs(value)))
            if len(digits) > 1 and digits[0] == "0":  # as many digits as the value had
                digits = str(1 + int(digits[1]) % 9) + digits[1:]
            return (-1 if value < 0 else 1) * int(digits)
        if isinstance(value, float):
            return float(self.string(repr(value))) if re.fullmatch(r"-?\d+\.\d+", repr(value)) else 0.0
        if isinstance(value, list):
            return [self.value(item) for item in value]
        if isinstance(value, dict):
            return {key: self.value(item) for key, item in value.items()}
        return None


@dataclass(frozen=True)
class View:
    """A schema node as the scrubber reads it: its properties (each with the nodes that describe
    it, through `$ref`, `allOf`, `anyOf` and `oneOf`) and its items' nodes."""

    properties: Mapping[str, tuple[Mapping[str, Any], ...]]
    items: tuple[Mapping[str, Any], ...]


class Scrubber:
    def __init__(self, document: Mapping[str, Any], substitutes: Substitutes, keep_unknown: bool = False) -> None:
        self.document = document
        self.substitutes = substitutes
        self.keep_unknown = keep_unknown
        self._views: dict[int, View] = {}
        # A polled event's `data` is typed by its event type: the webhooks section's schema for it.
        self.event_data: dict[str, tuple[Mapping[str, Any], ...]] = {}
        for event_type, item in document.get("webhooks", {}).items():
            body = resolve(document, item["post"]["requestBody"])["content"]["application/json"]["schema"]
            data = self._view((body,)).properties.get("data")
            if data:
                self.event_data[event_type] = data

    def _view(self, nodes: tuple[Mapping[str, Any], ...]) -> View:
        properties: dict[str, list[Mapping[str, Any]]] = {}
        items: list[Mapping[str, Any]] = []
        for node in nodes:
            view = self._node_view(node)
            for name, described in view.properties.items():
                properties.setdefault(name, []).extend(described)
            items += view.items
        return View({k: tuple(v) for k, v in properties.items()}, tuple(items))

    def _node_view(self, node: Mapping[str, Any]) -> View:
        cached = self._views.get(id(node))
        if cached is not None:
            return cached
        resolved = resolve(self.document, node)
        parts = [resolved.get(keyword, ()) for keyword in ("allOf", "anyOf", "oneOf")]
        view = self._view(tuple(part for listed in parts for part in listed))
        properties = {name: list(described) for name, described in view.properties.items()}
        for name, child in resolved.get("properties", {}).items():
            properties.setdefault(name, []).insert(0, child)
        items = (resolved["items"],) if isinstance(resolved.get("items"), Mapping) else ()
        found = View({k: tuple(v) for k, v in properties.items()}, items + view.items)
        self._views[id(node)] = found
        return found

    def scrub(self, value: Any, schema: Mapping[str, Any] | None, where: str, tally: Tally) -> Any:
        """`value` with every marked value replaced and unknown fields dropped; `schema` None: the
        document describes no body here, so all of it is unknown."""
        return self._walk(value, (schema,) if schema else (), where, tally)

    def _walk(self, value: Any, nodes: tuple[Mapping[str, Any], ...], where: str, tally: Tally) -> Any:
        if isinstance(value, list):
            items = self._view(nodes).items if nodes else ()
            return [self._walk(item, items, f"{where}[]", tally) for item in value]
        if not isinstance(value, dict):
            return value
        view = self._view(nodes) if nodes else View({}, ())
        kept: dict[str, Any] = {}
        for key, item in value.items():
            path = f"{where}.{key}" if key in view.properties else f"{where}.*"
            described = view.properties.get(key)
            if described is None:
                if self.keep_unknown:
                    kept[key] = self.substitutes.value(item)
                    tally.synthesized_unknown[path] += 1
                else:
                    tally.dropped_unknown[path] += 1
                continue
            described = self._typed_data(value, key, described)
            kept[key] = self._field(item, described, path, tally)
        return kept

    def _typed_data(
        self, holder: Mapping[str, Any], key: str, described: tuple[Mapping[str, Any], ...]
    ) -> tuple[Mapping[str, Any], ...]:
        """An open `data` beside an event type the webhooks section documents: that type's schema."""
        if key == "data" and not self._view(described).properties:
            event_type = holder.get("type", holder.get("event_type"))
            if isinstance(event_type, str) and event_type in self.event_data:
                return self.event_data[event_type]
        return described

    def _field(self, item: Any, described: tuple[Mapping[str, Any], ...], path: str, tally: Tally) -> Any:
        marks = {node.get(PHI) for node in described} | {("secret" if node.get(SECRET) else None) for node in described}
        if "secret" in marks:
            tally.secrets[path] += 1
            return SECRET_PLACEHOLDER if isinstance(item, str) else None
        if item is None:
            return None
        if TEXT in marks:
            tally.replaced_whole[path] += 1
            return self.substitutes.text(item) if isinstance(item, str) else self.substitutes.value(item)
        if True in marks:
            tally.replaced[path] += 1
            date_like = any(resolve(self.document, node).get("format") in ("date", "date-time") for node in described)
            return self.substitutes.value(item, date_like)
        return self._walk(item, described, path, tally)
