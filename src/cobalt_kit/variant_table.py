"""The documented variants of each operation's answer: operationId -> success status -> the places of
the answer with named branches, each (path, ((variant or None, branch), ...)). Rendered from openapi/cobalt.yaml
by tools/render_operations.py (`make client`); read through `cobalt_kit.variants.of`. Never edited by hand."""

from typing import Any

TABLE: dict[str, dict[int, Any]] = {
    "list_appointments": {
        200: [
            (
                (),
                (
                    ("reference", {"x-variant": "reference", "required": ["results"]}),
                    ("current", {"x-variant": "current", "required": ["appointments"]}),
                ),
            )
        ]
    },
    "create_appointment": {
        200: [
            (
                (),
                (
                    ("reference", {"x-variant": "reference", "required": ["data", "message"]}),
                    ("current", {"x-variant": "current", "required": ["data"]}),
                    ("newest", {"x-variant": "newest", "required": ["appointment_id"]}),
                ),
            )
        ],
        201: [
            (
                (),
                (
                    ("reference", {"x-variant": "reference", "required": ["data", "message"]}),
                    ("current", {"x-variant": "current", "required": ["data"]}),
                    ("newest", {"x-variant": "newest", "required": ["appointment_id"]}),
                ),
            )
        ],
    },
    "update_appointment": {
        200: [
            (
                (),
                (
                    ("reference", {"x-variant": "reference", "required": ["appointment_id"]}),
                    ("current", {"x-variant": "current"}),
                ),
            )
        ]
    },
    "register_webhook": {
        200: [
            (
                ("webhook",),
                (
                    ("newest", {"x-variant": "newest", "required": ["id", "url", "secret"]}),
                    ("nested", {"x-variant": "nested", "required": ["secret"]}),
                    ("nested", {"x-variant": "nested", "required": ["webhook_secret_key"]}),
                ),
            ),
            (
                (),
                (
                    ("setup", {"x-variant": "setup", "required": ["webhook_secret_key"]}),
                    ("reference_page", {"x-variant": "reference_page", "required": ["webhook_secret"]}),
                    (None, {"required": ["webhook"]}),
                ),
            ),
        ]
    },
    "list_webhook_events": {
        200: [
            (
                ("webhook_events", "[]"),
                (
                    ("envelope", {"x-variant": "envelope", "required": ["id", "type"]}),
                    ("newest", {"x-variant": "newest", "required": ["event_id", "event_type"]}),
                ),
            )
        ]
    },
}
