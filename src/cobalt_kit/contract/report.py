"""The PHI-safe report of a contract run: a Markdown summary and JUnit XML, one entry per operation.

Findings carry field paths, keywords and value classes only (see redact.py). As a second guard,
every patient value and credential the run saw is scrubbed from what a server's answers can shape:
each finding's detail, and the target. The rest (operations, statuses, verdicts, variants, notes)
comes from the document and this code, and is left whole: a patient's note that happens to read
"200" or "/webhook" must not blank out the report's table.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from cobalt_kit.contract.runner import OperationResult

SCRUBBED = "[redacted]"


def scrub(text: str, secrets: Iterable[str]) -> str:
    for secret in sorted({s for s in secrets if len(s) >= 3}, key=len, reverse=True):
        text = text.replace(secret, SCRUBBED)
    return text


def markdown(target: str, results: list[OperationResult], notes: Iterable[str] = ()) -> str:
    failed = sum(1 for r in results if r.findings)
    lines = [
        "# Contract report",
        "",
        f"Target: `{target}`. Verdict: **{'deviations found' if failed else 'conforms'}** "
        f"({failed} of {len(results)} operations deviate).",
        "",
        "Values are never shown: a deviation names the field path, what the document expects, and the",
        "class of what came instead. The last column names the document's published shape (`x-variant`)",
        "each success answer matched, with how many did.",
        *[f"\nNote: {note}" for note in notes],
        "",
        "| operation | requests | statuses | result | documented variant |",
        "|---|---|---|---|---|",
    ]
    for r in results:
        statuses = ", ".join(f"{code} x{count}" for code, count in sorted(r.statuses.items())) or "-"
        verdict = (
            f"skipped: {r.skipped}" if r.skipped else (f"{len(r.findings)} deviation(s)" if r.findings else "conforms")
        )
        lines.append(f"| `{r.label}` | {r.requests} | {statuses} | {verdict} | {variant(r)} |")
    for r in results:
        if r.findings:
            lines += ["", f"## {r.label}", ""]
            unique = dict.fromkeys((f.check, f.status, f.detail) for f in r.findings)
            lines += [f"- {check} (status {status}): {detail}" for check, status, detail in unique]
    return "\n".join(lines) + "\n"


def variant(result: OperationResult) -> str:
    """Which of the document's named variants (contract/variants.py) the answers matched."""
    if result.skipped:
        return "-"
    if result.variants:
        return ", ".join(f"`{name}` x{count}" for name, count in sorted(result.variants.items()))
    return "-" if result.documented else "one documented shape"


def junit(results: list[OperationResult]) -> str:
    failures = sum(1 for r in results if r.findings)
    skipped = sum(1 for r in results if r.skipped)
    cases = []
    for r in results:
        name = quoteattr(r.label)
        if r.skipped:
            cases.append(
                f'  <testcase classname="contract" name={name}><skipped message={quoteattr(r.skipped)}/></testcase>'
            )
        elif r.findings:
            details = "\n".join(dict.fromkeys(f"{f.check} (status {f.status}): {f.detail}" for f in r.findings))
            message = quoteattr(f"{len(r.findings)} deviation(s)")
            cases.append(
                f'  <testcase classname="contract" name={name}><failure message={message}>'
                f"{escape(details)}</failure></testcase>"
            )
        else:
            cases.append(f'  <testcase classname="contract" name={name}/>')
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<testsuite name="contract" tests="{len(results)}" failures="{failures}" skipped="{skipped}">\n'
        + "\n".join(cases)
        + "\n</testsuite>\n"
    )


def write(
    directory: Path, target: str, results: list[OperationResult], secrets: Iterable[str], notes: Iterable[str] = ()
) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    secrets = list(secrets)
    scrubbed = [replace(r, findings=[replace(f, detail=scrub(f.detail, secrets)) for f in r.findings]) for r in results]
    written = []
    texts = (
        ("contract-report.md", markdown(scrub(target, secrets), scrubbed, notes)),
        ("contract-report.xml", junit(scrubbed)),
    )
    for name, text in texts:
        path = directory / name
        path.write_text(text)
        written.append(path)
    return written
