"""How Cobalt signs a webhook delivery: the hex HMAC-SHA256 of the payload with the integration's
secret, over the bytes as sent or as `JSON.stringify` writes the parsed body (the vendor's Node
recipe). The standard library alone: the sandbox's courier signs with it, and a receiver verifies with
it (webhooks.construct_event), neither loading the client (an import-linter contract holds this)."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any


def sign(payload: bytes, secret: str) -> str:
    """The `cobalt-verification` value for these exact bytes."""
    return hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()


def as_json_stringify(value: Any) -> bytes:
    """`JSON.stringify(value)` for JSON data: what the vendor's recipe hashes."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()
