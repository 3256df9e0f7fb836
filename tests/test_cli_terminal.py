"""`cobalt appointments list` in a real terminal: tmux (Debian's package; `make test` installs it), at a
fixed width, read back with capture-pane. The table fits the width with every cell whole, and its
colours go where NO_COLOR is set."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import time
import uuid
from pathlib import Path

from cobalt_kit.config import BASE_URL_ENVIRONMENT, CREDENTIAL_ENVIRONMENT

RANGE = ("--start", "2024-03-14", "--end", "2024-04-14")
# Set around a test run, they would decide the width or the colours instead of the terminal.
UNSET = ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", BASE_URL_ENVIRONMENT,
         *CREDENTIAL_ENVIRONMENT.values())  # fmt: skip
# An SGR sequence that sets a foreground or background colour (not bold, not a reset).
COLOUR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9;]*)?m")


def in_terminal(
    tmp_path: Path, arguments: list[str], columns: int, env: dict[str, str] | None = None
) -> tuple[str, str]:
    """What `cobalt ARGUMENTS` leaves in a tmux pane `columns` wide: its text, and the same with escapes."""
    # A server of its own for each run, by a short name (a socket path under a deep temporary folder can
    # pass the 108 bytes a Unix socket's address may have).
    name = f"cobalt-{uuid.uuid4().hex[:12]}"
    done = tmp_path / f"{name}.done"
    command = ["env", *(f"-u{name}" for name in UNSET), *(f"{k}={v}" for k, v in (env or {}).items()),
               sys.executable, "-m", "cobalt_kit", *arguments]  # fmt: skip
    # The pane stays open after the command (sleep), so that it can be read; the server is killed after.
    script = f"{shlex.join(command)}; echo $? > {shlex.quote(str(done))}; sleep 60"
    tmux = ["tmux", "-L", name, "-f", "/dev/null"]
    subprocess.run([*tmux, "new-session", "-d", "-x", str(columns), "-y", "60", script], check=True)
    try:
        deadline = time.monotonic() + 60
        while not done.exists() or not done.read_text().strip():
            assert time.monotonic() < deadline, "the command did not finish in the terminal"
            time.sleep(0.05)
        assert done.read_text().strip() == "0"
        capture = [*tmux, "capture-pane", "-p", "-t", "0"]
        text = subprocess.run(capture, check=True, capture_output=True, text=True).stdout
        escaped = subprocess.run([*capture, "-e"], check=True, capture_output=True, text=True).stdout
    finally:
        subprocess.run([*tmux, "kill-server"], check=False, capture_output=True)
    return text, escaped


def test_the_table_fits_80_columns_with_every_cell_whole(cobalt_sandbox, tmp_path: Path) -> None:
    text, _ = in_terminal(tmp_path, ["--base-url", cobalt_sandbox.base_url, "appointments", "list", *RANGE], 80)
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    assert lines[0].split() == ["id", "when", "status", "type", "patient"], text  # the header, on one line
    appointments = cobalt_sandbox.client().appointments.list(*RANGE[1::2])
    assert len(appointments) >= 5
    for appointment in appointments:
        # One line each, every value whole: nothing wrapped inside a word, nothing cut short.
        row = [line for line in lines if line.startswith(f"{appointment.id} ")]
        assert len(row) == 1, text
        fields = appointment.to_dict()
        whole = [fields[name] for name in ("datetime", "status", "appointment_type", "patient_name")]
        assert all(f" {value}" in row[0] for value in whole), (row, whole)
    assert "not shown at 80 columns: mode, location" in text


def test_a_wide_terminal_shows_every_column(cobalt_sandbox, tmp_path: Path) -> None:
    text, _ = in_terminal(tmp_path, ["--base-url", cobalt_sandbox.base_url, "appointments", "list", *RANGE], 120)
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    assert lines[0].split() == ["id", "when", "status", "mode", "type", "patient", "location"], text
    assert "not shown" not in text
    assert any("telemedicine" in line for line in lines)


def test_no_color_is_honoured(cobalt_sandbox, tmp_path: Path) -> None:
    arguments = ["--base-url", cobalt_sandbox.base_url, "appointments", "list", *RANGE]
    text, coloured = in_terminal(tmp_path, arguments, 120)
    plain_text, plain = in_terminal(tmp_path, arguments, 120, env={"NO_COLOR": "1"})
    assert COLOUR.search(coloured), "statuses are coloured in a terminal"
    assert not COLOUR.search(plain), plain
    assert plain_text == text  # the same words, only the colours gone
