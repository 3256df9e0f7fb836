"""`make bench`: how much each layer of the kit costs, as ratios against a baseline timed in the same run.

Wall-clock numbers differ from machine to machine; a ratio to a baseline measured alongside does not
(much), so that is what is reported. Baseline and case are timed interleaved (A B A B ...), each
round giving one ratio, so that a slow moment of the machine weighs on both; the table shows the
median ratio and its min-max over the rounds, and reports/bench.json keeps them. The same figures go
into docs/snippets/benchmarks.md as a Markdown table, which the docs site's benchmarks page shows.
No test asserts on any of these numbers.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import gc
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from cobalt_kit.client import Cobalt
from cobalt_kit.facts import DEMO_CREDENTIALS
from cobalt_kit.sandbox.app import create_app
from cobalt_kit.sandbox.backend import Backend
from cobalt_kit.sandbox.families.appointments.model import Appointments
from cobalt_kit.sandbox.families.appointments.rules import Filters, public
from cobalt_kit.sandbox.families.appointments.seed import demo_appointments
from cobalt_kit.sandbox.settings import Settings
from cobalt_kit.sandbox.store import Store

import bench_parsing
import bench_servers
import bench_workflow

CREDENTIALS = {"client_id": "ci_bench", "client_secret": "cs_bench", "access_token": "at_bench"}


Timed = Callable[[], Any]


@dataclass(frozen=True)
class Ratio:
    median: float
    low: float
    high: float
    rounds: int


def interleaved(baseline: Timed, case: Timed, rounds: int) -> Ratio:
    """Times baseline and case alternately, after one warm-up of each; one ratio per round. The cyclic
    garbage collector is paused while they run, as timeit does: otherwise a collection triggered by
    one (and paid for the objects of both) lands in whichever happens to be running."""
    baseline()
    case()
    ratios = []
    for _ in range(rounds):
        gc.collect()
        gc.disable()
        try:
            started = time.perf_counter()
            baseline()
            middle = time.perf_counter()
            case()
            ended = time.perf_counter()
        finally:
            gc.enable()
        ratios.append((ended - middle) / (middle - started))
    return Ratio(statistics.median(ratios), min(ratios), max(ratios), rounds)


def list_body(size: int) -> dict[str, Any]:
    demo = [public(a) for a in demo_appointments(False)]
    appointments = [{**demo[n % len(demo)], "id": str(40_000_000 + n)} for n in range(size)]
    return {"success": True, "results": {"appointments": appointments}}


def repeat(times: int, call: Timed) -> Timed:
    return lambda: [call() for _ in range(times)]


def parsing(calls: int, rounds: int, sizes: tuple[int, ...] = (10, 1_000, 10_000)) -> dict[str, Ratio]:
    """Each case of bench_parsing over `json.loads` of the same text, for lists of each size; a
    timing parses `calls` x 100 appointments (20,000 by default) in as many lists as that takes."""
    figures = {}
    for size in sizes:
        raw = json.dumps(list_body(size))
        times = max(1, calls * 100 // size)
        for name, case in bench_parsing.cases(raw).items():
            baseline = repeat(times, lambda raw=raw: json.loads(raw))  # type: ignore[misc]
            figures[f"{size:,} appointments, {name} / json.loads"] = interleaved(baseline, repeat(times, case), rounds)
    return figures


def client_call(calls: int, rounds: int) -> dict[str, Ratio]:
    """One list through Cobalt (retries, hooks, shape checks, models) over plain httpx + json on a
    keep-alive connection: against a stub transport (the client's cost alone), and against a sandbox
    (what that cost is beside a real round trip)."""
    raw = json.dumps(list_body(20)).encode()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=raw))
    query = {"start_date": "2024-03-14", "end_date": "2024-04-14"}
    figures = {}
    with (
        httpx.Client(base_url="https://cobalt.test/v1", transport=transport, headers=CREDENTIALS) as http,
        Cobalt(*CREDENTIALS.values(), base_url="https://cobalt.test/v1", transport=transport) as cobalt,
    ):
        figures["list through Cobalt / plain httpx + json, stub transport"] = interleaved(
            repeat(calls, lambda: http.get("/appointments", params=query).json()),
            repeat(calls, lambda: cobalt.appointments.list("2024-03-14", "2024-04-14")),
            rounds,
        )
    with tempfile.TemporaryDirectory() as folder, bench_servers.servers(Path(folder))["sandbox"] as sandbox:
        demo = DEMO_CREDENTIALS
        with (
            httpx.Client(base_url=sandbox.url, headers=demo) as http,
            Cobalt(demo["client_id"], demo["client_secret"], demo["access_token"], base_url=sandbox.url) as cobalt,
        ):
            figures["list through Cobalt / plain httpx + json, sandbox"] = interleaved(
                repeat(max(1, calls // 4), lambda: http.get("/appointments", params=query).json()),
                repeat(max(1, calls // 4), lambda: cobalt.appointments.list("2024-03-14", "2024-04-14")),
                rounds,
            )
    return figures


def sandbox_call(calls: int, rounds: int) -> dict[str, Ratio]:
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

        ratio = interleaved(over(baseline_app), over(sandbox_app), rounds)
        return {"list from the sandbox (auth, checks, SQLite) / a plain Starlette route, in-process": ratio}


def list_scale(sizes: tuple[int, ...], calls: int) -> dict[str, Any]:
    """Milliseconds per list (median of `calls`) with `size` stored appointments: one week, and all
    dates with a name filter that matches one patient; and each as a ratio to the smallest size."""
    figures: dict[str, Any] = {}
    week = Filters(start=dt.date(2024, 3, 14), end=dt.date(2024, 3, 20))
    # The same answer at every size: the bulk lies outside the week, and one patient's name is unique.
    named = Filters(start=dt.date(2000, 1, 1), end=dt.date(2099, 12, 31), patient_name="quill")
    for size in sizes:
        backend = Backend(Store(":memory:"), booking_delay=3600)
        backend.seed(["demo"])
        appointments = backend.family(Appointments)
        with backend.transaction():
            for n in range(size):
                day = dt.date(2025, 1, 1) + dt.timedelta(days=n % 900)
                name = "Zed Quill" if n == size // 2 else f"Sample {n}"
                doc = {**demo_appointments(False)[n % 9], "id": None, "patient_name": name,
                       "datetime": f"{day.isoformat()}T09:00:00-07:00"}  # fmt: skip
                appointments.tables.insert("demo", doc, settles_at=None)
        for label, filters in (("one week", week), ("all dates, name filter", named)):
            times = []
            for _ in range(calls):
                started = time.perf_counter()
                appointments.list("demo", filters)
                times.append((time.perf_counter() - started) * 1000)
            figures.setdefault(label, {})[str(size)] = statistics.median(times)
    for by_size in figures.values():
        smallest = by_size[str(sizes[0])]
        by_size[f"{sizes[-1]} / {sizes[0]}"] = by_size[str(sizes[-1])] / smallest
    return figures


SECTIONS = ("ratios", "scale", "proxy", "fixtures", "load", "startup", "make-test")


FIXTURE_SUITE = """
def test_sandbox(cobalt_sandbox, n):
    pass


def test_webhooks(cobalt_sandbox, cobalt_webhooks, n):
    pass
"""


def fixture_costs(tests: int = 100) -> dict[str, dict[str, float]]:
    """What the plugin's fixtures cost each test, setup and teardown, in milliseconds (median and
    spread over `tests` tests each): `cobalt_sandbox` (its reset), and what `cobalt_webhooks` adds."""
    import pytest

    spent: dict[str, list[float]] = {"test_sandbox": [], "test_webhooks": []}

    class Timer:
        @pytest.hookimpl(wrapper=True)
        def pytest_runtest_setup(self, item: Any) -> Any:
            return (yield from self._timed(item))

        @pytest.hookimpl(wrapper=True)
        def pytest_runtest_teardown(self, item: Any, nextitem: Any) -> Any:
            return (yield from self._timed(item))

        def _timed(self, item: Any) -> Any:
            started = time.perf_counter()
            try:
                return (yield)
            finally:
                spent[item.originalname].append(time.perf_counter() - started)

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "test_fixture_costs.py").write_text(FIXTURE_SUITE)
        (Path(folder) / "conftest.py").write_text(
            f"import pytest\n\n@pytest.fixture(params=range({tests}))\ndef n(request):\n    return request.param\n"
        )
        options = ["-q", "-p", "no:cacheprovider", "-p", "no:xdist", "--confcutdir", folder, "-o", "addopts="]
        code = pytest.main([*options, f"--basetemp={folder}/tmp", folder], plugins=[Timer()])
        if code != 0:
            raise RuntimeError(f"the fixture-cost suite failed ({code})")
    # Per test, both phases: the two of one test are consecutive entries; the first test of each
    # kind pays for the session's sandbox (and receiver) and is left out.
    per_test = {name: [a + b for a, b in zip(times[2::2], times[3::2], strict=False)] for name, times in spent.items()}
    sandbox, webhooks = per_test["test_sandbox"], per_test["test_webhooks"]
    beyond = [w - statistics.median(sandbox) for w in webhooks]

    def shown(values: list[float]) -> dict[str, float]:
        ms = sorted(v * 1000 for v in values)
        return {"median_ms": statistics.median(ms), "low": ms[len(ms) // 10], "high": ms[-(len(ms) // 10) - 1]}

    return {"cobalt_sandbox (reset)": shown(sandbox), "cobalt_webhooks, beyond cobalt_sandbox": shown(beyond)}


def _spread(low: float, high: float, unit: str = "x") -> str:
    return f"{low:.2f}-{high:.2f}{unit}"


def table(figures: dict[str, Any], machine: str) -> str:
    """The figures of one run as the Markdown table of the docs' benchmarks page: one row per figure,
    whichever sections the run measured."""
    rows = ["| measure | median | min-max |", "|---|---|---|"]
    for name, value in figures.items():
        if {"median", "low", "high"} <= set(value):
            rows.append(f"| {name} | {value['median']:.2f}x | {_spread(value['low'], value['high'])} |")
        elif name.startswith("list latency"):
            for label, by_size in value.items():
                for size, figure in by_size.items():
                    shown = f"{figure:.2f}x" if "/" in size else f"{figure:.3f} ms"
                    rows.append(f"| list, {label}, {size} stored | {shown} |  |")
        elif name.startswith("proxy"):
            for case, row in value.items():
                rows.append(f"| {name}: {case} | +{row['added_p50_ms']:.2f} ms (p50 {row['proxied_p50_ms']:.2f} vs "
                            f"{row['direct_p50_ms']:.2f} ms direct) | {row['requests']} requests |")  # fmt: skip
        elif name.startswith("per test"):
            for what, timed in value.items():
                spread = _spread(timed["low"], timed["high"], " ms")
                rows.append(f"| per test: {what} | {timed['median_ms']:.2f} ms | {spread} |")
        elif name.startswith("HTTP load"):
            for case, by_server in value.items():
                for server, row in by_server.items():
                    if "requests_per_second" in row:
                        rate = f"{row['requests_per_second']:,.0f} requests/s"
                        latency = f"p50 {row['p50_ms']:.1f} ms, p99 {row['p99_ms']:.1f} ms"
                        rows.append(f"| {name}: {case}, {server} | {rate} ({latency}) | "
                                    f"{row['low']:,.0f}-{row['high']:,.0f} |")  # fmt: skip
                    else:
                        rows.append(f"| {name}: {case}, {server} | {row['median']:.2f}x | "
                                    f"{_spread(row['low'], row['high'])} |")  # fmt: skip
        else:  # seconds: start-up, make client, make test
            for what, timed in value.items():
                spread = _spread(timed["low"], timed["high"], " s") if "low" in timed else ""
                rows.append(f"| {name.split(' (')[0]}: {what} | {timed['median_s']:.2f} s | {spread} |")
    return f"{machine}\n\n" + "\n".join(rows) + "\n"


def machine() -> str:
    """Where the run was made: the ratios compare across machines, the absolute figures do not."""
    cpuinfo = Path("/proc/cpuinfo")
    names = [
        line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines() if line.startswith("model name")
    ]
    model = names[0] if names else "unknown CPU"
    return (
        f"Measured on {dt.date.today().isoformat()}: {os.cpu_count()} cores, {model}, Python {sys.version.split()[0]}."
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/bench.py", description=__doc__)
    parser.add_argument("--calls", type=int, default=200, help="calls per timing (default 200)")
    parser.add_argument("--rounds", type=int, default=7, help="interleaved rounds per benchmark (default 7)")
    parser.add_argument("--sections", default=",".join(SECTIONS), help=f"which of {', '.join(SECTIONS)} (default all)")
    parser.add_argument("--list-sizes", default="10,1000,10000", help="appointments per list parsed in `ratios`")
    parser.add_argument("--sizes", default="1000,10000,100000", help="stored appointments for `scale`")
    parser.add_argument("--seconds", type=float, default=3.0, help="seconds of each wrk run (default 3)")
    parser.add_argument("--json", type=Path, default=Path("reports/bench.json"), help="where the figures go")
    parser.add_argument("--table", type=Path, default=Path("docs/snippets/benchmarks.md"), help="where the table goes")
    args = parser.parse_args(argv)
    sections = args.sections.split(",")
    figures: dict[str, Any] = {}
    if "ratios" in sections:
        print(f"{'benchmark':<86} {'median':>7} {'min-max':>13}")
        measured = (
            parsing(args.calls, args.rounds, tuple(int(size) for size in args.list_sizes.split(","))),
            client_call(args.calls, args.rounds),
            sandbox_call(args.calls, args.rounds),
        )
        for ratios in measured:
            for name, ratio in ratios.items():
                figures[name] = asdict(ratio)
                print(f"{name:<86} {ratio.median:>6.2f}x {ratio.low:>5.2f}-{ratio.high:.2f}x", flush=True)
    if "scale" in sections:
        sizes = tuple(int(size) for size in args.sizes.split(","))
        figures["list latency (ms) by stored appointments"] = scale = list_scale(sizes, calls=max(3, args.rounds))
        print("\nlist latency, ms (median):", json.dumps(scale))
        # Sub-millisecond searches: enough calls that the median is not one scheduler hiccup.
        workflow = bench_workflow.workflow_scale((sizes[0], sizes[-1]), calls=max(50, args.rounds))
        figures["list latency (ms) by stored bookings and patients"] = workflow
        print("availability and patient search, ms (median):", json.dumps(workflow))
    if "proxy" in sections:
        with tempfile.TemporaryDirectory() as folder:
            added = bench_servers.proxy_overhead(args.rounds, args.calls, Path(folder))
        figures["proxy: ms added per request at p50, over a direct call"] = added
        print("\nproxy, ms per request (p50):")
        for case, row in added.items():
            print(f"  {case}: direct {row['direct_p50_ms']:.2f}, proxied {row['proxied_p50_ms']:.2f}, "
                  f"added {row['added_p50_ms']:.2f} ({row['requests']} requests each)")  # fmt: skip
    if "fixtures" in sections:
        figures["per test (ms, setup + teardown)"] = costs = fixture_costs()
        print("\nper test, ms (median):", json.dumps({k: round(v["median_ms"], 2) for k, v in costs.items()}))
    if "load" in sections:
        figures["HTTP load (wrk -t1 -c16)"] = loaded = bench_servers.load(max(1, args.rounds // 2), args.seconds)
        print("\nHTTP load, requests/s (median of rounds) and p50/p99 ms:")
        for case, by_server in loaded.items():
            shown = "; ".join(
                f"{name} {row['requests_per_second']:.0f} ({row['p50_ms']:.1f}/{row['p99_ms']:.1f})"
                if "requests_per_second" in row
                else f"{name} {row['median']:.2f}x ({row['low']:.2f}-{row['high']:.2f})"
                for name, row in by_server.items()
            )
            print(f"  {case}: {shown}")
    if "startup" in sections:
        figures["start-up (s)"] = started = bench_servers.startup(rounds=3)
        print("\nstart-up, s (median of 3):", json.dumps({k: round(v["median_s"], 2) for k, v in started.items()}))
    if "make-test" in sections:
        figures["make test (s)"] = timed = bench_servers.make_test()
        print(f"make test, s (once): {timed['make test']['median_s']:.0f}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(figures, indent=2) + "\n")
    args.table.parent.mkdir(parents=True, exist_ok=True)
    args.table.write_text(table(figures, machine()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
