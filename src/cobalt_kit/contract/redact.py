"""Describes a deviation without any value from the response: where, what the document expects, and
the class of what came instead (JSON type, or "a value outside the documented set"); and which
fields' values are patient data or secrets, as the document marks them."""

from __future__ import annotations

import re
from typing import Any

from schemathesis.core.failures import Failure

from cobalt_kit import phi

# The fields whose values the report must never contain: the document's marks (cobalt_kit.phi). The
# runner collects the values they carry from every answer and scrubs them from the report.
PHI_FIELDS = phi.shipped().phi | phi.shipped().text
SECRET_FIELDS = phi.shipped().secret
JSON_TYPES = {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer", float: "number"}


def value_class(value: Any) -> str:
    return "null" if value is None else JSON_TYPES.get(type(value), type(value).__name__)


def field_path(parts: Any) -> str:
    path = ""
    for part in parts or ():
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path.lstrip(".") or "(body)"


def describe(failure: Failure) -> str:
    if hasattr(failure, "instance_path") and hasattr(failure, "schema_path"):
        return _schema_error(failure)
    for attribute in ("status_code", "content_type", "missing_headers"):
        if hasattr(failure, attribute):
            value = getattr(failure, attribute)
            documented = getattr(failure, "defined_status_codes", None) or getattr(
                failure, "defined_content_types", None
            )
            extra = f"; documented: {', '.join(map(str, documented))}" if documented else ""
            return f"{failure.title}: {attribute.replace('_', ' ')} {value}{extra}"
    return str(failure.title)


def _schema_error(failure: Any) -> str:
    keyword = str(list(failure.schema_path)[-1]) if list(failure.schema_path) else "schema"
    where = field_path(failure.instance_path)
    expected = _expected(failure, keyword)
    if keyword == "required":
        # The validator names the missing property in its message, and nothing else from the instance.
        named = re.match(r"""\s*["']([^"']+)["'] is a required property""", str(failure._raw_message))
        return f"{where}: required field `{named.group(1) if named else '?'}` is missing"
    if keyword == "enum":
        return f"{where}: {_a(value_class(failure.instance))} outside the documented values {expected}"
    return f"{where}: expected {keyword} {expected}, got {_a(value_class(failure.instance))}"


def _a(noun: str) -> str:
    return f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}"


def _expected(failure: Any, keyword: str) -> str:
    node: Any = getattr(failure, "_root_schema", None)
    try:
        for part in failure.schema_path:
            node = node[part]
    except (KeyError, IndexError, TypeError):
        return ""
    if keyword in ("anyOf", "oneOf", "allOf") and isinstance(node, list):
        return "[" + " | ".join(_alternative(part) for part in node) + "]"
    return str(node) if not isinstance(node, dict | list) or keyword == "enum" else ""


def _alternative(schema: Any) -> str:
    """A subschema as its JSON type, or the name of the schema it refers to."""
    if not isinstance(schema, dict):
        return "?"
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    if "type" in schema:
        return str(schema["type"])
    if "required" in schema:
        return "with " + ", ".join(map(str, schema["required"]))
    return "a schema"
