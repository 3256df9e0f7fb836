"""The `cobalt` command's conventions: every command against an unreachable server exits 9 without a
traceback; --json anywhere, with errors as JSON; options that do not apply are refused; values are
checked before anything is sent; piped tables are tab-separated; --version."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import click
import pytest
import yaml
from click.testing import CliRunner

from cobalt_kit import cli, triggers
from cobalt_kit.config import BASE_URL_ENVIRONMENT, CREDENTIAL_ENVIRONMENT
from cobalt_kit.document import spec_path
from cobalt_kit.facts import DEMO_CREDENTIALS
from cobalt_kit.transport import RetryPolicy

# No credentials and no base URL from the environment: a loopback URL gets the sandbox's demo set.
CLEAN = {name: None for name in (BASE_URL_ENVIRONMENT, *CREDENTIAL_ENVIRONMENT.values())}
RANGE = ["--start", "2024-03-14", "--end", "2024-04-14"]
BOOKING = ["--location", "Good Clinic", "--provider", "Good Doctor", "--type", "f/u", "--mrn", "414421"]

# What each command that calls a server is given; `{secret}` and `{reports}` are the test's own files.
CALLS: dict[tuple[str, ...], list[str]] = {
    ("appointments", "list"): RANGE,
    ("appointments", "get"): ["2109607"],
    ("appointments", "create"): [*BOOKING, "--datetime", "2024-03-14T09:00:00-07:00"],
    ("appointments", "update"): ["2109607", "--status", "cancelled"],
    ("webhooks", "register"): ["http://127.0.0.1:9/hook", "--secret-file", "{secret}"],
    ("webhooks", "list"): [],
    ("webhooks", "delete"): ["1"],
    ("webhooks", "rotate-secret"): ["--secret-file", "{secret}"],
    ("webhooks", "listen"): ["--register", "--port", "0"],
    **{("sandbox", "trigger", event): [] for event in triggers.TRIGGERS},
    ("sandbox", "events", "resend"): ["evt_1"],
    ("contract",): ["--report-dir", "{reports}"],
    # The commands rendered from the document (cli_operations.py).
    ("appointments", "fetch"): ["--search-by", "mrn", "--mrn", "414421"],
    ("availability", "get"): ["--start-date", "2031-03-03", "--end-date", "2031-03-03"],
    ("availability", "fetch"): ["--start-date", "2031-03-03", "--end-date", "2031-03-03", "--provider-ids", "6644"],
    ("patients", "list"): ["--last-name", "doe"],
    ("patients", "create"): ["--first-name", "Rita", "--last-name", "Roe"],
    ("patients", "fetch"): ["--search-by", "mrn", "--mrn", "414421"],
    ("webhooks", "events"): [],
    ("settings", "get"): [],
    ("providers", "list"): [],
    ("providers", "update"): ["1", "--status", "inactive"],
    ("providers", "update-by-ehr"): ["6644", "--status", "inactive"],
    ("locations", "list"): [],
    ("locations", "update"): ["1", "--status", "inactive"],
    ("referring-providers", "list"): [],
    ("insurance-providers", "list"): [],
}
# Commands that call no server (they serve one, or print the document): --base-url does not apply to
# them. The arguments and environment keep each from serving anything where the option were accepted.
SERVING: dict[tuple[str, ...], tuple[list[str], dict[str, str | None]]] = {
    ("sandbox",): (["--db", "{reports}/db"], {"COBALT_CLIENT_ID": "ci_half_of_a_set"}),
    ("mock",): (["--prism", "{reports}/no-prism"], {}),
    ("openapi",): (["--path"], {}),
    ("proxy",): (["--upstream", "not a URL", "--port", "1"], {}),
    ("replay",): ([".", "--port", "1"], {}),
    ("candidates",): ([".", "--corpus", "."], {}),
}


def commands(group: click.Group = cli.main, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every command of the tree, a group that runs without a subcommand (`cobalt sandbox`) included."""
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            if command.invoke_without_command:
                yield (*path, name)
            yield from commands(command, (*path, name))
        else:
            yield (*path, name)


def test_every_command_has_a_case_here() -> None:
    named = {path[:2] if path[:2] == ("sandbox", "trigger") else path for path in [*CALLS, *SERVING]}
    assert named == set(commands())


@pytest.fixture
def unreachable() -> Iterator[str]:
    """A loopback port bound but not listening, for the test's length: every connection is refused."""
    with socket.socket() as bound:
        bound.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{bound.getsockname()[1]}"


@pytest.fixture
def invoke(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # Retries of a refused connection, without their backoff: the outcome is the same, 3 s sooner.
    monkeypatch.setattr(RetryPolicy, "wait", lambda self, state: 0.0)
    files = {"secret": str(tmp_path / "secret"), "reports": str(tmp_path / "reports")}

    def run(*arguments: str, env: dict[str, str | None] | None = None):
        filled = [argument.format(**files) for argument in arguments]
        return CliRunner().invoke(cli.main, filled, env={**CLEAN, **(env or {})})

    return run


@pytest.mark.parametrize("path", list(CALLS), ids=" ".join)
def test_an_unreachable_server_exits_9_without_a_traceback(invoke, unreachable: str, path: tuple[str, ...]) -> None:
    result = invoke("--base-url", unreachable, *path, *CALLS[path])
    assert result.exit_code == 9, result.output
    assert isinstance(result.exception, SystemExit)  # not an exception of the kit, httpx or click
    assert "Traceback" not in result.output
    assert result.stderr.splitlines()[-1].startswith("error: could not reach"), result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("path", [path for path in CALLS if path[-1] not in ("listen", "contract")], ids=" ".join)
def test_under_json_the_error_is_json(invoke, unreachable: str, path: tuple[str, ...]) -> None:
    result = invoke("--base-url", unreachable, *path, *CALLS[path], "--json")  # after the command
    assert result.exit_code == 9, result.output
    error = json.loads(result.stderr)["error"]
    assert error["exit_code"] == 9 and error["kind"] == "APIConnectionError" and "could not reach" in error["message"]
    assert result.stdout == ""


@pytest.mark.parametrize("path", list(SERVING), ids=" ".join)
def test_a_command_that_calls_no_server_refuses_a_base_url(invoke, unreachable: str, path: tuple[str, ...]) -> None:
    arguments, env = SERVING[path]
    result = invoke("--base-url", unreachable, *path, *arguments, env=env)
    assert result.exit_code == 2, result.output
    assert f"--base-url does not apply to `main {' '.join(path)}`" in result.output


@pytest.mark.parametrize(
    ("arguments", "refused"),
    [
        (["--base-url", "{url}", "sandbox", "--port", "4999", "trigger", "appointment.created"],
         "--port does not apply"),
        (["--base-url", "{url}", "sandbox", "--reset", "trigger", "appointment.cancelled"], "--reset does not apply"),
        (["--base-url", "{url}", "sandbox", "trigger", "appointment.created", "--reason", "ehr_error"],
         "--reason does not apply"),
        (["--json", "contract", "--base-url", "{url}", "--report-dir", "{reports}"], "--json does not apply"),
        (["--json", "openapi"], "--json does not apply"),
        (["--base-url", "{url}", "webhooks", "listen", "--port", "{taken}", "--secret-file", "{secret}"],
         "--base-url does not apply"),
        (["webhooks", "listen", "--port", "{taken}", "--register", "--secret-file", "{secret}"],
         "--secret-file does not apply"),
    ],
    ids=["serving option on trigger", "reset on trigger", "reason on created", "json on contract", "json on openapi",
         "base url on listen", "secret file on registering listen"],
)  # fmt: skip
def test_options_that_do_not_apply_are_refused(invoke, unreachable: str, arguments: list[str], refused: str) -> None:
    # A port in use: a listener that took the options would stop at once (as a usage error of its own).
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = str(taken.getsockname()[1])
        result = invoke(*(a.replace("{taken}", port).replace("{url}", unreachable) for a in arguments))
    assert result.exit_code == 2, result.output
    assert refused in result.output


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (["appointments", "list", "--start", "2024-03-14", "--end", "2024-03-13"], "2024-03-13 is before --start"),
        (["appointments", "create", *BOOKING, "--datetime", "2024-03-14T09:00:00"], "has no UTC offset"),
        (["appointments", "update", "1", "--datetime", "2024-03-14T09:00"], "has no UTC offset"),
        (["sandbox", "trigger", "appointment.failed", "--reason", "nope"], "'nope' is not one of 'ehr_error'"),
    ],
    ids=["end before start", "create without offset", "update without offset", "unknown reason"],
)
def test_values_are_checked_before_anything_is_sent(invoke, unreachable: str, arguments: list[str], said: str) -> None:
    result = invoke("--base-url", unreachable, *arguments)
    assert result.exit_code == 2, result.output  # not 9: nothing was sent
    assert said in result.output


@pytest.mark.parametrize("where", ["before", "after"])
def test_a_usage_error_under_json_is_json(invoke, where: str) -> None:
    command = ["appointments", "list", "--start", "14/03/2024", "--end", "2024-04-14"]
    result = invoke(*(["--json", *command] if where == "before" else [*command, "--json"]))
    assert result.exit_code == 2
    error = json.loads(result.stderr)["error"]
    assert error == {"kind": "usage", "exit_code": 2, "message": error["message"]}
    assert "'--start'" in error["message"]


def test_json_after_the_command(cobalt_sandbox) -> None:
    env = {**CLEAN, **{variable: DEMO_CREDENTIALS[name] for name, variable in CREDENTIAL_ENVIRONMENT.items()}}
    for arguments in (["appointments", "list", *RANGE, "--json"], ["appointments", "--json", "list", *RANGE]):
        result = CliRunner().invoke(cli.main, ["--base-url", cobalt_sandbox.base_url, *arguments], env=env)
        assert result.exit_code == 0, result.output
        assert "2109607" in [appointment["id"] for appointment in json.loads(result.stdout)]


def test_a_piped_table_is_tab_separated_rows(cobalt_sandbox) -> None:
    result = CliRunner().invoke(cli.main, ["--base-url", cobalt_sandbox.base_url, "appointments", "list", *RANGE],
                                env=CLEAN)  # fmt: skip
    assert result.exit_code == 0, result.output
    expected = cobalt_sandbox.client().appointments.list(*RANGE[1::2])
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [row[0] for row in rows] == [appointment.id for appointment in expected]  # no header line
    assert all(len(row) == len(cli.APPOINTMENT_COLUMNS) for row in rows)
    fields = expected[0].to_dict()
    assert rows[0] == [str(fields.get(name, "")) for name in cli.APPOINTMENT_COLUMNS]
    assert not set(result.stdout) & set("─━│┃┏┓└┘")


def test_version_names_the_kit_the_client_and_the_document(invoke) -> None:
    result = invoke("--version")
    assert result.exit_code == 0, result.output
    document = yaml.safe_load(spec_path().read_text())
    assert result.stdout.splitlines() == [
        f"cobalt-kit {metadata.version('cobalt-kit')}",
        f"cobalt-client {metadata.version('cobalt-client')} (the generated client)",
        f"Cobalt API document {document['info']['version']} (cobalt.yaml)",
    ]


def test_contract_takes_the_base_url_given_before_it(invoke, tmp_path: Path) -> None:
    result = invoke("--base-url", "http://cobalt.example", "contract", "--report-dir", str(tmp_path))
    assert result.exit_code == 2
    assert "refusing plain http to cobalt.example" in result.output  # the URL was used, not asked for


def test_the_sandbox_help_says_what_its_banner_prints(tmp_path: Path) -> None:
    helped = CliRunner().invoke(cli.main, ["sandbox", "--help"], terminal_width=200)
    assert "once it listens, it prints the client_id of each set it accepts (never a secret or a token)" in " ".join(
        helped.output.split()
    )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = str(probe.getsockname()[1])
    command = [sys.executable, "-m", "cobalt_kit", "sandbox", "--port", port, "--db", str(tmp_path / "db")]
    environ = {name: value for name, value in os.environ.items() if name not in CLEAN}
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=environ)
    try:
        assert server.stdout is not None
        banner = [server.stdout.readline() for _ in range(5)]
    finally:
        server.terminate()
        server.wait(timeout=20)
    printed = "".join(banner)
    assert f"accepts client_id {DEMO_CREDENTIALS['client_id']}" in printed, printed
    assert DEMO_CREDENTIALS["client_secret"] not in printed
    assert DEMO_CREDENTIALS["access_token"] not in printed
