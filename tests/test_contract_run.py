"""`make contract`: the conformance run against any server, read-only by default, with a PHI-free report."""

from __future__ import annotations

import json
import os
import re
import subprocess
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace
from typing import ClassVar

import httpx
import pytest
from click.testing import CliRunner

from cobalt_kit import cli
from cobalt_kit.config import CREDENTIAL_ENVIRONMENT as ENVIRONMENT
from cobalt_kit.contract import redact, report, runner
from cobalt_kit.contract.runner import Finding, OperationResult, Paced, Runner
from cobalt_kit.pytest_plugin import OTHER_CREDENTIALS as OTHER
from cobalt_kit.sandbox.families.appointments.seed import PATIENTS, demo_appointments

from support import reference, servers
from support.document import ROOT
from support.sleeps import record_sleeps

# Every patient value the sandbox holds: none may appear in any report file.
SEEDED = sorted(
    {str(v) for p in PATIENTS for v in p.values() if v}
    | {a["note"] for a in demo_appointments(True) if a["note"]}
    | {"John Doe", "female"}
)


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str


def contract(base_url: str, credentials: dict[str, str], report_dir: Path, *options: str) -> Run:
    """`cobalt contract`, run in this process (the installed-wheel test runs it as a command): no new
    interpreter importing schemathesis for each of the module's eight runs."""
    environment = {var: credentials[name] for name, var in ENVIRONMENT.items()}
    arguments = ["contract", "--base-url", base_url, "--rate", "200", "--report-dir", str(report_dir), *options]
    result = CliRunner().invoke(cli.main, arguments, env=environment)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr)


def report_text(report_dir: Path) -> str:
    files = sorted(report_dir.iterdir())
    assert [f.name for f in files] == ["contract-report.md", "contract-report.xml"]
    return "\n".join(f.read_text() for f in files)


def conforming_run(url: str, report_dir: Path) -> str:
    """A run with writes allowed, in the second practice, that must pass: its report's text."""
    result = contract(url, OTHER, report_dir, "--allow-writes")
    assert result.returncode == 0, result.stdout + result.stderr
    text = report_text(report_dir)
    assert "**conforms**" in text
    return text


@pytest.fixture(scope="module")
def webhook_secret(sandbox_url: str) -> str:
    """A webhook registered before the run: its secret exists, and the report must not show it."""
    two = {name: OTHER[name] for name in ("client_id", "client_secret")}
    registered = httpx.post(f"{sandbox_url}/webhook", json={"webhook_url": "http://127.0.0.1:9/hook"}, headers=two)
    return str(registered.json()["webhook_secret_key"])


@pytest.fixture(scope="module")
def sandbox_report(sandbox_url: str, webhook_secret: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    """One run against the session's sandbox, read by the two tests below (one worker runs both)."""
    return conforming_run(sandbox_url, tmp_path_factory.mktemp("sandbox-report"))


@pytest.mark.xdist_group("sandbox-report")
def test_the_sandbox_conforms_and_the_report_has_no_patient_data(sandbox_report: str, webhook_secret: str) -> None:
    assert "| `POST /appointments` |" in sandbox_report
    assert "| `GET /webhook` |" in sandbox_report  # which answers with the secret
    for value in (*SEEDED, *OTHER.values(), webhook_secret):
        assert value not in sandbox_report, f"the report shows {value!r}"
    # Even with writes allowed, the run never changes where Cobalt sends events.
    for operation in ("POST /webhook", "DELETE /webhook/{id}", "POST /webhook/rotate-secret"):
        assert f"| `{operation}` | 0 | - | skipped: never sent" in sandbox_report


@pytest.mark.parametrize("stand_in", ["mock", "sandbox"])
def test_a_stand_in_named_for_the_run_is_started_and_conforms(stand_in: str, tmp_path: Path) -> None:
    # What `make contract BASE_URL=mock|sandbox` runs: the stand-in lives only as long as the run.
    result = contract(stand_in, reference.EXAMPLE_CREDENTIALS, tmp_path, "--allow-writes")
    assert result.returncode == 0, result.stdout + result.stderr
    text = report_text(tmp_path)
    assert "**conforms**" in text
    if stand_in == "sandbox":  # every documented success is exercised, the update's too
        for row, success in (("GET /appointments", 200), ("GET /appointments/{id}", 200),
                             ("POST /appointments", 200), ("PATCH /appointments/{id}", 200)):  # fmt: skip
            (line,) = [line for line in text.splitlines() if line.startswith(f"| `{row}` |")]
            assert f"{success} x" in line, line


# The variant each mode answers in, per operation (the document's `x-variant` names); the rest
# have one documented shape.
MODE_VARIANTS = {
    "reference": {"GET /appointments": "reference", "POST /appointments": "reference",
                  "PATCH /appointments/{id}": "reference", "GET /webhook-events": "envelope"},
    "current": {"GET /appointments": "current", "POST /appointments": "current",
                "PATCH /appointments/{id}": "current", "GET /webhook-events": "envelope"},
    "newest": {"GET /appointments": "current", "POST /appointments": "newest",
               "PATCH /appointments/{id}": "current", "GET /webhook-events": "newest"},
}  # fmt: skip


@pytest.mark.xdist_group("sandbox-report")
def test_a_run_in_each_variant_mode_conforms_and_names_the_variant_per_operation(
    sandbox_report: str, current_sandbox_url: str, newest_sandbox_url: str, tmp_path: Path
) -> None:
    reports = {
        "reference": sandbox_report,
        "current": conforming_run(current_sandbox_url, tmp_path / "current"),
        "newest": conforming_run(newest_sandbox_url, tmp_path / "newest"),
    }
    for mode, text in reports.items():
        # The table's last column: the variant each operation's answers matched, all in one.
        rows = [line for line in text.splitlines() if line.startswith("| `")]
        cells = {line.split("`")[1]: line.split("|")[-2].strip() for line in rows}
        for operation, variant in MODE_VARIANTS[mode].items():
            assert re.fullmatch(rf"`{variant}` x\d+", cells[operation]), (mode, operation, cells[operation])
        for operation in ("GET /appointments/{id}", "GET /appointment/{id}", "GET /webhook"):
            assert cells[operation] == "one documented shape", (mode, operation)


def test_a_deviation_among_alternatives_names_their_types() -> None:
    failure = SimpleNamespace(
        schema_path=["properties", "ehr_appointment_id", "anyOf"],
        instance_path=["appointments", "ehr_appointment_id"],
        instance=5,
        _root_schema={"properties": {"ehr_appointment_id": {"anyOf": [{"type": "string"}, {"type": "null"}]}}},
    )
    assert redact.describe(failure) == "appointments.ehr_appointment_id: expected anyOf [string | null], got an integer"


def test_values_are_scrubbed_from_what_answers_shape_and_the_table_stays_whole(tmp_path: Path) -> None:
    # A fuzzed note may read "200" or "/webhook": it must not blank out the table's own text.
    results = [
        OperationResult("GET /webhook", statuses=Counter({200: 2})),
        OperationResult("GET /appointments", statuses=Counter({200: 1}),
                        findings=[Finding("schema", 200, "Jane Roe at /webhook: expected type integer")]),
    ]  # fmt: skip
    report.write(tmp_path, "http://cobalt.test/Jane Roe", results, ["/webhook", "200", "Jane Roe"])
    text = report_text(tmp_path)
    assert "| `GET /webhook` | 2 | 200 x2 | conforms |" in text
    assert '<testcase classname="contract" name="GET /webhook"/>' in text
    assert "- schema (status 200): [redacted] at [redacted]: expected type integer" in text
    assert "Target: `http://cobalt.test/[redacted]`" in text
    assert "Jane" not in text


def test_reads_only_unless_writes_are_allowed(sandbox_url: str, tmp_path: Path) -> None:
    result = contract(sandbox_url, OTHER, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    text = report_text(tmp_path)
    for operation in ("POST /appointments", "PATCH /appointments/{id}"):
        assert f"| `{operation}` | 0 | - | skipped: writes are off" in text


def test_a_deviating_server_fails_with_the_field_path(start_sandbox, tmp_path: Path) -> None:
    with servers.deviating_sandbox(
        servers.free_port(), tmp_path / "double.db", reference.EXAMPLE_CREDENTIALS
    ) as double:
        result = contract(double.url, reference.EXAMPLE_CREDENTIALS, tmp_path / "report")
    assert result.returncode == 1, result.stdout + result.stderr
    text = report_text(tmp_path / "report")
    assert "results.appointments[0]: required field `id` is missing" in text
    assert "appointments: required field `id` is missing" in text
    assert "results.appointments[0].duration: expected type integer, got a string" in text
    for value in SEEDED:
        assert value not in text


def test_the_mock_conforms_but_for_what_prism_cannot_check(mock_url: str, tmp_path: Path) -> None:
    # Prism takes any credential value; the run against it shows exactly that, and nothing else.
    result = contract(mock_url, reference.EXAMPLE_CREDENTIALS, tmp_path, "--allow-writes")
    assert result.returncode == 1
    report_text(tmp_path)
    findings = [line for line in (tmp_path / "contract-report.md").read_text().splitlines() if line.startswith("- ")]
    assert findings and all("credentials" in line and "expected 401, got 200" in line for line in findings)


class Recorder(BaseHTTPRequestHandler):
    seen: ClassVar[list[str]] = []

    def record(self) -> None:
        Recorder.seen.append(f"{self.command} {self.path}")
        self.send_error(502)

    do_GET = do_POST = do_PATCH = do_CONNECT = record

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def proxy() -> Iterator[str]:
    Recorder.seen.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_writes_to_production_are_refused_before_any_request(proxy: str, tmp_path: Path) -> None:
    # Every request would go through the recording proxy; none may.
    env = {"HTTPS_PROXY": proxy, "HTTP_PROXY": proxy, "ALL_PROXY": proxy, "NO_PROXY": ""}
    command = ["make", "--no-print-directory", "-C", str(ROOT), "contract", "BASE_URL=https://api.usecobalt.com/v1",
               "ALLOW_WRITES=1"]  # fmt: skip
    credentials = {var: "x" for var in ENVIRONMENT.values()}
    result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, **credentials, **env})
    assert result.returncode != 0
    assert "refused: writes are never sent to the production API" in result.stderr
    assert Recorder.seen == []


def test_plain_http_to_a_remote_host_is_refused(tmp_path: Path) -> None:
    result = contract("http://cobalt.example", reference.EXAMPLE_CREDENTIALS, tmp_path)
    assert result.returncode == 2
    assert "refused" in result.stderr


def test_requests_are_paced(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [100.0]
    waits: list[float] = []
    # The runner's clock only: patched in `time`, it is every thread's (the session sandbox's courier).
    fake = SimpleNamespace(
        monotonic=lambda: clock[0], sleep=lambda s: (waits.append(s), clock.__setitem__(0, clock[0] + s))
    )
    monkeypatch.setattr(runner, "time", fake)
    paced = Paced(httpx.MockTransport(lambda r: httpx.Response(200)), rate=4)
    for _ in range(5):
        paced.handle_request(httpx.Request("GET", "http://cobalt.test/"))
    assert waits == [0.25] * 4


def test_a_429_is_waited_out_not_hammered(monkeypatch: pytest.MonkeyPatch) -> None:
    waits = record_sleeps(monkeypatch)
    answers = [httpx.Response(429, headers={"Retry-After": "3"}, json={"success": False, "message": "m", "code": "x"})]
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if answers:
            return answers.pop()
        # A streamed body, as a real transport gives: the client reads it, and times the response.
        body = httpx.ByteStream(json.dumps(reference.LIST_RESPONSE).encode())
        return httpx.Response(200, headers={"Content-Type": "application/json"}, stream=body)

    runner = Runner("https://cobalt.test/v1", OTHER, rate=1000, max_examples=1, transport=httpx.MockTransport(handler))
    runner._send(runner._example_cases(runner.schema.find_operation_by_id("list_appointments"))[0],
                 OperationResult("GET /appointments"))  # fmt: skip
    assert 3.0 in waits
    assert len(sent) == 2


class Unlisted(BaseHTTPRequestHandler):
    """A server whose list answer is no documented variant (with a patient's name in it)."""

    def do_GET(self) -> None:
        listed = self.path.startswith("/appointments?") or self.path == "/appointments"
        body = {"success": True, "rows": [{"patient_name": "Jane Doe"}]} if listed else {"success": False}
        raw = json.dumps(body).encode()
        self.send_response(200 if listed else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def log_message(self, *args: object) -> None:
        pass


def test_an_answer_of_no_documented_variant_is_a_finding_named_by_field_path() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Unlisted)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        runner = Runner(f"http://127.0.0.1:{server.server_address[1]}", dict(OTHER), max_examples=2, rate=1000)
        (listed,) = [r for r in runner.run() if r.label == "GET /appointments"]
    finally:
        server.shutdown()
    misses = {f.detail for f in listed.findings if f.check == "variant"}
    assert misses == {
        "`(the answer)` has fields rows (array), success (boolean): no documented variant "
        "(reference needs results; current needs appointments)"
    }
    assert (listed.variants, report.variant(listed)) == (Counter(), "-")
