"""The validating proxy as an ASGI app: each request goes to the upstream as it came (method, path,
query, headers, body; only the hop-by-hop headers, which belong to one connection, are not passed),
and its answer comes back as it came (status, headers, the body's bytes, still encoded if they
were). Then, once the client has its answer, the exchange is checked against the document,
reported, and recorded when a recorder is given.

The proxy never retries: an upstream answer of any status is passed on; an upstream that gives no
answer (refused, reset, timed out) is answered 502 (504 for a timeout) with the error envelope and
`x-cobalt-proxy: upstream-failed`, and reported as such.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from cobalt_kit.proxy.cassettes import Exchange, Recorder
from cobalt_kit.proxy.checking import Checker, Verdict, decoded
from cobalt_kit.proxy.report import Report

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

logger = logging.getLogger("cobalt_kit.proxy")
# RFC 9110 §7.6.1: these describe one connection, not the message; `host` is the upstream's.
HOP_BY_HOP = frozenset({
    b"connection", b"keep-alive", b"proxy-connection", b"te", b"trailer", b"transfer-encoding", b"upgrade", b"host",
    b"proxy-authorization", b"proxy-authenticate", b"content-length",
})  # fmt: skip
FAILED_HEADER = (b"x-cobalt-proxy", b"upstream-failed")
DEFAULT_TIMEOUT = 60.0


def shown_url(url: str) -> str:
    """An upstream URL without user info, query or fragment (a report names where, never who)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


class Proxy:
    def __init__(
        self,
        upstream: str,
        checker: Checker,
        report: Report,
        recorder: Recorder | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.upstream = upstream.rstrip("/")
        self.checker = checker
        self.report = report
        self.recorder = recorder
        self.timeout = timeout
        self._transport = transport
        self._client: httpx.AsyncClient | None = None

    @property
    def client(self) -> httpx.AsyncClient:
        if self._client is None:
            # No retries, no redirects followed (a 3xx is passed on), no default headers added: the
            # request is built by hand and sent with `send`.
            limits = httpx.Limits(max_connections=100, max_keepalive_connections=20)
            self._client = httpx.AsyncClient(
                timeout=self.timeout, follow_redirects=False, limits=limits, transport=self._transport
            )
        return self._client

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        method = scope["method"]
        raw_path: bytes = scope.get("raw_path") or scope["path"].encode()
        query: bytes = scope.get("query_string", b"")
        url = self.upstream + raw_path.decode("latin-1") + (f"?{query.decode('latin-1')}" if query else "")
        headers = [(name, value) for name, value in scope["headers"] if name not in HOP_BY_HOP]
        request = httpx.Request(method, url, headers=headers, content=bytes(body))
        verdict = Verdict(method)
        try:
            response = await self.client.send(request, stream=True)
            try:
                raw = b"".join([chunk async for chunk in response.aiter_raw()])
            finally:
                await response.aclose()
        except httpx.HTTPError as error:
            await self._no_answer(send, error, verdict, scope)
            return
        answer_headers = [(k, v) for k, v in response.headers.raw if k.lower() not in HOP_BY_HOP]
        answer_headers.append((b"content-length", str(len(raw)).encode()))
        await send({"type": "http.response.start", "status": response.status_code, "headers": answer_headers})
        await send({"type": "http.response.body", "body": raw})
        try:
            self._judge(scope, verdict, bytes(body), response, raw)
        except Exception as error:  # the client has its answer; a fault of the check must not hide it
            logger.error("checking the exchange failed (%s)", type(error).__name__)

    def _judge(self, scope: Scope, verdict: Verdict, body: bytes, response: httpx.Response, raw: bytes) -> None:
        verdict.status = response.status_code
        # The proxy's URL stands for the upstream's base URL: a path here is relative to it.
        matched = self.checker.router.match(verdict.method, scope["path"])
        if matched is None:
            verdict.violations.append("not an operation of the document (method and path)")
            self.report.add(verdict)
            return
        route, path_params = matched
        verdict.operation_id, verdict.template = route.operation_id, route.template
        query = scope.get("query_string", b"").decode("latin-1")
        verdict.violations += [f"request {v}" for v in self.checker.request(route, path_params, query, body)]
        headers = {k.lower(): v for k, v in response.headers.items()}
        text = decoded(raw, headers.get("content-encoding"))
        names, broken = self.checker.response(route, response.status_code, headers, text)
        verdict.variants = names
        verdict.violations += [f"response {v}" for v in broken]
        self.report.add(verdict)
        if self.recorder is not None:
            self.recorder.record(
                Exchange(
                    route,
                    path_params,
                    query,
                    body,
                    response.status_code,
                    list(response.headers.items()),
                    text,
                    names,
                    [name.decode("latin-1") for name, _ in scope["headers"]],
                )
            )

    async def _no_answer(self, send: Send, error: httpx.HTTPError, verdict: Verdict, scope: Scope) -> None:
        timed_out = isinstance(error, httpx.TimeoutException)
        status = 504 if timed_out else 502
        kind = type(error).__name__
        message = f"The upstream gave no answer ({kind}); the proxy does not retry."
        envelope = {"success": False, "code": "upstream_failed", "message": message}
        payload = json.dumps(envelope).encode()
        length = (b"content-length", str(len(payload)).encode())
        headers = [(b"content-type", b"application/json"), length, FAILED_HEADER]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})
        matched = self.checker.router.match(verdict.method, scope["path"])
        if matched is not None:
            verdict.operation_id, verdict.template = matched[0].operation_id, matched[0].template
        verdict.upstream_failure = kind
        self.report.add(verdict)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
        self.report.close()
