"""`Cobalt` and `AsyncCobalt`: the Cobalt API, configured once, with typed errors and retries.

Their per-operation methods are rendered from the document into `operations.py` (`make client`);
the connection they share is `connection.py`; how each answer becomes the kit's value, and the
methods no operation has (`webhooks.wait_for`), are `ergonomics.py`. This module is the public home
of those names.
"""

from __future__ import annotations

from cobalt_kit.connection import (
    DEFAULT_TIMEOUT,
    Credentials,
    credentials_for,
    is_loopback,
    resolve_base_url,
)
from cobalt_kit.ergonomics import (
    POLL_INTERVAL,
    POLL_TIMEOUT,
    CreatedAppointment,
    WebhookRegistration,
    WebhookSettings,
)
from cobalt_kit.operations import (
    Appointments,
    AsyncAppointments,
    AsyncCobalt,
    AsyncWebhooks,
    Cobalt,
    Webhooks,
)
from cobalt_kit.webhooks import Event

__all__ = [
    "DEFAULT_TIMEOUT",
    "POLL_INTERVAL",
    "POLL_TIMEOUT",
    "Appointments",
    "AsyncAppointments",
    "AsyncCobalt",
    "AsyncWebhooks",
    "Cobalt",
    "CreatedAppointment",
    "Credentials",
    "Event",
    "WebhookRegistration",
    "WebhookSettings",
    "Webhooks",
    "credentials_for",
    "is_loopback",
    "resolve_base_url",
]
