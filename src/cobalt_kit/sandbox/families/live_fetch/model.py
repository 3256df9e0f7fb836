"""The live fetches (POST /appointments/fetch, /patients/fetch, /availability/fetch): each answers
at once with a job, and the EHR's answer comes after the booking delay, on the practice's clock,
as a booking's does, as the job's completion event. An appointment fetch syncs the cached list
with the EHR: the clinic's changes the cached list has not seen (the unsynced-change control)
reach it then, each with the `appointment.updated` that Cobalt's sync sends."""

from __future__ import annotations

from typing import Any

from cobalt_kit.sandbox.core import Core, Origin
from cobalt_kit.sandbox.events import new_job_id
from cobalt_kit.sandbox.families.appointments import events as appointment_events
from cobalt_kit.sandbox.families.appointments import rules as appointment_rules
from cobalt_kit.sandbox.families.appointments.model import Appointments
from cobalt_kit.sandbox.families.appointments.tables import Narrowing
from cobalt_kit.sandbox.families.availability.handlers import query_of
from cobalt_kit.sandbox.families.availability.model import Availability
from cobalt_kit.sandbox.families.availability.rules import check_fetch
from cobalt_kit.sandbox.families.live_fetch import events, rules
from cobalt_kit.sandbox.families.live_fetch.tables import LiveFetchTables
from cobalt_kit.sandbox.families.patients import rules as patient_rules
from cobalt_kit.sandbox.families.patients.model import Patients
from cobalt_kit.sandbox.family import Model

# Every day the calendar holds, for a fetch by MRN (every appointment of the patient).
ALL_DAYS = ("0001-01-01", "9999-12-31")


def _listed(value: Any) -> frozenset[str] | None:
    return frozenset(str(v) for v in value) if value else None


class LiveFetch(Model):
    name = "live_fetch"

    def __init__(self, core: Core) -> None:
        super().__init__(core)
        self.tables = LiveFetchTables(core.store)

    def forget(self, practice: str, origin: Origin) -> None:
        self.tables.clear_practice(practice)

    def forget_all(self) -> None:
        self.tables.clear()

    # The API's operations: each checks its request (rules.InvalidQuery) and queues the job.

    def _queue(self, practice: str, kind: str, request: dict[str, Any], origin: Origin) -> str:
        job_id = new_job_id()
        with self.core.transaction(practice, origin):
            settles_at = self.core.now(practice) + self.core.booking_delay
            self.tables.add(
                practice, kind, job_id, settles_at, {**request, "_origin": [origin.client_id, origin.reference_id]}
            )
        return job_id

    def fetch_appointments(self, practice: str, body: dict[str, Any], origin: Origin) -> str:
        fetch = rules.appointment_fetch(body, self.core.ehr(practice))
        request = {"mode": fetch.mode, "mrn": fetch.mrn, "provider_ids": list(fetch.provider_ids),
                   "start": fetch.start.isoformat() if fetch.start else None,
                   "end": fetch.end.isoformat() if fetch.end else None}  # fmt: skip
        return self._queue(practice, "appointments", request, origin)

    def fetch_patients(self, practice: str, body: dict[str, Any], origin: Origin) -> str:
        values = patient_rules.fetch_search(body)
        request = {"values": values, "include": patient_rules.includes(body.get("include"))}
        return self._queue(practice, "patients", request, origin)

    def fetch_availability(self, practice: str, body: dict[str, Any], origin: Origin) -> str:
        query = query_of(body, _listed)
        check_fetch(query.start_date, query.end_date, list(body["provider_ids"]))
        with self.core.transaction():
            query.check(self.core.family(Availability).visit_types(practice))
        return self._queue(practice, "availability", dict(body), origin)

    # The EHR's answers.

    def next_due(self) -> float:
        return self.tables.next_due()

    def settle_due(self) -> None:
        for seq, practice, kind, job_id, settles_at, request in self.tables.due(self.core.furthest()):
            if settles_at > self.core.now(practice):
                continue
            origin = Origin(*request.pop("_origin"))
            type_, data = getattr(self, f"_{kind}")(practice, request, origin)
            self.tables.done(seq)
            event = events.completed(type_, data, origin.reference_id, job_id, self.core.clock())
            self.core.emit_event(event, origin, job_id)

    def _appointments(self, practice: str, request: dict[str, Any], origin: Origin) -> tuple[str, dict[str, Any]]:
        self._sync(practice, origin)
        tables = self.core.family(Appointments).tables
        if request["mode"] == "mrn":
            docs = tables.between(practice, *ALL_DAYS, Narrowing(mrn=request["mrn"]))
            scope: dict[str, Any] = {"mrn": request["mrn"]}
        else:
            docs = tables.between(practice, request["start"], request["end"])
            scope = {"start_date": request["start"], "end_date": request["end"]}
            if request["mode"] == "provider":
                wanted = set(request["provider_ids"])
                docs = [d for d in docs if appointment_rules.provider_names(d) & wanted]
                scope["provider_ids"] = request["provider_ids"]
        shown = [appointment_rules.public(doc, include_note=False) for doc in docs]
        return "appointment.live_fetch_completed", {"success": True, "appointment_count": len(shown), **scope,
                                                     "appointments": shown}  # fmt: skip

    def _sync(self, practice: str, origin: Origin) -> None:
        """The clinic's unsynced changes reach the cached list, each with its sync event."""
        tables = self.core.family(Appointments).tables
        for seq, id_, fields in self.tables.unsynced(practice):
            doc = tables.load(practice, id_)
            self.tables.synced(seq)
            if doc is None:
                continue
            try:
                changed = appointment_rules.ehr_changed(doc, "change", fields)
            except appointment_rules.Conflict:  # cancelled in the meantime: the EHR kept nothing to change
                continue
            tables.write(id_, doc, changed, settles_at=None)
            self.core.emit("appointment.updated", appointment_events.updated(changed), origin, None)

    def _patients(self, practice: str, request: dict[str, Any], origin: Origin) -> tuple[str, dict[str, Any]]:
        found = self.core.family(Patients).live(practice, request["values"], request["include"])
        return "patient.live_fetch_completed", {"success": True, "patient_count": len(found), "patients": found}

    def _availability(self, practice: str, request: dict[str, Any], origin: Origin) -> tuple[str, dict[str, Any]]:
        self._sync(practice, origin)
        query = query_of(request, _listed)
        windows = self.core.family(Availability).compute(practice, query)
        data = {"success": True, "start_date": query.start_date.isoformat(), "end_date": query.end_date.isoformat(),
                "provider_ids": list(request["provider_ids"]), "availability": windows,
                "timezone": appointment_events.PRACTICE_TIMEZONE}  # fmt: skip
        return "availability.live_fetch_completed", data

    # The test control: the clinic changes a visit in the EHR, and the cached list does not know yet.

    def record_unsynced(self, practice: str, id_: str, fields: dict[str, Any], origin: Origin) -> bool:
        """False when there is no such appointment; appointment rules.Conflict when the EHR would
        refuse the change (a cancelled or completed visit)."""
        with self.core.transaction(practice, origin):
            doc = self.core.family(Appointments).tables.load(practice, id_)
            if doc is None:
                return False
            appointment_rules.ehr_changed(doc, "change", fields)  # refused now, as the EHR would
            self.tables.add_unsynced(practice, id_, fields)
            return True
