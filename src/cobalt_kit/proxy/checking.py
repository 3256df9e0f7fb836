"""The document's verdict on one exchange, value-free: the operation, the status, the documented
variant the answer matched, and every violation of the request and of the answer by field path.

The validators are the sandbox's (cobalt_kit.sandbox.checks: the document's schemas compiled once by
jsonschema-rs), and so is the wording of a violation: the field and the rule, with the rule's
expected value from the document, never the value sent. A field path names only the document's own
field names and array positions; a key the document does not know is shown as `*` (a key could be
anything an upstream put there).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from cobalt_kit.contract import variants
from cobalt_kit.proxy.routes import Route, Router
from cobalt_kit.sandbox.checks import FIELD_NAME, MAX_INTEGER_DIGITS, Checks, Validator, describe

# Violations listed per exchange at most (an answer of 500 appointments, each off the same way, says
# so in its first few).
MAX_VIOLATIONS = 20
DECODERS = {"gzip": lambda raw: zlib.decompress(raw, 16 + zlib.MAX_WBITS), "deflate": zlib.decompress}


@dataclass
class Verdict:
    """What the proxy saw of one exchange; every field is free of values."""

    method: str
    operation_id: str | None = None
    template: str | None = None
    status: int | None = None
    variants: tuple[str, ...] = ()
    violations: list[str] = field(default_factory=list)
    # Why the upstream gave no answer (the class of the failure), when it gave none.
    upstream_failure: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "operation": self.operation_id,
            "path": self.template,
            "status": self.status,
            "variants": list(self.variants),
            "violations": self.violations,
            "upstream_failure": self.upstream_failure,
        }


def names_of(document: Any) -> frozenset[str]:
    """Every property and parameter name of the document: the only keys a field path shows."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, Mapping):
            properties = node.get("properties")
            if isinstance(properties, Mapping):
                found.update(str(name) for name in properties)
            if isinstance(node.get("name"), str) and "in" in node:
                found.add(node["name"])
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(document.get("components", {}))
    walk(document.get("paths", {}))
    return frozenset(found)


def decoded(raw: bytes, encoding: str | None) -> bytes | None:
    """The body as JSON text, None when it is encoded in a way the proxy does not decode."""
    if not encoding or encoding == "identity":
        return raw
    decoder = DECODERS.get(encoding.strip().lower())
    try:
        return decoder(raw) if decoder else None
    except zlib.error:
        return None


class Checker:
    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.router = Router(document)
        self.checks = Checks(document)
        self.names = names_of(document)
        self._alternatives: dict[tuple[str, int], list[variants.Alternatives]] = {}

    def path(self, parts: Iterable[Any]) -> str:
        shown = ""
        for part in parts:
            if isinstance(part, int):
                shown += f"[{part}]"
            else:
                shown += f".{part if part in self.names else '*'}"
        return shown.lstrip(".")

    def violations(self, validator: Validator, instance: Any, where: str) -> list[str]:
        if validator.compiled.is_valid(instance):
            return []
        found: dict[str, None] = {}
        for error in validator.compiled.iter_errors(instance):
            path = self.path(error.instance_path)
            name = f"{where}.{path}" if where and path else path or where
            found[describe(error, name, validator.schema, instance)] = None
            if len(found) >= MAX_VIOLATIONS:
                break
        return list(found)

    def request(self, route: Route, path_params: Mapping[str, str], query: str, body: bytes) -> list[str]:
        """What the request breaks (empty when it keeps the document)."""
        operation = self.checks.operations[(route.template, route.method)]
        sent: dict[str, list[str]] = {}
        for name, value in parse_qsl(query, keep_blank_values=True):
            sent.setdefault(name, []).append(value)
        found = []
        documented = {p.name for p in operation.parameters if p.location == "query"}
        for name in sent.keys() - documented:
            shown = name if FIELD_NAME.fullmatch(name) and name in self.names else "a parameter"
            found.append(f"query.{shown}: not a parameter of {route.operation_id}")
        for parameter in operation.parameters:
            given = [path_params[parameter.name]] if parameter.location == "path" else sent.get(parameter.name, [])
            where = f"{parameter.location}.{parameter.name}"
            if not given:
                if parameter.required:
                    found.append(f"{where}: is required")
                continue
            if len(given) > 1:
                found.append(f"{where}: sent {len(given)} times")
            typed: Any = given[0]
            if parameter.is_integer:
                text = given[0]
                if not text.isascii() or not text.removeprefix("-").isdigit() or len(text) > MAX_INTEGER_DIGITS:
                    found.append(f"{where}: is not an integer")
                    continue
                typed = int(text)
            found += self.violations(parameter.validator, typed, where)
        if operation.body is None:
            if body:
                found.append(f"body: {route.operation_id} takes none")
        elif not body:
            if operation.body_required:
                found.append("body: is required")
        else:
            try:
                found += self.violations(operation.body, json.loads(body), "body")
            except (ValueError, RecursionError):
                found.append("body: is not JSON")
        return found[:MAX_VIOLATIONS]

    def response(
        self, route: Route, status: int, headers: Mapping[str, str], body: bytes | None
    ) -> tuple[tuple[str, ...], list[str]]:
        """The variants the answer matched and what it breaks. `body` None: encoded in a way the
        proxy does not decode (not checked, and said so)."""
        documented = self.checks.operations[(route.template, route.method)].responses
        if status not in documented:
            listed = ", ".join(map(str, sorted(documented)))
            return (), [f"status {status} is not documented for {route.operation_id} (documented: {listed})"]
        validator, required_headers = documented[status]
        found = [f"header {name}: is required" for name in required_headers if name.lower() not in headers]
        if body is None:
            return (), [*found, f"body: not checked (content-encoding {headers.get('content-encoding')})"]
        if validator is None:
            return (), found
        try:
            parsed = json.loads(body)
        except (ValueError, RecursionError):
            return (), [*found, "body: is not JSON"]
        found += self.violations(validator, parsed, "")
        naming = variants.name(parsed, self.alternatives(route.operation_id, status)) if 200 <= status < 300 else None
        if naming is None:
            return (), found[:MAX_VIOLATIONS]
        # A part that matches no documented variant is named by its field names and JSON types only.
        found += naming.unmatched
        return naming.names, found[:MAX_VIOLATIONS]

    def alternatives(self, operation_id: str, status: int) -> list[variants.Alternatives]:
        key = (operation_id, status)
        if key not in self._alternatives:
            self._alternatives[key] = variants.operation_alternatives(self.document, operation_id, status)
        return self._alternatives[key]
