"""The webhook events' envelope, shared by every family: what wraps a family's `data`, when it was
made, and the job it answers. Pure functions, no I/O (each family's events.py says what its
events' `data` holds)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any


def timestamp(seconds: float) -> str:
    """ISO 8601 in UTC with milliseconds, as the vendor's examples write `created`."""
    moment = dt.datetime.fromtimestamp(seconds, dt.UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def envelope(
    type_: str, data: dict[str, Any], reference_id: str | None, job_id: str | None, when: float
) -> dict[str, Any]:
    """The event as delivered and polled; `job_id` only on operation events (those of an API call)."""
    event: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "access_token_reference_id": reference_id,
        "object": "event",
        "created": timestamp(when),
        "type": type_,
    }
    if job_id is not None:
        event["job_id"] = job_id
    event["data"] = data
    return event


def new_job_id() -> str:
    """Digits, as the vendor's are (`"12345"` in events, a number on the newest create page): 52
    random bits, so that it is exact as a JavaScript number too."""
    return str(uuid.uuid4().int >> 76)
