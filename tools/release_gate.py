"""The breaking-change gate: `python tools/release_gate.py` (run by `make lint`).

Compares openapi/cobalt.yaml with the newest released contract in openapi/released/ using Redocly's
`diff`, which rates every change by the semver bump it needs. A breaking (major) change passes only
when info.version has a higher major version than the release and CHANGELOG.md has an entry for
that version whose heading says BREAKING.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

# A repository tool: it lives in tools/ of the checkout it checks.
ROOT = Path(__file__).resolve().parent.parent
REDOCLY = ROOT / "tools" / "node_modules" / ".bin" / "redocly"


def released_contracts(folder: Path) -> list[Path]:
    """Released documents, oldest first (ordered by version, not by name)."""

    def version(path: Path) -> tuple[int, ...]:
        return tuple(int(part) for part in path.stem.removeprefix("cobalt-").split("."))

    return sorted(folder.glob("cobalt-*.yaml"), key=version)


def major(version: str) -> int:
    match = re.match(r"(\d+)\.\d+\.\d+", version)
    if not match:
        raise ValueError(f"info.version must be MAJOR.MINOR.PATCH, not {version!r}")
    return int(match.group(1))


def marked_breaking(changelog: str, version: str) -> bool:
    heading = re.search(rf"^## {re.escape(version)}\b.*$", changelog, re.MULTILINE)
    return heading is not None and "BREAKING" in heading.group(0)


def diff(released: Path, document: Path) -> dict[str, Any]:
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    result = subprocess.run(
        [str(REDOCLY), "diff", str(released), str(document), "--config", str(ROOT / "redocly.yaml"),
         "--format", "json", "--fail-on", "none"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"redocly diff failed:\n{result.stderr[-2000:]}")
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def version_of(document: Path) -> str:
    # libyaml where PyYAML has it: the pure-Python loader takes a tenth of a second per document.
    loaded = yaml.load(document.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return str(loaded["info"]["version"])


def check(released: Path, document: Path, changelog: Path) -> list[str]:
    """What stops the document from being released; empty when nothing does."""
    report = diff(released, document)
    breaking = [change for change in report["changes"] if change["impact"] == "major"]
    if not breaking:
        return []
    old, new = (version_of(path) for path in (released, document))
    log = changelog.read_text() if changelog.exists() else ""
    if major(new) > major(old) and marked_breaking(log, new):
        return []
    problems = [
        f"{verdict['location']['pointer']}: {verdict['message']} ({verdict['ruleId']})"
        for change in breaking
        for verdict in change["verdicts"]
        if verdict["impact"] == "major"
    ]
    problems.append(
        f"{len(breaking)} breaking change(s) against released {old}: undo them, or release them as "
        f"{major(old) + 1}.0.0 (info.version) with a '## {major(old) + 1}.0.0 ... BREAKING' entry in {changelog.name}"
    )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/release_gate.py", description=__doc__)
    parser.add_argument("--document", type=Path, default=ROOT / "openapi" / "cobalt.yaml")
    parser.add_argument("--released", type=Path, help="default: the newest in openapi/released/")
    parser.add_argument("--changelog", type=Path, default=ROOT / "CHANGELOG.md")
    args = parser.parse_args(argv)
    released = args.released or released_contracts(ROOT / "openapi" / "released")[-1]
    problems = check(released, args.document, args.changelog)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{args.document.name}: no unreleased breaking change against {released.name}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
