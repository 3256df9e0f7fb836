"""The patients' store (families/patients/tables.py): a search answers what the pure rule
(rules.matches) says for any patients and filters, and each filter is answered through an index,
never by reading every patient."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cobalt_kit.sandbox.families.patients.rules import PatientFilters, matches
from cobalt_kit.sandbox.families.patients.tables import PatientTables
from cobalt_kit.sandbox.store import Store

names = st.sampled_from(["Jane", "jan", "Doe", "doe-smith", "Sam", "O'Neil", "An", "50%_off", "Zed"])
patients = st.lists(
    st.fixed_dictionaries({
        "mrn": st.sampled_from(["1", "2", "3", "414421"]),
        "ehr_id": st.sampled_from(["e1", "e2"]),
        "first_name": names,
        "last_name": names,
        "dob": st.sampled_from(["1990-01-01", "1994-08-12"]),
        "phone": st.sampled_from(["555-010-0142", "(555) 010-0177", "5550100142"]),
    }),
    max_size=8,
)  # fmt: skip
filters = st.builds(
    PatientFilters,
    dob=st.none() | st.sampled_from(["1990-01-01", "1994-08-12"]),
    first_name=st.none() | st.sampled_from(["jan", "JANE", "an", "zed", "%", "_off", "neil"]),
    last_name=st.none() | st.sampled_from(["doe", "DOE-S", "o'n", "50%", "x"]),
    mrn=st.none() | st.sampled_from(["1", "414421"]),
    ehr_id=st.none() | st.sampled_from(["e1"]),
    phone=st.none() | st.sampled_from(["5550100142", "+1 (555) 010-0177", "none"]),
)


def stored(records: list[dict[str, Any]]) -> PatientTables:
    tables = PatientTables(Store(":memory:"))
    tables.insert_many("demo", [(f"P{n}", record) for n, record in enumerate(records)])
    tables.insert_many("other", [("Q0", records[0])] if records else [])
    return tables


@settings(max_examples=200, deadline=None)
@given(patients, filters, st.integers(1, 3))
def test_a_search_answers_what_the_rule_says(records: list[dict[str, Any]], wanted: PatientFilters, size: int) -> None:
    tables = stored(records)
    expected = [r for r in records if matches(r, wanted)]
    found, total = tables.search("demo", wanted, 1, 100)
    assert (found, total) == (expected, len(expected))
    paged = [p for page in range(1, len(expected) // size + 2) for p in tables.search("demo", wanted, page, size)[0]]
    assert paged == expected


@pytest.mark.parametrize(
    ("wanted", "index"),
    [
        (PatientFilters(mrn="1"), "patients_by_mrn"),
        (PatientFilters(ehr_id="e1"), "patients_by_ehr_id"),
        (PatientFilters(dob="1990-01-01"), "patients_by_dob"),
        (PatientFilters(phone="555-010-0142"), "patients_by_phone"),
        # The trigram index answering the LIKE ("L"), then each match's row by its key.
        (PatientFilters(last_name="doe"), "n_last_name VIRTUAL TABLE INDEX 0:L"),
        (PatientFilters(first_name="jan"), "n_first_name VIRTUAL TABLE INDEX 0:L"),
        (PatientFilters(), "patients_by_practice"),
    ],
)
def test_each_filter_is_answered_through_an_index(wanted: PatientFilters, index: str) -> None:
    tables = stored([{"mrn": "1", "ehr_id": "e1", "first_name": "Jane", "last_name": "Doe", "dob": "1990-01-01",
                      "phone": "555-010-0142"}])  # fmt: skip
    plans = []
    db = tables._db
    original = db.execute

    def explained(sql: str, values: Any = ()) -> Any:
        if sql.startswith("SELECT p.doc"):
            plans.append(" ".join(str(row[-1]) for row in original("EXPLAIN QUERY PLAN " + sql, values)))
        return original(sql, values)

    tables._db = type("Traced", (), {"execute": staticmethod(explained)})()
    tables.search("demo", wanted, 1, 10)
    (plan,) = plans
    assert index in plan
    assert not re.search(r"\bSCAN p\b", plan)  # never every patient of the table


def test_a_day_of_birth_that_is_no_date_and_a_phone_without_digits_match_nothing() -> None:
    tables = stored(
        [{"mrn": "1", "first_name": "Jane", "last_name": "Doe", "dob": "1990-01-01", "phone": "5550100142"}]
    )
    assert tables.search("demo", PatientFilters(phone="no digits"), 1, 10) == ([], 0)
    assert tables.search("demo", PatientFilters(dob=dt.date(1990, 1, 2).isoformat()), 1, 10) == ([], 0)


def test_a_page_past_the_last_or_past_64_bits_is_empty_not_an_error() -> None:
    tables = stored([{"mrn": "1", "first_name": "Jane", "last_name": "Doe"}])
    assert tables.search("demo", PatientFilters(), 2, 1) == ([], 1)
    assert tables.search("demo", PatientFilters(), 2**70, 2**40) == ([], 1)
