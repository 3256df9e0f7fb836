"""Holds a success body to the types of the generated model it becomes, before it becomes one.

The generated `from_dict` trusts the server: `"duration": "15"` would come back as a `str` where the
annotation says `int`, a null `location` as `None`. Each model's fields and their annotated types
are read once (from the generated classes themselves, so nothing is written twice); a body is then
checked with a dictionary lookup and an isinstance test per field. A mismatch names the field path
and the class of what came, never the value (values are patient data).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import attrs

from cobalt_client import models
from cobalt_client.types import Unset

JSON_TYPES = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", int: "an integer",
              float: "a number", type(None): "null"}  # fmt: skip


class ShapeError(Exception):
    """Where a body leaves its model, and how (carries no value)."""

    def __init__(self, path: str, expected: str, got: object) -> None:
        got_class = "nothing" if got is _MISSING else JSON_TYPES.get(type(got), type(got).__name__)
        super().__init__(f"{path or '(body)'}: expected {expected}, got {got_class}")
        self.path = path


_MISSING = object()
Members = tuple[Any, ...]


@dataclass(frozen=True)
class _Shape:
    """A model's fields by wire name, and the names it requires."""

    fields: dict[str, tuple[frozenset[type], Callable[[str], object] | None, Members]]
    required: frozenset[str]


@functools.cache
def _shape(model: type) -> _Shape:
    """Per field: its wire name, the JSON value types that pass at once (a set lookup), the parser of
    a date or date-time, and its annotated types for everything else (enums, models, arrays)."""
    hints = typing.get_type_hints(model, localns=vars(models))
    fields: dict[str, tuple[frozenset[type], Callable[[str], object] | None, Members]] = {}
    required = set()
    for field in attrs.fields(model):
        if field.name == "additional_properties":
            continue
        members = _members(hints[field.name])
        # The generator appends "_" to names Python reserves (`datetime_`); the wire name has none.
        name = field.name.rstrip("_")
        parse: Callable[[str], object] | None = next(
            (kind.fromisoformat for kind in (dt.datetime, dt.date) if kind in members), None
        )
        fields[name] = (_at_once(members), parse, members)
        if field.default is attrs.NOTHING:
            required.add(name)
    return _Shape(fields, frozenset(required))


def _at_once(members: Members) -> frozenset[type]:
    # Exact types: a bool is no integer here, an integer is a number.
    accepted: dict[Any, set[type]] = {str: {str}, int: {int}, float: {int, float}, bool: {bool}}
    accepted[type(None)] = {type(None)}
    return frozenset(t for member in members for t in accepted.get(member, set()))


def _members(annotation: Any) -> Members:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return typing.get_args(annotation)
    return (annotation,)


def check(model: type, body: object, path: str = "") -> None:
    """Raises ShapeError unless `body` has the types `model.from_dict` expects. Spellings of a date or
    date-time that RFC 3339 allows and Python's parser does not (a lower-case `t` or `z`) are
    rewritten in place to the upper-case form."""
    if not isinstance(body, dict):
        raise ShapeError(path, "an object", body)
    shape = _shape(model)
    missing = shape.required - body.keys()
    if missing:
        name = min(missing)
        raise ShapeError(f"{path}.{name}" if path else name, "this required field", _MISSING)
    # Only the fields the body has: an absent optional field needs no check.
    for name, value in body.items():
        spec = shape.fields.get(name)
        if spec is None:  # a field the document does not know yet: kept in additional_properties
            continue
        at_once, parse, members = spec
        if type(value) in at_once:
            continue
        if parse is not None and type(value) is str:
            try:
                parse(value)
                continue
            except ValueError:
                pass  # perhaps a lower-case RFC 3339 spelling: the full check below decides
        _check_value(members, body, name, f"{path}.{name}" if path else name)


def _check_value(members: Members, holder: dict[str, Any] | list[Any], key: Any, where: str) -> None:
    value = holder[key]
    if not any(_matches(member, value, holder, key, where) for member in members):
        raise ShapeError(where, " or ".join(_name(m) for m in members if m is not Unset), value)


def _matches(member: Any, value: Any, holder: dict[str, Any] | list[Any], key: Any, where: str) -> bool:
    if member is str:
        return isinstance(value, str)
    if member is int:
        return type(value) is int
    if member is float:
        return type(value) in (int, float)
    if member is bool:
        return type(value) is bool
    if member is type(None):
        return value is None
    if member is dt.datetime or member is dt.date:
        return isinstance(value, str) and _iso(member, value, holder, key)
    if isinstance(member, type) and issubclass(member, enum.Enum):
        # A known value; the annotation's alternative `str` takes those the document does not list yet.
        return isinstance(value, str) and value in member._value2member_map_
    if attrs.has(member):
        if isinstance(value, dict):
            check(member, value, where)
            return True
        return False
    if _is_list(member) and isinstance(value, list):
        (item,) = typing.get_args(member)
        for index in range(len(value)):
            _check_value(_members(item), value, index, f"{where}[{index}]")
        return True
    return False  # Unset: an absent field never reaches this check


def _is_list(member: Any) -> bool:
    origin: object = typing.get_origin(member)
    return origin is list


def _iso(kind: type[dt.date], value: str, holder: dict[str, Any] | list[Any], key: Any) -> bool:
    for spelling in (value, value.upper()):
        try:
            kind.fromisoformat(spelling)
        except ValueError:
            continue
        holder[key] = spelling
        return True
    return False


def _name(member: Any) -> str:
    if member is type(None):
        return "null"
    if member is dt.datetime:
        return "a date-time"
    if member is dt.date:
        return "a date"
    if _is_list(member):
        return "an array"
    if attrs.has(member):
        return "an object"
    return JSON_TYPES.get(member, f"a {getattr(member, '__name__', member)}")
