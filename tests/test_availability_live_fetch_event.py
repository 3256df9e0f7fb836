"""The availability live fetch's completion, as far as the vendor documents it: the newer version of
POST /availability/fetch names `availability.live_fetch_completed` and lists each inline slot's
fields, but shows no payload. So no corpus entry holds one; these tests hold the kit to the fields the
page lists (the envelope is the other live fetches', as the document says)."""

from __future__ import annotations

import json
from typing import Any

from cobalt_client import models
from cobalt_kit.webhooks import construct_event, sign

from support.document import load, resolve, validator

SECRET = "whsec_live_fetch"
# One slot with every field the page lists: the shift's facility (an EHR that scopes it to a
# location) and the slot counts of `calculation_method` slots. 2026-07-05 is a Sunday: 7 as an ISO
# weekday, which the page gives (1-7).
SLOT = {
    "day_of_week": 7,
    "date": "2026-07-05",
    "duration_string": "30m",
    "range_start": "2026-07-05T09:00:00.000-07:00",
    "range_end": "2026-07-05T09:30:00.000-07:00",
    "provider_id": "prov_789",
    "facility_id": "1",
    "facility_name": "Main St Clinic",
    "visit_type": "NP",
    "available_appointments": 2,
    "max_visits": 3,
}
EVENT = {
    "id": "evt_availability_1",
    "access_token_reference_id": "clinic_1",
    "job_id": "12345",
    "timestamp": "2026-07-01T11:00:00Z",
    "type": "availability.live_fetch_completed",
    "action": "sync",
    "data": {"success": True, "start_date": "2026-07-01", "end_date": "2026-07-05", "availability": [SLOT]},
}


def event_schema() -> dict[str, Any]:
    body = resolve(load()["webhooks"]["availability.live_fetch_completed"]["post"]["requestBody"])
    return dict(body["content"]["application/json"]["schema"])


def test_the_document_takes_a_slot_with_every_field_the_page_lists() -> None:
    assert validator(event_schema()).is_valid(EVENT)
    window = resolve({"$ref": "#/components/schemas/AvailabilityWindow"})
    assert set(SLOT) <= set(window["properties"])


def test_the_kit_keeps_every_listed_slot_field_of_the_event() -> None:
    # A live fetch's `data` is read untyped (the envelope's; its fields depend on the type).
    payload = json.dumps(EVENT).encode()
    typed = construct_event(payload, sign(payload, SECRET), SECRET, tolerance=None).model()
    assert (typed.type_, typed.job_id) == ("availability.live_fetch_completed", "12345")
    assert typed.data["availability"] == [SLOT]


def test_a_window_reads_each_listed_field_typed() -> None:
    window = models.AvailabilityWindow.from_dict(SLOT)
    assert (window.visit_type, window.available_appointments, window.max_visits) == ("NP", 2, 3)
    assert (window.day_of_week, window.provider_id, window.facility_name) == (7, "prov_789", "Main St Clinic")
    assert window.additional_properties == {}  # none of the page's fields is left untyped
    answer = models.AvailabilityResponse.from_dict({"success": True, "results": {"availability": [SLOT]}})
    assert answer.results.availability[0].to_dict() == SLOT


def test_counts_the_page_gives_no_type_for_are_read_as_strings_too() -> None:
    spelled = {**SLOT, "available_appointments": "2", "max_visits": None}
    assert validator(event_schema()).is_valid({**EVENT, "data": {**EVENT["data"], "availability": [spelled]}})
    window = models.AvailabilityWindow.from_dict(spelled)
    assert (window.available_appointments, window.max_visits) == ("2", None)
