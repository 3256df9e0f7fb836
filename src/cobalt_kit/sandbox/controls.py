"""The sandbox's test controls (openapi/sandbox-controls.yaml, under `/_sandbox/`): the journal of
what each practice sent, the faults armed for it, and the control operations as plain functions.

Kept out of the Cobalt API: its own document, its own routes; the API's handlers never see it. The
journal and the faults live in memory only, per practice, and the journal is never logged.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import itertools
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cobalt_kit.names import unknown
from cobalt_kit.sandbox.backend import LAST_CLOCK, Backend, PastLastClock

# The appointment controls are the appointments family's (families/appointments/controls.py).
from cobalt_kit.sandbox.families.appointments.controls import (  # noqa: F401
    book_and_settle,
    ehr_block,
    ehr_book,
    ehr_cancel,
    ehr_change,
    ehr_complete,
    seed_appointments,
    settle_appointment,
)
from cobalt_kit.sandbox.families.appointments.model import Appointments
from cobalt_kit.sandbox.families.patients.model import Patients
from cobalt_kit.sandbox.families.providers.model import Providers
from cobalt_kit.sandbox.handlers import Answer, Call, Refusal

JOURNAL_SIZE = 1000
# A fault's target for the practice's webhook deliveries rather than an API operation.
DELIVERIES = "webhooks"


class Journal:
    """Each practice's last JOURNAL_SIZE API requests, newest last. A request still in flight when
    its practice's journal is cleared (a reset) is not recorded afterwards: `since()` marks when it
    started, and `record` drops what started before the last clear."""

    def __init__(self) -> None:
        self._entries: dict[str, collections.deque[dict[str, Any]]] = {}
        self._cleared: dict[str, int] = {}
        self._clears = 0  # of the whole journal
        self._lock = threading.Lock()

    def since(self, practice: str) -> tuple[int, int]:
        with self._lock:
            return self._clears, self._cleared.get(practice, 0)

    def record(self, practice: str, entry: dict[str, Any], since: tuple[int, int]) -> None:
        with self._lock:
            if since != (self._clears, self._cleared.get(practice, 0)):
                return
            self._entries.setdefault(practice, collections.deque(maxlen=JOURNAL_SIZE)).append(entry)

    def entries(self, practice: str) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._entries.get(practice, ()))

    def clear(self, practice: str | None = None) -> None:
        with self._lock:
            if practice is None:
                self._entries.clear()
                self._clears += 1
            else:
                self._entries.pop(practice, None)
                self._cleared[practice] = self._cleared.get(practice, 0) + 1


@dataclass
class Fault:
    """One armed fault (the document's `Fault`), and what is left of it."""

    id: str
    target: str
    kind: str
    status: int | None = None
    retry_after: int = 1
    delay_ms: int = 0
    remaining: int | None = 1
    fraction: float | None = None
    draw: random.Random = field(default_factory=random.Random, repr=False)

    def applies(self, operation_id: str) -> bool:
        return self.target == operation_id or (self.target == "*" and operation_id != DELIVERIES)

    def shown(self) -> dict[str, Any]:
        armed: dict[str, Any] = {"id": self.id, "target": self.target, "kind": self.kind, "remaining": self.remaining}
        if self.status is not None:
            armed.update(status=self.status, retry_after=self.retry_after)
        if self.kind == "delay":
            armed["delay_ms"] = self.delay_ms
        armed["fraction"] = self.fraction
        return armed


class Faults:
    """Each practice's armed faults, tried in the order armed."""

    def __init__(self) -> None:
        self._armed: dict[str, list[Fault]] = collections.defaultdict(list)
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def arm(self, practice: str, spec: dict[str, Any]) -> None:
        fraction = spec.get("fraction")
        if spec["kind"] == "status" and "status" not in spec:
            raise Refusal(400, "invalid_request", "status: is required for a fault of kind status.")
        if spec["kind"] == "status" and spec["target"] == DELIVERIES:
            raise Refusal(400, "invalid_request", "kind: a webhook delivery can be delayed or dropped, not answered.")
        if spec["kind"] == "delay" and "delay_ms" not in spec:
            raise Refusal(400, "invalid_request", "delay_ms: is required for a fault of kind delay.")
        fault = Fault(
            id=str(next(self._ids)),
            target=spec["target"],
            kind=spec["kind"],
            status=spec.get("status"),
            retry_after=spec.get("retry_after", 1),
            delay_ms=spec.get("delay_ms", 0),
            remaining=None if fraction is not None else spec.get("times", 1),
            fraction=fraction,
            draw=random.Random(spec.get("seed", 0)),
        )
        with self._lock:
            self._armed[practice].append(fault)

    def take(self, practice: str, operation_id: str) -> Fault | None:
        """The fault this request meets, if any (one of `times` used up, or the draw of `fraction`)."""
        with self._lock:
            for fault in self._armed.get(practice, []):
                if not fault.applies(operation_id):
                    continue
                if fault.fraction is not None:
                    if fault.draw.random() < fault.fraction:
                        return fault
                    continue
                assert fault.remaining is not None
                fault.remaining -= 1
                if fault.remaining == 0:
                    self._armed[practice].remove(fault)
                return fault
        return None

    def listed(self, practice: str) -> list[dict[str, Any]]:
        with self._lock:
            return [fault.shown() for fault in self._armed.get(practice, [])]

    def clear(self, practice: str | None = None) -> None:
        with self._lock:
            if practice is None:
                self._armed.clear()
            else:
                self._armed.pop(practice, None)


class Tally:
    """What the API's requests and events exercised since the sandbox started, for every practice:
    a test session's coverage, which resets keep. Counts only: no query, no body, no data."""

    def __init__(self) -> None:
        self._answers: collections.Counter[tuple[str, int]] = collections.Counter()
        self._events: collections.Counter[str] = collections.Counter()
        self._reasons: collections.Counter[str] = collections.Counter()
        self._lock = threading.Lock()

    def answered(self, operation_id: str, status: int) -> None:
        with self._lock:
            self._answers[operation_id, status] += 1

    def emitted(self, type_: str, data: dict[str, Any]) -> None:
        with self._lock:
            self._events[type_] += 1
            for reason in data.get("reasons") or ():
                self._reasons[str(reason.get("code"))] += 1

    def shown(self) -> dict[str, Any]:
        with self._lock:
            answers = sorted(self._answers.items())
            return {
                "success": True,
                "operations": [{"operation_id": op, "status": status, "count": n} for (op, status), n in answers],
                "events": dict(sorted(self._events.items())),
                "failure_reasons": dict(sorted(self._reasons.items())),
            }

    def clear(self) -> None:
        with self._lock:
            self._answers.clear()
            self._events.clear()
            self._reasons.clear()


@dataclass
class Controls:
    """What the control operations reach: the backend, the journal and the faults."""

    backend: Backend
    journal: Journal = field(default_factory=Journal)
    faults: Faults = field(default_factory=Faults)
    # The API document's operationIds: what a fault may target besides "*" and "webhooks".
    operations: frozenset[str] = frozenset()
    tally: Tally = field(default_factory=Tally)
    # The practices whose EHR login lapsed (expire_login): their API requests answer 403.
    expired_logins: set[str] = field(default_factory=set)
    # The first practice keeps the reference's ids when it is reset to the demo data.
    first_practice: str = ""

    def __post_init__(self) -> None:
        self.backend.on_event = self.tally.emitted


def _done(message: str) -> tuple[int, dict[str, Any]]:
    return 200, {"success": True, "message": message}


def reset_practice(controls: Controls, call: Call) -> Answer:
    demo = call.body.get("seed", "demo") == "demo"
    first = call.practice == controls.first_practice
    controls.backend.reset_practice(call.practice, call.origin, demo, with_reference_ids=first)
    controls.journal.clear(call.practice)
    controls.faults.clear(call.practice)
    controls.expired_logins.discard(call.practice)
    controls.backend.set_ehr(call.practice, None)
    status, answer = _done(f"The practice has {'the demo data' if demo else 'no appointment'} again.")
    return status, {**answer, "resets": controls.backend.last_reset(call.practice)}


def _clock(controls: Controls, practice: str) -> Answer:
    now = dt.datetime.fromtimestamp(controls.backend.now(practice), dt.UTC)
    return 200, {
        "success": True,
        "now": now.isoformat(),
        "advanced_seconds": controls.backend.advanced.get(practice, 0.0),
    }


def get_clock(controls: Controls, call: Call) -> Answer:
    return _clock(controls, call.practice)


def advance_clock(controls: Controls, call: Call) -> Answer:
    try:
        controls.backend.advance(call.practice, float(call.body["seconds"]), call.origin)
    except PastLastClock:
        last = LAST_CLOCK.date().isoformat()
        message = f"seconds: would take the practice's clock to {last} or later; reset the practice to start again."
        raise Refusal(400, "invalid_request", message) from None
    return _clock(controls, call.practice)


def _faults(controls: Controls, practice: str) -> Answer:
    return 200, {"success": True, "faults": controls.faults.listed(practice)}


def list_faults(controls: Controls, call: Call) -> Answer:
    return _faults(controls, call.practice)


def add_fault(controls: Controls, call: Call) -> Answer:
    _check_target(controls, call.body["target"])
    controls.faults.arm(call.practice, call.body)
    return _faults(controls, call.practice)


def clear_faults(controls: Controls, call: Call) -> Answer:
    controls.faults.clear(call.practice)
    return _faults(controls, call.practice)


def expire_login(controls: Controls, call: Call) -> Answer:
    controls.expired_logins.add(call.practice)
    return _done("The practice's EHR login expired: its requests answer 403 login_required until restored.")


def restore_login(controls: Controls, call: Call) -> Answer:
    controls.expired_logins.discard(call.practice)
    return _done("The practice's EHR login is restored.")


def get_journal(controls: Controls, call: Call) -> Answer:
    return 200, {"success": True, "requests": controls.journal.entries(call.practice)}


def clear_journal(controls: Controls, call: Call) -> Answer:
    controls.journal.clear(call.practice)
    return get_journal(controls, call)


def _check_target(controls: Controls, target: str) -> None:
    """A fault for an operation the API does not have would never fire: refused, naming the nearest."""
    valid = {"*", DELIVERIES, *controls.operations}
    if controls.operations and target not in valid:
        raise Refusal(400, "invalid_request", f"target: {unknown('operation', target, valid)}.")


def _scenario_appointments(controls: Controls, call: Call, items: list[dict[str, Any]]) -> dict[str, Any]:
    seeded = [(item["fields"], item.get("status", "scheduled")) for item in items]
    return {
        "appointment_ids": controls.backend.family(Appointments).seed_appointments(call.practice, seeded, call.origin)
    }


def _scenario_blocks(controls: Controls, call: Call, items: list[dict[str, Any]]) -> dict[str, Any]:
    appointments = controls.backend.family(Appointments)
    return {"block_ids": [appointments.ehr_block(call.practice, block, call.origin) for block in items]}


def _scenario_locations(controls: Controls, call: Call, items: list[dict[str, Any]]) -> dict[str, Any]:
    providers = controls.backend.family(Providers)
    return {"location_ids": list(providers.seed_entries("locations", call.practice, items, call.origin))}


def _scenario_providers(controls: Controls, call: Call, items: list[dict[str, Any]]) -> dict[str, Any]:
    providers = controls.backend.family(Providers)
    return {"provider_ids": list(providers.seed_entries("providers", call.practice, items, call.origin))}


def _scenario_patients(controls: Controls, call: Call, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"patient_mrns": controls.backend.family(Patients).seed_patients(call.practice, items, call.origin)}


def _scenario_faults(controls: Controls, call: Call, items: list[dict[str, Any]]) -> dict[str, Any]:
    for spec in items:
        controls.faults.arm(call.practice, spec)
    return {}


ScenarioSection = Callable[[Controls, Call, list[dict[str, Any]]], dict[str, Any]]
# A scenario's sections in the order they are applied (after `start` and `ehr`), each with the seed
# control that loads it; a family of the sandbox adds its section here (providers before the
# appointments they see, ...). A section the document describes and this table lacks is refused.
SCENARIO_SECTIONS: dict[str, ScenarioSection] = {
    "locations": _scenario_locations,
    "providers": _scenario_providers,
    "patients": _scenario_patients,
    "appointments": _scenario_appointments,
    "blocks": _scenario_blocks,
    "faults": _scenario_faults,
}
SCENARIO_STEPS = ("start", "ehr")


def load_scenario(controls: Controls, call: Call) -> Answer:
    parts = call.body["practices"]
    if call.practice not in parts:
        named = ", ".join(parts)
        raise Refusal(400, "invalid_request", f"practices: the scenario has no part for {call.practice} ({named}).")
    body = parts[call.practice]
    missing = [name for name in body if name not in SCENARIO_SECTIONS and name not in SCENARIO_STEPS]
    if missing:
        loads = ", ".join(SCENARIO_SECTIONS)
        raise Refusal(400, "invalid_request", f"{missing[0]}: this sandbox has no {missing[0]} to load yet ({loads}).")
    for spec in body.get("faults", ()):
        _check_target(controls, spec["target"])
    start = {"seed": body.get("start", "empty")}
    reset_practice(controls, Call(call.practice, call.origin, call.shapes, {}, {}, start))
    # What follows is written after the practice's reset, which would void a write of a call begun before it.
    call = dataclasses.replace(call, origin=dataclasses.replace(call.origin, began=controls.backend.resets))
    controls.backend.set_ehr(call.practice, body.get("ehr"))
    answer: dict[str, Any] = {"success": True, "appointment_ids": [], "block_ids": []}
    for name, load in SCENARIO_SECTIONS.items():
        if name in body:
            answer.update(load(controls, call, body[name]))
    return 200, answer


def _booking_delay(controls: Controls) -> Answer:
    return 200, {"success": True, "seconds": controls.backend.booking_delay}


def get_booking_delay(controls: Controls, call: Call) -> Answer:
    return _booking_delay(controls)


def set_booking_delay(controls: Controls, call: Call) -> Answer:
    controls.backend.booking_delay = float(call.body["seconds"])
    return _booking_delay(controls)


def get_coverage(controls: Controls, call: Call) -> Answer:
    return 200, controls.tally.shown()


def clear_coverage(controls: Controls, call: Call) -> Answer:
    controls.tally.clear()
    return get_coverage(controls, call)


def resend_event(controls: Controls, call: Call) -> Answer:
    resent = controls.backend.resend_event(call.origin, call.path["id"])
    if resent is None:
        raise Refusal(404, "not_found", "Event not found: no event of this practice has that id.")
    return 200, {"success": True, "deliveries": resent}
