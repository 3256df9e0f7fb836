"""What the vendor's current public reference shows for the four operations is accepted: by the
document, by the kit's client (sync and async), by both stand-ins. A create answered in the current
shape is a success, never an error a retrying integrator would book twice on."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from cobalt_kit import AsyncCobalt

from support import reference
from support.canned import FAST, SECRETS, Canned, canned_cobalt
from support.document import load, resolve, validator
from support.servers import Backend


def response_schema(path: str, method: str, status: str) -> dict[str, Any]:
    response = resolve(load()["paths"][path][method]["responses"][status])
    return response["content"]["application/json"]["schema"]


@pytest.mark.parametrize(
    ("body", "path", "method", "status"),
    [
        (reference.CURRENT_LIST_RESPONSE, "/appointments", "get", "200"),
        (reference.CURRENT_GET_RESPONSE, "/appointment/{id}", "get", "200"),
        (reference.CURRENT_CREATE_RESPONSE, "/appointments", "post", "200"),
        (reference.CURRENT_UPDATE_RESPONSE, "/appointments/{id}", "patch", "200"),
    ],
    ids=["list", "get", "create", "update"],
)
def test_each_current_response_validates(body: dict[str, Any], path: str, method: str, status: str) -> None:
    validator(response_schema(path, method, status)).validate(body)


@pytest.mark.parametrize(
    ("body", "operation"),
    [(reference.CURRENT_CREATE_REQUEST, "post"), (reference.CURRENT_UPDATE_REQUEST, "patch")],
    ids=["create", "update"],
)
def test_each_current_request_validates(body: dict[str, Any], operation: str) -> None:
    path = "/appointments" if operation == "post" else "/appointments/{id}"
    request = resolve(load()["paths"][path][operation]["requestBody"])
    validator(request["content"]["application/json"]["schema"]).validate(body)


def calls(appointments: Any) -> dict[str, Any]:
    return {
        "list": lambda: appointments.list("2023-11-07", "2023-11-07"),
        "get": lambda: appointments.get("1276397812"),
        "create": lambda: appointments.create(
            location="L", provider="P", type="f/u", mrn="1", datetime="2025-01-01T10:00:00-05:00"
        ),
        "update": lambda: appointments.update("1", location="New Clinic"),
    }


ANSWERS = {
    "list": reference.CURRENT_LIST_RESPONSE,
    "get": reference.CURRENT_GET_RESPONSE,
    "create": reference.CURRENT_CREATE_RESPONSE,
    "update": reference.CURRENT_UPDATE_RESPONSE,
}


def check(name: str, result: Any) -> None:
    if name == "list":
        (appointment,) = result
        assert (appointment.id, appointment.provider_name, appointment.object_metadata.source) == (
            "a1", "Dr. Example", "cobalt_operation",
        )  # fmt: skip
    elif name == "get":
        assert result.id == "1276397812"
    elif name == "create":
        assert (result.appointment_id, result.message) == ("123456789", reference.CURRENT_CREATED_MESSAGE)
    else:
        assert result.message == "Appointment updated successfully"


@pytest.mark.parametrize("name", list(ANSWERS))
def test_the_client_parses_each_current_answer(name: str) -> None:
    handler = Canned(httpx.Response(200, json=ANSWERS[name]))
    check(name, calls(canned_cobalt(handler).appointments)[name]())


@pytest.mark.parametrize("name", list(ANSWERS))
def test_the_async_client_parses_each_current_answer(name: str) -> None:
    async def run() -> Any:
        transport = httpx.MockTransport(Canned(httpx.Response(200, json=ANSWERS[name])))
        async with AsyncCobalt(*SECRETS, base_url="https://cobalt.test/v1", retry=FAST, transport=transport) as c:
            return await calls(c.appointments)[name]()

    check(name, asyncio.run(run()))


def test_a_create_answered_in_the_current_shape_is_a_success_and_sent_once() -> None:
    handler = Canned(httpx.Response(201, json=reference.CURRENT_CREATE_RESPONSE))
    created = calls(canned_cobalt(handler).appointments)["create"]()
    assert created.appointment_id == "123456789"
    assert len(handler.requests) == 1


def test_the_first_references_top_level_message_is_found_too() -> None:
    handler = Canned(httpx.Response(201, json=reference.CREATE_RESPONSE))
    assert calls(canned_cobalt(handler).appointments)["create"]().message == "Appointment created."


def test_get_goes_to_the_singular_path() -> None:
    handler = Canned(httpx.Response(200, json=reference.GET_RESPONSE))
    canned_cobalt(handler).appointments.get("1276397812")
    assert handler.requests[0].url.path == "/v1/appointment/1276397812"


def test_a_list_with_neither_shape_is_an_unexpected_response() -> None:
    from cobalt_kit import UnexpectedResponseError

    handler = Canned(httpx.Response(200, json={"success": True}))
    with pytest.raises(UnexpectedResponseError, match=r"neither results\.appointments nor appointments"):
        canned_cobalt(handler).appointments.list("2024-03-14", "2024-04-14")


def test_every_stand_in_answers_the_singular_path_and_the_current_create(backend: Backend) -> None:
    one = httpx.get(f"{backend.url}/appointment/1276397812", headers=backend.credentials)
    assert one.status_code == 200
    assert one.json()["appointments"]["id"] == "1276397812"
    created = httpx.post(f"{backend.url}/appointments", json=reference.CURRENT_CREATE_REQUEST,
                         headers=backend.credentials)  # fmt: skip
    assert created.status_code in (200, 201), created.text
    assert created.json()["success"] is True
