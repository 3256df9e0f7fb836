"""The booking workflow's scale benchmarks (#25): availability for 10 providers over 5 days, and a
patient search, each timed in-process with few and with many stored bookings and patients. The
figures are reported, not asserted: the answer is the same at every size, so a ratio near 1 says
both are answered through indexes rather than by reading every row."""

from __future__ import annotations

import datetime as dt
import functools
import statistics
import time
from collections.abc import Callable
from typing import Any

from cobalt_kit.sandbox.backend import Backend
from cobalt_kit.sandbox.core import Origin
from cobalt_kit.sandbox.families.appointments.model import Appointments
from cobalt_kit.sandbox.families.appointments.seed import demo_appointments
from cobalt_kit.sandbox.families.availability.model import Availability, forget_kept
from cobalt_kit.sandbox.families.availability.rules import Query
from cobalt_kit.sandbox.families.patients.model import Patients
from cobalt_kit.sandbox.families.patients.rules import PatientFilters
from cobalt_kit.sandbox.families.providers.model import Providers
from cobalt_kit.sandbox.families.providers.seed import REFERENCE_ID
from cobalt_kit.sandbox.store import Store

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONDAY = dt.date(2031, 3, 3)
FRIDAY = MONDAY + dt.timedelta(days=4)
PROVIDERS = [f"80{n:02d}" for n in range(8)]  # with the demo practice's two: ten providers
QUERIED = ["6644", "7755", *PROVIDERS]
# The one patient a search by this part of a last name finds, at every size.
SEARCHED = "quill"
ORIGIN = Origin("ci_bench", "bench")


def provider_entries() -> list[dict[str, Any]]:
    """The eight providers a practice gets beside the demo's two: weekdays 8 to 5 at Good Clinic."""
    shift = {"start": "T08:00:00", "end": "T17:00:00", "facility_id": REFERENCE_ID}
    hours = [{"day": day, "shifts": [shift]} for day in WEEKDAYS]
    return [{"ehr_id": e, "name": f"Bench {e}", "hours": hours} for e in PROVIDERS]


def bookings(size: int) -> list[tuple[str, str]]:
    """(provider, start) of `size` bookings: over 900 days before the measured week, but for 50 in
    it, five for each provider (the same answer at every size)."""
    found = []
    for n in range(size):
        day = dt.date(2027, 1, 1) + dt.timedelta(days=n % 900) if n >= 50 else MONDAY + dt.timedelta(days=n % 5)
        found.append((QUERIED[n % 10], f"{day.isoformat()}T{9 + n % 7:02d}:00:00-08:00"))
    return found


def patient_records(size: int) -> list[dict[str, Any]]:
    """`size` patients, of whom one (in the middle) has a last name with SEARCHED in it."""
    return [
        {"mrn": f"B{n}", "first_name": f"Sample{n}", "last_name": "Quillon" if n == size // 2 else f"Bench{n}",
         "dob": "1990-01-01"}
        for n in range(size)
    ]  # fmt: skip


def _backend(size: int) -> Backend:
    """A practice with `size` bookings and `size` patients, ten providers."""
    backend = Backend(Store(":memory:"), booking_delay=3600)
    backend.seed(["demo"])
    backend.family(Providers).seed_entries("providers", "demo", provider_entries(), ORIGIN)
    appointments = backend.family(Appointments)
    with backend.transaction():
        for n, (who, start) in enumerate(bookings(size)):
            doc = {**demo_appointments(False)[n % 9], "id": None, "provider_ehr_id": who, "_provider": who,
                   "datetime": start}  # fmt: skip
            appointments.tables.insert("demo", doc, settles_at=None)
    records = patient_records(size)
    for first in range(0, size, 10_000):
        backend.family(Patients).seed_patients("demo", records[first : first + 10_000], ORIGIN)
    return backend


def _median_ms(call: Any, calls: int) -> float:
    times = []
    for _ in range(calls):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def workflow_scale(sizes: tuple[int, ...], calls: int) -> dict[str, Any]:
    """Milliseconds (median of `calls`) by stored bookings and patients, and largest / smallest."""
    figures: dict[str, Any] = {}
    for size in sizes:
        backend = _backend(size)
        query = Query(MONDAY, FRIDAY, provider_ids=frozenset(QUERIED))
        availability, patients = backend.family(Availability), backend.family(Patients)
        named = PatientFilters(last_name=SEARCHED)

        def computed(
            query: Query = query, availability: Availability = availability, backend: Backend = backend
        ) -> None:
            # What a query costs once something was written (an answer served again as it was, while
            # nothing was, costs a transaction).
            with backend.transaction():
                availability.compute("demo", query)

        def afresh(computed: Callable[[], None] = computed) -> None:
            forget_kept()
            computed()

        measured = {
            "availability, 10 providers x 5 days": computed,
            # The same with nothing kept from an earlier query (forgetting it is timed too: it is cheap).
            "availability, 10 providers x 5 days, nothing kept": afresh,
            "patient search by last name": functools.partial(patients.search, "demo", named, 1, 50),
        }
        for label, call in measured.items():
            figures.setdefault(label, {})[str(size)] = _median_ms(call, calls)
    for by_size in figures.values():
        by_size[f"{sizes[-1]} / {sizes[0]}"] = by_size[str(sizes[-1])] / by_size[str(sizes[0])]
    return figures
