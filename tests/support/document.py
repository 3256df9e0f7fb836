"""Reads openapi/cobalt.yaml for the tests: the document, its examples, and validators for its schemas."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_schema_validator import OAS31Validator, oas31_format_checker

from cobalt_kit.document import load_yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "cobalt.yaml"
METHODS = ("get", "post", "patch", "put", "delete")


@functools.cache
def load() -> dict[str, Any]:
    document: dict[str, Any] = load_yaml(SPEC_PATH)
    return document


def dump(document: dict[str, Any]) -> str:
    """A document as YAML, in its keys' order, written by libyaml where PyYAML has it: each
    release-gate case writes two copies of the 80 KB document, a tenth of a second each in Python."""
    return yaml.dump(document, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), sort_keys=False)


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follows a local `$ref` (one level at a time, until a node without one)."""
    while "$ref" in node:
        target: Any = load()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def validator(schema: dict[str, Any]) -> OAS31Validator:
    # The document's components ride along so that "#/components/..." references resolve.
    return OAS31Validator({**schema, "components": load()["components"]}, format_checker=oas31_format_checker)


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in load()["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def generated_module(operation_id: str) -> Any:
    """The generated client's module of an operation: cobalt_client.api.<its tag>.<its id>."""
    (tag,) = next(op["tags"] for _p, _m, op in operations() if op["operationId"] == operation_id)
    return importlib.import_module(f"cobalt_client.api.{tag.lower().replace(' ', '_')}.{operation_id}")


@dataclass(frozen=True)
class Example:
    operation_id: str
    where: str  # "request" or the response status
    name: str
    schema: dict[str, Any]
    value: Any

    @property
    def id(self) -> str:
        return f"{self.operation_id}-{self.where}-{self.name}"


def examples() -> list[Example]:
    found = []
    for _path, _method, op in operations():
        bodies = []
        if "requestBody" in op:
            bodies.append(("request", resolve(op["requestBody"])))
        bodies += [(status, resolve(r)) for status, r in op["responses"].items()]
        for where, body in bodies:
            for media in body.get("content", {}).values():
                for name, example in media.get("examples", {}).items():
                    found.append(Example(op["operationId"], where, name, media["schema"], resolve(example)["value"]))
    return found
