"""The patients family's test controls: patients as the EHR already has them."""

from __future__ import annotations

from cobalt_kit.sandbox.families.patients.model import Patients
from cobalt_kit.sandbox.handlers import Answer, Call


def seed_patients(patients: Patients, call: Call) -> Answer:
    return 200, {"success": True, "mrns": patients.seed_patients(call.practice, call.body["patients"], call.origin)}
