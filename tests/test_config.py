"""Configuration has one home (cobalt_kit/config.py): every environment variable is spelled there, and
the client, the CLI and the contract runner pick credentials by its one rule."""

from __future__ import annotations

import ast
import contextlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cobalt_kit import cli, config
from cobalt_kit.client import Cobalt
from cobalt_kit.contract import command
from cobalt_kit.facts import CREDENTIAL_HEADERS, DEMO_CREDENTIALS

from support.answering import answering

PACKAGE = Path(config.__file__).parent
# An environment variable's name as the kit spells one: COBALT_ or SANDBOX_ and upper-case letters,
# digits and underscores, as a whole word; MOCK_PORT is the one earlier name outside those prefixes.
VARIABLE = re.compile(r"\b(?:(?:COBALT|SANDBOX)_[A-Z0-9_]*[A-Z0-9]|MOCK_PORT)\b")
# Words of that form that are Python names, not variables: facts' moved attribute, answered by its __getattr__.
PYTHON_NAMES = {"SANDBOX_DEMO_CREDENTIALS"}


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the module's, classes' and functions' docstring constants."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def variables_spelled(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(), str(path))
    docstrings = _docstrings(tree)
    return [
        (node.lineno, name)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
        for name in VARIABLE.findall(node.value)
        if name not in PYTHON_NAMES
    ]


def test_every_environment_variable_is_spelled_in_the_config_module_only() -> None:
    """Walks every string constant of the package's modules (src/cobalt_kit/**/*.py), the literal parts
    of f-strings included, and finds each word that names an environment variable: `COBALT_` or
    `SANDBOX_` followed by upper-case letters, digits and underscores (and the earlier `MOCK_PORT`),
    less the Python names of that form (PYTHON_NAMES). Docstrings are left out: they are
    documentation, as docs/ is, and name variables for their readers. Anywhere else a name is a second
    spelling of config's (a key read or set, a help text, a message) that goes stale when the variable
    is renamed."""
    spelled = {
        f"{path.relative_to(PACKAGE)}:{line} {name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != Path(config.__file__)
        for line, name in variables_spelled(path)
    }
    assert spelled == set()
    # The walk does find what it looks for: config spells every variable the kit reads.
    in_config = {name for _, name in variables_spelled(Path(config.__file__))}
    assert {*config.CREDENTIAL_ENVIRONMENT.values(), config.SANDBOX_DB, "COBALT_MOCK_PORT", "SANDBOX_PORT"} <= in_config


def test_the_walk_finds_a_name_in_a_message_and_an_f_string_but_not_in_a_docstring(tmp_path: Path) -> None:
    module = tmp_path / "planted.py"
    module.write_text(
        '"""Reads COBALT_SANDBOX_DB."""\n'
        'import os\n'
        'DB = os.environ.get("SANDBOX_DB")\n'
        'def f(x):\n'
        '    """Uses COBALT_X."""\n'
        '    return f"{x}: set COBALT_SANDBOX_PORT or MOCK_PORT"\n'
    )  # fmt: skip
    assert variables_spelled(module) == [(3, "SANDBOX_DB"), (6, "COBALT_SANDBOX_PORT"), (6, "MOCK_PORT")]


# --- the one credential rule -------------------------------------------------------------------

ENVIRONMENTS = {
    "none set": {},
    "all set": dict(zip(config.CREDENTIAL_ENVIRONMENT.values(), ("ci_env", "cs_env", "at_env"), strict=True)),
    "half set": {config.CREDENTIAL_ENVIRONMENT["client_id"]: "ci_env"},
}


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, str]]]:
    """A server on this machine that is the named base URL `sandbox` (COBALT_SANDBOX_PORT), answering
    every request with a 404 and keeping the headers each one carried."""
    seen: list[dict[str, str]] = []
    with answering({"status": 404, "body": {"success": False, "message": "not found"}}, seen) as url:
        monkeypatch.setenv("COBALT_SANDBOX_PORT", url.rsplit(":", 1)[1])
        yield seen


def _credentials(headers: dict[str, str]) -> dict[str, str]:
    lowered = {name.lower(): value for name, value in headers.items()}
    return {name: lowered.get(name, "") for name in CREDENTIAL_HEADERS}


class _Started(Exception):
    """The contract runner was built: what it was given is recorded, nothing is run."""


def _contract_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> tuple[int, dict[str, str] | None, str]:
    """`cobalt contract --base-url sandbox`, up to the point where it hands credentials to the sandbox it
    starts and to the runner: those are recorded (the same set both times), and nothing is started."""
    given: list[dict[str, str]] = []

    @contextlib.contextmanager
    def sandbox(port: int, logs: Path, db: str, credentials: dict[str, str], **_: Any) -> Iterator[Any]:
        given.append(dict(credentials))
        yield type("Started", (), {"url": f"http://{config.LOCAL_HOST}:{port}"})()

    def runner(url: str, credentials: dict[str, str], **_: Any) -> None:
        given.append(dict(credentials))
        raise _Started

    monkeypatch.setattr(command.servers, "sandbox", sandbox)
    monkeypatch.setattr(command, "Runner", runner)
    result = CliRunner().invoke(cli.main, ["contract", "--base-url", "sandbox", "--report-dir", str(tmp_path)])
    if given:
        assert isinstance(result.exception, _Started), result.output
        assert given[0] == given[1]
    return result.exit_code, given[0] if given else None, result.output


@pytest.mark.parametrize("environment", list(ENVIRONMENTS))
def test_the_client_the_cli_and_the_contract_runner_pick_the_same_credentials(
    environment: str, recorder: list[dict[str, str]], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for variable in config.CREDENTIAL_ENVIRONMENT.values():
        monkeypatch.delenv(variable, raising=False)
    for variable, value in ENVIRONMENTS[environment].items():
        monkeypatch.setenv(variable, value)
    expected = {
        "none set": DEMO_CREDENTIALS,
        "all set": dict(zip(CREDENTIAL_HEADERS, ("ci_env", "cs_env", "at_env"), strict=True)),
        "half set": None,  # refused by all three, naming what is missing
    }[environment]

    # 1. Cobalt.from_env(base_url="sandbox")
    try:
        with Cobalt.from_env(base_url="sandbox", max_retries=0) as cobalt, contextlib.suppress(Exception):
            cobalt.appointments.get("1")
        by_client = _credentials(recorder[-1])
    except ValueError as error:
        assert "COBALT_CLIENT_SECRET, COBALT_ACCESS_TOKEN" in str(error)
        by_client = None
    # 2. cobalt --base-url sandbox
    sent = len(recorder)
    result = CliRunner().invoke(cli.main, ["--base-url", "sandbox", "appointments", "get", "1"])
    by_cli = _credentials(recorder[-1]) if len(recorder) > sent else None
    assert result.exit_code == (5 if by_cli else 2), result.output  # not found, or refused before sending
    # 3. cobalt contract --base-url sandbox
    code, by_contract, output = _contract_credentials(monkeypatch, tmp_path)
    if by_contract is None:
        assert code == 2 and "COBALT_CLIENT_SECRET, COBALT_ACCESS_TOKEN" in output
    assert by_client == by_cli == by_contract == expected


def test_none_is_sent_to_a_remote_host_without_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for variable in config.CREDENTIAL_ENVIRONMENT.values():
        monkeypatch.delenv(variable, raising=False)
    remote = "https://cobalt.example"
    with pytest.raises(
        ValueError,
        match=f"set COBALT_CLIENT_ID, COBALT_CLIENT_SECRET, COBALT_ACCESS_TOKEN to the credentials of {remote}",
    ):
        Cobalt.from_env(base_url=remote)
    result = CliRunner().invoke(cli.main, ["--base-url", remote, "appointments", "get", "1"])
    assert result.exit_code == 2 and "to the credentials of" in result.output
    result = CliRunner().invoke(cli.main, ["contract", "--base-url", remote, "--report-dir", str(tmp_path)])
    assert result.exit_code == 2 and "to the credentials of" in result.output and "nothing was sent" in result.output


def test_arguments_win_over_the_environment() -> None:
    given = ("ci_arg", "cs_arg", "at_arg")
    environ = dict(zip(config.CREDENTIAL_ENVIRONMENT.values(), ("ci_env", "cs_env", "at_env"), strict=True))
    expected = dict(zip(CREDENTIAL_HEADERS, given, strict=True))
    assert config.credentials("https://cobalt.example", given, environ) == expected


# --- the earlier names ---------------------------------------------------------------------------


@pytest.mark.parametrize(("new", "old"), sorted(config.DEPRECATED_NAMES.items()))
def test_an_earlier_name_is_still_read_with_a_deprecation_warning(new: str, old: str) -> None:
    with pytest.warns(DeprecationWarning, match=f"{old} is deprecated: set {new} instead"):
        assert config.read(new, {old: "4999"}) == "4999"
    # The new name wins, silently.
    assert config.read(new, {old: "4999", new: "4321"}) == "4321"


def test_the_earlier_port_names_still_move_the_named_base_urls() -> None:
    with pytest.warns(DeprecationWarning, match="SANDBOX_PORT is deprecated"):
        assert config.base_urls({"SANDBOX_PORT": "4555"})["sandbox"] == f"http://{config.LOCAL_HOST}:4555"


def test_the_deprecation_is_shown_outside_tests_too() -> None:
    """Python hides a DeprecationWarning raised outside __main__ by default: this one is shown once."""
    import subprocess
    import sys

    probe = "from cobalt_kit import config; config.read(config.SANDBOX_DB); config.read(config.SANDBOX_DB)"
    env = {"SANDBOX_DB": "/tmp/x.db", "PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)}
    result = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert result.stderr.count("SANDBOX_DB is deprecated: set COBALT_SANDBOX_DB instead") == 1, result.stderr
