"""The validating proxy (`cobalt proxy`), its recordings and their replay, against upstream stand-ins:
the sandbox in the current reference's shapes, seeded with canary patient values, and a small app
that answers off the document.

The canary run is one module-scoped recording: the proxy runs as `cobalt proxy` in its own process
(its log is what it prints), the client's traffic goes through it, and every file it wrote, its log
and its report are searched for every canary value and credential, as raw bytes in any case, in
JSON-escaped and in URL-encoded form.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from cobalt_kit import Cobalt, NotFoundError
from cobalt_kit.document import load_yaml, spec_path
from cobalt_kit.proxy.candidates import candidates, shape
from cobalt_kit.proxy.cassettes import MANIFEST, Recorder, RecordingError
from cobalt_kit.proxy.checking import Checker
from cobalt_kit.proxy.forward import FAILED_HEADER, Proxy
from cobalt_kit.proxy.report import SUMMARY, Report
from cobalt_kit.proxy.scrub import Substitutes
from cobalt_kit.proxy.serve import Background
from cobalt_kit.replay_fixture import Replaying
from cobalt_kit.sandbox.families.appointments import model as appointments_model
from cobalt_kit.sandbox.serve import ThreadedSandbox
from cobalt_kit.sandbox.settings import CredentialSet, Settings
from cobalt_kit.servers import free_port

from support.corpus import CORPUS, Entry

# One worker: the module shares one recording, made once.
pytestmark = pytest.mark.xdist_group("proxy")

DOCUMENT = load_yaml(spec_path())
CREDENTIALS = {
    "client_id": "ci_CanaryClient77",
    "client_secret": "cs_CanarySecret_9f3Q",
    "access_token": "at_Canary_41xZ",
}
# The EHR's patient of the canary MRN: what the sandbox answers about the patient it finds.
CANARY_PATIENT = {
    "patient_name": 'Quorrazine "Zoë" Vantablackwood',
    "patient_mrn": "MRN-QZ-8814-CANARY",
    "patient_dob": "1911-11-11",
    "patient_phone": "+1 (555) 013-9921",
    "insurance": "Canarian Mutual Assurance",
    "insurance_subscriber": "Thaddeus Vantablackwood",
    "insurance_number": "INS-CANARY-5521",
    "insurance_group_number": "GRP-CANARY-0042",
}
CANARY_NOTE = "Canary note: Quorrazine reports zebra-striped migraines since the eclipse"
CANARY_REASON = "Canary reason: xylophone tinnitus, left ear"
CANARY_UPDATE_NOTE = "Canary follow-up: the xylophone stopped on Tuesday"
NAMED_ONLY = "Xanthippe Quillfeather-Canary"
DAY = "2026-02-03"
BOOKING = {"location": "Good Clinic", "provider": "Good Doctor", "type": "f/u", "datetime": f"{DAY}T09:00:00-08:00"}


def spellings(value: str) -> set[bytes]:
    """A value as it could be written: as it is, JSON-escaped (ASCII or not), URL-encoded; lower case."""
    forms = {
        value,
        json.dumps(value)[1:-1],
        json.dumps(value, ensure_ascii=False)[1:-1],
        quote(value),
        quote_plus(value),
    }
    return {form.lower().encode() for form in forms}


def leaks(folder_or_file: Path, values: list[str]) -> list[str]:
    """Each (file, value) where a value shows in a file, in any of its spellings."""
    files = [folder_or_file] if folder_or_file.is_file() else [p for p in folder_or_file.rglob("*") if p.is_file()]
    found = []
    for path in files:
        raw = path.read_bytes().lower()
        found += [f"{path.name}: {value}" for value in values if any(form in raw for form in spellings(value))]
    return found


@dataclass
class Seen:
    """What the kit's client got on each call: its status, and the shape of what it returned."""

    statuses: list[int] = field(default_factory=list)
    shapes: list[Any] = field(default_factory=list)


class Watching(httpx.BaseTransport):
    def __init__(self, seen: Seen) -> None:
        self._inner = httpx.HTTPTransport()
        self._seen = seen

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        self._seen.statuses.append(response.status_code)
        return response


def outcome(call: Callable[[], Any]) -> Any:
    """What a client call returned, as a shape (field paths and JSON types), or the error it raised."""
    try:
        result = call()
    except Exception as error:
        return type(error).__name__
    items = result if isinstance(result, list) else [result]
    return sorted(sorted(shape(as_data(item), depth=3)) for item in items)


def as_data(item: Any) -> Any:
    """A model (generated or the kit's dataclass) as a dict."""
    if hasattr(item, "to_dict"):
        return item.to_dict()
    return {name: as_data(value) for name, value in vars(item).items()} if hasattr(item, "__dict__") else item


def replayable_calls(cobalt: Cobalt, created: str, job_id: str) -> list[Callable[[], Any]]:
    """The calls whose parameters carry no patient data: a replay matches them as they were sent."""
    return [
        lambda: cobalt.appointments.list(DAY, DAY),
        lambda: cobalt.appointments.get(created),
        lambda: cobalt.appointments.get("no-such-appointment"),
        lambda: cobalt.webhooks.configuration(),
        lambda: cobalt.webhooks.events(),  # all of the token's (the update gave the booking a job of its own)
    ]


@dataclass(frozen=True)
class Recording:
    folder: Path
    log: Path
    report: Path
    live: Seen
    created: str
    job_id: str
    secrets: list[str]


@pytest.fixture(scope="module")
def recording(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Recording]:
    folder = tmp_path_factory.mktemp("proxy")
    patients = (*appointments_model.PATIENTS, CANARY_PATIENT)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(appointments_model, "PATIENTS", patients)
        credentials = (CredentialSet(**CREDENTIALS),)
        upstream = ThreadedSandbox(
            Settings(db_path=":memory:", booking_delay=3600, credentials=credentials, shapes="current")
        )
        upstream.start()
        try:
            yield record(upstream.url, folder)
        finally:
            upstream.stop()


def record(upstream: str, folder: Path) -> Recording:
    from cobalt_kit.sandbox_controls import SandboxControls

    controls = SandboxControls(upstream, CREDENTIALS)
    controls.reset_practice("empty")
    seeded = {**BOOKING, "note": CANARY_NOTE, "reason": CANARY_REASON}
    controls.seed([{**seeded, "mrn": CANARY_PATIENT["patient_mrn"]}, {**seeded, "patient_name": NAMED_ONLY}])
    port = free_port()
    log = folder / "proxy.log"
    argv = [sys.executable, "-m", "cobalt_kit", "proxy", "--upstream", upstream, "--port", str(port),
            "--record", str(folder / "cassettes"), "--report-dir", str(folder / "report")]  # fmt: skip
    with log.open("wb") as out:
        process = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while b"listening on" not in log.read_bytes():
            assert process.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.05)
        live = Seen()
        url = f"http://127.0.0.1:{port}"
        with Cobalt(*CREDENTIALS.values(), base_url=url, transport=Watching(live)) as cobalt:
            mrn = CANARY_PATIENT["patient_mrn"]
            # Calls with patient data in their parameters, and the writes.
            listed = cobalt.appointments.list(DAY, DAY, patient_mrn=mrn, include_note=True)
            # What the client got through the proxy is the real thing; only the recording is synthetic.
            assert [(a.patient_name, a.note) for a in listed] == [(CANARY_PATIENT["patient_name"], CANARY_NOTE)]
            cobalt.appointments.list(DAY, DAY, patient_name="Quorrazine", patient_phone=CANARY_PATIENT["patient_phone"])
            # Registered first, so that the booking's settle is an event to poll (with the MRN in its data).
            secrets = [cobalt.webhooks.register("http://127.0.0.1:9/hook").secret, cobalt.webhooks.rotate_secret()]
            created = cobalt.appointments.create(**BOOKING, mrn=mrn, note=CANARY_NOTE, reason=CANARY_REASON)
            cobalt.appointments.update(created.appointment_id, note=CANARY_UPDATE_NOTE)
            controls.settle(created.appointment_id)
            httpx.get(f"{url}/appointments", params={"start_date": DAY, "patient_name": NAMED_ONLY})  # 401, 400
            live.statuses.clear()
            live.shapes = [outcome(call) for call in replayable_calls(cobalt, created.appointment_id, created.job_id)]
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)
    assert created.job_id is not None
    return Recording(
        folder / "cassettes", log, folder / "report", live, created.appointment_id, created.job_id, secrets
    )


def canaries(recording: Recording) -> list[str]:
    values = [v for v in CANARY_PATIENT.values()] + [CANARY_NOTE, CANARY_REASON, CANARY_UPDATE_NOTE, NAMED_ONLY]
    return [*values, "Quorrazine", "Vantablackwood", *CREDENTIALS.values(), *recording.secrets]


def test_no_canary_value_or_credential_is_in_the_recording_the_log_or_the_report(recording: Recording) -> None:
    assert len(list(recording.folder.glob("0*.json"))) >= 10
    assert (recording.report / SUMMARY).is_file()
    for where in (recording.folder, recording.log, recording.report):
        assert leaks(where, canaries(recording)) == []
    # The search would find them: the run saw them (the upstream's own answer has them).
    assert leaks(recording.log, ["list_appointments 200", "create_appointment 200"]) == [
        "proxy.log: list_appointments 200",
        "proxy.log: create_appointment 200",
    ]


def test_the_same_real_value_gets_the_same_substitute_throughout_the_recording(recording: Recording) -> None:
    cassettes = {p.name: json.loads(p.read_text()) for p in sorted(recording.folder.glob("0*.json"))}
    by_mrn = next(c for c in cassettes.values() if any(name == "patient_mrn" for name, _ in c["query"]))
    (substitute,) = [value for name, value in by_mrn["query"] if name == "patient_mrn"]
    listed = by_mrn["response"]["body"]["appointments"]
    assert listed and {a["patient_mrn"] for a in listed} == {substitute}
    assert re.fullmatch(r"[A-Z]{3}-[A-Z]{2}-\d{4}-[A-Z]{6}", substitute)  # the MRN's shape
    created = next(c for c in cassettes.values() if c["operation"] == "create_appointment")
    assert created["request"]["body"]["mrn"] == substitute
    got = next(c for c in cassettes.values() if c["operation"] in ("get_appointment", "get_appointment_singular")
               and c["response"]["status"] == 200)  # fmt: skip
    assert got["response"]["body"]["appointments"]["patient_mrn"] == substitute
    (dob,) = {a["patient_dob"] for a in listed}
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", dob) and dob != CANARY_PATIENT["patient_dob"]
    assert all(a["note"].startswith("Synthetic text") for a in listed)
    polled = next(c for c in cassettes.values() if c["operation"] == "list_webhook_events")
    (event,) = polled["response"]["body"]["webhook_events"]
    assert event["data"]["mrn"] == substitute  # typed by its event type, as the webhooks section says


def test_the_manifest_counts_what_was_replaced_by_field_path_and_writes_no_value(recording: Recording) -> None:
    manifest = json.loads((recording.folder / MANIFEST).read_text())
    assert manifest["replaced"]["response.appointments[].patient_mrn"] >= 2
    assert manifest["replaced"]["query.patient_mrn"] == 1
    assert manifest["replaced_whole"]["request.note"] == 2  # the create's and the update's
    assert manifest["secrets"]["response.webhook_secret_key"] >= 2  # registered, rotated
    assert manifest["secrets"]["response.webhook_events[].access_token_reference_id"] == 1  # names the token
    assert manifest["not_written"]["request header client_secret"] >= 10
    assert all(isinstance(count, int) for counts in manifest.values() if isinstance(counts, dict)
               for count in counts.values())  # fmt: skip


def test_replaying_gives_the_kit_s_client_the_statuses_and_shapes_of_the_live_run(
    recording: Recording, cobalt_replay: Callable[[Path], Replaying]
) -> None:
    replaying = cobalt_replay(recording.folder)
    seen = Seen()
    with Cobalt("ci_replay", "cs_replay", "at_replay", base_url=replaying.url, transport=Watching(seen)) as cobalt:
        shapes = [outcome(call) for call in replayable_calls(cobalt, recording.created, recording.job_id)]
    assert seen.statuses == recording.live.statuses
    assert 404 in seen.statuses and 200 in seen.statuses
    assert shapes == recording.live.shapes
    assert replaying.misses == []


def test_a_request_with_no_recording_is_a_clear_error_naming_the_nearest(
    recording: Recording, cobalt_replay: Callable[[Path], Replaying]
) -> None:
    replaying = cobalt_replay(recording.folder)
    with replaying.client() as cobalt, pytest.raises(NotFoundError) as raised:
        cobalt.appointments.list(DAY, DAY, patient_mrn=CANARY_PATIENT["patient_mrn"])
    message = str(raised.value)
    assert re.search(r"No recording of list_appointments with these parameters; the nearest is 0\d+-list_appointments"
                     r"\.json \(it differs in patient_mrn\)", message), message  # fmt: skip
    assert CANARY_PATIENT["patient_mrn"] not in message
    answer = httpx.delete(f"{replaying.url}/webhook/1")
    assert answer.status_code == 404 and answer.json()["code"] == "no_recording"
    assert "No recording of delete_webhook; the recording has" in answer.json()["message"]


def test_a_recording_folder_is_used_once(recording: Recording) -> None:
    with pytest.raises(RecordingError, match="already holds a recording"):
        Recorder(recording.folder, DOCUMENT)


def test_a_recorded_answer_of_a_new_shape_becomes_a_corpus_candidate(recording: Recording, tmp_path: Path) -> None:
    written = candidates(recording.folder, CORPUS, tmp_path)
    made = [json.loads(path.read_text()) for path in written]
    # The current list answer is in the corpus; the 404 of a get is not.
    assert not any(m["operation"] == "list_appointments" and m["status"] == 200 for m in made)
    assert any(m["status"] == 404 for m in made)
    for path, entry in zip(written, made, strict=True):
        undecided = Entry(path.stem, **{k: entry[k] for k in ("page", "version", "read", "operation", "kind",
                                                               "status", "body", "decision")}, reason=None)  # fmt: skip
        assert undecided.problems()  # a person decides it before it joins the corpus
    assert leaks(tmp_path, canaries(recording)) == []
    again = candidates(recording.folder, tmp_path, tmp_path / "again")  # the candidates as the corpus
    assert {key(path) for path in again}.isdisjoint(key(path) for path in written)  # each shape once


def key(path: Path) -> tuple[str, int, frozenset[tuple[str, str]]]:
    entry = json.loads(path.read_text())
    return entry["operation"], entry["status"], shape(entry["body"])


# An upstream off the document: a missing required field and wrong types in a list, a status the
# document does not list, a create answer of no documented variant, and a 503 to pass on as it came.
OFF = {"patient_name": "Quorrazine Offcontract", "patient_mrn": "MRN-OFF-CANARY-77"}


@pytest.fixture
def off_contract() -> Iterator[tuple[str, list[str]]]:
    hits: list[str] = []

    async def answer(request: Request) -> JSONResponse:
        hits.append(f"{request.method} {request.url.path}")
        listed = {
            "success": True,
            "appointments": [
                {"id": "1", "datetime": f"{DAY}T09:00:00Z", "duration": "15", **OFF, "patient_dob": 19111111}
            ],
        }
        answers = {
            "GET /appointments": (200, listed),
            "GET /appointments/7": (299, {"success": True, "appointments": {"id": "7", **OFF}}),
            "POST /appointments": (200, {"success": True, "message": OFF["patient_name"]}),
            "GET /webhook": (503, {"success": False, "message": f"down for {OFF['patient_name']}"}),
        }
        status, body = answers[f"{request.method} {request.url.path}"]
        return JSONResponse(body, status_code=status)

    paths = ("/appointments", "/appointments/7", "/webhook")
    app = Starlette(routes=[Route(path, answer, methods=["GET", "POST"]) for path in paths])
    with Background(app) as server:
        yield server.url, hits


def through(upstream: str, report_dir: Path) -> Background:
    return Background(Proxy(upstream, Checker(DOCUMENT), Report(report_dir, upstream)))


def test_an_off_contract_upstream_is_reported_by_field_path_and_status_without_values(
    off_contract: tuple[str, list[str]], tmp_path: Path
) -> None:
    upstream, hits = off_contract
    with through(upstream, tmp_path) as proxy:
        query = {"start_date": DAY, "end_date": DAY}
        listed = httpx.get(f"{proxy.url}/appointments", params=query, headers=CREDENTIALS)
        httpx.get(f"{proxy.url}/appointments/7", headers=CREDENTIALS)
        httpx.post(f"{proxy.url}/appointments", json={**BOOKING, "mrn": OFF["patient_mrn"]}, headers=CREDENTIALS)
        down = httpx.get(f"{proxy.url}/webhook", headers=CREDENTIALS)
        proxy.app.report.close()
    assert listed.status_code == 200 and listed.json()["appointments"][0]["patient_mrn"] == OFF["patient_mrn"]
    assert down.status_code == 503 and down.json()["message"] == f"down for {OFF['patient_name']}"  # as it came
    assert hits.count("GET /webhook") == 1  # no retry
    operations = json.loads((tmp_path / SUMMARY).read_text())["operations"]
    violations = {op: list(found["violations"]) for op, found in operations.items()}
    assert "200: response appointments[0]: 'status' is a required property" in violations["list_appointments"]
    assert "200: response appointments[0].duration: does not satisfy type 'integer'" in violations["list_appointments"]
    assert (
        "200: response appointments[0].patient_dob: does not satisfy type ['string', 'null']"
        in violations["list_appointments"]
    )
    (unknown,) = violations["get_appointment"]
    assert unknown.startswith("299: response status 299 is not documented for get_appointment (documented: 200,")
    assert any(v.startswith("200: response `(the answer)` has fields message (string), success (boolean): no "
                            "documented variant") for v in violations["create_appointment"])  # fmt: skip
    assert operations["get_webhook_configuration"]["statuses"] == {"503": 1}
    assert leaks(tmp_path, [*OFF.values(), "19111111", *CREDENTIALS.values()]) == []


def test_an_upstream_that_gives_no_answer_is_a_502_and_is_not_retried(tmp_path: Path) -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    with through(closed, tmp_path) as proxy:
        answer = httpx.get(f"{proxy.url}/webhook", headers=CREDENTIALS)
        proxy.app.report.close()
    assert answer.status_code == 502
    assert answer.headers[FAILED_HEADER[0].decode()] == FAILED_HEADER[1].decode()
    assert answer.json()["code"] == "upstream_failed" and "does not retry" in answer.json()["message"]
    lines = (tmp_path / "exchanges.jsonl").read_text().splitlines()
    assert [json.loads(line)["upstream_failure"] for line in lines] == ["ConnectError"]


def test_unknown_fields_are_dropped_unless_asked_for_and_then_kept_with_synthetic_values(tmp_path: Path) -> None:
    from cobalt_kit.proxy.scrub import Scrubber, Tally

    body = {"success": True, "appointments": [{"id": "1", "status": "scheduled", "favourite_food": "Canary pie"}]}
    schema = {"$ref": "#/components/schemas/ListAppointmentsResponse"}
    dropped, kept = Tally(), Tally()
    assert Scrubber(DOCUMENT, Substitutes()).scrub(body, schema, "response", dropped) == {
        "success": True, "appointments": [{"id": "1", "status": "scheduled"}]
    }  # fmt: skip
    synthetic = Scrubber(DOCUMENT, Substitutes(), keep_unknown=True).scrub(body, schema, "response", kept)
    assert re.fullmatch(r"[A-Z][a-z]{5} [a-z]{3}", synthetic["appointments"][0]["favourite_food"])
    assert dropped.dropped_unknown == {"response.appointments[].*": 1}
    assert kept.synthesized_unknown == {"response.appointments[].*": 1}


def test_substitutes_keep_the_shape_and_differ_between_recordings() -> None:
    one, two = Substitutes(), Substitutes()
    assert one.string("+1 (555) 013-9921") == one.string("+1 (555) 013-9921")
    assert re.fullmatch(r"\+\d \(\d{3}\) \d{3}-\d{4}", one.string("+1 (555) 013-9921"))
    assert one.string("MRN-QZ-8814") != two.string("MRN-QZ-8814")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", one.string("1911-11-11"))
    assert one.value(4142) != 4142 and len(str(one.value(4142))) == 4
    assert one.text(CANARY_NOTE) == one.text(CANARY_NOTE) and "zebra" not in one.text(CANARY_NOTE)


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (["proxy", "--upstream", "http://api.example.com/v1", "--port", "5"], "refusing plain http to api.example.com"),
        (["proxy", "--upstream", "https://api.example.com/v1?key=1", "--port", "5"], "without a query"),
        (
            ["proxy", "--upstream", "sandbox", "--port", "5", "--keep-unknown"],
            "--keep-unknown applies to --record only",
        ),
        (["replay", ".", "--port", "5"], "holds no recording (no manifest.json)"),
    ],
    ids=["plain http off this machine", "a query", "keep-unknown without record", "replay of no recording"],
)
def test_the_commands_refuse_what_they_cannot_serve_safely_with_a_clear_error(arguments: list[str], said: str) -> None:
    from click.testing import CliRunner

    from cobalt_kit import cli

    result = CliRunner().invoke(cli.main, arguments)
    assert result.exit_code == 2 and said in result.output, result.output
