"""`make bench`'s sections that need servers: HTTP load with wrk, and start-up times.

Proxy: milliseconds a request adds through `cobalt proxy`, over the same request straight to the
sandbox, interleaved. Load: the sandbox, a plain Starlette route answering the same JSON (served by the same uvicorn
settings), and Prism, each under wrk (1 thread, 16 connections) for get-by-id, a one-week list and
a create; the three are run in turn within each round (interleaved), and each round gives a ratio.
wrk is Debian's package (`make bench` installs it when missing, as root). Start-up: seconds until
each server answers, and `make client`.
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

import httpx

from cobalt_kit.facts import DEMO_CREDENTIALS
from cobalt_kit.servers import Server, free_port

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "mock" / "node_modules" / ".bin" / "prism"
BOOKING = {"mrn": "414421", "location": "Good Clinic", "datetime": "2026-03-02T09:00:00-08:00",
           "provider": "Good Doctor", "type": "f/u"}  # fmt: skip
# Path and query (or body) of each load case.
CASES = {
    "get-by-id": ("GET", "/appointments/2109607", None),
    "one-week list": ("GET", "/appointments?start_date=2024-03-14&end_date=2024-03-21", None),
    "create": ("POST", "/appointments", BOOKING),
}
# The plain route: the same answers, no checks, no store (what HTTP and JSON alone cost).
PLAIN_APP = """
import json, sys, uvicorn
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route
answers = json.loads(sys.argv[2])
async def answer(request):
    return JSONResponse(answers[request.method + " " + request.url.path])
paths = ("/appointments", "/appointments/2109607")
app = Starlette(routes=[Route(path, answer, methods=["GET", "POST"]) for path in paths])
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False, http="httptools")
"""


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


def servers(folder: Path) -> dict[str, Server]:
    """The servers compared, not started (each a cobalt_kit.servers.Server: its own process group,
    ready once it answers HTTP at all, logging into `folder`)."""
    answers = {
        "GET /appointments/2109607": {"success": True, "appointments": {"id": "2109607", "status": "completed"}},
        "GET /appointments": {"success": True, "results": {"appointments": []}},
        "POST /appointments": {"success": True, "message": "Appointment created.", "data": {"appointment_id": "1"}},
    }
    sandbox_port, plain_port, prism_port = (free_port() for _ in range(3))
    found = {
        "sandbox": ([sys.executable, "-m", "cobalt_kit", "sandbox", "--port", str(sandbox_port),
                     "--db", str(folder / "bench.db"), "--reset"], sandbox_port),
        "plain route": ([sys.executable, "-c", PLAIN_APP, str(plain_port), json.dumps(answers)], plain_port),
    }  # fmt: skip
    if PRISM.exists():
        argv = [str(PRISM), "mock", str(ROOT / "openapi" / "cobalt.yaml"), "--port", str(prism_port)]
        found["Prism"] = (argv, prism_port)
    return {name: Server(name, argv, port, folder / f"{name}.log") for name, (argv, port) in found.items()}


def load(rounds: int, seconds: float) -> dict[str, Any]:
    """Per case and server: median requests/s, p50 and p99 over the rounds, and the ratios."""
    if not shutil.which("wrk"):
        raise RuntimeError("wrk is missing: `make bench` installs Debian's package (as root)")
    with tempfile.TemporaryDirectory() as folder, ExitStack() as running:
        started = {name: running.enter_context(server) for name, server in servers(Path(folder)).items()}
        urls = {name: server.url for name, server in started.items()}
        figures: dict[str, dict[str, list[Load]]] = {case: {name: [] for name in urls} for case in CASES}
        scripts: dict[str, Path] = {}
        for case, (method, _path, body) in CASES.items():
            scripts[case] = Path(folder) / f"{len(scripts)}.lua"
            scripts[case].write_text(wrk_script(method, body))
        for _ in range(rounds):
            for case, (_method, path, _body) in CASES.items():
                for name, url in urls.items():
                    figures[case][name].append(run_wrk(url + path, scripts[case], seconds))
    return {case: summary(loads) for case, loads in figures.items()}


def proxy_overhead(rounds: int, calls: int, folder: Path) -> dict[str, Any]:
    """Milliseconds a request takes through `cobalt proxy` (checking every exchange) and straight to
    the sandbox it forwards to, one after the other (direct, proxied, direct, ...) on keep-alive
    connections, for each GET load case: the p50 of each, and the p50 added per request."""
    port = free_port()
    sandbox = servers(folder)["sandbox"]
    with sandbox:
        argv = [sys.executable, "-m", "cobalt_kit", "proxy", "--upstream", sandbox.url, "--port", str(port),
                "--report-dir", str(folder / "proxy-report")]  # fmt: skip
        with Server("proxy", argv, port, folder / "proxy.log") as proxy:
            figures: dict[str, Any] = {}
            for case, (method, path, _body) in CASES.items():
                if method != "GET":
                    continue
                direct, proxied = [], []
                with httpx.Client(headers=DEMO_CREDENTIALS) as straight, httpx.Client(headers=DEMO_CREDENTIALS) as via:
                    for _ in range(max(5, calls // 10)):  # warm-up: connections open, code paths compiled
                        straight.get(sandbox.url + path)
                        via.get(proxy.url + path)
                    for _ in range(rounds * calls):
                        started = time.perf_counter()
                        straight.get(sandbox.url + path).raise_for_status()
                        middle = time.perf_counter()
                        via.get(proxy.url + path).raise_for_status()
                        direct.append((middle - started) * 1000)
                        proxied.append((time.perf_counter() - middle) * 1000)
                figures[case] = {
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


def summary(loads: dict[str, list[Load]]) -> dict[str, Any]:
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
    if "Prism" in loads:
        pairs = zip(loads["sandbox"], loads["Prism"], strict=True)
        per_round = [sandbox.requests_per_second / prism.requests_per_second for sandbox, prism in pairs]
        shown["sandbox / Prism"] = {
            "median": statistics.median(per_round),
            "low": min(per_round),
            "high": max(per_round),
        }
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
