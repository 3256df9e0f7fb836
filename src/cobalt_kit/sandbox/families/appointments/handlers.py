"""The appointments family's operations: a validated call in, a status and a JSON body out."""

from __future__ import annotations

from cobalt_kit.sandbox.families.appointments.model import Appointments
from cobalt_kit.sandbox.families.appointments.rules import Conflict, Filters
from cobalt_kit.sandbox.handlers import Answer, Call, Refusal
from cobalt_kit.variants import answered

CURRENT_CREATED = "Appointment processing. A webhook event will be sent upon completion."


def not_found() -> Refusal:
    return Refusal(404, "not_found", "Appointment not found.")


def list_appointments(appointments: Appointments, call: Call) -> Answer:
    query = call.query
    filters = Filters(
        start=query["start_date"],
        end=query["end_date"],
        patient_mrn=query.get("patient_mrn"),
        patient_name=query.get("patient_name"),
        patient_phone=query.get("patient_phone"),
        appointment_mode=query.get("appointment_mode"),
        include_note=query.get("include_note", "false") == "true",
    )
    found = appointments.list(call.practice, filters)
    if answered("list_appointments", call.shapes) == "current":
        return 200, {"success": True, "appointments": found}
    return 200, {"success": True, "results": {"appointments": found}}


def get_appointment(appointments: Appointments, call: Call) -> Answer:
    found = appointments.get(call.practice, call.path["id"])
    if found is None:
        raise not_found()
    return 200, {"success": True, "appointments": found}


def create_appointment(appointments: Appointments, call: Call) -> Answer:
    id_, job_id = appointments.create(call.practice, call.body, call.origin)
    # 200, as the vendor's current reference says ("200 - Successful response"); the first one does
    # not say, and the document declares 201 alike.
    variant = answered("create_appointment", call.shapes)
    if variant == "current":
        return 200, {"success": True, "data": {"appointment_id": id_, "message": CURRENT_CREATED, "job_id": job_id}}
    if variant == "newest":  # flat, and the job a number, as the newest page shows it
        return 200, {"success": True, "message": CURRENT_CREATED, "appointment_id": id_, "job_id": int(job_id)}
    return 200, {"success": True, "message": "Appointment created.", "data": {"appointment_id": id_, "job_id": job_id}}


def update_appointment(appointments: Appointments, call: Call) -> Answer:
    id_ = call.path["id"]
    try:
        found = appointments.update(call.practice, id_, call.body, call.origin)
    except Conflict as conflict:
        raise Refusal(409, "appointment_not_editable", str(conflict)) from None
    if not found:
        raise not_found()
    if answered("update_appointment", call.shapes) == "current":
        return 200, {"success": True, "message": "Appointment updated successfully"}
    return 200, {"success": True, "message": "Appointment updated successfully.", "appointment_id": id_}
