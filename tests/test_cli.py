"""The `cobalt` command line end to end against the mock, and its exit codes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cobalt_kit import cli
from cobalt_kit.config import CREDENTIAL_ENVIRONMENT as ENVIRONMENT
from cobalt_kit.errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    CobaltError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
)
from cobalt_kit.sandbox_controls import SandboxControlError

from support.servers import Backend


@pytest.fixture
def cobalt(backend: Backend):
    runner = CliRunner()
    secrets = {var: backend.credentials[name] for name, var in ENVIRONMENT.items()}

    def run(*args: str, env: dict[str, str] | None = None):
        result = runner.invoke(cli.main, ["--base-url", backend.url, *args], env={**secrets, **(env or {})})
        for secret in secrets.values():
            assert secret not in result.output
        return result

    return run


def test_list_prints_a_table(cobalt) -> None:
    result = cobalt("appointments", "list", "--start", "2024-03-14", "--end", "2024-04-14", "--mode", "office")
    assert result.exit_code == 0, result.output
    assert "2109607" in result.output
    assert "completed" in result.output


def test_list_json(cobalt) -> None:
    result = cobalt("--json", "appointments", "list", "--start", "2024-03-14", "--end", "2024-04-14", "--include-note")
    assert result.exit_code == 0, result.output
    assert "2109607" in [a["id"] for a in json.loads(result.output)]


def test_get_json(cobalt) -> None:
    result = cobalt("--json", "appointments", "get", "1276397812")
    assert json.loads(result.output)["patient_sex"] == "female"


def test_create_then_update(cobalt) -> None:
    result = cobalt(
        "--json", "appointments", "create", "--mrn", "9988776655443322", "--location", "Good Clinic",
        "--provider", "Good Doctor", "--type", "FollowUp", "--datetime", "2024-01-15T13:30:00-07:00",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    new_id = json.loads(result.output)["appointment_id"]
    result = cobalt("appointments", "update", new_id, "--status", "cancelled")
    assert result.exit_code == 0, result.output
    assert "Appointment updated successfully" in result.output


@pytest.mark.parametrize(
    "args",
    [
        ("appointments", "list", "--start", "14/03/2024", "--end", "2024-04-14"),
        ("appointments", "list", "--start", "2024-03-14"),
        ("appointments", "update", "1"),
        ("appointments", "update", "1", "--status", "done"),
        ("appointments", "create", "--location", "l", "--provider", "p", "--type", "t", "--datetime", "soon"),
    ],
    ids=["bad date", "missing end", "nothing to update", "unknown status", "bad datetime"],
)
def test_bad_input_is_a_usage_error(cobalt, args) -> None:
    result = cobalt(*args)
    assert result.exit_code == 2
    assert "Error" in result.output
    assert "Traceback" not in result.output


def test_missing_credentials_are_named(cobalt) -> None:
    result = cobalt("appointments", "get", "1", env={"COBALT_ACCESS_TOKEN": ""})
    assert result.exit_code == 2
    assert "COBALT_ACCESS_TOKEN" in result.output


def test_plain_http_elsewhere_is_refused(cobalt) -> None:
    result = cobalt("--base-url", "http://example.com", "appointments", "get", "1")
    assert result.exit_code == 2
    assert "https" in result.output


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (InvalidRequestError("m", status=400), 3),
        (AuthenticationError("m", status=401), 4),
        (NotFoundError("m", status=404), 5),
        (ConflictError("m", status=409), 6),
        (RateLimitError("m", status=429), 7),
        (ServerError("m", status=503), 8),
        (APIConnectionError("m"), 9),
        (APITimeoutError("m"), 9),
        (UnexpectedResponseError("m"), 1),
        (CobaltError("m"), 1),
    ],
)
def test_exit_code_says_what_failed(error: CobaltError, code: int) -> None:
    with pytest.raises(SystemExit) as exited, cli._reporting():
        raise error
    assert exited.value.code == code


@pytest.mark.parametrize(("status", "code"), [(400, 3), (401, 4), (404, 5), (409, 6), (503, 8), (418, 1)])
def test_a_refused_sandbox_control_exits_as_the_api_status_would(status: int, code: int) -> None:
    with pytest.raises(SystemExit) as exited, cli._reporting():
        raise SandboxControlError("refused", status)
    assert exited.value.code == code


def test_sandbox_and_contract_commands_refuse_bad_settings_as_usage_errors(tmp_path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli.main, ["sandbox", "--port", "4999"], env={"COBALT_SANDBOX_BOOKING_DELAY": "soon"})
    assert result.exit_code == 2
    assert "COBALT_SANDBOX_BOOKING_DELAY" in result.output and "'soon' is not a valid float" in result.output
    # The name before the COBALT_ namespace is still read (with a deprecation warning), and checked as well.
    with pytest.warns(DeprecationWarning, match="set COBALT_SANDBOX_BOOKING_DELAY"):
        result = runner.invoke(cli.main, ["sandbox", "--port", "4999"], env={"SANDBOX_BOOKING_DELAY": "soon"})
    assert result.exit_code == 2
    assert "COBALT_SANDBOX_BOOKING_DELAY must be a number of seconds, not 'soon'" in result.output
    result = runner.invoke(cli.main, ["contract", "--base-url", "http://cobalt.example", "--report-dir", str(tmp_path)])
    assert result.exit_code == 2
