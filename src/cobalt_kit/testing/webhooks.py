"""`WebhookReceiver`: the `cobalt_webhooks` fixture. One receiver serves the whole session; each test
gets it registered for the "demo" practice and emptied, which costs a fraction of a millisecond
with the plugin's own sandbox (a new server and an API call per test cost 50-80 ms).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cobalt_kit.client import Cobalt, WebhookRegistration
from cobalt_kit.receiver import Delivery, Receiver
from cobalt_kit.testing.sandbox import SandboxPractice, credentials
from cobalt_kit.webhooks import Event


@dataclass
class WebhookReceiver:
    """A receiver registered with the sandbox: what it received, verified with the integration's
    secret, and ways to make the next deliveries fail or come again."""

    receiver: Receiver = field(repr=False)
    registration: WebhookRegistration = field(repr=False)
    _practice: SandboxPractice = field(repr=False)

    @property
    def url(self) -> str:
        return self.receiver.url

    @property
    def events(self) -> list[Event]:
        """Each verified event once, in the order received."""
        return self.receiver.events

    @property
    def deliveries(self) -> list[Delivery]:
        """Every verified delivery, retries and resends included (`attempt` says which)."""
        return self.receiver.deliveries

    def wait_for(self, type: str, timeout: float = 10.0) -> Event:
        """The next event of this type (`event.model()` types it); TimeoutError after `timeout` s."""
        return self.receiver.wait_for(type, timeout)

    def wait_for_attempt(self, event_id: str, attempt: int, timeout: float = 10.0) -> Delivery:
        """The delivery of an event with this `webhook-attempt` (2: the sandbox's one retry)."""
        return self.receiver.wait_for_attempt(event_id, attempt, timeout)

    def fail_next(self, status: int, times: int = 1) -> None:
        """Answer the next `times` deliveries with `status` (500 or 429: the sandbox retries once)."""
        self.receiver.fail_next(status, times)

    def resend(self, event: Event | str) -> Delivery:
        """The sandbox delivers this event again (same `webhook-id`, the next `webhook-attempt`), as
        the vendor's dashboard resends one; the delivery, once received."""
        event_id = event if isinstance(event, str) else event.id
        attempt = max((d.attempt for d in self.receiver.deliveries if d.webhook_id == event_id), default=0) + 1
        self._practice.resend_event(event_id)
        return self.receiver.wait_for_attempt(event_id, attempt)

    def rotate_secret(self) -> None:
        """Rotates the integration's secret; the receiver verifies with the new one from now on."""
        self.receiver.secret = self._practice.client().webhooks.rotate_secret()

    def unconsumed(self) -> list[int]:
        """The failures armed with `fail_next` that no delivery met."""
        return self.receiver.armed_failures


def register(receiver: Receiver, practice: SandboxPractice, session_client: Cobalt | None) -> WebhookRegistration:
    """The receiver registered for the practice's integration (once: a test that keeps the state
    finds it registered already), its secret set."""
    if practice._running is not None:
        from cobalt_kit.sandbox.backend import Origin
        from cobalt_kit.sandbox.families.webhooks.model import Webhooks

        backend = practice._running.sandbox.backend
        webhooks = backend.family(Webhooks)
        client_id = practice.headers["client_id"]
        urls, secret = webhooks.configuration(client_id)
        found = next((id_ for id_, url in urls if url == receiver.url), None)
        if found is None or secret is None:
            found, secret = webhooks.register(Origin(client_id, "", backend.resets), receiver.url)
        registration = WebhookRegistration(receiver.url, secret, found)
    else:
        assert session_client is not None
        settings = session_client.webhooks.configuration()
        found = next((u.id for u in settings.urls if u.url == receiver.url), None)
        if found is not None and settings.secret is not None:
            registration = WebhookRegistration(receiver.url, settings.secret, found)
        else:
            registration = session_client.webhooks.register(receiver.url)
    receiver.secret = registration.secret
    return registration


def session_client(practice: SandboxPractice) -> Cobalt:
    return Cobalt(*credentials(practice.headers), base_url=practice.base_url)
