"""The sandbox's behaviour, apart from HTTP (app.py) and storage (store.py), as moto keeps its
backends: each operation is one transaction that first lets due bookings settle, then applies the
EHR's rules (rules.py) to the stored appointments.

A booking's move from `pending` to `scheduled` (or `failed`) is applied lazily, by the first
operation after it is due, so no timer thread is needed and a restart loses nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from cobalt_kit.sandbox import rules
from cobalt_kit.sandbox.seed import demo_appointments
from cobalt_kit.sandbox.store import Narrowing, Store


class Backend:
    def __init__(self, store: Store, booking_delay: float, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        # Seconds a booking stays pending; a test may change it on a running sandbox.
        self.booking_delay = booking_delay
        self._clock = clock

    @contextmanager
    def _transaction(self) -> Iterator[Store]:
        with self.store.transaction() as store:
            for id_, doc in store.due(self._clock()):
                store.write(id_, rules.settled(id_, doc), settles_at=None)
            yield store

    def seed(self, practices: Iterable[str]) -> None:
        """Gives each practice the demo schedule, once (a restart keeps what it has). The first keeps
        the ids of the reference's examples, so its curl examples answer here too."""
        with self._transaction() as store:
            for index, practice in enumerate(practices):
                if not store.has_practice(practice):
                    store.add_practice(practice)
                    for doc in demo_appointments(with_reference_ids=index == 0):
                        store.insert(practice, doc, settles_at=None)

    def reset(self, practices: Iterable[str]) -> None:
        """Forgets every change: the demo data again, ids restarting where a fresh sandbox's do."""
        with self._transaction() as store:
            store.clear()
        self.seed(practices)

    def list(self, practice: str, filters: rules.Filters) -> list[dict[str, Any]]:
        phone = rules.digits(filters.patient_phone) if filters.patient_phone is not None else None
        if phone == "":  # a phone filter without a digit matches nothing
            return []
        narrowing = Narrowing(filters.patient_mrn, phone, filters.appointment_mode, filters.patient_name)
        with self._transaction() as store:
            docs = store.between(practice, filters.start.isoformat(), filters.end.isoformat(), narrowing)
        return [rules.public(doc, filters.include_note) for doc in docs if rules.matches(doc, filters)]

    def get(self, practice: str, id_: str) -> dict[str, Any] | None:
        with self._transaction() as store:
            doc = store.load(practice, id_)
        return rules.public(doc, include_note=False) if doc else None

    def create(self, practice: str, fields: dict[str, Any]) -> str:
        doc = rules.new_appointment(fields)
        with self._transaction() as store:
            return store.insert(practice, doc, settles_at=self._clock() + self.booking_delay)

    def update(self, practice: str, id_: str, fields: dict[str, Any]) -> bool:
        """False when there is no such appointment; rules.Conflict when its status forbids the change."""
        with self._transaction() as store:
            doc = store.load(practice, id_)
            if doc is None:
                return False
            changed, waits = rules.updated(doc, fields)
            store.write(id_, changed, settles_at=self._clock() + self.booking_delay if waits else None)
            return True
