"""`cobalt mock`: Prism serving the document's examples, started again whenever a request kills it.

Prism 5.14.2 (and 5.16.0) ends its own process on three kinds of single request: a path with
invalid percent-encoding (`%FF`, a bare `%`, `%u2603`), a body property name outside Latin-1 (sent
escaped, `{"\\u2603": 1}`, or not), a deeply nested body. A fuzzing or hostile client must not end a
developer's mock, so this runs Prism as a child, relays its output, and when it dies says in one
line on which kind of input and starts it again, for as long as it runs: it gives up only when the
first start fails (Prism cannot start at all), never after a number of deaths.

Before each restart it waits for the old process group to be gone (npm's `node` is a Python wrapper
of the real node, which would otherwise hold the port) and for the port to be free, and waits
longer the faster deaths come (`backoff`). From its start it holds the port reserved: a socket bound
to it with SO_REUSEADDR, never listening. Node binds with SO_REUSEADDR too, so Prism still listens
there; but the kernel no longer hands the port to anyone's outgoing connection or `bind(port 0)`
while Prism restarts, which had made a restart meet EADDRINUSE on its own port. Should another
program listen on it all the same, that restart is not a death: it waits for the port again.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
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
# What Prism prints once it listens, and when it cannot because the port is taken.
READY = "Prism is listening on"
PORT_TAKEN = "EADDRINUSE"
# A death sooner than this after Prism became ready counts as coming fast.
QUICK_DEATH = 10.0
# The wait before a restart after the n-th fast death in a row: none after the first, then doubling
# from BACKOFF_FIRST up to BACKOFF_CAP. Prism takes about 2 s of a core to start: waiting at most as
# long again keeps an input that kills it in a loop to about half a core, and the mock is back
# within about 4 s of any death.
BACKOFF_FIRST = 0.25
BACKOFF_CAP = 2.0
# Preloaded into Prism: its 400s name the field its validation found wrong (the file says how).
NAMES_THE_FIELD = Path(__file__).with_name("prism_names_the_field.js")
# How long the old process group may take to go after Prism died before it is killed.
GRACE = 5.0
POLL = 0.05


def cause_of_death(last_lines: Iterable[str]) -> str:
    text = "".join(last_lines)
    return next((kind for mark, kind in DEATHS.items() if mark in text), "an input the kit does not know")


def backoff(fast_deaths: int) -> float:
    """Seconds to wait before a restart after `fast_deaths` fast deaths in a row."""
    if fast_deaths < 2:
        return 0.0
    return min(BACKOFF_CAP, BACKOFF_FIRST * 2.0 ** (fast_deaths - 2))


def _bound_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to (host, port) with SO_REUSEADDR, as node binds its servers; OSError when
    something listens there (or holds it without SO_REUSEADDR)."""
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    return sock


def port_is_free(host: str, port: int) -> bool:
    try:
        _bound_socket(host, port).close()
    except OSError:
        return False
    return True


@dataclass
class Run:
    """One start of Prism: how it ended, its last lines, and when it listened (None: never)."""

    code: int
    last_lines: deque[str]
    ready_at: float | None
    ended_at: float


class Supervisor:
    def __init__(self, prism: Path, host: str, port: int, out: TextIO = sys.stdout) -> None:
        self.argv = [str(prism), "mock", str(spec_path()), "--host", host, "--port", str(port)]
        preload = f"--require {json.dumps(str(NAMES_THE_FIELD))}"
        self.env = {**os.environ, "NODE_OPTIONS": f"{preload} {os.environ.get('NODE_OPTIONS', '')}".strip()}
        self.host = host
        self.port = port
        self.out = out
        self.child: subprocess.Popen[str] | None = None
        self.stopping = False

    def stop(self, signum: int, frame: FrameType | None) -> None:
        self.stopping = True
        if self.child is not None and self.child.poll() is None:
            os.killpg(self.child.pid, signal.SIGTERM)

    def run(self) -> int:
        # The handlers are put back after: a caller in the same process (a test) keeps its own.
        previous = {stop: signal.signal(stop, self.stop) for stop in (signal.SIGINT, signal.SIGTERM)}
        try:
            try:
                reservation = _bound_socket(self.host, self.port)
            except OSError as error:
                self._say(f"cannot use port {self.port} on {self.host} ({error.strerror}): is another mock running?")
                return 1
            with reservation:
                return self._supervise()
        finally:
            for stop, handler in previous.items():
                signal.signal(stop, handler)

    def _supervise(self) -> int:
        ever_ready = False
        restarts = fast_deaths = 0
        while True:
            run = self._serve_once()
            if self.stopping:
                return 0
            self._wait_for_group()
            if run.ready_at is None and PORT_TAKEN in "".join(run.last_lines):
                # Another program listens on the port: not a death of Prism's; start when it is free.
                self._say(f"Prism found port {self.port} taken (not counted as a death); starting it when free")
                self._wait_for_port()
                continue
            if not ever_ready and run.ready_at is None:
                self._say(f"Prism could not start (exit {run.code}); its output is above")
                return 1
            ever_ready = ever_ready or run.ready_at is not None
            restarts += 1
            lived = run.ended_at - run.ready_at if run.ready_at is not None else 0.0
            fast_deaths = fast_deaths + 1 if lived < QUICK_DEATH else 1
            delay = backoff(fast_deaths)
            pace = f", in {delay:g} s: {fast_deaths} deaths in a row, each within {QUICK_DEATH:g} s" if delay else ""
            cause = cause_of_death(run.last_lines)
            self._say(f"Prism died on {cause} (exit {run.code}); restarting it (restart {restarts}{pace})")
            self._pause(delay)
            self._wait_for_port()
            if self.stopping:
                return 0

    def _serve_once(self) -> Run:
        # Its own process group: the node wrapper and node itself stop together.
        self.child = subprocess.Popen(
            self.argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            text=True, errors="replace", start_new_session=True, env=self.env,
        )  # fmt: skip
        assert self.child.stdout is not None
        last_lines: deque[str] = deque(maxlen=40)
        ready_at = None
        for line in self.child.stdout:
            self.out.write(line)
            self.out.flush()
            last_lines.append(line)
            if ready_at is None and READY in line:
                ready_at = time.monotonic()
        return Run(self.child.wait(), last_lines, ready_at, time.monotonic())

    def _wait_for_group(self) -> None:
        """Until no process of the dead Prism's group is left; killed after GRACE."""
        assert self.child is not None
        deadline = time.monotonic() + GRACE
        while True:
            try:
                os.killpg(self.child.pid, signal.SIGKILL if time.monotonic() > deadline else 0)
            except ProcessLookupError:
                return
            time.sleep(POLL)

    def _wait_for_port(self) -> None:
        if port_is_free(self.host, self.port):
            return
        self._say(f"port {self.port} is taken by another program; waiting for it to be free")
        while not self.stopping and not port_is_free(self.host, self.port):
            time.sleep(POLL)

    def _pause(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not self.stopping and time.monotonic() < deadline:
            time.sleep(POLL)

    def _say(self, line: str) -> None:
        self.out.write(f"cobalt mock: {line}\n")
        self.out.flush()
