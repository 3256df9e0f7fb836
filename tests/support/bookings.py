"""The demo booking the tests send, written once (synthetic: the demo practice's location, provider
and visit type). VISIT is what every booking names; DEMO_VISIT books it for Jane Doe (MRN 414421, a
demo patient); BOOKING on a day no demo appointment is on, for a patient the test adds (`mrn` or
`patient_name`)."""

from __future__ import annotations

VISIT = {"location": "Good Clinic", "provider": "Good Doctor", "type": "f/u"}
DEMO_VISIT = {"mrn": "414421", **VISIT}
BOOKING = {**VISIT, "datetime": "2026-03-02T09:00:00-08:00"}
