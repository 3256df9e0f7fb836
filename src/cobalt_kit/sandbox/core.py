"""The shared core of the sandbox's behaviour, apart from HTTP (app.py) and SQL (store.py), as moto
keeps its backends: each operation is one transaction that first lets what is due settle (every
family's `settle_due`), then applies a family's rules to its rows, and writes the webhook events the
change causes in the same transaction: an outbox, so a restart delivers what was not yet delivered.

What is due is applied by the first transaction after it is due: an operation's, or the courier's
tick (delivery.py), which runs a few times a second so that its event goes out without a request to
wake it.

A reset voids the calls in flight for what it resets: a call notes the count of resets when it
begins (`Origin.began`), and its write's transaction refuses it (`Voided`) when its practice, or
the whole sandbox, was reset since. The check is in the write's own transaction, under the store's
lock that every reset holds too, so no write of a call begun before a reset lands after it: not
a create the client gave up on while a delay fault held it, and not the booking's later settle or
events, which only a written change causes.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from cobalt_kit.sandbox import events
from cobalt_kit.sandbox.family import Model
from cobalt_kit.sandbox.settings import DEFAULT_EHR
from cobalt_kit.sandbox.store import Store
from cobalt_kit.signing import as_json_stringify

# A practice's clock stays before this moment. Its time is answered in RFC 3339, whose years have
# four digits, and it runs on at the wall clock's pace after an advance: a year in hand keeps it
# answerable for as long as a sandbox runs (a restart puts it back to the wall clock).
LAST_CLOCK = dt.datetime(9999, 1, 1, tzinfo=dt.UTC)
M = TypeVar("M", bound=Model)


@dataclass(frozen=True)
class Origin:
    """Whose call caused a change: the integration (client_id) its events go to, and the access
    token's reference they name; `began`: the core's count of resets when the call began
    (`Core.resets`), which a reset since then voids."""

    client_id: str
    reference_id: str
    began: int = 0


class Voided(Exception):
    """The call began before a reset of what it writes to: nothing of it was written."""


class PastLastClock(ValueError):
    """An advance that would take a practice's clock to LAST_CLOCK or beyond."""


class Core:
    """The transaction, the practices' clocks and EHRs, resets, the outbox, and the families' models
    (by name in `families`, made from `registered` in its order: backend.py names the registry's)."""

    registered: ClassVar[Sequence[type[Model]]] = ()

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
        # Seconds the EHR takes to answer an asynchronous request (a booking stays pending that
        # long); a test may change it on a running sandbox.
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
        self.families: dict[str, Model] = {}
        for kind in self.registered:
            self.families[kind.name] = kind(self)
        # Only the families with something to settle are asked, at every transaction.
        self._settling = [m for m in self.families.values() if type(m).settle_due is not Model.settle_due]
        # The store's count of changes at the last look for what is due, and until when nothing is
        # (None: not looked up yet).
        self._quiet: tuple[int, float | None] = (-1, None)

    def family(self, kind: type[M]) -> M:
        """A family's model, typed: `core.family(Appointments)`."""
        model = self.families[kind.name]
        assert isinstance(model, kind)
        return model

    def ehr(self, practice: str) -> str:
        """The EHR the practice runs: it decides which of the vendor's EHR-specific rules apply."""
        return self._ehrs.get(practice, DEFAULT_EHR)

    def set_ehr(self, practice: str, ehr: str | None) -> None:
        """The practice runs this EHR's rules from now on (None: the one it started with)."""
        self._ehrs[practice] = ehr or self.home_ehrs.get(practice, DEFAULT_EHR)

    def clock(self) -> float:
        """The wall clock's time (what events are stamped with, whatever clock settles bookings)."""
        return self._clock()

    def now(self, practice: str) -> float:
        """The practice's time, which its bookings' delays are measured on."""
        return self._clock() + self.advanced.get(practice, 0.0)

    def furthest(self) -> float:
        """The latest of the practices' times: nothing is due later than this anywhere."""
        return self._clock() + max(self.advanced.values(), default=0.0)

    def advance(self, practice: str, seconds: float, origin: Origin) -> float:
        """Moves the practice's clock forward (and settles what is then due); its time afterwards.
        PastLastClock, and the clock left as it was, when it would reach LAST_CLOCK."""
        with self.transaction(practice, origin):
            if self.now(practice) + seconds >= LAST_CLOCK.timestamp():
                raise PastLastClock
            self.advanced[practice] = self.advanced.get(practice, 0.0) + seconds
            self._settle_due()
            return self.now(practice)

    @contextmanager
    def transaction(self, practice: str = "", origin: Origin | None = None) -> Iterator[Store]:
        """One transaction, what is due settled first. With the call's `origin`, a write of that
        call to `practice` ("" for the integration's webhook settings): Voided, before anything is
        written, when a reset of the practice or of the sandbox came after the call began."""
        with self.store.transaction() as store:
            if origin is not None and self.last_reset(practice) > origin.began:
                raise Voided
            quiet = self._settle_due()
            yield store
        if quiet is not None:  # committed: what it looked at holds
            self._quiet = quiet

    def _settle_due(self) -> tuple[int, float | None] | None:
        """Settles what is due. Returns what to keep once the transaction commits: the store's
        count of changes and, when it was looked up, the earliest time anything pending comes
        due; None when nothing changed. While nothing is written, a read looks that time up once
        and then runs no family's due query until it; a write costs no more than before (the
        look-up waits for the next read)."""
        changes, until = self._quiet
        if self.store.changes == changes:
            if until is None:
                until = min((model.next_due() for model in self._settling), default=math.inf)
            if self.furthest() < until:
                return (changes, until) if self._quiet[1] is None else None
        for model in self._settling:
            model.settle_due()
        return self.store.changes, None

    def settle_due(self) -> None:
        """Settles what is due (and writes its events); nothing else."""
        with self.transaction():
            pass

    def emit(self, type_: str, data: dict[str, Any], origin: Origin | None, job_id: str | None) -> None:
        """Puts an event in the outbox (inside the caller's transaction). `origin` None: a change
        nobody's call made (demo data): no integration to tell."""
        if origin is None:
            return
        self.emit_event(events.envelope(type_, data, origin.reference_id, job_id, self.clock()), origin, job_id)

    def emit_event(self, event: dict[str, Any], origin: Origin, job_id: str | None) -> None:
        """Puts an event already enveloped in the outbox: a live fetch's completion has its own
        envelope (`timestamp`, `action`), not the operation events' (`created`, `object`)."""
        body = as_json_stringify(event).decode()
        # Deliveries are due in real time, whatever clock settles bookings.
        self.store.add_event(event["id"], origin.client_id, origin.reference_id, job_id, body, time.time())
        if self.on_event is not None:
            self.on_event(str(event["type"]), dict(event.get("data") or {}))

    def resend_event(self, origin: Origin, event_id: str) -> int | None:
        """The event's ended deliveries due again now, each as its next attempt (to the URLs registered
        now when it had none); how many, or None when the event is not the origin's."""
        with self.transaction() as store:
            return store.resend_event(origin.client_id, origin.reference_id, event_id, time.time())

    def seed(self, practices: Iterable[str]) -> None:
        """Gives each practice the demo data, once (a restart keeps what it has). The first keeps
        the ids of the reference's examples, so its curl examples answer here too."""
        with self.transaction():
            self._seed_missing(practices)

    def last_reset(self, practice: str) -> int:
        """The count of resets at the last one of the practice or of the whole sandbox."""
        return max(self._sandbox_reset, self._practice_reset.get(practice, 0))

    def reset(self, practices: Iterable[str]) -> None:
        """Forgets every change (and every webhook registration and event) and every clock's
        advance, and voids the calls in flight: the demo data again, ids restarting where a fresh
        sandbox's do."""
        with self.transaction() as store:
            self.resets += 1
            self._sandbox_reset = self.resets
            for model in self.families.values():
                model.forget_all()
            store.clear()
            self.advanced.clear()
            self._seed_missing(practices)

    def reset_practice(self, practice: str, origin: Origin, demo: bool, with_reference_ids: bool) -> None:
        """The practice's data (and its token's events) and its clock's advance forgotten, the calls
        in flight for it voided; the demo data or none."""
        with self.transaction(practice, origin) as store:
            self.resets += 1
            self._practice_reset[practice] = self.resets
            for model in self.families.values():
                model.forget(practice, origin)
            store.clear_practice(practice, origin.client_id, origin.reference_id)
            self._seed_practice(practice, with_reference_ids, demo)
            self.advanced.pop(practice, None)

    def _seed_missing(self, practices: Iterable[str]) -> None:
        for index, practice in enumerate(practices):
            if not self.store.has_practice(practice):
                self._seed_practice(practice, with_reference_ids=index == 0, demo=True)

    def _seed_practice(self, practice: str, with_reference_ids: bool, demo: bool) -> None:
        self.store.add_practice(practice)
        for model in self.families.values():
            model.seed(practice, demo, with_reference_ids)
