"""Both stand-ins of the Cobalt API, the Prism mock and the sandbox, keep the document's contract."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from cobalt_kit.pytest_plugin import OTHER_CREDENTIALS
from cobalt_kit.sandbox.families import FAMILIES
from cobalt_kit.variant_table import TABLE

from support import reference
from support.document import SPEC_PATH, load
from support.servers import REPORTS, Backend

CREDENTIALS = reference.EXAMPLE_CREDENTIALS
LIST_QUERY = {"start_date": "2024-03-14", "end_date": "2024-04-14"}

# Enough cases per operation for the fuzzing phase to reach every field and both create forms in the
# sandbox's state (a run sends about 3100 requests, most of them the examples and coverage phases').
MAX_EXAMPLES = 50
# Prism answers from the document's examples, or with its validator's 4xx, never from state: past ten
# fuzzed cases per operation, a run against it at SEED explores only Prism's validator. Ten reach every
# pair of operation and status (191), every answer field (869), every documented request field and
# both create forms that fifty do, with 2460 requests instead of 3483, at 40% of schemathesis' CPU.
MOCK_MAX_EXAMPLES = 10
# The runs against Prism and the current shapes keep a fixed seed: Prism's limits are worked around
# case by case (prism_limits.py), and a new seed there would find Prism's bugs, not ours.
SEED = 20241114
# The sandbox run's seed: fresh each run unless set (`make test` prints it), so that the suite keeps
# finding new inputs and a failure names the seed that reproduces it.
FUZZ_SEED_VARIABLE = "COBALT_FUZZ_SEED"


def run_schemathesis(
    base_url: str,
    report: str,
    credentials: dict[str, str],
    *options: str,
    hooks: str | None = None,
    seed: int = SEED,
    max_examples: int = MAX_EXAMPLES,
) -> None:
    headers = [arg for name, value in credentials.items() for arg in ("-H", f"{name}: {value}")]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent)}
    if hooks:
        env["SCHEMATHESIS_HOOKS"] = hooks
    command = [
        *(Path(sys.executable).parent / "st", "run", SPEC_PATH),
        *("--url", base_url, *headers),
        *("--mode", "all", "--phases", "examples,coverage,fuzzing,stateful"),
        *("--max-examples", str(max_examples), "--seed", str(seed), "--generation-database", "none"),
        *("--report", "junit", "--report-junit-path", str(REPORTS / report)),
        *("--no-color", "--checks", "all", *options),
    ]
    result = subprocess.run([str(c) for c in command], env=env, capture_output=True, text=True, timeout=600)
    reproduce = f"(seed {seed}: {FUZZ_SEED_VARIABLE}={seed} reproduces it)\n" if seed != SEED else ""
    assert result.returncode == 0, reproduce + result.stdout[-20000:] + result.stderr[-5000:]


# Every check applies to the sandbox. Against Prism, each excluded check is replaced by a narrowed
# one in prism_limits.py that names the Prism limitation it works around, and allow_header_conformance
# is off: its whole subject, the Allow header of a 405, is one Prism never sends.
PRISM_EXCLUSIONS = ("--exclude-checks", "response_schema_conformance,negative_data_rejection,unsupported_method,"
                    "allow_header_conformance")  # fmt: skip


def shaped_operations() -> list[str]:
    """The operations whose answer the shapes setting changes: those with variants in the table,
    and the live fetches, whose job id each generation spells its way (live_fetch/handlers.py).
    The run in the current shapes is held to these; the others answer as in the sandbox run."""
    (live,) = (family for family in FAMILIES if family.name == "live_fetch")
    fetches = {handler.__name__ for path in live.paths for handler in path.handlers.values()}
    return sorted(set(TABLE) | fetches)


def test_schemathesis_finds_no_deviation(backend: Backend) -> None:
    if backend.name == "mock":
        run_schemathesis(
            backend.url, "schemathesis-mock.xml", CREDENTIALS, *PRISM_EXCLUSIONS, hooks="support.prism_limits",
            max_examples=MOCK_MAX_EXAMPLES,
        )  # fmt: skip
    else:
        # The sandbox keeps what schemathesis books and changes: it works in a practice of its own,
        # which the other tests' credentials never see.
        credentials = dict(OTHER_CREDENTIALS)
        seed = fuzz_seed() if backend.name == "sandbox" else SEED
        only = (
            []
            if backend.name == "sandbox"
            else [a for op in shaped_operations() for a in ("--include-operation-id", op)]
        )
        # positive_data_acceptance is replaced by its narrowing in sandbox_checks.py (the rules between
        # parameters, or of the practice, that the document lists as 400 examples).
        run_schemathesis(
            backend.url, f"schemathesis-{backend.name}.xml", credentials, "--exclude-checks",
            "positive_data_acceptance", *only, hooks="support.sandbox_checks", seed=seed,
        )  # fmt: skip


def test_the_current_shapes_run_covers_every_operation_the_setting_changes() -> None:
    assert {"create_appointment", "list_appointments", "fetch_appointments"} <= set(shaped_operations())
    documented = {op["operationId"] for item in load()["paths"].values() for op in item.values() if "operationId" in op}
    assert set(shaped_operations()) <= documented  # an id the document lacks would match nothing, silently


def fuzz_seed() -> int:
    return int(os.environ.get(FUZZ_SEED_VARIABLE) or random.SystemRandom().randrange(2**31))


def curl_headers(**extra: str) -> dict[str, str]:
    # The reference's curl examples send Content-Type on every request, GETs included.
    return {"Content-Type": "application/json", **CREDENTIALS, **extra}


@pytest.mark.parametrize(
    ("method", "path", "params", "body", "expected"),
    [
        ("GET", "/appointments", LIST_QUERY, None, reference.LIST_RESPONSE),
        ("GET", "/appointments/1276397812", None, None, reference.GET_RESPONSE),
        ("POST", "/appointments", None, reference.CREATE_REQUEST, reference.CREATE_RESPONSE),
        ("PATCH", "/appointments/23456789", None, reference.UPDATE_PENDING_REQUEST, reference.UPDATE_RESPONSE),
        ("PATCH", "/appointments/23456789", None, reference.UPDATE_SCHEDULED_REQUEST, reference.UPDATE_RESPONSE),
    ],
    ids=["list", "get", "create", "update pending", "update scheduled"],
)
def test_reference_curl_example(backend: Backend, method, path, params, body, expected) -> None:
    response = httpx.request(method, backend.url + path, params=params, json=body, headers=curl_headers())
    assert response.is_success
    if backend.name == "mock":  # Prism answers with the reference's own example
        assert response.json() == expected
    else:  # the sandbox answers from its state, seeded with the reference's appointments
        shapes = CURRENT_SHAPES if backend.name == "current_sandbox" else {}
        assert response.json().keys() == shapes.get((method, path), expected.keys())
        if method == "GET":
            assert seeded_reference_appointment(response.json()) == appointment_of(expected)


# The keys of the current reference's answers, where they differ from the first reference's.
CURRENT_SHAPES = {
    ("GET", "/appointments"): {"success", "appointments"},
    ("POST", "/appointments"): {"success", "data"},
    ("PATCH", "/appointments/23456789"): {"success", "message"},
}


def appointment_of(body: dict) -> dict:
    """The reference example's appointment, without the fields each example shows differently."""
    found = body["appointments"] if "appointments" in body else body["results"]["appointments"][0]
    return {k: found[k] for k in ("id", "datetime", "patient_name", "patient_mrn", "patient_dob", "status")}


def seeded_reference_appointment(body: dict) -> dict:
    if "results" in body or isinstance(body.get("appointments"), list):
        listed = body["results"]["appointments"] if "results" in body else body["appointments"]
        body = {"appointments": next(a for a in listed if a["id"] == "2109607")}
    return appointment_of(body)


@pytest.mark.parametrize("missing", reference.CREDENTIAL_HEADERS)
def test_missing_credential_gets_401_with_the_error_envelope(backend: Backend, missing: str) -> None:
    headers = {k: v for k, v in curl_headers().items() if k != missing}
    response = httpx.get(f"{backend.url}/appointments", params=LIST_QUERY, headers=headers)
    assert response.status_code == 401
    assert response.json()["code"] == "unauthorized"
    assert response.json()["success"] is False


def test_missing_start_date_gets_400_with_the_error_envelope(backend: Backend) -> None:
    response = httpx.get(f"{backend.url}/appointments", params={"end_date": "2024-04-14"}, headers=curl_headers())
    assert response.status_code == 400
    assert response.json()["code"] == "invalid_request"


def test_body_breaking_the_document_gets_400(backend: Backend) -> None:
    body = {k: v for k, v in reference.CREATE_REQUEST.items() if k != "time"}  # date without time
    response = httpx.post(f"{backend.url}/appointments", json=body, headers=curl_headers())
    assert response.status_code == 400


def test_malformed_json_body_gets_4xx_within_a_second(mock_url: str) -> None:
    # Prism 5.16 on Node 20 never answers this request; the pinned 5.14.2 must answer at once.
    response = httpx.post(f"{mock_url}/appointments", content=b'{"mrn": ', headers=curl_headers(), timeout=1.0)
    assert 400 <= response.status_code < 500
