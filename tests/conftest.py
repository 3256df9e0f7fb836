"""Session fixtures: every server process is started here, once per test session, and always stopped.
The sandbox's behaviour tests use the kit's own plugin (cobalt_sandbox) instead."""

from __future__ import annotations

import json
import signal
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from cobalt_client import Client

from support import reference, servers
from support.browser import build_docs
from support.servers import BOOKING_DELAY, OTHER_PRACTICE, REPORTS, Backend


def pytest_configure(config: pytest.Config) -> None:
    # A suite started in the background by a non-interactive shell (`make test &`) inherits SIGINT
    # ignored, as does every process it starts, and Python leaves that so: the webhook listener a
    # test stops with Ctrl-C would never stop. The suite's processes take Ctrl-C as from a terminal.
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    if not hasattr(config, "workerinput"):  # once a session, before its workers start any sandbox
        servers.prune_sandbox_logs(REPORTS)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`make docs`, once: the documentation site, with the API reference in its api/ (test_docs and
    test_site share it; they are one xdist group)."""
    return build_docs(tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def mock_url(cobalt_mock) -> str:
    """Prism, started by the kit's own plugin (so the plugin's mock fixture is exercised every run)."""
    return str(cobalt_mock.base_url)


@pytest.fixture(scope="session")
def start_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., AbstractContextManager[servers.Server]]:
    """Starts a sandbox process (a context manager) on a free port; the database file is the caller's."""
    more = tmp_path_factory.mktemp("sandbox") / "credentials.json"
    more.write_text(json.dumps([OTHER_PRACTICE]))

    def start(
        db: Path, booking_delay: float = BOOKING_DELAY, shapes: str = "reference"
    ) -> AbstractContextManager[servers.Server]:
        return servers.sandbox(servers.free_port(), db, reference.EXAMPLE_CREDENTIALS, booking_delay, more, shapes)

    return start


@pytest.fixture(scope="session")
def sandbox(start_sandbox, tmp_path_factory: pytest.TempPathFactory) -> Iterator[servers.Server]:
    with start_sandbox(tmp_path_factory.mktemp("sandbox-db") / "cobalt.db") as server:
        yield server


@pytest.fixture(scope="session")
def sandbox_url(sandbox: servers.Server) -> str:
    return sandbox.url


@pytest.fixture(scope="session")
def current_sandbox_url(start_sandbox, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A sandbox answering in the shapes of the vendor's current public reference."""
    with start_sandbox(tmp_path_factory.mktemp("current-db") / "cobalt.db", shapes="current") as server:
        yield server.url


@pytest.fixture(scope="session")
def newest_sandbox_url(start_sandbox, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A sandbox answering in the shapes of the newest versions of the vendor's pages."""
    with start_sandbox(tmp_path_factory.mktemp("newest-db") / "cobalt.db", shapes="newest") as server:
        yield server.url


@pytest.fixture(scope="session", params=["mock", "sandbox", "current_sandbox"])
def backend(request: pytest.FixtureRequest) -> Backend:
    """The same contract tests run against every stand-in: Prism, the stateful sandbox, and the
    sandbox in the current reference's wire shapes."""
    url = request.getfixturevalue(f"{request.param}_url")
    return Backend(request.param, url, dict(reference.EXAMPLE_CREDENTIALS))


@pytest.fixture
def generated_client(backend: Backend) -> Client:
    return Client(base_url=backend.url, headers=backend.credentials, raise_on_unexpected_status=True)


# Modules whose tests mostly wait on the clock (a webhook's retry a second later, a Retry-After, a
# booking's delay): collected first, so that xdist hands them out first and their waiting overlaps
# the suite's CPU-bound work instead of trailing after it; and one xdist group, so that one worker
# waits while the others keep both cores busy (split across workers, they idled the machine).
WAITING_MODULES = (
    "test_sandbox_webhooks.py",
    "test_sandbox_controls.py",
    "test_cli_events.py",
    "test_courier.py",
    "test_sandbox_resources.py",
)


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.path.name not in WAITING_MODULES)
    for item in items:
        if item.path.name in WAITING_MODULES:
            item.add_marker(pytest.mark.xdist_group("waiting"))
