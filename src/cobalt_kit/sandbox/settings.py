"""The sandbox's settings: where it stores data, how long a booking stays pending, whom it lets in."""

from __future__ import annotations

import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cobalt_kit import config
from cobalt_kit.config import DEFAULT_BOOKING_DELAY, DEFAULT_DB, SHAPES
from cobalt_kit.document import spec_path
from cobalt_kit.facts import CREDENTIAL_HEADERS, DEMO_CREDENTIALS

# A practice's EHR, unless its credential set names another: it decides which of the vendor's
# EHR-specific behaviours apply (rules.DOUBLE_BOOKING_EHRS).
DEFAULT_EHR = "eClinicalWorks"


@dataclass(frozen=True)
class CredentialSet:
    """One integration's three credentials and the practice whose appointments they reach."""

    client_id: str
    client_secret: str = field(repr=False)
    access_token: str = field(repr=False)
    practice: str = "demo"
    # The integrator's own reference for the access token: `access_token_reference_id` of its events.
    reference_id: str = ""
    # The EHR the practice runs (one per practice: the first set naming the practice decides).
    ehr: str = DEFAULT_EHR

    @property
    def reference(self) -> str:
        return self.reference_id or f"{self.practice}_{self.client_id}"

    def headers(self) -> dict[str, str]:
        """The three headers a client sends with this set."""
        return dict(zip(CREDENTIAL_HEADERS, (self.client_id, self.client_secret, self.access_token), strict=True))

    def matches(self, client_id: str, client_secret: str, access_token: str | None) -> bool:
        """Whether these are this set's credentials; `access_token` None for the operations that
        take the integration's two only (webhook registration)."""
        # Every one is compared every time (no short cut), each in constant time.
        results = [
            hmac.compare_digest(client_id.encode(), self.client_id.encode()),
            hmac.compare_digest(client_secret.encode(), self.client_secret.encode()),
            access_token is None or hmac.compare_digest(access_token.encode(), self.access_token.encode()),
        ]
        return all(results)


# Accepted when none of COBALT_CLIENT_ID, COBALT_CLIENT_SECRET and COBALT_ACCESS_TOKEN is set.
DEMO = CredentialSet(**DEMO_CREDENTIALS, practice="demo", reference_id="clinic_demo")


@dataclass(frozen=True)
class Settings:
    db_path: str = DEFAULT_DB
    booking_delay: float = DEFAULT_BOOKING_DELAY
    credentials: tuple[CredentialSet, ...] = (DEMO,)
    max_body: int = 65536
    # Seconds a client may take to send the body it announced; a stalled upload gets 408, not a worker.
    body_timeout: float = 10.0
    # Seconds a connection may take to send a request's line and headers (counted from its opening,
    # or from the first byte of a request after another): a half-open connection is closed, not kept.
    header_timeout: float = 5.0
    # The wire shapes it answers with: "reference" (the first vendor reference, the document's
    # examples) or "current" (the vendor's current public reference: a bare `appointments` array,
    # `data.message`, no `appointment_id` in an update's answer) or "newest" (the newest versions of
    # its pages: a flat create answer with a numeric `job_id`, polled events as log entries, the
    # registration nested under `webhook`).
    shapes: str = SHAPES[0]
    spec_path: Path = field(default_factory=spec_path)
    # Hosts besides loopback addresses that webhooks are delivered to. Any URL can be registered;
    # a delivery elsewhere is not sent, so that a sandbox never makes its machine post to the world.
    webhook_hosts: tuple[str, ...] = ()

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """The settings the environment gives (config.py names the variables)."""
        # The set a client on this machine sends when given none (config.credentials: the one rule).
        accepted = config.credentials(f"http://{config.LOCAL_HOST}", environ=environ)
        default = DEMO if accepted == DEMO_CREDENTIALS else CredentialSet(**accepted, practice="demo")
        credentials = (default, *_load_credentials(config.read(config.SANDBOX_CREDENTIALS, environ)))
        delay = config.read(config.SANDBOX_BOOKING_DELAY, environ) or str(DEFAULT_BOOKING_DELAY)
        try:
            booking_delay = float(delay)
        except ValueError:
            raise ValueError(f"{config.SANDBOX_BOOKING_DELAY} must be a number of seconds, not {delay!r}") from None
        if booking_delay < 0:
            raise ValueError(f"{config.SANDBOX_BOOKING_DELAY} must be 0 or more seconds")
        shapes = config.read(config.SANDBOX_SHAPES, environ) or SHAPES[0]
        if shapes not in SHAPES:
            raise ValueError(f"{config.SANDBOX_SHAPES} must be {' or '.join(SHAPES)}, not {shapes!r}")
        hosts = config.read(config.SANDBOX_WEBHOOK_HOSTS, environ) or ""
        return cls(
            db_path=config.read(config.SANDBOX_DB, environ) or DEFAULT_DB,
            booking_delay=booking_delay,
            credentials=credentials,
            shapes=shapes,
            webhook_hosts=tuple(h.strip().lower() for h in hosts.split(",") if h.strip()),
        )


def _credential_set(entry: dict[str, object]) -> CredentialSet:
    client_id, client_secret, access_token = (str(entry[name]) for name in CREDENTIAL_HEADERS)
    reference = str(entry.get("access_token_reference_id") or "")
    ehr = str(entry.get("ehr") or DEFAULT_EHR)
    return CredentialSet(client_id, client_secret, access_token, str(entry["practice"]), reference, ehr)


def _load_credentials(path: str | None) -> list[CredentialSet]:
    """More credential sets, one practice each: a JSON list of objects with client_id, client_secret,
    access_token and practice (and optionally access_token_reference_id and ehr)."""
    if not path:
        return []
    try:
        entries = json.loads(Path(path).read_text())
        return [_credential_set(entry) for entry in entries]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ValueError(
            f"{config.SANDBOX_CREDENTIALS}={path}: expected a JSON list of objects with client_id, client_secret, "
            f"access_token and practice ({type(error).__name__})"
        ) from None
