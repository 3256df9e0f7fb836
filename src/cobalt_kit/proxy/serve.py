"""Serves the proxy or the replay: in the foreground until Ctrl-C or SIGTERM (`cobalt proxy`,
`cobalt replay`), or from a daemon thread of this process (the `cobalt_replay` fixture, tests)."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from typing import Any

import uvicorn

from cobalt_kit.document import load_yaml, spec_path
from cobalt_kit.proxy.cassettes import Recorder
from cobalt_kit.proxy.checking import Checker
from cobalt_kit.proxy.forward import DEFAULT_TIMEOUT, Proxy, shown_url
from cobalt_kit.proxy.report import Report
from cobalt_kit.sandbox.serve import http_protocol
from cobalt_kit.sandbox.settings import Settings


def _config(app: Any, **kwargs: Any) -> uvicorn.Config:
    # uvicorn's access log would write each path and query (patient data in a query): off.
    protocol = http_protocol(Settings())
    return uvicorn.Config(app, access_log=False, log_level="warning", lifespan="on", http=protocol, **kwargs)


class _Announcing(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, lines: list[str]) -> None:
        super().__init__(config)
        self.lines = lines

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if not self.should_exit:  # the ready signal: printed once the socket listens
            for line in self.lines:
                print(line.format(url=f"http://{self.config.host}:{self.config.port}"), flush=True)


def run(app: Any, host: str, port: int, lines: list[str]) -> int:
    """Serves until Ctrl-C or SIGTERM; `lines` are printed once it listens (`{url}` its URL)."""
    server = _Announcing(_config(app, host=host, port=port), lines)
    server.run()
    return 0 if server.started else 1


class Background:
    """An ASGI app served from a daemon thread, on a port of the system's choosing (or `port`)."""

    def __init__(self, app: Any, port: int = 0) -> None:
        self.app = app
        self._socket = socket.socket()
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", port))
        host, bound = self._socket.getsockname()
        self.url = f"http://{host}:{bound}"
        self._server = uvicorn.Server(_config(app))
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name="cobalt-proxy", daemon=True
        )

    def __enter__(self) -> Background:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self, timeout: float = 30.0) -> None:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"could not serve on {self.url}")
            time.sleep(0.01)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._socket.close()


def build_proxy(
    upstream: str,
    record: Path | None = None,
    report_dir: Path | None = None,
    keep_unknown: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
) -> Proxy:
    """The proxy's app for `upstream`: recording into `record` (a new or empty folder) when given,
    its report into `report_dir` when given (RecordingError: a folder that holds a recording)."""
    document = load_yaml(spec_path())
    recorder = Recorder(record, document, keep_unknown) if record is not None else None
    return Proxy(upstream, Checker(document), Report(report_dir, shown_url(upstream)), recorder, timeout)


def proxying(
    upstream: str, record: Path | None = None, report_dir: Path | None = None, keep_unknown: bool = False
) -> Background:
    """The proxy served from a thread of this process (a context manager): `.url` is what the
    client's base URL becomes; leaving it writes the report."""
    return Background(build_proxy(upstream, record, report_dir, keep_unknown))
