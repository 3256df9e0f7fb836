"""Appointments: booking (asynchronous, settled by the EHR), the cached list, updates, and the
clinic's side of the schedule in the test controls."""

from cobalt_kit.sandbox.families.appointments.model import Appointments
from cobalt_kit.sandbox.families.appointments.routes import CONTROLS, PATHS
from cobalt_kit.sandbox.family import Family

FAMILY = Family(Appointments, PATHS, CONTROLS)
