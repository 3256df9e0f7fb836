"""Settings: the visit types, visit statuses and required patient fields of the practice's EHR."""

from cobalt_kit.sandbox.families.settings.model import Settings
from cobalt_kit.sandbox.families.settings.routes import PATHS
from cobalt_kit.sandbox.family import Family

FAMILY = Family(Settings, PATHS)
