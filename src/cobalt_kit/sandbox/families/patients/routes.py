"""The patients family's paths, in the API and in the test controls (POST /patients/fetch is the
live fetches' family's)."""

from __future__ import annotations

from cobalt_kit.sandbox.families.patients import controls, handlers
from cobalt_kit.sandbox.family import PathItem

PATHS = (PathItem("/patients", {"GET": handlers.list_patients, "POST": handlers.create_patient}),)
CONTROLS = (PathItem("/_sandbox/patients", {"POST": controls.seed_patients}),)
