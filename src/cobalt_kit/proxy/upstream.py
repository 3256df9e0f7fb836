"""The proxy's HTTP/1.1 client of the upstream: keep-alive connections over asyncio streams (TLS
with the system's verified default context for https), requests written as given, answers read
with llhttp (httptools, the parser the sandbox's server uses). It does what a proxy needs and no
more: no redirects followed, no retries, no content decoding, no header added but `host` and
`content-length`. (httpx's async client cost over a millisecond a request in its transport layers:
more than half the proxy's budget.)
"""

from __future__ import annotations

import asyncio
import ssl
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httptools

# uvicorn closes a keep-alive connection after 5 idle seconds: one idle longer is not reused, so
# that a request never goes out on a connection the server is closing.
IDLE_SECONDS = 4.0
MAX_IDLE = 32
READ_SIZE = 65536


class UpstreamError(Exception):
    """The upstream gave no (complete) answer; `kind` names how, in httpx's terms."""

    def __init__(self, kind: str, timed_out: bool = False) -> None:
        super().__init__(kind)
        self.kind = kind
        self.timed_out = timed_out


@dataclass
class Answer:
    status: int = 0
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    body: bytearray = field(default_factory=bytearray)
    done: bool = False
    headers_done: bool = False

    # httptools' callbacks
    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        self.headers_done = True

    def on_body(self, body: bytes) -> None:
        self.body += body

    def on_message_complete(self) -> None:
        self.done = True


@dataclass
class _Connection:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    idle_since: float = 0.0

    def usable(self) -> bool:
        idle = time.monotonic() - self.idle_since
        return not self.reader.at_eof() and not self.writer.is_closing() and idle < IDLE_SECONDS

    def close(self) -> None:
        self.writer.close()


class Upstream:
    def __init__(self, base_url: str, timeout: float) -> None:
        parts = urlsplit(base_url)
        self.https = parts.scheme == "https"
        self.host = parts.hostname or ""
        self.port = parts.port or (443 if self.https else 80)
        default_port = self.port == (443 if self.https else 80)
        self.host_header = (self.host if default_port else f"{self.host}:{self.port}").encode("idna")
        self.base_path = parts.path.rstrip("/").encode("latin-1")
        self.timeout = timeout
        self._ssl = ssl.create_default_context() if self.https else None
        self._idle: list[_Connection] = []

    async def _connect(self) -> _Connection:
        try:
            reader, writer = await asyncio.open_connection(
                self.host, self.port, ssl=self._ssl, server_hostname=self.host if self.https else None
            )
        except ssl.SSLError:
            raise UpstreamError("ConnectError (TLS)") from None
        except OSError:
            raise UpstreamError("ConnectError") from None
        return _Connection(reader, writer)

    async def request(self, method: str, target: bytes, headers: list[tuple[bytes, bytes]], body: bytes) -> Answer:
        """Sends the request (`target`: path and query as sent, relative to the base URL) and reads
        the answer; UpstreamError when none (complete) comes."""
        try:
            return await asyncio.wait_for(self._request(method, target, headers, body), self.timeout)
        except TimeoutError:
            raise UpstreamError("ReadTimeout", timed_out=True) from None

    def _connection(self) -> _Connection | None:
        while self._idle:
            candidate = self._idle.pop()
            if candidate.usable():
                return candidate
            candidate.close()
        return None

    async def _request(self, method: str, target: bytes, headers: list[tuple[bytes, bytes]], body: bytes) -> Answer:
        connection = self._connection() or await self._connect()
        head = [method.encode(), b" ", self.base_path, target, b" HTTP/1.1\r\nhost: ", self.host_header, b"\r\n"]
        for name, value in headers:
            head += [name, b": ", value, b"\r\n"]
        if body or method in ("POST", "PUT", "PATCH"):
            head += [b"content-length: ", str(len(body)).encode(), b"\r\n"]
        head.append(b"\r\n")
        answer = Answer()
        parser = httptools.HttpResponseParser(answer)
        try:
            connection.writer.write(b"".join(head) + body)
            while not answer.done and not (method == "HEAD" and answer.headers_done):
                data = await connection.reader.read(READ_SIZE)
                if not data:
                    if answer.headers_done and not _framed(answer.headers):
                        break  # a body that ends with the connection
                    raise UpstreamError("RemoteProtocolError")
                parser.feed_data(data)
        except httptools.HttpParserError:
            connection.close()
            raise UpstreamError("RemoteProtocolError") from None
        except OSError:
            connection.close()
            raise UpstreamError("ReadError") from None
        except BaseException:
            connection.close()  # a timeout mid-answer: the connection is in an unknown state
            raise
        answer.status = parser.get_status_code()
        if answer.done and parser.should_keep_alive() and len(self._idle) < MAX_IDLE:
            connection.idle_since = time.monotonic()
            self._idle.append(connection)
        else:
            connection.close()
        return answer

    async def aclose(self) -> None:
        for connection in self._idle:
            connection.close()
        self._idle.clear()


def _framed(headers: list[tuple[bytes, bytes]]) -> bool:
    """Whether the answer says where its body ends (a length, or chunks)."""
    names = {name.lower() for name, _ in headers}
    return b"content-length" in names or b"transfer-encoding" in names
