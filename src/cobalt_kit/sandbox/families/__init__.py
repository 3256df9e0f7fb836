"""The registry of resource families: each one a folder of its own (family.py says what it holds).
A new family is a new folder and one line here; a family that uses another's model comes after it."""

from cobalt_kit.sandbox.families import appointments, availability, live_fetch, patients, webhooks
from cobalt_kit.sandbox.family import Family

FAMILIES: tuple[Family, ...] = (
    appointments.FAMILY,
    webhooks.FAMILY,
    patients.FAMILY,
    availability.FAMILY,
    live_fetch.FAMILY,
)
