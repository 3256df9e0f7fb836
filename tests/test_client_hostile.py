"""The kit's client against hostile servers: what a trusted HTTP client promises whatever a server (or
a proxy before it) sends. A server-requested wait is capped, and an unreadable one is no hint; the
client's `timeout` is a deadline for the whole call, however slowly an answer trickles in; an answer is
read up to a bound, as received and as inflated; a URL's password is shown nowhere."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import socket
import struct
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from cobalt_kit import (
    APITimeoutError,
    AsyncCobalt,
    Cobalt,
    CobaltError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    UnexpectedResponseError,
)
from cobalt_kit.transport import MAX_RESPONSE_BYTES

from support import reference
from support.canned import SECRETS, Canned, error
from support.sleeps import record_sleeps

# --- Retry-After ------------------------------------------------------------------------------------

# Backoff of 0.5 s to 8 s: a wait outside that range was the header's, not the backoff's.
POLICY = RetryPolicy(max_retries=2, initial_delay=0.5, max_delay=8.0)
NO_DELAY_HINT = [
    "100000",  # longer than a day
    "inf",
    "nan",
    "1e308",
    "9" * 400,
    "-5",
    "Fri, 31 Dec 9999 23:59:59 GMT",
]


def get_with_waits(
    monkeypatch: pytest.MonkeyPatch, asynchronous: bool, *answers: httpx.Response, timeout: float = 30.0
) -> tuple[BaseException | None, list[float]]:
    """A GET answered with `answers` in turn: what it raised, and the waits it asked time.sleep or
    asyncio.sleep for (neither really waits)."""
    waits = record_sleeps(monkeypatch)
    transport = httpx.MockTransport(Canned(*answers))
    kwargs: dict[str, Any] = {"base_url": "https://cobalt.test/v1", "retry": POLICY, "timeout": timeout}
    try:
        if asynchronous:

            async def run() -> None:
                async with AsyncCobalt(*SECRETS, transport=transport, **kwargs) as cobalt:
                    await cobalt.appointments.get("1")

            asyncio.run(run())
        else:
            Cobalt(*SECRETS, transport=transport, **kwargs).appointments.get("1")
    except CobaltError as raised:
        return raised, waits
    return None, waits


ASYNC = pytest.mark.parametrize("asynchronous", [False, True], ids=["Cobalt", "AsyncCobalt"])


@ASYNC
@pytest.mark.parametrize(("status", "kind"), [(503, ServerError), (429, RateLimitError)], ids=["503", "429"])
@pytest.mark.parametrize("value", NO_DELAY_HINT)
def test_a_retry_after_that_is_no_sane_delay_is_no_hint(
    monkeypatch: pytest.MonkeyPatch, asynchronous: bool, status: int, kind: type[CobaltError], value: str
) -> None:
    raised, waits = get_with_waits(monkeypatch, asynchronous, error(status, **{"Retry-After": value}))
    # Retried as without a Retry-After: after the backoff, never the header's wait (nor at once).
    assert len(waits) == POLICY.max_retries
    assert all(POLICY.initial_delay <= wait <= POLICY.max_delay for wait in waits)
    assert isinstance(raised, kind)
    assert raised.retry_after is None  # type: ignore[attr-defined]


@ASYNC
def test_a_503_asking_for_longer_than_the_cap_is_not_waited_for(
    monkeypatch: pytest.MonkeyPatch, asynchronous: bool
) -> None:
    raised, waits = get_with_waits(monkeypatch, asynchronous, error(503, **{"Retry-After": "3600"}))
    assert waits == []
    assert isinstance(raised, ServerError)
    assert raised.retry_after == 3600  # for the caller to decide


@ASYNC
def test_a_server_requested_wait_ends_within_the_calls_timeout(
    monkeypatch: pytest.MonkeyPatch, asynchronous: bool
) -> None:
    # Within the cap, but not within the 2 s the caller allowed: the call ends with the answer it got.
    answers = (error(503, **{"Retry-After": "30"}), httpx.Response(200, json=reference.GET_RESPONSE))
    raised, waits = get_with_waits(monkeypatch, asynchronous, *answers, timeout=2.0)
    assert isinstance(raised, ServerError)
    assert waits == []


# --- a local server that misbehaves -----------------------------------------------------------------


@contextmanager
def serving(answer: Callable[[socket.socket], None]) -> Iterator[str]:
    """The URL of a local HTTP server answering each connection's request with `answer`."""
    listener = socket.create_server(("127.0.0.1", 0))

    def one(connection: socket.socket) -> None:
        with connection:
            head = b""
            while b"\r\n\r\n" not in head and (received := connection.recv(65536)):
                head += received
            with contextlib.suppress(OSError):  # the client hung up: what the hostile cases expect of it
                answer(connection)

    def accept() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=one, args=(connection,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        listener.shutdown(socket.SHUT_RDWR)
        listener.close()


HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
BODY = json.dumps(reference.GET_RESPONSE).encode()
TRICKLED_BYTES = 16  # at 0.5 s each: 8 s, four times the timeout


def trickle(data: bytes) -> Callable[[socket.socket], None]:
    def answer(connection: socket.socket) -> None:
        for byte in data[:TRICKLED_BYTES]:
            connection.sendall(bytes([byte]))
            time.sleep(0.5)

    return answer


def body_trickled(connection: socket.socket) -> None:
    connection.sendall(HEAD + b"Content-Length: %d\r\n\r\n" % len(BODY))
    trickle(BODY)(connection)


def call(url: str, asynchronous: bool, **kwargs: Any) -> Any:
    """A GET of an appointment through Cobalt or AsyncCobalt and the default transport: the appointment,
    or the CobaltError raised."""
    try:
        if asynchronous:

            async def run() -> Any:
                async with AsyncCobalt(*SECRETS, base_url=url, **kwargs) as cobalt:
                    return await cobalt.appointments.get("1")

            return asyncio.run(run())
        with Cobalt(*SECRETS, base_url=url, **kwargs) as cobalt:
            return cobalt.appointments.get("1")
    except CobaltError as raised:
        return raised


@dataclass(frozen=True)
class Slow:
    name: str
    answer: Callable[[socket.socket], None]
    retries: int


SLOW = [
    Slow("the body a byte every 0.5 s", body_trickled, 0),
    Slow("the headers a byte every 0.5 s", trickle(HEAD + b"\r\n"), 0),
    # A transport error is retried, but not once the deadline has passed.
    Slow("the headers a byte every 0.5 s, the GET retried", trickle(HEAD + b"\r\n"), 2),
]


@ASYNC
@pytest.mark.parametrize("case", SLOW, ids=[case.name for case in SLOW])
def test_the_timeout_is_a_deadline_for_the_whole_call(case: Slow, asynchronous: bool) -> None:
    with serving(case.answer) as url:
        started = time.monotonic()
        raised = call(url, asynchronous, timeout=2.0, retry=RetryPolicy(max_retries=case.retries))
        took = time.monotonic() - started
    assert 1.5 < took < 6.0  # the 2 s deadline, not a read timeout restarted by every byte (8 s and more)
    assert isinstance(raised, APITimeoutError)


ANSWER_BYTES = 300 * 1024 * 1024
ZEROS = bytes(1024 * 1024)


def sent_in_full(connection: socket.socket) -> None:
    connection.sendall(HEAD + b"Content-Length: %d\r\n\r\n" % ANSWER_BYTES)
    for _ in range(ANSWER_BYTES // len(ZEROS)):
        connection.sendall(ZEROS)


def sent_chunked(connection: socket.socket) -> None:
    connection.sendall(HEAD + b"Transfer-Encoding: chunked\r\n\r\n")
    chunk = b"%x\r\n" % len(ZEROS) + ZEROS + b"\r\n"
    for _ in range(ANSWER_BYTES // len(ZEROS)):
        connection.sendall(chunk)
    connection.sendall(b"0\r\n\r\n")


@functools.cache
def gzip_bomb() -> bytes:
    """300 MB of zeros as about 300 KB of gzip: one fully flushed megabyte, repeated (each flushed
    block stands alone, so the copies are byte for byte the same)."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    first = deflate.compress(ZEROS) + deflate.flush(zlib.Z_FULL_FLUSH)
    again = deflate.compress(ZEROS) + deflate.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(ANSWER_BYTES // len(ZEROS)):
        crc = zlib.crc32(ZEROS, crc)
    end = deflate.flush()[:-8] + struct.pack("<II", crc, ANSWER_BYTES & 0xFFFFFFFF)
    return first + again * (ANSWER_BYTES // len(ZEROS) - 1) + end


def bomb_sent(connection: socket.socket) -> None:
    bomb = gzip_bomb()
    connection.sendall(HEAD + b"Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(bomb) + bomb)


LARGE = {"300 MB, its length declared": sent_in_full, "300 MB, chunked": sent_chunked, "a gzip bomb": bomb_sent}


@ASYNC
@pytest.mark.parametrize("answer", LARGE.values(), ids=LARGE.keys())
def test_an_answer_is_read_up_to_a_bound(answer: Callable[[socket.socket], None], asynchronous: bool) -> None:
    gzip_bomb()  # made before memory is measured
    with serving(answer) as url:
        tracemalloc.start()
        try:
            raised = call(url, asynchronous, timeout=30.0)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 50 * 1024 * 1024  # a 300 MB answer read whole took twice that and more
    assert isinstance(raised, UnexpectedResponseError)
    assert f"{MAX_RESPONSE_BYTES:,} bytes" in str(raised)


def encoded(coding: str, body: bytes) -> Callable[[socket.socket], None]:
    def answer(connection: socket.socket) -> None:
        head = HEAD + b"Content-Encoding: %s\r\nContent-Length: %d\r\n\r\n" % (coding.encode(), len(body))
        connection.sendall(head + body)

    return answer


def deflated(wbits: int) -> bytes:
    deflate = zlib.compressobj(6, zlib.DEFLATED, wbits)
    return deflate.compress(BODY) + deflate.flush()


COMPRESSED = {
    "gzip": encoded("gzip", deflated(16 + zlib.MAX_WBITS)),
    "deflate": encoded("deflate", deflated(zlib.MAX_WBITS)),
    "deflate without its zlib header": encoded("deflate", deflated(-zlib.MAX_WBITS)),
}


@ASYNC
@pytest.mark.parametrize("answer", COMPRESSED.values(), ids=COMPRESSED.keys())
def test_a_compressed_answer_is_read(answer: Callable[[socket.socket], None], asynchronous: bool) -> None:
    with serving(answer) as url:
        appointment = call(url, asynchronous, timeout=30.0)
    assert appointment.id == reference.GET_RESPONSE["appointments"]["id"]


@ASYNC
def test_a_corrupt_compressed_answer_is_an_unexpected_response(asynchronous: bool) -> None:
    with serving(encoded("gzip", b"no gzip at all, " * 8)) as url:
        raised = call(url, asynchronous, timeout=30.0)
    assert isinstance(raised, UnexpectedResponseError)  # not httpx's DecodingError, raw


# --- a URL's user name and password ---------------------------------------------------------------


@pytest.mark.parametrize(
    "base_url", ["http://user:pw-in-url@127.0.0.1:1", "https://user:pw-in-url@cobalt.test/v1", "ftp://user:pw-in-url@x"]
)
def test_a_password_in_the_base_url_is_refused_and_never_shown(base_url: str) -> None:
    # The API's credentials are its three headers: a URL's would be sent nowhere, yet httpx logs the URL.
    with pytest.raises(ValueError) as raised:
        Cobalt(*SECRETS, base_url=base_url)
    assert "pw-in-url" not in str(raised.value)
