"""The client's per-operation layer is a rendering of the document (tools/render_operations.py): an
operation added to the document gets typed, documented `Cobalt` and `AsyncCobalt` methods that
coerce, refuse before sending and raise typed errors, with no Python written for it; the sync and
async surfaces are one description; the committed layer is what the document renders to."""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import importlib.util
import inspect
import json
import subprocess
import sys
import warnings
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import yaml

from cobalt_kit import AsyncCobalt, Cobalt, InvalidRequestError
from cobalt_kit.errors import ArgumentTypeError, InvalidArgumentError

import render_operations
from support.canned import FAST, SECRETS, Canned, canned_cobalt, error

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = ROOT / "openapi" / "cobalt.yaml"
REMOVED = {"success": True, "message": "Done."}
EASTERN = dt.timezone(dt.timedelta(hours=-5))

# Two operations a later issue could add: a GET with a date query and a POST with a JSON body.
CLINIC_DAYS = {
    "get": {
        "operationId": "list_clinic_days",
        "tags": ["Clinic days"],
        "summary": "The days the clinic is open",
        "description": "Every open day from `day` on, until `until` when given.",
        "parameters": [
            {"name": "day", "in": "query", "required": True, "description": "The first day asked about.",
             "schema": {"type": "string", "format": "date"}},
            {"name": "until", "in": "query", "required": False, "description": "The last day asked about.",
             "x-not-before": "day", "schema": {"type": "string", "format": "date"}},
            {"name": "walk_ins", "in": "query", "required": False, "description": "Only days that take walk-ins.",
             "schema": {"type": "string", "enum": ["true", "false"]}},
        ],
        "responses": {
            "200": {"description": "The days.", "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/WebhookRemovedResponse"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"},
        },
    },
    "post": {
        "operationId": "create_clinic_day",
        "tags": ["Clinic days"],
        "summary": "Open the clinic on a day",
        "description": "Adds an open day.",
        "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "type": "object",
            "required": ["opens"],
            "properties": {
                "opens": {"type": "string", "format": "date-time", "description": "When the doors open."},
                "seats": {"type": "string", "pattern": "^[0-9]{1,3}$", "description": "Chairs in the waiting room."},
                "walk_ins": {"type": "string", "enum": ["true", "false"], "description": "Whether walk-ins come."},
            },
        }}}},
        "responses": {
            "201": {"description": "Opened.", "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/WebhookRemovedResponse"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"},
        },
    },
}  # fmt: skip


def rendered(document: dict[str, Any], folder: Path, name: str) -> ModuleType:
    """The layer this document renders to, imported from `folder` as module `name`."""
    path = folder / f"{name}.py"
    path.write_text(render_operations.formatted(render_operations.render(document)))
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def widened(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    document = yaml.safe_load(DOCUMENT.read_text())
    document["paths"]["/clinic-days"] = copy.deepcopy(CLINIC_DAYS)
    return rendered(document, tmp_path_factory.mktemp("layer"), "widened_layer")


def test_a_new_operation_gets_typed_documented_sync_and_async_methods(widened: ModuleType) -> None:
    for cobalt_class in (widened.Cobalt, widened.AsyncCobalt):
        resource = inspect.get_annotations(cobalt_class)["clinic_days"]
        listing = getattr(widened, resource).list
        creating = getattr(widened, resource).create
        assert listing.__doc__.startswith("The days the clinic is open.\n\n")
        assert "day: The first day asked about." in listing.__doc__
        assert "opens: When the doors open." in creating.__doc__
        parameters = inspect.signature(listing).parameters
        assert parameters["day"].annotation == "dt.date | str"
        assert parameters["walk_ins"].annotation == "bool | str | None"
        created = inspect.signature(creating)
        assert created.parameters["opens"].annotation == "dt.datetime | str"
        assert created.parameters["opens"].kind is inspect.Parameter.KEYWORD_ONLY
        assert created.parameters["seats"].annotation == "int | str | None"
        assert created.return_annotation == "WebhookRemovedResponse"
    assert inspect.iscoroutinefunction(widened.AsyncClinicDays.list)


def test_the_new_methods_coerce_refuse_and_raise_typed_errors(widened: ModuleType) -> None:
    handler = Canned(httpx.Response(200, json=REMOVED), httpx.Response(201, json=REMOVED))
    transport = httpx.MockTransport(handler)
    cobalt = widened.Cobalt(*SECRETS, base_url="https://cobalt.test/v1", retry=FAST, transport=transport)
    assert cobalt.clinic_days.list(dt.date(2025, 1, 2), until="2025-01-09", walk_ins=True).message == "Done."
    assert parse_qs(urlsplit(str(handler.requests[-1].url)).query) == {
        "day": ["2025-01-02"], "until": ["2025-01-09"], "walk_ins": ["true"]
    }  # fmt: skip
    cobalt.clinic_days.create(opens=dt.datetime(2025, 1, 2, 8, tzinfo=EASTERN), seats=12, walk_ins=False)
    assert json.loads(handler.requests[-1].content) == {
        "opens": "2025-01-02T08:00:00-05:00", "seats": "12", "walk_ins": "false"
    }  # fmt: skip
    sent = len(handler.requests)
    refusals = [
        (lambda: cobalt.clinic_days.create(opens=dt.datetime(2025, 1, 2, 8)), "opens", "UTC offset"),
        (lambda: cobalt.clinic_days.create(opens="2025-01-02T08:00:00Z", seats=1000), "seats", "seats"),
        (lambda: cobalt.clinic_days.list("2025-01-09", until="2025-01-02"), "until", "before day"),
        (lambda: cobalt.clinic_days.list("2025-01-02", walk_ins="maybe"), "walk_ins", "True or False"),
    ]
    for call, field, words in refusals:
        with pytest.raises(InvalidArgumentError, match=words) as refused:
            call()
        assert refused.value.field == field
    with pytest.raises(ArgumentTypeError):
        cobalt.clinic_days.list(20250102)
    assert len(handler.requests) == sent  # nothing refused was sent
    failing = httpx.MockTransport(Canned(error(400, "invalid_request")))
    broken = widened.Cobalt(*SECRETS, base_url="https://cobalt.test/v1", retry=FAST, transport=failing)
    with pytest.raises(InvalidRequestError):
        broken.clinic_days.list("2025-01-02")

    async def asynchronously() -> str:
        again = Canned(httpx.Response(201, json=REMOVED))
        async with widened.AsyncCobalt(*SECRETS, base_url="https://cobalt.test/v1", retry=FAST,
                                       transport=httpx.MockTransport(again)) as cobalt:  # fmt: skip
            with pytest.raises(InvalidArgumentError, match="UTC offset"):
                await cobalt.clinic_days.create(opens="2025-01-02T08:00:00")
            answer = await cobalt.clinic_days.create(opens="2025-01-02T08:00:00+01:00")
        assert len(again.requests) == 1
        return str(answer.message)

    assert asyncio.run(asynchronously()) == "Done."


def test_the_rendered_layer_type_checks_and_so_does_the_readmes_wait_for(widened: ModuleType, tmp_path: Path) -> None:
    """mypy --strict reads the rendered methods' types (a wrong argument is an error) and the
    README's `wait_for(created.job_id)`."""
    layer = Path(str(widened.__file__))
    (tmp_path / "widened_layer.py").write_text(layer.read_text())
    (tmp_path / "uses.py").write_text(
        "from cobalt_kit import Cobalt\n"
        "from widened_layer import Cobalt as Widened\n\n\n"
        "def book(cobalt: Cobalt) -> str:\n"
        "    created = cobalt.appointments.create(\n"
        '        mrn="1", location="L", provider="P", type="f/u", datetime="2025-01-01T10:00:00-05:00"\n'
        "    )\n"
        "    event = cobalt.webhooks.wait_for(created.job_id)\n"
        "    polled = cobalt.webhooks.events(created.job_id)[0]\n"
        '    return event.type + str(event.data.get("appointment_id")) + str(polled.model().id)\n\n\n'
        "def days(cobalt: Widened) -> str:\n"
        '    return cobalt.clinic_days.list("2025-01-02").message\n\n\n'
        "def wrong(cobalt: Widened) -> None:\n"
        "    cobalt.clinic_days.list([2025])\n"
    )  # fmt: skip
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".mypy"),
         "uses.py", "widened_layer.py"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300,
        env={"MYPYPATH": f"{ROOT / 'src'}:{ROOT / 'generated'}", "PATH": ""},
    )  # fmt: skip
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and errors[0].startswith("uses.py:19:") and '"list"' in errors[0], checked.stdout


def both_surfaces() -> list[tuple[str, str]]:
    return [(name, str(resource)) for name, resource in inspect.get_annotations(Cobalt).items()]


@pytest.mark.parametrize(("resource", "sync_class"), both_surfaces())
def test_sync_and_async_have_the_same_methods_signatures_and_docstrings(resource: str, sync_class: str) -> None:
    sync = getattr(sys.modules[Cobalt.__module__], sync_class)
    asynchronous = getattr(sys.modules[AsyncCobalt.__module__], inspect.get_annotations(AsyncCobalt)[resource])
    names = [name for name in vars(sync) | vars(sync.__mro__[1]) if not name.startswith("_")]
    assert names, resource
    for name in names:
        one, other = getattr(sync, name), getattr(asynchronous, name)
        if not callable(one):  # a setting (`poll_interval`): the same value on both
            assert one == other, name
            continue
        assert inspect.signature(one) == inspect.signature(other), name
        assert one.__doc__ == other.__doc__ and one.__doc__, name
        assert not inspect.iscoroutinefunction(one) and inspect.iscoroutinefunction(other), name


def test_every_operation_of_the_document_is_a_method_of_both() -> None:
    document = yaml.safe_load(DOCUMENT.read_text())
    methods = {
        (resource.name, method.operation_id, method.name)
        for resource in render_operations.build(document, render_operations.Ergonomics.read())
        for method in resource.methods
    }
    left_out = {
        operation["operationId"]
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and operation.get("x-python-method") is False
    }
    operations = {
        operation["operationId"]
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }
    assert {operation_id for _, operation_id, _ in methods} == operations - left_out
    module = sys.modules[Cobalt.__module__]
    for resource, _, name in methods:
        assert callable(getattr(getattr(module, inspect.get_annotations(Cobalt)[resource]), name))
        assert inspect.iscoroutinefunction(
            getattr(getattr(module, inspect.get_annotations(AsyncCobalt)[resource]), name)
        )


def test_the_committed_layer_is_what_the_document_renders_to() -> None:
    fresh = render_operations.formatted(render_operations.render(yaml.safe_load(DOCUMENT.read_text())))
    committed = (ROOT / "src" / "cobalt_kit" / "operations.py").read_text()
    assert fresh == committed, "operations.py drifted from openapi/cobalt.yaml: run `make client` and commit"


# The document's own rules, refused before sending on the real client.
def test_update_takes_datetime_and_its_former_name_with_a_deprecation_warning() -> None:
    handler = Canned(httpx.Response(200, json={"success": True, "message": "ok"}))
    cobalt = canned_cobalt(handler)
    cobalt.appointments.update("1", datetime=dt.datetime(2025, 1, 2, 9, tzinfo=EASTERN))
    with pytest.warns(DeprecationWarning, match="appointment_datetime= is deprecated; pass datetime="):
        cobalt.appointments.update("1", appointment_datetime="2025-01-02T09:00:00-05:00")
    assert [json.loads(r.content) for r in handler.requests] == [
        {"appointment_datetime": "2025-01-02T09:00:00-05:00"}
    ] * 2
    with warnings.catch_warnings(), pytest.raises(InvalidArgumentError, match="pass datetime only"):
        warnings.simplefilter("ignore")
        cobalt.appointments.update("1", datetime="2025-01-02T09:00:00-05:00", appointment_datetime="2025-01-02")


@pytest.mark.parametrize(
    ("call", "field", "words"),
    [
        (lambda c: c.appointments.create(location="L", provider="P", type="f/u", datetime="2025-01-02T09:00:00-05:00"),
         "mrn", "appointments.create needs mrn or patient_name"),
        (lambda c: c.appointments.create(mrn="1", location="L", provider="P", type="f/u",
                                         datetime=dt.datetime(2025, 1, 2, 9)), "datetime", "add a UTC offset"),
        (lambda c: c.appointments.update("1", datetime="2025-01-02T09:00:00"), "datetime", "add a UTC offset"),
        (lambda c: c.appointments.list("2025-03-02", "2025-03-01"), "end_date", "end_date is before start_date"),
        (lambda c: c.webhooks.events(start_date="2025-03-02", end_date="2025-03-01"), "end_date", "before start_date"),
        (lambda c: c.appointments.update("1"), "datetime", "appointments.update needs at least 1 of"),
    ],
    ids=["mrn or patient_name", "naive create", "naive update", "list range", "events range", "empty update"],
)  # fmt: skip
def test_what_the_document_forbids_is_refused_before_sending_naming_the_field(
    call: Any, field: str, words: str
) -> None:
    handler = Canned(httpx.Response(200, json={"success": True}))
    with pytest.raises(InvalidArgumentError, match=words) as refused:
        call(canned_cobalt(handler))
    assert refused.value.field == field and handler.requests == []


def test_a_create_answer_without_a_job_gives_an_empty_job_id_that_wait_for_refuses_by_name() -> None:
    """The first reference's answer names no job: `job_id` stays a `str` (so `wait_for(created.job_id)`
    type-checks), and polling for it is refused before sending, not an endless wait."""
    answer = httpx.Response(
        200, json={"success": True, "message": "Appointment created.", "data": {"appointment_id": "7"}}
    )
    handler = Canned(answer)
    cobalt = canned_cobalt(handler)
    created = cobalt.appointments.create(mrn="1", location="L", provider="P", type="f/u",
                                         datetime="2025-01-02T09:00:00-05:00")  # fmt: skip
    assert (created.appointment_id, created.job_id, created.message) == ("7", "", "Appointment created.")
    assert created.to_dict() == {"appointment_id": "7", "message": "Appointment created."}
    with pytest.raises(InvalidArgumentError, match="named no job") as refused:
        cobalt.webhooks.wait_for(created.job_id, timeout=5, interval=0.01)
    assert refused.value.field == "job_id" and len(handler.requests) == 1
