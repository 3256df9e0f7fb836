"""HTTP/1.1 requests as exact bytes, for input no well-behaved client library would send."""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Answer:
    status: int | None  # None: no answer before the timeout, or the connection closed without one
    body: bytes

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            return None


def request_bytes(method: str, path: str, headers: dict[str, str] | list[tuple[str, str]], body: bytes = b"",
                  content_length: int | None = None) -> bytes:  # fmt: skip
    items = list(headers.items()) if isinstance(headers, dict) else list(headers)
    if body or content_length is not None:
        items.append(("Content-Length", str(len(body) if content_length is None else content_length)))
    head = f"{method} {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n"
    head_bytes = head.encode("latin-1") + b"".join(
        k.encode("latin-1") + b": " + v.encode("utf-8", "surrogateescape") + b"\r\n" for k, v in items
    )
    return head_bytes + b"\r\n" + body


def send(base_url: str, raw: bytes, timeout: float = 10.0) -> Answer:
    parts = urlsplit(base_url)
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as sock:
        try:
            sock.sendall(raw)
            received = b""
            while chunk := sock.recv(65536):
                received += chunk
        except (TimeoutError, ConnectionResetError, BrokenPipeError):
            return Answer(None, b"")
    if not received.startswith(b"HTTP/1."):
        return Answer(None, received)
    head, _, body = received.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    if b"transfer-encoding: chunked" in head.lower():
        body = _unchunk(body)
    return Answer(status, body)


def _unchunk(body: bytes) -> bytes:
    out = b""
    while body:
        size_line, _, rest = body.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        out += rest[:size]
        body = rest[size + 2 :]
    return out
