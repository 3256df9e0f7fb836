"""The documented variants of each operation's answer, in one table that the client (which shape it
read), the sandbox (which shape it answers in) and the contract runner (which shape a server used)
all read. The table, `TABLE`, is rendered from the document into `variant_table.py` (`make client`,
tools/render_operations.py); this module is the standard library alone.

The variants, as the document names them: every branch of
an `anyOf` or `oneOf` in a response schema that carries `x-variant` is one published shape of that
part of the answer (the create answer's `data` or flat form, the list's `results.appointments` or
bare `appointments`, each polled event's envelope or log entry, the registration's spellings).
Where the branches that validate are coarser than the published shapes (the create answer's two
forms with `data`, the registration's nested spellings, the update's answer, which has one schema),
the schema lists its shapes in `x-variants` instead, each an `x-variant` name and the fields it
requires: an extension, so that naming a shape never changes what the document accepts or what is
generated from it.

The corpus (tests/corpus/) names its entries' variants with the same names, and its tests hold each
entry to the branch named after it, so the contract runner and the corpus agree by construction.

A branch tells its shape by presence alone: `required` fields, and `properties` whose own branch
(the same two keywords) the field's value must match. An answer is named by the first branch, in
the document's order, that it matches, so the document lists the more specific branch first. What
a branch looks at are field names: naming a variant, or an answer that matches none, never
involves a value.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from cobalt_kit.document import resolve

VARIANT = "x-variant"
REFINED = "x-variants"
# The keywords a named branch may use (a test holds the document to these).
BRANCH_KEYWORDS = frozenset({VARIANT, "required", "properties", "description"})
ITEMS = "[]"
# The sandbox's settings of which vendor reference it answers as, oldest first.
GENERATIONS = ("reference", "current", "newest")
_JSON_TYPES = {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer", float: "number"}


@dataclass(frozen=True)
class Alternatives:
    """One place of an answer that the document publishes in several shapes: where it is (`path`:
    object keys, ITEMS for each item of an array) and its branches, in the document's order (None
    the name of a branch without `x-variant`: a shape whose variant a deeper place names)."""

    path: tuple[str, ...]
    branches: tuple[tuple[str | None, Mapping[str, Any]], ...]

    @property
    def where(self) -> str:
        return ".".join(self.path).replace(".[]", "[]") or "(the answer)"


def response_schema(document: Mapping[str, Any], operation: Mapping[str, Any], status: int) -> Mapping[str, Any]:
    """The schema of an operation's JSON answer with this status ({} when it documents none)."""
    response = operation.get("responses", {}).get(str(status))
    if response is None:
        return {}
    media = resolve(document, response).get("content", {}).get("application/json", {})
    schema: Mapping[str, Any] = media.get("schema", {})
    return schema


def alternatives(document: Mapping[str, Any], schema: Mapping[str, Any]) -> list[Alternatives]:
    """Every place of the schema with named branches (following `$ref`, `allOf`, properties and
    array items)."""
    found: list[Alternatives] = []

    def walk(node: Mapping[str, Any], path: tuple[str, ...], seen: frozenset[str]) -> None:
        ref = node.get("$ref")
        if ref is not None:
            if ref not in seen:
                walk(resolve(document, node), path, seen | {ref})
            return
        for keyword in ("anyOf", "oneOf"):
            branches = [(str(b[VARIANT]) if VARIANT in b else None, b) for b in node.get(keyword, ())]
            if any(variant is not None for variant, _ in branches):
                found.append(Alternatives(path, tuple(branches)))
        if REFINED in node:
            found.append(Alternatives(path, tuple((str(r[VARIANT]), r) for r in node[REFINED])))
        for part in node.get("allOf", ()):
            walk(part, path, seen)
        for name, child in node.get("properties", {}).items():
            walk(child, (*path, name), seen)
        if isinstance(node.get("items"), Mapping):
            walk(node["items"], (*path, ITEMS), seen)

    walk(schema, (), frozenset())
    return found


def operation_alternatives(document: Mapping[str, Any], operation_id: str, status: int = 200) -> list[Alternatives]:
    """The named alternatives of an operation's answer with this status."""
    for item in document.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, Mapping) and operation.get("operationId") == operation_id:
                return alternatives(document, response_schema(document, operation, status))
    raise KeyError(operation_id)


def matches(value: Any, branch: Mapping[str, Any]) -> bool:
    """Whether a part of an answer has the branch's shape (by field presence alone)."""
    if not isinstance(value, dict):
        return False
    if any(name not in value for name in branch.get("required", ())):
        return False
    return all(name not in value or matches(value[name], sub) for name, sub in branch.get("properties", {}).items())


def _parts(body: Any, path: tuple[str, ...]) -> Iterator[Any]:
    if not path:
        yield body
        return
    head, rest = path[0], path[1:]
    if head == ITEMS:
        for item in body if isinstance(body, list) else ():
            yield from _parts(item, rest)
    elif isinstance(body, dict) and head in body:
        yield from _parts(body[head], rest)


def fields_of(value: Any) -> str:
    """A part of an answer without its values: its field names and their JSON types."""
    if not isinstance(value, dict):
        return f"a {_JSON_TYPES.get(type(value), 'null')}, not an object"
    return ", ".join(f"{name} ({_JSON_TYPES.get(type(v), 'null')})" for name, v in sorted(value.items())) or "none"


@dataclass(frozen=True)
class Naming:
    """The variants an answer matched, and where it matched none (value-free descriptions)."""

    names: tuple[str, ...]
    unmatched: tuple[str, ...]


def name(body: Any, found: Sequence[Alternatives]) -> Naming:
    """The variant of each part of `body` that the document publishes in several shapes."""
    names: dict[str, None] = {}
    unmatched: dict[str, None] = {}
    for place in found:
        for part in _parts(body, place.path):
            hit = next(((variant,) for variant, branch in place.branches if matches(part, branch)), None)
            if hit is not None:
                if hit[0] is not None:
                    names[hit[0]] = None
            else:
                expected = "; ".join(
                    f"{variant or 'another'} needs {', '.join(sorted(branch.get('required', ()))) or 'nothing'}"
                    for variant, branch in place.branches
                )
                unmatched[f"`{place.where}` has fields {fields_of(part)}: no documented variant ({expected})"] = None
    return Naming(tuple(names), tuple(unmatched))


@cache
def of(operation_id: str, status: int = 200) -> tuple[Alternatives, ...]:
    """The named alternatives of an operation's answer with this status, from the rendered table."""
    # Imported here: the renderer reads this module's walker before the table exists.
    from cobalt_kit.variant_table import TABLE

    places = TABLE.get(operation_id, {}).get(status, ())
    return tuple(Alternatives(tuple(path), tuple(branches)) for path, branches in places)


def answered(operation_id: str, generation: str, status: int = 200) -> str | None:
    """The variant a server of this generation (GENERATIONS) answers an operation with: the one
    named after it, else after the latest generation before it (a later page that changed nothing
    answers as the one before); None when the operation names none of them."""
    names = {variant for place in of(operation_id, status) for variant, _ in place.branches}
    earlier = GENERATIONS[: GENERATIONS.index(generation) + 1]
    return next((name for name in reversed(earlier) if name in names), None)
