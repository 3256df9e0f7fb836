"""The live fetches' operations: a validated call in, `202` with the job, or the page's refusal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cobalt_kit.sandbox.core import Origin
from cobalt_kit.sandbox.families.appointments.rules import Conflict
from cobalt_kit.sandbox.families.availability.rules import InvalidQuery
from cobalt_kit.sandbox.families.live_fetch.model import LiveFetch
from cobalt_kit.sandbox.families.live_fetch.rules import ACCEPTED
from cobalt_kit.sandbox.handlers import Answer, Call, Refusal


def _accepted(call: Call, queue: Callable[[str, dict[str, Any], Origin], str]) -> Answer:
    try:
        job_id = queue(call.practice, call.body, call.origin)
    except InvalidQuery as refused:
        raise Refusal(400, "invalid_request", str(refused)) from None
    # The older pages name the job `job_execution_id`, the newest `job_id`.
    key = "job_execution_id" if call.shapes == "reference" else "job_id"
    return 202, {"success": True, "message": ACCEPTED, key: job_id}


def fetch_appointments(live: LiveFetch, call: Call) -> Answer:
    return _accepted(call, live.fetch_appointments)


def fetch_patients(live: LiveFetch, call: Call) -> Answer:
    return _accepted(call, live.fetch_patients)


def fetch_availability(live: LiveFetch, call: Call) -> Answer:
    return _accepted(call, live.fetch_availability)


def ehr_change_unsynced(live: LiveFetch, call: Call) -> Answer:
    """The clinic changes a visit in the EHR that the cached list will only see at a live fetch."""
    try:
        found = live.record_unsynced(call.practice, call.path["id"], call.body, call.origin)
    except Conflict as conflict:
        raise Refusal(409, "appointment_not_editable", str(conflict)) from None
    if not found:
        raise Refusal(404, "not_found", "Appointment not found.")
    return 200, {"success": True, "message": "The EHR has the change; a live fetch syncs it."}
