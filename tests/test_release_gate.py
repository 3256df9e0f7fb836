"""The breaking-change gate: a breaking change passes only as a major release marked in the changelog."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest

import release_gate
from support.document import ROOT, SPEC_PATH, dump, load

CHANGELOG = "# Changelog\n\n## 1.0.0 — 2026-11-25\n\nFirst release.\n"
BREAKING_ENTRY = "## 2.0.0 — BREAKING\n\nRemoved a field.\n\n"


def appointment(doc: dict) -> dict:
    return doc["components"]["schemas"]["Appointment"]


def list_parameter(doc: dict, name: str) -> dict:
    return doc["components"]["parameters"][name]


def gate(tmp_path: Path, mutate: Callable[[dict], None], version: str = "1.0.0", changelog: str = CHANGELOG) -> list:
    document = copy.deepcopy(load())
    mutate(document)
    document["info"]["version"] = version
    path, log = tmp_path / "cobalt.yaml", tmp_path / "CHANGELOG.md"
    path.write_text(dump(document))
    log.write_text(changelog)
    released = tmp_path / "cobalt-1.0.0.yaml"
    released.write_text(dump({**load(), "info": {**load()["info"], "version": "1.0.0"}}))
    return release_gate.check(released, path, log)


BREAKING = {
    "response field removed": lambda d: appointment(d)["properties"].pop("patient_phone"),
    "response field type narrowed": lambda d: appointment(d)["properties"]["duration"].update(type="string"),
    "enum value removed": lambda d: d["components"]["schemas"]["AppointmentMode"]["enum"].remove("telemedicine"),
    "parameter newly required": lambda d: list_parameter(d, "PatientMrn").update(required=True),
    "parameter removed": lambda d: d["paths"]["/appointments"]["get"]["parameters"].pop(),
    "operation removed": lambda d: d["paths"]["/appointments/{id}"].pop("patch"),
    "request field newly required": lambda d: d["components"]["schemas"]["UpdateAppointmentRequest"].update(
        required=["note"]
    ),
}


@pytest.mark.parametrize("name", BREAKING)
def test_breaking_change_fails_the_gate(tmp_path: Path, name: str) -> None:
    problems = gate(tmp_path, BREAKING[name])
    assert problems
    assert "2.0.0" in problems[-1]


def test_the_message_says_what_and_where(tmp_path: Path) -> None:
    problems = gate(tmp_path, BREAKING["response field removed"])
    assert any("patient_phone" in p and "#/components/schemas/Appointment" in p for p in problems)


def test_new_optional_field_passes(tmp_path: Path) -> None:
    def add(doc: dict) -> None:
        appointment(doc)["properties"]["room"] = {"type": "string", "description": "The room of the visit."}

    assert gate(tmp_path, add, version="1.1.0") == []


def test_breaking_change_released_as_major_and_marked_passes(tmp_path: Path) -> None:
    changelog = CHANGELOG.replace("## 1.0.0", BREAKING_ENTRY + "## 1.0.0")
    assert gate(tmp_path, BREAKING["response field removed"], version="2.0.0", changelog=changelog) == []


def test_major_bump_without_a_breaking_entry_fails(tmp_path: Path) -> None:
    assert gate(tmp_path, BREAKING["response field removed"], version="2.0.0") != []


def test_breaking_entry_without_a_major_bump_fails(tmp_path: Path) -> None:
    changelog = CHANGELOG.replace("## 1.0.0", BREAKING_ENTRY + "## 1.0.0")
    assert gate(tmp_path, BREAKING["response field removed"], version="1.1.0", changelog=changelog) != []


def test_the_working_document_passes_against_its_release() -> None:
    released = release_gate.released_contracts(ROOT / "openapi" / "released")[-1]
    assert release_gate.check(released, SPEC_PATH, ROOT / "CHANGELOG.md") == []


def test_the_newest_release_is_chosen_by_version(tmp_path: Path) -> None:
    for version in ("1.2.0", "1.10.0", "1.9.3"):
        (tmp_path / f"cobalt-{version}.yaml").write_text("")
    assert release_gate.released_contracts(tmp_path)[-1].name == "cobalt-1.10.0.yaml"


def test_the_changelog_has_the_documents_version() -> None:
    version = load()["info"]["version"]
    assert f"## {version}" in (ROOT / "CHANGELOG.md").read_text()
