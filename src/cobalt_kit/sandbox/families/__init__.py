"""The registry of resource families: each one a folder of its own (family.py says what it holds).
A new family is a new folder and one line here; a family that uses another's model comes after it."""

from cobalt_kit.sandbox.families import (
    appointments,
    availability,
    contacts,
    live_fetch,
    patients,
    providers,
    settings,
    webhooks,
)
from cobalt_kit.sandbox.family import Family

FAMILIES: tuple[Family, ...] = (
    settings.FAMILY,
    providers.FAMILY,
    contacts.FAMILY,
    appointments.FAMILY,
    webhooks.FAMILY,
    patients.FAMILY,
    availability.FAMILY,
    live_fetch.FAMILY,
)
