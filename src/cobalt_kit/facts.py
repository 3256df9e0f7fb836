"""The API facts the kit's code shares, each spelled once: credential headers, environment variables,
named base URLs. The document (openapi/cobalt.yaml) is their source; tests/test_facts.py holds these
to it, since parsing the document at import would cost every `import cobalt_kit` a tenth of a second."""

from __future__ import annotations

import os
from collections.abc import Mapping

# The three headers every request carries (the document's security schemes), in the reference's order.
CREDENTIAL_HEADERS = ("client_id", "client_secret", "access_token")
# Where the kit reads each credential from when none is given.
CREDENTIAL_ENVIRONMENT = {
    "client_id": "COBALT_CLIENT_ID",
    "client_secret": "COBALT_CLIENT_SECRET",
    "access_token": "COBALT_ACCESS_TOKEN",
}
BASE_URL_ENVIRONMENT = "COBALT_BASE_URL"
# The headers of a webhook delivery (the vendor's webhook documentation, later than its reference).
WEBHOOK_SIGNATURE_HEADER = "cobalt-verification"
WEBHOOK_ID_HEADER = "webhook-id"
WEBHOOK_TIMESTAMP_HEADER = "webhook-timestamp"
WEBHOOK_ATTEMPT_HEADER = "webhook-attempt"
# Where `cobalt webhooks listen` reads the webhook secret from when it registers no URL itself.
WEBHOOK_SECRET_ENVIRONMENT = "COBALT_WEBHOOK_SECRET"
# The document's https server: the real API.
PRODUCTION_URL = "https://api.usecobalt.com/v1"
# The demo credential set: what the sandbox accepts when no COBALT_* credentials are set, and what the
# mock accepts like any other (Prism checks only that each header is there). One set, so that one
# `export`, one curl or one `Cobalt(...)` works against both.
DEMO_CREDENTIALS = {
    "client_id": "ci_demo",
    "client_secret": "cs_demo",
    "access_token": "at_demo",
}
# A running sandbox the pytest plugin's fixtures use instead of their own (its controls over HTTP).
SANDBOX_URL_ENVIRONMENT = "COBALT_SANDBOX_URL"
# The local stand-ins, and the environment variables that move them to another port.
LOCAL_PORTS = {"mock": ("MOCK_PORT", 4010), "sandbox": ("SANDBOX_PORT", 4020)}


def local_port(name: str, environ: Mapping[str, str] | None = None) -> int:
    variable, default = LOCAL_PORTS[name]
    value = (os.environ if environ is None else environ).get(variable) or str(default)
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise ValueError(f"{variable} must be a port number (1-65535), not {value!r}")
    return int(value)


def base_urls(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The named base URLs: production, and mock and sandbox on MOCK_PORT and SANDBOX_PORT when set."""
    local = {name: f"http://127.0.0.1:{local_port(name, environ)}" for name in LOCAL_PORTS}
    return {"production": PRODUCTION_URL, **local}


# Names that moved, kept for one minor release.
_MOVED = {"SANDBOX_DEMO_CREDENTIALS": "DEMO_CREDENTIALS"}


def __getattr__(name: str) -> object:
    if name in _MOVED:
        import warnings

        warnings.warn(f"cobalt_kit.facts.{name} is now {_MOVED[name]}", DeprecationWarning, stacklevel=2)
        return globals()[_MOVED[name]]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
