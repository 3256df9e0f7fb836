"""The API facts the kit's code shares, each spelled once: credential headers, webhook headers, the
production URL, the demo credential set (environment variables and defaults are config.py's). The
document (openapi/cobalt.yaml) is their source; tests/test_facts.py holds these to it, since parsing
the document at import would cost every `import cobalt_kit` a tenth of a second."""

from __future__ import annotations

# The three headers every request carries (the document's security schemes), in the reference's order.
CREDENTIAL_HEADERS = ("client_id", "client_secret", "access_token")
# The headers of a webhook delivery (the vendor's webhook documentation, later than its reference).
WEBHOOK_SIGNATURE_HEADER = "cobalt-verification"
WEBHOOK_ID_HEADER = "webhook-id"
WEBHOOK_TIMESTAMP_HEADER = "webhook-timestamp"
WEBHOOK_ATTEMPT_HEADER = "webhook-attempt"
# The sandbox's count of resets of a practice: on every control's answer, and on each request of the
# fixture's clients as it is sent (openapi/sandbox-controls.yaml, POST /_sandbox/reset, says why).
SANDBOX_RESETS_HEADER = "cobalt-sandbox-resets"
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

# Names that moved, kept for one minor release: to another name here, or to config.py.
_MOVED = {"SANDBOX_DEMO_CREDENTIALS": "DEMO_CREDENTIALS"}
_MOVED_TO_CONFIG = {
    "CREDENTIAL_ENVIRONMENT", "BASE_URL_ENVIRONMENT", "WEBHOOK_SECRET_ENVIRONMENT", "LOCAL_PORTS", "local_port",
    "base_urls",
}  # fmt: skip


def __getattr__(name: str) -> object:
    import warnings

    if name in _MOVED:
        warnings.warn(f"cobalt_kit.facts.{name} is now {_MOVED[name]}", DeprecationWarning, stacklevel=2)
        return globals()[_MOVED[name]]
    if name in _MOVED_TO_CONFIG:
        from cobalt_kit import config

        warnings.warn(f"cobalt_kit.facts.{name} is now cobalt_kit.config.{name}", DeprecationWarning, stacklevel=2)
        return getattr(config, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
