"""The providers family's operations: providers and locations, listed and changed."""

from __future__ import annotations

from cobalt_kit.sandbox.families.providers import rules
from cobalt_kit.sandbox.families.providers.model import Providers
from cobalt_kit.sandbox.family import NotAccepted
from cobalt_kit.sandbox.handlers import Answer, Call, Refusal


def list_providers(providers: Providers, call: Call) -> Answer:
    return 200, {"success": True, "providers": providers.entries("providers", call.practice)}


def _update_provider(providers: Providers, call: Call, column: str, key: str) -> Answer:
    try:
        changed = providers.update_provider(call.practice, column, key, call.body, call.origin)
    except NotAccepted as refused:  # a shift's facility_id names no location: what it names is not found
        raise Refusal(404, "not_found", str(refused)) from None
    if changed is None:
        raise Refusal(404, "not_found", "Provider not found.")
    return 200, {"success": True, "message": rules.update_message(call.body), "provider_id": changed["id"]}


def update_provider(providers: Providers, call: Call) -> Answer:
    return _update_provider(providers, call, "id", call.path["id"])


def update_provider_by_ehr(providers: Providers, call: Call) -> Answer:
    return _update_provider(providers, call, "ehr_id", call.path["ehr_id"])


def list_locations(providers: Providers, call: Call) -> Answer:
    return 200, {"success": True, "locations": providers.entries("locations", call.practice)}


def update_location(providers: Providers, call: Call) -> Answer:
    changed = providers.update_location(call.practice, call.path["id"], call.body["status"], call.origin)
    if changed is None:
        raise Refusal(404, "not_found", "Location not found.")
    return 200, {"success": True, "message": "Location status updated successfully.", "location_id": changed["id"]}
