"""The connection `Cobalt` and `AsyncCobalt` share: credentials, the base URL, the httpx client with
its retries, hooks and deadline, and one call: send a prepared request, read the answer into its
model, or raise the typed error. The per-operation methods are rendered into `operations.py`."""

from __future__ import annotations

import ipaddress
import json
import os
from collections.abc import Generator
from typing import Any, Generic, Self, TypeVar
from urllib.parse import urlsplit

import httpx

from cobalt_kit import shapes, variants
from cobalt_kit.errors import APIConnectionError, APITimeoutError, CobaltError, UnexpectedResponseError
from cobalt_kit.facts import (
    BASE_URL_ENVIRONMENT,
    CREDENTIAL_ENVIRONMENT,
    CREDENTIAL_HEADERS,
    DEMO_CREDENTIALS,
    base_urls,
)
from cobalt_kit.transport import (
    ACCEPT_ENCODING,
    MAX_RESPONSE_BYTES,
    AsyncRetryingTransport,
    RetryingTransport,
    RetryPolicy,
    async_hide_query,
    async_log_and_raise,
    default_async_transport,
    default_transport,
    hide_query,
    log_and_raise,
)
from cobalt_kit.wire import Request

DEFAULT_TIMEOUT = 30.0
_NOT_JSON = object()


class Credentials(httpx.Auth):
    """The three headers every request carries. Never shown: not in repr, str or errors."""

    def __init__(self, client_id: str, client_secret: str, access_token: str) -> None:
        given = dict(zip(CREDENTIAL_HEADERS, (client_id, client_secret, access_token), strict=True))
        missing = [name for name, value in given.items() if not value]
        if missing:
            raise ValueError(f"missing Cobalt credential(s): {', '.join(missing)}")
        self._headers = given

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Credentials:
        environ = dict(os.environ if environ is None else environ)
        missing = [var for var in CREDENTIAL_ENVIRONMENT.values() if not environ.get(var)]
        if missing:
            raise ValueError(f"set the environment variable(s) {', '.join(missing)}")
        return cls(**{name: environ[var] for name, var in CREDENTIAL_ENVIRONMENT.items()})

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(self._headers)
        yield request

    def __repr__(self) -> str:
        return "Credentials(client_id=***, client_secret=***, access_token=***)"


def resolve_base_url(base_url: str) -> str:
    """A named base URL (production, mock, sandbox) or a URL; plain http only to a loopback address."""
    named = base_urls()
    url = named.get(base_url, base_url).rstrip("/")
    parts = urlsplit(url)
    # A user name or password in the URL would be sent nowhere (the credentials are the three headers),
    # yet shown wherever the URL is: httpx logs it with every request.
    shown = "a URL with a user name or password" if "@" in url else repr(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"base_url must be {', '.join(named)} or an http(s) URL, not {shown}")
    if "@" in parts.netloc:
        raise ValueError("base_url must not carry a user name or password: the credentials go in their own headers")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ValueError(
            f"refusing plain http to {parts.hostname}: patient data must travel over https "
            "(plain http is allowed to loopback addresses only)"
        )
    return url


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def credentials_for(url: str) -> dict[str, str] | None:
    """The credentials to send to `url`: COBALT_CLIENT_ID, COBALT_CLIENT_SECRET and COBALT_ACCESS_TOKEN
    when all are set; when none is, for a stand-in on this machine (a loopback URL), the sandbox's demo
    set; else None (never a made-up credential to a remote host). Some but not all set: ValueError
    naming the missing ones (a half-configured environment is a mistake, not a wish for the demo set)."""
    values = {name: os.environ.get(variable, "") for name, variable in CREDENTIAL_ENVIRONMENT.items()}
    if all(values.values()):
        return values
    if any(values.values()):
        missing = [CREDENTIAL_ENVIRONMENT[name] for name, value in values.items() if not value]
        raise ValueError(f"set the environment variable(s) {', '.join(missing)}")
    if is_loopback(urlsplit(url).hostname or ""):
        return dict(DEMO_CREDENTIALS)
    return None


def _parse(request: Request, response: httpx.Response) -> Any:
    """The success body as its model, or UnexpectedResponseError naming where it left the document.
    Only the reading of the body is guarded: an error in the kit or the generated code is not
    reported as the server's."""
    operation = request.operation
    status = response.status_code
    if status not in operation.statuses:
        raise UnexpectedResponseError(f"undocumented status {status}", status=status)
    if operation.model is None:
        return None
    try:
        body = json.loads(response.content)
    except (ValueError, RecursionError):
        body = _NOT_JSON
    if body is _NOT_JSON:
        # Raised outside the except block: the decoder's error quotes the body, which can hold
        # patient data, and would otherwise ride along as __context__.
        raise UnexpectedResponseError("the response body is not JSON (or nested too deeply to read)", status=status)
    try:
        shapes.check(operation.model, body)
    except shapes.ShapeError as mismatch:
        # The cause is kept: it names a field path and a JSON type, never a value.
        raise UnexpectedResponseError(
            f"the response body does not match the document: {mismatch}", status=status
        ) from mismatch
    places = variants.of(operation.id, status)
    if places:
        request.variants = variants.name(body, places).names
    return operation.model.from_dict(body)


def _next_page(request: Request, result: Any) -> bool:
    """Moves `request` to the next page; False after the last (a server without `pagination` has one
    page, and an empty page is the last)."""
    total = getattr(getattr(result, "pagination", None), "total_pages", None)
    page = int(request.params.get("page", 1))
    if not getattr(result, str(request.operation.items)) or not isinstance(total, int) or page >= total:
        return False
    request.params["page"] = page + 1
    return True


def _unanswered(error: CobaltError | httpx.TransportError) -> CobaltError:
    """The typed error of a call that got no success answer (detached: see `_detached`)."""
    if isinstance(error, httpx.TimeoutException):
        error = APITimeoutError("the Cobalt API did not answer in time; try again or raise `timeout`")
    elif isinstance(error, httpx.TransportError):
        error = APIConnectionError(f"could not reach the Cobalt API ({type(error).__name__}); check base_url")
    return _detached(error)


def _answered(request: Request, response: httpx.Response) -> Any:
    """The answer read into its model, or the detached UnexpectedResponseError (raised outside the
    except block, so that it carries no context)."""
    try:
        return _parse(request, response)
    except UnexpectedResponseError as error:
        failure = error
    del response  # this frame is in the traceback: the response holds the request
    raise _detached(failure)


def _detached(failure: CobaltError) -> CobaltError:
    """The error without the traceback of where it was raised: httpx's frames there hold the request,
    and with it the credential headers."""
    failure.__context__ = failure.__cause__ = None
    return failure.with_traceback(None)


HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)


class _Connection(Generic[TransportT, HttpT]):
    """The configuration `Cobalt` and `AsyncCobalt` share; each connects its own httpx client."""

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        access_token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        transport: TransportT | None = None,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        """Credentials come from the arguments or, when none is given, from COBALT_CLIENT_ID,
        COBALT_CLIENT_SECRET and COBALT_ACCESS_TOKEN; the base URL from `base_url`, COBALT_BASE_URL or
        production. `base_url` may name a server: "production", "mock" or "sandbox".

        `timeout` (seconds) is a deadline for each whole call: connecting, sending, reading the answer's
        headers and body, and the waits between retries end by then, however slowly a server trickles
        its answer (APITimeoutError past it). An answer larger than `max_response_bytes`, as received
        or once inflated, is an UnexpectedResponseError, and is not read further."""
        given = (client_id, client_secret, access_token)
        self._credentials = (
            Credentials.from_env() if given == (None, None, None) else Credentials(*(v or "" for v in given))
        )
        self.base_url = resolve_base_url(base_url or os.environ.get(BASE_URL_ENVIRONMENT) or "production")
        self.timeout = timeout
        self.retry = retry or RetryPolicy(max_retries=max_retries)
        self.max_response_bytes = max_response_bytes
        self._http: HttpT = self._connect(transport)
        self._resources()

    def _connect(self, transport: TransportT | None) -> HttpT:
        raise NotImplementedError

    def _resources(self) -> None:
        """Makes the resources (`appointments`, `webhooks`, ...): rendered in `operations.py`."""

    def _options(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "auth": self._credentials,
            "headers": {"Accept-Encoding": ACCEPT_ENCODING},
            "timeout": self.timeout,
        }

    @classmethod
    def from_env(cls, **kwargs: Any) -> Self:
        """Credentials and base URL from the environment; `kwargs` as for the constructor."""
        return cls(**kwargs)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, credentials=***)"


class SyncConnection(_Connection[httpx.BaseTransport, httpx.Client]):
    def _connect(self, transport: httpx.BaseTransport | None) -> httpx.Client:
        return httpx.Client(
            **self._options(),
            transport=RetryingTransport(transport or default_transport(), self.retry, self.max_response_bytes),
            event_hooks={"request": [hide_query], "response": [log_and_raise]},
        )

    def _call(self, request: Request) -> Any:
        try:
            response = self._http.request(
                request.operation.method, request.url, params=request.params, json=request.json
            )
        except (CobaltError, httpx.TransportError) as error:  # an error status is typed by the response hook
            failure = _unanswered(error)
        else:
            try:
                return _answered(request, response)
            finally:
                del response  # this frame is in the traceback: the response holds the request
        raise failure

    def _pages(self, request: Request) -> list[Any]:
        """The items of every page, from the first."""
        found: list[Any] = []
        request.params["page"] = 1
        while True:
            result = self._call(request)
            found += getattr(result, str(request.operation.items))
            if not _next_page(request, result):
                return found

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncConnection(_Connection[httpx.AsyncBaseTransport, httpx.AsyncClient]):
    def _connect(self, transport: httpx.AsyncBaseTransport | None) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            **self._options(),
            transport=AsyncRetryingTransport(
                transport or default_async_transport(), self.retry, self.max_response_bytes
            ),
            event_hooks={"request": [async_hide_query], "response": [async_log_and_raise]},
        )

    async def _call(self, request: Request) -> Any:
        try:
            response = await self._http.request(
                request.operation.method, request.url, params=request.params, json=request.json
            )
        except (CobaltError, httpx.TransportError) as error:  # an error status is typed by the response hook
            failure = _unanswered(error)
        else:
            try:
                return _answered(request, response)
            finally:
                del response  # this frame is in the traceback: the response holds the request
        raise failure

    async def _pages(self, request: Request) -> list[Any]:
        """The items of every page, from the first."""
        found: list[Any] = []
        request.params["page"] = 1
        while True:
            result = await self._call(request)
            found += getattr(result, str(request.operation.items))
            if not _next_page(request, result):
                return found

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
