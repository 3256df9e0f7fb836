"""Renders the client's per-operation layer, `src/cobalt_kit/operations.py`, from the document with the
templates in codegen/operations/ (run by `make client`, beside openapi-python-client's models).

Every operation of `paths` becomes a method of `Cobalt` and, rendered from the same description, of
`AsyncCobalt`: the resource is the operation's first tag in snake case (`x-python-resource`
overrides it), the method its operationId without the resource's noun (`list_appointments` is
`appointments.list`; `x-python-method` names it, `false` leaves the operation out). The docstring is
the summary, the description and each argument's description; the argument types and the checks
made before sending come from the schemas (see `wire.py`). A parameter or body field may carry
`x-python-name` (its Python name, when the wire's differs), `x-python-was` (a former Python name,
still taken with a DeprecationWarning), `x-python-omit` (a wire alias the kit does not send),
`x-python-positional` (an optional argument taken positionally), `x-python-flag` (the value sent
for True, the argument a bool) and `x-not-before` (the other end of a range). A list with `page`
and `page_size` is read across all its pages. How an answer becomes the kit's value is hand-written
in `cobalt_kit.ergonomics`, a function named after the operation (else the generated model is
returned); a class `<Resource>Extras` there adds methods that no operation has.

Beside it, `cli_operations.py`: a `cobalt GROUP COMMAND` for each method that no hand-written command
of cli.py calls (`cobalt.RESOURCE.METHOD(...)` in its body), the group the resource and the command
the method, dashed (`cobalt referring-providers list`, `cobalt providers update-by-ehr`). A path
parameter is an argument; every other field an option named after it (`--start-date`): an enum a
choice, a boolean a `--x/--no-x` switch, an array of scalars a comma list, any other nested value
`--<field>-json` (JSON text or @FILE). The help is the summary and the description's first paragraph.

    python tools/render_operations.py [--document openapi/cobalt.yaml] [--output src/cobalt_kit/operations.py]
"""

from __future__ import annotations

import argparse
import ast
import importlib
import keyword
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import jinja2
import yaml

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "codegen" / "operations"
DOCUMENT = ROOT / "openapi" / "cobalt.yaml"
OUTPUT = ROOT / "src" / "cobalt_kit" / "operations.py"
# The variants table, rendered beside the layer (the sandbox and the contract runner read it too).
TABLE_NAME = "variant_table.py"
ERGONOMICS = ROOT / "src" / "cobalt_kit" / "ergonomics.py"
METHODS = ("get", "put", "post", "delete", "patch")
DIGITS = re.compile(r"^\^(\[0-9\]|\\d)(\{\d+(,\d+)?\}|\+)\$$")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
BUILTIN_NAMES = {"None", "str", "int", "float", "bool", "list", "dict", "Any", "tuple"}


class DocumentError(ValueError):
    """The document asks for something the layer cannot render (names the operation and field)."""


@dataclass
class Argument:
    """One Python argument: its name, where it goes on the wire, its annotation, default and the
    expression that turns it into the wire's value."""

    name: str
    wire: str
    where: str  # "path", "query" or "body"
    annotation: str
    required: bool
    positional: bool
    value: str  # the Python expression of the wire's value
    description: str
    was: str | None = None
    not_before: str | None = None
    flag_value: str | None = None
    schema: Mapping[str, Any] = field(default_factory=dict)  # as the document gives it (maybe a $ref)


@dataclass
class Method:
    operation_id: str
    name: str
    http_method: str
    path: str
    summary: str
    description: str
    statuses: list[int]
    model: str | None
    items: str | None
    item_model: str | None
    arguments: list[Argument]
    groups: list[tuple[tuple[str, ...], ...]] = field(default_factory=list)
    min_fields: int = 0
    reader: str | None = None
    reader_takes_request: bool = False
    returns: str = "None"

    @property
    def model_name(self) -> str | None:
        return model_class(self.model) if self.model else None

    @property
    def positional(self) -> list[Argument]:
        return [a for a in self.arguments if a.positional and a.required] + [
            a for a in self.arguments if a.positional and not a.required
        ]

    @property
    def keywords(self) -> list[Argument]:
        rest = [a for a in self.arguments if not a.positional]
        return [a for a in rest if a.required] + [a for a in rest if not a.required]

    def where(self, place: str) -> list[Argument]:
        return [a for a in self.arguments if a.where == place]

    @property
    def docstring(self) -> str:
        return docstring(self)


@dataclass
class Resource:
    name: str
    methods: list[Method] = field(default_factory=list)
    extras: bool = False
    async_extras: bool = False

    @property
    def class_name(self) -> str:
        return "".join(part.capitalize() for part in self.name.split("_"))


@dataclass(frozen=True)
class Reader:
    parameters: int
    returns: str


@dataclass
class Ergonomics:
    """What `ergonomics.py` offers, read from its source (not imported: the package imports the very
    module being rendered): its functions, its classes, and where each of its names comes from."""

    readers: dict[str, Reader]
    classes: set[str]
    homes: dict[str, str]

    @classmethod
    def read(cls, path: Path = ERGONOMICS, module: str = "cobalt_kit.ergonomics") -> Ergonomics:
        tree = ast.parse(path.read_text())
        readers, classes, homes = {}, set(), {}
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                returns = ast.unparse(node.returns) if node.returns else "None"
                readers[node.name] = Reader(len(node.args.args), returns)
                homes[node.name] = module
            elif isinstance(node, ast.ClassDef):
                classes.add(node.name)
                homes[node.name] = module
            elif isinstance(node, ast.ImportFrom) and node.module:
                homes.update((alias.asname or alias.name, node.module) for alias in node.names)
        return cls(readers, classes, homes)


def resolve(document: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    found: Mapping[str, Any] = kit_module("document").resolve(document, node)
    return found


def ref_name(node: Mapping[str, Any]) -> str | None:
    ref = node.get("$ref")
    return str(ref).rsplit("/", 1)[1] if ref and str(ref).startswith("#/components/schemas/") else None


def model_class(schema_name: str) -> str:
    """openapi-python-client's class name of a component schema."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", schema_name) if part)


def snake(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text).lower()).strip("_")


def merged(document: Mapping[str, Any], schema: Mapping[str, Any]) -> tuple[dict[str, Any], list[str], list[Any]]:
    """An object schema's properties, required names and `anyOf`/`oneOf` lists, through `allOf`."""
    schema = resolve(document, schema)
    properties: dict[str, Any] = dict(schema.get("properties", {}))
    required: list[str] = list(schema.get("required", []))
    alternatives: list[Any] = [schema[k] for k in ("anyOf", "oneOf") if k in schema]
    for part in schema.get("allOf", ()):
        more, needed, alts = merged(document, part)
        properties.update(more)
        required += needed
        alternatives += alts
    return properties, required, alternatives


def words(text: str) -> str:
    """A description as one paragraph of plain words (its own line breaks are layout)."""
    return " ".join(str(text).split())


def python_type(document: Mapping[str, Any], schema: Mapping[str, Any], where: str) -> tuple[str, str]:
    """The annotation of a value of this schema, and its conversion to the wire: a Python expression
    in which NAME stands for the field's Python name (quoted) and VALUE for the argument."""
    named = ref_name(schema)
    schema = resolve(document, schema)
    if "anyOf" in schema or "oneOf" in schema:
        branches = [resolve(document, b) for b in schema.get("anyOf", schema.get("oneOf"))]
        enums = [ref_name(b) for b in schema.get("anyOf", schema.get("oneOf")) if "enum" in resolve(document, b)]
        if all(b.get("type") == "string" for b in branches):
            lowest = min((int(b.get("minLength", 0)) for b in branches if "enum" not in b), default=1)
            annotation = " | ".join([*(model_class(e) for e in enums if e), "str"])
            return annotation, f"wire.text(NAME, VALUE, min_length={lowest})"
        return "Any", "VALUE"
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    enum = schema.get("enum")
    refusal = schema.get("x-refusal")
    if kind == "string" and enum is not None and sorted(enum) == ["false", "true"]:
        return "bool | str", "wire.flag(NAME, VALUE)"
    if kind == "string" and enum is not None:
        annotation = f"{model_class(named)} | str" if named else "str"
        return annotation, f"wire.choice(NAME, VALUE, {tuple(str(e) for e in enum)!r})"
    if kind == "string" and schema.get("format") == "date":
        return "dt.date | str", "wire.date(NAME, VALUE)"
    if kind == "string" and schema.get("format") == "date-time":
        return "dt.datetime | str", "wire.date_time(NAME, VALUE)"
    if kind == "string" and DIGITS.match(str(schema.get("pattern", ""))):
        return "int | str", f"wire.digits(NAME, VALUE, {schema['pattern']!r}, {refusal!r})"
    if kind == "string":
        # A plain string's minLength is left to the server (the getting-started page shows the mock's
        # 400 for an empty provider), but for a path parameter, whose empty segment would name
        # another operation; an open enum's (a status, a visit type) is checked, as it always was.
        options = [", min_length=1"] if where == "path" else []
        options += [f", max_length={int(schema['maxLength'])}"] if "maxLength" in schema else []
        options += [f", pattern={schema['pattern']!r}"] if "pattern" in schema else []
        options += [f", refusal={refusal!r}"] if refusal and "pattern" in schema else []
        return "str", f"wire.text(NAME, VALUE{''.join(options)})"
    if kind == "integer":
        # An integer's exclusive bound is the inclusive one next to it (buffer: below 60 is at most 59).
        low, high = schema.get("minimum"), schema.get("maximum")
        if isinstance(schema.get("exclusiveMinimum"), int):
            low = max(low, schema["exclusiveMinimum"] + 1) if low is not None else schema["exclusiveMinimum"] + 1
        if isinstance(schema.get("exclusiveMaximum"), int):
            high = min(high, schema["exclusiveMaximum"] - 1) if high is not None else schema["exclusiveMaximum"] - 1
        return "int", f"wire.integer(NAME, VALUE, {low!r}, {high!r})"
    if kind == "number":
        return "float", "wire.number(NAME, VALUE)"
    if kind == "boolean":
        return "bool", "wire.boolean(NAME, VALUE)"
    if kind == "array":  # builtins': a resource's own `list` method would shadow the type in its class
        return "builtins.list[Any]", "VALUE"
    if kind == "object":
        return "dict[str, Any]", "VALUE"
    return "Any", "VALUE"


def argument(
    document: Mapping[str, Any], wire_name: str, where: str, schema: Mapping[str, Any], spec: Mapping[str, Any],
    required: bool,
) -> Argument:  # fmt: skip
    name = str(spec.get("x-python-name", wire_name))
    if keyword.iskeyword(name):
        raise DocumentError(f"{wire_name}: {name} is a Python keyword; give it an x-python-name")
    annotation, convert = python_type(document, schema, where)
    flag_value = spec.get("x-python-flag")
    if flag_value is not None:  # a bool whose True sends this value of the enum, False nothing
        annotation, convert = "bool", "wire.boolean(NAME, VALUE)"
    convert = convert.replace("NAME", repr(name)).replace("VALUE", name)
    description = words(spec.get("description") or resolve(document, schema).get("description", ""))
    return Argument(
        name=name, wire=wire_name, where=where, annotation=annotation, required=required,
        positional=where == "path" or (where == "query" and required) or bool(spec.get("x-python-positional")),
        value=convert, description=description, was=spec.get("x-python-was"),
        not_before=spec.get("x-not-before"), flag_value=None if flag_value is None else str(flag_value),
        schema=schema,
    )  # fmt: skip


def method_name(operation: Mapping[str, Any], resource: str) -> str | None:
    """`x-python-method`, or the operationId without the resource's noun, plural or singular
    (`list_clinic_days` and `create_clinic_day` are `clinic_days.list` and `clinic_days.create`)."""
    given = operation.get("x-python-method")
    if given is False:
        return None
    if given:
        return str(given)
    operation_words = str(operation["operationId"]).split("_")
    plural = resource.split("_")
    for noun in (plural, [*plural[:-1], plural[-1].removesuffix("s")]):
        for start in range(len(operation_words) - len(noun) + 1):
            if operation_words[start : start + len(noun)] == noun:
                left = operation_words[:start] + operation_words[start + len(noun) :]
                return "_".join(left) or str(operation["operationId"])
    return str(operation["operationId"])


def body_arguments(document: Mapping[str, Any], operation: Mapping[str, Any], method: Method) -> None:
    body = operation.get("requestBody")
    if body is None:
        return
    schema = resolve(document, body).get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        raise DocumentError(f"{method.operation_id}: the kit sends JSON bodies only")
    properties, required, alternatives = merged(document, schema)
    offered = {
        wire: spec for wire, spec in properties.items() if not (spec.get("deprecated") or spec.get("x-python-omit"))
    }
    python_of = {wire: str(spec.get("x-python-name", wire)) for wire, spec in offered.items()}
    groups: list[tuple[tuple[str, ...], ...]] = []
    for branches in alternatives:
        complete = [tuple(b.get("required", ())) for b in branches if set(b.get("required", ())) <= set(offered)]
        if len(complete) == 1:  # the one way left once deprecated and omitted fields are not offered
            required += list(complete[0])
        elif len(complete) > 1 and all(complete):
            groups.append(tuple(tuple(python_of[w] for w in group) for group in complete))
    for wire, spec in offered.items():
        method.arguments.append(argument(document, wire, "body", spec, spec, wire in required))
    method.groups = groups
    method.min_fields = int(resolve(document, schema).get("minProperties", 0))
    body_args = method.where("body")
    if len(body_args) == 1:
        body_args[0].positional = True


def parameters(document: Mapping[str, Any], item: Mapping[str, Any], operation: Mapping[str, Any]) -> Iterator[Any]:
    seen: dict[tuple[str, str], Any] = {}
    for parameter in [*item.get("parameters", ()), *operation.get("parameters", ())]:
        parameter = resolve(document, parameter)
        seen[(parameter["name"], parameter["in"])] = parameter
    yield from seen.values()


def success(document: Mapping[str, Any], operation: Mapping[str, Any]) -> tuple[list[int], str | None]:
    statuses, models = [], set()
    for status, response in operation.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        statuses.append(int(status))
        schema = resolve(document, response).get("content", {}).get("application/json", {}).get("schema")
        if schema is not None:
            name = ref_name(schema)
            if name is None:
                raise DocumentError(f"{operation['operationId']}: name the answer's schema in components/schemas")
            models.add(name)
    if len(models) > 1:
        raise DocumentError(f"{operation['operationId']}: its success statuses answer with different schemas")
    return sorted(statuses), next(iter(models), None)


def build(document: Mapping[str, Any], ergonomics: Ergonomics) -> list[Resource]:
    resources: dict[str, Resource] = {}
    for path, item in document.get("paths", {}).items():
        for http_method in METHODS:
            operation = item.get(http_method)
            if operation is None:
                continue
            operation_id = str(operation["operationId"])
            resource = str(operation.get("x-python-resource") or snake((operation.get("tags") or ["operations"])[0]))
            name = method_name(operation, resource)
            if name is None:
                continue
            statuses, model = success(document, operation)
            method = Method(
                operation_id=operation_id, name=name, http_method=http_method.upper(), path=path,
                summary=words(operation.get("summary", "")), description=str(operation.get("description", "")),
                statuses=statuses, model=model, items=None, item_model=None, arguments=[],
            )  # fmt: skip
            for parameter in parameters(document, item, operation):
                if parameter["in"] not in ("path", "query") or parameter.get("deprecated"):
                    continue
                method.arguments.append(
                    argument(document, parameter["name"], parameter["in"], parameter["schema"], parameter,
                             bool(parameter.get("required")))
                )  # fmt: skip
            wires = {a.wire for a in method.where("query")}
            if {"page", "page_size"} <= wires and model is not None:
                arrays = [
                    (n, s) for n, s in merged(document, document["components"]["schemas"][model])[0].items()
                    if resolve(document, s).get("type") == "array"
                ]  # fmt: skip
                if len(arrays) != 1:
                    raise DocumentError(f"{operation_id}: a paged answer has one array of items")
                method.items, items_schema = arrays[0][0], resolve(document, arrays[0][1])
                method.item_model = ref_name(items_schema.get("items", {}))
                method.arguments = [a for a in method.arguments if a.wire != "page"]
            body_arguments(document, operation, method)
            reader = ergonomics.readers.get(operation_id)
            if reader is not None:
                method.reader = operation_id
                method.reader_takes_request = reader.parameters > 1
                # `list` is a method of some resources: the builtin is named in full.
                method.returns = re.sub(r"(?<![.\w])list\[", "builtins.list[", reader.returns)
                if method.items:
                    method.returns = f"builtins.list[{method.returns}]"
            elif method.items:
                method.returns = f"builtins.list[{model_class(method.item_model or '') or 'Any'}]"
            elif model is not None:
                method.returns = model_class(model)
            names = [a.name for a in method.arguments]
            if len(set(names)) != len(names):
                raise DocumentError(f"{operation_id}: two arguments are both named {names}")
            found = resources.setdefault(resource, Resource(resource))
            if any(m.name == name for m in found.methods):
                raise DocumentError(f"{operation_id}: {resource}.{name} is taken; give it an x-python-method")
            found.methods.append(method)
    for made in resources.values():
        made.extras = f"{made.class_name}Extras" in ergonomics.classes
        made.async_extras = f"Async{made.class_name}Extras" in ergonomics.classes
    return list(resources.values())


def quoted(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def docstring(method: Method, width: int = 110) -> str:
    """The method's docstring: the summary, the description, then each argument."""
    lines = [method.summary.rstrip(".") + "."]
    description = textwrap.dedent(method.description).strip()
    if description:
        lines += ["", *description.splitlines()]
    if method.arguments:
        lines += ["", "Args:"]
        for a in method.positional + method.keywords:
            text = a.description or "(undocumented)"
            if a.flag_value is not None:
                text += f" True sends `{a.wire}={a.flag_value}`."
            elif a.name != a.wire:
                text += f" Sent as `{a.wire}`."
            if a.was:
                text += f" Formerly `{a.was}=`, still taken with a DeprecationWarning."
            lines += textwrap.wrap(f"{a.name}: {text}", width, initial_indent="    ", subsequent_indent="        ")
    return quoted("\n".join(lines))


def imports(resources: list[Resource], ergonomics: Ergonomics) -> tuple[list[str], list[tuple[str, str]]]:
    """The generated models, and the kit's own names (module, name), that the code uses."""
    models: set[str] = set()
    kit: set[tuple[str, str]] = set()
    for resource in resources:
        for method in resource.methods:
            for annotation in [method.returns, *(a.annotation for a in method.arguments)]:
                for name in _NAME.findall(annotation.replace("builtins.", "").replace("dt.", "")):
                    if name in BUILTIN_NAMES or name in ("date", "datetime"):
                        continue
                    home = ergonomics.homes.get(name, "cobalt_client.models")
                    if home.startswith("cobalt_client"):
                        models.add(name)
                    else:
                        kit.add((home, name))
            if method.model:
                models.add(model_class(method.model))
        for extras, wanted in ((f"{resource.class_name}Extras", resource.extras),
                               (f"Async{resource.class_name}Extras", resource.async_extras)):  # fmt: skip
            if wanted:
                kit.add((ergonomics.homes[extras], extras))
    return sorted(models), sorted(kit)


def render(document: Mapping[str, Any], source: str = "openapi/cobalt.yaml") -> str:
    ergonomics = Ergonomics.read()
    resources = build(document, ergonomics)
    models, kit = imports(resources, ergonomics)
    template = templates().get_template("operations.py.jinja")
    return template.render(resources=resources, models=models, kit=kit, source=source)


def templates() -> jinja2.Environment:
    """The templates of codegen/operations/, their blocks' own lines dropped."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )  # fmt: skip
    environment.filters["literal"] = literal
    environment.filters["tuple"] = lambda values: repr(tuple(values))
    environment.filters["repr"] = repr  # a dict in its own order (tojson sorts the keys)
    environment.filters["wrapped"] = lambda text, width=100: "\n".join(textwrap.wrap(quoted(text), width))
    return environment


def kit_module(name: str) -> ModuleType:
    """A module of the kit that needs the standard library alone, imported without the package's
    `__init__` (which imports the very layer being rendered)."""
    if "cobalt_kit" not in sys.modules:
        package = ModuleType("cobalt_kit")
        package.__path__ = [str(ROOT / "src" / "cobalt_kit")]
        sys.modules["cobalt_kit"] = package
    return importlib.import_module(f"cobalt_kit.{name}")


def variant_table(document: Mapping[str, Any], source: str = "openapi/cobalt.yaml") -> str:
    """`variant_table.py`: each operation's named alternatives per success status (`variants.of`)."""
    variants = kit_module("variants")
    table: dict[str, dict[int, list[Any]]] = {}
    for item in document.get("paths", {}).values():
        for http_method in METHODS:
            operation = item.get(http_method)
            if operation is None:
                continue
            for status in success(document, operation)[0]:
                found = variants.alternatives(document, variants.response_schema(document, operation, status))
                if found:
                    places = [(place.path, place.branches) for place in found]
                    table.setdefault(str(operation["operationId"]), {})[status] = places
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), keep_trailing_newline=True, undefined=jinja2.StrictUndefined
    )
    return environment.get_template("variant_table.py.jinja").render(table=repr(table), source=source)


# The `cobalt` commands of the operations that have no hand-written one (`cli_operations.py`).
CLI_NAME = "cli_operations.py"
# The hand-written commands: an operation whose client method one of them calls has its command.
HAND_WRITTEN = ROOT / "src" / "cobalt_kit" / "cli.py"
SCALARS = ("string", "integer", "number", "boolean")
# A value the options cannot spell: it is given as JSON (`--hours-json`), text or @FILE.
JSON_SUFFIX = "-json"


@dataclass
class CliParameter:
    """One click parameter of a rendered command: `kind` says which decorator the template writes."""

    name: str  # the Python name (the client method's argument)
    kind: str  # argument, text, integer, number, choice, switch, flag, list, json
    option: str  # "--start-date", or the argument's metavar ("ID")
    required: bool
    help: str
    metavar: str | None = None
    choices: tuple[str, ...] = ()

    @property
    def annotation(self) -> str:
        given = {"integer": "int", "number": "float", "switch": "bool", "flag": "bool", "list": "list[str]",
                 "json": "Any"}.get(self.kind, "str")  # fmt: skip
        return given if self.required or self.kind in ("flag", "json") else f"{given} | None"


@dataclass
class CliCommand:
    """A rendered command: `cobalt GROUP NAME`, calling `cobalt.RESOURCE.METHOD` of the sync client.
    The answer is a table of `rows` (the keys that lead to its list of items; () when the method
    returns the list, None for a field/value table of the answer) with these `columns`, each with
    its rank (cli_output.Column; empty: the scalar fields the rows have)."""

    resource: Resource
    method: Method
    group: str
    name: str
    parameters: list[CliParameter]
    rows: tuple[str, ...] | None
    columns: dict[str, int]

    @property
    def function(self) -> str:
        return f"{self.method.operation_id}_command"

    @property
    def help(self) -> str:
        """The summary, the description's first paragraph, each argument, and what a pipe gets."""
        lines = [self.method.summary.rstrip(".") + "."]
        first = textwrap.dedent(self.method.description).strip().split("\n\n")[0]
        if first:
            lines += ["", *textwrap.wrap(words(first), 100)]
        for p in self.parameters:
            if p.kind == "argument":
                lines += ["", *textwrap.wrap(f"{p.option}: {p.help or '(undocumented)'}", 100)]
        if self.rows is not None and self.columns:
            lines += ["", *textwrap.wrap(f"Piped, one tab-separated line per row: {', '.join(self.columns)}.", 100)]
        return quoted("\n".join(lines))


@dataclass
class HandWritten:
    """cli.py's groups (the command's name -> the function's) and the commands of its client calls
    (`resource.method` -> (group, command))."""

    groups: dict[str, str]
    commands: dict[str, tuple[str, str]]

    @classmethod
    def read(cls, path: Path = HAND_WRITTEN) -> HandWritten:
        tree = ast.parse(path.read_text())
        groups: dict[str, str] = {}  # function -> command name
        commands: dict[str, tuple[str, str]] = {}
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef):
                continue
            for decorator in node.decorator_list:
                if not (isinstance(decorator, ast.Call) and isinstance(decorator.func, ast.Attribute)):
                    continue
                owner, kind = decorator.func.value, decorator.func.attr
                given = [a.value for a in decorator.args[:1] if isinstance(a, ast.Constant)]
                if kind == "group" and isinstance(owner, ast.Name) and owner.id == "main":
                    groups[node.name] = str(given[0]) if given else click_name(node.name)
                elif kind == "command" and isinstance(owner, ast.Name) and owner.id in groups:
                    command = (groups[owner.id], str(given[0]) if given else click_name(node.name))
                    for call in ast.walk(node):
                        called = getattr(call, "func", None)
                        if (isinstance(call, ast.Call) and isinstance(called, ast.Attribute)
                                and isinstance(called.value, ast.Attribute) and isinstance(called.value.value, ast.Name)
                                and called.value.value.id == "cobalt"):  # fmt: skip
                            commands.setdefault(f"{called.value.attr}.{called.attr}", command)
        return cls({name: function for function, name in groups.items()}, commands)


def click_name(function: str) -> str:
    """The name click gives a command of this function."""
    for suffix in ("_command", "_cmd", "_group", "_grp"):
        function = function.removesuffix(suffix)
    return function.lower().replace("_", "-")


def first_sentence(text: str) -> str:
    return re.split(r"(?<!e\.g\.)(?<!i\.e\.)(?<=[.!?])\s+(?=[A-Z`(])", words(text), maxsplit=1)[0]


def cli_kind(document: Mapping[str, Any], a: Argument) -> tuple[str, tuple[str, ...]]:
    """The kind of option an argument is (CliParameter.kind), and an enum's values: a path
    parameter is an argument; a string (or a field that takes one among others) is text, for the
    client to check; an array of scalars a comma list; any other nested value JSON."""
    if a.where == "path":
        return "argument", ()
    if a.flag_value is not None:
        return "flag", ()
    schema = resolve(document, a.schema)
    branches = [resolve(document, b) for b in schema.get("anyOf", schema.get("oneOf", ()))]
    if branches:
        return ("text", ()) if any(b.get("type") == "string" for b in branches) else ("json", ())
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    enum = [str(e) for e in schema.get("enum", ()) if e is not None]
    if kind == "boolean" or (kind == "string" and sorted(enum) == ["false", "true"]):
        return "switch", ()
    if kind == "string" and enum:
        return "choice", tuple(enum)
    if kind in ("string", "integer", "number"):
        return {"string": "text"}.get(kind, kind), ()
    if kind == "array" and resolve(document, schema.get("items", {})).get("type") in SCALARS:
        return "list", ()
    return "json", ()


def cli_parameter(document: Mapping[str, Any], a: Argument) -> CliParameter:
    kind, choices = cli_kind(document, a)
    option = a.name.upper() if kind == "argument" else "--" + a.name.replace("_", "-")
    option += JSON_SUFFIX if kind == "json" else ""
    schema = resolve(document, a.schema)
    metavar = {"date": "YYYY-MM-DD", "date-time": "DATETIME"}.get(str(schema.get("format")))
    metavar = {"list": "A,B,...", "json": "JSON|@FILE"}.get(kind, metavar)
    return CliParameter(a.name, kind, option, a.required, first_sentence(a.description), metavar, choices)


def scalar_fields(document: Mapping[str, Any], schema: Mapping[str, Any]) -> dict[str, int]:
    """An item's fields that are one value each (a table's columns), in the document's order, and
    their ranks: the first required field is never left out of a narrow terminal's table, the other
    required ones are left out last, the rest in the document's order."""
    properties, required, _ = merged(document, schema)
    found = []
    for name, spec in properties.items():
        spec = resolve(document, spec)
        given = spec.get("type")
        kinds: list[Any] = given if isinstance(given, list) else [given]
        branches = [resolve(document, b).get("type") for b in spec.get("anyOf", spec.get("oneOf", ()))]
        if not spec.get("deprecated") and any(k in SCALARS for k in [*kinds, *branches]):
            found.append(name)
    needed = [name for name in found if name in required]
    return {name: (0 if name == needed[0] else 1) if name in needed else 2 + index
            for index, name in enumerate(found)}  # fmt: skip


def table_of(document: Mapping[str, Any], method: Method) -> tuple[tuple[str, ...] | None, dict[str, int]]:
    """Where the answer's list of items is (CliCommand.rows) and its columns: a paged list's items,
    else the one array of objects found through the answer's objects (`providers`,
    `results.availability`); else None, a field/value table."""
    schemas = document["components"]["schemas"]
    if method.items:
        item = method.item_model if method.item_model and not method.reader else None
        return (), scalar_fields(document, schemas[item]) if item else {}
    if method.model is None or method.reader:
        return None, {}
    path: tuple[str, ...] = ()
    schema: Mapping[str, Any] = schemas[method.model]
    while True:
        properties = {n: resolve(document, s) for n, s in merged(document, schema)[0].items()}
        arrays = [(n, s) for n, s in properties.items()
                  if s.get("type") == "array" and resolve(document, s["items"]).get("type") not in SCALARS]  # fmt: skip
        objects = [(n, s) for n, s in properties.items() if s.get("type") == "object" or "properties" in s]
        if len(arrays) == 1:
            return (*path, arrays[0][0]), scalar_fields(document, arrays[0][1]["items"])
        if arrays or len(objects) != 1:
            return None, {}
        path, schema = (*path, objects[0][0]), objects[0][1]


def cli_commands(
    document: Mapping[str, Any], resources: list[Resource], hand_written: HandWritten
) -> tuple[list[CliCommand], dict[str, tuple[str, ...]]]:
    """The commands to render, and every operation's command (hand-written or rendered); an
    operation the client leaves to its alias (`x-alias-of` it) has the alias's command."""
    rendered: list[CliCommand] = []
    every: dict[str, tuple[str, ...]] = {}
    taken = set(hand_written.commands.values())
    for resource in resources:
        group = resource.name.replace("_", "-")
        for method in resource.methods:
            name = method.name.replace("_", "-")
            known = hand_written.commands.get(f"{resource.name}.{method.name}")
            if known:
                every[method.operation_id] = known
                continue
            if (group, name) in taken:
                raise DocumentError(f"{method.operation_id}: `cobalt {group} {name}` is hand-written and calls another")
            parameters = [cli_parameter(document, a) for a in method.positional + method.keywords]
            rows, columns = table_of(document, method)
            rendered.append(CliCommand(resource, method, group, name, parameters, rows, columns))
            every[method.operation_id] = (group, name)
    for item in document.get("paths", {}).values():
        for http_method in METHODS:
            operation = item.get(http_method) or {}
            original, alias = operation.get("x-alias-of"), str(operation.get("operationId"))
            if original and original not in every and alias in every:
                every[str(original)] = every[alias]
    return rendered, every


def render_cli(document: Mapping[str, Any], source: str = "openapi/cobalt.yaml") -> str:
    """`cli_operations.py`: the commands of the operations without a hand-written one."""
    resources = build(document, Ergonomics.read())
    hand_written = HandWritten.read()
    commands, every = cli_commands(document, resources, hand_written)
    # A new group's help is its tag's description (its first sentence).
    described = {str(t["name"]): first_sentence(t.get("description", "")) for t in document.get("tags", ())}
    tags = {snake(str(t)): described.get(str(t), "") for t in described}
    for item in document.get("paths", {}).values():
        for operation in (item.get(m) for m in METHODS):
            if operation and operation.get("x-python-resource") and operation.get("tags"):
                tags[str(operation["x-python-resource"])] = described.get(str(operation["tags"][0]), "")
    groups = {c.group: (hand_written.groups.get(c.group, c.resource.name), tags.get(c.resource.name, ""))
              for c in commands}  # fmt: skip
    existing = sorted(hand_written.groups[g] for g in groups if g in hand_written.groups)
    template = templates().get_template(f"{CLI_NAME}.jinja")
    return template.render(commands=commands, groups=groups, existing=existing, every=every, source=source)


def literal(text: str, width: int = 88) -> str:
    """A Python string literal of `text`, split into parts the line length takes."""
    parts = textwrap.wrap(text, width, drop_whitespace=False) or [""]
    return "(" + " ".join(repr(part) for part in parts) + ")" if len(parts) > 1 else repr(parts[0])


def formatted(code: str) -> str:
    """The code as `ruff format` leaves it (and its imports sorted), so a fresh render is byte-equal.
    The pinned ruff is the one beside this Python (the venv's), whatever PATH says."""
    ruff = str(Path(sys.executable).with_name("ruff"))
    for command in ([ruff, "check", "--select=I", "--fix-only", "-q"], [ruff, "format", "-q"]):
        done = subprocess.run(
            [*command, "--no-cache", "--stdin-filename", "operations.py", "-"], input=code, text=True,
            capture_output=True, check=True, cwd=ROOT,
        )  # fmt: skip
        code = done.stdout
    return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/render_operations.py", description=__doc__.split("\n")[0])
    parser.add_argument("--document", type=Path, default=DOCUMENT)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    document = yaml.safe_load(args.document.read_text())
    try:
        shown = args.document.resolve().relative_to(ROOT)
    except ValueError:
        shown = Path(args.document.name)
    try:
        code = formatted(render(document, str(shown)))
        table = formatted(variant_table(document, str(shown)))
        commands = formatted(render_cli(document, str(shown)))
    except DocumentError as error:
        print(f"render_operations: {error}", file=sys.stderr)
        return 2
    args.output.write_text(code)
    (args.output.parent / TABLE_NAME).write_text(table)
    (args.output.parent / CLI_NAME).write_text(commands)
    return 0


if __name__ == "__main__":
    sys.exit(main())
