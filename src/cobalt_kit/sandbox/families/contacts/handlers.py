"""The contacts family's operations."""

from __future__ import annotations

from cobalt_kit.sandbox.families.contacts.model import Contacts
from cobalt_kit.sandbox.handlers import Answer, Call


def list_referring_providers(contacts: Contacts, call: Call) -> Answer:
    return 200, {"success": True, "referring_providers": contacts.referring(call.practice, call.query)}


def list_insurance_providers(contacts: Contacts, call: Call) -> Answer:
    query = call.query
    active = {"true": True, "false": False}.get(query.get("active", ""))
    page, size = query["page"], query["page_size"]
    found, total = contacts.insurers(call.practice, query.get("name"), active, page, size)
    pagination = {"current_page": page, "total_pages": -(-total // size), "total_count": total, "page_size": size}
    return 200, {"success": True, "insurance_providers": found, "pagination": pagination}
