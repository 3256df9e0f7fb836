"""`make bench`'s sections that need servers: HTTP load with wrk, and start-up times.

Load: the sandbox, a plain Starlette route answering the same JSON (served by the same uvicorn
settings), and Prism, each under wrk (1 thread, 16 connections) for get-by-id, a one-week list and
a create; the three are run in turn within each round (interleaved), and each round gives a ratio.
wrk is Debian's package (`make bench` installs it when missing, as root). Start-up: seconds until
each server answers, and `make client`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from cobalt_kit.facts import SANDBOX_DEMO_CREDENTIALS
from cobalt_kit.servers import free_port

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
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False, http="h11")
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
    headers = "".join(f'wrk.headers["{name}"] = "{value}"\n' for name, value in SANDBOX_DEMO_CREDENTIALS.items())
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


def wait_until_up(url: str, timeout: float = 60.0) -> float:
    """Seconds until `url` answers at all."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        try:
            httpx.get(url, headers=SANDBOX_DEMO_CREDENTIALS, timeout=1.0)
            return time.perf_counter() - started
        except httpx.TransportError:
            time.sleep(0.02)
    raise RuntimeError(f"{url} did not answer within {timeout:g}s")


@contextmanager
def process(argv: list[str]) -> Iterator[float]:
    """A server process on the port argv names; yields the seconds it took to answer."""
    child = _spawn(argv)
    try:
        yield wait_until_up(f"http://127.0.0.1:{_port(argv)}/appointments/2109607")
    finally:
        _stop(child)


def servers(folder: Path) -> dict[str, list[str]]:
    answers = {
        "GET /appointments/2109607": {"success": True, "appointments": {"id": "2109607", "status": "completed"}},
        "GET /appointments": {"success": True, "results": {"appointments": []}},
        "POST /appointments": {"success": True, "message": "Appointment created.", "data": {"appointment_id": "1"}},
    }
    sandbox_port, plain_port, prism_port = (str(free_port()) for _ in range(3))
    found = {
        "sandbox": [sys.executable, "-m", "cobalt_kit", "sandbox", "--port", sandbox_port,
                    "--db", str(folder / "bench.db"), "--reset"],
        "plain route": [sys.executable, "-c", PLAIN_APP, plain_port, json.dumps(answers)],
    }  # fmt: skip
    if PRISM.exists():
        found["Prism"] = [str(PRISM), "mock", str(ROOT / "openapi" / "cobalt.yaml"), "--port", prism_port]
    return found


def load(rounds: int, seconds: float) -> dict[str, Any]:
    """Per case and server: median requests/s, p50 and p99 over the rounds, and the ratios."""
    if not shutil.which("wrk"):
        raise RuntimeError("wrk is missing: `make bench` installs Debian's package (as root)")
    with tempfile.TemporaryDirectory() as folder:
        commands = servers(Path(folder))
        figures: dict[str, dict[str, list[Load]]] = {case: {name: [] for name in commands} for case in CASES}
        with _all(commands) as urls:
            scripts: dict[str, Path] = {}
            for case, (method, _path, body) in CASES.items():
                scripts[case] = Path(folder) / f"{len(scripts)}.lua"
                scripts[case].write_text(wrk_script(method, body))
            for _ in range(rounds):
                for case, (_method, path, _body) in CASES.items():
                    for name, url in urls.items():
                        figures[case][name].append(run_wrk(url + path, scripts[case], seconds))
    return {case: summary(loads) for case, loads in figures.items()}


@contextmanager
def _all(commands: dict[str, list[str]]) -> Iterator[dict[str, str]]:
    children = [_spawn(argv) for argv in commands.values()]
    try:
        urls = {name: f"http://127.0.0.1:{_port(argv)}" for name, argv in commands.items()}
        for url in urls.values():
            wait_until_up(url + "/appointments/2109607")
        yield urls
    finally:
        for child in children:
            _stop(child)


def _spawn(argv: list[str]) -> subprocess.Popen[bytes]:
    # A session of its own: Prism's node starts children, and all of them must stop with it.
    return subprocess.Popen(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, start_new_session=True
    )


def _stop(child: subprocess.Popen[bytes]) -> None:
    os.killpg(child.pid, signal.SIGTERM)
    try:
        child.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()


def _port(argv: list[str]) -> str:
    return argv[argv.index("--port") + 1] if "--port" in argv else argv[-2]


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
        commands = servers(Path(folder))
        for index in range(rounds):
            with process(commands["sandbox"]) as seconds:
                timings["sandbox"].append(seconds)
            if "Prism" in commands:
                with process(commands["Prism"]) as seconds:
                    timings["Prism"].append(seconds)
            started = time.perf_counter()
            subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "client", f"CLIENT_OUT={folder}/c{index}"],
                           check=True, capture_output=True)  # fmt: skip
            timings["make client"].append(time.perf_counter() - started)
    return {name: {"median_s": statistics.median(t), "low": min(t), "high": max(t)} for name, t in timings.items() if t}
