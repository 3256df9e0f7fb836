"""A booking's fields, as the sandbox tests send them (synthetic: the demo practice's location and
provider, a day no demo appointment is on). Add `mrn` or `patient_name`."""

from __future__ import annotations

BOOKING = {"location": "Good Clinic", "provider": "Good Doctor", "type": "f/u", "datetime": "2026-03-02T09:00:00-08:00"}
