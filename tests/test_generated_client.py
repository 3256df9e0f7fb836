"""generated/ is exactly what the document generates, and its models read every documented body."""

from __future__ import annotations

import filecmp
import subprocess
import typing
from datetime import date
from pathlib import Path

import attrs
import httpx
import pytest

from cobalt_client import Client
from cobalt_client.models import (
    Appointment,
    AppointmentStatus,
    CreateAppointmentRequest,
    CreatePatientRequest,
    FetchAppointmentsRequest,
    FetchAvailabilityRequest,
    FetchPatientsRequest,
    RegisterWebhookRequest,
    UpdateAppointmentRequest,
    UpdateLocationRequest,
    UpdateProviderRequest,
)
from cobalt_client.types import UNSET

from support import reference
from support.document import ROOT, examples, generated_module, operations

PROVIDER_ID = "abc123def4567890abcdef1234567890"  # the provider and location pages' example id
OPERATION_IDS = [op["operationId"] for _p, _m, op in operations()]
# The smallest valid arguments of each operation, for calling it through a canned transport.
ARGUMENTS = {
    "list_appointments": lambda: {"start_date": date(2024, 3, 14), "end_date": date(2024, 4, 14)},
    "get_appointment": lambda: {"id": "1276397812"},
    "get_appointment_singular": lambda: {"id": "1276397812"},
    "create_appointment": lambda: {"body": CreateAppointmentRequest.from_dict(reference.CREATE_REQUEST)},
    "update_appointment": lambda: {
        "id": "23456789",
        "body": UpdateAppointmentRequest.from_dict(reference.UPDATE_SCHEDULED_REQUEST),
    },
    "register_webhook": lambda: {"body": RegisterWebhookRequest(webhook_url="https://example.test/hook")},
    "get_webhook_configuration": dict,
    "delete_webhook": lambda: {"id": "987654321"},
    "rotate_webhook_secret": dict,
    "list_webhook_events": lambda: {"job_id": "12345"},
    "get_settings": dict,
    "list_providers": dict,
    "update_provider": lambda: {"id": PROVIDER_ID, "body": UpdateProviderRequest.from_dict({"status": "inactive"})},
    "update_provider_by_ehr": lambda: {"ehr_id": "6644", "body": UpdateProviderRequest.from_dict({"status": "active"})},
    "list_locations": dict,
    "update_location": lambda: {"id": PROVIDER_ID, "body": UpdateLocationRequest.from_dict({"status": "inactive"})},
    "list_referring_providers": dict,
    "list_insurance_providers": dict,
    "get_availability": lambda: {"start_date": "2026-05-04", "end_date": "2026-05-08"},
    "fetch_availability": lambda: {
        "body": FetchAvailabilityRequest.from_dict(
            {"start_date": "2026-05-04", "end_date": "2026-05-04", "provider_ids": ["6644"]}
        )
    },
    "list_patients": dict,
    "create_patient": lambda: {
        "body": CreatePatientRequest.from_dict({"first_name": "Riley", "last_name": "Example", "dob": "1990-02-03"})
    },
    "fetch_patients": lambda: {"body": FetchPatientsRequest.from_dict({"search_by": "mrn", "mrn": "414421"})},
    "fetch_appointments": lambda: {"body": FetchAppointmentsRequest.from_dict({"search_by": "mrn", "mrn": "414421"})},
}


def canned_client(status: int, body: object) -> Client:
    transport = httpx.MockTransport(lambda request: httpx.Response(status, json=body))
    return Client(base_url="http://cobalt.test", httpx_args={"transport": transport})


def test_generated_matches_the_document(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-C",
            str(ROOT),
            "client",
            f"CLIENT_OUT={out}",
            f"OPERATIONS_OUT={tmp_path / 'operations.py'}",
        ],
        check=True,
        capture_output=True,
    )
    differences = []

    def walk(cmp: filecmp.dircmp, prefix: str = "") -> None:
        differences.extend(prefix + n for n in cmp.left_only + cmp.right_only + cmp.diff_files)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(ROOT / "generated", out, ignore=["__pycache__", "cobalt_client.egg-info"]))
    assert differences == [], "generated/ drifted from openapi/cobalt.yaml: run `make client` and commit"
    for name in ("operations.py", "cli_operations.py"):  # the client's layer and the commands, rendered beside it
        rendered = (tmp_path / name).read_text()
        assert rendered == (ROOT / "src/cobalt_kit" / name).read_text(), f"{name} drifted: run `make client`"


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_every_request_and_response_body_is_a_typed_model(operation_id: str) -> None:
    hints = typing.get_type_hints(generated_module(operation_id).sync_detailed)
    (parsed,) = typing.get_args(hints["return"])
    for model in typing.get_args(parsed) or (parsed,):
        assert attrs.has(model), f"{operation_id} parses a response into {model}, not a model"
    if "body" in hints:
        assert attrs.has(hints["body"]), f"{operation_id} takes its body as {hints['body']}, not a model"


RESPONSE_EXAMPLES = [e for e in examples() if e.where != "request"]


@pytest.mark.parametrize("example", RESPONSE_EXAMPLES, ids=lambda e: e.id)
def test_client_parses_response_example_into_its_model(example) -> None:
    schema_name = example.schema["$ref"].rsplit("/", 1)[-1]
    client = canned_client(int(example.where), example.value)
    response = generated_module(example.operation_id).sync_detailed(client=client, **ARGUMENTS[example.operation_id]())
    assert type(response.parsed).__name__ == schema_name
    assert response.parsed.to_dict() == example.value


def test_client_keeps_a_status_it_does_not_know() -> None:
    body = {**reference.GET_RESPONSE["appointments"], "status": "rescheduled", "appointment_mode": "home"}
    appointment = Appointment.from_dict(body)
    assert appointment.status == "rescheduled"
    assert appointment.appointment_mode == "home"
    assert appointment.to_dict() == body


def test_from_dict_copies_plain_fields_and_keeps_unknown_ones_apart() -> None:
    # from_dict fills the model's attributes in one dictionary; nothing else may end up among them.
    body = {"id": "9", "datetime": "2024-03-14T09:00:00-07:00", "status": "scheduled", "location": "Annex",
            "patient_phone": None, "datetime_": "not a field", "additional_properties": 1, "future": [1]}  # fmt: skip
    sent = dict(body)
    appointment = Appointment.from_dict(body)
    assert body == sent
    assert (appointment.location, appointment.patient_phone, appointment.patient_name) == ("Annex", None, UNSET)
    assert appointment.datetime_.isoformat() == "2024-03-14T09:00:00-07:00"
    assert appointment.additional_properties == {"datetime_": "not a field", "additional_properties": 1, "future": [1]}
    assert set(vars(appointment)) == {f.name for f in attrs.fields(Appointment)}
    assert appointment.to_dict() == body
    assert Appointment.from_dict(appointment.to_dict()) == appointment


def test_client_reads_known_status_as_enum() -> None:
    appointment = Appointment.from_dict(reference.GET_RESPONSE["appointments"])
    assert appointment.status is AppointmentStatus.COMPLETED


def test_credentials_given_once_are_sent_on_every_call() -> None:
    seen = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append({h: request.headers.get(h) for h in reference.CREDENTIAL_HEADERS})
        return httpx.Response(200, json=reference.GET_RESPONSE)

    client = Client(
        base_url="http://cobalt.test",
        headers=reference.EXAMPLE_CREDENTIALS,
        httpx_args={"transport": httpx.MockTransport(record)},
    )
    for _ in range(2):
        generated_module("get_appointment").sync_detailed(client=client, id="1276397812")
    assert seen == [reference.EXAMPLE_CREDENTIALS] * 2
