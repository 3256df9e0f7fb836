"""The kit's pytest plugin (registered through the `pytest11` entry point): fixtures, one marker and
the options; what they hand a test lives in `cobalt_kit.testing`.

    def test_books(cobalt_sandbox):
        cobalt = cobalt_sandbox.client()
        created = cobalt.appointments.create(...)
        cobalt_sandbox.assert_called("create_appointment", mrn="414421")

`cobalt_sandbox` (a `SandboxPractice`) is the "demo" practice of one sandbox per session, put back
to the demo data before each test; `cobalt_webhooks` (a `WebhookReceiver`) a receiver registered
for it; `cobalt_mock` (a `MockServer`) Prism. `@pytest.mark.cobalt(keep_state=, booking_delay=,
variant=, scenario=, strict=)` sets a test's sandbox up; strict (the default) fails a test at
teardown that left a fault or a receiver failure armed that nothing met.

Importing this module needs only the base package; the fixtures say which extra they need.
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from cobalt_kit import testing
from cobalt_kit.config import PRISM_ENVIRONMENT, SANDBOX_URL_ENVIRONMENT
from cobalt_kit.extras import MissingExtra, require
from cobalt_kit.facts import DEMO_CREDENTIALS
from cobalt_kit.names import unknown
from cobalt_kit.receiver import Receiver
from cobalt_kit.replay_fixture import cobalt_replay  # noqa: F401  (the fixture, registered by being here)
from cobalt_kit.testing import coverage, scenario
from cobalt_kit.testing.sandbox import BOOKING_DELAY, OTHER_CREDENTIALS, OTHER_EHR, OTHER_PRACTICE, unconsumed
from cobalt_kit.testing.webhooks import register, session_client

if TYPE_CHECKING:
    from cobalt_kit.sandbox.serve import ThreadedSandbox

__all__ = ["BOOKING_DELAY", "OTHER_CREDENTIALS", "OTHER_PRACTICE"]

MARKER = "cobalt"
# Today's first marker, kept as an alias of `cobalt(keep_state=True)`.
KEEP_STATE = "cobalt_keep_state"
MARKER_DEFAULTS: dict[str, Any] = {
    "keep_state": False,
    "booking_delay": None,
    "variant": None,
    "scenario": None,
    "strict": True,
}
# Each option, as `--cobalt-NAME` on the command line and `cobalt_NAME` in the ini file.
OPTIONS = {
    "prism": f"Prism executable for cobalt_mock (default: {PRISM_ENVIRONMENT}, PATH)",
    "sandbox_url": f"a running sandbox for the fixtures, its controls over HTTP (default: {SANDBOX_URL_ENVIRONMENT})",
    "require_mock": "fail cobalt_mock's tests when Prism is missing, instead of skipping them",
    "coverage": "write the suite's API coverage report (Markdown and JSON) to this folder, and print it",
    "coverage_min": "fail the session when the API coverage is below this percentage (prints the report)",
}
FLAGS = {"require_mock"}
COVERAGE = pytest.StashKey[list[dict[str, Any]]]()
COVERAGE_LINES = pytest.StashKey[list[str]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("cobalt", "Cobalt API sandbox and mock")
    for name, help in OPTIONS.items():
        flag = "--cobalt-" + name.replace("_", "-")
        if name in FLAGS:
            group.addoption(flag, action="store_true", default=None, help=help)
            parser.addini(f"cobalt_{name}", help, type="bool", default=False)
        else:
            group.addoption(flag, dest=f"cobalt_{name}", help=help)
            parser.addini(f"cobalt_{name}", help, default=None)


def setting(config: pytest.Config, name: str) -> Any:
    """An option's value: the command line's, else the ini file's."""
    given = config.getoption(f"cobalt_{name}")
    return given if given is not None else config.getini(f"cobalt_{name}")


def pytest_configure(config: pytest.Config) -> None:
    arguments = ", ".join(f"{name}={value!r}" for name, value in MARKER_DEFAULTS.items())
    config.addinivalue_line("markers", f"{MARKER}({arguments}): how cobalt_sandbox is set up for the test")
    config.addinivalue_line("markers", f"{KEEP_STATE}: cobalt_sandbox keeps what earlier tests left (keep_state=True)")
    config.stash[COVERAGE] = []


def marked(request: pytest.FixtureRequest) -> dict[str, Any]:
    """The test's `cobalt` marker's arguments over the defaults (the nearest marker wins)."""
    chosen = dict(MARKER_DEFAULTS)
    for marker in reversed(list(request.node.iter_markers(MARKER))):
        if marker.args:
            pytest.fail(f"@pytest.mark.{MARKER} takes keyword arguments only ({', '.join(MARKER_DEFAULTS)})", False)
        for name in marker.kwargs:
            if name not in MARKER_DEFAULTS:
                pytest.fail(f"@pytest.mark.{MARKER}: {unknown('argument', name, MARKER_DEFAULTS)}", pytrace=False)
        chosen.update(marker.kwargs)
    if request.node.get_closest_marker(KEEP_STATE) is not None:
        chosen["keep_state"] = True
    return chosen


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
def cobalt_sandbox_session(request: pytest.FixtureRequest) -> Iterator[testing.SandboxPractice]:
    """The session's sandbox, as it is: no reset. Most tests want `cobalt_sandbox`."""
    url = setting(request.config, "sandbox_url") or os.environ.get(SANDBOX_URL_ENVIRONMENT)
    if url:
        practice = testing.SandboxPractice(url.rstrip("/"), dict(DEMO_CREDENTIALS))
        practice.control("DELETE", "coverage")  # the tally of this session
        yield practice
        request.config.stash[COVERAGE].append(practice.control("GET", "coverage"))
        return
    running = _start_sandbox()
    try:
        yield testing.SandboxPractice(running.url, dict(DEMO_CREDENTIALS), running)
        request.config.stash[COVERAGE].append(running.sandbox.controls.tally.shown())
    finally:
        running.stop()


@pytest.fixture
def cobalt_sandbox(
    request: pytest.FixtureRequest, cobalt_sandbox_session: testing.SandboxPractice
) -> Iterator[testing.SandboxPractice]:
    """The sandbox's "demo" practice, reset to the demo data first unless the marker keeps the state,
    set up as the `cobalt` marker says; strict, it fails the test at teardown when a fault is left."""
    practice, chosen = cobalt_sandbox_session, marked(request)
    if not chosen["keep_state"]:
        practice.reset()
    before = None if practice.in_process or chosen["booking_delay"] is None else practice.booking_delay
    if chosen["booking_delay"] is not None:
        practice.booking_delay = chosen["booking_delay"]
    if chosen["variant"] is not None:
        practice.use_variant(chosen["variant"])
    if chosen["scenario"] is not None:
        practice.load_scenario(scenario.find(chosen["scenario"], request.path.parent))
    yield practice
    practice.close_clients()
    if before is not None:  # another process's sandbox keeps its delay across our resets
        practice.booking_delay = before
    left = practice.unconsumed() if chosen["strict"] else []
    if left:
        pytest.fail(f"cobalt strict: {unconsumed(left)} (opt out: @pytest.mark.{MARKER}(strict=False))", pytrace=False)


@pytest.fixture(scope="session")
def _cobalt_receiver(cobalt_sandbox_session: testing.SandboxPractice) -> Iterator[Receiver]:
    """The session's one receiver, on a free port (a server per test cost tens of milliseconds)."""
    receiver = Receiver(secret="")
    try:
        yield receiver
    finally:
        receiver.close()


@pytest.fixture(scope="session")
def _cobalt_session_client(cobalt_sandbox_session: testing.SandboxPractice) -> Iterator[Any]:
    """Registers the receiver with a sandbox of another process (the API's own registration)."""
    if cobalt_sandbox_session.in_process:
        yield None
        return
    with session_client(cobalt_sandbox_session) as cobalt:
        yield cobalt


@pytest.fixture
def cobalt_webhooks(
    request: pytest.FixtureRequest,
    cobalt_sandbox: testing.SandboxPractice,
    _cobalt_receiver: Receiver,
    _cobalt_session_client: Any,
) -> Iterator[testing.WebhookReceiver]:
    """A webhook receiver registered with the sandbox for the "demo" practice, emptied for the test."""
    _cobalt_receiver.clear()
    registration = register(_cobalt_receiver, cobalt_sandbox, _cobalt_session_client)
    webhooks = testing.WebhookReceiver(_cobalt_receiver, registration, cobalt_sandbox)
    yield webhooks
    left = webhooks.unconsumed() if marked(request)["strict"] else []
    if left:
        met = f"cobalt_webhooks.fail_next armed {len(left)} failure(s) ({left}) that no delivery met"
        pytest.fail(f"cobalt strict: {met} (opt out: @pytest.mark.{MARKER}(strict=False))", pytrace=False)


@pytest.fixture(scope="session")
def cobalt_mock(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Prism on a free port; without Prism the test is skipped (failed with --cobalt-require-mock),
    saying how to install it."""
    from cobalt_kit import servers

    try:
        folder = tmp_path_factory.mktemp("cobalt-mock")
        server = servers.prism(servers.free_port(), folder, setting(request.config, "prism"))
    except servers.PrismNotFound as missing:
        if setting(request.config, "require_mock"):
            pytest.fail(f"cobalt_mock (--cobalt-require-mock): {missing}", pytrace=False)
        pytest.skip(str(missing))
    with server:
        yield testing.MockServer(server.url, server.log_path)


# The coverage report: each sandbox's tally (one per pytest-xdist worker) set beside the documents.


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    shipped = getattr(node, "workeroutput", {}).get("cobalt_coverage")
    if shipped:
        node.config.stash[COVERAGE].extend(json.loads(shipped))


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    tallies = config.stash.get(COVERAGE, [])
    if hasattr(config, "workeroutput"):  # a pytest-xdist worker: the controller reports
        config.workeroutput["cobalt_coverage"] = json.dumps(tallies)
        return
    folder, minimum = setting(config, "coverage"), setting(config, "coverage_min")
    if tallies and (folder or minimum):
        lines, below = coverage.conclude(tallies, Path(folder) if folder else None, float(minimum or 0))
        config.stash[COVERAGE_LINES] = lines
        if below:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    lines = config.stash.get(COVERAGE_LINES, [])
    if lines:
        terminalreporter.section("Cobalt API coverage")
        for line in lines:
            terminalreporter.write_line(line)


# Names that moved to cobalt_kit.testing, kept for one minor release.
_MOVED = {"SandboxPractice": "SandboxPractice", "Webhooks": "WebhookReceiver", "Mock": "MockServer"}


def __getattr__(name: str) -> object:
    if name in _MOVED:
        moved = f"cobalt_kit.pytest_plugin.{name} is now cobalt_kit.testing.{_MOVED[name]}"
        warnings.warn(moved, DeprecationWarning, stacklevel=2)
        return getattr(testing, _MOVED[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
