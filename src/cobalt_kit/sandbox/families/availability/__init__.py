"""Availability: the providers' open windows, from their hours and the cached bookings and blocks."""

from cobalt_kit.sandbox.families.availability.model import Availability
from cobalt_kit.sandbox.families.availability.routes import PATHS
from cobalt_kit.sandbox.family import Family

FAMILY = Family(Availability, PATHS)
