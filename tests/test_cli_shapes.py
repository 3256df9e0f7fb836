"""The CLI gives the documented typed result for the newest pages' shapes, from the sandbox in its
`newest` mode: a flat create answer (its numeric job_id printed as a string) and the nested
registration answer (its secret kept in the file, never printed); and for every error body of the
corpus, the typed error of its status and its exit code."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from cobalt_kit import cli
from cobalt_kit.config import CREDENTIAL_ENVIRONMENT
from cobalt_kit.errors import error_from_response

from support import reference
from support.answering import answering
from support.corpus import entries

ENV = {variable: reference.EXAMPLE_CREDENTIALS[name] for name, variable in CREDENTIAL_ENVIRONMENT.items()}


def run(url: str, *args: str):
    return CliRunner().invoke(cli.main, ["--base-url", url, "--json", *args], env=ENV)


def test_create_answered_flat_prints_the_booking(newest_sandbox_url: str) -> None:
    result = run(newest_sandbox_url, "appointments", "create", "--datetime", "2031-05-06T09:00:00-07:00",
                 "--location", "54252", "--provider", "6644", "--type", "f/u", "--mrn", "CLI-1")  # fmt: skip
    assert result.exit_code == 0, result.output
    created = json.loads(result.output)
    assert created["appointment_id"] and isinstance(created["job_id"], str) and created["job_id"].isdigit()


def test_register_answered_nested_keeps_the_secret(newest_sandbox_url: str, tmp_path) -> None:
    secret_file = tmp_path / "secret"
    result = run(
        newest_sandbox_url, "webhooks", "register", "http://127.0.0.1:9/cli", "--secret-file", str(secret_file)
    )
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output)
    assert shown["id"] and secret_file.read_text().strip().startswith("whsec_")
    assert secret_file.read_text().strip() not in result.output
    headers = {k: v for k, v in reference.EXAMPLE_CREDENTIALS.items() if k != "access_token"}
    assert httpx.delete(f"{newest_sandbox_url}/webhook/{shown['id']}", headers=headers).status_code == 200


ERRORS = [entry for entry in entries() if entry.kind == "response" and (entry.status or 0) >= 400]


@pytest.fixture(scope="module")
def canned_server() -> Iterator[tuple[str, dict[str, Any]]]:
    """A server on this machine that answers every request with the body and status it is given."""
    answer: dict[str, Any] = {}
    with answering(answer) as url:
        yield url, answer


@pytest.mark.parametrize("entry", ERRORS, ids=[entry.name for entry in ERRORS])
def test_each_documented_error_body_is_its_typed_error_and_exit_code(canned_server, entry) -> None:
    """The vendor's error bodies (most carry `message` and no `code`) reach the CLI as the typed
    error of their status, with the vendor's message, never as an unexpected answer (exit 1)."""
    url, answer = canned_server
    answer.update(status=entry.status, body=entry.body)
    result = run(url, "appointments", "get", "1276397812")
    error = json.loads(result.stderr)["error"]
    expected = {kind: code for kind, code, _ in cli.EXIT_CODES}[type(error_from_response(_response(entry)))]
    assert (result.exit_code, error["exit_code"]) == (expected, expected), result.stderr
    assert expected != 1
    assert entry.body["message"] in error["message"]


def _response(entry) -> httpx.Response:
    return httpx.Response(entry.status, json=entry.body, request=httpx.Request("GET", "http://x/"))
