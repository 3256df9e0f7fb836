"""Webhook signatures interoperate with an implementation nobody here wrote: Node's own crypto, as the
vendor's verification recipe uses it, in both directions; a tampered byte fails."""

from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest

from cobalt_kit.facts import WEBHOOK_ATTEMPT_HEADER, WEBHOOK_SIGNATURE_HEADER
from cobalt_kit.receiver import Receiver
from cobalt_kit.webhooks import Event, SignatureVerificationError, as_json_stringify, construct_event, sign

from support.node import NODE_SIGN, NODE_VERIFY, node

SECRET = "whsec_synthetic_secret_for_tests"
EVENT = {
    "id": "evt_1", "access_token_reference_id": "clinic_1", "object": "event", "created": "2025-07-28T16:05:48.929Z",
    "type": "appointment.created", "job_id": "job_1",
    "data": {"appointment_id": "30000010", "mrn": "414421", "date_time": "2025-07-28T16:00:00.000Z",
             "timezone": "America/New_York", "provider_id": "6644", "provider_name": "Dr. Émile Exemple",
             "secondary_provider_id": None},
}  # fmt: skip


def test_the_kit_verifies_what_node_signs_the_vendors_way() -> None:
    signed = json.loads(node(NODE_SIGN, SECRET, stdin=json.dumps(EVENT, indent=2)))
    event = construct_event(signed["body"].encode(), signed["signature"], SECRET, tolerance=None)
    assert (event.id, event.type, event.job_id, event.data["provider_name"]) == (
        "evt_1", "appointment.created", "job_1", "Dr. Émile Exemple",
    )  # fmt: skip


def test_the_vendors_recipe_in_node_accepts_what_the_kit_signs() -> None:
    body = as_json_stringify(EVENT)
    assert node(NODE_VERIFY, sign(body, SECRET), SECRET, stdin=body.decode()) == "valid"
    assert node(NODE_VERIFY, sign(body, SECRET + "x"), SECRET, stdin=body.decode()) == "invalid"


def test_a_body_serialised_again_by_a_framework_still_verifies() -> None:
    signature = sign(as_json_stringify(EVENT), SECRET)
    pretty = json.dumps(EVENT, indent=2, ensure_ascii=True).encode()  # what a framework may hand on
    assert construct_event(pretty, signature, SECRET, tolerance=None).id == "evt_1"


@pytest.mark.parametrize("where", ["body", "signature"])
def test_one_tampered_byte_fails(where: str) -> None:
    body = as_json_stringify(EVENT)
    signature = sign(body, SECRET)
    if where == "body":
        body = body.replace(b"414421", b"414422")
    else:
        signature = signature[:-1] + ("0" if signature[-1] != "0" else "1")
    with pytest.raises(SignatureVerificationError) as raised:
        construct_event(body, signature, SECRET, tolerance=None)
    assert SECRET not in str(raised.value) and signature not in str(raised.value)


@pytest.mark.parametrize(
    ("payload", "secret"),
    [(b"not json", SECRET), (b"[]", SECRET), (as_json_stringify({"id": "x"}), SECRET), (b"{}", "")],
    ids=["not JSON", "not an object", "not an event", "no secret"],
)
def test_what_is_no_signed_event_is_refused(payload: bytes, secret: str) -> None:
    with pytest.raises(SignatureVerificationError):
        construct_event(payload, sign(payload, secret or "s"), secret)


def test_an_events_repr_shows_no_patient_data() -> None:
    event = Event("evt_1", "appointment.created", "2025-07-28T16:05:48Z", {"mrn": "414421"})
    assert "414421" not in repr(event)


def signed_at(seconds_ago: float) -> bytes:
    created = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=seconds_ago)
    return as_json_stringify({**EVENT, "created": created.isoformat().replace("+00:00", "Z")})


def test_a_delivery_older_than_the_tolerance_is_refused_as_a_replay() -> None:
    stale = signed_at(301)
    with pytest.raises(SignatureVerificationError, match=r"created 30\ds ago, more than the tolerance of 300s"):
        construct_event(stale, sign(stale, SECRET), SECRET)
    assert construct_event(stale, sign(stale, SECRET), SECRET, tolerance=600).id == "evt_1"
    assert construct_event(stale, sign(stale, SECRET), SECRET, tolerance=None).id == "evt_1"


def test_a_fresh_delivery_is_accepted_and_an_undated_one_refused() -> None:
    fresh = signed_at(5)
    assert construct_event(fresh, sign(fresh, SECRET), SECRET).id == "evt_1"
    undated = as_json_stringify({**EVENT, "created": "yesterday"})
    with pytest.raises(SignatureVerificationError, match="not a date-time"):
        construct_event(undated, sign(undated, SECRET), SECRET)


@pytest.mark.parametrize("attempt", ["²", "9" * 5000, "-1", ""], ids=["superscript two", "5,000 digits", "-1", "empty"])
def test_the_receiver_counts_an_attempt_it_cannot_read_as_0(attempt: str) -> None:
    """A delivery whose attempt header is no number the receiver reads is still taken (and verified),
    as attempt 0: `int()` would refuse `²` or 5,000 digits, and the handler would drop the delivery."""
    payload = as_json_stringify({**EVENT, "created": dt.datetime.now(dt.UTC).isoformat()})
    receiver = Receiver(SECRET)
    try:
        headers = {WEBHOOK_SIGNATURE_HEADER: sign(payload, SECRET), WEBHOOK_ATTEMPT_HEADER: attempt.encode("latin-1")}
        answer = httpx.post(receiver.url, content=payload, headers=headers, timeout=10)
        assert answer.status_code == 200
        assert [delivery.attempt for delivery in receiver.deliveries] == [0]
    finally:
        receiver.close()
