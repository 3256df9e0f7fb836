"""The proxy's report: one line per exchange on its log (standard error, written directly: the
logging module's record, caller lookup and formatting cost a quarter of the proxy's time per
request), each exchange in `exchanges.jsonl`, and a summary in `report.json` (per operation:
statuses, variants, violations with counts). Built from Verdicts only, which hold operation ids,
statuses, variant names, field paths and JSON types: no value of any field, no header, no query."""

from __future__ import annotations

import json
import logging
import sys
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, TextIO

from cobalt_kit.proxy.checking import Verdict

logger = logging.getLogger("cobalt_kit.proxy")
EXCHANGES = "exchanges.jsonl"
SUMMARY = "report.json"


class Report:
    def __init__(self, directory: Path | None, upstream: str, stream: TextIO | None = None) -> None:
        self.directory = directory
        self.stream = stream or sys.stderr
        self.upstream = upstream
        self.statuses: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.variants: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.violations: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.exchanges = 0
        self._lock = threading.Lock()
        self._lines = None
        self._closed = False
        self._written: Path | None = None
        if directory is not None:
            directory.mkdir(parents=True, exist_ok=True)
            self._lines = (directory / EXCHANGES).open("a", encoding="utf-8")

    def add(self, verdict: Verdict) -> None:
        label = verdict.operation_id or f"{verdict.method} (no operation of the document)"
        status = str(verdict.status) if verdict.status is not None else f"no answer ({verdict.upstream_failure})"
        with self._lock:
            self.exchanges += 1
            self.statuses[label][status] += 1
            self.variants[label].update(verdict.variants)
            self.violations[label].update(f"{status}: {v}" for v in verdict.violations)
            if self._lines is not None:
                self._lines.write(json.dumps(verdict.as_json()) + "\n")
        shown = f" variant {', '.join(verdict.variants)}" if verdict.variants else ""
        broken = f"; {len(verdict.violations)} violation(s): " if verdict.violations else ""
        broken += "; ".join(verdict.violations)
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        self.stream.write(f"{stamp} {verdict.method} {verdict.template or '-'} {label} {status}{shown}{broken}\n")

    def summary(self) -> dict[str, Any]:
        with self._lock:
            return {
                "upstream": self.upstream,
                "exchanges": self.exchanges,
                "operations": {
                    label: {
                        "statuses": dict(self.statuses[label]),
                        "variants": dict(self.variants[label]),
                        "violations": dict(self.violations[label]),
                    }
                    for label in sorted(self.statuses)
                },
            }

    def close(self) -> Path | None:
        """Logs the summary, one line per operation, and writes it; where it went (None: no report
        folder). Once: a second call (the proxy's shutdown after a test's own) does nothing."""
        if self._closed:
            return self._written
        self._closed = True
        if self._lines is not None:
            self._lines.close()
            self._lines = None
        summary = self.summary()
        for label, seen in summary["operations"].items():
            statuses = ", ".join(f"{status} x{count}" for status, count in seen["statuses"].items())
            variants = ", ".join(f"{name} x{count}" for name, count in seen["variants"].items()) or "none named"
            logger.info(
                "%s: %s; variants %s; %d violation(s)", label, statuses, variants, sum(seen["violations"].values())
            )
        if self.directory is None:
            return None
        path = self.directory / SUMMARY
        path.write_text(json.dumps(summary, indent=2) + "\n")
        logger.info("report: %s", path)
        self._written = path
        return path
