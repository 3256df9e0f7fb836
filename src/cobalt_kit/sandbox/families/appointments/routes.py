"""The appointments family's paths, in the API and in the test controls."""

from __future__ import annotations

from cobalt_kit.sandbox.families.appointments import controls, handlers
from cobalt_kit.sandbox.family import PathItem

PATHS = (
    PathItem("/appointments", {"GET": handlers.list_appointments, "POST": handlers.create_appointment}),
    PathItem("/appointments/{id}", {"GET": handlers.get_appointment, "PATCH": handlers.update_appointment}),
    # The singular path of the vendor's current reference: an alias of the one above.
    PathItem("/appointment/{id}", {"GET": handlers.get_appointment}),
)
CONTROLS = (
    PathItem("/_sandbox/appointments", {"POST": controls.seed_appointments}),
    PathItem("/_sandbox/appointments/{id}/settle", {"POST": controls.settle_appointment}),
    PathItem("/_sandbox/bookings", {"POST": controls.book_and_settle}),
    PathItem("/_sandbox/ehr/appointments", {"POST": controls.ehr_book}),
    PathItem("/_sandbox/ehr/blocks", {"POST": controls.ehr_block}),
    PathItem("/_sandbox/ehr/appointments/{id}", {"PATCH": controls.ehr_change}),
    PathItem("/_sandbox/ehr/appointments/{id}/cancel", {"POST": controls.ehr_cancel}),
    PathItem("/_sandbox/ehr/appointments/{id}/complete", {"POST": controls.ehr_complete}),
)
