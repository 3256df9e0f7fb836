"""What the `cobalt` command prints: JSON under --json; in a terminal, a table that fits its width;
piped, plain tab-separated rows (no header, no box drawing), for `cut`, `awk` and spreadsheets."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import Any

import click
from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Column as RichColumn
from rich.table import Table
from rich.text import Text

# Columns are two spaces apart; no vertical rules (what `gh`, `docker ps` and `kubectl get` print).
GAP = 2
# Colour is a hint on top of the words, never the only carrier of a status; rich leaves it out where
# NO_COLOR is set or the terminal has none.
STATUS_STYLES = {
    "pending": "yellow",
    "failed": "red",
    "scheduled": "green",
    "completed": "cyan",
    "cancelled": "magenta",
}


@dataclass(frozen=True)
class Column:
    header: str
    # Lower ranks are shown first when the terminal is too narrow for every column; rank 0 is never
    # left out (an id, a start time or a status missing would make the row name another appointment).
    rank: int = 0
    # Free text (a name) may wrap at its spaces; nothing ever wraps inside a word.
    wraps: bool = False
    styled: bool = False  # coloured by STATUS_STYLES


@dataclass
class Grid:
    """Rows to print, as text, in the columns' order; `note` is said once, below (stderr when piped)."""

    columns: list[Column]
    rows: list[list[str]]
    note: str | None = None


def emit(as_json: bool, data: Any, grid: Grid | None) -> None:
    """Prints `data` as JSON under --json (or when there is no table for it), else `grid`."""
    if as_json or grid is None:
        click.echo(json.dumps(data, indent=2, default=str))
    elif sys.stdout.isatty():
        console = Console()
        console.print(render(grid, console.width))
    else:
        for row in grid.rows:
            click.echo("\t".join(_tsv(value) for value in row))
        if grid.note:
            click.echo(grid.note, err=True)


def _tsv(value: str) -> str:
    # A tab or a line break inside a value would split the row; they are written as escapes, as
    # PostgreSQL's text format does.
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def widths(grid: Grid, width: int) -> list[int | None]:
    """Each column's width in a terminal `width` wide, or None for a column left out: by rank, each at
    its natural width if that fits, else (free text) at what is left when its longest word fits."""
    texts = [[row[index] for row in grid.rows] + [column.header] for index, column in enumerate(grid.columns)]
    natural = [max(cell_len(text) for text in column) for column in texts]
    least = [
        max(cell_len(word) for text in column for word in [*text.split(), ""]) if spec.wraps else natural[index]
        for index, (spec, column) in enumerate(zip(grid.columns, texts, strict=True))
    ]
    chosen: list[int | None] = [None] * len(grid.columns)
    used = -GAP
    for index in sorted(range(len(grid.columns)), key=lambda i: grid.columns[i].rank):
        room = width - used - GAP
        column = grid.columns[index]
        if natural[index] <= room:
            size = natural[index]
        elif column.wraps and (least[index] <= room or column.rank == 0):
            size = max(room, 1)  # a word longer than that (a URL) is folded: it must be shown
        elif column.rank == 0:
            size = natural[index]  # a terminal too narrow for an id and a start time
        else:
            continue
        chosen[index] = size
        used += size + GAP
    return chosen


def render(grid: Grid, width: int) -> Table:
    chosen = widths(grid, width)
    shown = [index for index, size in enumerate(chosen) if size is not None]
    hidden = [grid.columns[index].header for index, size in enumerate(chosen) if size is None]
    notes = [grid.note] if grid.note else []
    if hidden:
        notes.append(f"not shown at {width} columns: {', '.join(hidden)} (--json or a pipe shows all)")
    columns = [
        RichColumn(
            grid.columns[index].header, width=chosen[index], no_wrap=not grid.columns[index].wraps, overflow="fold"
        )
        for index in shown
    ]
    # A header rule and two spaces between columns (padding on the right of each, but the last).
    table = Table(*columns, box=box.SIMPLE_HEAD, show_edge=False, padding=(0, 1, 0, 0), pad_edge=False,
                  header_style="bold", caption="\n".join(notes) or None, caption_justify="left")  # fmt: skip
    for row in grid.rows:
        # Text, not markup: a value with brackets is shown as it is.
        table.add_row(*(_cell(grid.columns[index], row[index]) for index in shown))
    return table


def _cell(column: Column, value: str) -> Text:
    return Text(value, style=STATUS_STYLES.get(value, "") if column.styled else "")


def show_error_as_json(kind: str, message: str, exit_code: int, **details: Any) -> None:
    """An error under --json: one JSON object on stderr (stdout carries results only)."""
    shown = {"kind": kind, "message": message, "exit_code": exit_code, **details}
    click.echo(json.dumps({"error": {k: v for k, v in shown.items() if v is not None}}), file=sys.stderr)
