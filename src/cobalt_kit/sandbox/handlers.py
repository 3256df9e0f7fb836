"""The operations as plain functions: a validated request in, a status and a JSON body out.

Each runs on the event loop (app.py says why); `Refusal` becomes the document's error envelope.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cobalt_kit.sandbox.backend import Backend, Origin
from cobalt_kit.sandbox.rules import Conflict, Filters
from cobalt_kit.variants import answered

Answer = tuple[int, dict[str, Any]]


class Refusal(Exception):
    """An answer with the document's error envelope."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


CURRENT_CREATED = "Appointment processing. A webhook event will be sent upon completion."


def not_found() -> Refusal:
    return Refusal(404, "not_found", "Appointment not found.")


@dataclass(frozen=True)
class Call:
    """A request that passed every check: the practice it is for, and its parts as the document
    types them. The path id is the one the router decoded, never re-read from the URL."""

    practice: str  # "" for the webhook registration operations, which carry no access token
    origin: Origin
    shapes: str  # which vendor reference's variants to answer in (`variants.GENERATIONS`, `variants.answered`)
    path: dict[str, str]
    query: dict[str, Any]
    body: dict[str, Any]


def list_appointments(backend: Backend, call: Call) -> Answer:
    query = call.query
    filters = Filters(
        start=query["start_date"],
        end=query["end_date"],
        patient_mrn=query.get("patient_mrn"),
        patient_name=query.get("patient_name"),
        patient_phone=query.get("patient_phone"),
        appointment_mode=query.get("appointment_mode"),
        include_note=query.get("include_note", "false") == "true",
    )
    found = backend.list(call.practice, filters)
    if answered("list_appointments", call.shapes) == "current":
        return 200, {"success": True, "appointments": found}
    return 200, {"success": True, "results": {"appointments": found}}


def get_appointment(backend: Backend, call: Call) -> Answer:
    found = backend.get(call.practice, call.path["id"])
    if found is None:
        raise not_found()
    return 200, {"success": True, "appointments": found}


def create_appointment(backend: Backend, call: Call) -> Answer:
    id_, job_id = backend.create(call.practice, call.body, call.origin)
    # 200, as the vendor's current reference says ("200 - Successful response"); the first one does
    # not say, and the document declares 201 alike.
    variant = answered("create_appointment", call.shapes)
    if variant == "current":
        return 200, {"success": True, "data": {"appointment_id": id_, "message": CURRENT_CREATED, "job_id": job_id}}
    if variant == "newest":  # flat, and the job a number, as the newest page shows it
        return 200, {"success": True, "message": CURRENT_CREATED, "appointment_id": id_, "job_id": int(job_id)}
    return 200, {"success": True, "message": "Appointment created.", "data": {"appointment_id": id_, "job_id": job_id}}


def update_appointment(backend: Backend, call: Call) -> Answer:
    id_ = call.path["id"]
    try:
        found = backend.update(call.practice, id_, call.body, call.origin)
    except Conflict as conflict:
        raise Refusal(409, "appointment_not_editable", str(conflict)) from None
    if not found:
        raise not_found()
    if answered("update_appointment", call.shapes) == "current":
        return 200, {"success": True, "message": "Appointment updated successfully"}
    return 200, {"success": True, "message": "Appointment updated successfully.", "appointment_id": id_}


def register_webhook(backend: Backend, call: Call) -> Answer:
    url = call.body.get("webhook_url") or call.body["url"]
    id_, secret = backend.register_webhook(call.origin, url)
    if answered("register_webhook", call.shapes) == "newest":
        return 200, {"success": True, "webhook": {"id": id_, "url": url, "secret": secret}}
    # Both of the vendor's answers in one: the setup page's fields and the reference page's id.
    return 200, {
        "success": True,
        "message": "Webhook registered successfully",
        "webhook_id": id_,
        "webhook_url": url,
        "webhook_secret_key": secret,
    }


def get_webhook_configuration(backend: Backend, call: Call) -> Answer:
    urls, secret = backend.webhook_configuration(call.origin.client_id)
    return 200, {
        "success": True,
        "webhook_url": urls[0][1] if urls else None,
        "webhook_urls": [{"id": id_, "url": url} for id_, url in urls],
        "webhook_secret_key": secret,
    }


def delete_webhook(backend: Backend, call: Call) -> Answer:
    if not backend.remove_webhook(call.origin, call.path["id"]):
        raise Refusal(404, "not_found", "Webhook not found.")
    return 200, {"success": True, "message": "Webhook URL removed successfully"}


def rotate_webhook_secret(backend: Backend, call: Call) -> Answer:
    secret = backend.rotate_secret(call.origin)
    return 200, {"success": True, "message": "Webhook secret rotated successfully", "webhook_secret_key": secret}


def list_webhook_events(backend: Backend, call: Call) -> Answer:
    query = call.query
    # `status` is the older page's name of the filter.
    delivery = query.get("delivery_status", query.get("status"))
    found = [(json.loads(body), status) for body, status in backend.events_of_job(call.origin, query.get("job_id"))]
    # The envelope with its delivery record, as one version of the page lists it.
    kept = [
        {**event, "status": status} for event, status in found if delivery in (None, status) and _wanted(event, query)
    ]
    if query["sort"] == "-created_at":
        kept.reverse()
    size, page = query["page_size"], query["page"]
    shown = kept[(page - 1) * size : page * size]
    pages = -(-len(kept) // size)
    pagination = {"current_page": page, "total_pages": pages, "total_count": len(kept), "page_size": size}
    items = (
        [_log_entry(event) for event in shown] if answered("list_webhook_events", call.shapes) == "newest" else shown
    )
    return 200, {"success": True, "webhook_events": items, "pagination": pagination}


def _wanted(event: dict[str, Any], query: dict[str, Any]) -> bool:
    day = event["created"][:10]
    return (
        query.get("event_type", event["type"]) == event["type"]
        and ("start_date" not in query or day >= query["start_date"].isoformat())
        and ("end_date" not in query or day <= query["end_date"].isoformat())
    )


def _log_entry(event: dict[str, Any]) -> dict[str, Any]:
    """An event as the newest webhook-events page lists it."""
    return {
        "event_id": event["id"],
        "event_type": event["type"],
        "delivery_status": event["status"],
        "data": event["data"],
        "created_at": event["created"],
        "job_id": event.get("job_id"),
        "access_token_reference_id": event.get("access_token_reference_id"),
    }
