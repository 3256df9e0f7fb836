"""Starts and stops the local stand-ins of the Cobalt API (Prism and the sandbox) as child processes.

Each runs in its own process group, so stopping it also stops any child it forked (npm/npx would
leave the real node process holding the port); readiness is an HTTP answer, not a sleep.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path

import httpx

from cobalt_kit import config
from cobalt_kit.config import CREDENTIAL_ENVIRONMENT, LOCAL_HOST, PRISM_ENVIRONMENT, PRISM_VERSION

# Where Prism is looked for, in order: PRISM_ENVIRONMENT, PATH, then a checkout's mock/ (`make setup`).
CHECKOUT_PRISM = Path("mock") / "node_modules" / ".bin" / "prism"


class PrismNotFound(RuntimeError):
    def __init__(self) -> None:
        super().__init__(
            f"Prism was not found: set {PRISM_ENVIRONMENT} to its path, put `prism` on PATH "
            f"(npm install -g @stoplight/prism-cli@{PRISM_VERSION}), or run `make setup` in the kit's checkout"
        )


def find_prism(given: str | None = None) -> Path:
    candidates = [given, os.environ.get(PRISM_ENVIRONMENT), shutil.which("prism"), str(CHECKOUT_PRISM)]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return Path(candidate).resolve()
    raise PrismNotFound()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOCAL_HOST, 0))
        return int(sock.getsockname()[1])


class Server:
    def __init__(
        self, name: str, argv: list[str], port: int, log_path: Path, env: Mapping[str, str] | None = None
    ) -> None:
        self.name = name
        self.argv = argv
        self.env = env
        self.url = f"http://{LOCAL_HOST}:{port}"
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Server:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self, timeout: float = 60.0) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
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
                time.sleep(0.02)
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


def prism(port: int, log_dir: Path, executable: str | None = None) -> Server:
    """`cobalt mock`: Prism serving the shipped document's examples, restarted whenever a request
    kills it (reported in its log); PrismNotFound says how to install it."""
    found = str(find_prism(executable))
    argv = [sys.executable, "-m", "cobalt_kit", "mock", "--port", str(port), "--prism", found]
    return Server("prism", argv, port, log_dir / "prism.log")


def sandbox_env(
    db: str, credentials: Mapping[str, str], booking_delay: float, more: str = "", shapes: str = "reference"
) -> dict[str, str]:
    """The sandbox's settings as its environment: `credentials` its default set, `more` the file
    of further sets, `shapes` which vendor reference's wire shapes it answers in."""
    return {
        **os.environ,
        config.SANDBOX_DB: db,
        config.SANDBOX_BOOKING_DELAY: str(booking_delay),
        config.SANDBOX_CREDENTIALS: more,
        config.SANDBOX_SHAPES: shapes,
        **{variable: credentials[name] for name, variable in CREDENTIAL_ENVIRONMENT.items()},
    }


def sandbox(
    port: int,
    log_dir: Path,
    db: str,
    credentials: Mapping[str, str],
    booking_delay: float,
    more: str = "",
    shapes: str = "reference",
) -> Server:
    """`cobalt sandbox` as a child process (for what needs a real process: restarts, logs, signals)."""
    argv = [sys.executable, "-m", "cobalt_kit", "sandbox", "--port", str(port)]
    env = sandbox_env(db, credentials, booking_delay, more, shapes)
    return Server(f"sandbox-{port}", argv, port, log_dir / f"sandbox-{port}.log", env)
