"""The practice's own data as the vendor's settings, providers, locations, referring-providers and
insurance-providers pages describe it, held against the sandbox over plain HTTP: settings come from
the practice's EHR (the demo practice runs eClinicalWorks, the other WebPT), a create takes only the
practice's visit types and an update of a scheduled appointment its statuses, a booking that names
what the practice does not know (or no longer uses) settles failed with its event, and the lists
and their filters answer as the pages say, from indexes."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from cobalt_kit.pytest_plugin import OTHER_PRACTICE
from cobalt_kit.sandbox.backend import Backend
from cobalt_kit.sandbox.families.contacts.model import Contacts
from cobalt_kit.sandbox.families.providers.model import Providers
from cobalt_kit.sandbox.store import Store

from support import document, reference

GOOD_DOCTOR = "abc123def4567890abcdef1234567890"  # the vendor's example id, kept by the demo practice
GOOD_CLINIC = GOOD_DOCTOR  # the locations page uses the same example id
HAPPY_CLINIC = "095f8067-d3fc-4e13-b771-32f87cd0c3f2"  # the provider update page's facility, with hyphens
BOOKING = {"mrn": "414421", "location": "54252", "provider": "6644", "type": "f/u",
           "datetime": "2031-05-06T10:00:00-07:00"}  # fmt: skip


def http(practice: Any) -> httpx.Client:
    return httpx.Client(base_url=practice.base_url, headers=practice.headers, timeout=10)


def created_id(answer: httpx.Response) -> str:
    assert answer.status_code == 200, answer.text
    body = answer.json()
    return str(body["appointment_id"] if "appointment_id" in body else body["data"]["appointment_id"])


def valid(schema: str, body: Any) -> None:
    document.validator({"$ref": f"#/components/schemas/{schema}"}).validate(body)


def table(schema: str) -> list[str]:
    return list(document.load()["components"]["schemas"][schema]["enum"])


@pytest.fixture(autouse=True)
def _nothing_settles_by_itself(cobalt_sandbox) -> None:
    cobalt_sandbox.booking_delay = 3600


# --- settings: the practice's EHR decides ----------------------------------------------------------


def test_each_practice_has_its_ehrs_settings(cobalt_sandbox) -> None:
    with http(cobalt_sandbox) as demo, http(cobalt_sandbox.practice(OTHER_PRACTICE)) as other:
        ecw, webpt = demo.get("/settings").json(), other.get("/settings").json()
    valid("SettingsResponse", ecw)
    valid("SettingsResponse", webpt)
    codes = [t["code"] for t in ecw["data"]["visit_types"]]
    # The document's eCW table, then what the demo data's own examples book (the reference's `FollowUp`).
    assert codes == [*table("EcwVisitType"), "FollowUp", "new_patient"]
    assert [t["code"] for t in webpt["data"]["visit_types"]] == [*table("WebptVisitType"), "FollowUp", "new_patient"]
    assert ecw["data"]["required_patient_fields"] == ["first_name", "last_name", "dob", "sex"]
    assert webpt["data"]["required_patient_fields"] == ["first_name", "last_name", "dob"]
    assert {s["code"] for s in ecw["data"]["visit_statuses"]} >= {"CANC", "R/S"}
    assert {s["code"] for s in ecw["data"]["visit_statuses"]}.isdisjoint(
        s["code"] for s in webpt["data"]["visit_statuses"]
    )
    assert ecw["data"]["access_token_reference_id"] == "clinic_demo"
    assert next(t for t in ecw["data"]["visit_types"] if t["code"] == "f/u")["description"] == "Follow Up Visit"


def test_a_booking_takes_the_practices_visit_types_only(cobalt_sandbox, cobalt_webhooks) -> None:
    other_practice = cobalt_sandbox.practice(OTHER_PRACTICE)
    with http(cobalt_sandbox) as demo, http(other_practice) as other:
        booked = {
            ("demo", "np"): created_id(demo.post("/appointments", json={**BOOKING, "type": "np"})),  # eCW's
            ("demo", "ie"): created_id(demo.post("/appointments", json={**BOOKING, "type": "ie"})),  # WebPT's
            ("other", "ie"): created_id(other.post("/appointments", json={**BOOKING, "type": "ie"})),
            ("other", "np"): created_id(other.post("/appointments", json={**BOOKING, "type": "np"})),
        }
    settled = {key: (cobalt_sandbox if key[0] == "demo" else other_practice).settle(id_) for key, id_ in booked.items()}
    assert {key: (s["status"], s.get("failure_reason")) for key, s in settled.items()} == {
        ("demo", "np"): ("scheduled", None), ("demo", "ie"): ("failed", "visit_type_not_found"),
        ("other", "ie"): ("scheduled", None), ("other", "np"): ("failed", "visit_type_not_found"),
    }  # fmt: skip
    failed = cobalt_webhooks.wait_for("appointment.failed")
    assert failed.data["reasons"][0]["code"] == "VISIT_TYPE_NOT_FOUND"


def test_an_empty_practice_keeps_its_ehrs_table_and_drops_the_demo_codes(cobalt_sandbox) -> None:
    cobalt_sandbox.reset_practice("empty")
    with http(cobalt_sandbox) as demo:
        codes = [t["code"] for t in demo.get("/settings").json()["data"]["visit_types"]]
        # No provider or location either: the practice's EHR gets its own.
        assert (
            demo.post("/_sandbox/locations", json={"locations": [{"ehr_id": "54252", "name": "L"}]}).status_code == 200
        )
        assert (
            demo.post("/_sandbox/providers", json={"providers": [{"ehr_id": "6644", "name": "P"}]}).status_code == 200
        )
        booked = created_id(demo.post("/appointments", json={**BOOKING, "type": "FollowUp"}))
        kept = created_id(demo.post("/appointments", json=BOOKING))
    assert codes == table("EcwVisitType")
    assert cobalt_sandbox.settle(booked)["failure_reason"] == "visit_type_not_found"
    assert cobalt_sandbox.settle(kept)["status"] == "scheduled"


def test_a_scheduled_appointment_takes_the_practices_statuses(cobalt_sandbox, cobalt_webhooks) -> None:
    with http(cobalt_sandbox) as demo:
        booked = created_id(demo.post("/appointments", json=BOOKING))
        assert cobalt_sandbox.settle(booked)["status"] == "scheduled"
        other_ehrs = demo.patch(f"/appointments/{booked}", json={"status": "CX"})  # WebPT's, not eCW's
        assert demo.patch(f"/appointments/{booked}", json={"status": "R/S"}).status_code == 200
        assert demo.get(f"/appointments/{booked}").json()["appointments"]["status"] == "R/S"
    assert other_ehrs.status_code == 409
    assert "visit status of the practice's EHR" in other_ehrs.json()["message"]
    assert cobalt_webhooks.wait_for("appointment.updated").data["status"] == "R/S"


# --- bookings name what the practice knows ---------------------------------------------------------


def test_every_request_of_the_seed_reference_still_books(cobalt_sandbox) -> None:
    with http(cobalt_sandbox) as demo:
        by_name = created_id(demo.post("/appointments", json=reference.CREATE_REQUEST))  # Good Doctor, Good Clinic
        by_id = created_id(demo.post("/appointments", json=BOOKING))  # 6644 at 54252
        moved = created_id(demo.post("/appointments", json=reference.CREATE_REQUEST))
        assert demo.patch(f"/appointments/{moved}", json=reference.UPDATE_PENDING_REQUEST).status_code == 200
    assert (reference.CREATE_REQUEST["type"], reference.UPDATE_PENDING_REQUEST["location"]) == (
        "FollowUp",
        "New Clinic",
    )
    for booked in (by_name, by_id, moved):
        assert cobalt_sandbox.settle(booked)["status"] == "scheduled"


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"provider": "123456789"}, "PROVIDER_NOT_FOUND"),
        ({"location": "Nowhere Clinic"}, "LOCATION_NOT_FOUND"),
        ({"secondary_provider": "999"}, "SECONDARY_PROVIDER_NOT_FOUND"),
    ],
    ids=["provider", "location", "secondary provider"],
)
def test_a_booking_naming_what_the_practice_lacks_fails_with_its_event(
    cobalt_sandbox, cobalt_webhooks, fields: dict[str, str], code: str
) -> None:
    with http(cobalt_sandbox) as demo:
        booked = created_id(demo.post("/appointments", json={**BOOKING, **fields}))  # accepted: the EHR decides
    settled = cobalt_sandbox.settle(booked)
    assert (settled["status"], settled["failure_reason"]) == ("failed", code.lower())
    event = cobalt_webhooks.wait_for("appointment.failed")
    valid("AppointmentFailedEvent", event.body)
    assert event.data["appointment_id"] == booked
    assert [r["code"] for r in event.data["reasons"]] == [code]


def test_a_booking_at_an_inactive_location_or_with_an_inactive_provider_fails(cobalt_sandbox, cobalt_webhooks) -> None:
    with http(cobalt_sandbox) as demo:
        assert demo.patch(f"/locations/{GOOD_CLINIC}", json={"status": "Inactive"}).status_code == 200
        at_closed = created_id(demo.post("/appointments", json=BOOKING))
        by_alias = created_id(demo.post("/appointments", json={**BOOKING, "location": "Good Clinic"}))
        assert demo.patch("/providers/ehr/7755", json={"status": "INACTIVE"}).status_code == 200
        inactive = created_id(demo.post("/appointments", json={**BOOKING, "location": "2452", "provider": "7755"}))
        elsewhere = created_id(demo.post("/appointments", json={**BOOKING, "location": "2452"}))
    assert cobalt_sandbox.settle(at_closed)["failure_reason"] == "location_inactive"
    assert cobalt_sandbox.settle(by_alias)["failure_reason"] == "location_inactive"
    assert cobalt_sandbox.settle(inactive)["failure_reason"] == "provider_inactive"
    assert cobalt_sandbox.settle(elsewhere)["status"] == "scheduled"
    assert [r["code"] for r in cobalt_webhooks.wait_for("appointment.failed").data["reasons"]] == ["LOCATION_INACTIVE"]


def test_a_magic_value_keeps_its_own_reason(cobalt_sandbox) -> None:
    with http(cobalt_sandbox) as demo:
        booked = created_id(demo.post("/appointments", json={**BOOKING, "provider": "Dr. Unavailable"}))
    assert cobalt_sandbox.settle(booked)["failure_reason"] == "provider_unavailable"


# --- providers and locations -----------------------------------------------------------------------


def test_providers_list_their_ids_and_hours(cobalt_sandbox) -> None:
    with http(cobalt_sandbox) as demo, http(cobalt_sandbox.practice(OTHER_PRACTICE)) as other:
        providers, theirs = demo.get("/providers").json(), other.get("/providers").json()
        locations = demo.get("/locations").json()
    valid("ListProvidersResponse", providers)
    valid("ListLocationsResponse", locations)
    good = providers["providers"][0]
    assert (good["id"], good["ehr_id"], good["name"], good["status"]) == (GOOD_DOCTOR, "6644", "Good Doctor", "active")
    monday = good["hours"][0]
    assert monday["day"] == "Monday"
    assert [(s["start"], s["end"], s["facility_name"]) for s in monday["shifts"]] == [
        ("T08:00:00", "T12:00:00", "Good Clinic"), ("T13:00:00", "T17:00:00", "Good Clinic"),
    ]  # fmt: skip
    assert [(loc["ehr_id"], loc["name"]) for loc in locations["locations"]] == [
        ("54252", "Good Clinic"),
        ("2452", "Happy Clinic"),
        ("54253", "New Clinic"),
    ]
    # Another practice has the same demo providers under ids of its own, 32 hexadecimal characters.
    assert [p["ehr_id"] for p in theirs["providers"]] == ["6644", "7755"]
    assert {p["id"] for p in theirs["providers"]}.isdisjoint(p["id"] for p in providers["providers"])
    assert all(len(p["id"]) == 32 and int(p["id"], 16) >= 0 for p in theirs["providers"])


def test_an_update_changes_status_hours_and_visibility_as_the_page_says(cobalt_sandbox) -> None:
    hours = [{"day": "Tuesday", "shifts": [{"start": "T09:00:00", "end": "T18:00:00", "facility_id": HAPPY_CLINIC,
                                             "set_start_date": "2025-11-13T00:00:00"}]}]  # fmt: skip
    with http(cobalt_sandbox) as demo:
        status = demo.patch(f"/providers/{GOOD_DOCTOR}", json={"status": "Inactive"})
        by_ehr = demo.patch("/providers/ehr/6644", json={"hours": hours, "hide_in_availability": "true"})
        (good, _) = demo.get("/providers").json()["providers"]
    assert status.json() == {
        "success": True,
        "message": "Provider status updated successfully.",
        "provider_id": GOOD_DOCTOR,
    }
    assert by_ehr.json()["message"] == "Provider status and hours updated successfully."
    assert (good["status"], good["hide_in_availability"]) == ("inactive", True)
    (shift,) = good["hours"][0]["shifts"]
    assert (good["hours"][0]["day"], shift["facility_id"], shift["facility_name"]) == (
        "Tuesday", "095f8067d3fc4e13b77132f87cd0c3f2", "Happy Clinic",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"status": "on leave"}, "status"),
        ({"hours": [{"day": "monday", "shifts": []}]}, "hours.0.day"),
        (
            {"hours": [{"day": "Monday", "shifts": [{"start": "08:00", "end": "T17:00:00", "facility_id": "x"}]}]},
            "hours.0.shifts.0.start",
        ),
        ({"hide_in_availability": "yes"}, "hide_in_availability"),
        ({}, "body"),
    ],
    ids=["status", "lower-case day", "time without T and seconds", "flag", "nothing"],
)
def test_an_update_the_page_forbids_is_refused_by_its_field(cobalt_sandbox, body: dict, field: str) -> None:
    with http(cobalt_sandbox) as demo:
        refused = demo.patch("/providers/ehr/6644", json=body)
        unchanged = demo.get("/providers").json()["providers"][0]
    assert refused.status_code == 400, refused.text
    assert refused.json()["message"].startswith(f"{field}:")
    assert (unchanged["status"], len(unchanged["hours"])) == ("active", 5)


def test_an_unknown_provider_or_location_is_404(cobalt_sandbox) -> None:
    nowhere = [{"day": "Monday", "shifts": [{"start": "T08:00:00", "end": "T17:00:00", "facility_id": "nowhere"}]}]
    with http(cobalt_sandbox) as demo:
        facility = demo.patch("/providers/ehr/6644", json={"hours": nowhere})
        unchanged = demo.get("/providers").json()["providers"][0]
        answers = [
            demo.patch(f"/providers/{'0' * 32}", json={"status": "active"}),
            demo.patch("/providers/ehr/nobody", json={"status": "active"}),
            demo.patch("/locations/nowhere", json={"status": "active"}),
        ]
    assert [(a.status_code, a.json()["message"]) for a in answers] == [
        (404, "Provider not found."), (404, "Provider not found."), (404, "Location not found."),
    ]  # fmt: skip
    # A shift at none of the practice's locations: what it names is not found, and nothing changes.
    assert (facility.status_code, facility.json()["message"]) == (
        404, "hours.0.shifts.0.facility_id: is not a location of this practice (list_locations)",
    )  # fmt: skip
    assert len(unchanged["hours"]) == 5


def test_a_location_takes_its_status_only(cobalt_sandbox) -> None:
    with http(cobalt_sandbox) as demo:
        assert demo.patch(f"/locations/{GOOD_CLINIC}", json={"status": "inactive"}).json() == {
            "success": True, "message": "Location status updated successfully.", "location_id": GOOD_CLINIC,
        }  # fmt: skip
        assert demo.patch(f"/locations/{GOOD_CLINIC}", json={"name": "Renamed"}).status_code == 400
        statuses = [loc["status"] for loc in demo.get("/locations").json()["locations"]]
    assert statuses == ["inactive", "active", "active"]


def test_seeded_providers_and_locations_book(cobalt_sandbox) -> None:
    with http(cobalt_sandbox) as demo:
        (north,) = demo.post("/_sandbox/locations", json={"locations": [{"ehr_id": "77", "name": "North"}]}).json()[
            "ids"
        ]
        hours = [{"day": "Friday", "shifts": [{"start": "T07:00:00", "end": "T11:00:00", "facility_id": north}]}]
        seeded = demo.post(
            "/_sandbox/providers", json={"providers": [{"ehr_id": "900", "name": "New Doctor", "hours": hours}]}
        )
        again = demo.post("/_sandbox/providers", json={"providers": [{"ehr_id": "900", "name": "Twice"}]})
        nowhere = [{**hours[0], "shifts": [{**hours[0]["shifts"][0], "facility_id": "x"}]}]
        astray = demo.post(
            "/_sandbox/providers", json={"providers": [{"ehr_id": "901", "name": "A", "hours": nowhere}]}
        )
        providers = demo.get("/providers").json()["providers"]
        booked = created_id(demo.post("/appointments", json={**BOOKING, "provider": "900", "location": "77"}))
    assert seeded.status_code == 200
    (id_,) = seeded.json()["ids"]
    assert (again.status_code, astray.status_code) == (400, 400)
    assert (
        astray.json()["message"]
        == "providers.0.hours.0.shifts.0.facility_id: is not a location of this practice (list_locations)"
    )
    assert [p["ehr_id"] for p in providers] == ["6644", "7755", "900"]  # nothing of the refused seeds
    assert providers[2]["id"] == id_ and providers[2]["hours"][0]["shifts"][0]["facility_name"] == "North"
    assert cobalt_sandbox.settle(booked)["status"] == "scheduled"


# --- referring providers and insurance providers -----------------------------------------------------


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ({}, ["Smith, Alex", "Smithers, Robin", "Jordan, Casey"]),
        ({"last_name": "SMITH"}, ["Smith, Alex", "Smithers, Robin"]),
        ({"first_name": "ob"}, ["Smithers, Robin"]),
        ({"phone": "(555) 010-0121"}, ["Smith, Alex"]),
        ({"phone": "5550100121", "last_name": "jordan"}, []),
        ({"fax": "555.010.0142"}, ["Jordan, Casey"]),
        ({"npi": "1780690362"}, ["Smith, Alex"]),
        ({"npi": "178069036"}, []),  # exact, not a prefix
        ({"phone": "no digits"}, []),
    ],
)
def test_referring_providers_filter_as_the_page_says(cobalt_sandbox, query: dict, names: list) -> None:
    with http(cobalt_sandbox) as demo:
        found = demo.get("/referring-providers", params=query).json()
    valid("ListReferringProvidersResponse", found)
    assert [p["name"] for p in found["referring_providers"]] == names


def test_insurance_providers_come_a_page_at_a_time(cobalt_sandbox) -> None:
    with http(cobalt_sandbox) as demo:
        first = demo.get("/insurance-providers").json()
        second = demo.get("/insurance-providers", params={"page": 2, "page_size": 2}).json()
        blue = demo.get("/insurance-providers", params={"name": "BLUE"}).json()
        inactive = demo.get("/insurance-providers", params={"active": "false"}).json()
        too_many = demo.get("/insurance-providers", params={"page_size": 101})
    valid("ListInsuranceProvidersResponse", first)
    assert first["pagination"] == {"current_page": 1, "total_pages": 1, "total_count": 5, "page_size": 100}
    assert [p["name"] for p in second["insurance_providers"]] == ["Example Health", "Sample Mutual"]
    assert second["pagination"] == {"current_page": 2, "total_pages": 3, "total_count": 5, "page_size": 2}
    assert [p["name"] for p in blue["insurance_providers"]] == ["Blue Shield", "Blue Cross Anthem"]
    assert [(p["name"], p["active"]) for p in inactive["insurance_providers"]] == [("Sample Mutual", False)]
    assert too_many.status_code == 400 and too_many.json()["message"].startswith("page_size:")


@pytest.mark.parametrize("page", [1488225143597771776, 10**30], ids=["offset past 64 bits", "30 digits"])
def test_an_insurance_providers_page_past_any_sqlite_integer_is_empty(cobalt_sandbox, page: int) -> None:
    """Its offset, (page - 1) x page_size, past SQLite's largest integer (the page itself may be
    below it: schemathesis found the first one) is an empty page that still counts every row."""
    with http(cobalt_sandbox) as demo:
        answer = demo.get("/insurance-providers", params={"page": page})
    assert answer.status_code == 200, answer.text
    assert answer.json()["insurance_providers"] == []
    assert answer.json()["pagination"]["total_count"] == 5


# --- lists answered by indexes -------------------------------------------------------------------------


def plan(backend: Backend, run: Any) -> str:
    """The query plans of what `run` asks SQLite, as it tells them."""
    captured: list[str] = []
    backend.store.db.set_trace_callback(captured.append)
    run()
    backend.store.db.set_trace_callback(None)
    plans = [
        row[3]
        for q in captured
        if q.startswith("SELECT")
        for row in backend.store.db.execute(f"EXPLAIN QUERY PLAN {q}")
    ]
    return " | ".join(plans)


def test_lookups_and_filters_are_answered_from_indexes() -> None:
    backend = Backend(Store(":memory:"), booking_delay=0)
    backend.seed(["demo"])
    providers, contacts = backend.family(Providers), backend.family(Contacts)
    named = plan(backend, lambda: providers.booking_failure("demo", {"_provider": "Good Doctor", "location": "54252"}))
    assert "providers_by_ehr_id" in named and "providers_by_alias" in named and "locations_by_ehr_id" in named
    assert "providers_by_id" in plan(backend, lambda: providers.tables.by("providers", "demo", "id", GOOD_DOCTOR))
    assert "referring_by_npi" in plan(backend, lambda: contacts.referring("demo", {"npi": "1780690362"}))
    assert "referring_by_phone" in plan(backend, lambda: contacts.referring("demo", {"phone": "5550100121"}))
    assert "insurance_by_practice" in plan(backend, lambda: contacts.insurers("demo", None, True, 1, 10))


# --- the kit's clients (their methods come from the document) -----------------------------------------


def test_the_kit_reads_and_changes_the_practice_with_the_documents_methods(cobalt_sandbox) -> None:
    cobalt = cobalt_sandbox.client()
    assert "f/u" in [t.code for t in cobalt.settings.get().data.visit_types]
    assert cobalt.providers.update_by_ehr("7755", status="Inactive", hide_in_availability=True).provider_id
    assert [(p.ehr_id, p.status, p.hide_in_availability) for p in cobalt.providers.list().providers] == [
        ("6644", "active", False), ("7755", "inactive", True),
    ]  # fmt: skip
    assert cobalt.locations.update(GOOD_CLINIC, status="inactive").location_id == GOOD_CLINIC
    assert [loc.status for loc in cobalt.locations.list().locations] == ["inactive", "active", "active"]
    assert [r.name for r in cobalt.referring_providers.list(last_name="smith").referring_providers] == [
        "Smith, Alex", "Smithers, Robin",
    ]  # fmt: skip
    # Paged lists are read across every page.
    assert len(list(cobalt.insurance_providers.list(page_size=2))) == 5


def test_the_async_kit_has_the_same_methods(cobalt_sandbox) -> None:
    async def run() -> tuple[list[str], int]:
        async with cobalt_sandbox.async_client() as cobalt:
            providers = await cobalt.providers.list()
            insurers = await cobalt.insurance_providers.list(active=True)
        return [p.ehr_id for p in providers.providers], len(list(insurers))

    assert asyncio.run(run()) == (["6644", "7755"], 4)
