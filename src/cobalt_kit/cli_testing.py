"""The CLI's testing commands and options: `cobalt sandbox events resend ID`, `cobalt sandbox
--scenario FILE` and `cobalt webhooks listen --forward-to URL` (registered in cli.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click

SCENARIO = click.option(
    "--scenario",
    metavar="FILE",
    help="A scenario loaded before serving (a YAML file, or busy-day / flaky-ehr, the kit's own): each"
    " practice's data, EHR, blocks and faults.",
)
FORWARD_TO = click.option(
    "--forward-to",
    metavar="URL",
    help="Pass each verified delivery on to this URL (a local app), body and headers unchanged; answer its status.",
)


def read_scenario(name: str | None) -> dict[str, dict[str, Any]] | None:
    """Each practice's part of the scenario (a file, or one the kit ships), or None without one."""
    if name is None:
        return None
    from cobalt_kit.testing import scenario

    try:
        return scenario.practices(scenario.read(scenario.find(name, Path.cwd())))
    except scenario.ScenarioError as error:
        raise click.UsageError(str(error)) from None


def print_forward_error(reason: str) -> None:
    click.echo(f"{dt.datetime.now():%H:%M:%S} {reason}: answered 502, Cobalt retries", err=True)


@click.group("events")
def events_group() -> None:
    """The running sandbox's webhook events."""


@events_group.command("resend")
@click.argument("event_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def resend_command(ctx: click.Context, event_id: str, as_json: bool) -> None:
    """Deliver event ID again, as the vendor's dashboard resends one: the same webhook-id, the next
    webhook-attempt (what a receiver's deduplication must recognise).

    The sandbox is --base-url (default: the local one); credentials as for every command."""
    from cobalt_kit import cli

    state = ctx.ensure_object(cli._State)
    state.as_json = state.as_json or as_json
    with cli._reporting(), cli._sandbox_controls(state) as controls:
        deliveries = int(controls.control("POST", f"events/{event_id}/resend")["deliveries"])
    shown = {"event_id": event_id, "deliveries": deliveries}
    cli._emit(state, shown, cli._fields_grid(shown))
