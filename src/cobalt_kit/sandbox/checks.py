"""The document's checks of requests and responses, compiled once at start-up.

Each operation's parameters, request body and response bodies become validators (jsonschema-rs)
when the sandbox starts, from the document's own schemas (OpenAPI 3.1's schemas are JSON Schema
2020-12), so no schema is written twice and no request re-reads the document. Patterns keep their
ECMA-262 meaning (`$` is the end of the string). A failure is named by its field and the rule it
breaks, never by the value sent (values can be patient data).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import jsonschema_rs

from cobalt_kit.document import resolve

FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")

# The document's integers have no upper bound, and the sandbox serves any: they are compared and
# sliced in Python, never bound into SQL. The bound only keeps int() of a giant string cheap.
MAX_INTEGER_DIGITS = 1000


class CheckFailed(Exception):
    """What a request or response breaks, named by field and rule (no value)."""


@dataclass(frozen=True)
class Validator:
    """One schema, compiled, with the document's components to refer to."""

    schema: dict[str, Any]
    compiled: Any = field(repr=False)

    @classmethod
    def of(cls, schema: Mapping[str, Any], components: Mapping[str, Any]) -> Validator:
        root = {"allOf": [dict(schema)], "components": components}
        return cls(root, jsonschema_rs.Draft202012Validator(root, validate_formats=True))

    def failure(self, instance: Any, where: str) -> str | None:
        """None when `instance` passes, else what its first failure (the shallowest) breaks."""
        if self.compiled.is_valid(instance):
            return None
        errors = list(self.compiled.iter_errors(instance))
        first = min(errors, key=lambda e: len(e.instance_path))
        path = ".".join(str(p) for p in first.instance_path)
        name = f"{where}.{path}" if where and path else path or where
        return describe(first, name, self.schema, instance)


def describe(error: Any, name: str, root: Mapping[str, Any], instance: Any) -> str:
    """The field and the rule, with the rule's expected value from the schema (never the value sent)."""
    keyword = str(error.schema_path[-1]) if error.schema_path else "schema"
    try:
        rule: Any = root
        for part in error.schema_path:
            rule = rule[part]
    except (KeyError, IndexError, TypeError):  # a path through a reference: the rule's name will do
        return f"{name or 'body'}: does not satisfy {keyword}"
    if keyword == "required":
        missing = [n for n in rule if isinstance(_at(instance, error.instance_path), dict)
                   and n not in _at(instance, error.instance_path)]  # fmt: skip
        return f"{name or 'body'}: {missing[0] if missing else 'a field'!r} is a required property"
    if keyword == "additionalProperties":
        sent = _at(instance, error.instance_path)
        known = _parent(root, error.schema_path).get("properties", {})
        extra = sorted(set(sent) - set(known)) if isinstance(sent, dict) else []
        shown = [n for n in extra if FIELD_NAME.fullmatch(n)]
        what = f"unknown field {shown[0]!r}" if shown else "a field the document does not define"
        return f"{name or 'body'}: {what}"
    if keyword in ("anyOf", "oneOf"):
        return f"{name or 'body'}: matches none of the alternatives the document allows"
    # The document's own wording of a refusal, where the vendor states one (`x-refusal`).
    refusal = _parent(root, error.schema_path).get("x-refusal")
    if isinstance(refusal, str):
        return f"{name or 'body'}: {refusal}"
    return f"{name or 'body'}: does not satisfy {keyword} {rule!r}"


def _at(instance: Any, path: Any) -> Any:
    for part in path:
        instance = instance[part]
    return instance


def _parent(root: Mapping[str, Any], schema_path: Any) -> Mapping[str, Any]:
    node: Any = root
    for part in list(schema_path)[:-1]:
        node = node[part]
    return node if isinstance(node, dict) else {}


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # "path" or "query"
    required: bool
    validator: Validator
    default: Any = None
    is_date: bool = False
    is_integer: bool = False


@dataclass(frozen=True)
class Operation:
    parameters: tuple[Parameter, ...]
    body: Validator | None
    body_required: bool
    # Per documented status: the body's validator (None: no body) and the headers it requires.
    responses: dict[int, tuple[Validator | None, tuple[str, ...]]]


class Checks:
    """Every operation of a document, by path template and method, compiled."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        components = {"schemas": document["components"]["schemas"]}
        self.operations: dict[tuple[str, str], Operation] = {}
        for path, item in document["paths"].items():
            shared = item.get("parameters", [])
            for method, operation in item.items():
                if method in ("parameters", "summary", "description", "servers"):
                    continue
                self.operations[(path, method.upper())] = _compile(document, components, shared, operation)

    def request(
        self, path: str, method: str, path_params: Mapping[str, str], query: Mapping[str, str], body: Any
    ) -> tuple[dict[str, Any], Any]:
        """The typed query (dates as dates, defaults filled in) and the body; CheckFailed naming
        the first field that breaks the document."""
        operation = self.operations[(path, method)]
        values: dict[str, Any] = {}
        for parameter in operation.parameters:
            given = (path_params if parameter.location == "path" else query).get(parameter.name)
            if given is None:
                if parameter.required:
                    raise CheckFailed(f"{parameter.name}: is required")
                if parameter.default is not None and parameter.location == "query":
                    values[parameter.name] = parameter.default
                continue
            typed: Any = given
            if parameter.is_integer:  # a query string is text: the document's integer is its digits
                if not given.isascii() or not given.removeprefix("-").isdigit() or len(given) > MAX_INTEGER_DIGITS:
                    raise CheckFailed(f"{parameter.name}: is not an integer")
                typed = int(given)
            failure = parameter.validator.failure(typed, parameter.name)
            if failure:
                raise CheckFailed(failure)
            if parameter.location == "query":
                values[parameter.name] = _date(parameter.name, given) if parameter.is_date else typed
        if operation.body is not None:
            if body is None:
                if operation.body_required:
                    raise CheckFailed("body: is required")
            else:
                failure = operation.body.failure(body, "")
                if failure:
                    raise CheckFailed(failure)
        return values, body

    def response(self, path: str, method: str, status: int, body: Any, headers: Mapping[str, str]) -> str | None:
        """None when the answer keeps the document, else what it breaks."""
        documented = self.operations[(path, method)].responses
        if status not in documented:
            return f"status {status} is not documented for {method} {path}"
        validator, required_headers = documented[status]
        missing = [name for name in required_headers if name.lower() not in headers]
        if missing:
            return f"header {missing[0]} is missing"
        return validator.failure(body, "") if validator else None


def _date(name: str, given: str) -> dt.date:
    """A `format: date` value as a date. The format allows the year 0000, which a date cannot hold
    (and no appointment can be in): refused by name."""
    try:
        return dt.date.fromisoformat(given)
    except ValueError:
        raise CheckFailed(f"{name}: is before {dt.date.min.isoformat()}, the first day the sandbox serves") from None


def _compile(
    document: Mapping[str, Any], components: Mapping[str, Any], shared: list[Any], operation: Mapping[str, Any]
) -> Operation:
    parameters = []
    for reference in [*shared, *operation.get("parameters", [])]:
        parameter = resolve(document, reference)
        schema = parameter["schema"]
        parameters.append(
            Parameter(
                name=parameter["name"],
                location=parameter["in"],
                required=bool(parameter.get("required")),
                validator=Validator.of(schema, components),
                default=resolve(document, schema).get("default"),
                is_date=resolve(document, schema).get("format") == "date",
                is_integer=resolve(document, schema).get("type") == "integer",
            )
        )
    body, body_required = None, False
    if "requestBody" in operation:
        request_body = resolve(document, operation["requestBody"])
        body = Validator.of(request_body["content"]["application/json"]["schema"], components)
        body_required = bool(request_body.get("required"))
    responses: dict[int, tuple[Validator | None, tuple[str, ...]]] = {}
    for status, reference in operation["responses"].items():
        response = resolve(document, reference)
        media = response.get("content", {}).get("application/json")
        headers = tuple(
            name for name, header in response.get("headers", {}).items() if resolve(document, header).get("required")
        )
        responses[int(status)] = (Validator.of(media["schema"], components) if media else None, headers)
    return Operation(tuple(parameters), body, body_required, responses)
