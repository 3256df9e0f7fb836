"""The sandbox as an ASGI app: every request and response is checked against the document.

Order of checks: body size (413), credentials (401), JSON (400), the document (400 naming the
field), then the operation (handlers.py). A response that breaks the document is logged and answered
with 500: it is a bug of the sandbox, and the contract tests fail on it.
"""

from __future__ import annotations

import functools
import json
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import yaml
from openapi_core import OpenAPI
from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
from openapi_core.contrib.starlette.responses import StarletteOpenAPIResponse
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from cobalt_kit.facts import CREDENTIAL_HEADERS
from cobalt_kit.sandbox import handlers
from cobalt_kit.sandbox.backend import Backend
from cobalt_kit.sandbox.handlers import Answer, Refusal
from cobalt_kit.sandbox.settings import Settings
from cobalt_kit.sandbox.store import Store

logger = logging.getLogger("cobalt_kit.sandbox")
Handler = Callable[[Backend, str, Any], Answer]


@dataclass
class Sandbox:
    """What the routes share: the settings, the backend, and the document's validators."""

    settings: Settings
    backend: Backend
    openapi: OpenAPI

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
        if rule in ("required", "additionalProperties"):
            return f"{field}: {first.message}"
        if rule == "anyOf":  # which alternative fields are needed is in the request schema's description
            return f"{field}: matches none of the alternatives the document allows"
        return f"{field}: does not satisfy {rule} {expected!r}"
    if name:
        return f"{name}: {'is required' if 'Missing' in type(error).__name__ else 'is invalid'}"
    return f"request: {type(error).__name__}"


def practice_of(sandbox: Sandbox, request: Request) -> str:
    client_id, client_secret, access_token = (request.headers.get(name, "") for name in CREDENTIAL_HEADERS)
    if not (client_id and client_secret and access_token):
        raise Refusal(401, "unauthorized", "Missing client_id, client_secret or access_token header.")
    credentials = sandbox.settings.credentials
    matched = [c.practice for c in credentials if c.matches(client_id, client_secret, access_token)]
    if not matched:
        raise Refusal(401, "unauthorized", "Invalid client_id, client_secret or access_token.")
    return matched[0]


async def read_body(request: Request, limit: int) -> bytes:
    too_large = Refusal(413, "payload_too_large", f"The request body is larger than {limit} bytes.")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise too_large
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise too_large
    return body


def validated(sandbox: Sandbox, request: Request, body: bytes) -> Any:
    if request.method in ("POST", "PATCH"):
        content_type = request.headers.get("content-type", "")
        if content_type.split(";")[0].strip() != "application/json":
            raise Refusal(400, "invalid_request", "body: send JSON with Content-Type: application/json.")
        try:
            json.loads(body)
        except ValueError:
            raise Refusal(400, "invalid_request", "body: is not valid JSON.") from None
    result = sandbox.openapi.unmarshal_request(StarletteOpenAPIRequest(request, body or None))
    if result.errors:
        raise Refusal(400, "invalid_request", _describe(next(iter(result.errors))))
    return result


async def serve(handlers_by_method: dict[str, Handler], request: Request) -> Response:
    """One route: checks, the operation's handler, and the response held to the document."""
    sandbox: Sandbox = request.app.state.sandbox
    started = time.perf_counter()
    try:
        if request.method not in handlers_by_method:  # HEAD, which Starlette adds to every GET route
            allow = ", ".join(handlers_by_method)
            raise Refusal(405, "method_not_allowed", "Method not allowed.", {"Allow": allow})
        body = await read_body(request, sandbox.settings.max_body)
        practice = practice_of(sandbox, request)
        result = validated(sandbox, request, body)
        handler = handlers_by_method[request.method]
        status, payload = await run_in_threadpool(handler, sandbox.backend, practice, result)
        response: Response = JSONResponse(payload, status_code=status)
        # Validated, not unmarshalled: turning every field into Python objects costs ten times more.
        errors = sandbox.openapi.iter_response_errors(
            StarletteOpenAPIRequest(request, body or None), StarletteOpenAPIResponse(response)
        )
        error = next(iter(errors), None)
        if error is not None:
            logger.error("response breaks the document: %s", _describe(error))
            response = envelope(500, "internal_error", "The sandbox produced an invalid response.")
    except Refusal as refusal:
        response = envelope(refusal.status, refusal.code, refusal.message, refusal.headers)
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
    yield
    app.state.sandbox.backend.store.close()


def load_document(settings: Settings) -> OpenAPI:
    document = yaml.safe_load(settings.spec_path.read_text())
    # The sandbox answers on whatever host and port it was started with.
    document["servers"] = [{"url": "/"}]
    return OpenAPI.from_dict(document)


ROUTES = [
    Route(
        "/appointments",
        functools.partial(serve, {"GET": handlers.list_appointments, "POST": handlers.create_appointment}),
        methods=["GET", "POST"],
    ),
    Route(
        "/appointments/{id}",
        functools.partial(serve, {"GET": handlers.get_appointment, "PATCH": handlers.update_appointment}),
        methods=["GET", "PATCH"],
    ),
]


def create_app(settings: Settings) -> Starlette:
    backend = Backend(Store(settings.db_path), settings.booking_delay)
    sandbox = Sandbox(settings, backend, load_document(settings))
    backend.seed(sandbox.practices)
    app = Starlette(routes=ROUTES, exception_handlers={HTTPException: http_error}, lifespan=lifespan)
    app.state.sandbox = sandbox
    return app
