"""The load section's case table and its ratios (#25): availability for 10 providers over a
Monday-to-Friday week and a patient search, timed at two store sizes, each against Prism."""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import parse_qs, urlsplit

import pytest

from cobalt_kit.sandbox.settings import Settings

import bench_servers
import bench_workflow


def test_the_workflow_cases_ask_for_ten_providers_over_a_working_week_and_a_last_name() -> None:
    availability = urlsplit(bench_servers.CASES["availability, 10 providers x 5 days"].path)
    query = parse_qs(availability.query)
    assert availability.path == "/availability"
    start, end = (dt.date.fromisoformat(query[name][0]) for name in ("start_date", "end_date"))
    assert (start.strftime("%A"), end.strftime("%A"), (end - start).days) == ("Monday", "Friday", 4)
    assert len(set(query["provider_ids"][0].split(","))) == 10
    search = urlsplit(bench_servers.CASES["patient search"].path)
    assert (search.path, parse_qs(search.query)) == ("/patients", {"last_name": [bench_workflow.SEARCHED]})
    # Only these two read the stored bookings or patients: only they are timed at the larger size.
    assert {name for name, case in bench_servers.CASES.items() if case.grows} == {
        "availability, 10 providers x 5 days",
        "patient search",
    }


def test_one_patient_matches_the_search_at_every_size() -> None:
    for size in (10, 1_000):
        records = bench_workflow.patient_records(size)
        assert [r["mrn"] for r in records if bench_workflow.SEARCHED in r["last_name"].lower()] == [f"B{size // 2}"]


@pytest.mark.parametrize("kind", list(bench_servers.SEEDED_PER_REQUEST))
def test_each_seed_request_fits_the_sandbox_s_body_limit(kind: str) -> None:
    size = bench_servers.SEEDED_PER_REQUEST[kind]
    if kind == "patients":
        items = bench_workflow.patient_records(100_000)[-size:]  # the longest MRNs and names
    else:
        items = [{"fields": {**bench_servers.BOOKING, "provider": who, "datetime": start}}
                 for who, start in bench_workflow.bookings(size)]  # fmt: skip
    assert len(json.dumps({kind: items}).encode()) <= Settings().max_body


def load(rate: float) -> bench_servers.Load:
    return bench_servers.Load(rate, 1.0, 2.0)


def test_each_round_gives_a_ratio_to_prism_and_of_the_growth() -> None:
    loads = {
        "sandbox": [load(400), load(300), load(500)],
        "sandbox, 100,000 stored": [load(200), load(300), load(400)],
        "Prism": [load(200), load(300), load(250)],
    }
    shown = bench_servers.summary(loads, stored=1_000)
    assert shown["sandbox"]["requests_per_second"] == 400 and shown["sandbox"]["low"] == 300
    assert shown["sandbox / Prism"] == {"median": 2.0, "low": 1.0, "high": 2.0}
    assert shown["sandbox, 100,000 stored / Prism"] == {"median": pytest.approx(1.0), "low": 1.0, "high": 1.6}
    assert shown["time per request, 100,000 / 1,000 stored"] == {"median": 1.25, "low": 1.0, "high": 2.0}
