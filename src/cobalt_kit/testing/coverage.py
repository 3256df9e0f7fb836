"""The coverage of an integrator's suite: which of the API's operations, their documented statuses,
the webhook event types and the booking failure reasons its tests exercised against the sandbox.

The sandbox tallies them (`GET /_sandbox/coverage`: the API's answers and the events written, which
resets keep); this module sets them beside what the documents describe and writes the report as
Markdown and JSON. Counts only: nothing of a request's query or body, nothing of an event's data.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cobalt_kit.document import spec_path

CONTROLS_DOCUMENT = "sandbox-controls.yaml"
METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Universe:
    """What the documents describe: each operation's statuses, the event types, the failure reasons."""

    statuses: dict[str, tuple[int, ...]]
    events: tuple[str, ...]
    reasons: tuple[str, ...]

    @classmethod
    def from_documents(cls) -> Universe:
        import yaml

        api = yaml.safe_load(spec_path().read_text())
        controls = yaml.safe_load(spec_path().with_name(CONTROLS_DOCUMENT).read_text())
        statuses = {
            item[method]["operationId"]: tuple(sorted(int(code) for code in item[method]["responses"]))
            for item in api["paths"].values()
            for method in METHODS
            if method in item
        }
        reasons = tuple(code.upper() for code in controls["components"]["schemas"]["FailureReason"]["enum"])
        return cls(statuses, tuple(api.get("webhooks", {})), reasons)


def merge(tallies: list[dict[str, Any]]) -> dict[str, Any]:
    """One tally of several sandboxes' (each pytest-xdist worker has its own)."""
    answers: Counter[tuple[str, int]] = Counter()
    events: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for tally in tallies:
        for row in tally["operations"]:
            answers[row["operation_id"], row["status"]] += row["count"]
        events.update(tally["events"])
        reasons.update(tally["failure_reasons"])
    return {
        "operations": [{"operation_id": op, "status": s, "count": n} for (op, s), n in sorted(answers.items())],
        "events": dict(sorted(events.items())),
        "failure_reasons": dict(sorted(reasons.items())),
    }


def report(tally: dict[str, Any], universe: Universe) -> dict[str, Any]:
    """What was exercised beside what is documented, and the share of it (`percent`)."""
    seen: dict[str, set[int]] = {}
    for row in tally["operations"]:
        seen.setdefault(row["operation_id"], set()).add(int(row["status"]))
    operations = {
        operation: {
            "documented": list(statuses),
            "exercised": sorted(seen.get(operation, set()) & set(statuses)),
            "undocumented": sorted(seen.get(operation, set()) - set(statuses)),
        }
        for operation, statuses in universe.statuses.items()
    }
    events = {type_: int(tally["events"].get(type_, 0)) for type_ in universe.events}
    reasons = {code: int(tally["failure_reasons"].get(code, 0)) for code in universe.reasons}
    total = sum(len(o["documented"]) for o in operations.values()) + len(events) + len(reasons)
    covered = (
        sum(len(o["exercised"]) for o in operations.values())
        + sum(1 for n in events.values() if n)
        + sum(1 for n in reasons.values() if n)
    )
    return {
        "percent": round(100 * covered / total, 1) if total else 100.0,
        "covered": covered,
        "total": total,
        "operations_exercised": sorted(op for op, o in operations.items() if o["exercised"]),
        "operations": operations,
        "events": events,
        "failure_reasons": reasons,
    }


def markdown(result: dict[str, Any]) -> str:
    lines = [
        "# Cobalt API coverage of this test suite",
        "",
        f"{result['percent']}% ({result['covered']} of {result['total']}): the operations' documented statuses,"
        " the webhook event types and the booking failure reasons the tests exercised against the sandbox.",
        "",
        "| operation | statuses exercised | not exercised |",
        "|---|---|---|",
    ]
    for operation, seen in result["operations"].items():
        missing = sorted(set(seen["documented"]) - set(seen["exercised"]))
        extra = "".join(f" (undocumented: {s})" for s in seen["undocumented"])
        exercised = ", ".join(map(str, seen["exercised"])) or "none"
        lines.append(f"| `{operation}` | {exercised}{extra} | {', '.join(map(str, missing)) or '-'} |")
    lines += ["", "| webhook event | events |", "|---|---|"]
    lines += [f"| `{type_}` | {count} |" for type_, count in result["events"].items()]
    lines += ["", "| failure reason | events |", "|---|---|"]
    lines += [f"| `{code}` | {count} |" for code, count in result["failure_reasons"].items()]
    return "\n".join(lines) + "\n"


def summary(result: dict[str, Any]) -> list[str]:
    """The lines printed at the end of the session."""
    operations = result["operations"]
    used = result["operations_exercised"]
    lines = [f"Cobalt API coverage: {result['percent']}% ({result['covered']} of {result['total']})"]
    for operation in used:
        lines.append(f"  {operation}: {', '.join(map(str, operations[operation]['exercised']))}")
    unused = [op for op in operations if op not in used]
    if unused:
        lines.append(f"  never called: {', '.join(unused)}")
    events = [type_ for type_, n in result["events"].items() if n]
    lines.append(f"  webhook events: {', '.join(events) or 'none'}")
    reasons = [code for code, n in result["failure_reasons"].items() if n]
    lines.append(f"  failure reasons: {', '.join(reasons) or 'none'}")
    return lines


def write(result: dict[str, Any], folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    as_json, as_markdown = folder / "cobalt-coverage.json", folder / "cobalt-coverage.md"
    as_json.write_text(json.dumps(result, indent=2) + "\n")
    as_markdown.write_text(markdown(result))
    return as_json, as_markdown


def conclude(tallies: list[dict[str, Any]], folder: Path | None, minimum: float) -> tuple[list[str], bool]:
    """The session's end: the lines to print, the files written to `folder`, and whether the
    coverage is below `minimum` percent."""
    result = report(merge(tallies), Universe.from_documents())
    lines = summary(result)
    if folder is not None:
        as_json, as_markdown = write(result, folder)
        lines.append(f"  written to {as_json} and {as_markdown}")
    below = result["percent"] < minimum
    if below:
        lines.append(f"  FAILED: below --cobalt-coverage-min={minimum:g}%")
    return lines, below
