"""The live fetches' completion events, in their own envelope (pure): `timestamp` and `action`
where the operation events have `created` and `object`, as the fetch pages show them."""

from __future__ import annotations

import uuid
from typing import Any

from cobalt_kit.sandbox.events import timestamp


def completed(type_: str, data: dict[str, Any], reference_id: str | None, job_id: str, when: float) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "access_token_reference_id": reference_id,
        "job_id": job_id,
        "timestamp": timestamp(when),
        "type": type_,
        "action": "sync",
        "data": data,
    }
