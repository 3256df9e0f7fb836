"""Providers and locations: who works where and when, as the practice's EHR holds it."""

from cobalt_kit.sandbox.families.providers.model import Providers
from cobalt_kit.sandbox.families.providers.routes import CONTROLS, PATHS
from cobalt_kit.sandbox.family import Family

FAMILY = Family(Providers, PATHS, CONTROLS)
