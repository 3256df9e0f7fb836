"""`make bench`'s sections that need servers: HTTP load with wrk, and start-up times.

Proxy: milliseconds a request adds through `cobalt proxy`, over the same request straight to the
sandbox, interleaved. Load: the sandbox, a plain Starlette route answering the same JSON (served by the same uvicorn
settings), and Prism, each under wrk (1 thread, 16 connections) for get-by-id, a one-week list, a
create, availability for 10 providers over 5 days and a patient search; the servers are run in turn
within each round (interleaved), and each round gives a ratio. The sandbox holds STORED bookings
and patients (seeded through its controls); for the last two cases a second sandbox holding
GROWN of each is timed too, so that the served figures show the growth. wrk is Debian's package
(`make bench` installs it when missing, as root). Start-up: seconds until each server answers,
and `make client`.
"""

from __future__ import annotations

import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

from cobalt_kit.facts import DEMO_CREDENTIALS
from cobalt_kit.sandbox_controls import SandboxControls
from cobalt_kit.servers import CHECKOUT_PRISM, PrismNotFound, Server, find_prism, free_port

import bench_workflow

ROOT = Path(__file__).resolve().parent.parent
BOOKING = {"mrn": "414421", "location": "Good Clinic", "datetime": "2026-03-02T09:00:00-08:00",
           "provider": "Good Doctor", "type": "f/u"}  # fmt: skip
# Bookings and patients the sandbox holds under load, and the second sandbox's (the growth's).
STORED, GROWN = 1_000, 100_000
# How many go into one seed request (under the sandbox's 64 KiB body limit).
SEEDED_PER_REQUEST = {"appointments": 400, "patients": 500}


@dataclass(frozen=True)
class Case:
    """A load case: what wrk sends (the same to every server), and whether its answer reads the
    stored bookings or patients (then the sandbox holding GROWN of them is timed too)."""

    method: str
    path: str
    body: Any = None
    grows: bool = False


WEEK = {"start_date": bench_workflow.MONDAY.isoformat(), "end_date": bench_workflow.FRIDAY.isoformat(),
        "provider_ids": ",".join(bench_workflow.QUERIED)}  # fmt: skip
CASES = {
    "get-by-id": Case("GET", "/appointments/2109607"),
    "one-week list": Case("GET", "/appointments?start_date=2024-03-14&end_date=2024-03-21"),
    "create": Case("POST", "/appointments", BOOKING),
    "availability, 10 providers x 5 days": Case("GET", "/availability?" + urlencode(WEEK, safe=","), grows=True),
    "patient search": Case("GET", f"/patients?last_name={bench_workflow.SEARCHED}", grows=True),
}
SANDBOX, PLAIN = "sandbox", "plain route"
# The plain route: the same answers, no checks, no store (what HTTP and JSON alone cost).
PLAIN_APP = """
import json, sys, uvicorn
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route
answers = json.loads(sys.argv[2])
async def answer(request):
    return JSONResponse(answers[request.method + " " + request.url.path])
paths = sorted({key.split(" ", 1)[1] for key in answers})
app = Starlette(routes=[Route(path, answer, methods=["GET", "POST"]) for path in paths])
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False, http="httptools")
"""
# What the plain route answers when it is not given the sandbox's own answers.
PLAIN_ANSWERS = {
    "GET /appointments/2109607": {"success": True, "appointments": {"id": "2109607", "status": "completed"}},
    "GET /appointments": {"success": True, "results": {"appointments": []}},
    "POST /appointments": {"success": True, "message": "Appointment created.", "data": {"appointment_id": "1"}},
}


@dataclass(frozen=True)
class Load:
    requests_per_second: float
    p50_ms: float
    p99_ms: float


def parse_wrk(output: str) -> Load:
    """Requests/s and the 50th and 99th percentile latency of `wrk --latency` output."""

    def millis(label: str) -> float:
        found = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
        if not found:
            raise ValueError(f"no {label}% latency in wrk's output")
        return float(found.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[found.group(2)]

    rate = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE)
    if not rate:
        raise ValueError("no Requests/sec in wrk's output")
    return Load(float(rate.group(1)), millis("50"), millis("99"))


def wrk_script(method: str, body: Any) -> str:
    headers = "".join(f'wrk.headers["{name}"] = "{value}"\n' for name, value in DEMO_CREDENTIALS.items())
    if body is None:
        return headers
    text = json.dumps(body).replace("\\", "\\\\").replace("'", "\\'")
    return headers + f"wrk.method = '{method}'\nwrk.body = '{text}'\nwrk.headers['Content-Type'] = 'application/json'\n"


def run_wrk(url: str, script: Path, seconds: float) -> Load:
    result = subprocess.run(
        ["wrk", "-t1", "-c16", f"-d{seconds:g}s", "--latency", "-s", str(script), url],
        capture_output=True, text=True, check=True, timeout=seconds + 30,
    )  # fmt: skip
    return parse_wrk(result.stdout)


def prism_path() -> Path | None:
    """Prism as the kit finds it (COBALT_PRISM, PATH, the working directory's mock/), else this
    checkout's mock/; None when there is none."""
    try:
        return find_prism()
    except PrismNotFound:
        checkout = ROOT / CHECKOUT_PRISM
        return checkout if checkout.is_file() else None


def sandbox_server(folder: Path, name: str = SANDBOX) -> Server:
    port = free_port()
    argv = [sys.executable, "-m", "cobalt_kit", "sandbox", "--port", str(port), "--db",
            str(folder / f"{name}.db"), "--reset"]  # fmt: skip
    return Server(name, argv, port, folder / f"{name}.log")


def plain_route(folder: Path, answers: dict[str, Any]) -> Server:
    port = free_port()
    return Server(PLAIN, [sys.executable, "-c", PLAIN_APP, str(port), json.dumps(answers)], port, folder / "plain.log")


def servers(folder: Path) -> dict[str, Server]:
    """The servers compared, not started (each a cobalt_kit.servers.Server: its own process group,
    ready once it answers HTTP at all, logging into `folder`)."""
    found = {SANDBOX: sandbox_server(folder), PLAIN: plain_route(folder, PLAIN_ANSWERS)}
    prism = prism_server(folder)
    return found | ({"Prism": prism} if prism else {})


def prism_server(folder: Path) -> Server | None:
    """Prism serving the document's examples; None without Prism."""
    prism = prism_path()
    if prism is None:
        return None
    port = free_port()
    argv = [str(prism), "mock", str(ROOT / "openapi" / "cobalt.yaml"), "--port", str(port)]
    return Server("Prism", argv, port, folder / "Prism.log")


def seed(url: str, size: int) -> None:
    """The load cases' practice: the demo's, with eight more providers (ten), `size` bookings and
    `size` patients (bench_workflow's), stored through the sandbox's controls."""
    controls = SandboxControls(url, DEMO_CREDENTIALS)
    controls.control("POST", "providers", {"providers": bench_workflow.provider_entries()})
    seeded = {
        "patients": bench_workflow.patient_records(size),
        "appointments": [{"fields": {**BOOKING, "provider": who, "datetime": start}}
                         for who, start in bench_workflow.bookings(size)],
    }  # fmt: skip
    for kind, items in seeded.items():
        step = SEEDED_PER_REQUEST[kind]
        for first in range(0, len(items), step):
            controls.control("POST", kind, {kind: items[first : first + step]})


def sandbox_answers(url: str) -> dict[str, Any]:
    """The sandbox's answer to each GET case, by method and path (what the plain route answers)."""
    found = dict(PLAIN_ANSWERS)
    with httpx.Client(base_url=url, headers=DEMO_CREDENTIALS) as client:
        for case in CASES.values():
            if case.method == "GET":
                answer = client.get(case.path)
                answer.raise_for_status()
                found[f"GET {case.path.split('?')[0]}"] = answer.json()
    return found


def load(rounds: int, seconds: float, stored: int = STORED, grown: int = GROWN) -> dict[str, Any]:
    """Per case and server: median requests/s, p50 and p99 over the rounds, and the ratios; the
    sandbox holds `stored` bookings and patients, the second sandbox `grown`."""
    if not shutil.which("wrk"):
        raise RuntimeError("wrk is missing: `make bench` installs Debian's package (as root)")
    with tempfile.TemporaryDirectory() as folder, ExitStack() as running:
        bigger = f"{SANDBOX}, {grown:,} stored"
        started = {SANDBOX: running.enter_context(sandbox_server(Path(folder)))}
        started[bigger] = running.enter_context(sandbox_server(Path(folder), bigger))
        for name, size in ((SANDBOX, stored), (bigger, grown)):
            seed(started[name].url, size)
        started[PLAIN] = running.enter_context(plain_route(Path(folder), sandbox_answers(started[SANDBOX].url)))
        prism = prism_server(Path(folder))
        if prism is not None:
            started["Prism"] = running.enter_context(prism)
        # The appointment cases read no booking of the seeded practice's: the bigger store changes nothing of theirs.
        figures: dict[str, dict[str, list[Load]]] = {
            label: {name: [] for name in started if case.grows or name != bigger} for label, case in CASES.items()
        }
        scripts: dict[str, Path] = {}
        for label, case in CASES.items():
            scripts[label] = Path(folder) / f"{len(scripts)}.lua"
            scripts[label].write_text(wrk_script(case.method, case.body))
        for _ in range(rounds):
            for label, case in CASES.items():
                for name in figures[label]:
                    figures[label][name].append(run_wrk(started[name].url + case.path, scripts[label], seconds))
    return {label: summary(loads, stored) for label, loads in figures.items()}


def proxy_overhead(rounds: int, calls: int, folder: Path) -> dict[str, Any]:
    """Milliseconds a request takes through `cobalt proxy` (checking every exchange) and straight to
    the sandbox it forwards to, one after the other (direct, proxied, direct, ...) on keep-alive
    connections, for each GET load case: the p50 of each, and the p50 added per request."""
    port = free_port()
    sandbox = sandbox_server(folder)
    with sandbox:
        argv = [sys.executable, "-m", "cobalt_kit", "proxy", "--upstream", sandbox.url, "--port", str(port),
                "--report-dir", str(folder / "proxy-report")]  # fmt: skip
        with Server("proxy", argv, port, folder / "proxy.log") as proxy:
            figures: dict[str, Any] = {}
            for label, case in CASES.items():
                if case.method != "GET" or case.grows:  # the appointment operations' cost only
                    continue
                direct, proxied = [], []
                with httpx.Client(headers=DEMO_CREDENTIALS) as straight, httpx.Client(headers=DEMO_CREDENTIALS) as via:
                    for _ in range(max(5, calls // 10)):  # warm-up: connections open, code paths compiled
                        straight.get(sandbox.url + case.path)
                        via.get(proxy.url + case.path)
                    for _ in range(rounds * calls):
                        started = time.perf_counter()
                        straight.get(sandbox.url + case.path).raise_for_status()
                        middle = time.perf_counter()
                        via.get(proxy.url + case.path).raise_for_status()
                        direct.append((middle - started) * 1000)
                        proxied.append((time.perf_counter() - middle) * 1000)
                figures[label] = {
                    "direct_p50_ms": statistics.median(direct),
                    "proxied_p50_ms": statistics.median(proxied),
                    "added_p50_ms": statistics.median(proxied) - statistics.median(direct),
                    "requests": len(direct),
                }
    return figures


def time_to_answer(server: Server) -> float:
    """Seconds from starting `server` until it answers HTTP."""
    started = time.perf_counter()
    with server:
        return time.perf_counter() - started


def _per_round(numerators: list[Load], denominators: list[Load]) -> dict[str, float]:
    ratios = [a.requests_per_second / b.requests_per_second for a, b in zip(numerators, denominators, strict=True)]
    return {"median": statistics.median(ratios), "low": min(ratios), "high": max(ratios)}


def summary(loads: dict[str, list[Load]], stored: int = STORED) -> dict[str, Any]:
    """Each server's figures; each sandbox's requests/s over Prism's, and a growth's slow-down
    (the sandbox's time per request with more stored over with `stored`), one ratio per round."""
    shown: dict[str, Any] = {}
    for name, runs in loads.items():
        rates = [run.requests_per_second for run in runs]
        shown[name] = {
            "requests_per_second": statistics.median(rates),
            "low": min(rates),
            "high": max(rates),
            "p50_ms": statistics.median(run.p50_ms for run in runs),
            "p99_ms": statistics.median(run.p99_ms for run in runs),
        }
    sandboxes = [name for name in loads if name == SANDBOX or name.startswith(f"{SANDBOX}, ")]
    if "Prism" in loads:
        for name in sandboxes:
            shown[f"{name} / Prism"] = _per_round(loads[name], loads["Prism"])
    for name in sandboxes[1:]:
        grown = name.removeprefix(f"{SANDBOX}, ").removesuffix(" stored")
        shown[f"time per request, {grown} / {stored:,} stored"] = _per_round(loads[SANDBOX], loads[name])
    return shown


def make_test() -> dict[str, Any]:
    """Seconds of one `make test` once everything is installed (it takes minutes: run once)."""
    started = time.perf_counter()
    subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "test"], check=True, capture_output=True)
    return {"make test": {"median_s": time.perf_counter() - started, "rounds": 1}}


def startup(rounds: int) -> dict[str, Any]:
    """Seconds until the sandbox and Prism answer, and the seconds of `make client`."""
    timings: dict[str, list[float]] = {"sandbox": [], "Prism": [], "make client": []}
    with tempfile.TemporaryDirectory() as folder:
        compared = servers(Path(folder))
        for index in range(rounds):
            for name in ("sandbox", "Prism"):
                if name in compared:
                    timings[name].append(time_to_answer(compared[name]))
            started = time.perf_counter()
            subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "client", f"CLIENT_OUT={folder}/c{index}"],
                           check=True, capture_output=True)  # fmt: skip
            timings["make client"].append(time.perf_counter() - started)
    return {name: {"median_s": statistics.median(t), "low": min(t), "high": max(t)} for name, t in timings.items() if t}
