"""The document marks patient data once (`x-phi`, cobalt_kit.phi), and every reader reads that mark:
the lint rule holds the document to it, and the log filter blanks what a marked name carries."""

from __future__ import annotations

import copy
import logging

import pytest

from cobalt_kit import phi

from support.document import load


def test_every_property_of_an_object_that_holds_patient_data_is_marked_one_way_or_the_other() -> None:
    assert phi.problems(load()) == []


def test_the_rule_names_an_unmarked_property_beside_marked_ones_and_a_patient_like_name() -> None:
    document = copy.deepcopy(load())
    appointment = document["components"]["schemas"]["Appointment"]["properties"]
    appointment["favourite_colour"] = {"type": "string"}
    document["components"]["schemas"]["Patient"] = {
        "type": "object",
        "properties": {"id": {"type": "string"}, "date_of_birth": {"type": "string"}},
    }
    document["components"]["parameters"]["PatientEmail"] = {"name": "patient_email", "in": "query"}
    appointment["patient_mrn"]["x-phi"] = "yes"
    found = phi.problems(document)
    assert any("Appointment/properties/favourite_colour: unmarked" in problem for problem in found)
    assert any("Patient/properties/date_of_birth: its name looks like patient data" in p for p in found)
    assert any("PatientEmail (patient_email)" in problem for problem in found)
    assert any("patient_mrn: x-phi is 'yes'" in problem for problem in found)
    assert not any("Patient/properties/id" in problem for problem in found)


def test_the_marks_name_the_patient_fields_the_free_text_and_the_secrets() -> None:
    marks = phi.marks(load())
    assert {"patient_name", "patient_mrn", "patient_dob", "patient_phone", "mrn", "insurance_number"} <= marks.phi
    assert {"note", "reason", "progress_note", "message", "description"} <= marks.text
    assert {"webhook_secret_key", "webhook_secret", "secret"} <= marks.secret
    assert {"patient_mrn", "patient_name", "patient_phone"} <= marks.parameters
    assert not {"id", "datetime", "status", "location", "appointment_id"} & (marks.phi | marks.text)


@pytest.mark.parametrize(
    "line",
    [
        "patient_name=Quorra Vantablack&start_date=2024-01-01",
        "{'patient_mrn': 'MRN-QX-77', 'status': 'scheduled'}",
        '{"note": "Quorra says \\"hi\\"", "id": "1"}',
        "webhook_secret_key: whsec_canary",
    ],
)
def test_the_log_filter_blanks_the_value_of_every_marked_name(line: str, caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("cobalt_kit.test_phi_marks")
    phi.install_log_filter(logger.name)
    with caplog.at_level(logging.INFO, logger=logger.name):
        logger.info("seen %s", line)
    (record,) = caplog.records
    shown = record.getMessage()
    for canary in ("Quorra", "MRN-QX-77", "whsec_canary"):
        assert canary not in shown
    assert "[redacted]" in shown
    assert "scheduled" in shown or "start_date" in shown or "id" in shown or "webhook_secret_key" in shown


def test_the_log_filter_blanks_a_traceback_too(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("cobalt_kit.test_phi_marks.traceback")
    phi.install_log_filter(logger.name)
    with caplog.at_level(logging.INFO, logger=logger.name):
        try:
            raise ValueError("{'patient_phone': '+1 555 0199 7731'}")
        except ValueError:
            logger.exception("failed")
    assert "0199 7731" not in caplog.text


def test_the_sandbox_s_loggers_blank_what_a_marked_name_carries(caplog: pytest.LogCaptureFixture) -> None:
    from cobalt_kit.sandbox.app import create_app
    from cobalt_kit.sandbox.settings import Settings

    create_app(Settings(db_path=":memory:"))
    for name in ("cobalt_kit.sandbox", "cobalt_kit.sandbox.webhooks", "uvicorn.error"):
        with caplog.at_level(logging.INFO, logger=name):
            logging.getLogger(name).error("broke on {'patient_name': 'Quorra Vantablack'}")
    assert caplog.records and "Quorra" not in caplog.text


def test_a_filter_of_no_marks_blanks_nothing() -> None:
    assert phi.RedactingFilter(frozenset()).redact("status: scheduled, id=7") == "status: scheduled, id=7"
