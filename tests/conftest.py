"""Session fixtures: every server is started here, once per test session, and always stopped."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

import pytest

from cobalt_client import Client

import reference
import servers

# The sandbox's second practice: its data must never be visible to the first one's token.
OTHER_PRACTICE = {
    "client_id": "ci_other_practice",
    "client_secret": "cs_other_practice",
    "access_token": "at_other_practice",
    "practice": "other",
}
# Short enough for tests to watch a booking settle, long enough to see it pending first.
BOOKING_DELAY = 0.5


@dataclass(frozen=True)
class Backend:
    """A running stand-in for the Cobalt API, and the credentials it accepts."""

    name: str
    url: str
    credentials: dict[str, str]


@pytest.fixture(scope="session")
def mock_url() -> Iterator[str]:
    with servers.prism(servers.free_port()) as server:
        yield server.url


@pytest.fixture(scope="session")
def start_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., AbstractContextManager[servers.Server]]:
    """Starts a sandbox (a context manager) on a free port; the database file is the caller's to choose."""
    more = tmp_path_factory.mktemp("sandbox") / "credentials.json"
    more.write_text(json.dumps([OTHER_PRACTICE]))

    def start(db: Path, booking_delay: float = BOOKING_DELAY) -> AbstractContextManager[servers.Server]:
        return servers.sandbox(servers.free_port(), db, reference.EXAMPLE_CREDENTIALS, booking_delay, more)

    return start


@pytest.fixture(scope="session")
def sandbox(start_sandbox, tmp_path_factory: pytest.TempPathFactory) -> Iterator[servers.Server]:
    with start_sandbox(tmp_path_factory.mktemp("sandbox-db") / "cobalt.db") as server:
        yield server


@pytest.fixture(scope="session")
def sandbox_url(sandbox: servers.Server) -> str:
    return sandbox.url


@pytest.fixture(scope="session")
def pending_sandbox_url(start_sandbox, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A sandbox whose bookings stay pending for an hour: what a test sees there does not depend on
    how fast this machine answers."""
    with start_sandbox(tmp_path_factory.mktemp("pending-db") / "cobalt.db", booking_delay=3600) as server:
        yield server.url


@pytest.fixture(scope="session", params=["mock", "sandbox"])
def backend(request: pytest.FixtureRequest) -> Backend:
    """The same contract tests run against both stand-ins: Prism and the stateful sandbox."""
    url = request.getfixturevalue(f"{request.param}_url")
    return Backend(request.param, url, dict(reference.EXAMPLE_CREDENTIALS))


@pytest.fixture
def generated_client(backend: Backend) -> Client:
    return Client(base_url=backend.url, headers=backend.credentials, raise_on_unexpected_status=True)
