"""The `cobalt` command line: the Cobalt API from a shell, credentials from the environment.

Exit codes say what failed, so scripts can branch on them (see EXIT_CODES).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Column, Table

from cobalt_client.models import Appointment, AppointmentMode, AppointmentStatus
from cobalt_kit.client import Cobalt, credentials_for, resolve_base_url
from cobalt_kit.document import spec_path
from cobalt_kit.errors import (
    APIConnectionError,
    AuthenticationError,
    CobaltError,
    ConflictError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    ServerError,
)
from cobalt_kit.extras import MissingExtra, require
from cobalt_kit.facts import (
    BASE_URL_ENVIRONMENT,
    CREDENTIAL_ENVIRONMENT,
    WEBHOOK_SECRET_ENVIRONMENT,
    base_urls,
    local_port,
)
from cobalt_kit.receiver import Delivery, Receiver
from cobalt_kit.sandbox_controls import SandboxControlError, SandboxControls

# Checked in order: the first class the error is an instance of gives the code.
EXIT_CODES: list[tuple[type[Exception], int]] = [
    (InvalidRequestError, 3),
    (AuthenticationError, 4),
    (NotFoundError, 5),
    (ConflictError, 6),
    (RateLimitError, 7),
    (ServerError, 8),
    (APIConnectionError, 9),
    (CobaltError, 1),
]
EXIT_HELP = (
    "Exit codes: 0 ok, 1 unexpected answer, 2 usage or configuration, 3 invalid request, "
    "4 authentication, 5 not found, 6 conflict (status rule), 7 rate limited, 8 server error, "
    "9 connection or timeout."
)
# Appointment field -> table header; --json prints every field.
TABLE_COLUMNS = {
    "id": "id",
    "datetime": "when",
    "status": "status",
    "appointment_mode": "mode",
    "appointment_type": "type",
    "patient_name": "patient",
    "location": "location",
}


class _State:
    def __init__(self, base_url: str | None, as_json: bool) -> None:
        self.base_url = base_url
        self.as_json = as_json

    def cobalt(self, default_url: str = "production") -> Cobalt:
        """The client for --base-url (else COBALT_BASE_URL, else `default_url`), with the credentials
        `credentials_for` picks: COBALT_*, or a local sandbox's demo set."""
        try:
            url = resolve_base_url(self.base_url or os.environ.get(BASE_URL_ENVIRONMENT) or default_url)
            credentials = credentials_for(url)
            if credentials is None:
                raise ValueError(f"set {', '.join(CREDENTIAL_ENVIRONMENT.values())} to the credentials of {url}")
            return Cobalt(*(credentials[name] for name in CREDENTIAL_ENVIRONMENT), base_url=url)
        except ValueError as error:
            raise click.UsageError(str(error)) from None


@contextmanager
def _reporting() -> Iterator[None]:
    try:
        yield
    except CobaltError as error:
        click.echo(f"error: {error}", err=True)
        code = next(code for kind, code in EXIT_CODES if isinstance(error, kind))
        sys.exit(code)
    except ValueError as error:  # bad argument values the API would refuse anyway
        raise click.UsageError(str(error)) from None


def _emit(state: _State, data: dict[str, Any] | list[dict[str, Any]], table: Callable[[], Table] | None = None) -> None:
    if state.as_json or table is None:
        click.echo(json.dumps(data, indent=2, default=str))
    else:
        Console().print(table())


# Never shortened in a narrow terminal (other columns wrap instead): an id, start time or status cut short
# would name another appointment. "2024-03-14T09:00:00-07:00" is 25 characters.
UNBROKEN = {"id": 10, "datetime": 25, "status": 9}


def _appointments_table(appointments: list[Appointment]) -> Table:
    columns = [
        Column(header, no_wrap=field in UNBROKEN, min_width=UNBROKEN.get(field), overflow="fold")
        for field, header in TABLE_COLUMNS.items()
    ]
    table = Table(*columns)
    for appointment in appointments:
        row = appointment.to_dict()
        table.add_row(*(str(row.get(column, "")) for column in TABLE_COLUMNS))
    return table


def _fields_table(values: dict[str, Any]) -> Table:
    table = Table("field", "value")
    for name, value in values.items():
        table.add_row(name, "" if value is None else str(value))
    return table


@click.group(epilog=EXIT_HELP)
@click.option(
    "--base-url",
    envvar=BASE_URL_ENVIRONMENT,
    help=f"{', '.join(base_urls({}))} or a URL (default: {BASE_URL_ENVIRONMENT}, else production).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def main(ctx: click.Context, base_url: str | None, as_json: bool) -> None:
    """The Cobalt API, its sandbox and its contract checks.

    Credentials: COBALT_CLIENT_ID, COBALT_CLIENT_SECRET, COBALT_ACCESS_TOKEN; when they are unset, a
    sandbox on this machine gets its demo set."""
    ctx.obj = _State(base_url, as_json)


@main.group()
def appointments() -> None:
    """List, get, create and update appointments."""


DATE = click.DateTime(formats=["%Y-%m-%d"])
MODES = click.Choice([mode.value for mode in AppointmentMode])
STATUSES = click.Choice([status.value for status in AppointmentStatus])


@appointments.command("list", epilog=EXIT_HELP)
@click.option("--start", required=True, type=DATE, help="First day, inclusive (YYYY-MM-DD).")
@click.option("--end", required=True, type=DATE, help="Last day, inclusive (YYYY-MM-DD).")
@click.option("--mrn", help="Only this patient's MRN (exact).")
@click.option("--name", help="Patient name contains this (case-insensitive).")
@click.option("--phone", help="Only this patient phone number.")
@click.option("--mode", type=MODES, help="Only office or only telemedicine.")
@click.option("--include-note", is_flag=True, help="Also return progress notes (PHI: only when needed).")
@click.pass_obj
def list_command(
    state: _State,
    start: dt.datetime,
    end: dt.datetime,
    mrn: str | None,
    name: str | None,
    phone: str | None,
    mode: str | None,
    include_note: bool,
) -> None:
    """Appointments in a date range."""
    with _reporting(), state.cobalt() as cobalt:
        found = cobalt.appointments.list(
            start.date(), end.date(), patient_mrn=mrn, patient_name=name, patient_phone=phone,
            include_note=include_note, appointment_mode=mode,
        )  # fmt: skip
        _emit(state, [a.to_dict() for a in found], lambda: _appointments_table(found))


@appointments.command("get", epilog=EXIT_HELP)
@click.argument("appointment_id")
@click.pass_obj
def get_command(state: _State, appointment_id: str) -> None:
    """One appointment."""
    with _reporting(), state.cobalt() as cobalt:
        found = cobalt.appointments.get(appointment_id).to_dict()
        _emit(state, found, lambda: _fields_table(found))


def _attribute_options(required: bool) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    options = [
        click.option("--location", required=required, help="Location of the visit."),
        click.option("--provider", required=required, help="Provider for the visit."),
        click.option("--type", "type_", required=required, help="Visit type code (see the EHR's table)."),
        click.option("--mrn", help="Patient MRN (create: this or --name)."),
        click.option("--name", help="Patient first and last name."),
        click.option("--duration", type=click.IntRange(min=0), help="Minutes."),
        click.option("--note", help="Free-text note."),
        click.option("--reason", help="Reason for the visit."),
    ]

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        for option in reversed(options):
            command = option(command)
        return command

    return decorate


@appointments.command("create", epilog=EXIT_HELP)
@click.option("--datetime", "when", required=True, help="Start, ISO 8601 with offset (2024-03-14T09:00:00-07:00).")
@_attribute_options(required=True)
@click.pass_obj
def create_command(state: _State, /, when: str, name: str | None, type_: str, **attributes: Any) -> None:
    """Book an appointment (never retried)."""
    with _reporting(), state.cobalt() as cobalt:
        created = cobalt.appointments.create(datetime=when, patient_name=name, type=type_, **attributes)
        _emit(state, created.to_dict(), lambda: _fields_table(created.to_dict()))


@appointments.command("update", epilog=EXIT_HELP)
@click.argument("appointment_id")
@click.option("--datetime", "when", help="New start, ISO 8601 with offset.")
@click.option("--status", type=STATUSES, help="New status (a scheduled appointment: status or note only).")
@_attribute_options(required=False)
@click.pass_obj
def update_command(
    state: _State, /, appointment_id: str, when: str | None, name: str | None, type_: str | None, **attributes: Any
) -> None:
    """Change an appointment."""
    with _reporting(), state.cobalt() as cobalt:
        updated = cobalt.appointments.update(
            appointment_id, appointment_datetime=when, patient_name=name, type=type_, **attributes
        )
        _emit(state, updated.to_dict(), lambda: _fields_table(updated.to_dict()))


@main.group()
def webhooks() -> None:
    """Register, list, delete and rotate webhook URLs; receive and verify events locally.

    The webhook secret is a credential: it is written to --secret-file (mode 600), never printed."""


SECRET_FILE = click.option(
    "--secret-file", type=click.Path(dir_okay=False, path_type=Path), default=Path(".cobalt/webhook-secret"),
    show_default=True, help="Where the webhook secret is kept (written with mode 600; never printed).",
)  # fmt: skip


def _keep_secret(path: Path, secret: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as file:
        file.write(secret + "\n")
    path.chmod(0o600)  # also when the file was there before, with a looser mode


@webhooks.command("register", epilog=EXIT_HELP)
@click.argument("url")
@SECRET_FILE
@click.pass_obj
def register_command(state: _State, url: str, secret_file: Path) -> None:
    """Register URL: every event of the integration is POSTed to it."""
    with _reporting(), state.cobalt() as cobalt:
        registered = cobalt.webhooks.register(url)
        _keep_secret(secret_file, registered.secret)
        shown = {"id": registered.id, "url": registered.url, "secret_file": str(secret_file)}
        _emit(state, shown, lambda: _fields_table(shown))


@webhooks.command("list", epilog=EXIT_HELP)
@click.pass_obj
def list_webhooks_command(state: _State) -> None:
    """The registered URLs (and whether a secret is set; never the secret)."""
    with _reporting(), state.cobalt() as cobalt:
        settings = cobalt.webhooks.configuration()
        shown = {
            "webhook_urls": [url.to_dict() for url in settings.urls],
            "secret": "set" if settings.secret else "none",
        }

        def table() -> Table:
            rows = Table("id", "url", caption=f"secret: {shown['secret']}")
            for url in settings.urls:
                rows.add_row(url.id, url.url)
            return rows

        _emit(state, shown, table)


@webhooks.command("delete", epilog=EXIT_HELP)
@click.argument("webhook_id")
@click.pass_obj
def delete_webhook_command(state: _State, webhook_id: str) -> None:
    """Remove one registered URL."""
    with _reporting(), state.cobalt() as cobalt:
        cobalt.webhooks.delete(webhook_id)
        shown = {"deleted": webhook_id}
        _emit(state, shown, lambda: _fields_table(shown))


@webhooks.command("rotate-secret", epilog=EXIT_HELP)
@SECRET_FILE
@click.pass_obj
def rotate_command(state: _State, secret_file: Path) -> None:
    """Replace the secret; deliveries from now on are signed with the new one."""
    with _reporting(), state.cobalt() as cobalt:
        _keep_secret(secret_file, cobalt.webhooks.rotate_secret())
        shown = {"secret_file": str(secret_file)}
        _emit(state, shown, lambda: _fields_table(shown))


def _print_delivery(delivery: Delivery) -> None:
    # Type, id and attempt only: the event's data is patient data.
    event = delivery.event
    click.echo(f"{dt.datetime.now():%H:%M:%S} {event.type} {event.id} attempt {delivery.attempt}", nl=True)


def _print_rejection(reason: str) -> None:
    click.echo(f"{dt.datetime.now():%H:%M:%S} rejected a delivery (400): {reason}", err=True)


def _listen_secret(secret_file: Path) -> str:
    if os.environ.get(WEBHOOK_SECRET_ENVIRONMENT):
        return os.environ[WEBHOOK_SECRET_ENVIRONMENT]
    try:
        return secret_file.read_text().strip()
    except OSError:
        raise click.UsageError(
            f"no webhook secret: set {WEBHOOK_SECRET_ENVIRONMENT}, pass --secret-file, or --register"
        ) from None


@webhooks.command("listen", epilog=EXIT_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=4030, show_default=True, help="Port (0: a free one).")
@click.option(
    "--register",
    "do_register",
    is_flag=True,
    help="Register this listener with the API for as long as it runs (and use the secret it returns).",
)
@SECRET_FILE
@click.pass_obj
def listen_command(state: _State, host: str, port: int, do_register: bool, secret_file: Path) -> None:
    """Receive webhook deliveries, verify each, and print its type, id and attempt (never its data)."""
    try:
        receiver = Receiver("" if do_register else _listen_secret(secret_file), host, port, _print_delivery,
                            _print_rejection)  # fmt: skip
    except OSError as error:  # the port is taken, or the address is not this machine's
        raise click.UsageError(
            f"cannot listen on {host}:{port} ({error.strerror}); pick another --port (0: a free one)"
        ) from None
    # SIGTERM stops it as Ctrl-C does, so that a registration made here is removed.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    with _reporting(), state.cobalt() if do_register else contextlib.nullcontext() as cobalt:
        registration = cobalt.webhooks.register(receiver.url) if cobalt else None
        if registration:
            receiver.secret = registration.secret
        click.echo(f"listening on {receiver.url}" + (" (registered)" if registration else "") + "; Ctrl-C stops")
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
        finally:
            receiver.close()
            if cobalt and registration and registration.id:
                cobalt.webhooks.delete(registration.id)
                click.echo("registration removed")


def _needs(extra: str) -> None:
    try:
        require(extra)
    except MissingExtra as missing:
        click.echo(f"error: {missing}", err=True)
        sys.exit(2)


@main.group("sandbox", invoke_without_command=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), help="Port (default: SANDBOX_PORT, else 4020).")
@click.option(
    "--db", type=click.Path(dir_okay=False), help="SQLite file (default: SANDBOX_DB, else .sandbox/cobalt.db)."
)
@click.option("--reset", is_flag=True, help="Forget every change: start again from the demo data.")
@click.option("--booking-delay", type=click.FloatRange(min=0), help="Seconds a booking stays pending (default 1).")
@click.option(
    "--credentials",
    type=click.Path(exists=True, dir_okay=False),
    help="JSON list of further credential sets, one practice each (default: SANDBOX_CREDENTIALS).",
)
@click.option(
    "--shapes", type=click.Choice(["reference", "current"]),
    help="Wire shapes: the first vendor reference's (default: SANDBOX_SHAPES, else reference) or the current one's.",
)  # fmt: skip
@click.option(
    "--webhook-host", "webhook_hosts", multiple=True,
    help="A host webhooks are delivered to besides loopback addresses (repeatable; default: SANDBOX_WEBHOOK_HOSTS).",
)  # fmt: skip
@click.pass_context
def sandbox_command(
    ctx: click.Context,
    host: str,
    port: int | None,
    db: str | None,
    reset: bool,
    booking_delay: float | None,
    credentials: str | None,
    shapes: str | None,
    webhook_hosts: tuple[str, ...],
) -> None:
    """Serve the stateful sandbox until Ctrl-C (needs cobalt-kit[sandbox]); `cobalt sandbox trigger`
    makes a running one fire an event.

    It accepts COBALT_CLIENT_ID, COBALT_CLIENT_SECRET and COBALT_ACCESS_TOKEN when all three are set,
    else the demo credentials it prints."""
    if ctx.invoked_subcommand is not None:
        return
    _needs("sandbox")
    from cobalt_kit.sandbox.serve import run
    from cobalt_kit.sandbox.settings import Settings

    given = {
        "SANDBOX_DB": db,
        "SANDBOX_BOOKING_DELAY": booking_delay,
        "SANDBOX_CREDENTIALS": credentials,
        "SANDBOX_SHAPES": shapes,
        "SANDBOX_WEBHOOK_HOSTS": ",".join(webhook_hosts) or None,
    }
    try:
        settings = Settings.from_env({**os.environ, **{k: str(v) for k, v in given.items() if v is not None}})
        port = port or local_port("sandbox")
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    sys.exit(run(settings, host, port, reset))


TRIGGERS = (
    "appointment.created", "appointment.failed", "appointment.updated", "appointment.cancelled",
    "appointment.status_updated",
)  # fmt: skip


@sandbox_command.command("trigger", epilog=EXIT_HELP)
@click.argument("event", type=click.Choice(TRIGGERS))
@click.option("--id", "appointment_id", help="The appointment (default: a new one, booked for the purpose).")
@click.option("--reason", default="provider_unavailable", show_default=True, help="appointment.failed: why.")
@click.pass_obj
def trigger_command(state: _State, event: str, appointment_id: str | None, reason: str) -> None:
    """Make a running sandbox fire EVENT, as `stripe trigger` does: book and settle a booking now
    (created, failed), or act as clinic staff in the EHR (updated, cancelled, status_updated).

    The sandbox is --base-url (default: the local one); credentials as for every command, or, for a
    sandbox on this machine, its demo set when none are set."""
    with _reporting(), _sandbox_controls(state) as (controls, cobalt):
        if event in ("appointment.created", "appointment.failed"):
            appointment_id = appointment_id or cobalt.appointments.create(**TRIGGER_BOOKING).appointment_id
            controls.settle(appointment_id, failed_with=reason if event == "appointment.failed" else None)
        else:
            appointment_id = appointment_id or controls.ehr.book(**TRIGGER_BOOKING)
            if event == "appointment.cancelled":
                controls.ehr.cancel(appointment_id)
            elif event == "appointment.status_updated":
                controls.ehr.complete(appointment_id)
            else:
                controls.ehr.change(appointment_id, location="Triggered Clinic")
        shown = {"event": event, "appointment_id": appointment_id}
        _emit(state, shown, lambda: _fields_table(shown))


# The demo patient's booking that `trigger` makes when it is given no appointment (synthetic).
TRIGGER_BOOKING = {"mrn": "414421", "location": "Good Clinic", "provider": "Good Doctor", "type": "f/u",
                   "datetime": "2026-01-05T09:00:00-08:00"}  # fmt: skip


@contextmanager
def _sandbox_controls(state: _State) -> Iterator[tuple[SandboxControls, Cobalt]]:
    with state.cobalt(default_url="sandbox") as cobalt:
        credentials = credentials_for(cobalt.base_url)  # the set state.cobalt() chose: it found one
        assert credentials is not None
        try:
            yield SandboxControls(cobalt.base_url, credentials), cobalt
        except SandboxControlError as refused:
            click.echo(f"error: {refused}", err=True)
            sys.exit({404: 5, 409: 6}.get(refused.status, 1))


@main.command("contract")
@click.option("--base-url", required=True, help="A URL, or mock / sandbox to start one for the run.")
@click.option("--allow-writes", is_flag=True, help="Also send POST and PATCH (never to production).")
@click.option("--rate", type=float, default=2.0, show_default=True, help="Requests per second at most.")
@click.option("--max-examples", type=int, default=20, show_default=True, help="Generated requests per operation.")
@click.option(
    "--report-dir", type=click.Path(file_okay=False), default="reports/contract", show_default=True,
    help="Where the PHI-free report is written.",
)  # fmt: skip
def contract_command(base_url: str, allow_writes: bool, rate: float, max_examples: int, report_dir: str) -> None:
    """Check a Cobalt server against the document (needs cobalt-kit[contract]).

    Credentials come from COBALT_CLIENT_ID, COBALT_CLIENT_SECRET and COBALT_ACCESS_TOKEN. Exit codes:
    0 conforms, 1 deviations found, 2 refused or misconfigured (nothing was sent)."""
    _needs("contract")
    if base_url == "sandbox":
        _needs("sandbox")
    from cobalt_kit.contract.command import run

    sys.exit(run(base_url, allow_writes, rate, max_examples, report_dir))


@main.command("mock")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), help="Port (default: MOCK_PORT, else 4010).")
@click.option("--prism", "executable", help="Prism executable (default: COBALT_PRISM, PATH, ./mock).")
def mock_command(host: str, port: int | None, executable: str | None) -> None:
    """Serve the document's examples with Prism until Ctrl-C, restarting it whenever a request kills it."""
    from cobalt_kit import servers
    from cobalt_kit.mock import Supervisor

    try:
        prism = servers.find_prism(executable)
        port = port or local_port("mock")
    except (servers.PrismNotFound, ValueError) as error:
        raise click.UsageError(str(error)) from None
    sys.exit(Supervisor(prism, host, port).run())


@main.command("openapi")
@click.option("--path", "as_path", is_flag=True, help="Print where the document is instead of its text.")
def openapi_command(as_path: bool) -> None:
    """Print the OpenAPI document of the Cobalt API that this kit ships (e.g. for Prism)."""
    path = spec_path()
    click.echo(str(path) if as_path else path.read_text(), nl=as_path)
