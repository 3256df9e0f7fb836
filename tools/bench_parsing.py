"""`make bench`'s parsing section: the generated models against `json.loads`, and against pydantic v2.

pydantic is not the kit's dependency: it is in the repository's environment through schemathesis. Its
model here is built from the document's own Appointment schema (the same fields, required or not,
nullable or not, dates and date-times parsed; enums as strings, unknown fields kept), so that both
libraries read the same shape. Each ratio is a case over `json.loads` of the same text, interleaved.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ConfigDict, create_model

from cobalt_client.models import ListAppointmentsResponse
from cobalt_kit.document import load_yaml, spec_path

FORMATS = {"date-time": dt.datetime, "date": dt.date}
TYPES: dict[str, Any] = {"string": str, "integer": int, "number": float, "boolean": bool,
                         "array": list[dict[str, Any]], "object": dict[str, Any]}  # fmt: skip


def _annotation(schema: dict[str, Any], schemas: dict[str, Any]) -> Any:
    if "$ref" in schema:
        return _annotation(schemas[schema["$ref"].rsplit("/", 1)[-1]], schemas)
    if "anyOf" in schema or "oneOf" in schema or "enum" in schema:
        return str  # the document's open enums: a known value or any other string
    kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    base = FORMATS.get(schema.get("format", ""), TYPES[next(kind for kind in kinds if kind != "null")])
    return base | None if "null" in kinds else base


@functools.cache
def pydantic_list_model() -> type[BaseModel]:
    """ListAppointmentsResponse as a pydantic v2 model, from the document's schemas."""
    schemas = load_yaml(spec_path())["components"]["schemas"]
    appointment = schemas["Appointment"]
    fields: dict[str, Any] = {
        name: (_annotation(schema, schemas), ... if name in appointment["required"] else None)
        for name, schema in appointment["properties"].items()
    }
    extra = ConfigDict(extra="allow")
    model = create_model("PydanticAppointment", __config__=extra, **fields)
    results = create_model("PydanticResults", __config__=extra, appointments=(list[model], ...))  # type: ignore[valid-type]
    return create_model("PydanticList", __config__=extra, success=(bool, ...), results=(results, ...))


def cases(raw: str) -> dict[str, Callable[[], Any]]:
    """What each library does with one list's text, by name."""
    pydantic = pydantic_list_model()
    parsed = ListAppointmentsResponse.from_dict(json.loads(raw))
    validated = pydantic.model_validate_json(raw)
    return {
        "generated: json.loads + from_dict": lambda: ListAppointmentsResponse.from_dict(json.loads(raw)),
        "pydantic v2: model_validate_json": lambda: pydantic.model_validate_json(raw),
        "generated: to_dict": parsed.to_dict,
        "pydantic v2: model_dump": validated.model_dump,
    }
