"""The lint ruleset (redocly.yaml) passes the document and catches each kind of rot it is there for."""

from __future__ import annotations

import copy
import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from support.document import ROOT, SPEC_PATH, dump, load

# One worker runs this module: its mutations are linted together, once.
pytestmark = pytest.mark.xdist_group("lint")

REDOCLY = ROOT / "tools" / "node_modules" / ".bin" / "redocly"


def lint(*arguments: Path | str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_COLOR": "1"}
    return subprocess.run(
        [str(REDOCLY), "lint", "--config", str(ROOT / "redocly.yaml"), *map(str, arguments)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize("path", [SPEC_PATH, SPEC_PATH.with_name("sandbox-controls.yaml")], ids=lambda p: p.name)
def test_the_document_passes_with_no_error_and_no_warning(path: Path) -> None:
    result = lint(path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in (result.stdout + result.stderr).lower().replace("deprecation warning", "")


def list_example(doc: dict) -> dict:
    return doc["paths"]["/appointments"]["get"]["responses"]["200"]["content"]["application/json"]["examples"]


def without_401(doc: dict) -> None:
    doc["paths"]["/appointments/{id}"]["delete"] = {
        "operationId": "delete_appointment", "summary": "Delete an appointment", "tags": ["Appointments"],
        "responses": {code: {"$ref": f"#/components/responses/{name}"} for code, name in
                      [("400", "BadRequest"), ("404", "NotFound"), ("429", "RateLimited"), ("500", "InternalError")]},
    }  # fmt: skip


MUTATIONS: dict[str, tuple[Callable[[dict], None], str, str]] = {
    # name: (mutation, the rule that must fire, where it must point)
    "example lacks a required field": (
        lambda d: list_example(d)["reference_list"]["value"].pop("success"),
        "no-invalid-media-type-examples",
        "reference_list",
    ),
    "example has a field the schema lacks": (
        lambda d: list_example(d)["reference_list"]["value"]["results"]["appointments"][0].update(colour="red"),
        "no-invalid-media-type-examples",
        "colour",
    ),
    "operation without 401": (without_401, "rule/common-error-responses", "delete"),
    "get without 404": (
        lambda d: d["paths"]["/appointments/{id}"]["get"]["responses"].pop("404"),
        "rule/not-found-on-appointment",
        "get",
    ),
    "update without 409": (
        lambda d: d["paths"]["/appointments/{id}"]["patch"]["responses"].pop("409"),
        "rule/conflict-on-update",
        "patch",
    ),
    "camelCase operationId": (
        lambda d: d["paths"]["/appointments"]["get"].update(operationId="listAppointments"),
        "rule/operation-id-snake-case",
        "operationId",
    ),
    "operation without summary": (
        lambda d: d["paths"]["/appointments"]["post"].pop("summary"),
        "rule/operation-summary",
        "post",
    ),
    "operation without tag": (lambda d: d["paths"]["/appointments"]["post"].pop("tags"), "rule/operation-tag", "post"),
    "property without description": (
        lambda d: d["components"]["schemas"]["Appointment"]["properties"]["location"].pop("description"),
        "rule/property-description",
        "location",
    ),
    "unused component": (
        lambda d: d["components"]["schemas"].update(Orphan={"type": "string", "description": "unused"}),
        "no-unused-components",
        "Orphan",
    ),
    "credential moved to the query": (
        lambda d: d["components"]["securitySchemes"]["access_token"].update({"in": "query"}),
        "rule/credential-header-location",
        "access_token",
    ),
    "error answered inline, not with the shared envelope": (
        lambda d: d["paths"]["/appointments"]["get"]["responses"].update({"500": {"description": "oops"}}),
        "rule/error-responses-are-shared",
        "500",
    ),
}


@pytest.fixture(scope="module")
def problems(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    """Each mutation's problems, from one Redocly run over every broken document (one Node start, not
    one per mutation); Redocly prints one JSON report per document, in the order given."""
    paths = []
    for index, mutate in enumerate(mutate for mutate, _rule, _where in MUTATIONS.values()):
        document = copy.deepcopy(load())
        mutate(document)
        paths.append(tmp_path_factory.mktemp(f"mutation-{index}") / "cobalt.yaml")
        paths[-1].write_text(dump(document))
    result = lint(*paths, "--format", "json")
    assert result.returncode != 0, result.stderr
    decoder, text, reports = json.JSONDecoder(), result.stdout.strip(), []
    while text:
        report, end = decoder.raw_decode(text)
        reports.append(report["problems"])
        text = text[end:].lstrip()
    assert len(reports) == len(MUTATIONS), result.stdout[-3000:] + result.stderr[-3000:]
    return dict(zip(MUTATIONS, reports, strict=True))


@pytest.mark.parametrize("name", MUTATIONS)
def test_lint_catches(name: str, problems: dict[str, list[dict]]) -> None:
    _mutate, rule, where = MUTATIONS[name]
    caught = [p for p in problems[name] if p["ruleId"] == rule and p["severity"] == "error"]
    assert caught, problems[name]
    assert any(where in p["message"] + " ".join(at["pointer"] for at in p["location"]) for p in caught), caught
