"""The sandbox as an ASGI app: every request and response is checked against openapi/cobalt.yaml.

Order of checks: body size (413), credentials (401), JSON (400), the document (400 naming the
field), then the operation. A response that breaks the document is logged and answered with 500:
it is a bug of the sandbox, and the contract tests fail on it.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
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

from cobalt_kit.sandbox.settings import Settings
from cobalt_kit.sandbox.store import Conflict, Filters, Store

logger = logging.getLogger("cobalt_kit.sandbox")
CREDENTIAL_HEADERS = ("client_id", "client_secret", "access_token")


class Refusal(Exception):
    """An answer with the document's error envelope."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


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


def create_app(settings: Settings) -> Starlette:
    store = Store(settings.db_path, settings.booking_delay)
    for index, credentials in enumerate(settings.credentials):
        store.seed(credentials.practice, with_reference_ids=index == 0)
    document = yaml.safe_load(settings.spec_path.read_text())
    # The sandbox answers on whatever host and port it was started with.
    document["servers"] = [{"url": "/"}]
    openapi = OpenAPI.from_dict(document)

    def practice_of(request: Request) -> str:
        client_id, client_secret, access_token = (request.headers.get(name, "") for name in CREDENTIAL_HEADERS)
        if not (client_id and client_secret and access_token):
            raise Refusal(401, "unauthorized", "Missing client_id, client_secret or access_token header.")
        matched = [c.practice for c in settings.credentials if c.matches(client_id, client_secret, access_token)]
        if not matched:
            raise Refusal(401, "unauthorized", "Invalid client_id, client_secret or access_token.")
        return matched[0]

    async def read_body(request: Request) -> bytes:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > settings.max_body:
            raise Refusal(413, "payload_too_large", f"The request body is larger than {settings.max_body} bytes.")
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > settings.max_body:
                raise Refusal(413, "payload_too_large", f"The request body is larger than {settings.max_body} bytes.")
        return body

    def validated(request: Request, body: bytes) -> Any:
        if request.method in ("POST", "PATCH"):
            content_type = request.headers.get("content-type", "")
            if content_type.split(";")[0].strip() != "application/json":
                raise Refusal(400, "invalid_request", "body: send JSON with Content-Type: application/json.")
            try:
                json.loads(body)
            except ValueError:
                raise Refusal(400, "invalid_request", "body: is not valid JSON.") from None
        result = openapi.unmarshal_request(StarletteOpenAPIRequest(request, body or None))
        if result.errors:
            raise Refusal(400, "invalid_request", _describe(next(iter(result.errors))))
        return result

    async def list_appointments(practice: str, result: Any) -> tuple[int, dict[str, Any]]:
        query = result.parameters.query
        filters = Filters(
            start=query["start_date"],
            end=query["end_date"],
            patient_mrn=query.get("patient_mrn"),
            patient_name=query.get("patient_name"),
            patient_phone=query.get("patient_phone"),
            appointment_mode=query.get("appointment_mode"),
            include_note=query.get("include_note", "false") == "true",
        )
        found = await run_in_threadpool(store.list, practice, filters)
        return 200, {"success": True, "results": {"appointments": found}}

    async def get_appointment(practice: str, result: Any) -> tuple[int, dict[str, Any]]:
        found = await run_in_threadpool(store.get, practice, result.parameters.path["id"])
        if found is None:
            raise Refusal(404, "not_found", "Appointment not found.")
        return 200, {"success": True, "appointments": found}

    async def create_appointment(practice: str, result: Any) -> tuple[int, dict[str, Any]]:
        id_ = await run_in_threadpool(store.create, practice, dict(result.body))
        return 201, {"success": True, "message": "Appointment created.", "data": {"appointment_id": id_}}

    async def update_appointment(practice: str, result: Any) -> tuple[int, dict[str, Any]]:
        id_ = result.parameters.path["id"]
        try:
            found = await run_in_threadpool(store.update, practice, id_, dict(result.body))
        except Conflict as conflict:
            raise Refusal(409, "appointment_not_editable", str(conflict)) from None
        if not found:
            raise Refusal(404, "not_found", "Appointment not found.")
        return 200, {"success": True, "message": "Appointment updated successfully.", "appointment_id": id_}

    Handler = Callable[[str, Any], Awaitable[tuple[int, dict[str, Any]]]]

    def endpoint(handlers: dict[str, Handler]) -> Callable[[Request], Awaitable[Response]]:
        async def serve(request: Request) -> Response:
            started = time.perf_counter()
            try:
                if request.method not in handlers:  # HEAD, which Starlette adds to every GET route
                    raise Refusal(405, "method_not_allowed", "Method not allowed.", {"Allow": ", ".join(handlers)})
                body = await read_body(request)
                practice = practice_of(request)
                result = validated(request, body)
                status, payload = await handlers[request.method](practice, result)
                response: Response = JSONResponse(payload, status_code=status)
                # Validated, not unmarshalled: turning every field into Python objects costs ten times more.
                errors = openapi.iter_response_errors(
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

        return serve

    async def not_found(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "invalid_request")
        return envelope(exc.status_code, code, str(exc.detail), dict(exc.headers or {}))

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        store.close()

    routes = [
        Route(
            "/appointments",
            endpoint({"GET": list_appointments, "POST": create_appointment}),
            methods=["GET", "POST"],
        ),
        Route(
            "/appointments/{id}",
            endpoint({"GET": get_appointment, "PATCH": update_appointment}),
            methods=["GET", "PATCH"],
        ),
    ]
    app = Starlette(routes=routes, exception_handlers={HTTPException: not_found}, lifespan=lifespan)
    app.state.store = store
    return app
