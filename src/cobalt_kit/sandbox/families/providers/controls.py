"""The providers family's test controls: seed providers (with hours) and locations into the EHR."""

from __future__ import annotations

from cobalt_kit.sandbox.families.providers.model import Providers
from cobalt_kit.sandbox.handlers import Answer, Call


def _seed(providers: Providers, call: Call, kind: str) -> Answer:
    ids = providers.seed_entries(kind, call.practice, call.body[kind], call.origin)
    return 200, {"success": True, "ids": list(ids)}


def seed_providers(providers: Providers, call: Call) -> Answer:
    return _seed(providers, call, "providers")


def seed_locations(providers: Providers, call: Call) -> Answer:
    return _seed(providers, call, "locations")
