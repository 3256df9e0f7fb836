"""`cobalt proxy`, `cobalt replay` and `cobalt candidates`: the validating proxy, its recordings'
replay, and corpus entry candidates from a recording (cobalt_kit.proxy). Registered on `cobalt`
by cli.py's import of this module."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from urllib.parse import urlsplit

import click

from cobalt_kit.cli import _refuse, main
from cobalt_kit.client import resolve_base_url
from cobalt_kit.extras import MissingExtra, require

# httpx and httpcore log each request's URL, query included (patient data in a query): never shown.
QUIET = ("httpx", "httpcore")


def _needs_sandbox_extra() -> None:
    try:
        require("sandbox")
    except MissingExtra as missing:
        raise click.UsageError(str(missing)) from None


def _upstream(given: str) -> str:
    """A named base URL (production, mock, sandbox) or a URL, held to the client's rules for one:
    plain http only to this machine (the credentials pass through), no user or password; no query."""
    try:
        url = resolve_base_url(given)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--upstream") from None
    if urlsplit(url).query:
        raise click.BadParameter("give the base URL alone, without a query", param_hint="--upstream")
    return url


def _logging() -> None:
    from cobalt_kit import phi

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    for name in QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)
    phi.install_log_filter("cobalt_kit.proxy", "uvicorn.error", *QUIET)


@main.command("proxy")
@click.option("--upstream", required=True, help="The API's base URL (https), or production / sandbox / mock.")
@click.option("--port", type=click.IntRange(1, 65535), required=True, help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--record", type=click.Path(file_okay=False, path_type=Path),
    help="Write each exchange into this (new or empty) folder, patient data replaced.",
)  # fmt: skip
@click.option("--keep-unknown", is_flag=True, help="Keep fields the document does not know, with synthetic values.")
@click.option(
    "--report-dir", type=click.Path(file_okay=False, path_type=Path), default=Path("reports/proxy"),
    show_default=True, help="Where the value-free report is written.",
)  # fmt: skip
@click.option("--timeout", type=float, default=60.0, show_default=True, help="Seconds to wait for the upstream.")
def proxy_command(
    upstream: str, port: int, host: str, record: Path | None, keep_unknown: bool, report_dir: Path, timeout: float
) -> None:
    """Forward every request to --upstream unchanged and check it and its answer against the document.

    Point your app's base URL at http://HOST:PORT. Each exchange is logged as operation, status,
    variant and violations by field path; no value, header or query is ever logged or reported.
    With --record, each exchange is also written as a cassette with every value the document marks
    as patient data replaced by a synthetic one (see docs/proxy.md for the exact guarantee)."""
    _refuse("--base-url", "--json", reason=" (its upstream is --upstream; its report is written to --report-dir)")
    if keep_unknown and record is None:
        raise click.UsageError("--keep-unknown applies to --record only")
    target = _upstream(upstream)
    _needs_sandbox_extra()
    from cobalt_kit.proxy.cassettes import RecordingError
    from cobalt_kit.proxy.forward import shown_url
    from cobalt_kit.proxy.serve import build_proxy, run

    try:
        app = build_proxy(target, record, report_dir, keep_unknown, timeout)
    except RecordingError as error:
        raise click.UsageError(str(error)) from None
    _logging()
    lines = [f"Cobalt proxy listening on {{url}}, forwarding to {shown_url(target)}", f"  report in {report_dir}"]
    if record is not None:
        lines.append(f"  recording into {record} (patient data replaced; manifest.json says what)")
    sys.exit(run(app, host, port, lines))


@main.command("replay")
@click.argument("recording", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--port", type=click.IntRange(1, 65535), required=True, help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
def replay_command(recording: Path, port: int, host: str) -> None:
    """Answer from RECORDING (made by `cobalt proxy --record`), matched by operation and parameters.

    A request no cassette matches is answered 404 `no_recording`, naming the nearest cassette."""
    _refuse("--base-url", "--json", reason=" (it serves a recording: it calls none)")
    _needs_sandbox_extra()
    from cobalt_kit.document import load_yaml, spec_path
    from cobalt_kit.proxy.cassettes import RecordingError
    from cobalt_kit.proxy.replay import Replay
    from cobalt_kit.proxy.serve import run

    try:
        app = Replay(recording, load_yaml(spec_path()))
    except RecordingError as error:
        raise click.UsageError(str(error)) from None
    _logging()
    lines = [f"Cobalt replay of {recording} listening on {{url}} ({len(app.cassettes)} cassettes)"]
    sys.exit(run(app, host, port, lines))


@main.command("candidates")
@click.argument("recording", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path), default=Path("tests/corpus"),
    show_default=True, help="The reference corpus to compare with.",
)  # fmt: skip
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Where (default: RECORDING/candidates).")
def candidates_command(recording: Path, corpus: Path, out: Path | None) -> None:
    """Write a corpus entry candidate for each recorded answer whose shape no corpus entry has."""
    _refuse("--base-url", "--json", reason=" (it reads a recording: it calls no server)")
    _needs_sandbox_extra()
    from cobalt_kit.proxy.candidates import candidates
    from cobalt_kit.proxy.cassettes import RecordingError

    try:
        written = candidates(recording, corpus, out or recording / "candidates")
    except RecordingError as error:
        raise click.UsageError(str(error)) from None
    for path in written:
        click.echo(str(path))
    click.echo(f"{len(written)} candidate(s): decide each (see tests/support/corpus.py), then move it into {corpus}")
