"""What the commands rendered into cli_operations.py share: the option types for what a word cannot
spell (a comma list, a nested value as JSON), the call (the kit's client, its errors and exit codes,
an argument it refuses named by its option), and the answer, as a table or as JSON."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import click

from cobalt_kit.cli import _emit, _fields_grid, _reporting, _State
from cobalt_kit.cli_output import Column, Grid
from cobalt_kit.client import Cobalt
from cobalt_kit.errors import InvalidArgumentError


class CommaList(click.ParamType):  # type: ignore[type-arg]
    """An array of words: `--provider-ids 6644,7755`."""

    name = "A,B,..."

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> list[str]:
        if isinstance(value, list):
            return value
        items = [part.strip() for part in str(value).split(",")]
        if not all(items):
            self.fail("give the values comma-separated, none of them empty (a,b)", param, ctx)
        return items


class JsonValue(click.ParamType):  # type: ignore[type-arg]
    """A nested value (`--hours-json`): JSON text, or @FILE (@- reads stdin). Its errors quote no
    part of it: it can be patient data."""

    name = "JSON|@FILE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        text = value
        if value.startswith("@"):
            try:
                with click.open_file(value[1:]) as file:
                    text = file.read()
            except OSError as error:
                self.fail(f"cannot read {value[1:]} ({error.strerror})", param, ctx)
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            self.fail(f"not JSON ({error.msg} at line {error.lineno}, column {error.colno})", param, ctx)


COMMA_LIST = CommaList()
JSON_VALUE = JsonValue()


@contextmanager
def calling(state: _State) -> Iterator[Cobalt]:
    """The client for the command: the kit's errors reported with their exit codes, as for every
    command; an argument the client refuses before sending is a bad value of its option (exit 2)."""
    with _reporting(), state.cobalt() as cobalt, _named_by_option():
        yield cobalt


@contextmanager
def _named_by_option() -> Iterator[None]:
    try:
        yield
    except InvalidArgumentError as error:
        ctx = click.get_current_context()
        param = next((p for p in ctx.command.params if p.name == error.field), None)
        message = str(error)
        if param is not None and message.startswith(error.field):  # the rule of one value: that option's
            raise click.BadParameter(message, ctx, param) from None
        # A rule of several (`at least one of ...`): said with the options' names for the fields'.
        options = {p.name: p.opts[0] for p in ctx.command.params if isinstance(p, click.Option) and p.name}
        named = re.compile(r"\b(" + "|".join(map(re.escape, options)) + r")\b")
        raise click.UsageError(named.sub(lambda found: options[found[1]], message), ctx) from None


def show(state: _State, answer: Any, rows: tuple[str, ...] | None, columns: Mapping[str, int]) -> None:
    """The answer as JSON under --json, else a table: one row per item of the list at `rows` (the
    answer itself for ()), in `columns`, each of its rank (empty: the items' own fields that are one
    value each, the first never left out); without `rows`, one row per field of the answer."""
    data = plain(answer)
    if rows is None or not isinstance(data, dict | list):
        _emit(state, data, _fields_grid(dict(_flat(data))) if isinstance(data, dict) else None)
        return
    items: Any = data
    for key in rows:
        items = items.get(key) if isinstance(items, dict) else None
    items = [item for item in items or () if isinstance(item, dict)]
    found = dict.fromkeys(k for item in items for k, v in item.items() if _scalar(v))
    ranks = dict(columns) or {name: rank for rank, name in enumerate(found)}
    cells = [[cell(item.get(name)) for name in ranks] for item in items]
    _emit(state, data, Grid([Column(name, rank=rank) for name, rank in ranks.items()], cells))


def plain(answer: Any) -> Any:
    """The answer as JSON's values: a generated model's `to_dict()`, a kit dataclass's fields."""
    if isinstance(answer, list):
        return [plain(item) for item in answer]
    if hasattr(answer, "to_dict"):
        return answer.to_dict()
    if dataclasses.is_dataclass(answer) and not isinstance(answer, type):
        return dataclasses.asdict(answer)
    return answer


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def cell(value: Any) -> str:
    """A value as the table shows it: booleans as the wire's words, nothing for null."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return json.dumps(value)
    return str(value)


def _flat(data: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, str]]:
    """Each field, a nested object's as `outer.inner`; a list of values comma-separated, a list of
    objects counted (--json shows them)."""
    for name, value in data.items():
        if isinstance(value, dict):
            yield from _flat(value, f"{prefix}{name}.")
        elif isinstance(value, list) and all(_scalar(v) for v in value):
            yield f"{prefix}{name}", ", ".join(cell(v) for v in value)
        elif isinstance(value, list):
            yield f"{prefix}{name}", f"{len(value)} (--json shows them)"
        else:
            yield f"{prefix}{name}", cell(value)
