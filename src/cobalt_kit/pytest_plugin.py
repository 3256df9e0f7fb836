"""The kit's pytest plugin (registered through the `pytest11` entry point): a Cobalt sandbox and
mock for an integrator's own tests.

    def test_books(cobalt_sandbox):
        cobalt = cobalt_sandbox.client()
        created = cobalt.appointments.create(...)

`cobalt_sandbox` is one sandbox per test session (in a background thread, in-memory data, bookings
settling after 0.2 s), put back to the demo data before each test unless the test is marked
`@pytest.mark.cobalt_keep_state`; what an earlier test's requests still in flight would write is
dropped with it. `cobalt_sandbox.practice("other")` is a second practice on the same
sandbox, whose data the first cannot see. `cobalt_webhooks` is a receiver registered with that
sandbox for the "demo" practice's integration: it verifies each delivery, and
`cobalt_webhooks.wait_for("appointment.created")` returns the event. `cobalt_mock` is Prism serving
the document's examples.

Importing this module needs only the base package; the fixtures say which extra they need.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from cobalt_kit.client import AsyncCobalt, Cobalt, WebhookRegistration
from cobalt_kit.config import PRISM_ENVIRONMENT
from cobalt_kit.extras import MissingExtra, require
from cobalt_kit.facts import CREDENTIAL_HEADERS, DEMO_CREDENTIALS
from cobalt_kit.receiver import Delivery, Receiver
from cobalt_kit.replay_fixture import cobalt_replay  # noqa: F401  (the fixture, registered by being here)
from cobalt_kit.sandbox_controls import SandboxControls
from cobalt_kit.webhooks import Event

if TYPE_CHECKING:
    from cobalt_kit.sandbox.serve import ThreadedSandbox

# The plugin's second practice and its credentials (synthetic, like everything the sandbox holds).
OTHER_PRACTICE = "other"
OTHER_CREDENTIALS = dict(
    zip(CREDENTIAL_HEADERS, ("ci_other_practice", "cs_other_practice", "at_other_practice"), strict=True)
)
# Its EHR: one that ignores `prevent_double_booking` (the "demo" practice's, eClinicalWorks, honours it).
OTHER_EHR = "WebPT"
BOOKING_DELAY = 0.2
KEEP_STATE = "cobalt_keep_state"


def _credentials(headers: dict[str, str]) -> tuple[str, str, str]:
    client_id, client_secret, access_token = (headers[name] for name in CREDENTIAL_HEADERS)
    return client_id, client_secret, access_token


@dataclass
class SandboxPractice(SandboxControls):
    """One practice of a running sandbox, as an integrator's code reaches it; the test controls
    (`settle`, `advance_clock`, `ehr`, `fail_next`, `journal`, ...) act on this practice only."""

    base_url: str
    headers: dict[str, str] = field(repr=False)
    _running: ThreadedSandbox = field(repr=False)
    _clients: list[Cobalt] = field(default_factory=list, repr=False)

    def client(self, **kwargs: Any) -> Cobalt:
        """A `Cobalt` for this practice (keyword arguments as for `Cobalt`); closed after the test."""
        cobalt = Cobalt(*_credentials(self.headers), base_url=self.base_url, **kwargs)
        self._clients.append(cobalt)
        return cobalt

    def async_client(self, **kwargs: Any) -> AsyncCobalt:
        """An `AsyncCobalt` for this practice; close it with `await cobalt.aclose()` or `async with`."""
        return AsyncCobalt(*_credentials(self.headers), base_url=self.base_url, **kwargs)

    def reset(self) -> None:
        """Back to the demo data for every practice, ids restarting, clocks, faults and journals
        cleared; bookings settle after 0.2 s again. A request still in flight (one a `delay_next`
        holds back after its client gave up) writes nothing after it: no booking, no event."""
        sandbox = self._running.sandbox
        sandbox.reset()
        sandbox.backend.booking_delay = BOOKING_DELAY

    @property
    def booking_delay(self) -> float:
        """Seconds a new booking stays pending (for every practice, until the next reset)."""
        return self._running.sandbox.backend.booking_delay

    @booking_delay.setter
    def booking_delay(self, seconds: float) -> None:
        self._running.sandbox.backend.booking_delay = seconds

    def practice(self, name: str) -> SandboxPractice:
        """Another practice of the same sandbox: "demo" (this fixture's) or "other"."""
        credentials = {"demo": DEMO_CREDENTIALS, OTHER_PRACTICE: OTHER_CREDENTIALS}
        if name not in credentials:
            raise ValueError(f"the plugin's sandbox has the practices {', '.join(credentials)}, not {name!r}")
        return SandboxPractice(self.base_url, dict(credentials[name]), self._running, self._clients)

    def close_clients(self) -> None:
        while self._clients:
            self._clients.pop().close()


@dataclass
class Webhooks:
    """A receiver registered with the sandbox: what it received, verified with the integration's
    secret, and ways to make the next deliveries fail."""

    receiver: Receiver = field(repr=False)
    registration: WebhookRegistration = field(repr=False)
    _cobalt: Cobalt = field(repr=False)

    @property
    def url(self) -> str:
        return self.receiver.url

    @property
    def events(self) -> list[Event]:
        """Each verified event once, in the order received."""
        return self.receiver.events

    @property
    def deliveries(self) -> list[Delivery]:
        """Every verified delivery, retries included (`attempt` says which)."""
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

    def rotate_secret(self) -> None:
        """Rotates the integration's secret; the receiver verifies with the new one from now on."""
        self.receiver.secret = self._cobalt.webhooks.rotate_secret()


@dataclass
class Mock:
    """Prism serving the document's examples; it checks that credentials are there, not their values."""

    base_url: str
    # `cobalt mock`'s output: Prism's log, and a line whenever a request killed Prism and it restarted.
    log_path: Path
    headers: dict[str, str] = field(default_factory=lambda: dict(DEMO_CREDENTIALS), repr=False)

    def client(self, **kwargs: Any) -> Cobalt:
        return Cobalt(*_credentials(self.headers), base_url=self.base_url, **kwargs)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("cobalt", "Cobalt API sandbox and mock")
    group.addoption(
        "--cobalt-prism", help=f"Prism executable for the cobalt_mock fixture (default: {PRISM_ENVIRONMENT}, PATH)"
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{KEEP_STATE}: cobalt_sandbox keeps what earlier tests left")


def _start_sandbox() -> ThreadedSandbox:
    try:
        require("sandbox")
    except MissingExtra as missing:
        pytest.fail(f"cobalt_sandbox: {missing}", pytrace=False)
    from cobalt_kit.sandbox.serve import ThreadedSandbox
    from cobalt_kit.sandbox.settings import DEMO, CredentialSet, Settings

    credentials = (DEMO, CredentialSet(**OTHER_CREDENTIALS, practice=OTHER_PRACTICE, ehr=OTHER_EHR))
    # A test double needs no patience with a client that stalls mid-body.
    settings = Settings(db_path=":memory:", booking_delay=BOOKING_DELAY, credentials=credentials, body_timeout=1.0)
    running = ThreadedSandbox(settings)
    running.start()
    return running


@pytest.fixture(scope="session")
def cobalt_sandbox_session() -> Iterator[SandboxPractice]:
    """The session's sandbox, as it is: no reset. Most tests want `cobalt_sandbox`."""
    running = _start_sandbox()
    try:
        yield SandboxPractice(running.url, dict(DEMO_CREDENTIALS), running)
    finally:
        running.stop()


@pytest.fixture
def cobalt_sandbox(
    request: pytest.FixtureRequest, cobalt_sandbox_session: SandboxPractice
) -> Iterator[SandboxPractice]:
    """The sandbox's "demo" practice, reset to the demo data first unless marked cobalt_keep_state."""
    if request.node.get_closest_marker(KEEP_STATE) is None:
        cobalt_sandbox_session.reset()
    yield cobalt_sandbox_session
    cobalt_sandbox_session.close_clients()


@pytest.fixture
def cobalt_webhooks(cobalt_sandbox: SandboxPractice) -> Iterator[Webhooks]:
    """A webhook receiver on a free port, registered with the sandbox for the "demo" practice."""
    receiver = Receiver(secret="")
    cobalt = cobalt_sandbox.client()
    try:
        registration = cobalt.webhooks.register(receiver.url)
        receiver.secret = registration.secret
        yield Webhooks(receiver, registration, cobalt)
    finally:
        receiver.close()


@pytest.fixture(scope="session")
def cobalt_mock(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mock]:
    """Prism on a free port; the test is skipped, saying how to install Prism, when it is not found."""
    from cobalt_kit import servers

    try:
        server = servers.prism(
            servers.free_port(), tmp_path_factory.mktemp("cobalt-mock"), request.config.getoption("cobalt_prism")
        )
    except servers.PrismNotFound as missing:
        pytest.skip(str(missing))
    with server:
        yield Mock(server.url, server.log_path)
