"""The generated client and the document agree: what it sends is valid, what it reads parses."""

from __future__ import annotations

import functools
import importlib
import json
from collections.abc import Callable
from datetime import date
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_core import Config, OpenAPI
from openapi_core.exceptions import OpenAPIError
from openapi_core.testing import MockRequest

from cobalt_client import Client
from cobalt_client.api.appointments import create_appointment, get_appointment, list_appointments, update_appointment
from cobalt_client.errors import UnexpectedStatus
from cobalt_client.models import (
    AppointmentMode,
    CreateAppointmentRequest,
    CreatePatientRequest,
    Error,
    FetchAppointmentsRequest,
    FetchAvailabilityRequest,
    FetchPatientsRequest,
    GetAppointmentResponse,
    GetAvailabilityCalculationMethod,
    GetAvailabilityFacilityScopedScheduling,
    GetAvailabilityFallbackToDefaultHours,
    GetAvailabilityProviderType,
    ListAppointmentsIncludeNote,
    ListInsuranceProvidersActive,
    ListWebhookEventsDeliveryStatus,
    ListWebhookEventsSort,
    ListWebhookEventsStatus,
    RegisterWebhookRequest,
    UpdateAppointmentRequest,
    UpdateLocationRequest,
    UpdateProviderRequest,
)
from cobalt_client.types import UNSET, Unset

from support import reference
from support.document import SPEC_PATH, examples, generated_module, load, operations, validator

PRODUCTION = "https://api.usecobalt.com"
PROPERTY_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)


# Loaded on first use, once per process: every xdist worker imports this module to collect it, and
# most run few or none of the tests that need these.
@functools.cache
def schema() -> Any:
    return schemathesis.openapi.from_path(SPEC_PATH)


@functools.cache
def openapi() -> OpenAPI:
    # test_document.py validates the document with the same openapi-spec-validator; validating it
    # again here cost two seconds of CPU in every worker.
    return OpenAPI.from_file_path(str(SPEC_PATH), config=Config(spec_validator_cls=None))


# --- the generated client against both stand-ins ---------------------------------------------------


def test_list_returns_the_reference_appointment(generated_client: Client) -> None:
    result = list_appointments.sync(client=generated_client, start_date=date(2024, 3, 14), end_date=date(2024, 4, 14))
    # The first reference's `results.appointments`, or the current one's bare `appointments`.
    listed = result.appointments if isinstance(result.results, Unset) else result.results.appointments
    appointment = next(a for a in listed if a.id == "2109607")
    assert (appointment.patient_name, appointment.status) == ("Jane Doe", "completed")
    assert appointment.patient_dob == date(1994, 8, 12)
    assert appointment.duration == 15


def test_get_returns_the_reference_appointment(generated_client: Client) -> None:
    result = get_appointment.sync(client=generated_client, id="1276397812")
    assert isinstance(result, GetAppointmentResponse)
    assert (result.appointments.id, result.appointments.patient_sex) == ("1276397812", "female")


def test_create_then_update_with_the_reference_requests(generated_client: Client) -> None:
    body = CreateAppointmentRequest.from_dict(reference.CREATE_REQUEST)
    created = create_appointment.sync(client=generated_client, body=body)
    assert created.success is True
    new_id = created.data.appointment_id
    change = UpdateAppointmentRequest.from_dict(reference.UPDATE_SCHEDULED_REQUEST)
    updated = update_appointment.sync(client=generated_client, id=new_id, body=change)
    assert updated.success is True
    assert updated.appointment_id in (new_id, UNSET)  # the current reference's answer has none


def mock_client(mock_url: str, prefer: int) -> Client:
    headers = {**reference.EXAMPLE_CREDENTIALS, "Prefer": f"code={prefer}"}
    return Client(base_url=mock_url, headers=headers, raise_on_unexpected_status=True)


@pytest.mark.parametrize(
    ("status", "call"),
    [
        (401, lambda c: get_appointment.sync_detailed(client=c, id="1")),
        (404, lambda c: get_appointment.sync_detailed(client=c, id="1")),
        (429, lambda c: get_appointment.sync_detailed(client=c, id="1")),
        (
            409,
            lambda c: update_appointment.sync_detailed(client=c, id="1", body=UpdateAppointmentRequest(location="x")),
        ),
    ],
)
def test_documented_error_comes_back_as_the_error_model(mock_url: str, status: int, call) -> None:
    response = call(mock_client(mock_url, status))
    assert response.status_code == status
    assert isinstance(response.parsed, Error)
    assert response.parsed.success is False


def test_undocumented_status_raises(mock_url: str) -> None:
    # Prism answers a Prefer code the document lacks with a 404, which list_appointments does not declare.
    client = mock_client(mock_url, 418)
    with pytest.raises(UnexpectedStatus) as raised:
        list_appointments.sync_detailed(client=client, start_date=date(2024, 3, 14), end_date=date(2024, 4, 14))
    assert raised.value.status_code == 404


# --- what the client puts on the wire is valid under the document ----------------------------------


def client_arguments(operation_id: str, case) -> dict:
    """The generated client's arguments that ask for the request schemathesis generated."""
    args: dict = {}
    query = dict(case.query or {})
    if operation_id == "list_appointments":
        args["start_date"] = date.fromisoformat(query.pop("start_date"))
        args["end_date"] = date.fromisoformat(query.pop("end_date"))
        if "include_note" in query:
            args["include_note"] = ListAppointmentsIncludeNote(query.pop("include_note"))
        if "appointment_mode" in query:
            args["appointment_mode"] = AppointmentMode(query.pop("appointment_mode"))
        args.update(query)
    args.update(case.path_parameters or {})
    if operation_id == "create_appointment":
        args["body"] = CreateAppointmentRequest.from_dict(case.body)
    if operation_id == "update_appointment":
        args["body"] = UpdateAppointmentRequest.from_dict(case.body)
    if operation_id == "register_webhook":
        args["body"] = RegisterWebhookRequest.from_dict(case.body)
    if operation_id in ("update_provider", "update_provider_by_ehr"):
        args["body"] = UpdateProviderRequest.from_dict(case.body)
    if operation_id == "update_location":
        args["body"] = UpdateLocationRequest.from_dict(case.body)
    bodies: dict[str, Any] = {
        "fetch_availability": FetchAvailabilityRequest, "fetch_patients": FetchPatientsRequest,
        "fetch_appointments": FetchAppointmentsRequest, "create_patient": CreatePatientRequest,
    }  # fmt: skip
    if operation_id in bodies:
        args["body"] = bodies[operation_id].from_dict(case.body)
    if operation_id == "get_availability":
        availability: dict[str, Callable[[Any], Any]] = {
            "provider_type": GetAvailabilityProviderType, "calculation_method": GetAvailabilityCalculationMethod,
            "fallback_to_default_hours": GetAvailabilityFallbackToDefaultHours,
            "facility_scoped_scheduling": GetAvailabilityFacilityScopedScheduling,
            "buffer": int, "daily_appointment_limit": int, "max_slot_duration": int,
        }  # fmt: skip
        args.update({name: availability.get(name, str)(value) for name, value in query.items()})
    if operation_id == "list_referring_providers":
        args.update(query)
    if operation_id == "list_insurance_providers":
        paged: dict[str, Callable[[Any], Any]] = {"page": int, "page_size": int, "active": ListInsuranceProvidersActive}
        args.update({name: paged.get(name, str)(value) for name, value in query.items()})
    if operation_id == "list_webhook_events":
        typed: dict[str, Callable[[Any], Any]] = {
            "delivery_status": ListWebhookEventsDeliveryStatus, "status": ListWebhookEventsStatus,
            "sort": ListWebhookEventsSort, "start_date": date.fromisoformat, "end_date": date.fromisoformat,
            "page": int, "page_size": int,
        }  # fmt: skip
        args.update({name: typed.get(name, str)(value) for name, value in query.items()})
    return args


def wire_request(operation_id: str, args: dict) -> httpx.Request:
    sent: list[httpx.Request] = []

    def capture(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500, json={"success": False, "message": "captured", "code": "internal_error"})

    client = Client(
        base_url=f"{PRODUCTION}/v1",
        headers=reference.EXAMPLE_CREDENTIALS,
        httpx_args={"transport": httpx.MockTransport(capture)},
    )
    generated_module(operation_id).sync_detailed(client=client, **args)
    (request,) = sent
    return request


def assert_valid_under_the_document(request: httpx.Request) -> None:
    openapi().validate_request(
        MockRequest(
            PRODUCTION,
            request.method,
            request.url.path,
            args=dict(request.url.params.multi_items()),
            headers=dict(request.headers),
            data=request.content or None,
            content_type=request.headers.get("content-type", "application/json"),
        )
    )


@pytest.mark.parametrize(
    ("params", "headers"),
    [
        ({"end_date": "2024-04-14"}, reference.EXAMPLE_CREDENTIALS),
        ({"start_date": "2024-03-14", "end_date": "2024-04-14", "include_note": "yes"}, reference.EXAMPLE_CREDENTIALS),
        ({"start_date": "2024-03-14", "end_date": "2024-04-14"}, {"client_id": "only-one"}),
    ],
    ids=["missing start_date", "include_note not a flag", "missing credentials"],
)
def test_the_wire_check_rejects_what_the_document_forbids(params: dict, headers: dict) -> None:
    request = httpx.Request("GET", f"{PRODUCTION}/v1/appointments", params=params, headers=headers)
    with pytest.raises(OpenAPIError):
        assert_valid_under_the_document(request)


@pytest.mark.parametrize("operation_id", [op["operationId"] for _p, _m, op in operations()])
def test_every_generated_input_goes_on_the_wire_valid(operation_id: str) -> None:
    operation = schema().find_operation_by_id(operation_id)

    @PROPERTY_SETTINGS
    @given(case=operation.as_strategy())
    def check(case) -> None:
        assert_valid_under_the_document(wire_request(operation_id, client_arguments(operation_id, case)))

    check()


@pytest.mark.parametrize(
    "form",
    [lambda body: "datetime" in body, lambda body: "date" in body and "time" in body],
    ids=["datetime", "deprecated date+time"],
)
def test_both_create_forms_go_on_the_wire_valid(form) -> None:
    create = schema().find_operation_by_id("create_appointment")

    @PROPERTY_SETTINGS
    @given(case=create.as_strategy().filter(lambda case: form(case.body)))
    def check(case) -> None:
        request = wire_request("create_appointment", client_arguments("create_appointment", case))
        assert form(json.loads(request.content))
        assert_valid_under_the_document(request)

    check()


# --- what the client reads: every body the document allows parses and round-trips ---------------


# Arrays drawn with at most this many items (each a value of the document's schema all the same):
# uncapped, a provider list's nested hours, shifts and rules took most of a minute to draw.
ARRAY_CAP = 2


def capped(schema: Any) -> Any:
    """The schema with every array held to ARRAY_CAP items (or its own minItems, if more)."""
    if isinstance(schema, list):
        return [capped(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    found = {key: capped(value) for key, value in schema.items()}
    if found.get("type") == "array" or "array" in (found.get("type") or ()):
        found["maxItems"] = max(min(found.get("maxItems", ARRAY_CAP), ARRAY_CAP), found.get("minItems", 0))
    return found


def bodies(schema: dict):
    """Values of a document schema, drawn by schemathesis with the document's own (OpenAPI 3.0) rules.

    schemathesis draws request bodies only, so the schema becomes the body of a one-operation document.
    """
    document = {
        "openapi": "3.0.3",
        "info": {"title": "bodies", "version": "1"},
        "paths": {"/body": {"post": {
            "requestBody": {"required": True, "content": {"application/json": {"schema": capped(schema)}}},
            "responses": {"200": {"description": "unused"}},
        }}},
        "components": capped(load()["components"]),
    }  # fmt: skip
    return schemathesis.openapi.from_dict(document)["/body"]["POST"].as_strategy().map(lambda case: case.body)


def response_schemas() -> dict[str, dict]:
    found = {}
    for example in examples():
        if example.where != "request":
            found[example.schema["$ref"].rsplit("/", 1)[-1]] = example.schema
    return found


@pytest.mark.parametrize(("name", "schema"), response_schemas().items())
def test_every_documented_response_body_parses_and_round_trips(name: str, schema: dict) -> None:
    model = getattr(importlib.import_module("cobalt_client.models"), name)
    check_schema = validator(schema)

    @PROPERTY_SETTINGS
    @given(body=bodies(schema))
    def check(body: dict) -> None:
        parsed = model.from_dict(body)
        again = parsed.to_dict()
        assert list(check_schema.iter_errors(again)) == []
        assert model.from_dict(again) == parsed

    check()


def test_appointment_bodies_include_unknown_statuses_and_nulls() -> None:
    # The property above is only as strong as its inputs: the document must let the generator
    # produce unknown statuses, nulls and missing optional fields, and the client must keep them.
    appointment = {"$ref": "#/components/schemas/Appointment"}
    seen: set[str] = set()
    nullable = {name for name, field in load()["components"]["schemas"]["Appointment"]["properties"].items()
                if "null" in field.get("type", ())}  # fmt: skip

    @PROPERTY_SETTINGS
    @given(body=bodies(appointment), status=st.text(min_size=1))
    def check(body: dict, status: str) -> None:
        from cobalt_client.models import Appointment

        parsed = Appointment.from_dict({**body, "status": status})
        assert parsed.status == status
        nulls = {k for k, v in body.items() if v is None}
        assert all(getattr(parsed, k) is None for k in nulls & nullable)  # the client keeps each null as None
        seen.update(nulls)
        seen.update(f"no {k}" for k in ("note", "duration") if k not in body)

    check()
    assert {"no note", "no duration"} <= seen
    # Which of the many nullable fields come out null is the generator's draw: any of them will do.
    assert seen & nullable
