"""openapi/cobalt.yaml is a valid document that holds every fact of the vendor reference."""

from __future__ import annotations

import re

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from support import reference
from support.document import SPEC_PATH, examples, load, operations, resolve, validator

OPERATIONS = {op["operationId"]: (path, method, op) for path, method, op in operations()}


def test_document_is_valid_openapi() -> None:
    spec, _ = read_from_filename(str(SPEC_PATH))
    validate(spec)


# The vendor's webhook pages: registration (client_id and client_secret only) and polling by job.
WEBHOOK_OPERATIONS = {
    ("/webhook", "post", "register_webhook"),
    ("/webhook", "get", "get_webhook_configuration"),
    ("/webhook/{id}", "delete", "delete_webhook"),
    ("/webhook/rotate-secret", "post", "rotate_webhook_secret"),
}
POLLING = ("/webhook-events", "get", "list_webhook_events")
# The booking workflow's pages (#25): availability, patients, the live appointment fetch.
BOOKING_WORKFLOW_OPERATIONS = {
    ("/availability", "get", "get_availability"),
    ("/availability/fetch", "post", "fetch_availability"),
    ("/patients", "get", "list_patients"),
    ("/patients", "post", "create_patient"),
    ("/patients/fetch", "post", "fetch_patients"),
    ("/appointments/fetch", "post", "fetch_appointments"),
}
# The settings, providers, locations, referring and insurance providers pages (#25).
PRACTICE_OPERATIONS = {
    ("/settings", "get", "get_settings"),
    ("/providers", "get", "list_providers"),
    ("/providers/{id}", "patch", "update_provider"),
    ("/providers/ehr/{ehr_id}", "patch", "update_provider_by_ehr"),
    ("/locations", "get", "list_locations"),
    ("/locations/{id}", "patch", "update_location"),
    ("/referring-providers", "get", "list_referring_providers"),
    ("/insurance-providers", "get", "list_insurance_providers"),
}


def test_operations_are_the_references_the_singular_alias_and_the_webhook_pages() -> None:
    assert {(p, m, i) for i, (p, m, _) in OPERATIONS.items()} == {
        ("/appointments", "get", "list_appointments"),
        ("/appointments", "post", "create_appointment"),
        ("/appointments/{id}", "get", "get_appointment"),
        ("/appointments/{id}", "patch", "update_appointment"),
        ("/appointment/{id}", "get", "get_appointment_singular"),
        *BOOKING_WORKFLOW_OPERATIONS,
        *WEBHOOK_OPERATIONS,
        POLLING,
        *PRACTICE_OPERATIONS,
    }
    alias = OPERATIONS["get_appointment_singular"][2]
    assert alias["x-alias-of"] == "get_appointment"
    assert alias["responses"] == OPERATIONS["get_appointment"][2]["responses"]


def test_servers_are_production_and_local_mock() -> None:
    urls = [s["url"] for s in load()["servers"]]
    assert urls[0] == "https://api.usecobalt.com/v1"
    assert "http://127.0.0.1:4010" in urls


def test_three_credential_headers_are_required_together_everywhere() -> None:
    schemes = load()["components"]["securitySchemes"]
    assert {n: (s["type"], s["in"], s["name"]) for n, s in schemes.items()} == {
        h: ("apiKey", "header", h) for h in reference.CREDENTIAL_HEADERS
    }
    # One requirement object naming all three means all three at once (a list would mean any one).
    assert load()["security"] == [{h: [] for h in reference.CREDENTIAL_HEADERS}]
    registration = {operation_id for _p, _m, operation_id in WEBHOOK_OPERATIONS}
    for _id, (_p, _m, op) in OPERATIONS.items():
        if _id in registration:  # the vendor's setup page: no access token
            assert op["security"] == [{"client_id": [], "client_secret": []}], _id
        else:
            assert "security" not in op, f"{_id} overrides the global credentials"


# The events whose schema is not `Appointment<Name>Event`: the live fetches' own envelope, patients.
EVENT_SCHEMAS = {
    "appointment.live_fetch_completed": "AppointmentsLiveFetchCompleted",
    "patient.live_fetch_completed": "PatientsLiveFetchCompleted",
    "availability.live_fetch_completed": "AvailabilityLiveFetchCompleted",
    "patient.created": "PatientCreated",
    "patient.failed": "PatientFailed",
}


def event_name(type_: str) -> str:
    return "".join(part.capitalize() for part in type_.split(".")[1].split("_"))


def test_every_event_of_the_webhook_pages_has_its_schema_and_delivery() -> None:
    document = load()
    schemas = document["components"]["schemas"]
    types = schemas["WebhookEventType"]["enum"]
    # login_required: the Link update mode page names it without its fields, so its body is the envelope.
    assert set(document["webhooks"]) == {*types, "login_required"}
    login = document["webhooks"]["login_required"]["post"]["requestBody"]["content"]["application/json"]
    assert login["schema"] == {"$ref": "#/components/schemas/WebhookEvent"}
    for type_ in types:
        schema = EVENT_SCHEMAS.get(type_) or "Appointment" + event_name(type_)
        post = document["webhooks"][type_]["post"]
        assert post["requestBody"]["content"]["application/json"]["schema"] == {
            "$ref": f"#/components/schemas/{schema}Event"
        }
        headers = {resolve(p)["name"] for p in post["parameters"]}
        assert headers == {"cobalt-verification", "webhook-id", "webhook-timestamp", "webhook-attempt"}
        assert f"{schema}Data" in schemas
    failed = schemas["AppointmentFailedData"]
    assert {"failure_reason", "reasons"} <= set(failed["required"])


@pytest.mark.parametrize(("name", "required"), reference.LIST_QUERY_PARAMETERS.items())
def test_list_query_parameter(name: str, required: bool) -> None:
    params = {resolve(p)["name"]: resolve(p) for p in OPERATIONS["list_appointments"][2]["parameters"]}
    assert params[name]["in"] == "query"
    assert params[name].get("required", False) is required


def test_include_note_is_a_string_flag_defaulting_to_false() -> None:
    params = {resolve(p)["name"]: resolve(p) for p in OPERATIONS["list_appointments"][2]["parameters"]}
    schema = params["include_note"]["schema"]
    assert (schema["type"], schema["enum"], schema["default"]) == ("string", ["true", "false"], "false")
    assert "PHI" in params["include_note"]["description"]
    assert "case-insensitive" in params["patient_name"]["description"]


def test_appointment_mode_filter_is_checked_against_the_known_modes() -> None:
    params = {resolve(p)["name"]: resolve(p) for p in OPERATIONS["list_appointments"][2]["parameters"]}
    assert tuple(resolve(params["appointment_mode"]["schema"])["enum"]) == reference.APPOINTMENT_MODES


def schema_properties(name: str) -> dict:
    schema = load()["components"]["schemas"][name]
    parts = schema.get("allOf", [schema])
    return {k: v for part in parts for k, v in part.get("properties", {}).items()}


@pytest.mark.parametrize("field", reference.CREATE_FIELDS)
def test_create_field(field: str) -> None:
    prop = schema_properties("CreateAppointmentRequest")[field]
    assert prop.get("deprecated", False) is (field in reference.DEPRECATED_CREATE_FIELDS)


@pytest.mark.parametrize("field", reference.UPDATE_FIELDS)
def test_update_field(field: str) -> None:
    assert field in schema_properties("UpdateAppointmentRequest")


def test_update_allows_every_create_attribute_but_the_deprecated_and_renamed_ones() -> None:
    renamed = {"datetime"}  # update calls it appointment_datetime
    expected = set(reference.CREATE_FIELDS) - set(reference.DEPRECATED_CREATE_FIELDS) - renamed
    assert expected <= set(schema_properties("UpdateAppointmentRequest"))


@pytest.mark.parametrize("field", reference.APPOINTMENT_FIELDS)
def test_appointment_field(field: str) -> None:
    assert field in schema_properties("Appointment")


def test_appointment_field_types_follow_the_wire() -> None:
    props = schema_properties("Appointment")
    assert props["patient_dob"]["format"] == "date"
    assert props["duration"]["type"] == "integer"  # a number in responses...
    assert schema_properties("CreateAppointmentRequest")["duration"]["type"] == "string"  # ...a string in requests


def enum_table(schema_name: str) -> tuple[list[str], dict[str, str]]:
    schema = load()["components"]["schemas"][schema_name]
    rows = dict(re.findall(r"^\| `([^`]+)` \| (.+?) \|$", schema["description"], re.M))
    return schema["enum"], rows


@pytest.mark.parametrize(
    ("schema_name", "table"),
    [("EcwVisitType", reference.ECW_VISIT_TYPES), ("WebptVisitType", reference.WEBPT_VISIT_TYPES)],
)
def test_visit_type_table(schema_name: str, table: dict[str, str]) -> None:
    codes, definitions = enum_table(schema_name)
    assert codes == list(table)
    assert definitions == table


def test_statuses() -> None:
    codes, definitions = enum_table("AppointmentStatus")
    assert tuple(codes) == reference.STATUSES
    assert set(definitions) == set(reference.STATUSES)


@pytest.mark.parametrize(("operation_id", "where", "body"), reference.EXAMPLES)
def test_reference_example_is_a_named_example(operation_id: str, where: str, body: dict) -> None:
    assert body in [e.value for e in examples() if (e.operation_id, e.where) == (operation_id, where)]


@pytest.mark.parametrize("example", examples(), ids=lambda e: e.id)
def test_example_validates_against_its_schema(example) -> None:
    errors = [e.message for e in validator(example.schema).iter_errors(example.value)]
    assert errors == []


ERRORS = {
    "400": "invalid_request",
    "401": "unauthorized",
    "404": "not_found",
    "409": "appointment_not_editable",
    "413": "payload_too_large",
    "429": "rate_limited",
    "500": "internal_error",
}
APPLIES = {
    "404": {
        "get_appointment",
        "get_appointment_singular",
        "update_appointment",
        "delete_webhook",
        "get_settings",
        "update_provider",
        "update_provider_by_ehr",
        "update_location",
    },
    "409": {"update_appointment"},
    "413": {
        "create_appointment",
        "update_appointment",
        "register_webhook",
        "fetch_availability",
        "create_patient",
        "fetch_patients",
        "fetch_appointments",
        "update_provider",
        "update_provider_by_ehr",
        "update_location",
    },
}


@pytest.mark.parametrize("operation_id", OPERATIONS)
@pytest.mark.parametrize("status", ERRORS)
def test_error_response_declared_with_envelope_and_example(operation_id: str, status: str) -> None:
    responses = OPERATIONS[operation_id][2]["responses"]
    if operation_id not in APPLIES.get(status, OPERATIONS):
        assert status not in responses
        return
    media = resolve(responses[status])["content"]["application/json"]
    assert media["schema"] == {"$ref": "#/components/schemas/Error"}
    examples = list(media["examples"].values())
    assert examples
    for example in examples:
        assert example["value"]["code"] == ERRORS[status]
        assert example["value"]["success"] is False


def test_rate_limited_declares_retry_after() -> None:
    headers = load()["components"]["responses"]["RateLimited"]["headers"]
    assert resolve(headers["Retry-After"])["schema"]["type"] == "integer"


def test_create_declares_200_and_201_alike() -> None:
    responses = OPERATIONS["create_appointment"][2]["responses"]
    assert responses["200"] == responses["201"]


def test_created_appointment_links_to_get_and_update() -> None:
    links = load()["components"]["responses"]["AppointmentCreated"]["links"]
    assert {link["operationId"] for link in links.values()} == {"get_appointment", "update_appointment"}
    assert {link["parameters"]["id"] for link in links.values()} == {"$response.body#/data/appointment_id"}


CREATE = validator({"$ref": "#/components/schemas/CreateAppointmentRequest"})
UPDATE = validator({"$ref": "#/components/schemas/UpdateAppointmentRequest"})
BASE = {"location": "Good Clinic", "provider": "Good Doctor", "type": "f/u"}


@pytest.mark.parametrize(
    "body",
    [
        reference.CREATE_REQUEST,
        {**BASE, "mrn": "1", "datetime": "2024-03-14T09:00:00-07:00"},
        {**BASE, "patient_name": "Jane Doe", "date": "2024-01-15", "time": "11:05 AM"},
        {**BASE, "mrn": "1", "patient_name": "Jane Doe", "datetime": "2024-03-14T09:00:00Z"},
        # the vendor's current reference: lower-case am/pm, a secondary provider; the newest: new_patient
        {**BASE, "mrn": "1", "date": "2024-01-15", "time": "1:30 pm", "secondary_provider": "2"},
        {**BASE, "mrn": "1", "date": "2024-01-15", "time": "10:00 am", "prevent_double_booking": "true"},
        {**BASE, "mrn": "1", "datetime": "2024-03-14T09:00:00Z", "new_patient": "true"},
    ],
)
def test_create_request_accepted(body: dict) -> None:
    assert list(CREATE.iter_errors(body)) == []


@pytest.mark.parametrize(
    "body",
    [
        pytest.param({**BASE, "datetime": "2024-03-14T09:00:00Z"}, id="neither mrn nor patient_name"),
        pytest.param({**BASE, "mrn": "1"}, id="neither datetime nor date+time"),
        pytest.param({**BASE, "mrn": "1", "date": "2024-01-15"}, id="date without time"),
        pytest.param({**BASE, "mrn": "1", "time": "1:30 PM"}, id="time without date"),
        pytest.param({**BASE, "mrn": "1", "date": "2024-01-15", "time": "25:30"}, id="no such 24h time"),
        # The newest page: '"time": "10:00" without am or pm will result in an error'.
        pytest.param({**BASE, "mrn": "1", "date": "2024-01-15", "time": "13:30"}, id="24-hour time"),
        pytest.param({**BASE, "mrn": "1", "date": "2024-01-15", "time": "10:00"}, id="no am or pm"),
        pytest.param({**BASE, "mrn": "1", "date": "2024-01-15", "time": "1:30 XM"}, id="no such 12h time"),
        pytest.param({"mrn": "1", "datetime": "2024-03-14T09:00:00Z"}, id="no location provider type"),
        pytest.param({**BASE, "mrn": "1", "datetime": "2024-03-14"}, id="datetime without time"),
        pytest.param({**BASE, "mrn": "1", "datetime": "2024-03-14T09:00:00Z", "duration": 30}, id="int duration"),
        pytest.param({**BASE, "mrn": "1", "datetime": "2024-03-14T09:00:00Z", "colour": "x"}, id="unknown field"),
    ],
)
def test_create_request_rejected(body: dict) -> None:
    assert list(CREATE.iter_errors(body)) != []


@pytest.mark.parametrize(
    "body",
    [
        reference.UPDATE_PENDING_REQUEST,
        reference.UPDATE_SCHEDULED_REQUEST,
        # the vendor's current reference: `datetime`, and a status the practice's EHR defines
        {"datetime": "2024-01-15T14:00:00-07:00"},
        {"status": "rescheduled"},
    ],
)
def test_update_request_accepted(body: dict) -> None:
    assert list(UPDATE.iter_errors(body)) == []


@pytest.mark.parametrize(
    "body",
    [{}, {"datetime": "tomorrow"}, {"status": ""}],
    ids=["empty", "not a date-time", "empty status"],
)
def test_update_request_rejected(body: dict) -> None:
    assert list(UPDATE.iter_errors(body)) != []


@pytest.mark.parametrize(
    ("schema", "field"),
    [("Appointment", "status"), ("Appointment", "appointment_mode"), ("Appointment", "appointment_type"),
     ("Error", "code")],
)  # fmt: skip
def test_response_values_stay_open_to_new_values(schema: str, field: str) -> None:
    check = validator({"$ref": f"#/components/schemas/{schema}"})
    body = {"id": "1", "datetime": "2024-03-14T00:00:00Z", "status": "completed"} if schema == "Appointment" else (
        {"success": False, "message": "m", "code": "x"})  # fmt: skip
    assert list(check.iter_errors({**body, field: "a_value_added_later"})) == []
