"""How a request travels: retries below httpx's client, a deadline and a size bound on every call,
and response hooks that log and raise.

Only idempotent requests are retried (by default GET: a retried POST could book a patient twice; the
reference does not document PATCH as idempotent). Retries happen on transport errors, 429 and 5xx, with
capped, jittered exponential backoff from tenacity, or after the wait the server's `Retry-After` asks
for when that is at most `RetryPolicy.max_retry_after` (a longer one is not sat out: the error carries
it to the caller).

The request's timeout (one number for the kit's clients) is a deadline for the whole call: connecting,
sending, the answer's headers and body, and the waits between retries all end by then, however slowly a
server trickles its bytes; past it, httpx.ReadTimeout (APITimeoutError from the kit's clients). With a
transport of the caller's own the deadline is checked between the chunks it yields. An answer is read
up to `max_response_bytes` (MAX_RESPONSE_BYTES by default), counted both as received and as inflated
(the kit asks for gzip or deflate only, and inflates them itself a bounded piece at a time), so a huge
body or a compression bomb is an UnexpectedResponseError, never the process's memory.
"""

from __future__ import annotations

import asyncio
import logging
import time
import zlib
from collections.abc import AsyncIterator, Iterator
from contextvars import ContextVar, Token
from dataclasses import dataclass, field
from typing import Any

import httpcore
import httpx
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    retry_if_result,
    stop_after_attempt,
    wait_exponential_jitter,
)

from cobalt_kit.errors import UnexpectedResponseError, error_from_response, retry_after

logger = logging.getLogger("cobalt_kit")

# The largest answer the kit's clients read, as received and as inflated: the document's largest
# answer (a month's appointments of a busy practice) is a few megabytes.
MAX_RESPONSE_BYTES = 32 * 1024 * 1024
# The encodings the kit's clients ask for, and the only ones the transports read: they inflate them
# themselves, a bounded piece at a time. httpx's own decoder inflates a whole received chunk at once,
# and 64 KiB of gzip can inflate to 64 MiB.
ACCEPT_ENCODING = "gzip, deflate"
_INFLATE_STEP = 64 * 1024


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    # The longest server-requested wait (Retry-After, on a 429 or a 5xx) that is sat out before a
    # retry; a longer one is not: the error carries it to the caller instead.
    max_retry_after: float = 60.0
    methods: frozenset[str] = field(default_factory=lambda: frozenset({"GET"}))
    retry_server_errors: bool = True

    def should_retry(self, request: httpx.Request, response: httpx.Response) -> bool:
        status = response.status_code
        if request.method not in self.methods or not (status == 429 or (self.retry_server_errors and status >= 500)):
            return False
        wait = retry_after(response)
        return wait is None or wait <= self.max_retry_after

    def wait(self, state: RetryCallState) -> float:
        backoff = wait_exponential_jitter(multiplier=self.initial_delay, max=self.max_delay, jitter=self.initial_delay)
        outcome = state.outcome
        if outcome is not None and not outcome.failed:
            wait = retry_after(outcome.result())
            if wait is not None:
                return wait
        return float(backoff(state))

    def retrying(self, request: httpx.Request, deadline: float | None = None) -> Retrying:
        # time.sleep is looked up at each wait so that tests can replace it.
        return Retrying(sleep=lambda seconds: time.sleep(seconds), **self._common(request, deadline))

    def async_retrying(self, request: httpx.Request, deadline: float | None = None) -> AsyncRetrying:
        return AsyncRetrying(sleep=lambda seconds: asyncio.sleep(seconds), **self._common(request, deadline))

    def _common(self, request: httpx.Request, deadline: float | None) -> dict[str, Any]:
        """`deadline` (time.monotonic()): no wait before a retry ends after it."""
        attempts = stop_after_attempt(self.max_retries + 1 if request.method in self.methods else 1)

        def stop(state: RetryCallState) -> bool:
            late = deadline is not None and time.monotonic() + state.upcoming_sleep >= deadline
            return late or attempts(state)

        return {
            "stop": stop,
            "wait": self.wait,
            "retry": retry_if_exception_type(httpx.TransportError)
            | retry_if_result(lambda response: self.should_retry(request, response)),
            "retry_error_callback": _last_response,
            "reraise": True,
        }


def _last_response(state: RetryCallState) -> httpx.Response:
    # Out of attempts on an error status: hand that response on, so its typed error is raised.
    assert state.outcome is not None
    response: httpx.Response = state.outcome.result()
    return response


# The deadline (time.monotonic()) of the call whose bytes this thread or task is moving, if any: set
# around each step of a call (sending and the answer's headers, each chunk of its body), read by every
# socket operation of the default transports' connections.
_DEADLINE: ContextVar[float | None] = ContextVar("cobalt_kit_deadline", default=None)


def _time_left(timeout: float | None, expired: type[Exception]) -> float | None:
    """`timeout`, shortened to what is left of the current call's deadline; `expired` once none is."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise expired("the call's deadline has passed")
    return left if timeout is None or timeout > left else timeout


class _Connection(httpcore.NetworkStream):
    """A connection whose every read, write and TLS handshake ends by the current call's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _time_left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _time_left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        left = _time_left(timeout, httpcore.ConnectTimeout)
        return _Connection(self._inner.start_tls(ssl_context, server_hostname, left))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Network(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, *args: Any, **kwargs: Any) -> Any:
        left = _time_left(timeout, httpcore.ConnectTimeout)
        return _Connection(self._inner.connect_tcp(host, port, left, *args, **kwargs))

    def connect_unix_socket(self, path: str, timeout: float | None = None, *args: Any, **kwargs: Any) -> Any:
        left = _time_left(timeout, httpcore.ConnectTimeout)
        return _Connection(self._inner.connect_unix_socket(path, left, *args, **kwargs))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncConnection(httpcore.AsyncNetworkStream):
    """`_Connection` for asyncio."""

    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, _time_left(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, _time_left(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> Any:
        left = _time_left(timeout, httpcore.ConnectTimeout)
        return _AsyncConnection(await self._inner.start_tls(ssl_context, server_hostname, left))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _AsyncNetwork(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None, *args: Any, **kwargs: Any) -> Any:
        left = _time_left(timeout, httpcore.ConnectTimeout)
        return _AsyncConnection(await self._inner.connect_tcp(host, port, left, *args, **kwargs))

    async def connect_unix_socket(self, path: str, timeout: float | None = None, *args: Any, **kwargs: Any) -> Any:
        left = _time_left(timeout, httpcore.ConnectTimeout)
        return _AsyncConnection(await self._inner.connect_unix_socket(path, left, *args, **kwargs))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def default_transport() -> httpx.HTTPTransport:
    """httpx's transport, each of its connections' socket operations held to the call's deadline."""
    transport = httpx.HTTPTransport()
    # httpcore's pool takes a network backend; httpx's transport passes none through, so it is set here.
    transport._pool._network_backend = _Network(transport._pool._network_backend)
    return transport


def default_async_transport() -> httpx.AsyncHTTPTransport:
    transport = httpx.AsyncHTTPTransport()
    transport._pool._network_backend = _AsyncNetwork(transport._pool._network_backend)
    return transport


class _Call:
    """One call through the transport: its wire request, its deadline, and each attempt's timeouts."""

    def __init__(self, request: httpx.Request, policy: RetryPolicy, max_response_bytes: int) -> None:
        self.request = request
        self.policy = policy
        self.max_response_bytes = max_response_bytes
        self.wire = on_the_wire(request)
        self.attempts = 0
        self.timeouts = request.extensions.get("timeout") or {}
        # A phase without a timeout (None) means the caller set no bound on the call.
        bounded = self.timeouts and None not in self.timeouts.values()
        self.deadline = time.monotonic() + max(self.timeouts.values()) if bounded else None

    def begin_attempt(self) -> None:
        """A retry's timeouts (the wait for a pooled connection among them) cut to what is left; the
        first attempt's cannot end past the deadline."""
        self.attempts += 1
        if self.attempts > 1 and self.deadline is not None:
            left = max(0.0, self.deadline - time.monotonic())
            self.wire.extensions["timeout"] = {phase: min(t, left) for phase, t in self.timeouts.items()}

    def answered(self, response: httpx.Response, body: type[_Bounded]) -> bool:
        """Whether `response` is the call's answer (else it is to be read, closed and retried); its body,
        unless the transport has read it already, from now on read as `body`: within the deadline and
        the size bound."""
        if not response.is_stream_consumed:
            response.stream = body(response, self.deadline, self.max_response_bytes)  # type: ignore[assignment]
        return not self.policy.should_retry(self.request, response)


class RetryingTransport(httpx.BaseTransport):
    def __init__(
        self, inner: httpx.BaseTransport, policy: RetryPolicy, max_response_bytes: int = MAX_RESPONSE_BYTES
    ) -> None:
        self._inner = inner
        self._policy = policy
        self._max_response_bytes = max_response_bytes

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        call = _Call(request, self._policy, self._max_response_bytes)

        def attempt() -> httpx.Response:
            call.begin_attempt()
            token = _DEADLINE.set(call.deadline)
            try:
                response = self._inner.handle_request(call.wire)
            finally:
                _DEADLINE.reset(token)
            if not call.answered(response, _Body):
                response.read()  # keep the body for the caller, free the connection for the retry
                response.close()
            return response

        result: httpx.Response = self._policy.retrying(request, call.deadline)(attempt)
        return result

    def close(self) -> None:
        self._inner.close()


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    def __init__(
        self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy, max_response_bytes: int = MAX_RESPONSE_BYTES
    ) -> None:
        self._inner = inner
        self._policy = policy
        self._max_response_bytes = max_response_bytes

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        call = _Call(request, self._policy, self._max_response_bytes)

        async def attempt() -> httpx.Response:
            call.begin_attempt()
            token = _DEADLINE.set(call.deadline)
            try:
                response = await self._inner.handle_async_request(call.wire)
            finally:
                _DEADLINE.reset(token)
            if not call.answered(response, _AsyncBody):
                await response.aread()
                await response.aclose()
            return response

        result: httpx.Response = await self._policy.async_retrying(request, call.deadline)(attempt)
        return result

    async def aclose(self) -> None:
        await self._inner.aclose()


class _Bounded:
    """An answer's body as the caller reads it: each chunk received within the call's deadline,
    inflated here a bounded piece at a time, and counted against the size bound."""

    def __init__(self, response: httpx.Response, deadline: float | None, limit: int) -> None:
        self._inner = response.stream
        self._deadline = deadline
        self._limit = limit
        self._status = response.status_code
        self._received = self._inflated = 0
        declared, encodings = b"", b""
        for name, value in response.headers.raw:  # one pass: Headers.get costs a microsecond or two each
            name = name.lower()
            if name == b"content-length":
                declared = value
            elif name == b"content-encoding":
                encodings += b"," + value
        # A declared length over the bound is refused at the first read, before a byte is taken.
        self._declared = (int(declared) if len(declared) < 19 else limit + 1) if declared.isdigit() else 0
        self._coding = _coding(encodings.decode("latin-1"), self._status) if encodings else None
        self._inflater = zlib.decompressobj(_WBITS[self._coding]) if self._coding else None
        if self._coding:
            # The caller gets the inflated body: the headers that describe the encoded one go.
            del response.headers["Content-Encoding"]
            response.headers.pop("Content-Length", None)

    def _step(self) -> Token[float | None]:
        """Before each chunk: refuse an answer over the bound or past the deadline; else the deadline
        set for the connection's reads."""
        self._check(max(self._received, self._declared), "")
        if self._deadline is not None and time.monotonic() >= self._deadline:
            raise httpx.ReadTimeout("the call's deadline has passed")
        return _DEADLINE.set(self._deadline)

    def _take(self, chunk: bytes) -> Iterator[bytes]:
        self._received += len(chunk)
        self._check(self._received, "")
        if self._inflater is None:
            yield chunk
            return
        while chunk:
            try:
                piece = self._inflater.decompress(chunk, _INFLATE_STEP)
            except zlib.error:
                if self._coding != "deflate" or self._inflated:
                    corrupt = "the answer's compressed body is corrupt"
                    raise UnexpectedResponseError(corrupt, status=self._status) from None
                # "deflate" without its zlib header, as some servers send it.
                self._coding, self._inflater = "raw", zlib.decompressobj(-zlib.MAX_WBITS)
                continue
            chunk = self._inflater.unconsumed_tail
            yield self._counted(piece)

    def _end(self) -> Iterator[bytes]:
        if self._inflater is not None:
            yield self._counted(self._inflater.flush())

    def _counted(self, piece: bytes) -> bytes:
        self._inflated += len(piece)
        self._check(self._inflated, " once inflated")
        return piece

    def _check(self, size: int, how: str) -> None:
        if size > self._limit:
            raise UnexpectedResponseError(
                f"the answer is larger than {self._limit:,} bytes{how}, the most the client reads "
                "(max_response_bytes); it was not read further",
                status=self._status,
            )


class _Body(_Bounded, httpx.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        assert isinstance(self._inner, httpx.SyncByteStream)
        chunks = iter(self._inner)
        while True:
            token = self._step()
            try:
                chunk = next(chunks, None)
            finally:
                _DEADLINE.reset(token)
            if chunk is None:
                yield from self._end()
                return
            yield from self._take(chunk)

    def close(self) -> None:
        assert isinstance(self._inner, httpx.SyncByteStream)
        self._inner.close()


class _AsyncBody(_Bounded, httpx.AsyncByteStream):
    async def __aiter__(self) -> AsyncIterator[bytes]:
        assert isinstance(self._inner, httpx.AsyncByteStream)
        chunks = aiter(self._inner)
        while True:
            token = self._step()
            try:
                chunk = await anext(chunks, None)
            finally:
                _DEADLINE.reset(token)
            if chunk is None:
                for piece in self._end():
                    yield piece
                return
            for piece in self._take(chunk):
                yield piece

    async def aclose(self) -> None:
        assert isinstance(self._inner, httpx.AsyncByteStream)
        await self._inner.aclose()


# zlib's window bits: 32 reads a gzip or a zlib header, whichever came (servers send both as "deflate").
_WBITS = {"gzip": 32 + zlib.MAX_WBITS, "deflate": 32 + zlib.MAX_WBITS}


def _coding(encodings: str, status: int) -> str | None:
    """The answer's one content coding the kit inflates (gzip or deflate), None for none; the kit
    reads no other (httpx would inflate it unbounded)."""
    codings = [coding for coding in encodings.lower().replace(" ", "").split(",") if coding not in ("", "identity")]
    codings = ["gzip" if coding == "x-gzip" else coding for coding in codings]
    if not codings:
        return None
    if len(codings) == 1 and codings[0] in _WBITS:
        return codings[0]
    raise UnexpectedResponseError(
        f"the answer is encoded as {', '.join(codings)}; the client asked for {ACCEPT_ENCODING} only", status=status
    )


def _log(response: httpx.Response) -> None:
    # Method, path and status only: query values and bodies carry patient data.
    logger.debug("%s %s -> %d", response.request.method, response.request.url.path, response.status_code)


def log_and_raise(response: httpx.Response) -> None:
    _log(response)
    if response.status_code >= 400:
        response.read()
        raise error_from_response(response)


async def async_log_and_raise(response: httpx.Response) -> None:
    _log(response)
    if response.status_code >= 400:
        await response.aread()
        raise error_from_response(response)


# httpx logs each request's URL at INFO, query included, and query values are patient data. The kit's
# own clients keep the query out of the URL httpx sees and put it back on the wire copy only, so no
# filter on httpx's logger (which would change every other httpx user in the process) is needed.
_QUERY = "cobalt_kit.query"


def hide_query(request: httpx.Request) -> None:
    if request.url.query:
        request.extensions[_QUERY] = request.url.query
        request.url = request.url.copy_with(query=None)


async def async_hide_query(request: httpx.Request) -> None:
    hide_query(request)


def on_the_wire(request: httpx.Request) -> httpx.Request:
    """The request as it is sent: with the query that `hide_query` took out of its URL."""
    query = request.extensions.get(_QUERY)
    if not query:
        return request
    extensions = {k: v for k, v in request.extensions.items() if k != _QUERY}
    url = request.url.copy_with(query=query)
    return httpx.Request(request.method, url, headers=request.headers, stream=request.stream, extensions=extensions)
