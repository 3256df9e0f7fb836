"""The lint ruleset (redocly.yaml) passes the document and catches each kind of rot it is there for."""

from __future__ import annotations

import copy
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from support.document import ROOT, SPEC_PATH, load

REDOCLY = ROOT / "tools" / "node_modules" / ".bin" / "redocly"


def lint(path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_COLOR": "1"}
    return subprocess.run(
        [str(REDOCLY), "lint", "--config", str(ROOT / "redocly.yaml"), str(path)],
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


@pytest.mark.parametrize("name", MUTATIONS)
def test_lint_catches(name: str, tmp_path: Path) -> None:
    mutate, rule, where = MUTATIONS[name]
    document = copy.deepcopy(load())
    mutate(document)
    broken = tmp_path / "cobalt.yaml"
    broken.write_text(yaml.safe_dump(document, sort_keys=False))
    result = lint(broken)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert rule in output
    assert where in output
