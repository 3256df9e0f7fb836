"""`make bench`: how much each layer of the kit costs, as ratios against a baseline timed in the same run.

Wall-clock numbers differ from machine to machine; a ratio to a baseline measured alongside does not
(much), so that is what is reported. No test asserts on any of these numbers.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from cobalt_client.models import ListAppointmentsResponse
from cobalt_kit.client import Cobalt
from cobalt_kit.sandbox.app import create_app
from cobalt_kit.sandbox.rules import public
from cobalt_kit.sandbox.seed import demo_appointments
from cobalt_kit.sandbox.settings import Settings

CREDENTIALS = {"client_id": "ci_bench", "client_secret": "cs_bench", "access_token": "at_bench"}


def timed(run: Callable[[], Any], repeat: int) -> float:
    """The median of `repeat` timings of `run`, after one warm-up run."""
    run()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def list_body(size: int) -> dict[str, Any]:
    demo = [public(a) for a in demo_appointments(False)]
    appointments = [{**demo[n % len(demo)], "id": str(40_000_000 + n)} for n in range(size)]
    return {"success": True, "results": {"appointments": appointments}}


def parsing(calls: int) -> tuple[float, float]:
    raw = json.dumps(list_body(100))
    baseline = timed(lambda: [json.loads(raw) for _ in range(calls)], 5)
    models = timed(lambda: [ListAppointmentsResponse.from_dict(json.loads(raw)) for _ in range(calls)], 5)
    return baseline, models


def client_call(calls: int) -> tuple[float, float]:
    raw = json.dumps(list_body(20)).encode()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=raw))
    http = httpx.Client(base_url="https://cobalt.test/v1", transport=transport, headers=CREDENTIALS)
    cobalt = Cobalt(*CREDENTIALS.values(), base_url="https://cobalt.test/v1", transport=transport)
    query = {"start_date": "2024-03-14", "end_date": "2024-04-14"}
    baseline = timed(lambda: [http.get("/appointments", params=query).json() for _ in range(calls)], 5)
    kit = timed(lambda: [cobalt.appointments.list("2024-03-14", "2024-04-14") for _ in range(calls)], 5)
    return baseline, kit


def sandbox_call(calls: int) -> tuple[float, float]:
    calls = max(1, calls // 5)  # the slowest of the three: fewer calls keep `make bench` short
    body = list_body(9)

    async def plain(request: Any) -> JSONResponse:
        return JSONResponse(body)

    baseline_app = Starlette(routes=[Route("/appointments", plain)])
    with tempfile.TemporaryDirectory() as folder:
        credentials = Settings().credentials[0]
        sandbox_app = create_app(Settings(db_path=str(Path(folder) / "bench.db"), booking_delay=0))
        headers = credentials.headers()
        query = {"start_date": "2024-03-14", "end_date": "2024-04-14"}

        def over(app: Any) -> Callable[[], Any]:
            async def many() -> None:
                transport = httpx.ASGITransport(app=app)
                async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as client:
                    for _ in range(calls):
                        (await client.get("/appointments", params=query, headers=headers)).raise_for_status()

            return lambda: asyncio.run(many())

        return timed(over(baseline_app), 5), timed(over(sandbox_app), 5)


BENCHMARKS = {
    "parse a 100-appointment list: generated models / json.loads": parsing,
    "list through Cobalt (retries, hooks, models) / plain httpx + json": client_call,
    "list from the sandbox (auth, validation, SQLite) / a plain Starlette route": sandbox_call,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/bench.py", description=__doc__)
    parser.add_argument("--calls", type=int, default=200, help="calls per timing (default 200)")
    args = parser.parse_args(argv)
    print(f"{'benchmark':<78} {'ratio':>7}")
    for name, benchmark in BENCHMARKS.items():
        baseline, measured = benchmark(args.calls)
        print(f"{name:<78} {measured / baseline:>6.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
