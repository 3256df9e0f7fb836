"""The webhooks family's paths. Registration takes the integration's client_id and client_secret
only; the event log takes the access token too (its events are the token's)."""

from __future__ import annotations

from cobalt_kit.sandbox.families.webhooks import handlers
from cobalt_kit.sandbox.family import PathItem

PATHS = (
    PathItem(
        "/webhook",
        {"GET": handlers.get_webhook_configuration, "POST": handlers.register_webhook},
        with_token=False,
    ),
    PathItem("/webhook/rotate-secret", {"POST": handlers.rotate_webhook_secret}, with_token=False),
    PathItem("/webhook/{id}", {"DELETE": handlers.delete_webhook}, with_token=False),
    PathItem("/webhook-events", {"GET": handlers.list_webhook_events}),
)
