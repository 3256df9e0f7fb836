"""Writes the copy of openapi/cobalt.yaml that `make docs` renders (run as `python tools/docs_page.py`).

Redoc shows a schema's description only where a field uses it, and of a field that may be one of
several schemas it shows the first. So that the reference page shows both visit-type tables, this
copy appends the description of every schema the "Visit types" tag names to that tag's page. The
tables stay written once, in the schemas (the generated enums carry them too).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

TAG = "Visit types"
SHOWN = ("EcwVisitType", "WebptVisitType")


def docs_document(document: dict[str, Any]) -> dict[str, Any]:
    schemas = document["components"]["schemas"]
    for tag in document["tags"]:
        if tag["name"] == TAG:
            sections = [f"### {name}\n\n{schemas[name]['description']}" for name in SHOWN]
            tag["description"] = "\n\n".join([tag["description"].rstrip(), *sections])
    return document


def main(argv: list[str] | None = None) -> int:
    source, target = (argv if argv is not None else sys.argv[1:])[:2]
    document = docs_document(yaml.safe_load(Path(source).read_text()))
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    Path(target).write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
