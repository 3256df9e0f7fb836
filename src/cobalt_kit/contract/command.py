"""`cobalt contract --base-url URL|mock|sandbox` (what `make contract` runs): starts the stand-in when
one is named, refuses what must never be sent, runs the checks and writes the PHI-free report.

It returns exit_codes.CONFORMS, DEVIATIONS or REFUSED (nothing was sent); a server that cannot be
reached raises the client's APIConnectionError (exit_codes.UNREACHABLE).
"""

from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from cobalt_kit import config, servers
from cobalt_kit.contract import report
from cobalt_kit.contract.runner import Runner
from cobalt_kit.errors import APIConnectionError
from cobalt_kit.exit_codes import CONFORMS, DEVIATIONS, REFUSED
from cobalt_kit.facts import DEMO_CREDENTIALS, PRODUCTION_URL


def run(
    base_url: str,
    allow_writes: bool,
    rate: float = config.CONTRACT_RATE,
    max_examples: int = config.CONTRACT_EXAMPLES,
    report_dir: str = "reports/contract",
) -> int:
    local = base_url in ("mock", "sandbox")
    try:
        # A stand-in started for the run is on this machine, at a port chosen then.
        url = f"http://{config.LOCAL_HOST}" if local else config.resolve_base_url(base_url)
    except ValueError as error:
        return _refuse(str(error))
    if allow_writes and not local and urlsplit(url).hostname == urlsplit(PRODUCTION_URL).hostname:
        return _refuse(f"writes are never sent to the production API ({urlsplit(url).hostname})")
    if rate <= 0 or max_examples < 1:
        return _refuse("--rate must be above 0 and --max-examples at least 1")
    try:
        credentials = config.credentials(url)  # the one rule: a stand-in started for the run gets the demo set
    except ValueError as error:
        return _refuse(str(error))
    if credentials == DEMO_CREDENTIALS and not local:
        names = ", ".join(config.CREDENTIAL_ENVIRONMENT.values())
        print(f"no {names} set: sending the sandbox's demo credentials", file=sys.stderr)

    reports = Path(report_dir)
    # Logs of the stand-ins this command starts: beside the report, never in it.
    logs = reports.parent
    with ExitStack() as stack:
        if base_url == "mock":
            try:
                url = stack.enter_context(servers.prism(servers.free_port(), logs)).url
            except servers.PrismNotFound as missing:
                print(f"error: {missing}", file=sys.stderr)
                return REFUSED
        elif base_url == "sandbox":
            # Bookings stay pending for the run, so that updates of them succeed (a scheduled one takes
            # status and note only).
            sandbox = servers.sandbox(servers.free_port(), logs, ":memory:", credentials, booking_delay=3600)
            url = stack.enter_context(sandbox).url
        runner = Runner(
            url,
            credentials,
            allow_writes=allow_writes,
            rate=rate,
            max_examples=max_examples,
            # Prism checks that each credential header is there, not its value (see the README).
            probe_credential_values=base_url != "mock",
        )
        try:
            results = runner.run()
        except httpx.TransportError as error:
            raise APIConnectionError(f"could not reach {url} ({type(error).__name__}); no report written") from None
    target = base_url if local else url
    notes = [] if runner.probe_credential_values else ["credential values were not probed: Prism checks presence only."]
    written = report.write(reports, target, results, [*credentials.values(), *runner.phi_values], notes)
    failed = [r.label for r in results if r.findings]
    print(f"{'deviations in ' + ', '.join(failed) if failed else 'conforms'}; report: {', '.join(map(str, written))}")
    return DEVIATIONS if failed else CONFORMS


def _refuse(reason: str) -> int:
    print(f"refused: {reason}; nothing was sent", file=sys.stderr)
    return REFUSED
