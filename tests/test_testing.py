"""Integrators' tests that cannot pass by accident (#26), written as an integrator writes them, through
the plugin's fixtures: a typo'd operation fails at once, an armed fault nothing met fails its test at
teardown, assertions on what was sent, scenario files, a coverage report of a suite, webhook
helpers (resend, forward) and the options that point the fixtures elsewhere or make a missing
Prism a failure. A whole suite's behaviour (teardown, the session's report) runs in a pytest of its own.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import pairwise
from pathlib import Path
from typing import ClassVar

import httpx
import pytest
import yaml
from click.testing import CliRunner

from cobalt_kit import cli
from cobalt_kit.document import spec_path
from cobalt_kit.operation_names import OPERATIONS
from cobalt_kit.testing import SandboxControlError, SandboxPractice, UnknownOperation, WebhookReceiver
from cobalt_kit.testing.scenario import examples
from cobalt_kit.webhooks import construct_event

from support.sessions import child

pytest_plugins = ("pytester",)

BOOKING = {"mrn": "414421", "location": "Good Clinic", "provider": "Good Doctor", "type": "f/u"}
DAY = "2031-05-06"


# --- Strict by default ----------------------------------------------------------------------------


def test_operation_names_are_the_documents() -> None:
    document = yaml.safe_load(spec_path().read_text())
    methods = ("get", "post", "put", "patch", "delete")
    ids = [item[m]["operationId"] for item in document["paths"].values() for m in methods if m in item]
    assert sorted(OPERATIONS) == sorted(ids), f"cobalt_kit/operation_names.py: Operation = Literal{ids}"


def test_a_typo_in_an_operation_fails_at_once_naming_the_right_one(cobalt_sandbox: SandboxPractice) -> None:
    typo = r"no operation 'create_appointments'; did you mean 'create_appointment'"
    with pytest.raises(UnknownOperation, match=typo):
        cobalt_sandbox.fail_next("create_appointments")  # type: ignore[arg-type]
    with pytest.raises(UnknownOperation, match="did you mean 'list_appointments'"):
        cobalt_sandbox.assert_called("list_appointment")  # type: ignore[arg-type]
    assert cobalt_sandbox.faults() == []
    # Any other client of the controls (curl, another language) is refused the same way.
    answer = httpx.post(f"{cobalt_sandbox.base_url}/_sandbox/faults", headers=cobalt_sandbox.headers,
                        json={"target": "create_appointments", "kind": "status", "status": 500})  # fmt: skip
    assert answer.status_code == 400
    assert "did you mean 'create_appointment'" in answer.json()["message"]


STRICT_SUITE = """
import pytest

BOOKING = {"mrn": "414421", "location": "Good Clinic", "provider": "Good Doctor", "type": "f/u",
           "datetime": "2031-05-06T09:00:00-07:00"}


def test_a_fault_for_the_create_that_never_came(cobalt_sandbox):
    cobalt_sandbox.fail_next("create_appointment", status=500)
    cobalt_sandbox.client().appointments.list("2031-05-06", "2031-05-06")  # the test never creates


@pytest.mark.cobalt(strict=False)
def test_the_same_opted_out(cobalt_sandbox):
    cobalt_sandbox.fail_next("create_appointment", status=500)


def test_a_fault_met(cobalt_sandbox):
    cobalt_sandbox.fail_next("list_appointments", status=503)
    cobalt_sandbox.client(max_retries=1).appointments.list("2031-05-06", "2031-05-06")


def test_a_receiver_failure_no_delivery_met(cobalt_sandbox, cobalt_webhooks):
    cobalt_webhooks.fail_next(500)
"""


def test_a_fault_nothing_met_fails_its_test_at_teardown(pytester: pytest.Pytester) -> None:
    result = child(pytester, STRICT_SUITE)
    result.assert_outcomes(passed=4, errors=2)
    output = result.stdout.str()
    assert "ERROR at teardown of test_a_fault_for_the_create_that_never_came" in output
    assert "status on create_appointment (1 left)" in output
    assert "ERROR at teardown of test_a_receiver_failure_no_delivery_met" in output
    assert "strict=False" in output
    assert "test_the_same_opted_out" not in output.split("short test summary")[-1]


# --- Assertions on what was sent ------------------------------------------------------------------


def test_assert_called_passes_and_fails_with_what_was_sent(cobalt_sandbox: SandboxPractice) -> None:
    cobalt = cobalt_sandbox.client()
    cobalt.appointments.create(datetime=f"{DAY}T09:00:00-07:00", **BOOKING)
    cobalt.appointments.create(datetime=f"{DAY}T10:00:00-07:00", **{**BOOKING, "mrn": "414422"})
    cobalt.appointments.list(DAY, DAY, include_note=True)

    cobalt_sandbox.assert_called("create_appointment", times=2)
    cobalt_sandbox.assert_called("create_appointment", times=1, mrn="414421", location="Good Clinic")
    cobalt_sandbox.assert_called("list_appointments", start_date=DAY, include_note=True)
    cobalt_sandbox.assert_not_called("update_appointment")

    with pytest.raises(AssertionError) as raised:
        cobalt_sandbox.assert_called("create_appointment", mrn="000000")
    message = str(raised.value)
    assert message.startswith("expected create_appointment(mrn='000000') to be called at least once; it was called 0")
    newest, older = message.splitlines()[1:3]
    assert "POST /appointments -> 200" in newest and "mrn: sent '414422', not '000000'" in newest
    assert "mrn: sent '414421', not '000000'" in older

    with pytest.raises(AssertionError, match="it was called 2 times, newest first"):
        cobalt_sandbox.assert_not_called("create_appointment")
    with pytest.raises(AssertionError, match=r"Nothing was sent to get_appointment \(sent: create_appointment, list"):
        cobalt_sandbox.assert_called("get_appointment")


# --- Scenario files ---------------------------------------------------------------------------------


@pytest.mark.cobalt(scenario="busy-day")
def test_a_scenario_boots_a_practice(cobalt_sandbox: SandboxPractice) -> None:
    cobalt = cobalt_sandbox.client()
    listed = cobalt.appointments.list(DAY, DAY)
    assert sorted(a.status for a in listed) == ["cancelled", "completed", "failed", "scheduled"]
    # The scenario's block on Good Doctor's 11:00 is in the EHR: a booking that asks for the check fails on it.
    cobalt_sandbox.booking_delay = 3600
    booked = cobalt.appointments.create(datetime=f"{DAY}T11:15:00-07:00", prevent_double_booking=True, **BOOKING)
    assert cobalt_sandbox.settle(booked.appointment_id)["status"] == "failed"


@pytest.mark.cobalt(scenario="busy-day")
def test_a_scenario_gives_the_ehr_providers_locations_and_patients(cobalt_sandbox: SandboxPractice) -> None:
    cobalt = cobalt_sandbox.client()
    assert "Dana Example" in [provider.name for provider in cobalt.providers.list().providers]
    assert "Harbor Clinic" in [location.name for location in cobalt.locations.list().locations]
    (patient,) = cobalt.patients.list(mrn="900001")
    assert (patient.first_name, patient.last_name) == ("Riley", "Example")
    # The practice's new provider, location and patient book (an unknown provider would fail).
    visit = {"mrn": "900001", "location": "61000", "provider": "8811", "type": "f/u"}
    booked, _job = cobalt_sandbox.book_and_settle(datetime=f"{DAY}T14:00:00-07:00", **visit)
    assert booked["status"] == "scheduled"
    unknown, _job = cobalt_sandbox.book_and_settle(datetime=f"{DAY}T15:00:00-07:00", **{**visit, "provider": "9999"})
    assert unknown["status"] == "failed"


@pytest.mark.cobalt(scenario="flaky-ehr")
def test_a_scenario_arms_faults_and_sets_a_practices_ehr(cobalt_sandbox: SandboxPractice) -> None:
    assert cobalt_sandbox.client().appointments.list("2024-03-14", "2024-03-14")  # the 429 is retried
    with pytest.raises(Exception, match="503"):
        cobalt_sandbox.client(max_retries=0).appointments.create(datetime=f"{DAY}T09:00:00-07:00", **BOOKING)
    other = cobalt_sandbox.practice("other").client()
    (visit,) = other.appointments.list("2031-05-07", "2031-05-07")
    assert visit.status == "scheduled"


def test_a_scenario_names_what_it_cannot_load(cobalt_sandbox: SandboxPractice) -> None:
    with pytest.raises(SandboxControlError, match="settings: this sandbox has no settings to load yet"):
        cobalt_sandbox.load_scenario({"practices": {"demo": {"settings": {"timezone": "UTC"}}}})
    with pytest.raises(SandboxControlError, match="400"):
        cobalt_sandbox.load_scenario({"practices": {"demo": {"appointments": [{"status": "pending", "fields": {}}]}}})
    with pytest.raises(ValueError, match="no practice 'dmeo'; did you mean 'demo'"):
        cobalt_sandbox.load_scenario({"practices": {"dmeo": {}}})


def test_the_shipped_scenarios_are_scenarios() -> None:
    import jsonschema

    from cobalt_kit.sandbox.app import with_api_components

    api = yaml.safe_load(spec_path().read_text())
    controls = with_api_components(yaml.safe_load(spec_path().with_name("sandbox-controls.yaml").read_text()), api)
    schema = {**controls["components"]["schemas"]["Scenario"], "components": controls["components"]}
    assert set(examples()) == {"busy-day", "flaky-ehr"}
    for path in examples().values():
        jsonschema.validate(yaml.safe_load(path.read_text()), schema)


def test_cobalt_sandbox_loads_a_scenario_before_serving(tmp_path: Path) -> None:
    from cobalt_kit.sandbox.app import create_app
    from cobalt_kit.sandbox.families.appointments.model import Appointments
    from cobalt_kit.sandbox.scenario import ScenarioRefused, load
    from cobalt_kit.sandbox.settings import Settings

    sandbox = create_app(Settings(db_path=str(tmp_path / "db"))).state.sandbox
    with pytest.raises(ScenarioRefused, match=r"practices.demo.appointments.0.status: does not satisfy enum"):
        load(sandbox, {"demo": {"appointments": [{"status": "soon", "fields": {}}]}})
    load(sandbox, yaml.safe_load(examples()["busy-day"].read_text())["practices"])
    assert len(sandbox.backend.family(Appointments).tables.between("demo", DAY, DAY)) == 4
    result = CliRunner().invoke(cli.main, ["sandbox", "--scenario", str(tmp_path / "none.yaml")])
    assert result.exit_code == 2 and "cannot be read" in result.output


# --- The coverage report of a suite ------------------------------------------------------------------

SAMPLE_SUITE = """
import pytest

from cobalt_kit import NotFoundError

BOOKING = {"mrn": "414421", "location": "Good Clinic", "provider": "Good Doctor", "type": "f/u",
           "datetime": "2031-05-06T09:00:00-07:00"}


def test_books_and_reads(cobalt_sandbox, cobalt_webhooks):
    cobalt = cobalt_sandbox.client()
    created = cobalt.appointments.create(**BOOKING)
    cobalt_webhooks.wait_for("appointment.created")
    assert cobalt.appointments.get(created.appointment_id).status == "scheduled"


def test_an_unknown_appointment(cobalt_sandbox):
    with pytest.raises(NotFoundError):
        cobalt_sandbox.client().appointments.get("99999999")


def test_a_refused_booking(cobalt_sandbox, cobalt_webhooks):
    cobalt_sandbox.client().appointments.create(**{**BOOKING, "mrn": "000000"})
    cobalt_webhooks.wait_for("appointment.failed")
"""


def test_the_coverage_report_names_exactly_what_a_suite_used(pytester: pytest.Pytester) -> None:
    result = child(pytester, SAMPLE_SUITE, f"--cobalt-coverage={pytester.path / 'report'}")
    result.assert_outcomes(passed=3)
    report = json.loads((pytester.path / "report" / "cobalt-coverage.json").read_text())
    assert report["operations_exercised"] == ["create_appointment", "get_appointment"]
    assert {op: seen["exercised"] for op, seen in report["operations"].items() if seen["exercised"]} == {
        "create_appointment": [200],
        "get_appointment": [200, 404],
    }
    assert {t for t, n in report["events"].items() if n} == {"appointment.created", "appointment.failed"}
    assert {c for c, n in report["failure_reasons"].items() if n} == {"PATIENT_NOT_FOUND"}
    assert report["covered"] == 3 + 2 + 1 and 0 < report["percent"] < 20
    markdown = (pytester.path / "report" / "cobalt-coverage.md").read_text()
    assert "| `get_appointment` | 200, 404 | 400, 401, 403, 429, 500 |" in markdown
    output = result.stdout.str()
    assert "Cobalt API coverage" in output and "  get_appointment: 200, 404" in output
    assert "414421" not in markdown + json.dumps(report)  # counts only: nothing a request sent


def test_the_coverage_report_adds_up_the_xdist_workers(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_integrator=SAMPLE_SUITE)
    folder = pytester.path / "report"
    result = pytester.runpytest_inprocess(
        "-q", "-p", "no:cacheprovider", "-n", "2", "--confcutdir", str(pytester.path), f"--cobalt-coverage={folder}"
    )
    result.assert_outcomes(passed=3)
    report = json.loads((folder / "cobalt-coverage.json").read_text())
    # The controller runs no test: all it reports comes from the workers' sandboxes, added up.
    assert report["operations"]["get_appointment"]["exercised"] == [200, 404]
    assert report["covered"] == 6


def test_coverage_min_fails_a_session_below_it(pytester: pytest.Pytester) -> None:
    below = child(pytester, SAMPLE_SUITE, "--cobalt-coverage-min=50")
    assert below.ret == pytest.ExitCode.TESTS_FAILED
    below.assert_outcomes(passed=3)
    assert "FAILED: below --cobalt-coverage-min=50%" in below.stdout.str()
    pytester.makeini("[pytest]\ncobalt_coverage_min = 1\n")  # the ini file mirrors the option
    assert child(pytester, SAMPLE_SUITE).ret == pytest.ExitCode.OK


# --- Prism required, a sandbox elsewhere -----------------------------------------------------------

MOCK_TEST = """
def test_mock(cobalt_mock):
    assert cobalt_mock.client().appointments.get("2109607").id
"""


@pytest.mark.parametrize("how", ["option", "ini"])
def test_require_mock_fails_without_prism(tmp_path: Path, how: str) -> None:
    (tmp_path / "test_uses_mock.py").write_text(MOCK_TEST)
    if how == "ini":
        (tmp_path / "pytest.ini").write_text("[pytest]\ncobalt_require_mock = true\n")
    options = ["--cobalt-require-mock"] if how == "option" else []
    env = {"PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin", "PYTHONPATH": os.environ.get("PYTHONPATH", "")}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--basetemp={tmp_path / 'tmp'}",
               *options, str(tmp_path)]  # fmt: skip
    result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stdout
    assert "1 error" in result.stdout
    assert "cobalt_mock (--cobalt-require-mock): Prism was not found" in result.stdout


SANDBOX_ELSEWHERE = """
def test_against_the_sandbox_elsewhere(cobalt_sandbox, cobalt_webhooks):
    assert not cobalt_sandbox.in_process
    cobalt_sandbox.booking_delay = 0.1
    created = cobalt_sandbox.client().appointments.create(
        mrn="414421", location="Good Clinic", provider="Good Doctor", type="f/u", datetime="2031-05-06T09:00:00-07:00")
    assert cobalt_webhooks.wait_for("appointment.created").data["appointment_id"] == created.appointment_id
    cobalt_sandbox.assert_called("create_appointment", mrn="414421")
"""


def test_the_fixtures_use_a_sandbox_in_another_process(
    pytester: pytest.Pytester, cobalt_sandbox: SandboxPractice, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The child session's fixtures reach this session's sandbox over HTTP only (it could be a container)."""
    monkeypatch.setenv("COBALT_SANDBOX_URL", cobalt_sandbox.base_url)
    child(pytester, SANDBOX_ELSEWHERE).assert_outcomes(passed=1)


# --- Webhook helpers ------------------------------------------------------------------------------


def test_a_resent_event_comes_with_its_id_and_the_next_attempt(
    cobalt_sandbox: SandboxPractice, cobalt_webhooks: WebhookReceiver
) -> None:
    cobalt_sandbox.ehr.book(datetime=f"{DAY}T09:00:00-07:00", **BOOKING)
    event = cobalt_webhooks.wait_for("appointment.created")
    again = cobalt_webhooks.resend(event)
    assert (again.webhook_id, again.attempt, again.event.id) == (event.id, 2, event.id)
    assert [e.id for e in cobalt_webhooks.events] == [event.id]  # deduplicated on webhook-id: one event
    # The same from the command line, against the running sandbox.
    result = CliRunner().invoke(cli.main, ["--base-url", cobalt_sandbox.base_url, "sandbox", "events", "resend",
                                           event.id, "--json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {"event_id": event.id, "deliveries": 1}
    assert cobalt_webhooks.wait_for_attempt(event.id, 3).webhook_id == event.id
    with pytest.raises(SandboxControlError, match="404 Event not found"):  # another practice's event
        cobalt_sandbox.practice("other").resend_event(event.id)


class LocalApp(BaseHTTPRequestHandler):
    """The integrator's app: keeps what it is sent."""

    received: ClassVar[list[tuple[dict[str, str], bytes]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["content-length"]))
        LocalApp.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def local_app() -> Iterator[str]:
    LocalApp.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), LocalApp)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hooks/cobalt"
    server.shutdown()
    server.server_close()


def test_listen_forwards_a_delivery_whose_signature_still_verifies(
    cobalt_sandbox: SandboxPractice, local_app: str
) -> None:
    command = [sys.executable, "-m", "cobalt_kit", "--base-url", cobalt_sandbox.base_url, "webhooks", "listen",
               "--register", "--port", "0", "--forward-to", local_app]  # fmt: skip
    # With faulthandler on, SIGABRT makes a listener that does not stop print where each thread is
    # (and, with no core file allowed, write nothing else).
    env = {**os.environ, "PYTHONFAULTHANDLER": "1"}
    listener = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    resource.prlimit(listener.pid, resource.RLIMIT_CORE, (0, 0))
    try:
        assert listener.stdout is not None
        assert "(registered)" in listener.stdout.readline()
        cobalt_sandbox.ehr.book(datetime=f"{DAY}T09:00:00-07:00", **BOOKING)
        deadline = time.monotonic() + 10
        while not LocalApp.received and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        listener.send_signal(signal.SIGINT)
        try:
            printed, errors = listener.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            listener.send_signal(signal.SIGABRT)
            printed, errors = listener.communicate(timeout=30)
            pytest.fail(f"the listener did not stop within 30 s of Ctrl-C:\n{printed}\n{errors[-6000:]}")
    # Its own thread prints the delivery, maybe after the Ctrl-C's last words.
    assert "registration removed" in printed.splitlines(), printed + errors[-3000:]
    ((headers, body),) = LocalApp.received
    secret = cobalt_sandbox.client().webhooks.configuration().secret
    assert secret is not None
    event = construct_event(body, headers["cobalt-verification"], secret)
    assert (event.type, headers["webhook-id"], headers["webhook-attempt"]) == ("appointment.created", event.id, "1")


# --- Cheap per test, polling at the sandbox's pace ---------------------------------------------------


def test_polling_follows_the_sandboxs_booking_delay(cobalt_sandbox: SandboxPractice) -> None:
    cobalt = cobalt_sandbox.client()
    assert cobalt.webhooks.poll_interval == pytest.approx(0.05)  # a quarter of the plugin's 0.2 s
    created = cobalt.appointments.create(datetime=f"{DAY}T09:00:00-07:00", **BOOKING)
    event = cobalt.webhooks.wait_for(created.job_id, timeout=10)
    assert event.id in {e.id for e in cobalt.webhooks.events(created.job_id)}
    polls = [entry.time for entry in cobalt_sandbox.journal() if entry.operation_id == "list_webhook_events"]
    assert len(polls) >= 2
    gaps = [(dt.datetime.fromisoformat(b) - dt.datetime.fromisoformat(a)).total_seconds() for a, b in pairwise(polls)]
    assert max(gaps) < 0.6  # the vendor's pace was a second between two polls
    cobalt_sandbox.booking_delay = 3600
    assert cobalt_sandbox.client().webhooks.poll_interval == 1.0  # never slower than the client's own


def test_cobalt_webhooks_costs_a_test_a_few_milliseconds() -> None:
    import bench

    per_test = bench.fixture_costs(tests=30)
    assert per_test["cobalt_webhooks, beyond cobalt_sandbox"]["median_ms"] < 25  # was 50-80 ms


def test_the_old_import_paths_still_work_with_a_warning() -> None:
    from cobalt_kit import pytest_plugin, testing

    with pytest.warns(DeprecationWarning, match="cobalt_kit.testing.WebhookReceiver"):
        assert pytest_plugin.Webhooks is testing.WebhookReceiver
    with pytest.warns(DeprecationWarning, match="cobalt_kit.testing.SandboxPractice"):
        assert pytest_plugin.SandboxPractice is testing.SandboxPractice


@pytest.mark.cobalt(variant="current", booking_delay=3600)
def test_the_marker_sets_the_wire_shapes_and_booking_delay_for_one_test(cobalt_sandbox: SandboxPractice) -> None:
    listed = httpx.get(f"{cobalt_sandbox.base_url}/appointments", headers=cobalt_sandbox.headers,
                       params={"start_date": "2024-03-14", "end_date": "2024-03-14"}).json()  # fmt: skip
    assert isinstance(listed["appointments"], list)  # the current reference's bare array
    assert cobalt_sandbox.booking_delay == 3600
    cobalt_sandbox.reset()  # what the next test's reset does: the plugin's own shapes and delay again
    listed = httpx.get(f"{cobalt_sandbox.base_url}/appointments", headers=cobalt_sandbox.headers,
                       params={"start_date": "2024-03-14", "end_date": "2024-03-14"}).json()  # fmt: skip
    assert "results" in listed and cobalt_sandbox.booking_delay == 0.2


def test_the_marker_refuses_an_argument_it_does_not_take(pytester: pytest.Pytester) -> None:
    source = "import pytest\n\n@pytest.mark.cobalt(keep_sate=True)\ndef test_x(cobalt_sandbox):\n    pass\n"
    result = child(pytester, source)
    result.assert_outcomes(errors=1)
    assert "no argument 'keep_sate'; did you mean 'keep_state'?" in result.stdout.str()
