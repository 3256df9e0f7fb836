"""The `cobalt` commands rendered from the document (cli_operations.py, by tools/render_operations.py):
every operation has a command, the rendered file is what the document renders to, and each command
calls the kit's client against the plugin's in-process sandbox: its answer as a table that fits 80
columns or as JSON, a bad option value a usage error naming the option, a 4xx the kit's error."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import click
import click.testing
import pytest
from click.testing import CliRunner

from cobalt_kit import cli, cli_operations
from cobalt_kit.config import BASE_URL_ENVIRONMENT, CREDENTIAL_ENVIRONMENT
from cobalt_kit.facts import DEMO_CREDENTIALS

import render_operations
from support.document import load, operations

# No credentials and no base URL from the environment: the loopback sandbox gets its demo set.
CLEAN = {name: None for name in (BASE_URL_ENVIRONMENT, *CREDENTIAL_ENVIRONMENT.values())}
LOCATION = "5eed0c11a1c5eed0c11a1c5eed0c11a1"  # the demo data's New Clinic
PROVIDER = "abc123def4567890abcdef1234567890"  # the demo data's Good Doctor (EHR id 6644)
DAY = ["--start-date", "2031-03-03", "--end-date", "2031-03-03"]
ESCAPE = re.compile(r"\x1b\[[0-9;]*m")

# Each rendered command, what it is given, and what its answer shows (in the table and in the JSON).
SHOWN: dict[tuple[str, ...], tuple[list[str], list[str]]] = {
    ("settings", "get"): ([], ["America/Los_Angeles"]),
    ("providers", "list"): ([], ["Good Doctor", "6644"]),
    ("providers", "update"): ([PROVIDER, "--status", "inactive"], ["Provider", PROVIDER]),
    ("providers", "update-by-ehr"): (["6644", "--hide-in-availability"], ["Provider updated", PROVIDER]),
    ("locations", "list"): ([], ["New Clinic", LOCATION]),
    ("locations", "update"): ([LOCATION, "--status", "inactive"], ["Location status updated", LOCATION]),
    ("referring-providers", "list"): (["--last-name", "smith"], ["Smith, Alex", "Smithers, Robin"]),
    ("insurance-providers", "list"): (["--no-active"], ["Sample Mutual"]),
    ("availability", "get"): (DAY, ["2031-03-03T08:00:00.000-08:00", "Good Doctor"]),
    ("availability", "fetch"): ([*DAY, "--provider-ids", "6644"], ["Live fetch request accepted"]),
    ("patients", "list"): (["--last-name", "doe"], ["414421", "Jane"]),
    ("patients", "create"): (["--first-name", "Rita", "--last-name", "Roe"], ["Patient processing", "job_id"]),
    ("patients", "fetch"): (["--search-by", "mrn", "--mrn", "414421"], ["Live fetch request accepted"]),
    ("appointments", "fetch"): (["--search-by", "mrn", "--mrn", "414421"], ["Live fetch request accepted"]),
    ("webhooks", "events"): ([], []),
}
LISTS = [path for path in SHOWN if path[-1] in ("list", "get")]


@pytest.fixture
def cobalt(cobalt_sandbox):
    """`cobalt --base-url SANDBOX ARGS...`, in process; no credential ever shows in what it prints."""

    def run(*args: str, env: dict[str, str | None] | None = None) -> click.testing.Result:
        result = CliRunner().invoke(
            cli.main, ["--base-url", cobalt_sandbox.base_url, *args], env={**CLEAN, **(env or {})}
        )
        for secret in DEMO_CREDENTIALS.values():
            assert secret not in result.output
        return result

    return run


def test_every_operation_of_the_document_has_a_command() -> None:
    """Hand-written (cli.py) or rendered: a new operation fails this until `make client` renders it."""
    missing = [op["operationId"] for _, _, op in operations() if op["operationId"] not in cli_operations.COMMANDS]
    assert missing == []
    for path in cli_operations.COMMANDS.values():
        command: click.Command = cli.main
        for name in path:
            assert isinstance(command, click.Group), path
            command = command.commands[name]
        assert not isinstance(command, click.Group), path
    assert set(SHOWN) == {path for path in cli_operations.COMMANDS.values() if path not in HAND_WRITTEN}


# cli.py's commands for the operations, found by the client method each calls.
HAND_WRITTEN = {
    ("appointments", "list"), ("appointments", "get"), ("appointments", "create"), ("appointments", "update"),
    ("webhooks", "list"), ("webhooks", "register"), ("webhooks", "delete"), ("webhooks", "rotate-secret"),
}  # fmt: skip


def test_the_hand_written_commands_stay_and_the_rendered_join_their_groups() -> None:
    for group, name in HAND_WRITTEN:
        assert cli.main.commands[group].commands[name].callback.__module__ == cli.__name__  # type: ignore[attr-defined]
    assert cli_operations.COMMANDS["get_webhook_configuration"] == ("webhooks", "list")  # it calls configuration()
    assert cli_operations.COMMANDS["get_appointment"] == ("appointments", "get")  # x-alias-of the singular path
    assert cli.main.commands["appointments"].commands["fetch"].callback.__module__ == cli_operations.__name__  # type: ignore[attr-defined]


def test_the_committed_commands_are_what_the_document_renders_to() -> None:
    fresh = render_operations.formatted(render_operations.render_cli(load()))
    committed = (render_operations.OUTPUT.parent / render_operations.CLI_NAME).read_text()
    assert fresh == committed, "cli_operations.py drifted from openapi/cobalt.yaml: run `make client` and commit"


def test_a_new_operation_is_rendered_as_a_command_of_its_tag() -> None:
    document = copy.deepcopy(load())
    document["tags"].append({"name": "Clinic rooms", "description": "The rooms of a clinic. Not the real API's."})
    document["paths"]["/clinic-rooms/{id}"] = {"patch": {
        "operationId": "update_clinic_room", "tags": ["Clinic rooms"], "summary": "Rename a room",
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "requestBody": {"content": {"application/json": {"schema": {"type": "object", "required": ["name"],
            "properties": {"name": {"type": "string", "description": "Its new name. More words."},
                           "kind": {"type": "string", "enum": ["exam", "lab"]},
                           "doors": {"type": "array", "items": {"type": "object"}}}}}}},
        "responses": {"200": {"description": "Done."}},
    }}  # fmt: skip
    rendered = render_operations.render_cli(document)
    assert "\"update_clinic_room\": ('clinic-rooms', 'update')" in rendered
    assert '@main.group("clinic-rooms")' in rendered and "The rooms of a clinic." in rendered
    assert '@click.argument("id", metavar="ID")' in rendered
    assert '@click.option("--name", "name", required=True, help=\'Its new name.\')' in rendered
    assert '@click.option("--kind", "kind", type=click.Choice(["exam", "lab"]))' in rendered
    assert '"--doors-json", "doors", type=JSON_VALUE' in rendered
    assert "cobalt.clinic_rooms.update(id=id, name=name, kind=kind, doors=doors, )" in rendered


@pytest.mark.parametrize("path", list(SHOWN), ids=" ".join)
def test_the_command_shows_the_sandboxs_answer(cobalt, path: tuple[str, ...]) -> None:
    arguments, expected = SHOWN[path]
    result = cobalt(*path, *arguments)
    assert result.exit_code == 0, result.output
    assert all(value in result.stdout for value in expected), result.stdout
    as_json = cobalt(*path, *arguments, "--json")
    assert as_json.exit_code == 0, as_json.output
    text = json.dumps(json.loads(as_json.stdout))
    assert all(value in text for value in expected), text


def test_a_location_set_inactive_is_listed_inactive(cobalt) -> None:
    assert cobalt("locations", "update", LOCATION, "--status", "INACTIVE").exit_code == 0
    (row,) = [line.split("\t") for line in cobalt("locations", "list").stdout.splitlines() if LOCATION in line]
    assert row[:4] == [LOCATION, "54253", "New Clinic", "inactive"]


def test_a_hidden_provider_leaves_the_availability(cobalt) -> None:
    assert "Good Doctor" in cobalt("availability", "get", *DAY).stdout
    assert cobalt("providers", "update-by-ehr", "6644", "--hide-in-availability").exit_code == 0
    shown = cobalt("availability", "get", *DAY).stdout
    assert "Good Doctor" not in shown and "Sample Doctor" in shown


@pytest.mark.cobalt(booking_delay=3600)  # pending until the clock is advanced, on a machine of any speed
def test_a_patient_created_is_polled_by_its_job(cobalt, cobalt_sandbox) -> None:
    created = dict(line.split("\t") for line in cobalt("patients", "create", "--first-name", "Rita",
                                                       "--last-name", "Roe").stdout.splitlines())  # fmt: skip
    assert created["success"] == "true" and created["job_id"]
    assert json.loads(cobalt("webhooks", "events", "--job-id", created["job_id"], "--json").stdout) == []  # pending
    cobalt_sandbox.advance_clock(3601)  # the EHR has answered by then
    events = json.loads(cobalt("webhooks", "events", "--job-id", created["job_id"], "--json").stdout)
    assert [event["job_id"] for event in events] == [created["job_id"]]
    assert events[0]["type"].startswith("patient.")


def test_nested_values_are_json_inline_or_from_a_file(cobalt, tmp_path: Path) -> None:
    hours = [{"day": "Monday", "shifts": [{"start": "T10:00:00", "end": "T11:00:00", "facility_id": PROVIDER}]}]
    (tmp_path / "hours.json").write_text(json.dumps(hours))
    assert cobalt("providers", "update", PROVIDER, "--hours-json", f"@{tmp_path / 'hours.json'}").exit_code == 0
    shown = cobalt("availability", "get", "--start-date", "2031-03-03", "--end-date", "2031-03-03",
                   "--provider-ids", "6644", "--json").stdout  # fmt: skip
    windows = json.loads(shown)["results"]["availability"]
    assert [(w["range_start"], w["range_end"]) for w in windows] == [
        ("2031-03-03T10:00:00.000-08:00", "2031-03-03T11:00:00.000-08:00")]  # fmt: skip
    assert cobalt("providers", "update", PROVIDER, "--hours-json", "[]").exit_code == 0


@pytest.mark.parametrize("path", LISTS, ids=" ".join)
def test_the_table_fits_80_columns(cobalt, monkeypatch: pytest.MonkeyPatch, path: tuple[str, ...]) -> None:
    # CliRunner's stdout says it is no terminal: it says it is one, so the table is printed (rich
    # takes its width from COLUMNS).
    monkeypatch.setattr(click.testing._NamedTextIOWrapper, "isatty", lambda self: True)
    arguments, expected = SHOWN[path]
    result = cobalt(*path, *arguments, env={"COLUMNS": "80", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    lines = ESCAPE.sub("", result.stdout).splitlines()
    assert max(len(line) for line in lines) <= 80, result.stdout
    assert len(lines) >= 3 and all(value in result.stdout for value in expected[:1]), result.stdout


@pytest.mark.parametrize(
    ("arguments", "option"),
    [
        (["availability", "get", *DAY, "--provider-type", "tertiary"], "'--provider-type'"),
        (["patients", "fetch", "--search-by", "shoe-size"], "'--search-by'"),
        (["webhooks", "events", "--delivery-status", "lost"], "'--delivery-status'"),
        (["availability", "get", *DAY, "--buffer", "ten"], "'--buffer'"),
        (["availability", "get", *DAY, "--buffer", "-5"], "'--buffer': buffer must be 0 to 59"),  # the client's
        (["availability", "get", *DAY, "--buffer", "60"], "'--buffer': buffer must be 0 to 59"),  # below 60
        (["locations", "update", LOCATION, "--status", "closed"], "'--status'"),  # the client's check
        (["availability", "fetch", *DAY, "--provider-ids", "6644,"], "'--provider-ids'"),
        (["providers", "update", PROVIDER, "--hours-json", "[{"], "'--hours-json'"),
        (["providers", "update", PROVIDER, "--hours-json", "@/nonexistent/hours.json"], "'--hours-json'"),
        (["availability", "get", "--end-date", "2031-03-03"], "'--start-date'"),
        (["providers", "update", PROVIDER], "--status, --hide-in-availability, --hours-json"),
    ],
    ids=["enum", "enum of a body", "enum of a list", "integer", "minimum", "exclusive maximum", "pattern",
         "comma list", "json", "json file", "required", "at least one"],
)  # fmt: skip
def test_a_bad_option_value_is_a_usage_error_naming_the_option(cobalt, arguments: list[str], option: str) -> None:
    result = cobalt(*arguments)
    assert result.exit_code == 2, result.output
    assert option in result.stderr and "Traceback" not in result.output
    assert result.stdout == ""


def test_a_4xx_is_the_kits_error_and_exit_code(cobalt) -> None:
    result = cobalt("locations", "update", "no-such-location", "--status", "inactive")
    assert result.exit_code == 5, result.output  # NotFoundError's, as for the hand-written commands
    assert result.stderr.strip() == "error: 404 [not_found] Location not found."
    as_json = cobalt("--json", "locations", "update", "no-such-location", "--status", "inactive")
    error = json.loads(as_json.stderr)["error"]
    assert (as_json.exit_code, error["kind"], error["status"], error["code"]) == (5, "NotFoundError", 404, "not_found")


def test_the_help_is_the_documents() -> None:
    def cobalt(*args: str) -> click.testing.Result:
        return CliRunner().invoke(cli.main, list(args))

    summaries = {op["operationId"]: op["summary"] for _, _, op in operations()}
    shown = cobalt("providers", "list", "--help").stdout
    assert summaries["list_providers"] in shown and "Piped, one tab-separated line per row: id, ehr_id" in shown
    assert "The practice's providers, their hours" in cobalt("providers", "--help").stdout  # the tag's
    options = cobalt("patients", "list", "--help").stdout
    assert "--last-name TEXT" in options and "Only patients whose last name contains this text" in options
    assert "[primary|secondary]" in cobalt("availability", "get", "--help").stdout


def test_a_paged_list_is_read_to_its_last_page(cobalt) -> None:
    every = json.loads(cobalt("insurance-providers", "list", "--json").stdout)
    paged = json.loads(cobalt("insurance-providers", "list", "--page-size", "2", "--json").stdout)
    assert len(every) >= 5 and paged == every  # three pages of two, as one list
