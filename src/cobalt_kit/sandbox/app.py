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
import datetime as dt
import functools
import json
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from cobalt_kit import phi
from cobalt_kit.config import SANDBOX_DB
from cobalt_kit.document import load_yaml
from cobalt_kit.facts import CREDENTIAL_HEADERS, SANDBOX_RESETS_HEADER
from cobalt_kit.numbers import count
from cobalt_kit.sandbox import controls, faults
from cobalt_kit.sandbox.backend import Backend, Origin, Voided
from cobalt_kit.sandbox.checks import CheckFailed, Checks
from cobalt_kit.sandbox.controls import Controls
from cobalt_kit.sandbox.delivery import Courier
from cobalt_kit.sandbox.families import FAMILIES
from cobalt_kit.sandbox.families.appointments.rules import Unstorable
from cobalt_kit.sandbox.family import Handler, NotAccepted, PathItem
from cobalt_kit.sandbox.handlers import Call, Kept, Refusal
from cobalt_kit.sandbox.settings import Settings
from cobalt_kit.sandbox.store import StorageFull, Store

logger = logging.getLogger("cobalt_kit.sandbox")
# The document's bodies are flat objects; nothing legitimate nests deeper than this.
MAX_DEPTH = 16
# The controls' document lives beside the API's and refers to its components by this name.
API_DOCUMENT = "cobalt.yaml"
CONTROLS_DOCUMENT = "sandbox-controls.yaml"
# A write on a full disk: the sandbox's own answer (507, documented in sandbox-controls.yaml), on
# the API's paths too, since Cobalt's API has no such state to document.
STORAGE_FULL = f"The sandbox's storage is full: nothing was written. Free disk space for its database ({SANDBOX_DB})."
VOIDED = "A reset came while this request was in flight: nothing of it was written. Send it again."


@dataclass
class Sandbox:
    """What the routes share: the settings, the backend, and the document's validators."""

    settings: Settings
    backend: Backend
    checks: Checks
    courier: Courier
    controls: Controls
    controls_checks: Checks
    # The API's document as data: `Prefer: code=` answers with its examples.
    document: dict[str, Any]

    @functools.cached_property
    def login_required(self) -> dict[str, Any]:
        """The answer of a practice whose EHR login lapsed: the document's example (the vendor's),
        with the kit's `code` beside the vendor's `error`."""
        media = self.document["components"]["responses"]["LoginRequired"]["content"]["application/json"]
        body: dict[str, Any] = media["examples"]["login_required"]["value"]
        return {**body, "code": body["error"]}

    @property
    def practices(self) -> list[str]:
        return list(dict.fromkeys(c.practice for c in self.settings.credentials))

    def reset(self) -> None:
        """Everything back to a fresh sandbox's state: data, clocks, faults, journals."""
        self.backend.reset(self.practices)
        self.controls.faults.clear()
        self.controls.journal.clear()


def envelope(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"success": False, "code": code, "message": message}, status_code=status, headers=headers)


_CREDENTIAL_NAMES = frozenset(name.encode() for name in CREDENTIAL_HEADERS)


def caller_of(sandbox: Sandbox, request: Request, with_token: bool, began: int) -> tuple[str, Origin]:
    """The practice and the origin of a request's events (`began`: the backend's count of resets
    when the request came in). `with_token` False: the webhook registration operations, which take
    the integration's client_id and client_secret only (and reach no practice: the practice is "")."""
    needed = CREDENTIAL_HEADERS if with_token else CREDENTIAL_HEADERS[:2]
    names = " and ".join(needed) if not with_token else "client_id, client_secret and access_token"
    # One pass over the raw headers (Starlette's lookups scan them once per name and call).
    sent: dict[bytes, list[bytes]] = {}
    for name, value in request.headers.raw:
        if name in _CREDENTIAL_NAMES:
            sent.setdefault(name, []).append(value)
    if any(len(sent.get(name.encode(), ())) > 1 for name in needed):
        raise Refusal(401, "unauthorized", f"Send each of {names} once.")
    client_id, client_secret, access_token = (
        sent.get(name.encode(), [b""])[0].decode("latin-1") for name in CREDENTIAL_HEADERS
    )
    if not all(sent.get(name.encode(), [b""])[0] for name in needed):
        raise Refusal(401, "unauthorized", f"Missing {names.replace(' and ', ' or ')} header.")
    token = access_token if with_token else None
    matched = [c for c in sandbox.settings.credentials if c.matches(client_id, client_secret, token)]
    if not matched:
        raise Refusal(401, "unauthorized", f"Invalid {names.replace(' and ', ' or ')}.")
    if not with_token:
        return "", Origin(matched[0].client_id, "", began)
    return matched[0].practice, Origin(matched[0].client_id, matched[0].reference, began)


def ended(sandbox: Sandbox, request: Request, practice: str, began: int) -> bool:
    """Whether a reset of the practice came after the request began: while the sandbox read it, or
    before it arrived at all (the count of resets the fixture's clients stamp their requests with,
    SANDBOX_RESETS_HEADER, is behind the practice's last one)."""
    stamps = request.headers.getlist(SANDBOX_RESETS_HEADER)
    if len(stamps) > 1:
        raise Refusal(400, "invalid_request", f"Send {SANDBOX_RESETS_HEADER} once.")
    stamp = count(stamps[0]) if stamps else None
    if stamps and stamp is None:
        raise Refusal(400, "invalid_request", f"{SANDBOX_RESETS_HEADER}: a count of resets (a whole number).")
    began = began if stamp is None else min(began, stamp)
    return began < sandbox.backend.last_reset(practice)


# A body declared over the limit but no larger than this is read and dropped before the 413: the
# connection is closed after the answer, and closing it with the body unread resets it, which can
# take the answer away from a client still sending.
DRAINED = 1 << 20


async def _drain(request: Request, timeout: float) -> None:
    try:
        async with asyncio.timeout(timeout):
            async for _ in request.stream():
                pass
    except (TimeoutError, ClientDisconnect):
        pass  # the 413 goes out all the same


async def read_body(request: Request, limit: int, timeout: float) -> bytes:
    if "content-length" not in request.headers and "transfer-encoding" not in request.headers:
        return b""  # HTTP/1.1: without either, a request has no body (most GETs: no timer to set up)
    too_large = Refusal(413, "payload_too_large", f"The request body is larger than {limit} bytes.")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        if len(declared) <= 9 and int(declared) <= DRAINED:
            await _drain(request, timeout)
        raise too_large
    body = b""
    try:
        # A deadline on this task: wait_for would start a task of its own for every body.
        async with asyncio.timeout(timeout):
            async for chunk in request.stream():
                body += chunk
                if len(body) > limit:
                    raise too_large
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


def validated(checks: Checks, endpoint: Endpoint, request: Request, body: bytes) -> tuple[dict[str, Any], Any]:
    """The request held to its document: the typed query and the parsed body."""
    repeated = sorted(
        {key for key, _ in request.query_params.multi_items() if len(request.query_params.getlist(key)) > 1}
    )
    if repeated:
        raise Refusal(400, "invalid_request", f"{repeated[0]}: given more than once.")
    parsed = None
    if body:  # an operation without a body (rotate-secret) may be sent none
        content_type = request.headers.get("content-type", "")
        if content_type.split(";")[0].strip() != "application/json":
            raise Refusal(400, "invalid_request", "body: send JSON with Content-Type: application/json.")
        try:
            parsed = json.loads(body)
        except (ValueError, RecursionError):  # RecursionError: nested past the parser's own limit
            raise Refusal(400, "invalid_request", "body: is not valid JSON.") from None
        check_json(parsed)
    try:
        return checks.request(endpoint.path, request.method, request.path_params, dict(request.query_params), parsed)
    except CheckFailed as failed:
        raise Refusal(400, "invalid_request", str(failed)) from None


@dataclass(frozen=True)
class Endpoint:
    """One path: its operations' handlers by method, the credentials they take, whether it is one
    of the sandbox's controls (held to sandbox-controls.yaml) or the API (cobalt.yaml), and the
    family whose model its handlers take (None: the core's controls, which take the Controls)."""

    path: str
    handlers: dict[str, Handler]
    with_token: bool = True
    control: bool = False
    family: str | None = None


async def serve(endpoint: Endpoint, request: Request) -> Response:
    """One request: checks, the operation's handler, and the response held to its document. An API
    request meets the practice's faults and `Prefer: code=` first, and goes into its journal."""
    sandbox: Sandbox = request.app.state.sandbox
    started = time.perf_counter()
    began = sandbox.backend.resets  # before any wait: a reset from now on voids this request's writes
    practice, body, late = None, b"", False
    try:
        if request.method not in endpoint.handlers:  # HEAD, which Starlette adds to every GET route
            allow = ", ".join(endpoint.handlers)
            raise Refusal(405, "method_not_allowed", "Method not allowed.", {"Allow": allow})
        body = await read_body(request, sandbox.settings.max_body, sandbox.settings.body_timeout)
        practice, origin = caller_of(sandbox, request, endpoint.with_token, began)
        since = sandbox.controls.journal.since(practice)
        # A call of a test a reset has ended: it meets no fault and goes into no journal or tally,
        # which are the next test's now.
        late = not endpoint.control and ended(sandbox, request, practice, began)
        if late:
            raise Voided
        response = await _answer(sandbox, endpoint, request, body, practice, origin)
    except Refusal as refusal:
        response = envelope(refusal.status, refusal.code, refusal.message, refusal.headers)
    except (Unstorable, NotAccepted) as refused:
        response = envelope(400, "invalid_request", str(refused))
    except Voided:
        # A 500 (documented for every operation: "may be retried later") rather than a status some
        # operations lack; in the usual case nobody is left to read it.
        response = envelope(500, "sandbox_reset", VOIDED)
    except ClientDisconnect:
        # Nobody is left to answer; not an error of the sandbox.
        logger.info("%s %s client disconnected", request.method, request.url.path)
        return Response(status_code=499)
    except StorageFull:  # the store has logged it, once
        response = envelope(507, "storage_full", STORAGE_FULL)
    except Exception as error:  # never a traceback to the client
        logger.exception("unexpected %s", type(error).__name__)
        response = envelope(500, "internal_error", "An unexpected error occurred. Try again later.")
    if practice and not late and not endpoint.control:
        entry = journal_entry(request, endpoint, body, response.status_code)
        sandbox.controls.journal.record(practice, entry, since)
    if not endpoint.control and not late and request.method in endpoint.handlers:
        sandbox.controls.tally.answered(endpoint.handlers[request.method].__name__, response.status_code)
    if endpoint.control and practice:
        response.headers[SANDBOX_RESETS_HEADER] = str(sandbox.backend.last_reset(practice))
    # One line per request: no query, no body, no credential.
    elapsed = (time.perf_counter() - started) * 1000
    logger.info("%s %s %d %.1fms", request.method, request.url.path, response.status_code, elapsed)
    return response


async def _answer(
    sandbox: Sandbox, endpoint: Endpoint, request: Request, body: bytes, practice: str, origin: Origin
) -> Response:
    handler = endpoint.handlers[request.method]
    if not endpoint.control:
        preferred = faults.preferred(sandbox.document, endpoint.path, request.method, request.headers.get("prefer"))
        if preferred is not None:
            return preferred
        if practice in sandbox.controls.expired_logins:
            return JSONResponse(sandbox.login_required, status_code=403)
        fault = sandbox.controls.faults.take(practice, handler.__name__) if practice else None
        if fault is not None:
            faulted = await faults.meet(fault)
            if faulted is not None:
                return faulted
    checks = sandbox.controls_checks if endpoint.control else sandbox.checks
    query, parsed = validated(checks, endpoint, request, body)
    call = Call(
        practice,
        origin,
        sandbox.settings.shapes,
        dict(request.path_params),
        query,
        parsed if isinstance(parsed, dict) else {},  # a body sent to an operation that takes none
    )
    target = sandbox.controls if endpoint.family is None else sandbox.backend.families[endpoint.family]
    # On the event loop, not in a worker thread: SQLite answers these in a fraction of a
    # millisecond (the store's lock keeps them in order), and a thread hop per request halved the
    # requests a second.
    status, payload = handler(target, call)
    response: Response
    if isinstance(payload, Kept):
        served = payload.served
        if served is None or served[0] is not checks:
            response = JSONResponse(payload.payload, status_code=status)
            found = checks.response(endpoint.path, request.method, status, payload.payload, response.headers)
            served = payload.served = (checks, bytes(response.body), found)
        _, encoded, broken = served
        response = Response(encoded, status_code=status, media_type=JSONResponse.media_type)
    else:
        response = JSONResponse(payload, status_code=status)
        broken = checks.response(endpoint.path, request.method, status, payload, response.headers)
    if broken is not None:
        logger.error("response breaks the document: %s", broken)
        return envelope(500, "internal_error", "The sandbox produced an invalid response.")
    return response


def journal_entry(request: Request, endpoint: Endpoint, body: bytes, status: int) -> dict[str, Any]:
    """What the journal keeps of a request: in memory only, never logged."""
    handler = endpoint.handlers.get(request.method)
    try:
        sent = json.loads(body) if body else None
    except (ValueError, RecursionError):
        sent = None
    return {
        "method": request.method,
        "operation_id": handler.__name__ if handler else None,
        "path": request.url.path,
        "query": dict(request.query_params),
        "body": sent,
        "status": status,
        "time": dt.datetime.now(dt.UTC).isoformat(),
    }


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "invalid_request")
    return envelope(exc.status_code, code, str(exc.detail), dict(exc.headers or {}))


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    sandbox: Sandbox = app.state.sandbox
    sandbox.backend.store.reporting = True
    sandbox.courier.start()
    yield
    sandbox.courier.stop()
    sandbox.backend.store.close()


def with_api_components(controls_document: dict[str, Any], api: dict[str, Any]) -> dict[str, Any]:
    """The controls' document with what it refers to in the API's (`cobalt.yaml#/components/...`)
    made its own: the API's components, then the controls' (those that only point to the API's
    component of the same name are the API's)."""
    prefix = f"{API_DOCUMENT}#/components/"
    components: dict[str, dict[str, Any]] = {}
    for kind in set(api["components"]) | set(controls_document["components"]):
        own = controls_document["components"].get(kind, {})
        kept = {name: item for name, item in own.items() if item != {"$ref": f"{prefix}{kind}/{name}"}}
        components[kind] = {**api["components"].get(kind, {}), **kept}
    text = json.dumps({**controls_document, "components": components})
    return dict(json.loads(text.replace(f'"{prefix}', '"#/components/')))


def route(path: PathItem, family: str | None, control: bool) -> Route:
    endpoint = Endpoint(path.path, dict(path.handlers), path.with_token, control, family)
    return Route(path.path, functools.partial(serve, endpoint), methods=list(path.handlers))


# The test controls of the core, out of the API (openapi/sandbox-controls.yaml); each family adds its own.
CORE_CONTROLS = (
    PathItem("/_sandbox/reset", {"POST": controls.reset_practice}),
    PathItem("/_sandbox/clock", {"GET": controls.get_clock}),
    PathItem("/_sandbox/clock/advance", {"POST": controls.advance_clock}),
    PathItem(
        "/_sandbox/faults", {"GET": controls.list_faults, "POST": controls.add_fault, "DELETE": controls.clear_faults}
    ),
    PathItem("/_sandbox/ehr/login", {"POST": controls.expire_login, "DELETE": controls.restore_login}),
    PathItem("/_sandbox/journal", {"GET": controls.get_journal, "DELETE": controls.clear_journal}),
    PathItem("/_sandbox/scenario", {"POST": controls.load_scenario}),
    PathItem("/_sandbox/booking-delay", {"GET": controls.get_booking_delay, "POST": controls.set_booking_delay}),
    PathItem("/_sandbox/coverage", {"GET": controls.get_coverage, "DELETE": controls.clear_coverage}),
    PathItem("/_sandbox/events/{id}/resend", {"POST": controls.resend_event}),
)
# A path of literal segments before the templated ones: a method neither has (OPTIONS
# /appointments/fetch) is answered by the literal path's 405, whose Allow names its own methods.
ROUTES = [
    *(
        route(path, family.name, control=False)
        for family, path in sorted(
            ((family, path) for family in FAMILIES for path in family.paths), key=lambda item: "{" in item[1].path
        )
    ),
    *(route(path, None, control=True) for path in CORE_CONTROLS),
    *(route(path, family.name, control=True) for family in FAMILIES for path in family.controls),
]


def create_app(settings: Settings) -> Starlette:
    ehrs: dict[str, str] = {}
    for credentials in settings.credentials:
        ehrs.setdefault(credentials.practice, credentials.ehr)
    backend = Backend(Store(settings.db_path), settings.booking_delay, ehrs=ehrs)
    document = load_yaml(settings.spec_path)
    controls_document = load_yaml(settings.spec_path.with_name(CONTROLS_DOCUMENT))
    practices = list(dict.fromkeys(c.practice for c in settings.credentials))
    methods = ("get", "post", "put", "patch", "delete")
    operations = frozenset(item[m]["operationId"] for item in document["paths"].values() for m in methods if m in item)
    test_controls = Controls(backend, first_practice=practices[0], operations=operations)
    tokens = {(c.client_id, c.reference): c.practice for c in settings.credentials}
    sandbox = Sandbox(
        settings,
        backend,
        Checks(document),
        Courier(backend, settings.webhook_hosts, test_controls.faults, tokens),
        test_controls,
        Checks(with_api_components(controls_document, document)),
        document,
    )
    backend.seed(sandbox.practices)
    logging.getLogger("uvicorn.error").addFilter(faults.QuietDrops())
    phi.install_log_filter(logger.name, "cobalt_kit.sandbox.webhooks", "uvicorn.error")  # the document's x-phi marks
    app = Starlette(routes=ROUTES, exception_handlers={HTTPException: http_error}, lifespan=lifespan)
    # `/appointments/` is not a path of the document: 404 with the envelope, not a redirect.
    app.router.redirect_slashes = False
    app.state.sandbox = sandbox
    return app
