"""How a request travels: retries below httpx's client, and response hooks that log and raise.

Only idempotent requests are retried (by default GET: a retried POST could book a patient twice; the
reference does not document PATCH as idempotent). Retries happen on transport errors, 429 (waiting for
`Retry-After`) and 5xx, with capped, jittered exponential backoff from tenacity.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field
from typing import Any

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

from cobalt_kit.errors import error_from_response, retry_after

logger = logging.getLogger("cobalt_kit")


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    # A longer Retry-After is not waited for: the RateLimitError carries it to the caller instead.
    max_retry_after: float = 60.0
    methods: frozenset[str] = field(default_factory=lambda: frozenset({"GET"}))
    retry_server_errors: bool = True

    def should_retry(self, request: httpx.Request, response: httpx.Response) -> bool:
        if request.method not in self.methods:
            return False
        if response.status_code == 429:
            wait = retry_after(response)
            return wait is None or wait <= self.max_retry_after
        return self.retry_server_errors and response.status_code >= 500

    def wait(self, state: RetryCallState) -> float:
        backoff = wait_exponential_jitter(multiplier=self.initial_delay, max=self.max_delay, jitter=self.initial_delay)
        outcome = state.outcome
        if outcome is not None and not outcome.failed:
            wait = retry_after(outcome.result())
            if wait is not None:
                return wait
        return float(backoff(state))

    def retrying(self, request: httpx.Request) -> Retrying:
        # time.sleep is looked up at each wait so that tests can replace it.
        return Retrying(sleep=lambda seconds: time.sleep(seconds), **self._common(request))

    def async_retrying(self, request: httpx.Request) -> AsyncRetrying:
        return AsyncRetrying(sleep=lambda seconds: asyncio.sleep(seconds), **self._common(request))

    def _common(self, request: httpx.Request) -> dict[str, Any]:
        attempts = self.max_retries + 1 if request.method in self.methods else 1
        return {
            "stop": stop_after_attempt(attempts),
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


class RetryingTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy) -> None:
        self._inner = inner
        self._policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        wire = on_the_wire(request)

        def attempt() -> httpx.Response:
            response = self._inner.handle_request(wire)
            if self._policy.should_retry(request, response):
                response.read()  # keep the body for the caller, free the connection for the retry
                response.close()
            return response

        result: httpx.Response = self._policy.retrying(request)(attempt)
        return result

    def close(self) -> None:
        self._inner.close()


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self._inner = inner
        self._policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        wire = on_the_wire(request)

        async def attempt() -> httpx.Response:
            response = await self._inner.handle_async_request(wire)
            if self._policy.should_retry(request, response):
                await response.aread()
                await response.aclose()
            return response

        result: httpx.Response = await self._policy.async_retrying(request)(attempt)
        return result

    async def aclose(self) -> None:
        await self._inner.aclose()


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
