"""Every server process the tests talk to, made from cobalt_kit.servers; conftest.py starts each once.
(The sandbox's behaviour tests use the kit's own pytest plugin instead: an in-process sandbox.)

A terminated test run unwinds like Ctrl-C, so fixtures stop their servers instead of orphaning them.
"""

from __future__ import annotations

import re
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from cobalt_kit import pytest_plugin
from cobalt_kit.servers import Server, free_port, sandbox_env
from cobalt_kit.servers import prism as _prism
from cobalt_kit.servers import sandbox as _sandbox

from support.document import ROOT

REPORTS = ROOT / "reports"
# The sandbox's second practice: its data must never be visible to the first one's token.
OTHER_PRACTICE = {
    **pytest_plugin.OTHER_CREDENTIALS,
    "practice": pytest_plugin.OTHER_PRACTICE,
    "ehr": pytest_plugin.OTHER_EHR,
}
# Short enough for tests to watch a booking settle, long enough to see it pending first.
BOOKING_DELAY = 0.5
# The old sandbox logs a session leaves in reports/: the newest, and any written to lately (a sandbox
# of another session may be running, and quiet).
LOGS_KEPT = 20
LOG_QUIET = 3600.0
SANDBOX_LOG = re.compile(r"sandbox-[0-9]+\.log")

__all__ = ["REPORTS", "Backend", "Server", "deviating_sandbox", "free_port", "prism", "prune_sandbox_logs", "sandbox"]


@dataclass(frozen=True)
class Backend:
    """A running stand-in for the Cobalt API, and the credentials it accepts."""

    name: str
    url: str
    credentials: dict[str, str]


def prism(port: int) -> Server:
    return _prism(port, REPORTS)


def sandbox(
    port: int,
    db: Path,
    credentials: dict[str, str],
    booking_delay: float,
    more: Path | None = None,
    shapes: str = "reference",
) -> Server:
    return _sandbox(port, REPORTS, str(db), credentials, booking_delay, str(more or ""), shapes)


def deviating_sandbox(port: int, db: Path, credentials: dict[str, str]) -> Server:
    """The sandbox behind deviating_sandbox.py, which renames `id` in every appointment it returns."""
    argv = [sys.executable, str(Path(__file__).with_name("deviating_sandbox.py")), str(port)]
    return Server(
        "deviating-sandbox", argv, port, REPORTS / "deviating-sandbox.log", sandbox_env(str(db), credentials, 0)
    )


def prune_sandbox_logs(folder: Path) -> None:
    """Removes old sandbox logs from `folder` (REPORTS), each named for its sandbox's port: each session
    would otherwise add a few for ever. The newest LOGS_KEPT stay, and any written to in LOG_QUIET."""
    logs = []
    for path in folder.glob("sandbox-*.log"):
        try:
            if SANDBOX_LOG.fullmatch(path.name) and path.is_file():
                logs.append((path.stat().st_mtime, path))
        except OSError:
            continue  # gone meanwhile
    logs.sort(reverse=True)
    quiet_since = time.time() - LOG_QUIET
    for modified, path in logs[LOGS_KEPT:]:
        if modified < quiet_since:
            path.unlink(missing_ok=True)


def _exit_on_sigterm(signum: int, frame: object) -> None:
    sys.exit(128 + signum)


signal.signal(signal.SIGTERM, _exit_on_sigterm)
