"""The patient pages' rules (sandbox/patients.py): a cached search's matching, a live search's and
a live appointment fetch's requirements in the pages' own words, and a create's missing fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cobalt_kit.sandbox.families.availability.rules import InvalidQuery
from cobalt_kit.sandbox.families.live_fetch.rules import appointment_fetch
from cobalt_kit.sandbox.families.patients.rules import PatientFilters, fetch_search, matches, missing_fields

names = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ '-", min_size=1, max_size=12)
patients = st.fixed_dictionaries({
    "mrn": st.text(alphabet="0123456789", min_size=1, max_size=8),
    "first_name": names,
    "last_name": names,
    "dob": st.dates(dt.date(1920, 1, 1), dt.date(2025, 1, 1)).map(dt.date.isoformat),
    "phone": st.text(alphabet="0123456789", min_size=10, max_size=10),
})  # fmt: skip


@given(patients, st.data())
def test_a_part_of_a_name_in_any_case_finds_the_patient(patient: dict[str, Any], data: st.DataObject) -> None:
    name = patient["last_name"]
    start = data.draw(st.integers(0, len(name) - 1))
    part = name[start : data.draw(st.integers(start + 1, len(name)))]
    assert matches(patient, PatientFilters(last_name=part.swapcase()))
    assert matches(patient, PatientFilters(last_name=part, first_name=patient["first_name"].upper()))


@given(patients)
def test_a_phone_matches_by_its_digits_however_written(patient: dict[str, Any]) -> None:
    phone = patient["phone"]
    written = f"({phone[:3]}) {phone[3:6]}-{phone[6:]}"
    assert matches(patient, PatientFilters(phone=written))
    assert matches(patient, PatientFilters(phone="+1 " + written))
    other = str((int(phone) + 1) % 10**10).zfill(10)
    assert not matches(patient, PatientFilters(phone=other))


@given(patients, patients)
def test_exact_filters_tell_patients_apart(patient: dict[str, Any], other: dict[str, Any]) -> None:
    assert matches(patient, PatientFilters(mrn=patient["mrn"], dob=patient["dob"]))
    assert matches(other, PatientFilters(mrn=patient["mrn"])) is (other["mrn"] == patient["mrn"])
    assert matches(other, PatientFilters(dob=patient["dob"])) is (other["dob"] == patient["dob"])
    assert not matches(patient, PatientFilters(phone="no digits"))


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({}, "Missing required parameters: search_by."),
        ({"search_by": "dob"}, "At least one of the following parameters must be provided: dob, first_name"),
        ({"search_by": "dob", "first_name": "J"}, "Missing required parameters: dob."),
        ({"search_by": "mrn", "dob": "1980-01-01"}, "Missing required parameters: mrn."),
    ],
)
def test_a_live_search_refuses_in_the_pages_words(body: dict[str, Any], words: str) -> None:
    with pytest.raises(InvalidQuery) as refused:
        fetch_search(body)
    assert words in str(refused.value)


def test_a_live_search_searches_by_the_values_search_by_names() -> None:
    assert fetch_search({"search_by": "name", "first_name": "John", "last_name": "Doe", "dob": "1980-01-01"}) == {
        "first_name": "John", "last_name": "Doe"}  # fmt: skip
    assert fetch_search({"search_by": "name", "last_name": "Doe"}) == {"last_name": "Doe"}
    assert fetch_search({"mrn": "MRN123456", "include": ["insurances"]}) == {"mrn": "MRN123456"}


def test_a_create_lacks_the_practices_required_fields_it_leaves_out() -> None:
    required = ["first_name", "last_name", "dob", "sex"]
    assert missing_fields({"first_name": "J", "last_name": "S", "dob": ""}, required) == ["dob", "sex"]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({}, "Missing required parameters: start_date, end_date."),
        ({"start_date": "2025-01-01", "end_date": "01/07/2025"}, "Invalid date format. Use ISO format (YYYY-MM-DD)."),
        ({"start_date": "2025-01-07", "end_date": "2025-01-01"}, "end_date must be after start_date."),
        ({"start_date": "2025-01-01", "end_date": "2025-01-08"}, "Date range cannot exceed 7 days."),
        ({"search_by": "mrn"}, "Missing required parameters: mrn."),
        ({"search_by": "provider", "start_date": "2025-01-01", "end_date": "2025-01-05", "provider_ids": ["a", "b"]},
         "start_date must equal end_date"),
        ({"search_by": "provider", "start_date": "2025-01-01", "end_date": "2025-01-07", "provider_ids": ["a"]},
         "at most 5 days after"),
        ({"search_by": "provider", "start_date": "2025-01-01", "end_date": "2025-01-01", "provider_ids": []},
         "between 1 and 10"),
    ],
)  # fmt: skip
def test_a_live_appointment_fetch_refuses_in_the_pages_words(body: dict[str, Any], words: str) -> None:
    with pytest.raises(InvalidQuery) as refused:
        appointment_fetch(body, "eClinicalWorks")
    assert words in str(refused.value)


def test_a_live_appointment_fetch_takes_the_pages_examples_and_names_an_ehr_it_cannot_reach() -> None:
    week = {"start_date": "2025-01-01", "end_date": "2025-01-07"}
    assert appointment_fetch(week, "eClinicalWorks").mode == "date_range"
    assert appointment_fetch({"search_by": "mrn", "mrn": "12345"}, "eClinicalWorks").mrn == "12345"
    one = {"search_by": "provider", "start_date": "2025-01-01", "end_date": "2025-01-05", "provider_ids": ["prov_789"]}
    assert appointment_fetch(one, "eClinicalWorks").provider_ids == ("prov_789",)
    with pytest.raises(InvalidQuery) as refused:
        appointment_fetch(week, "WebPT")
    assert "not supported for WebPT. Currently supported: eClinicalWorks." in str(refused.value)
