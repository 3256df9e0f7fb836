"""`cobalt webhooks` and `cobalt sandbox trigger` against the sandbox: register, list, rotate and
delete; `trigger`, which fires each event; and `listen`, which verifies deliveries and prints their
type, id and attempt: never a secret, never patient data."""

from __future__ import annotations

import json
import os
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from cobalt_kit import cli, triggers
from cobalt_kit.config import CREDENTIAL_ENVIRONMENT
from cobalt_kit.facts import DEMO_CREDENTIALS

from support.bookings import BOOKING

ENVIRONMENT = {variable: DEMO_CREDENTIALS[name] for name, variable in CREDENTIAL_ENVIRONMENT.items()}


def run(base_url: str, *args: str):
    result = CliRunner().invoke(cli.main, ["--base-url", base_url, *args], env=ENVIRONMENT)
    assert result.exit_code == 0, result.output
    return result


def test_register_keeps_the_secret_in_a_private_file_and_prints_it_nowhere(cobalt_sandbox, tmp_path: Path) -> None:
    secret_file = tmp_path / "secret"
    registered = run(
        cobalt_sandbox.base_url, "--json", "webhooks", "register", "http://127.0.0.1:9/hook", "--secret-file",
        str(secret_file),
    )  # fmt: skip
    secret = secret_file.read_text().strip()
    assert secret.startswith("whsec_") and stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    assert secret not in registered.output
    listed = run(cobalt_sandbox.base_url, "webhooks", "list")
    assert "http://127.0.0.1:9/hook" in listed.output and "secret: set" in listed.output
    assert secret not in listed.output
    rotated = run(cobalt_sandbox.base_url, "webhooks", "rotate-secret", "--secret-file", str(secret_file))
    assert secret_file.read_text().strip() not in (secret, "") and secret_file.read_text().strip() not in rotated.output
    webhook_id = cobalt_sandbox.client().webhooks.configuration().urls[0].id
    run(cobalt_sandbox.base_url, "webhooks", "delete", webhook_id)
    assert cobalt_sandbox.client().webhooks.configuration().urls == []


def test_a_secret_never_lands_in_a_file_others_could_read(cobalt_sandbox, tmp_path: Path) -> None:
    # A secret file there before with a loose mode, held open by another reader while it was loose.
    secret_file = tmp_path / "secret"
    secret_file.write_text("whsec_old\n")
    secret_file.chmod(0o644)
    with secret_file.open() as reader:
        run(cobalt_sandbox.base_url, "webhooks", "rotate-secret", "--secret-file", str(secret_file))
        seen = reader.read()
    secret = secret_file.read_text().strip()
    assert secret.startswith("whsec_") and secret != "whsec_old"
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    leaked = secret in seen  # (a boolean: a failure message never shows the secret)
    assert not leaked, "the new secret went into the file that was readable by others"
    assert [path.name for path in tmp_path.iterdir()] == ["secret"]  # and no temporary file is left


def test_a_secret_file_that_cannot_be_written_is_refused_before_registering(cobalt_sandbox, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    arguments = ["webhooks", "register", "http://127.0.0.1:9/hook", "--secret-file", str(blocked / "secret")]
    result = CliRunner().invoke(cli.main, ["--base-url", cobalt_sandbox.base_url, *arguments], env=ENVIRONMENT)
    assert result.exit_code == 2, result.output
    assert "cannot write the webhook secret to" in result.output
    assert cobalt_sandbox.client().webhooks.configuration().urls == []  # no secret was issued to be lost


def test_listen_registers_itself_verifies_and_prints_no_patient_data(cobalt_sandbox, tmp_path: Path) -> None:
    command = [sys.executable, "-m", "cobalt_kit", "--base-url", cobalt_sandbox.base_url, "webhooks", "listen",
               "--port", "0", "--register"]  # fmt: skip
    log = tmp_path / "listen.log"
    with log.open("wb") as out:
        listener = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **ENVIRONMENT})
    try:
        deadline = time.monotonic() + 20
        while "listening on" not in log.read_text() and time.monotonic() < deadline:
            time.sleep(0.05)
        created = cobalt_sandbox.client().appointments.create(mrn="414421", **BOOKING)
        while "appointment.created" not in log.read_text() and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        listener.send_signal(signal.SIGTERM)
        listener.wait(timeout=10)
    output = log.read_text()
    event = cobalt_sandbox.client().webhooks.events(str(created.job_id))[0]
    assert f"appointment.created {event.id} attempt 1" in output, output
    assert "registration removed" in output
    assert cobalt_sandbox.client().webhooks.configuration().urls == []
    for value in ("414421", "Good Doctor", created.appointment_id):
        assert value not in output


@pytest.mark.parametrize("event", triggers.TRIGGERS)
def test_trigger_makes_the_sandbox_fire_the_event(cobalt_sandbox, cobalt_webhooks, event: str) -> None:
    result = run(cobalt_sandbox.base_url, "--json", "sandbox", "trigger", event)
    shown = json.loads(result.output)
    fired = cobalt_webhooks.wait_for(event, timeout=5)
    assert shown["event"] == event
    assert shown["appointment_id"] in (fired.data.get("appointment_id"), fired.data.get("id"))


@pytest.mark.parametrize("event", ["appointment.created", "appointment.failed"])
def test_trigger_books_whatever_the_booking_delay(cobalt_sandbox, cobalt_webhooks, event: str) -> None:
    # A booking delay of 0 settles a booking in the first transaction after its own: as a delay of
    # 0.2 s does when the machine is busy between a create and a settle.
    cobalt_sandbox.booking_delay = 0
    shown = json.loads(run(cobalt_sandbox.base_url, "--json", "sandbox", "trigger", event).output)
    fired = cobalt_webhooks.wait_for(event, timeout=5)
    fired.model()
    assert fired.data["appointment_id"] == shown["appointment_id"] and fired.job_id is not None
    assert [e.id for e in cobalt_sandbox.client().webhooks.events(fired.job_id)] == [fired.id]


def test_trigger_names_what_it_cannot_do(cobalt_sandbox) -> None:
    arguments = ["--base-url", cobalt_sandbox.base_url, "sandbox", "trigger", "appointment.created", "--id", "2109607"]
    result = CliRunner().invoke(cli.main, arguments, env=ENVIRONMENT)
    assert result.exit_code == 6  # a completed visit has nothing to settle: a conflict
    assert "nothing to settle" in result.output


def test_trigger_sends_no_demo_credentials_to_a_remote_host() -> None:
    unset = {variable: None for variable in CREDENTIAL_ENVIRONMENT.values()}
    arguments = ["--base-url", "https://sandbox.example", "sandbox", "trigger", "appointment.created"]
    result = CliRunner().invoke(cli.main, arguments, env=unset)
    assert result.exit_code == 2  # refused before any request
    assert "set COBALT_CLIENT_ID, COBALT_CLIENT_SECRET, COBALT_ACCESS_TOKEN" in result.output


def test_a_sandbox_on_this_machine_gets_its_demo_set_when_no_credentials_are_set(cobalt_sandbox) -> None:
    unset = {variable: None for variable in CREDENTIAL_ENVIRONMENT.values()}
    result = CliRunner().invoke(cli.main, ["--base-url", cobalt_sandbox.base_url, "webhooks", "list"], env=unset)
    assert result.exit_code == 0, result.output
    assert "secret: none" in result.output


def test_listen_on_a_port_in_use_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "s").write_text("whsec_synthetic\n")
    taken = socket.create_server(("127.0.0.1", 0))
    try:
        port = str(taken.getsockname()[1])
        result = CliRunner().invoke(
            cli.main, ["webhooks", "listen", "--port", port, "--secret-file", str(tmp_path / "s")]
        )
    finally:
        taken.close()
    assert result.exit_code == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.output and "Traceback" not in result.output
