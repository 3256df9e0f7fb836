"""Contacts: the practice's referring providers and insurance providers."""

from cobalt_kit.sandbox.families.contacts.model import Contacts
from cobalt_kit.sandbox.families.contacts.routes import PATHS
from cobalt_kit.sandbox.family import Family

FAMILY = Family(Contacts, PATHS)
