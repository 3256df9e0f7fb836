"""`python -m cobalt_kit.contract --base-url URL|mock|sandbox` (what `make contract` runs).

Credentials come from COBALT_CLIENT_ID, COBALT_CLIENT_SECRET and COBALT_ACCESS_TOKEN. Exit codes:
0 conforms, 1 deviations found, 2 refused or misconfigured (nothing was sent).
"""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from cobalt_kit import servers
from cobalt_kit.client import ENVIRONMENT, resolve_base_url
from cobalt_kit.contract import report
from cobalt_kit.contract.runner import Runner
from cobalt_kit.sandbox.settings import DEMO

REPORT_DIR = servers.ROOT / "reports" / "contract"
# Logs of the stand-ins this command starts: beside the report, never in it.
LOG_DIR = servers.ROOT / "reports"


def production_hosts() -> set[str]:
    """Hosts of the document's https servers: the real API, where nothing is ever written."""
    document = yaml.safe_load(servers.SPEC_PATH.read_text())
    return {urlsplit(s["url"]).hostname or "" for s in document["servers"] if s["url"].startswith("https://")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cobalt_kit.contract", description=__doc__)
    parser.add_argument("--base-url", required=True, help="a URL, or mock / sandbox to start one for the run")
    parser.add_argument("--allow-writes", action="store_true", help="also send POST and PATCH (never to production)")
    parser.add_argument("--rate", type=float, default=2.0, help="requests per second at most (default 2)")
    parser.add_argument("--max-examples", type=int, default=20, help="generated requests per operation (default 20)")
    parser.add_argument("--report-dir", type=Path, default=REPORT_DIR)
    args = parser.parse_args(argv)

    local = args.base_url in ("mock", "sandbox")
    try:
        base_url = "" if local else resolve_base_url(args.base_url)
    except ValueError as error:
        return _refuse(str(error))
    if args.allow_writes and not local and urlsplit(base_url).hostname in production_hosts():
        return _refuse(f"writes are never sent to the production API ({urlsplit(base_url).hostname})")
    if args.rate <= 0 or args.max_examples < 1:
        return _refuse("--rate must be above 0 and --max-examples at least 1")
    names = list(ENVIRONMENT.values())
    if all(os.environ.get(n) for n in names):
        credentials = {name: os.environ[var] for name, var in ENVIRONMENT.items()}
    elif local:  # the stand-in started here accepts the sandbox's demo set
        credentials = DEMO.headers()
    else:
        return _refuse(f"set {', '.join(names)} to the credentials of {base_url}")

    with ExitStack() as stack:
        if args.base_url == "mock":
            base_url = stack.enter_context(servers.prism(servers.free_port(), LOG_DIR)).url
        elif args.base_url == "sandbox":
            sandbox = servers.sandbox(servers.free_port(), LOG_DIR, ":memory:", credentials, booking_delay=0)
            base_url = stack.enter_context(sandbox).url
        runner = Runner(
            base_url,
            credentials,
            allow_writes=args.allow_writes,
            rate=args.rate,
            max_examples=args.max_examples,
            # Prism checks that each credential header is there, not its value (see the README).
            probe_credential_values=args.base_url != "mock",
        )
        results = runner.run()
    target = args.base_url if local else base_url
    notes = [] if runner.probe_credential_values else ["credential values were not probed: Prism checks presence only."]
    written = report.write(args.report_dir, target, results, [*credentials.values(), *runner.phi_values], notes)
    failed = [r.label for r in results if r.findings]
    print(f"{'deviations in ' + ', '.join(failed) if failed else 'conforms'}; report: {', '.join(map(str, written))}")
    return 1 if failed else 0


def _refuse(reason: str) -> int:
    print(f"refused: {reason}; nothing was sent", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
