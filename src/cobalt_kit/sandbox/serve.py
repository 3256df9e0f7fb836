"""Runs the sandbox: in the foreground for `cobalt sandbox`, or in a background thread of a test
process for the pytest plugin (no interpreter to start, no import to repeat: it is ready in well
under a second)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import uvicorn
from starlette.responses import JSONResponse
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from cobalt_kit.sandbox.app import Sandbox, create_app, envelope
from cobalt_kit.sandbox.scenario import ScenarioRefused
from cobalt_kit.sandbox.scenario import load as load_scenario
from cobalt_kit.sandbox.settings import Settings
from cobalt_kit.sandbox.store import StorageFull

# What a request the HTTP parser cannot read (an unknown method, a control character in a header) is
# told, in the document's envelope rather than uvicorn's plain text.
UNPARSABLE = "The request is not valid HTTP/1.1: send a standard method, and header values without control characters."
HEADERS_LATE = "The request's line and headers did not arrive within {:g}s."


class EnvelopeHttpTools(HttpToolsProtocol):
    """uvicorn's httptools protocol (llhttp: a get-by-id costs a quarter less CPU than on h11), with its
    answer to an unparsable request in the document's error envelope, and a deadline for a request's
    line and headers (uvicorn has none: a connection that sends half a request line is kept for
    ever). The event loop is uvloop's wherever it is installed."""

    header_timeout = Settings.header_timeout
    _header_timer: asyncio.TimerHandle | None = None
    # Whether a request has begun arriving (its first byte) and its headers are not complete.
    _begun = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._expect_headers()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._begun = True
        self._expect_headers()

    def on_headers_complete(self) -> None:
        self._begun = False
        self._stop_header_timer()
        super().on_headers_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_header_timer()
        super().connection_lost(exc)

    def _expect_headers(self) -> None:
        if self._header_timer is None:
            self._header_timer = self.loop.call_later(self.header_timeout, self._headers_late)

    def _stop_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_late(self) -> None:
        self._header_timer = None
        if self.transport.is_closing():
            return
        if self._begun:  # half a request: told why; a connection that sent nothing is just closed
            message = HEADERS_LATE.format(self.header_timeout)
            self._close_with(b"408 Request Timeout", envelope(408, "request_timeout", message))
        else:
            self.transport.close()

    def send_400_response(self, msg: str) -> None:
        # Written here, not by the app: there is no request for the app to answer.
        self._close_with(b"400 Bad Request", envelope(400, "invalid_request", UNPARSABLE))

    def _close_with(self, status: bytes, answer: JSONResponse) -> None:
        headers = [*self.server_state.default_headers, *answer.raw_headers, (b"connection", b"close")]
        head = b"".join(name + b": " + value + b"\r\n" for name, value in headers)
        self.transport.write(b"HTTP/1.1 " + status + b"\r\n" + head + b"\r\n" + answer.body)
        self.transport.close()


def http_protocol(settings: Settings) -> type[EnvelopeHttpTools]:
    """The protocol with the settings' header deadline."""

    class Protocol(EnvelopeHttpTools):
        header_timeout = settings.header_timeout

    return Protocol


class _Announcing(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, settings: Settings) -> None:
        super().__init__(config)
        self.settings = settings

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.should_exit:  # the port was taken: uvicorn has said so
            return
        # The ready signal: printed once the socket listens.
        print(f"Cobalt sandbox listening on http://{self.config.host}:{self.config.port}", flush=True)
        for credentials in self.settings.credentials:
            print(f"  accepts client_id {credentials.client_id} (practice {credentials.practice})", flush=True)
        settings = self.settings
        print(f"  data in {settings.db_path}; bookings settle after {settings.booking_delay}s", flush=True)
        which = {"current": "the vendor's current reference", "newest": "the vendor's newest pages"}.get(
            settings.shapes, "the first vendor reference"
        )
        print(f"  answers in the wire shapes of {which} (--shapes)", flush=True)
        hosts = "".join(f", {host}" for host in settings.webhook_hosts)
        print(f"  delivers webhooks to loopback addresses{hosts} only (--webhook-host)", flush=True)

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        # uvicorn re-raises Ctrl-C / SIGTERM once it has shut down, which ends the process with a
        # KeyboardInterrupt or a signal status; a sandbox that stopped as asked exits 0 instead.
        stops = (signal.SIGINT, signal.SIGTERM)
        previous = {stop: signal.signal(stop, self.handle_exit) for stop in stops}
        try:
            yield
        finally:
            for stop, handler in previous.items():
                signal.signal(stop, handler)
            print("Cobalt sandbox stopped", flush=True)


def run(
    settings: Settings, host: str, port: int, reset: bool, scenario: dict[str, dict[str, Any]] | None = None
) -> int:
    """Serves until Ctrl-C or SIGTERM (uvicorn finishes the requests in flight, then returns),
    with each practice's part of `scenario` loaded first."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    # The sandbox's own process, whose log lines show none of these: not looked up for every line,
    # as the logging HOWTO's "Optimization" section advises (a line per request is on the hot path).
    logging._srcfile = None
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
    try:
        app = create_app(settings)
        if reset:
            app.state.sandbox.reset()
        if scenario:
            load_scenario(app.state.sandbox, scenario)
    except StorageFull as full:
        print(f"Cobalt sandbox not started: {full}; free some space and start it again", file=sys.stderr)
        return 1
    except ScenarioRefused as refused:
        print(f"Cobalt sandbox not started: {refused}", file=sys.stderr)
        return 2
    protocol = http_protocol(settings)
    config = uvicorn.Config(app, host=host, port=port, access_log=False, log_level="warning", http=protocol)
    server = _Announcing(config, settings)
    server.run()
    return 0 if server.started else 1


class Background:
    """An ASGI app served from a daemon thread of this process, on a port of the system's choosing
    (or `port`), with the settings' header deadline: the sandbox, the proxy, the replay."""

    def __init__(self, app: Any, settings: Settings | None = None, port: int = 0, what: str = "the server") -> None:
        self.app, self._what = app, what
        self._socket = socket.socket()
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", port))
        host, bound = self._socket.getsockname()
        self.url = f"http://{host}:{bound}"
        # uvicorn's access log would write each path and query (patient data in a query): off.
        protocol = http_protocol(settings or Settings())
        config = uvicorn.Config(app, access_log=False, log_level="warning", lifespan="on", http=protocol)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name=f"cobalt {what}", daemon=True
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
                raise RuntimeError(f"{self._what} did not start on {self.url}")
            time.sleep(0.01)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._socket.close()


class ThreadedSandbox(Background):
    """A sandbox served from a daemon thread of this process, on a port of its own choosing."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(create_app(settings), settings, what="the sandbox")

    @property
    def sandbox(self) -> Sandbox:
        sandbox: Sandbox = self.app.state.sandbox
        return sandbox
