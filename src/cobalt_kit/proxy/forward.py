"""The validating proxy as an ASGI app: each request goes to the upstream as it came (method, path,
query, headers, body; only the hop-by-hop headers, which belong to one connection, are not passed),
and its answer comes back as it came (status, headers, the body's bytes, still encoded if they
were). Then, once the client has its answer, the exchange is checked against the document,
reported, and recorded when a recorder is given.

The proxy never retries: an upstream answer of any status is passed on; an upstream that gives no
answer (refused, reset, cut short, timed out) is answered 502 (504 for a timeout) with the error envelope and
`x-cobalt-proxy: upstream-failed`, and reported as such.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from cobalt_kit.proxy.cassettes import Exchange, Recorder
from cobalt_kit.proxy.checking import Checker, Verdict, decoded
from cobalt_kit.proxy.report import Report
from cobalt_kit.proxy.upstream import Upstream, UpstreamError

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
    ) -> None:
        self.upstream = Upstream(upstream, timeout)
        self.checker = checker
        self.report = report
        self.recorder = recorder

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
        method: str = scope["method"]
        query: bytes = scope.get("query_string", b"")
        target = (scope.get("raw_path") or scope["path"].encode()) + (b"?" + query if query else b"")
        headers = [(name, value) for name, value in scope["headers"] if name not in HOP_BY_HOP]
        verdict = Verdict(method)
        try:
            answer = await self.upstream.request(method, target, headers, bytes(body))
        except UpstreamError as error:
            await self._no_answer(send, error, verdict, scope)
            return
        raw = bytes(answer.body)
        passed = [(name, value) for name, value in answer.headers if name.lower() not in HOP_BY_HOP]
        passed.append((b"content-length", str(len(raw)).encode()))
        await send({"type": "http.response.start", "status": answer.status, "headers": passed})
        await send({"type": "http.response.body", "body": raw})
        try:
            self._judge(scope, verdict, bytes(body), answer.status, answer.headers, raw)
        except Exception as error:  # the client has its answer; a fault of the check must not hide it
            logger.error("checking the exchange failed (%s)", type(error).__name__)

    def _judge(
        self,
        scope: Scope,
        verdict: Verdict,
        body: bytes,
        status: int,
        raw_headers: list[tuple[bytes, bytes]],
        raw: bytes,
    ) -> None:
        verdict.status = status
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
        headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in raw_headers}
        text = decoded(raw, headers.get("content-encoding"))
        names, broken = self.checker.response(route, status, headers, text)
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
                    status,
                    list(headers.items()),
                    text,
                    names,
                    [name.decode("latin-1") for name, _ in scope["headers"]],
                )
            )

    async def _no_answer(self, send: Send, error: UpstreamError, verdict: Verdict, scope: Scope) -> None:
        status = 504 if error.timed_out else 502
        message = f"The upstream gave no answer ({error.kind}); the proxy does not retry."
        envelope = {"success": False, "code": "upstream_failed", "message": message}
        payload = json.dumps(envelope).encode()
        length = (b"content-length", str(len(payload)).encode())
        headers = [(b"content-type", b"application/json"), length, FAILED_HEADER]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})
        matched = self.checker.router.match(verdict.method, scope["path"])
        if matched is not None:
            verdict.operation_id, verdict.template = matched[0].operation_id, matched[0].template
        verdict.upstream_failure = error.kind
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
        await self.upstream.aclose()
        self.report.close()
