"""`Cobalt` and `AsyncCobalt`: the Cobalt API, configured once, with typed errors and retries.

Their per-operation methods are rendered from the document into `operations.py` (`make client`);
the connection they share is `connection.py`; how each answer becomes the kit's value, and the
methods no operation has (`webhooks.wait_for`), are `ergonomics.py`. This module is the public home
of those names.
"""

from __future__ import annotations

import os
import warnings
from urllib.parse import urlsplit

from cobalt_kit import config
from cobalt_kit.connection import (
    DEFAULT_TIMEOUT,
    Credentials,
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


def credentials_for(url: str) -> dict[str, str] | None:
    """Deprecated (one minor release): `cobalt_kit.config.credentials(url)` is the one rule; it raises
    ValueError where this returned None (no credentials set, and `url` not on this machine)."""
    warnings.warn(
        "cobalt_kit.client.credentials_for is deprecated: use cobalt_kit.config.credentials", DeprecationWarning, 2
    )
    unset = not any(os.environ.get(variable) for variable in config.CREDENTIAL_ENVIRONMENT.values())
    if unset and not is_loopback(urlsplit(url).hostname or ""):
        return None
    return config.credentials(url)
