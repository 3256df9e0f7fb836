"""The sandbox's behaviour, apart from HTTP (app.py) and storage (store.py), as moto keeps its
backends: each operation is one transaction that first lets due bookings settle, then applies the
EHR's rules (rules.py) to the stored appointments, and writes the webhook events the change causes
(events.py) in the same transaction: an outbox, so a restart delivers what was not yet delivered.

A booking's move from `pending` to `scheduled` (or `failed`) is applied by the first transaction
after it is due: an operation's, or the courier's tick (delivery.py), which runs a few times a
second so that its event goes out without a request to wake it.

A reset voids the calls in flight for what it resets: a call notes the count of resets when it
begins (`Origin.began`), and its write's transaction refuses it (`Voided`) when its practice, or
the whole sandbox, was reset since. The check is in the write's own transaction, under the store's
lock that every reset holds too, so no write of a call begun before a reset lands after it: not
a create the client gave up on while a delay fault held it, and not the booking's later settle or
events, which only a written change causes.
"""

from __future__ import annotations

import datetime as dt
import secrets
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from cobalt_kit.sandbox import events, rules
from cobalt_kit.sandbox.seed import demo_appointments
from cobalt_kit.sandbox.settings import DEFAULT_EHR
from cobalt_kit.sandbox.store import Narrowing, Store
from cobalt_kit.webhooks import as_json_stringify

# A practice's clock stays before this moment. Its time is answered in RFC 3339, whose years have
# four digits, and it runs on at the wall clock's pace after an advance: a year in hand keeps it
# answerable for as long as a sandbox runs (a restart puts it back to the wall clock).
LAST_CLOCK = dt.datetime(9999, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Origin:
    """Whose call caused a change: the integration (client_id) its events go to, and the access
    token's reference they name; `began`: the backend's count of resets when the call began
    (`Backend.resets`), which a reset since then voids."""

    client_id: str
    reference_id: str
    began: int = 0


class Voided(Exception):
    """The call began before a reset of what it writes to: nothing of it was written."""


class PastLastClock(ValueError):
    """An advance that would take a practice's clock to LAST_CLOCK or beyond."""


class Backend:
    def __init__(
        self,
        store: Store,
        booking_delay: float,
        clock: Callable[[], float] = time.time,
        ehrs: Mapping[str, str] | None = None,
    ) -> None:
        self.store = store
        # Each practice's EHR (settings.CredentialSet.ehr); one not named runs the default.
        self._ehrs = dict(ehrs or {})
        self.home_ehrs = dict(self._ehrs)
        # Told of each event written (the test controls' coverage tally): its type and data.
        self.on_event: Callable[[str, dict[str, Any]], None] | None = None
        # Seconds a booking stays pending; a test may change it on a running sandbox.
        self.booking_delay = booking_delay
        self._clock = clock
        # Each practice's test clock: seconds ahead of the wall clock (in memory: a restart puts
        # every clock back to the wall clock's time).
        self.advanced: dict[str, float] = {}
        # Resets so far (a call notes the count as `Origin.began`), and the count at the last reset
        # of each practice and of the whole sandbox; changed only under the store's lock. In
        # memory: a restart ends every call in flight anyway.
        self.resets = 0
        self._practice_reset: dict[str, int] = {}
        self._sandbox_reset = 0

    def now(self, practice: str) -> float:
        """The practice's time, which its bookings' delays are measured on."""
        return self._clock() + self.advanced.get(practice, 0.0)

    def advance(self, practice: str, seconds: float, origin: Origin) -> float:
        """Moves the practice's clock forward (and settles what is then due); its time afterwards.
        PastLastClock, and the clock left as it was, when it would reach LAST_CLOCK."""
        with self._transaction(practice, origin) as store:
            if self.now(practice) + seconds >= LAST_CLOCK.timestamp():
                raise PastLastClock
            self.advanced[practice] = self.advanced.get(practice, 0.0) + seconds
            self._settle_due(store)
            return self.now(practice)

    @contextmanager
    def _transaction(self, practice: str = "", origin: Origin | None = None) -> Iterator[Store]:
        """One transaction, due bookings settled first. With the call's `origin`, a write of that
        call to `practice` ("" for the integration's webhook settings): Voided, before anything is
        written, when a reset of the practice or of the sandbox came after the call began."""
        with self.store.transaction() as store:
            if origin is not None and max(self._sandbox_reset, self._practice_reset.get(practice, 0)) > origin.began:
                raise Voided
            self._settle_due(store)
            yield store

    def _settle_due(self, store: Store) -> None:
        furthest = self._clock() + max(self.advanced.values(), default=0.0)
        for practice, id_, settles_at, doc in store.due(furthest):
            if settles_at <= self.now(practice):
                self._settle(store, id_, doc, self._outcome(store, practice, id_, doc))

    def _outcome(
        self, store: Store, practice: str, id_: str, doc: dict[str, Any], failure: str | None = None
    ) -> dict[str, Any]:
        """What the EHR makes of a pending booking (rules.settled), with the double-booking check
        of the practice's EHR run against the provider's schedule as stored now."""
        conflict = None
        if failure is None and rules.checks_double_booking(doc, self._ehrs.get(practice, DEFAULT_EHR)):
            try:
                first, last = rules.search_days(doc)
                start, end = rules.span(doc)
            except OverflowError:
                # A visit that runs off the calendar's first or last day: no stored visit or block can
                # lie there, and a settle must never fail (every transaction settles what is due).
                return rules.settled(id_, doc, failure, conflict)
            blocks = store.blocks(practice, rules.provider_names(doc), start.timestamp(), end.timestamp())
            schedule = store.between(practice, first.isoformat(), last.isoformat())
            conflict = rules.double_booking(doc, schedule, blocks)
        return rules.settled(id_, doc, failure, conflict)

    def _settle(self, store: Store, id_: str, pending: dict[str, Any], done: dict[str, Any]) -> None:
        """Writes a settled booking and its operation event (with the job of the call that asked)."""
        store.write(id_, pending, done, settles_at=None)
        if done["status"] == "scheduled":
            kind, data = "appointment.created", events.created(done)
        else:
            kind, data = "appointment.failed", events.failed(done)
        self._emit(store, kind, data, _origin_of(done), done.get("_job_id"))

    def _emit(self, store: Store, type_: str, data: dict[str, Any], origin: Origin | None, job_id: str | None) -> None:
        if origin is None:  # a demo appointment nobody's call changed: no integration to tell
            return
        event = events.envelope(type_, data, origin.reference_id, job_id, self._clock())
        body = as_json_stringify(event).decode()
        # Deliveries are due in real time, whatever clock settles bookings.
        store.add_event(event["id"], origin.client_id, origin.reference_id, job_id, body, time.time())
        if self.on_event is not None:
            self.on_event(type_, data)

    def settle_due(self) -> None:
        """Settles the bookings that are due (and writes their events); nothing else."""
        with self._transaction():
            pass

    def seed(self, practices: Iterable[str]) -> None:
        """Gives each practice the demo schedule, once (a restart keeps what it has). The first keeps
        the ids of the reference's examples, so its curl examples answer here too."""
        with self._transaction() as store:
            _seed_missing(store, practices)

    def reset(self, practices: Iterable[str]) -> None:
        """Forgets every change (and every webhook registration and event) and every clock's
        advance, and voids the calls in flight: the demo data again, ids restarting where a fresh
        sandbox's do."""
        with self._transaction() as store:
            self.resets += 1
            self._sandbox_reset = self.resets
            store.clear()
            self.advanced.clear()
            _seed_missing(store, practices)

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

    def create(self, practice: str, fields: dict[str, Any], origin: Origin) -> tuple[str, str]:
        """The new appointment's id and the job id its settling event will carry."""
        doc, job_id = _booking(fields, origin)
        with self._transaction(practice, origin) as store:
            return store.insert(practice, doc, settles_at=self.now(practice) + self.booking_delay), job_id

    def update(self, practice: str, id_: str, fields: dict[str, Any], origin: Origin) -> bool:
        """False when there is no such appointment; rules.Conflict when its status forbids the change.
        A cancel is `appointment.cancelled`; a change the EHR takes at once `appointment.updated`; a
        failed booking sent again settles later with its own event."""
        with self._transaction(practice, origin) as store:
            doc = store.load(practice, id_)
            if doc is None:
                return False
            changed, waits = rules.updated(doc, fields)
            job_id = events.new_job_id()
            changed.update(_stamp(origin, job_id))
            store.write(id_, doc, changed, settles_at=self.now(practice) + self.booking_delay if waits else None)
            if changed["status"] == "cancelled" and doc["status"] != "cancelled":
                self._emit(store, "appointment.cancelled", events.cancelled(changed, self._clock()), origin, job_id)
            elif not waits:
                self._emit(store, "appointment.updated", events.updated(changed), origin, job_id)
            return True

    # The test controls (controls.py): a practice's reset, seeding, settling now, the EHR's side.

    def reset_practice(self, practice: str, origin: Origin, demo: bool, with_reference_ids: bool) -> None:
        """The practice's appointments (and its token's events) and its clock's advance forgotten,
        the calls in flight for it voided; the demo data or none."""
        with self._transaction(practice, origin) as store:
            self.resets += 1
            self._practice_reset[practice] = self.resets
            store.clear_practice(practice, origin.client_id, origin.reference_id)
            _seed_practice(store, practice, with_reference_ids, demo)
            self.advanced.pop(practice, None)

    def seed_appointments(
        self, practice: str, items: Iterable[tuple[dict[str, Any], str]], origin: Origin
    ) -> Sequence[str]:
        """Stores appointments as they are (no booking, no event): (create fields, status) each."""
        with self._transaction(practice, origin) as store:
            return [store.insert(practice, rules.stored(fields, status), settles_at=None) for fields, status in items]

    def settle_now(self, practice: str, id_: str, failure: str | None, origin: Origin) -> dict[str, Any] | None:
        """The EHR answers a pending booking now, as a natural settle would (rules.Conflict when it
        is not pending); None when there is no such appointment."""
        with self._transaction(practice, origin) as store:
            doc = store.load(practice, id_)
            if doc is None:
                return None
            if doc["status"] != "pending":
                raise rules.Conflict(f"A {doc['status']} appointment has nothing to settle; only a pending one has.")
            return self._settle_now(store, practice, id_, doc, failure)

    def book_and_settle(
        self, practice: str, fields: dict[str, Any], failure: str | None, origin: Origin
    ) -> tuple[dict[str, Any], str]:
        """A booking as `create` makes it, settled as `settle_now` would settle it, in one
        transaction (no natural settle can come between); the appointment, and its job id."""
        pending, job_id = _booking(fields, origin)
        with self._transaction(practice, origin) as store:
            id_ = store.insert(practice, pending, settles_at=None)
            stored = store.load(practice, id_)
            assert stored is not None
            return self._settle_now(store, practice, id_, stored, failure), job_id

    def _settle_now(
        self, store: Store, practice: str, id_: str, pending: dict[str, Any], failure: str | None
    ) -> dict[str, Any]:
        done = self._outcome(store, practice, id_, pending, failure)
        self._settle(store, id_, pending, done)
        return rules.public(done, include_note=False)

    def ehr_book(self, practice: str, fields: dict[str, Any], origin: Origin) -> str:
        """Staff book in the EHR: scheduled at once, and `appointment.created` without a job."""
        with self._transaction(practice, origin) as store:
            id_ = store.insert(practice, rules.stored(fields, "scheduled"), settles_at=None)
            done = store.load(practice, id_)
            assert done is not None
            self._emit(store, "appointment.created", events.created(done), origin, None)
            return id_

    def ehr_block(self, practice: str, fields: dict[str, Any], origin: Origin) -> str:
        """Staff block a provider's time (`provider`, `datetime`, `duration` in minutes): a booking
        with `prevent_double_booking` fails on it. No event (the vendor documents none)."""
        block = rules.block(fields)
        start, end = rules.span(block)
        with self._transaction(practice, origin) as store:
            return store.add_block(practice, fields["provider"], start.timestamp(), end.timestamp(), block["datetime"])

    def ehr_action(
        self, practice: str, id_: str, action: str, fields: dict[str, Any], origin: Origin
    ) -> dict[str, Any] | None:
        """Staff cancel, complete or change an appointment in the EHR (rules.ehr_changed), with the
        sync event the vendor documents for it (no job). None when there is no such appointment."""
        with self._transaction(practice, origin) as store:
            doc = store.load(practice, id_)
            if doc is None:
                return None
            changed = rules.ehr_changed(doc, action, fields)
            store.write(id_, doc, changed, settles_at=None)
            if action == "cancel":
                event = "appointment.cancelled", events.cancelled(changed, self._clock())
            elif action == "complete":
                event = "appointment.status_updated", events.status_updated(changed, doc["status"])
            else:
                event = "appointment.updated", events.updated(changed)
            self._emit(store, *event, origin, None)
            return rules.public(changed, include_note=False)

    # Webhooks: registrations and the secret belong to an integration (client_id), which only a
    # reset of the whole sandbox forgets (their calls reach no practice: "").

    def register_webhook(self, origin: Origin, url: str) -> tuple[str, str]:
        """The new registration's id, and the integration's secret (made at its first registration)."""
        with self._transaction("", origin) as store:
            secret = store.secret(origin.client_id)
            if secret is None:
                secret = new_secret()
                store.set_secret(origin.client_id, secret)
            return store.add_webhook(origin.client_id, url), secret

    def webhook_configuration(self, client_id: str) -> tuple[Sequence[tuple[str, str]], str | None]:
        with self._transaction() as store:
            return store.webhooks(client_id), store.secret(client_id)

    def remove_webhook(self, origin: Origin, id_: str) -> bool:
        with self._transaction("", origin) as store:
            return store.remove_webhook(origin.client_id, id_)

    def rotate_secret(self, origin: Origin) -> str:
        secret = new_secret()
        with self._transaction("", origin) as store:
            store.set_secret(origin.client_id, secret)
        return secret

    def set_ehr(self, practice: str, ehr: str | None) -> None:
        """The practice runs this EHR's rules from now on (None: the one it started with)."""
        self._ehrs[practice] = ehr or self.home_ehrs.get(practice, DEFAULT_EHR)

    def resend_event(self, origin: Origin, event_id: str) -> int | None:
        """The event's ended deliveries due again now, each as its next attempt (to the URLs registered
        now when it had none); how many, or None when the event is not the origin's."""
        with self._transaction() as store:
            return store.resend_event(origin.client_id, origin.reference_id, event_id, time.time())

    def events_of_job(self, origin: Origin, job_id: str | None) -> Sequence[tuple[str, str]]:
        """The job's events (every event of the token when `job_id` is None), oldest first, as the
        JSON text that was (or will be) delivered, with its delivery status."""
        with self._transaction() as store:
            return store.events_of_job(origin.client_id, origin.reference_id, job_id)


def new_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


def _booking(fields: dict[str, Any], origin: Origin) -> tuple[dict[str, Any], str]:
    """The pending appointment a create makes of `fields` (id not yet given), and its new job id."""
    job_id = events.new_job_id()
    return {**rules.new_appointment(fields), **_stamp(origin, job_id)}, job_id


def _stamp(origin: Origin, job_id: str) -> dict[str, str]:
    """What a stored appointment remembers of the call that last changed it (never shown: `_`)."""
    return {"_client_id": origin.client_id, "_reference_id": origin.reference_id, "_job_id": job_id}


def _seed_missing(store: Store, practices: Iterable[str]) -> None:
    """The demo schedule for each practice the store does not have yet; the first keeps the ids of
    the reference's examples."""
    for index, practice in enumerate(practices):
        if not store.has_practice(practice):
            _seed_practice(store, practice, with_reference_ids=index == 0, demo=True)


def _seed_practice(store: Store, practice: str, with_reference_ids: bool, demo: bool) -> None:
    store.add_practice(practice)
    for doc in demo_appointments(with_reference_ids) if demo else []:
        store.insert(practice, doc, settles_at=None)


def _origin_of(doc: dict[str, Any]) -> Origin | None:
    if "_client_id" not in doc:
        return None
    return Origin(doc["_client_id"], doc["_reference_id"])
