"""Live fetches: asynchronous reads of the EHR itself (appointments, patients, availability), and
the clinic's changes the cached list has not seen yet."""

from cobalt_kit.sandbox.families.live_fetch.model import LiveFetch
from cobalt_kit.sandbox.families.live_fetch.routes import CONTROLS, PATHS
from cobalt_kit.sandbox.family import Family

FAMILY = Family(LiveFetch, PATHS, CONTROLS)
