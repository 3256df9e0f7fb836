"""The CLI gives the documented typed result for the newest pages' shapes, from the sandbox in its
`newest` mode: a flat create answer (its numeric job_id printed as a string) and the nested
registration answer (its secret kept in the file, never printed)."""

from __future__ import annotations

import json

import httpx
from click.testing import CliRunner

from cobalt_kit import cli
from cobalt_kit.facts import CREDENTIAL_ENVIRONMENT

from support import reference

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
