"""How an API request meets a bad day: an armed fault (controls.py) or Prism's `Prefer: code=NNN`.

`Prefer: code=NNN` answers the document's own example of that documented status, as Prism does, so
a test written against the mock runs unchanged here. A `drop` fault starts an answer and cuts the
connection off mid-body: the client sees the connection die, as it would on a bad network.
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from cobalt_kit.document import resolve
from cobalt_kit.sandbox.controls import Fault
from cobalt_kit.sandbox.handlers import Refusal

PREFER_CODE = re.compile(r"(?:^|[;,\s])code=(\d{3})(?:$|[;,\s])")
FAULT_CODES = {429: "rate_limited", 500: "internal_error", 503: "service_unavailable"}


def preferred(document: dict[str, Any], path: str, method: str, prefer: str | None) -> Response | None:
    """The answer `Prefer: code=NNN` asks for, or None when the header asks for none."""
    found = PREFER_CODE.search(prefer or "")
    if not found:
        return None
    code = found.group(1)
    responses = document["paths"][path][method.lower()]["responses"]
    if code not in responses:
        documented = ", ".join(sorted(responses))
        raise Refusal(400, "invalid_request", f"Prefer: code={code} is not a documented status here ({documented}).")
    response = resolve(document, responses[code])
    media = response.get("content", {}).get("application/json", {})
    examples = [resolve(document, example)["value"] for example in media.get("examples", {}).values()]
    headers = {
        name: str(resolve(document, header).get("example", "")) for name, header in response.get("headers", {}).items()
    }
    return JSONResponse(examples[0] if examples else None, status_code=int(code), headers=headers)


class Dropped(Response):
    """Announces a body, sends part of it, and ends the connection without the rest."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"64")]})
        await send({"type": "http.response.body", "body": b'{"success": tr', "more_body": True})
        raise ConnectionDropped


class ConnectionDropped(Exception):
    """A `drop` fault's doing: the server closes the connection; not an error of the sandbox."""


class QuietDrops(logging.Filter):
    """Keeps a `drop` fault out of uvicorn's error log (it is what the test asked for)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], ConnectionDropped))


async def meet(fault: Fault) -> Response | None:
    """The answer a fault gives; None when it only delays the request, which then goes on."""
    if fault.kind == "delay":
        await asyncio.sleep(fault.delay_ms / 1000)
        return None
    if fault.kind == "drop":
        return Dropped()
    assert fault.status is not None
    headers = {"Retry-After": str(fault.retry_after)} if fault.status == 429 else None
    body = {"success": False, "code": FAULT_CODES[fault.status], "message": f"A fault the test armed ({fault.status})."}
    return JSONResponse(body, status_code=fault.status, headers=headers)
