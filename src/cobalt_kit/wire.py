"""What the generated operation layer (`operations.py`) calls: each schema's Python values turned into
the wire's, and what the document forbids refused before anything is sent.

Every function takes the field's Python name, for the message of its `InvalidArgumentError`; no
message quotes a value (an argument can be patient data).
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import quote

from cobalt_kit.errors import ArgumentTypeError, InvalidArgumentError

OFFSET_HINT = "add a UTC offset, e.g. 2025-01-01T10:00:00-05:00, or pass an aware datetime"


@dataclass(frozen=True)
class Operation:
    """One operation of the document: its method and path, its documented success statuses, the
    generated model of its success body (None when it documents none), and, for a paged list,
    the field of the answer that holds one page's items."""

    id: str
    method: str
    path: str
    statuses: frozenset[int]
    model: Any
    items: str | None = None


@dataclass
class Request:
    """A call ready to send: the operation, the path with its parameters, the query and the JSON body;
    once answered, the variants of the answer."""

    operation: Operation
    url: str
    params: dict[str, Any] = field(default_factory=dict)
    json: dict[str, Any] | None = None
    # The documented variants the answer matched (`cobalt_kit.variants`), set when it is read.
    variants: tuple[str, ...] = ()


def url(path: str, **values: str) -> str:
    """`path` with each `{name}` replaced by its value, quoted as one path segment."""
    return path.format(**{name: quote(value, safe="") for name, value in values.items()})


def _refuse_type(name: str, value: object, expected: str) -> ArgumentTypeError:
    return ArgumentTypeError(name, f"{name} must be {expected}, not a {type(value).__name__}")


def text(
    name: str,
    value: object,
    *,
    min_length: int = 0,
    max_length: int | None = None,
    pattern: str | None = None,
    refusal: str | None = None,
) -> str:
    """A string (a str enum member is its value) within the schema's length and pattern."""
    if not isinstance(value, str):
        raise _refuse_type(name, value, "a string")
    value = str(getattr(value, "value", value))
    if len(value) < min_length:
        raise InvalidArgumentError(name, f"{name} must not be empty" if min_length == 1 else f"{name} is too short")
    if max_length is not None and len(value) > max_length:
        raise InvalidArgumentError(name, f"{name} must be at most {max_length} characters")
    if pattern is not None and not _compiled(pattern).search(value):
        raise InvalidArgumentError(name, f"{name}: {refusal}" if refusal else f"{name} is not in the document's form")
    return value


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def choice(name: str, value: object, allowed: tuple[str, ...]) -> str:
    """One of an enum's values (a str enum member is its value)."""
    chosen = text(name, value)
    if chosen not in allowed:
        raise InvalidArgumentError(name, f"{name} must be one of {', '.join(allowed)}")
    return chosen


def flag(name: str, value: object) -> str:
    """A "true"/"false" enum of the document, from a bool or from either of its strings."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower()
    raise InvalidArgumentError(name, f"{name} must be True or False (or the strings 'true' or 'false')")


def digits(name: str, value: object, pattern: str, refusal: str | None = None) -> str:
    """A string of digits, from an int or from the string itself."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise _refuse_type(name, value, "an int or a string of digits")
    shown = refusal or f"{name} must be a whole number in the document's range (an int or a string of digits)"
    if not _compiled(pattern).search(str(value)):
        raise InvalidArgumentError(name, shown)
    return str(value)


def integer(name: str, value: object, minimum: int | None = None, maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _refuse_type(name, value, "an int")
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        if minimum is not None and maximum is not None:
            bounds = f"{minimum} to {maximum}"
        else:
            bounds = f"at least {minimum}" if minimum is not None else f"at most {maximum}"
        raise InvalidArgumentError(name, f"{name} must be {bounds}")
    return value


def number(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _refuse_type(name, value, "a number")
    return value


def boolean(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise _refuse_type(name, value, "True or False")
    return value


def _iso(name: str, value: object, kind: type[dt.date]) -> Any:
    # A datetime is a date too: a date field given one would send its time as well.
    if isinstance(value, kind) and (kind is dt.datetime or not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, str):
        try:
            return kind.fromisoformat(value)
        except ValueError:
            raise InvalidArgumentError(name, f"{name} is not an ISO 8601 {kind.__name__}") from None
    raise _refuse_type(name, value, f"a {kind.__name__} or an ISO 8601 string")


def date(name: str, value: object) -> str:
    """`format: date`: a `date` or its ISO 8601 string."""
    parsed: dt.date = _iso(name, value, dt.date)
    return parsed.isoformat()


def date_time(name: str, value: object) -> str:
    """`format: date-time` (RFC 3339, which has an offset), exactly the newest page's form
    `YYYY-MM-DDTHH:mm:ss±HH:MM`: a time without an offset would be read in whichever zone the EHR
    assumes, and the page shows neither fractions of a second nor an offset with seconds."""
    parsed: dt.datetime = _iso(name, value, dt.datetime)
    offset = parsed.utcoffset()
    if offset is None:
        raise InvalidArgumentError(name, f"{name} needs a UTC offset: {OFFSET_HINT}")
    if offset.seconds % 60 or offset.microseconds:
        raise InvalidArgumentError(name, f"{name}'s UTC offset must be whole minutes")
    if parsed.microsecond:
        raise InvalidArgumentError(name, f"{name} must be whole seconds: the API takes no fractions of a second")
    return parsed.isoformat()


def not_before(name: str, value: str | None, earlier: str, other: str | None) -> None:
    """`x-not-before`: this bound of a range must not come before the other."""
    if value is not None and other is not None and dt.datetime.fromisoformat(value) < dt.datetime.fromisoformat(other):
        raise InvalidArgumentError(name, f"{name} is before {earlier}: the range would be empty")


def renamed(old: str, old_value: Any, new: str, new_value: Any) -> Any:
    """A keyword's former name (`x-python-was`): still taken, with a DeprecationWarning."""
    if old_value is None:
        return new_value
    if new_value is not None:
        raise InvalidArgumentError(new, f"pass {new} only ({old} is its former name)")
    warnings.warn(f"{old}= is deprecated; pass {new}= (the same field)", DeprecationWarning, stacklevel=4)
    return old_value


def at_least(operation: str, body: Mapping[str, Any], count: int, names: Iterable[str]) -> None:
    """`minProperties`: a body with fewer fields than the document asks."""
    if len(body) < count:
        raise InvalidArgumentError(
            next(iter(names), operation), f"{operation} needs at least {count} of: {', '.join(names)}"
        )


def any_of(operation: str, present: Mapping[str, Any], groups: tuple[tuple[str, ...], ...]) -> None:
    """An `anyOf` of `required` lists: at least one list complete (Python names)."""
    if any(all(present.get(name) is not None for name in group) for group in groups):
        return
    wanted = " or ".join(" and ".join(group) for group in groups)
    raise InvalidArgumentError(groups[0][0], f"{operation} needs {wanted}")
