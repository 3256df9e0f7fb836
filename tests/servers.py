"""Owns the life of every server process the tests talk to.

Each server runs in its own process group, so stopping it also stops any child it forked (npm/npx
would leave the real node process holding the port). conftest.py starts each one once per session.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from document import ROOT, SPEC_PATH

REPORTS = ROOT / "reports"
PRISM = ROOT / "mock" / "node_modules" / ".bin" / "prism"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    def __init__(self, name: str, argv: list[str], port: int, env: dict[str, str] | None = None) -> None:
        self.name = name
        self.argv = argv
        self.env = env
        self.url = f"http://127.0.0.1:{port}"
        self.log_path = REPORTS / f"{name}.log"
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Server:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self, timeout: float = 60.0) -> None:
        REPORTS.mkdir(exist_ok=True)
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                self.argv,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=self.env,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode} at start:\n{self.log_tail()}")
            try:
                httpx.get(self.url, timeout=1.0)  # any HTTP answer, even a 404, means it is listening
                return
            except httpx.TransportError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"{self.name} did not answer on {self.url} within {timeout}s:\n{self.log_tail()}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def log_tail(self, lines: int = 30) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])


def prism(port: int) -> Server:
    if not PRISM.exists():
        raise RuntimeError(f"{PRISM} is missing: run `make setup` (it installs the pinned Prism with npm ci)")
    argv = [str(PRISM), "mock", str(SPEC_PATH), "--host", "127.0.0.1", "--port", str(port)]
    return Server("prism", argv, port)


def sandbox(port: int, db: Path, credentials: dict[str, str], booking_delay: float, more: Path | None = None) -> Server:
    """The stateful sandbox; `credentials` become its default set, `more` its SANDBOX_CREDENTIALS file."""
    env = {
        **os.environ,
        "SANDBOX_DB": str(db),
        "SANDBOX_BOOKING_DELAY": str(booking_delay),
        "COBALT_CLIENT_ID": credentials["client_id"],
        "COBALT_CLIENT_SECRET": credentials["client_secret"],
        "COBALT_ACCESS_TOKEN": credentials["access_token"],
        "SANDBOX_CREDENTIALS": str(more or ""),
    }
    argv = [sys.executable, "-m", "cobalt_kit.sandbox", "--port", str(port)]
    return Server(f"sandbox-{port}", argv, port, env)


def _exit_on_sigterm(signum: int, frame: object) -> None:
    # A terminated test run unwinds like Ctrl-C, so fixtures stop their servers instead of orphaning them.
    sys.exit(128 + signum)


signal.signal(signal.SIGTERM, _exit_on_sigterm)
