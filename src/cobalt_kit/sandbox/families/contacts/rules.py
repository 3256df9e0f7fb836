"""The contacts family's rules, pure: how an entry is shown, what a filter matches."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any


def digits(phone: str | None) -> str:
    """A phone or fax number compared digits only ("7734722936" and "773-472-2936" are the same)."""
    return re.sub(r"\D", "", phone or "")


def referring(fields: Mapping[str, Any], id_: str) -> dict[str, Any]:
    first, last = fields.get("first_name"), fields.get("last_name")
    return {"id": id_, "name": ", ".join(p for p in (last, first) if p), **fields}


def matches(doc: Mapping[str, Any], query: Mapping[str, Any]) -> bool:
    """The filters of `list_referring_providers`: names in part and any case, numbers by their digits."""
    for name in ("first_name", "last_name"):
        if name in query and str(query[name]).lower() not in (doc.get(name) or "").lower():
            return False
    for name in ("phone", "fax"):
        if name in query and (not digits(query[name]) or digits(query[name]) != digits(doc.get(name))):
            return False
    return "npi" not in query or doc.get("npi") == query["npi"]
