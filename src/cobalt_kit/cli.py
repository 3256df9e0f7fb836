"""The `cobalt` command line: the Cobalt API from a shell, credentials from the environment.

Exit codes say what failed, so scripts can branch on them (exit_codes.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from typing import Any, NoReturn

import click
import httpx
from click.core import ParameterSource

from cobalt_client.models import Appointment, AppointmentMode, AppointmentStatus
from cobalt_kit import config, triggers
from cobalt_kit.cli_output import Column, Grid, emit, show_error_as_json
from cobalt_kit.cli_testing import FORWARD_TO, SCENARIO, events_group, print_forward_error, read_scenario
from cobalt_kit.client import Cobalt
from cobalt_kit.config import (
    BASE_URL_ENVIRONMENT,
    LOCAL_PORTS,
    PRISM_ENVIRONMENT,
    WEBHOOK_SECRET_ENVIRONMENT,
    base_urls,
    local_port,
)
from cobalt_kit.document import document_version, spec_path
from cobalt_kit.errors import CobaltError, InvalidArgumentError, error_from_response
from cobalt_kit.exit_codes import CONTRACT_EXIT_HELP, EXIT_CODES, EXIT_HELP, USAGE
from cobalt_kit.extras import MissingExtra, require
from cobalt_kit.receiver import Delivery, Receiver
from cobalt_kit.sandbox_controls import SETTLE_REASONS, SandboxControlError, SandboxControls

# Appointment field -> its column, in the order shown; --json prints every field.
APPOINTMENT_COLUMNS = {
    "id": Column("id"),
    "datetime": Column("when"),
    "status": Column("status", styled=True),
    "appointment_mode": Column("mode", rank=3),
    "appointment_type": Column("type", rank=2),
    "patient_name": Column("patient", rank=1, wraps=True),
    "location": Column("location", rank=4, wraps=True),
}


def exit_code(error: Exception) -> int:
    if isinstance(error, SandboxControlError):  # the controls' statuses mean what the API's do
        error = error_from_response(httpx.Response(error.status, json={"message": str(error)}))
    return next(code for kind, code, _ in EXIT_CODES if isinstance(error, kind))


class _State:
    """What the options before the command said, and what the command's own --json says."""

    def __init__(self, json_anywhere: bool = False) -> None:
        self.base_url: str | None = None
        self.as_json = False
        # Until the arguments are parsed, a --json anywhere asks for errors in JSON.
        self.json_anywhere = json_anywhere
        # The global options given on the command line (not from the environment).
        self.given: set[str] = set()

    @property
    def wants_json(self) -> bool:
        return self.as_json or self.json_anywhere

    def cobalt(self, default_url: str = "production") -> Cobalt:
        """The client for --base-url (else COBALT_BASE_URL, else `default_url`), with the credentials
        the client's own rule picks (config.credentials): COBALT_*, or a local stand-in's demo set."""
        try:
            return Cobalt(base_url=config.base_url(self.base_url, default=default_url))
        except ValueError as error:
            raise click.UsageError(str(error)) from None


def _fail(state: _State | None, error: Exception, code: int, message: str | None = None) -> NoReturn:
    """Says what failed (as JSON under --json, on stderr either way) and exits with `code`."""
    message = message or str(error)
    if state and state.wants_json:
        usage = isinstance(error, click.ClickException) and code == USAGE
        kind = "usage" if usage else type(error).__name__
        details = {name: getattr(error, name, None) for name in ("status", "code", "request_id")}
        show_error_as_json(kind, message, code, **details)
    elif isinstance(error, click.ClickException):
        error.show()
    else:
        click.echo(f"error: {message}", err=True)
    raise SystemExit(code)


@contextmanager
def _errors_shown_for(state: _State | None) -> Iterator[None]:
    try:
        yield
    except click.ClickException as error:
        if state and state.wants_json:
            _fail(state, error, error.exit_code, error.format_message())
        raise


class _Root(click.Group):
    """The `cobalt` group: errors come as JSON when --json is given, wherever it is."""

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        before_end = args[: args.index("--")] if "--" in args else args
        state = _State(json_anywhere="--json" in before_end)
        with _errors_shown_for(state):
            return super().make_context(info_name, args, parent, **{"obj": state, **extra})

    def invoke(self, ctx: click.Context) -> Any:
        with _errors_shown_for(ctx.find_object(_State)):
            return super().invoke(ctx)


@contextmanager
def _reporting() -> Iterator[None]:
    try:
        yield
    except InvalidArgumentError as error:  # refused by the client before sending: a CobaltError, and bad input
        raise click.UsageError(str(error)) from None
    except (CobaltError, SandboxControlError) as error:
        ctx = click.get_current_context(silent=True)
        _fail(ctx.find_object(_State) if ctx else None, error, exit_code(error))
    except ValueError as error:  # bad argument values the API would refuse anyway
        raise click.UsageError(str(error)) from None


def _refuse(*options: str, reason: str = "") -> None:
    """Refuses the global `options` that were given on the command line: they do not apply here."""
    ctx = click.get_current_context()
    for option in options:
        if option in ctx.ensure_object(_State).given:
            raise click.UsageError(f"{option} does not apply to `{ctx.command_path}`{reason}", ctx)


def _emit(state: _State, data: dict[str, Any] | list[dict[str, Any]], grid: Grid | None = None) -> None:
    emit(state.as_json, data, grid)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _appointments_grid(appointments: list[Appointment]) -> Grid:
    rows = [[_text(a.to_dict().get(name)) for name in APPOINTMENT_COLUMNS] for a in appointments]
    return Grid(list(APPOINTMENT_COLUMNS.values()), rows)


def _fields_grid(values: dict[str, Any]) -> Grid:
    return Grid(
        [Column("field"), Column("value", wraps=True)], [[name, _text(value)] for name, value in values.items()]
    )


def _given_json(ctx: click.Context, _: click.Parameter, value: bool) -> None:
    if value:
        state = ctx.ensure_object(_State)
        state.as_json = True
        state.given.add("--json")


def _json_option(text: str = "Print JSON instead of a table.") -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--json after the command, as before it (`cobalt appointments list --json`, `cobalt --json ...`)."""
    return click.option("--json", is_flag=True, expose_value=False, callback=_given_json, help=text)


JSON_OPTION = _json_option()


def _installed(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "(not installed)"


def _print_versions(ctx: click.Context, _: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    click.echo(f"cobalt-kit {_installed('cobalt-kit')}")
    click.echo(f"cobalt-client {_installed('cobalt-client')} (the generated client)")
    click.echo(f"Cobalt API document {document_version()} ({spec_path().name})")
    ctx.exit()


@click.group(cls=_Root, epilog=EXIT_HELP)
@click.option(
    "--base-url",
    envvar=BASE_URL_ENVIRONMENT,
    help=f"{', '.join(base_urls({}))} or a URL (default: {BASE_URL_ENVIRONMENT}, else production).",
)
@_json_option("Print JSON instead of a table (here or after the command); errors as JSON on stderr.")
@click.option(
    "--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_versions,
    help="Print the versions of the kit, the generated client and the API document, and exit.",
)  # fmt: skip
@click.pass_context
def main(ctx: click.Context, base_url: str | None) -> None:
    """The Cobalt API, its sandbox and its contract checks.

    Credentials: COBALT_CLIENT_ID, COBALT_CLIENT_SECRET, COBALT_ACCESS_TOKEN; when they are unset, a
    sandbox on this machine gets its demo set.

    In a terminal, results are a table that fits its width; piped, one tab-separated line per row
    (no header); with --json (before or after the command), JSON, and errors as JSON on stderr."""
    state = ctx.ensure_object(_State)
    state.base_url = base_url
    if ctx.get_parameter_source("base_url") is ParameterSource.COMMANDLINE:
        state.given.add("--base-url")


@main.group()
@JSON_OPTION
def appointments() -> None:
    """List, get, create and update appointments."""


class OffsetDateTime(click.ParamType):  # type: ignore[type-arg]
    """ISO 8601 with a UTC offset: without one, the EHR would read the time in a zone of its choosing."""

    name = "DATETIME"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> dt.datetime:
        if isinstance(value, dt.datetime):
            return value
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not an ISO 8601 date and time (2024-03-14T09:00:00-07:00)", param, ctx)
        if parsed.tzinfo is None:
            self.fail(f"{value!r} has no UTC offset: add one (e.g. -07:00, or Z for UTC)", param, ctx)
        return parsed


DATE = click.DateTime(formats=["%Y-%m-%d"])
WITH_OFFSET = OffsetDateTime()
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
@JSON_OPTION
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
    """Appointments in a date range.

    Piped, one tab-separated line per appointment: id, when, status, mode, type, patient, location."""
    if end < start:
        raise click.BadParameter(f"{end:%Y-%m-%d} is before --start {start:%Y-%m-%d}", param_hint="'--end'")
    with _reporting(), state.cobalt() as cobalt:
        found = cobalt.appointments.list(
            start.date(), end.date(), patient_mrn=mrn, patient_name=name, patient_phone=phone,
            include_note=include_note, appointment_mode=mode,
        )  # fmt: skip
        _emit(state, [a.to_dict() for a in found], _appointments_grid(found))


@appointments.command("get", epilog=EXIT_HELP)
@click.argument("appointment_id")
@JSON_OPTION
@click.pass_obj
def get_command(state: _State, appointment_id: str) -> None:
    """One appointment."""
    with _reporting(), state.cobalt() as cobalt:
        found = cobalt.appointments.get(appointment_id).to_dict()
        _emit(state, found, _fields_grid(found))


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
@click.option(
    "--datetime",
    "when",
    required=True,
    type=WITH_OFFSET,
    help="Start, ISO 8601 with offset (2024-03-14T09:00:00-07:00).",
)
@_attribute_options(required=True)
@JSON_OPTION
@click.pass_obj
def create_command(state: _State, /, when: dt.datetime, name: str | None, type_: str, **attributes: Any) -> None:
    """Book an appointment (never retried)."""
    with _reporting(), state.cobalt() as cobalt:
        created = cobalt.appointments.create(datetime=when, patient_name=name, type=type_, **attributes)
        _emit(state, created.to_dict(), _fields_grid(created.to_dict()))


@appointments.command("update", epilog=EXIT_HELP)
@click.argument("appointment_id")
@click.option("--datetime", "when", type=WITH_OFFSET, help="New start, ISO 8601 with offset.")
@click.option("--status", type=STATUSES, help="New status (a scheduled appointment: status or note only).")
@_attribute_options(required=False)
@JSON_OPTION
@click.pass_obj
def update_command(
    state: _State,
    /,
    appointment_id: str,
    when: dt.datetime | None,
    name: str | None,
    type_: str | None,
    **attributes: Any,
) -> None:
    """Change an appointment."""
    with _reporting(), state.cobalt() as cobalt:
        updated = cobalt.appointments.update(appointment_id, datetime=when, patient_name=name, type=type_, **attributes)
        _emit(state, updated.to_dict(), _fields_grid(updated.to_dict()))


@main.group()
@JSON_OPTION
def webhooks() -> None:
    """Register, list, delete and rotate webhook URLs; receive and verify events locally.

    The webhook secret is a credential: it is written to --secret-file (mode 600), never printed."""


SECRET_FILE = click.option(
    "--secret-file", type=click.Path(dir_okay=False, path_type=Path), default=Path(".cobalt/webhook-secret"),
    show_default=True, help="Where the webhook secret is kept (written with mode 600; never printed).",
)  # fmt: skip


@contextmanager
def _secret_kept_in(path: Path) -> Iterator[Callable[[str], None]]:
    """Yields the function that keeps a secret at `path`. It is written to a new file of mode 600 beside
    `path`, which then replaces `path`: the secret never sits in a file with a looser mode, and what had
    the old file open never reads it. The new file is made first, so that a place where the secret cannot
    be written is refused before the API issues one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")  # mode 600
    except OSError as error:
        raise click.UsageError(f"cannot write the webhook secret to {path} ({error.strerror})") from None
    try:
        with os.fdopen(descriptor, "w") as file:
            yield lambda secret: print(secret, file=file)
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


@webhooks.command("register", epilog=EXIT_HELP)
@click.argument("url")
@SECRET_FILE
@JSON_OPTION
@click.pass_obj
def register_command(state: _State, url: str, secret_file: Path) -> None:
    """Register URL: every event of the integration is POSTed to it."""
    with _reporting(), state.cobalt() as cobalt, _secret_kept_in(secret_file) as keep:
        registered = cobalt.webhooks.register(url)
        keep(registered.secret)
    shown = {"id": registered.id, "url": registered.url, "secret_file": str(secret_file)}
    _emit(state, shown, _fields_grid(shown))


@webhooks.command("list", epilog=EXIT_HELP)
@JSON_OPTION
@click.pass_obj
def list_webhooks_command(state: _State) -> None:
    """The registered URLs (and whether a secret is set; never the secret).

    Piped, one tab-separated line per URL (id, url), and `secret: set` or `secret: none` on stderr."""
    with _reporting(), state.cobalt() as cobalt:
        settings = cobalt.webhooks.configuration()
    shown = {"webhook_urls": [url.to_dict() for url in settings.urls], "secret": "set" if settings.secret else "none"}
    rows = [[_text(url.id), url.url] for url in settings.urls]
    _emit(state, shown, Grid([Column("id"), Column("url", wraps=True)], rows, note=f"secret: {shown['secret']}"))


@webhooks.command("delete", epilog=EXIT_HELP)
@click.argument("webhook_id")
@JSON_OPTION
@click.pass_obj
def delete_webhook_command(state: _State, webhook_id: str) -> None:
    """Remove one registered URL."""
    with _reporting(), state.cobalt() as cobalt:
        cobalt.webhooks.delete(webhook_id)
    shown = {"deleted": webhook_id}
    _emit(state, shown, _fields_grid(shown))


@webhooks.command("rotate-secret", epilog=EXIT_HELP)
@SECRET_FILE
@JSON_OPTION
@click.pass_obj
def rotate_command(state: _State, secret_file: Path) -> None:
    """Replace the secret; deliveries from now on are signed with the new one."""
    with _reporting(), state.cobalt() as cobalt, _secret_kept_in(secret_file) as keep:
        keep(cobalt.webhooks.rotate_secret())
    shown = {"secret_file": str(secret_file)}
    _emit(state, shown, _fields_grid(shown))


def _print_delivery(delivery: Delivery) -> None:
    # Type, id and attempt only: the event's data is patient data.
    event = delivery.event
    click.echo(f"{dt.datetime.now():%H:%M:%S} {event.type} {event.id} attempt {delivery.attempt}", nl=True)


def _print_rejection(reason: str) -> None:
    click.echo(f"{dt.datetime.now():%H:%M:%S} rejected a delivery (400): {reason}", err=True)


def _listen_secret(secret_file: Path, from_command_line: bool) -> str:
    # A --secret-file on the command line wins over the environment, as every option does.
    if os.environ.get(WEBHOOK_SECRET_ENVIRONMENT) and not from_command_line:
        return os.environ[WEBHOOK_SECRET_ENVIRONMENT]
    try:
        return secret_file.read_text().strip()
    except OSError:
        raise click.UsageError(
            f"no webhook secret: set {WEBHOOK_SECRET_ENVIRONMENT}, pass --secret-file, or --register"
        ) from None


@webhooks.command("listen", epilog=EXIT_HELP)
@click.option("--host", default=config.LOCAL_HOST, show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=config.WEBHOOK_LISTEN_PORT, show_default=True,
    help="Port (0: a free one).",
)  # fmt: skip
@click.option(
    "--register",
    "do_register",
    is_flag=True,
    help="Register this listener with the API for as long as it runs (and use the secret it returns).",
)
@SECRET_FILE
@FORWARD_TO
@click.pass_context
def listen_command(
    ctx: click.Context, host: str, port: int, do_register: bool, secret_file: Path, forward_to: str | None
) -> None:
    """Receive webhook deliveries, verify each, and print its type, id and attempt (never its data);
    with --forward-to, pass each on to a local app, body and headers unchanged."""
    state = ctx.ensure_object(_State)
    _refuse("--json")
    if not do_register:
        _refuse("--base-url", reason=" without --register (it calls no API)")
    file_given = ctx.get_parameter_source("secret_file") is ParameterSource.COMMANDLINE
    if do_register and file_given:
        raise click.UsageError("--secret-file does not apply with --register (the registration's secret is used)")
    try:
        receiver = Receiver("" if do_register else _listen_secret(secret_file, file_given), host, port,
                            _print_delivery, _print_rejection, forward_to, print_forward_error)  # fmt: skip
    except OSError as error:  # the port is taken, or the address is not this machine's
        raise click.UsageError(
            f"cannot listen on {host}:{port} ({error.strerror}); pick another --port (0: a free one)"
        ) from None
    # SIGTERM stops it as Ctrl-C does, so that a registration made here is removed.
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler)
    registration = None
    try:
        with _reporting(), state.cobalt() if do_register else contextlib.nullcontext() as cobalt:
            try:
                if cobalt:
                    registration = cobalt.webhooks.register(receiver.url)
                    receiver.secret = registration.secret
                click.echo(
                    f"listening on {receiver.url}" + (" (registered)" if registration else "") + "; Ctrl-C stops"
                )
                threading.Event().wait()
            except KeyboardInterrupt:
                pass
            finally:
                if cobalt and registration and registration.id:
                    cobalt.webhooks.delete(registration.id)
                    click.echo("registration removed")
    finally:
        receiver.close()
        signal.signal(signal.SIGTERM, previous)


class _Misconfigured(click.ClickException):
    """A missing extra: the command is right, the installation is not (no usage to show)."""

    exit_code = USAGE

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


def _needs(extra: str) -> None:
    try:
        require(extra)
    except MissingExtra as missing:
        raise _Misconfigured(str(missing)) from None


@main.group("sandbox", invoke_without_command=True)
@SCENARIO
@_json_option("Print the result of `trigger` as JSON.")
@click.option("--host", default=config.LOCAL_HOST, show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(1, 65535), envvar=LOCAL_PORTS["sandbox"][0], show_envvar=True,
    help=f"Port (default {LOCAL_PORTS['sandbox'][1]}).",
)  # fmt: skip
@click.option(
    "--db", type=click.Path(dir_okay=False), envvar=config.SANDBOX_DB, show_envvar=True,
    help=f"SQLite file (default {config.DEFAULT_DB}).",
)  # fmt: skip
@click.option(
    "--reset", is_flag=True, envvar=config.SANDBOX_RESET, show_envvar=True,
    help="Forget every change: start again from the demo data.",
)  # fmt: skip
@click.option(
    "--booking-delay", type=click.FloatRange(min=0), envvar=config.SANDBOX_BOOKING_DELAY, show_envvar=True,
    help=f"Seconds a booking stays pending (default {config.DEFAULT_BOOKING_DELAY:g}).",
)  # fmt: skip
@click.option(
    "--credentials", type=click.Path(exists=True, dir_okay=False), envvar=config.SANDBOX_CREDENTIALS,
    show_envvar=True, help="JSON list of further credential sets, one practice each.",
)  # fmt: skip
@click.option(
    "--shapes", type=click.Choice(config.SHAPES), envvar=config.SANDBOX_SHAPES, show_envvar=True,
    help=f"Wire shapes: the first vendor reference's (default {config.SHAPES[0]}), current or newest.",
)  # fmt: skip
@click.option(
    "--webhook-host", "webhook_hosts", multiple=True, envvar=config.SANDBOX_WEBHOOK_HOSTS, show_envvar=True,
    help="A host webhooks are delivered to besides loopback addresses (repeatable; comma-separated in the variable).",
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
    scenario: str | None,
) -> None:
    """Serve the stateful sandbox until Ctrl-C (needs cobalt-kit[sandbox]); `cobalt sandbox trigger`
    makes a running one fire an event.

    It accepts COBALT_CLIENT_ID, COBALT_CLIENT_SECRET and COBALT_ACCESS_TOKEN when all three are set,
    else the sandbox's demo set; once it listens, it prints the client_id of each set it accepts (never a
    secret or a token)."""
    if ctx.invoked_subcommand is not None:
        # These options are a served sandbox's: to a command sent to a running one they do not apply.
        serving = [p.opts[0] for p in ctx.command.params if p.name != "json" and p.opts
                   and ctx.get_parameter_source(p.name or "") is ParameterSource.COMMANDLINE]  # fmt: skip
        if serving:
            raise click.UsageError(
                f"{serving[0]} does not apply to `{ctx.command_path} {ctx.invoked_subcommand}` (it configures a sandbox"
                f" that `{ctx.command_path}` serves; the running one is --base-url, before `sandbox`)", ctx
            )  # fmt: skip
        return
    _refuse("--base-url", "--json", reason=" (it serves a sandbox: it calls none)")
    _needs("sandbox")
    from cobalt_kit.sandbox.serve import run
    from cobalt_kit.sandbox.settings import Settings

    # Options over the environment; what neither gives, Settings reads (an earlier name included).
    given = {
        config.SANDBOX_DB: db,
        config.SANDBOX_BOOKING_DELAY: booking_delay,
        config.SANDBOX_CREDENTIALS: credentials,
        config.SANDBOX_SHAPES: shapes,
        config.SANDBOX_WEBHOOK_HOSTS: ",".join(webhook_hosts) or None,
    }
    try:
        settings = Settings.from_env({**os.environ, **{k: str(v) for k, v in given.items() if v is not None}})
        port = port or local_port("sandbox")
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    sys.exit(run(settings, host, port, reset, read_scenario(scenario)))


@sandbox_command.command("trigger", epilog=EXIT_HELP)
@click.argument("event", type=click.Choice(triggers.TRIGGERS), metavar="EVENT")
@click.option("--id", "appointment_id", help="The appointment (default: a new one, booked for the purpose).")
@click.option(
    "--reason", type=click.Choice(SETTLE_REASONS), default=triggers.DEFAULT_REASON, show_default=True,
    help="appointment.failed only: why the EHR refused the booking.",
)  # fmt: skip
@JSON_OPTION
@click.pass_context
def trigger_command(ctx: click.Context, event: str, appointment_id: str | None, reason: str) -> None:
    """Make a running sandbox fire EVENT, as `stripe trigger` does: book and settle a booking now
    (appointment.created, appointment.failed), or act as clinic staff in the EHR (appointment.updated,
    appointment.cancelled, appointment.status_updated).

    The sandbox is --base-url (default: the local one); credentials as for every command, or, for a
    sandbox on this machine, its demo set when none are set."""
    if event != "appointment.failed" and ctx.get_parameter_source("reason") is ParameterSource.COMMANDLINE:
        raise click.UsageError(f"--reason does not apply to {event} (only to appointment.failed)", ctx)
    state = ctx.ensure_object(_State)
    with _reporting(), _sandbox_controls(state) as controls:
        appointment_id = triggers.trigger(controls, event, appointment_id, reason)
    shown = {"event": event, "appointment_id": appointment_id}
    _emit(state, shown, _fields_grid(shown))


@contextmanager
def _sandbox_controls(state: _State) -> Iterator[SandboxControls]:
    with state.cobalt(default_url="sandbox") as cobalt:
        yield SandboxControls(cobalt.base_url, config.credentials(cobalt.base_url))  # the set cobalt was given


@main.command("contract", epilog=CONTRACT_EXIT_HELP)
@click.option(
    "--base-url", help="A URL, or mock / sandbox to start one for the run (default: the --base-url before `contract`)."
)
@click.option("--allow-writes", is_flag=True, help="Also send POST and PATCH (never to production).")
@click.option(
    "--rate", type=float, default=config.CONTRACT_RATE, show_default=True, help="Requests per second at most."
)
@click.option(
    "--max-examples", type=int, default=config.CONTRACT_EXAMPLES, show_default=True,
    help="Generated requests per operation.",
)  # fmt: skip
@click.option(
    "--report-dir", type=click.Path(file_okay=False), default="reports/contract", show_default=True,
    help="Where the PHI-free report is written.",
)  # fmt: skip
@click.pass_obj
def contract_command(
    state: _State, base_url: str | None, allow_writes: bool, rate: float, max_examples: int, report_dir: str
) -> None:
    """Check a Cobalt server against the document (needs cobalt-kit[contract]).

    Credentials as for every command: COBALT_CLIENT_ID, COBALT_CLIENT_SECRET and COBALT_ACCESS_TOKEN,
    or, for a server on this machine (mock, sandbox, a loopback URL), the demo set when none is set."""
    _refuse("--json", reason=" (its report is written to --report-dir)")
    if base_url and state.base_url and "--base-url" in state.given and base_url != state.base_url:
        raise click.UsageError(f"two base URLs ({state.base_url}, {base_url}): give --base-url once")
    target = base_url or state.base_url
    if not target:
        raise click.UsageError("give --base-url: a URL, or mock / sandbox to start one for the run")
    _needs("contract")
    if target == "sandbox":
        _needs("sandbox")
    from cobalt_kit.contract.command import run

    with _reporting():
        sys.exit(run(target, allow_writes, rate, max_examples, report_dir))


@main.command("mock")
@click.option("--host", default=config.LOCAL_HOST, show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(1, 65535), envvar=LOCAL_PORTS["mock"][0], show_envvar=True,
    help=f"Port (default {LOCAL_PORTS['mock'][1]}).",
)  # fmt: skip
@click.option("--prism", "executable", help=f"Prism executable (default: {PRISM_ENVIRONMENT}, PATH, ./mock).")
def mock_command(host: str, port: int | None, executable: str | None) -> None:
    """Serve the document's examples with Prism until Ctrl-C, restarting it whenever a request kills it."""
    _refuse("--base-url", "--json", reason=" (it serves the mock: it calls no API)")
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
    _refuse("--base-url", "--json", reason=" (it prints the document this kit ships)")
    path = spec_path()
    click.echo(str(path) if as_path else path.read_text(), nl=as_path)


import cobalt_kit.cli_operations  # noqa: E402, F401  (registers the commands rendered from the document)
from cobalt_kit import cli_proxy  # noqa: E402, F401  (registers proxy, replay, candidates on main)

sandbox_command.add_command(events_group)
