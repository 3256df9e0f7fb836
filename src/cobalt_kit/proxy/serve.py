"""Serves the proxy or the replay: in the foreground until Ctrl-C or SIGTERM (`cobalt proxy`,
`cobalt replay`), or from a daemon thread of this process (the `cobalt_replay` fixture, tests)."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import uvicorn

from cobalt_kit.document import load_yaml, spec_path
from cobalt_kit.proxy.cassettes import Recorder
from cobalt_kit.proxy.checking import Checker
from cobalt_kit.proxy.forward import DEFAULT_TIMEOUT, Proxy, shown_url
from cobalt_kit.proxy.report import Report
from cobalt_kit.sandbox.serve import Background, http_protocol
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
    return Background(build_proxy(upstream, record, report_dir, keep_unknown), what="the proxy")
