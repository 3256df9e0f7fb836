"""Every entry of the reference corpus (tests/corpus/) held to every reader: the document, the
generated client, `Cobalt` and `AsyncCobalt`, the sandbox in each of its wire-shape modes, and the
Prism mock. An entry without a decision fails; an accepted one that a reader refuses fails; a
refused one that the document or a stand-in takes fails.

The servers are the session's (conftest.py); the clients' readings run in-process against an
`httpx.MockTransport`, so that a corpus of tens of entries costs a second, not a minute.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from cobalt_client import Client, models
from cobalt_client.models import Error
from cobalt_client.types import Unset
from cobalt_kit import AsyncCobalt, Cobalt, InvalidRequestError, LoginRequiredError
from cobalt_kit.contract import variants
from cobalt_kit.sandbox.settings import SHAPES
from cobalt_kit.webhooks import construct_event, sign

from support import reference
from support.canned import FAST, SECRETS, Canned
from support.corpus import Entry, covers, entries, examples, of, operation, schema
from support.document import generated_module, load, validator

CREDENTIALS = dict(reference.EXAMPLE_CREDENTIALS)
# Which sandbox mode answers each named variant. A variant no mode answers is read by the clients
# (tested below) but not served: the sandbox answers one shape per operation and mode.
MODE_OF_VARIANT = {"reference": "reference", "current": "current", "newest": "newest", "setup": "reference"}
NOT_SERVED = {
    "reference_page": "the flat registration answer with webhook_secret; the sandbox sends webhook_secret_key",
    "nested": "the nested registration spellings other than the newest page's schema",
    "envelope": "the envelope with its delivery record; the sandbox keeps no per-event outcome",
}


def ids(found: list[Entry]) -> list[Any]:
    return [pytest.param(entry, id=entry.name) for entry in found]


@pytest.mark.parametrize("entry", ids(list(entries())))
def test_every_entry_is_decided_and_sourced(entry: Entry) -> None:
    assert entry.problems() == []


def test_the_corpus_holds_every_covered_page() -> None:
    pages = {entry.page.rsplit("/", 2)[-2] + "/" + entry.page.rsplit("/", 1)[-1] for entry in entries()}
    for page in ("appointments/create", "webhooks/setup", "webhooks/create", "webhook-events/get", "link/update-mode"):
        assert page in pages
    assert {e.kind for e in entries()} == {"request", "response", "event"}
    assert any(e.decision == "refused" for e in entries())


def test_every_variant_is_served_by_a_mode_or_said_why_not() -> None:
    variants = {entry.variant for entry in entries() if entry.variant}
    assert variants <= set(MODE_OF_VARIANT) | set(NOT_SERVED)
    assert set(MODE_OF_VARIANT.values()) == set(SHAPES)


# --- the document -------------------------------------------------------------------------------


@pytest.mark.parametrize("entry", ids(list(entries())))
def test_the_document_accepts_what_is_accepted_and_refuses_what_is_refused(entry: Entry) -> None:
    assert validator(schema(entry)).is_valid(entry.body) is entry.schema_valid


VARIANTS = [e for e in of("response") if e.variant]


def named(operation_id: str, status: int, body: Any) -> variants.Naming:
    """The document's name for an answer's variant: what `make contract` reports (contract/variants.py)."""
    return variants.name(body, variants.operation_alternatives(load(), operation_id, status))


@pytest.mark.parametrize("entry", ids(VARIANTS))
def test_the_document_names_each_variant_entry_as_the_corpus_does(entry: Entry) -> None:
    naming = named(entry.operation, int(str(entry.status)), entry.body)
    assert naming.unmatched == ()
    assert entry.variant in naming.names


def test_every_variant_the_document_names_is_a_corpus_variant_of_that_operation() -> None:
    for operation_id in sorted({e.operation for e in VARIANTS}):
        documented = variants.operation_alternatives(load(), operation_id)
        names = {name for place in documented for name, _ in place.branches if name is not None}
        assert names == {e.variant for e in VARIANTS if e.operation == operation_id}, operation_id
        for place in documented:  # presence alone tells a branch: the runner never reads a value
            for _name, branch in place.branches:
                assert set(branch) <= variants.BRANCH_KEYWORDS or variants.VARIANT not in branch


def test_an_answer_of_no_documented_variant_is_named_by_its_fields_only() -> None:
    naming = named("create_appointment", 200, {"success": True, "result": {"id": "Jane Doe"}})
    assert naming.names == ()
    (miss,) = naming.unmatched
    assert miss.startswith("`(the answer)` has fields result (object), success (boolean): no documented variant")
    assert "reference needs data, message" in miss and "Jane" not in miss


# --- the generated client -----------------------------------------------------------------------


def carrier(entry: Entry) -> str:
    """The operation whose answer the entry is (an error of an unmodelled page: any operation's)."""
    return "get_appointment" if entry.operation == "error" else entry.operation


@pytest.mark.parametrize("entry", ids(of("response")))
def test_the_generated_client_parses_each_answer(entry: Entry) -> None:
    module = generated_module(carrier(entry))
    client = Client(base_url="https://cobalt.test/v1")
    parsed = module._parse_response(client=client, response=httpx.Response(entry.status, json=entry.body))
    assert parsed is not None
    assert isinstance(parsed, Error) is (entry.status >= 400)
    assert parsed.success is entry.body["success"]


@pytest.mark.parametrize("entry", ids(of("request", accepted=True)))
def test_the_generated_request_models_keep_each_accepted_request(entry: Entry) -> None:
    op = operation(entry.operation)[2]
    model_name = op["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    model = getattr(models, model_name)
    assert model.from_dict(entry.body).to_dict() == entry.body


@pytest.mark.parametrize("entry", ids(of("event")))
def test_the_kit_reads_each_event_typed(entry: Entry) -> None:
    payload = json.dumps(entry.body).encode()
    event = construct_event(payload, sign(payload, "whsec_corpus"), "whsec_corpus", tolerance=None)  # captured
    typed = event.model()
    assert (typed.id, typed.type_) == (entry.body["id"], entry.operation)
    assert set(typed.data.to_dict()) == set(entry.body["data"])  # typed: date-times re-spelled


# --- Cobalt and AsyncCobalt ---------------------------------------------------------------------

WEBHOOK = "https://api.example.com/webhook"
# The id the vendor's provider and location pages use (the demo practice's Good Doctor and Good Clinic).
EXAMPLE_ID = "abc123def4567890abcdef1234567890"
# What a corpus request of the providers pages changes in the session's sandboxes: the demo's second
# provider and third location (no other test books them), set active (and the provider shown in
# availability: a page's request hides it) again at once.
PATCHED = {
    "update_provider": "/providers/ehr/7755",
    "update_provider_by_ehr": "/providers/ehr/7755",
    "update_location": "/locations/5eed0c11a1c5eed0c11a1c5eed0c11a1",
}
RESTORED = {"update_location": {"status": "active"}}
SHOWN = {"status": "active", "hide_in_availability": "false"}
CALLS: dict[str, Callable[[Any], Any]] = {
    "create_appointment": lambda c: c.appointments.create(
        location="L", provider="P", type="f/u", mrn="1", datetime="2025-01-01T10:00:00-05:00"
    ),
    "list_appointments": lambda c: c.appointments.list("2024-03-14", "2024-03-14"),
    "get_appointment": lambda c: c.appointments.get("1"),
    "get_appointment_singular": lambda c: c.appointments.get("1"),
    "update_appointment": lambda c: c.appointments.update("1", location="New Clinic"),
    "register_webhook": lambda c: c.webhooks.register(WEBHOOK),
    "get_webhook_configuration": lambda c: c.webhooks.configuration(),
    "delete_webhook": lambda c: c.webhooks.delete("1"),
    "list_webhook_events": lambda c: c.webhooks.events(),
    "get_availability": lambda c: c.availability.get("2024-04-05", "2024-04-05"),
    "fetch_availability": lambda c: c.availability.fetch(
        start_date="2026-07-01", end_date="2026-07-01", provider_ids=["prov_789"]
    ),
    "list_patients": lambda c: c.patients.list(last_name="Doe"),
    "create_patient": lambda c: c.patients.create(first_name="John", last_name="Smith"),
    "fetch_patients": lambda c: c.patients.fetch(search_by="mrn", mrn="1"),
    "fetch_appointments": lambda c: c.appointments.fetch(start_date="2025-01-01", end_date="2025-01-07"),
    "get_settings": lambda c: c.settings.get(),
    "list_locations": lambda c: c.locations.list(),
    "update_location": lambda c: c.locations.update(EXAMPLE_ID, status="inactive"),
    "update_provider": lambda c: c.providers.update(EXAMPLE_ID, status="inactive"),
    "list_providers": lambda c: c.providers.list(),
    "list_referring_providers": lambda c: c.referring_providers.list(),
}


def expect(entry: Entry, result: Any) -> None:
    """The typed result each answer gives, whichever shape it came in."""
    body = entry.body
    if entry.operation == "create_appointment":
        assert result.appointment_id == (body.get("appointment_id") or body["data"]["appointment_id"])
        job = body.get("job_id", body.get("data", {}).get("job_id"))
        assert result.job_id == (str(job) if job is not None else result.job_id)
        assert isinstance(result.job_id, str | Unset)
        assert result.message == (body.get("message") or body["data"]["message"])
    elif entry.operation == "list_appointments":
        assert [a.id for a in result] == [a["id"] for a in body.get("results", body)["appointments"]]
    elif entry.operation in ("get_appointment", "get_appointment_singular"):
        assert result.id == body["appointments"]["id"]
    elif entry.operation == "update_appointment":
        assert result.message == body["message"]
    elif entry.operation == "register_webhook":
        nested = body.get("webhook", body)
        secrets = [nested.get(n) for n in ("secret", "webhook_secret_key", "webhook_secret") if nested.get(n)]
        assert result.secret == secrets[0]
        assert result.id == (nested.get("id") or nested.get("webhook_id"))
    elif entry.operation == "get_webhook_configuration":
        assert [u.id for u in result.urls] == [u["id"] for u in body["webhook_urls"]]
    elif entry.operation == "delete_webhook":
        assert result is None
    elif entry.operation == "list_webhook_events":
        assert [(e.id, e.type) for e in result] == [
            (i.get("id") or i["event_id"], i.get("type") or i["event_type"]) for i in body["webhook_events"]
        ]
        assert all(isinstance(e.job_id, str) for e in result)
    elif entry.operation == "get_availability":
        windows = result.results.availability
        assert [w.range_start for w in windows] == [w["range_start"] for w in body["results"]["availability"]]
    elif entry.operation == "list_patients":  # every page: the canned server answers one
        assert [p.mrn for p in result] == [p["mrn"] for p in body["patients"]]
    elif entry.operation == "create_patient":
        assert result.patient_id == body.get("patient_id", result.patient_id)
        assert result.message == body["message"]
    elif entry.operation in ("fetch_availability", "fetch_patients", "fetch_appointments"):
        # Either spelling of the job the pages use is read.
        job = body.get("job_id") or body["job_execution_id"]
        assert job in (result.job_id, result.job_execution_id)
    elif entry.operation == "get_settings":
        data = body["data"]
        assert result.data.timezone == data["timezone"]
        assert [t.code for t in result.data.visit_types] == [t["code"] for t in data["visit_types"]]
        assert [s.code for s in result.data.visit_statuses or []] == [s["code"] for s in data.get("visit_statuses", [])]
    elif entry.operation == "list_locations":
        assert [(loc.id, loc.ehr_id) for loc in result.locations] == [(x["id"], x["ehr_id"]) for x in body["locations"]]
    elif entry.operation == "update_location":
        assert (result.location_id, result.message) == (body["location_id"], body["message"])
    elif entry.operation == "update_provider":
        assert (result.provider_id, result.message) == (body["provider_id"], body["message"])
    elif entry.operation == "list_providers":
        assert [(p.ehr_id, p.name) for p in result.providers] == [(p["ehr_id"], p["name"]) for p in body["providers"]]
    elif entry.operation == "list_referring_providers":
        assert [r.id for r in result.referring_providers] == [r["id"] for r in body["referring_providers"]]
    else:
        raise AssertionError(f"no expectation for {entry.operation}")


def test_every_answered_operation_has_a_kit_call() -> None:
    assert {carrier(e) for e in of("response")} <= set(CALLS)


def expect_error(entry: Entry, raised: pytest.ExceptionInfo[Exception]) -> None:
    if entry.body.get("error") == "login_required":
        assert raised.type is LoginRequiredError
        assert (raised.value.status, raised.value.code) == (403, "login_required")
        assert "Link in update mode" in str(raised.value)
    else:
        assert raised.type is InvalidRequestError
        assert raised.value.message == entry.body["message"]


def answering(entry: Entry) -> Canned:
    # One page: the sample pagination says 123 pages, and the canned server answers every page alike.
    body = (
        {**entry.body, "pagination": {"current_page": 1, "total_pages": 1}}
        if "pagination" in entry.body
        else entry.body
    )
    return Canned(httpx.Response(entry.status or 200, json=body))


@pytest.mark.parametrize("entry", ids(of("response")))
def test_cobalt_reads_each_answer(entry: Entry) -> None:
    with Cobalt(*SECRETS, base_url="https://cobalt.test/v1", retry=FAST,
                transport=httpx.MockTransport(answering(entry))) as cobalt:  # fmt: skip
        call = CALLS[carrier(entry)]
        if entry.status >= 400:
            with pytest.raises(Exception) as raised:
                call(cobalt)
            expect_error(entry, raised)
        else:
            expect(entry, call(cobalt))


@pytest.mark.parametrize("entry", ids(of("response")))
def test_async_cobalt_reads_each_answer(entry: Entry) -> None:
    async def run() -> None:
        async with AsyncCobalt(*SECRETS, base_url="https://cobalt.test/v1", retry=FAST,
                               transport=httpx.MockTransport(answering(entry))) as cobalt:  # fmt: skip
            call = CALLS[carrier(entry)]
            if entry.status >= 400:
                with pytest.raises(Exception) as raised:
                    await call(cobalt)
                expect_error(entry, raised)
            else:
                expect(entry, await call(cobalt))

    asyncio.run(run())


# --- the sandbox, in each mode ------------------------------------------------------------------


@pytest.fixture(scope="module")
def modes(sandbox_url: str, current_sandbox_url: str, newest_sandbox_url: str) -> dict[str, str]:
    return {"reference": sandbox_url, "current": current_sandbox_url, "newest": newest_sandbox_url}


def booking(http: httpx.Client) -> str:
    created = http.post("/appointments", json={
        "mrn": "CORPUS-1", "location": "54252", "provider": "6644", "type": "f/u",
        "datetime": "2025-01-01T10:00:00-05:00",
    })  # fmt: skip
    assert created.status_code == 200, created.text
    body = created.json()
    return str(body.get("appointment_id") or body["data"]["appointment_id"])


# Where each operation's request body goes (the registrations' below).
REQUEST_PATHS = {
    "create_appointment": "/appointments",
    "fetch_availability": "/availability/fetch",
    "create_patient": "/patients",
    "fetch_patients": "/patients/fetch",
    "fetch_appointments": "/appointments/fetch",
}


def send(http: httpx.Client, entry: Entry) -> httpx.Response:
    """The entry's request to a stand-in; a registration is removed again at once."""
    if entry.operation in REQUEST_PATHS:
        return http.post(REQUEST_PATHS[entry.operation], json=entry.body)
    if entry.operation == "update_appointment":
        return http.patch(f"/appointments/{booking(http)}", json=entry.body)
    if entry.operation in PATCHED:
        answer = http.patch(PATCHED[entry.operation], json=entry.body)
        if answer.status_code == 200:
            restored = RESTORED.get(entry.operation, SHOWN)
            assert http.patch(PATCHED[entry.operation], json=restored).status_code == 200
        return answer
    answer = http.post("/webhook", json=entry.body)
    if answer.status_code == 200:
        registered = answer.json()
        id_ = registered.get("webhook_id") or registered.get("webhook", {}).get("id")
        if id_ and "127.0.0.1" in str(http.base_url):
            assert http.delete(f"/webhook/{id_}").status_code == 200
    return answer


@pytest.mark.parametrize("mode", SHAPES)
@pytest.mark.parametrize("entry", ids(of("request")))
def test_the_sandbox_takes_each_accepted_request_and_refuses_each_refused(
    modes: dict[str, str], mode: str, entry: Entry
) -> None:
    with httpx.Client(base_url=modes[mode], headers=CREDENTIALS, timeout=10) as http:
        answer = send(http, entry)
    if entry.accepted:
        assert answer.status_code in (200, 202), answer.text
    else:
        assert answer.status_code == 400
        refusal = answer.json()["message"]
        assert refusal_words(entry) in refusal  # the vendor's own rule, in its words


def refusal_words(entry: Entry) -> str:
    """The words of the vendor's rule that the sandbox's refusal of the entry quotes."""
    return "start_date must equal end_date" if entry.cross_field else "12-hour format with am or pm"


def answer_of(http: httpx.Client, operation_id: str) -> Any:
    if operation_id == "create_appointment":
        return http.post("/appointments", json={
            "mrn": "CORPUS-2", "location": "54252", "provider": "6644", "type": "f/u", "date": "2025-01-01",
            "time": "10:00 am",
        }).json()  # fmt: skip
    if operation_id == "list_appointments":
        return http.get("/appointments", params={"start_date": "2024-03-14", "end_date": "2024-03-14"}).json()
    if operation_id == "update_appointment":
        return http.patch(f"/appointments/{booking(http)}", json={"note": "corpus"}).json()
    if operation_id == "register_webhook":
        registered = http.post("/webhook", json={"webhook_url": "http://127.0.0.1:9/corpus"}).json()
        id_ = registered.get("webhook_id") or registered["webhook"]["id"]
        assert http.delete(f"/webhook/{id_}").status_code == 200
        return registered
    if operation_id == "list_webhook_events":
        # At least one event, whatever ran before: an empty page has no item to name the variant by.
        # (A 409 means the booking settled by itself first: its event is there as well.)
        http.post(f"/_sandbox/appointments/{booking(http)}/settle")
        return http.get("/webhook-events").json()
    raise AssertionError(f"no sandbox call for {operation_id}")


SERVED = [e for e in of("response") if e.variant in MODE_OF_VARIANT]


@pytest.mark.parametrize("entry", ids(SERVED))
def test_each_mode_answers_in_the_variant_named_after_it(modes: dict[str, str], entry: Entry) -> None:
    mode = MODE_OF_VARIANT[str(entry.variant)]
    with httpx.Client(base_url=modes[mode], headers=CREDENTIALS, timeout=10) as http:
        answer = answer_of(http, entry.operation)
    assert covers(answer, entry)
    assert entry.variant in named(entry.operation, int(str(entry.status)), answer).names


@pytest.mark.parametrize("mode", SHAPES)
@pytest.mark.parametrize("operation_id", sorted({e.operation for e in SERVED}))
def test_no_mode_answers_a_shape_the_vendor_never_published(
    modes: dict[str, str], mode: str, operation_id: str
) -> None:
    with httpx.Client(base_url=modes[mode], headers=CREDENTIALS, timeout=10) as http:
        answer = answer_of(http, operation_id)
    assert [e.name for e in of("response", accepted=True) if e.operation == operation_id and covers(answer, e)]


def test_the_newest_mode_lists_events_as_log_entries_and_the_others_as_envelopes(modes: dict[str, str]) -> None:
    keys = {}
    for mode, url in modes.items():
        with httpx.Client(base_url=url, headers=CREDENTIALS, timeout=10) as http:
            # Its own event (settled now): the list holds no other when the test runs first.
            settled = http.post(f"/_sandbox/appointments/{booking(http)}/settle", json={})
            assert settled.status_code == 200, settled.text
            items = http.get("/webhook-events", params={"page_size": "100"}).json()["webhook_events"]
        keys[mode] = {key for item in items for key in item}
    assert {"event_id", "event_type", "created_at"} <= keys["newest"] and "type" not in keys["newest"]
    assert {"id", "type", "created"} <= keys["reference"] and "event_id" not in keys["reference"]


# --- the mock -----------------------------------------------------------------------------------


@pytest.mark.parametrize("entry", ids(of("request")))
def test_the_mock_takes_each_accepted_request_and_refuses_each_refused(mock_url: str, entry: Entry) -> None:
    with httpx.Client(base_url=mock_url, headers=CREDENTIALS, timeout=10) as http:
        answer = send(http, entry)
    # Prism holds a request to the schema only: a cross-field refusal is the sandbox's.
    assert (200 <= answer.status_code < 300) is entry.schema_valid, answer.text


MOCK_REQUESTS: dict[str, tuple[str, str, Any]] = {
    "create_appointment": ("POST", "/appointments", {"mrn": "1", "location": "L", "provider": "P", "type": "f/u",
                                                     "datetime": "2025-01-01T10:00:00-05:00"}),
    "list_appointments": ("GET", "/appointments?start_date=2024-03-14&end_date=2024-03-14", None),
    "get_appointment": ("GET", "/appointments/1", None),
    "get_appointment_singular": ("GET", "/appointment/1", None),
    "update_appointment": ("PATCH", "/appointments/1", {"location": "New Clinic"}),
    "register_webhook": ("POST", "/webhook", {"webhook_url": WEBHOOK}),
    "get_webhook_configuration": ("GET", "/webhook", None),
    "delete_webhook": ("DELETE", "/webhook/1", None),
    "list_webhook_events": ("GET", "/webhook-events", None),
    "get_availability": ("GET", "/availability?start_date=2024-03-14&end_date=2024-03-14", None),
    "fetch_availability": ("POST", "/availability/fetch", {"start_date": "2026-07-01", "end_date": "2026-07-01",
                                                           "provider_ids": ["prov_789"]}),
    "list_patients": ("GET", "/patients", None),
    "create_patient": ("POST", "/patients", {"first_name": "John", "last_name": "Smith"}),
    "fetch_patients": ("POST", "/patients/fetch", {"search_by": "mrn", "mrn": "1"}),
    "fetch_appointments": ("POST", "/appointments/fetch", {"start_date": "2025-01-01", "end_date": "2025-01-07"}),
    "get_settings": ("GET", "/settings", None),
    "list_locations": ("GET", "/locations", None),
    "update_location": ("PATCH", f"/locations/{EXAMPLE_ID}", {"status": "inactive"}),
    "update_provider": ("PATCH", f"/providers/{EXAMPLE_ID}", {"status": "inactive"}),
    "list_providers": ("GET", "/providers", None),
    "list_referring_providers": ("GET", "/referring-providers", None),
}  # fmt: skip


@pytest.mark.parametrize("entry", ids(of("response")))
def test_the_mock_serves_each_answer_from_a_document_example(mock_url: str, entry: Entry) -> None:
    named = examples(carrier(entry), entry.status)
    covering = [name for name, value in named.items() if covers(value, entry)]
    assert covering, f"no example of {carrier(entry)} {entry.status} has the fields of {entry.name}"
    method, path, body = MOCK_REQUESTS[carrier(entry)]
    headers = {**CREDENTIALS, "Prefer": f"code={entry.status}, example={covering[0]}"}
    answer = httpx.request(method, mock_url + path, json=body, headers=headers, timeout=10)
    assert answer.status_code == entry.status
    assert covers(answer.json(), entry)
