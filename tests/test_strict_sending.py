"""Strict in what the kit sends: whatever a caller passes to `appointments.create`, the request that
goes out is one every version of the vendor's create page accepts (`datetime` as
`YYYY-MM-DDTHH:mm:ss±HH:MM`, never a separate `time`, never one without am/pm), or nothing goes out
and the caller gets an error naming the field."""

from __future__ import annotations

import datetime as dt
import json
import re

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from support.canned import Canned, canned_cobalt
from support.corpus import entries, schema
from support.document import validator

# The newest page's two forms: its "Option 1" (recommended) and its "Option 2" time.
NEWEST_DATETIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d")
NEWEST_TIME = re.compile(r"(0?[1-9]|1[0-2]):[0-5]\d ?[AaPp][Mm]")
CREATED = {"success": True, "message": "Appointment processing.", "appointment_id": "1", "job_id": 1}
REQUEST_SCHEMA = validator(
    schema(next(e for e in entries() if e.operation == "create_appointment" and e.kind == "request"))
)

moments = st.one_of(
    st.datetimes(timezones=st.none() | st.timezones()),
    st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()),
    st.text(max_size=40),
)
words = st.none() | st.text(min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(when=moments, duration=st.none() | st.integers(0, 9999) | st.text(max_size=5), note=words, reason=words)
def test_create_never_sends_a_form_the_newest_page_refuses(when, duration, note, reason) -> None:
    handler = Canned(httpx.Response(200, json=CREATED))
    cobalt = canned_cobalt(handler)
    try:
        cobalt.appointments.create(
            location="L", provider="P", type="f/u", mrn="1", datetime=when, duration=duration, note=note, reason=reason
        )
    except (ValueError, TypeError) as refused:
        assert handler.requests == []  # refused before anything went out
        assert re.search(r"datetime|duration|ISO 8601|expected", str(refused))
        return
    (request,) = handler.requests
    sent = json.loads(request.content)
    assert "time" not in sent and "date" not in sent
    assert NEWEST_DATETIME.fullmatch(sent["datetime"])
    assert REQUEST_SCHEMA.is_valid(sent)


def test_the_newest_pages_forms_are_what_the_document_takes() -> None:
    """The patterns above are the newest page's, and the document agrees with them on its examples."""
    base = {"mrn": "1", "location": "L", "provider": "P", "type": "f/u"}
    assert REQUEST_SCHEMA.is_valid({**base, "date": "2025-01-01", "time": "10:00 am"})
    assert not REQUEST_SCHEMA.is_valid({**base, "date": "2025-01-01", "time": "10:00"})
    assert NEWEST_TIME.fullmatch("10:00 am") and not NEWEST_TIME.fullmatch("10:00")
    assert NEWEST_DATETIME.fullmatch(
        dt.datetime(2025, 1, 1, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5))).isoformat()
    )
