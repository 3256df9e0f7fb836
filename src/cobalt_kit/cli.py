"""The `cobalt` command line: the Cobalt API from a shell, credentials from the environment.

Exit codes say what failed, so scripts can branch on them (see EXIT_CODES).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from cobalt_client.models import Appointment, AppointmentMode, AppointmentStatus
from cobalt_kit.client import BASE_URLS, Cobalt
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

    def cobalt(self) -> Cobalt:
        try:
            return Cobalt(base_url=self.base_url)
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


def _appointments_table(appointments: list[Appointment]) -> Table:
    table = Table(*TABLE_COLUMNS.values())
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
    envvar="COBALT_BASE_URL",
    help=f"{', '.join(BASE_URLS)} or a URL (default: COBALT_BASE_URL, else production).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_context
def main(ctx: click.Context, base_url: str | None, as_json: bool) -> None:
    """The Cobalt API. Credentials: COBALT_CLIENT_ID, COBALT_CLIENT_SECRET, COBALT_ACCESS_TOKEN."""
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
