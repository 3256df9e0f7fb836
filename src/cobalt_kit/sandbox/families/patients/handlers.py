"""The patients family's operations: a validated call in, a status and a JSON body out."""

from __future__ import annotations

from cobalt_kit.sandbox.families.patients.model import Patients
from cobalt_kit.sandbox.families.patients.rules import CREATED, PatientFilters
from cobalt_kit.sandbox.handlers import Answer, Call

DEFAULT_PAGE_SIZE = 50  # the document's default of page_size (the page names none)


def list_patients(patients: Patients, call: Call) -> Answer:
    query = call.query
    dob = query.get("dob")
    filters = PatientFilters(
        dob=dob.isoformat() if dob is not None else None,
        first_name=query.get("first_name"),
        last_name=query.get("last_name"),
        mrn=query.get("mrn"),
        ehr_id=query.get("ehr_id"),
        phone=query.get("phone"),
    )
    page, size = query.get("page", 1), query.get("page_size", DEFAULT_PAGE_SIZE)
    found, total = patients.search(call.practice, filters, page, size)
    pagination = {"current_page": page, "total_pages": -(-total // size), "total_count": total, "page_size": size}
    return 200, {"success": True, "patients": found, "pagination": pagination}


def create_patient(patients: Patients, call: Call) -> Answer:
    patient_id, job_id = patients.create(call.practice, call.body, call.origin)
    return 200, {"success": True, "message": CREATED, "patient_id": patient_id, "job_id": job_id}
