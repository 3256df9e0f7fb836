"""Assertions on what a practice sent (its journal): `assert_called` and `assert_not_called`.

A failure lists what was sent to that operation, nearest first: the test's own synthetic data, in
the AssertionError that pytest shows in the test's report. It is never logged.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cobalt_kit.sandbox_controls import JournalEntry

# What a failure shows of the requests sent (the newest first).
SHOWN = 10


def sent_value(entry: JournalEntry, name: str) -> tuple[bool, Any]:
    """The value a request sent for `name`: in its query, else in its JSON body."""
    if name in entry.query:
        return True, entry.query[name]
    if isinstance(entry.body, dict) and name in entry.body:
        return True, entry.body[name]
    return False, None


def same(sent: Any, expected: Any) -> bool:
    """A query carries text: `page=2` matches an expected 2, `include_note=true` an expected True."""
    if sent == expected:
        return True
    if isinstance(sent, str) and not isinstance(expected, str):
        wanted = str(expected).lower() if isinstance(expected, bool) else str(expected)
        return sent == wanted
    return False


def mismatches(entry: JournalEntry, expected: dict[str, Any]) -> list[str]:
    """What differs between a request and the fields expected of it ([] when it matches)."""
    found = []
    for name, value in expected.items():
        present, sent = sent_value(entry, name)
        if not present:
            found.append(f"{name}: not sent")
        elif not same(sent, value):
            found.append(f"{name}: sent {sent!r}, not {value!r}")
    return found


def _shown(entry: JournalEntry, expected: dict[str, Any]) -> str:
    query = "&".join(f"{k}={v}" for k, v in entry.query.items())
    line = f"{entry.method} {entry.path}{'?' + query if query else ''} -> {entry.status}"
    if entry.body is not None:
        line += f" body={entry.body!r}"
    differences = mismatches(entry, expected)
    return line + (f"  [{'; '.join(differences)}]" if differences else "")


def called_failure(
    operation: str, times: int | None, expected: dict[str, Any], entries: Sequence[JournalEntry]
) -> str | None:
    """Why `assert_called` fails on these journal entries; None when it holds."""
    sent = [entry for entry in entries if entry.operation_id == operation]
    matching = [entry for entry in sent if not mismatches(entry, expected)]
    if (len(matching) >= 1) if times is None else (len(matching) == times):
        return None
    fields = ", ".join(f"{name}={value!r}" for name, value in expected.items())
    wanted = f"{operation}({fields})" if fields else operation
    count = "at least once" if times is None else _times(times)
    message = f"expected {wanted} to be called {count}; it was called {_times(len(matching))}"
    if not sent:
        others = sorted({entry.operation_id or entry.path for entry in entries})
        return f"{message}. Nothing was sent to {operation}" + (f" (sent: {', '.join(others)})" if others else "")
    lines = [_shown(entry, expected) for entry in reversed(sent[-SHOWN:])]
    more = f"\n  ... and {len(sent) - SHOWN} earlier" if len(sent) > SHOWN else ""
    return f"{message}. Sent to {operation}, newest first:\n  " + "\n  ".join(lines) + more


def not_called_failure(operation: str, entries: Sequence[JournalEntry]) -> str | None:
    sent = [entry for entry in entries if entry.operation_id == operation]
    if not sent:
        return None
    lines = [_shown(entry, {}) for entry in reversed(sent[-SHOWN:])]
    return f"expected {operation} not to be called; it was called {_times(len(sent))}, newest first:\n  " + (
        "\n  ".join(lines)
    )


def _times(count: int) -> str:
    return f"{count} time{'s' * (count != 1)}"
