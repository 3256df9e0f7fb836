"""Recordings: one cassette (a JSON file) per exchange, and a manifest of what was replaced.

A cassette holds the operation, the path parameters and query (marked ones replaced, unknown ones
dropped), the request's and the answer's JSON bodies as cobalt_kit.proxy.scrub leaves them, the
status, and of the headers only the answer's `content-type` and the headers the document declares
for it (such as `Retry-After`): never a credential, a cookie or a webhook signature. The manifest
says what was replaced, dropped and left out, by field path, with counts, never a value.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from cobalt_kit.contract.variants import response_schema
from cobalt_kit.document import resolve
from cobalt_kit.phi import PHI, TEXT
from cobalt_kit.proxy.routes import Route
from cobalt_kit.proxy.scrub import Scrubber, Substitutes, Tally

MANIFEST = "manifest.json"
CASSETTE_FORMAT = 1


class RecordingError(Exception):
    """A recording folder that cannot be used (the message says why and what to do)."""


def request_schema(document: Mapping[str, Any], operation: Mapping[str, Any]) -> Mapping[str, Any] | None:
    if "requestBody" not in operation:
        return None
    media = resolve(document, operation["requestBody"]).get("content", {}).get("application/json", {})
    schema: Mapping[str, Any] | None = media.get("schema")
    return schema


def parameters(document: Mapping[str, Any], route: Route) -> dict[tuple[str, str], Mapping[str, Any]]:
    """The operation's parameters by (location, name)."""
    item = document["paths"][route.template]
    found = {}
    for reference in [*item.get("parameters", []), *route.operation.get("parameters", [])]:
        parameter = resolve(document, reference)
        found[(str(parameter["in"]), str(parameter["name"]))] = parameter
    return found


def documented_headers(document: Mapping[str, Any], operation: Mapping[str, Any], status: int) -> frozenset[str]:
    response = operation.get("responses", {}).get(str(status))
    if response is None:
        return frozenset({"content-type"})
    return frozenset({"content-type", *(name.lower() for name in resolve(document, response).get("headers", {}))})


@dataclass
class Exchange:
    """One exchange as the proxy saw it (the raw request and answer: never written as they are)."""

    route: Route
    path_params: dict[str, str]
    query: str
    request_body: bytes
    status: int
    response_headers: list[tuple[str, str]]
    response_body: bytes | None  # decoded; None when the proxy could not decode it
    variants: tuple[str, ...] = ()
    request_headers: Iterable[str] = field(default_factory=tuple)  # names only


def _json(raw: bytes | None) -> tuple[bool, Any]:
    if not raw:
        return True, None
    try:
        return True, json.loads(raw)
    except (ValueError, RecursionError):
        return False, None


class Recorder:
    """Writes each exchange into `directory`, which must hold no recording yet: the substitutes'
    key lives only as long as this recorder, so a second run's substitutes would not match the
    first's."""

    def __init__(self, directory: Path, document: Mapping[str, Any], keep_unknown: bool = False) -> None:
        if (directory / MANIFEST).exists() or any(directory.glob("[0-9]*.json")):
            raise RecordingError(f"{directory} already holds a recording: give an empty or new folder")
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        self.document = document
        self.scrubber = Scrubber(document, Substitutes(), keep_unknown)
        self.tally = Tally()
        self.not_written: Counter[str] = Counter()
        self.exchanges = 0
        self._lock = threading.Lock()
        self._write_manifest()

    def record(self, exchange: Exchange) -> Path:
        with self._lock:
            self.exchanges += 1
            cassette = self._cassette(exchange)
            path = self.directory / f"{self.exchanges:04d}-{exchange.route.operation_id}.json"
            path.write_text(json.dumps(cassette, indent=2, ensure_ascii=False) + "\n")
            self._write_manifest()
            return path

    def _cassette(self, exchange: Exchange) -> dict[str, Any]:
        route, tally = exchange.route, self.tally
        documented = parameters(self.document, route)
        path_params = {
            name: self._parameter(documented.get(("path", name)), value, f"path.{name}")
            for name, value in exchange.path_params.items()
        }
        query = []
        for name, value in parse_qsl(exchange.query, keep_blank_values=True):
            if ("query", name) not in documented:
                tally.dropped_unknown["query.*"] += 1
                continue
            query.append([name, self._parameter(documented[("query", name)], value, f"query.{name}")])
        for name in exchange.request_headers:
            self.not_written[f"request header {name}"] += 1
        kept_headers = documented_headers(self.document, route.operation, exchange.status)
        headers = {}
        for name, value in exchange.response_headers:
            if name.lower() in kept_headers:
                headers[name.lower()] = value
            else:
                self.not_written[f"response header {name.lower()}"] += 1
        is_json, sent = _json(exchange.request_body)
        if not is_json:
            self.not_written["request body (not JSON)"] += 1
        request = self.scrubber.scrub(sent, request_schema(self.document, route.operation), "request", tally)
        is_json, answered = _json(exchange.response_body)
        if not is_json or exchange.response_body is None:
            self.not_written["response body (not JSON)"] += 1
        schema = response_schema(self.document, route.operation, exchange.status) or None
        response = self.scrubber.scrub(answered, schema, "response", tally)
        return {
            "format": CASSETTE_FORMAT,
            "operation": route.operation_id,
            "method": route.method,
            "path": route.template,
            "path_parameters": path_params,
            "query": query,
            "request": {"body": request},
            "response": {"status": exchange.status, "headers": headers, "body": response},
            "variants": list(exchange.variants),
        }

    def _parameter(self, parameter: Mapping[str, Any] | None, value: str, where: str) -> str:
        mark = parameter.get(PHI) if parameter else None
        if mark == TEXT:
            self.tally.replaced_whole[where] += 1
            return self.scrubber.substitutes.text(value)
        if mark is True:
            self.tally.replaced[where] += 1
            return self.scrubber.substitutes.string(value)
        return value

    def _write_manifest(self) -> None:
        manifest = {
            "format": CASSETTE_FORMAT,
            "exchanges": self.exchanges,
            "guarantee": "every value the document marks x-phi is replaced, x-phi: text whole; unknown fields "
            + ("kept with synthetic values" if self.scrubber.keep_unknown else "dropped")
            + "; no credential, secret or signature is written. Counts by field path, no values.",
            **self.tally.as_json(),
            "not_written": dict(sorted(self.not_written.items())),
        }
        (self.directory / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")


@dataclass(frozen=True)
class Cassette:
    name: str
    operation: str
    path_parameters: tuple[tuple[str, str], ...]
    query: tuple[tuple[str, str], ...]
    status: int
    headers: Mapping[str, str]
    body: Any
    variants: tuple[str, ...]

    @property
    def key(self) -> tuple[str, tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
        return (self.operation, self.path_parameters, tuple(sorted(self.query)))


def load(directory: Path) -> list[Cassette]:
    """The cassettes of a recording, in the order they were recorded."""
    if not (directory / MANIFEST).is_file():
        raise RecordingError(f"{directory} holds no recording (no {MANIFEST}): record one with `cobalt proxy --record`")
    found = []
    for path in sorted(directory.glob("[0-9]*.json")):
        raw = json.loads(path.read_text())
        found.append(
            Cassette(
                path.name,
                raw["operation"],
                tuple(sorted(raw["path_parameters"].items())),
                tuple((name, value) for name, value in raw["query"]),
                int(raw["response"]["status"]),
                raw["response"]["headers"],
                raw["response"]["body"],
                tuple(raw.get("variants", ())),
            )
        )
    return found
