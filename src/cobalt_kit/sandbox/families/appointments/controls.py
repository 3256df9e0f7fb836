"""The appointments family's test controls (sandbox-controls.yaml): seed appointments as they are,
settle a pending booking now, and play the clinic's staff in the EHR (book, block, change, cancel,
complete), each with the event the vendor documents for it."""

from __future__ import annotations

from typing import Any

from cobalt_kit.sandbox.families.appointments.handlers import not_found
from cobalt_kit.sandbox.families.appointments.model import Appointments
from cobalt_kit.sandbox.families.appointments.rules import Conflict
from cobalt_kit.sandbox.handlers import Answer, Call, Refusal


def _changed(appointment: dict[str, Any] | None) -> Answer:
    if appointment is None:
        raise not_found()
    return 200, {"success": True, "appointment": appointment}


def seed_appointments(appointments: Appointments, call: Call) -> Answer:
    items = [(item["fields"], item.get("status", "scheduled")) for item in call.body["appointments"]]
    ids = appointments.seed_appointments(call.practice, items, call.origin)
    return 200, {"success": True, "appointment_ids": ids}


def _failure(body: dict[str, Any]) -> str | None:
    """The reason a settle's body fails the booking for; None when the EHR accepts it."""
    return str(body.get("reason", "ehr_error")) if body.get("outcome") == "failed" else None


def settle_appointment(appointments: Appointments, call: Call) -> Answer:
    try:
        return _changed(appointments.settle_now(call.practice, call.path["id"], _failure(call.body), call.origin))
    except Conflict as conflict:
        raise Refusal(409, "appointment_not_editable", str(conflict)) from None


def book_and_settle(appointments: Appointments, call: Call) -> Answer:
    fields, failure = call.body["fields"], _failure(call.body)
    appointment, job_id = appointments.book_and_settle(call.practice, fields, failure, call.origin)
    return 200, {"success": True, "appointment": appointment, "job_id": job_id}


def ehr_book(appointments: Appointments, call: Call) -> Answer:
    return 200, {"success": True, "appointment_id": appointments.ehr_book(call.practice, call.body, call.origin)}


def ehr_block(appointments: Appointments, call: Call) -> Answer:
    return 200, {"success": True, "block_id": appointments.ehr_block(call.practice, call.body, call.origin)}


def _ehr(appointments: Appointments, call: Call, action: str) -> Answer:
    try:
        return _changed(appointments.ehr_action(call.practice, call.path["id"], action, call.body, call.origin))
    except Conflict as conflict:
        raise Refusal(409, "appointment_not_editable", str(conflict)) from None


def ehr_change(appointments: Appointments, call: Call) -> Answer:
    return _ehr(appointments, call, "change")


def ehr_cancel(appointments: Appointments, call: Call) -> Answer:
    return _ehr(appointments, call, "cancel")


def ehr_complete(appointments: Appointments, call: Call) -> Answer:
    return _ehr(appointments, call, "complete")
