"""The sandbox as an ASGI app: every request and response is checked against the document.

Order of checks: body size and time (413, 408), credentials (401), JSON (400), the document (400
naming the field), then the operation (handlers.py). A response that breaks the document is logged
and answered with 500: it is a bug of the sandbox, and the contract tests fail on it.

Hostile input is refused where it enters, by one rule each: a body must be JSON text that any
client can read back (valid UTF-8, no lone surrogate, nested at most MAX_DEPTH deep); each query
parameter comes once; patterns are anchored as JSON Schema anchors them; the path id is the one the
router decoded. Control characters in strings are the document's to allow (it does: `type: string`),
and JSON carries them escaped, so they are stored and returned as sent.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import re
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import yaml
from openapi_core import Config, OpenAPI
from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
from openapi_core.contrib.starlette.responses import StarletteOpenAPIResponse
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from cobalt_kit.facts import CREDENTIAL_HEADERS
from cobalt_kit.sandbox import handlers
from cobalt_kit.sandbox.backend import Backend, Origin
from cobalt_kit.sandbox.delivery import Courier
from cobalt_kit.sandbox.handlers import Answer, Call, Refusal
from cobalt_kit.sandbox.rules import Unstorable
from cobalt_kit.sandbox.settings import Settings
from cobalt_kit.sandbox.store import Store

logger = logging.getLogger("cobalt_kit.sandbox")
Handler = Callable[[Backend, Call], Answer]
# The document's bodies are flat objects; nothing legitimate nests deeper than this.
MAX_DEPTH = 16
FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")


@dataclass
class Sandbox:
    """What the routes share: the settings, the backend, and the document's validators."""

    settings: Settings
    backend: Backend
    openapi: OpenAPI
    courier: Courier

    @property
    def practices(self) -> list[str]:
        return list(dict.fromkeys(c.practice for c in self.settings.credentials))

    def reset(self) -> None:
        self.backend.reset(self.practices)


def envelope(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"success": False, "code": code, "message": message}, status_code=status, headers=headers)


def _describe(error: Exception) -> str:
    """Names the offending field without echoing its value (values can be patient data)."""
    name = getattr(error, "name", None)
    cause = error.__cause__ or error.__context__
    schema_errors = getattr(cause, "schema_errors", None) or getattr(error, "schema_errors", None)
    if schema_errors:
        first = min(schema_errors, key=lambda e: len(e.path))
        field = ".".join(str(p) for p in first.path) or name or "body"
        rule, expected = first.validator, first.validator_value
        if rule == "required":  # the message names a property of the document
            return f"{field}: {first.message}"
        if rule == "additionalProperties":
            # Named only when it looks like a field name: the sender chose it, and it may be anything.
            extra = sorted(set(first.instance) - set(first.schema.get("properties", {})))
            shown = [name for name in extra if FIELD_NAME.fullmatch(name)]
            return f"{field}: {'unknown field ' + repr(shown[0]) if shown else 'a field the document does not define'}"
        if rule == "anyOf":  # which alternative fields are needed is in the request schema's description
            return f"{field}: matches none of the alternatives the document allows"
        return f"{field}: does not satisfy {rule} {expected!r}"
    if name:
        return f"{name}: {'is required' if 'Missing' in type(error).__name__ else 'is invalid'}"
    return f"request: {type(error).__name__}"


class DocumentRequest(StarletteOpenAPIRequest):
    """The request as openapi-core sees it, with its path encoded again: openapi-core reads the path
    from a URL, where a decoded `#`, `?` or tab in an id would cut the id short or move it."""

    @property
    def path(self) -> str:
        return quote(self.request.scope["path"], safe="/")


def caller_of(sandbox: Sandbox, request: Request, with_token: bool) -> tuple[str, Origin]:
    """The practice and the origin of a request's events. `with_token` False: the webhook
    registration operations, which take the integration's client_id and client_secret only (and
    reach no practice: the practice is "")."""
    needed = CREDENTIAL_HEADERS if with_token else CREDENTIAL_HEADERS[:2]
    names = " and ".join(needed) if not with_token else "client_id, client_secret and access_token"
    if any(len(request.headers.getlist(name)) > 1 for name in needed):
        raise Refusal(401, "unauthorized", f"Send each of {names} once.")
    client_id, client_secret, access_token = (request.headers.get(name, "") for name in CREDENTIAL_HEADERS)
    if not all(request.headers.get(name) for name in needed):
        raise Refusal(401, "unauthorized", f"Missing {names.replace(' and ', ' or ')} header.")
    token = access_token if with_token else None
    matched = [c for c in sandbox.settings.credentials if c.matches(client_id, client_secret, token)]
    if not matched:
        raise Refusal(401, "unauthorized", f"Invalid {names.replace(' and ', ' or ')}.")
    if not with_token:
        return "", Origin(matched[0].client_id, "")
    return matched[0].practice, Origin(matched[0].client_id, matched[0].reference)


async def read_body(request: Request, limit: int, timeout: float) -> bytes:
    too_large = Refusal(413, "payload_too_large", f"The request body is larger than {limit} bytes.")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise too_large
    body = b""

    async def receive() -> None:
        nonlocal body
        async for chunk in request.stream():
            body += chunk
            if len(body) > limit:
                raise too_large

    try:
        await asyncio.wait_for(receive(), timeout)
    except TimeoutError:
        raise Refusal(408, "request_timeout", f"The request body did not arrive within {timeout:g}s.") from None
    return body


def check_json(value: Any, depth: int = 0) -> None:
    """Refuses what a client could not read back: nesting past MAX_DEPTH, lone surrogates."""
    if depth > MAX_DEPTH:
        raise Refusal(400, "invalid_request", f"body: nested deeper than {MAX_DEPTH} levels.")
    if isinstance(value, dict):
        for key, item in value.items():
            check_json(key, depth + 1)
            check_json(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            check_json(item, depth + 1)
    elif isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise Refusal(400, "invalid_request", "body: a string holds a lone surrogate (not Unicode text).") from None


def validated(sandbox: Sandbox, request: Request, body: bytes) -> Any:
    repeated = sorted(
        {key for key, _ in request.query_params.multi_items() if len(request.query_params.getlist(key)) > 1}
    )
    if repeated:
        raise Refusal(400, "invalid_request", f"{repeated[0]}: given more than once.")
    if body:  # an operation without a body (rotate-secret) may be sent none
        content_type = request.headers.get("content-type", "")
        if content_type.split(";")[0].strip() != "application/json":
            raise Refusal(400, "invalid_request", "body: send JSON with Content-Type: application/json.")
        try:
            parsed = json.loads(body)
        except (ValueError, RecursionError):  # RecursionError: nested past the parser's own limit
            raise Refusal(400, "invalid_request", "body: is not valid JSON.") from None
        check_json(parsed)
    result = sandbox.openapi.unmarshal_request(DocumentRequest(request, body or None))
    if result.errors:
        raise Refusal(400, "invalid_request", _describe(next(iter(result.errors))))
    return result


async def serve(handlers_by_method: dict[str, Handler], request: Request, with_token: bool = True) -> Response:
    """One route: checks, the operation's handler, and the response held to the document."""
    sandbox: Sandbox = request.app.state.sandbox
    started = time.perf_counter()
    try:
        if request.method not in handlers_by_method:  # HEAD, which Starlette adds to every GET route
            allow = ", ".join(handlers_by_method)
            raise Refusal(405, "method_not_allowed", "Method not allowed.", {"Allow": allow})
        body = await read_body(request, sandbox.settings.max_body, sandbox.settings.body_timeout)
        practice, origin = caller_of(sandbox, request, with_token)
        result = validated(sandbox, request, body)
        call = Call(
            practice,
            origin,
            sandbox.settings.shapes,
            dict(request.path_params),
            dict(result.parameters.query),
            dict(result.body or {}),
        )
        handler = handlers_by_method[request.method]
        status, payload = await run_in_threadpool(handler, sandbox.backend, call)
        response: Response = JSONResponse(payload, status_code=status)
        # Validated, not unmarshalled: turning every field into Python objects costs ten times more.
        errors = sandbox.openapi.iter_response_errors(
            DocumentRequest(request, body or None), StarletteOpenAPIResponse(response)
        )
        error = next(iter(errors), None)
        if error is not None:
            logger.error("response breaks the document: %s", _describe(error))
            response = envelope(500, "internal_error", "The sandbox produced an invalid response.")
    except Refusal as refusal:
        response = envelope(refusal.status, refusal.code, refusal.message, refusal.headers)
    except Unstorable as refused:
        response = envelope(400, "invalid_request", str(refused))
    except ClientDisconnect:
        # Nobody is left to answer; not an error of the sandbox.
        logger.info("%s %s client disconnected", request.method, request.url.path)
        return Response(status_code=499)
    except Exception as error:  # never a traceback to the client
        logger.exception("unexpected %s", type(error).__name__)
        response = envelope(500, "internal_error", "An unexpected error occurred. Try again later.")
    # One line per request: no query, no body, no credential.
    elapsed = (time.perf_counter() - started) * 1000
    logger.info("%s %s %d %.1fms", request.method, request.url.path, response.status_code, elapsed)
    return response


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "invalid_request")
    return envelope(exc.status_code, code, str(exc.detail), dict(exc.headers or {}))


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    sandbox: Sandbox = app.state.sandbox
    sandbox.courier.start()
    yield
    sandbox.courier.stop()
    sandbox.backend.store.close()


def load_document(settings: Settings) -> OpenAPI:
    document = yaml.safe_load(settings.spec_path.read_text())
    # The sandbox answers on whatever host and port it was started with.
    document["servers"] = [{"url": "/"}]
    # The spec check is off here: its regex dialect (ECMA-262) has no `\Z`. The document itself is
    # checked by the tests and by `make lint`, before the anchors are rewritten.
    return OpenAPI.from_dict(ecma_anchors(document), config=Config(spec_validator_cls=None))


def ecma_anchors(node: Any) -> Any:
    """The document with each pattern's final `$` as JSON Schema (ECMA-262) reads it: the end of the
    string. Python's `$` also matches before a final newline, which would let "15\n" through."""
    if isinstance(node, dict):
        return {
            key: re.sub(r"(?<!\\)\$$", r"\\Z", value)
            if key == "pattern" and isinstance(value, str)
            else ecma_anchors(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [ecma_anchors(item) for item in node]
    return node


def route(path: str, handlers_by_method: dict[str, Handler], with_token: bool = True) -> Route:
    endpoint = functools.partial(serve, handlers_by_method, with_token=with_token)
    return Route(path, endpoint, methods=list(handlers_by_method))


ROUTES = [
    route("/appointments", {"GET": handlers.list_appointments, "POST": handlers.create_appointment}),
    route("/appointments/{id}", {"GET": handlers.get_appointment, "PATCH": handlers.update_appointment}),
    # The singular path of the vendor's current reference: an alias of the one above.
    route("/appointment/{id}", {"GET": handlers.get_appointment}),
    # Webhook registration takes the integration's client_id and client_secret only.
    route(
        "/webhook",
        {"GET": handlers.get_webhook_configuration, "POST": handlers.register_webhook},
        with_token=False,
    ),
    route("/webhook/rotate-secret", {"POST": handlers.rotate_webhook_secret}, with_token=False),
    route("/webhook/{id}", {"DELETE": handlers.delete_webhook}, with_token=False),
    route("/webhook-events", {"GET": handlers.list_webhook_events}),
]


def create_app(settings: Settings) -> Starlette:
    backend = Backend(Store(settings.db_path), settings.booking_delay)
    sandbox = Sandbox(settings, backend, load_document(settings), Courier(backend, settings.webhook_hosts))
    backend.seed(sandbox.practices)
    app = Starlette(routes=ROUTES, exception_handlers={HTTPException: http_error}, lifespan=lifespan)
    # `/appointments/` is not a path of the document: 404 with the envelope, not a redirect.
    app.router.redirect_slashes = False
    app.state.sandbox = sandbox
    return app
