"""The response variants live in one table (`cobalt_kit.variants`, rendered from the document): the
client reads which variant it got from it, the sandbox answers in the variant it names for its
setting, and the contract runner names a server's variants with it."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import render_operations
import yaml

from cobalt_kit import variants

from support import reference

DOCUMENT = render_operations.DOCUMENT
BOOKING = {"mrn": "VARIANT-1", "location": "54252", "provider": "6644", "type": "f/u",
           "datetime": "2031-03-04T10:00:00-05:00"}  # fmt: skip


def test_the_committed_table_is_what_the_document_renders_to() -> None:
    fresh = render_operations.formatted(render_operations.variant_table(yaml.safe_load(DOCUMENT.read_text())))
    committed = (render_operations.OUTPUT.parent / render_operations.TABLE_NAME).read_text()
    assert fresh == committed, "variant_table.py drifted from openapi/cobalt.yaml: run `make client` and commit"


def test_the_table_holds_the_documents_named_branches() -> None:
    document = yaml.safe_load(DOCUMENT.read_text())
    for operation_id in ("list_appointments", "create_appointment", "update_appointment", "register_webhook",
                         "list_webhook_events"):  # fmt: skip
        assert list(variants.of(operation_id)) == variants.operation_alternatives(document, operation_id)
    assert variants.of("delete_webhook") == ()


def test_each_generation_answers_in_the_variant_named_after_it_or_the_latest_before_it() -> None:
    assert [variants.answered("list_appointments", g) for g in variants.GENERATIONS] == [
        "reference", "current", "current"]  # fmt: skip
    assert [variants.answered("create_appointment", g) for g in variants.GENERATIONS] == list(variants.GENERATIONS)
    assert [variants.answered("list_webhook_events", g) for g in variants.GENERATIONS] == [None, None, "newest"]


def answers(url: str) -> dict[str, Any]:
    with httpx.Client(base_url=url, headers=reference.EXAMPLE_CREDENTIALS, timeout=10) as http:
        created = http.post("/appointments", json=BOOKING).json()
        id_ = created.get("appointment_id") or created["data"]["appointment_id"]
        return {
            "create_appointment": created,
            "list_appointments": http.get(
                "/appointments", params={"start_date": "2031-03-04", "end_date": "2031-03-04"}
            ).json(),
            "update_appointment": http.patch(f"/appointments/{id_}", json={"note": "n"}).json(),
            "register_webhook": http.post("/webhook", json={"webhook_url": "http://127.0.0.1:9/h"}).json(),
        }


@pytest.mark.parametrize("generation", variants.GENERATIONS)
def test_the_sandbox_answers_in_the_variants_the_table_names_for_its_setting(
    generation: str, request: pytest.FixtureRequest
) -> None:
    fixture = {"reference": "sandbox_url", "current": "current_sandbox_url", "newest": "newest_sandbox_url"}
    found = answers(request.getfixturevalue(fixture[generation]))
    for operation_id, body in found.items():
        naming = variants.name(body, variants.of(operation_id))
        wanted = variants.answered(operation_id, generation)
        assert naming.unmatched == () and (wanted is None or wanted in naming.names), (operation_id, naming)
