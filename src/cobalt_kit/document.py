"""The OpenAPI document of the Cobalt API, as shipped inside the package.

In a checkout `cobalt_kit/openapi/cobalt.yaml` is a link to `openapi/cobalt.yaml`; a wheel carries
a copy. Either way it is found beside this module, never from a repository root.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from cobalt_kit.facts import CREDENTIAL_HEADERS


def spec_path() -> Path:
    # The kit installs as plain files (setuptools wheels are never zip-imported), so this is a real path
    # that Prism, schemathesis and openapi-core can open.
    return Path(str(resources.files("cobalt_kit") / "openapi" / "cobalt.yaml"))


def load_yaml(path: Path) -> Any:
    """A document, read by libyaml where PyYAML has it (a tenth of the pure-Python loader's time; the
    two documents took a fifth of a sandbox's start-up); the same safe loading either way. PyYAML comes
    with the sandbox's extra: the base package parses no YAML."""
    import yaml

    return yaml.load(path.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def document_version() -> str:
    """The document's `info.version`, read without a YAML parser (the base package has none): the
    `version:` line of its top-level `info:` block (tests/test_cli.py holds this to a YAML reading)."""
    in_info = False
    for line in spec_path().read_text().splitlines():
        if line and not line[0].isspace():
            in_info = line.rstrip() == "info:"
        elif in_info and line.startswith("  version:"):
            return line.partition(":")[2].strip().strip("'\"")
    return "(no info.version)"


def resolve(document: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    """The node a `$ref` (of this document) points to, or the node itself."""
    while "$ref" in node:
        target: Any = document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def credential_headers(operation: Mapping[str, Any], document: Mapping[str, Any]) -> tuple[str, ...]:
    """The credential headers an operation takes: those of its own `security`, else the document's
    (the webhook registration operations take client_id and client_secret only)."""
    requirements = operation.get("security", document.get("security", []))
    named = {name for requirement in requirements for name in requirement}
    return tuple(header for header in CREDENTIAL_HEADERS if header in named)
