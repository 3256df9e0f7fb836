"""`cobalt mock`: Prism serving the document's examples, started again when a request kills it.

Prism 5.14.2 (and 5.16.0) ends its own process on three kinds of single request: a path with
invalid percent-encoding, a body property name outside Latin-1, a deeply nested body. A fuzzing or
hostile client must not end a developer's mock silently, so this runs Prism as a child, relays
its output, and when it dies says in one line on which kind of input, then starts it again (at
most `restarts` times in a row that it dies within a minute of starting).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import deque
from collections.abc import Iterable
from pathlib import Path
from types import FrameType
from typing import TextIO

from cobalt_kit.document import spec_path

# What Prism's last words say -> the kind of input that killed it.
DEATHS = {
    "URIError": "a path with invalid percent-encoding (URIError)",
    "Invalid character in header content": "a body property name outside Latin-1 (its sl-violations header)",
    "constructPrefix": "a deeply nested body (its request logger)",
    "Maximum call stack size exceeded": "a deeply nested body (stack overflow)",
}
# A Prism that ran this long before dying counts as a new start, not as a crash loop.
STABLE_AFTER = 60.0


def cause_of_death(last_lines: Iterable[str]) -> str:
    text = "".join(last_lines)
    return next((kind for mark, kind in DEATHS.items() if mark in text), "an input the kit does not know")


class Supervisor:
    def __init__(self, prism: Path, host: str, port: int, restarts: int, out: TextIO = sys.stdout) -> None:
        self.argv = [str(prism), "mock", str(spec_path()), "--host", host, "--port", str(port)]
        self.restarts = restarts
        self.out = out
        self.child: subprocess.Popen[str] | None = None
        self.stopping = False

    def stop(self, signum: int, frame: FrameType | None) -> None:
        self.stopping = True
        if self.child is not None and self.child.poll() is None:
            os.killpg(self.child.pid, signal.SIGTERM)

    def run(self) -> int:
        for stop in (signal.SIGINT, signal.SIGTERM):
            signal.signal(stop, self.stop)
        crashes = 0
        while True:
            started = time.monotonic()
            code, last_lines = self._serve_once()
            if self.stopping:
                return 0
            crashes = crashes + 1 if time.monotonic() - started < STABLE_AFTER else 1
            cause = cause_of_death(last_lines)
            if crashes > self.restarts:
                self._say(f"Prism died on {cause} (exit {code}) {crashes} times in a row; not restarting it")
                return 1
            self._say(f"Prism died on {cause} (exit {code}); restarting it ({crashes} of {self.restarts})")

    def _serve_once(self) -> tuple[int, deque[str]]:
        # Its own process group: npm's node wrapper and node itself stop together.
        self.child = subprocess.Popen(
            self.argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            text=True, errors="replace", start_new_session=True,
        )  # fmt: skip
        assert self.child.stdout is not None
        last_lines: deque[str] = deque(maxlen=40)
        for line in self.child.stdout:
            self.out.write(line)
            self.out.flush()
            last_lines.append(line)
        return self.child.wait(), last_lines

    def _say(self, line: str) -> None:
        self.out.write(f"cobalt mock: {line}\n")
        self.out.flush()
