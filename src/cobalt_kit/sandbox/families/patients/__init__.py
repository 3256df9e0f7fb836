"""Patients: the cached patients (searched through indexes) and asynchronous creates."""

from cobalt_kit.sandbox.families.patients.model import Patients
from cobalt_kit.sandbox.families.patients.routes import CONTROLS, PATHS
from cobalt_kit.sandbox.family import Family

FAMILY = Family(Patients, PATHS, CONTROLS)
