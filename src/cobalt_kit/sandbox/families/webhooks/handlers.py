"""The webhooks family's operations: registration, the secret, and the delivered-event log."""

from __future__ import annotations

import json
from typing import Any

from cobalt_kit.sandbox.families.webhooks.model import Webhooks
from cobalt_kit.sandbox.handlers import Answer, Call, Refusal
from cobalt_kit.variants import answered


def register_webhook(webhooks: Webhooks, call: Call) -> Answer:
    url = call.body.get("webhook_url") or call.body["url"]
    id_, secret = webhooks.register(call.origin, url)
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


def get_webhook_configuration(webhooks: Webhooks, call: Call) -> Answer:
    urls, secret = webhooks.configuration(call.origin.client_id)
    return 200, {
        "success": True,
        "webhook_url": urls[0][1] if urls else None,
        "webhook_urls": [{"id": id_, "url": url} for id_, url in urls],
        "webhook_secret_key": secret,
    }


def delete_webhook(webhooks: Webhooks, call: Call) -> Answer:
    if not webhooks.remove(call.origin, call.path["id"]):
        raise Refusal(404, "not_found", "Webhook not found.")
    return 200, {"success": True, "message": "Webhook URL removed successfully"}


def rotate_webhook_secret(webhooks: Webhooks, call: Call) -> Answer:
    secret = webhooks.rotate_secret(call.origin)
    return 200, {"success": True, "message": "Webhook secret rotated successfully", "webhook_secret_key": secret}


def list_webhook_events(webhooks: Webhooks, call: Call) -> Answer:
    query = call.query
    # `status` is the older page's name of the filter.
    delivery = query.get("delivery_status", query.get("status"))
    found = [(json.loads(body), status) for body, status in webhooks.events_of_job(call.origin, query.get("job_id"))]
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


def _created(event: dict[str, Any]) -> str:
    """When the event was made: a live fetch's completion says `timestamp`, the others `created`."""
    return str(event.get("created", event.get("timestamp", "")))


def _wanted(event: dict[str, Any], query: dict[str, Any]) -> bool:
    day = _created(event)[:10]
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
        "created_at": _created(event),
        "job_id": event.get("job_id"),
        "access_token_reference_id": event.get("access_token_reference_id"),
    }
