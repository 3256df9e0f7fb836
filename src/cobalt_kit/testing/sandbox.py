"""`SandboxPractice`: one practice of a running sandbox as a test reaches it (the `cobalt_sandbox`
fixture is one). The sandbox runs in this process (the plugin's own, in a background thread) or in
another one (`--cobalt-sandbox-url`): the controls are HTTP calls either way, and what a test pays
for each time (a reset, the check of what is left armed) goes straight to the in-process one.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from cobalt_kit.client import AsyncCobalt, Cobalt
from cobalt_kit.config import SHAPES
from cobalt_kit.facts import CREDENTIAL_HEADERS, DEMO_CREDENTIALS, SANDBOX_RESETS_HEADER
from cobalt_kit.names import unknown
from cobalt_kit.numbers import count
from cobalt_kit.operation_names import Operation, checked
from cobalt_kit.sandbox_controls import SandboxControls
from cobalt_kit.testing import journal, scenario
from cobalt_kit.transport import default_async_transport, default_transport

if TYPE_CHECKING:
    from cobalt_kit.sandbox.serve import ThreadedSandbox

# The plugin's second practice and its credentials (synthetic, like everything the sandbox holds).
DEMO_PRACTICE = "demo"
OTHER_PRACTICE = "other"
OTHER_CREDENTIALS = dict(
    zip(CREDENTIAL_HEADERS, ("ci_other_practice", "cs_other_practice", "at_other_practice"), strict=True)
)
PRACTICES = {DEMO_PRACTICE: DEMO_CREDENTIALS, OTHER_PRACTICE: OTHER_CREDENTIALS}
# Its EHR: one that ignores `prevent_double_booking` (the "demo" practice's, eClinicalWorks, honours it).
OTHER_EHR = "WebPT"
BOOKING_DELAY = 0.2
# A client polling this sandbox for a job's event asks this often per booking delay (never more
# often than every 20 ms, never less often than the client's own default).
POLLS_PER_DELAY = 4
FASTEST_POLL = 0.02


def _stamp(request: httpx.Request, practice: SandboxPractice) -> None:
    resets = practice.resets()
    if resets is not None:
        request.headers[SANDBOX_RESETS_HEADER] = str(resets)


class _Stamping(httpx.BaseTransport):
    """Stamps each request with its practice's count of resets when it is sent."""

    def __init__(self, inner: httpx.BaseTransport, practice: SandboxPractice) -> None:
        self._inner, self._practice = inner, practice

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _stamp(request, self._practice)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class _AsyncStamping(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, practice: SandboxPractice) -> None:
        self._inner, self._practice = inner, practice

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _stamp(request, self._practice)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def unconsumed(faults: list[dict[str, Any]]) -> str:
    """Why a strict test fails: the faults no request met."""
    armed = "; ".join(f"{f['kind']} on {f['target']} ({f['remaining']} left)" for f in faults)
    return f"armed and never met by a request: {armed}. A request it was meant for did not come, or went elsewhere"


def credentials(headers: dict[str, str]) -> tuple[str, str, str]:
    client_id, client_secret, access_token = (headers[name] for name in CREDENTIAL_HEADERS)
    return client_id, client_secret, access_token


@dataclass
class SandboxPractice(SandboxControls):
    """One practice of a running sandbox, as an integrator's code reaches it; the test controls
    (`settle`, `advance_clock`, `ehr`, `fail_next`, `journal`, `assert_called`, ...) act on this
    practice only. `name` is the practice's ("demo", "other")."""

    base_url: str
    headers: dict[str, str] = field(repr=False)
    _running: ThreadedSandbox | None = field(default=None, repr=False)  # None: in another process
    _clients: list[Cobalt] = field(default_factory=list, repr=False)
    name: str = DEMO_PRACTICE
    # Each practice's count of resets, as the last control's answer said (shared by `practice()`'s).
    _resets: dict[str, int] = field(default_factory=dict, repr=False)

    def client(self, **kwargs: Any) -> Cobalt:
        """A `Cobalt` for this practice (keyword arguments as for `Cobalt`); closed after the test.
        Its `webhooks.wait_for` polls at the pace of the sandbox's booking delay, and each request
        is stamped with the practice's count of resets (docs/sandbox.md says why)."""
        transport = _Stamping(kwargs.pop("transport", None) or default_transport(), self)
        cobalt = Cobalt(*credentials(self.headers), base_url=self.base_url, transport=transport, **kwargs)
        cobalt.webhooks.poll_interval = self._poll_interval(cobalt.webhooks.poll_interval)
        self._clients.append(cobalt)
        return cobalt

    def async_client(self, **kwargs: Any) -> AsyncCobalt:
        """An `AsyncCobalt` for this practice, its requests stamped as `client`'s; close it with
        `await cobalt.aclose()` or `async with`."""
        transport = _AsyncStamping(kwargs.pop("transport", None) or default_async_transport(), self)
        cobalt = AsyncCobalt(*credentials(self.headers), base_url=self.base_url, transport=transport, **kwargs)
        cobalt.webhooks.poll_interval = self._poll_interval(cobalt.webhooks.poll_interval)
        return cobalt

    def resets(self) -> int | None:
        """The sandbox's count of resets at this practice's last one (None: a sandbox of another
        process that no control has been asked of yet, or one older than the count)."""
        if self._running is not None:
            return self._running.sandbox.backend.last_reset(self.name)
        return self._resets.get(self.name)

    def _answered(self, headers: httpx.Headers) -> None:
        stamp = count(headers.get(SANDBOX_RESETS_HEADER, ""))
        if stamp is not None:
            self._resets[self.name] = stamp

    def _poll_interval(self, default: float) -> float:
        return min(default, max(FASTEST_POLL, self.booking_delay / POLLS_PER_DELAY))

    @property
    def in_process(self) -> bool:
        """Whether the sandbox is the plugin's own (not one at `--cobalt-sandbox-url`)."""
        return self._running is not None

    def reset(self) -> None:
        """In the plugin's own sandbox: every practice back to the demo data, ids restarting, clocks,
        faults, journals, EHRs and wire shapes as they started; bookings settle after 0.2 s again. A
        request still in flight (one a `delay_next` holds back after its client gave up) writes
        nothing after it: no booking, no event. In a sandbox of another process: this practice's
        data, clock, faults and journal only (ids go on counting there)."""
        if self._running is None:
            self.reset_practice()
            return
        sandbox = self._running.sandbox
        sandbox.reset()
        for practice in sandbox.practices:
            sandbox.backend.set_ehr(practice, None)
        sandbox.backend.booking_delay = BOOKING_DELAY
        from cobalt_kit.sandbox.settings import Settings

        if sandbox.settings.shapes != Settings.shapes:  # a test's `variant=`
            sandbox.settings = dataclasses.replace(sandbox.settings, shapes=Settings.shapes)

    @property
    def booking_delay(self) -> float:
        """Seconds a new booking stays pending (for every practice, until the next reset)."""
        if self._running is None:
            return float(self.control("GET", "booking-delay")["seconds"])
        return self._running.sandbox.backend.booking_delay

    @booking_delay.setter
    def booking_delay(self, seconds: float) -> None:
        if self._running is None:
            self.control("POST", "booking-delay", {"seconds": seconds})
        else:
            self._running.sandbox.backend.booking_delay = seconds

    def use_variant(self, shapes: str) -> None:
        """Answer in these wire shapes ("reference", "current", "newest") until the next reset: the
        plugin's own sandbox only (start another one with `cobalt sandbox --shapes`)."""
        if self._running is None:
            raise RuntimeError(f"variant={shapes!r} needs the plugin's own sandbox: start the other one with --shapes")
        if shapes not in SHAPES:
            raise ValueError(unknown("variant", shapes, SHAPES))
        sandbox = self._running.sandbox
        sandbox.settings = dataclasses.replace(sandbox.settings, shapes=shapes)

    def practice(self, name: str) -> SandboxPractice:
        """Another practice of the same sandbox: "demo" (this fixture's) or "other"."""
        if name not in PRACTICES:
            raise ValueError(f"the plugin's sandbox has the practices {', '.join(PRACTICES)}, not {name!r}")
        return SandboxPractice(self.base_url, dict(PRACTICES[name]), self._running, self._clients, name, self._resets)

    def close_clients(self) -> None:
        while self._clients:
            self._clients.pop().close()

    def unconsumed(self) -> list[dict[str, Any]]:
        """The faults armed with a count (not a `fraction`) that requests have not used up yet."""
        running = self._running
        armed = self.faults() if running is None else running.sandbox.controls.faults.listed(self.name)
        return [fault for fault in armed if fault.get("remaining") is not None]

    # Assertions on the journal.

    def assert_called(self, operation: Operation, times: int | None = None, **expected: Any) -> None:
        """That this practice sent `operation` (exactly `times` times, or at least once) with these
        query or body fields (`mrn="414421"`, `start_date="2024-04-01"`); otherwise an
        AssertionError listing what was sent to it, newest first."""
        __tracebackhide__ = True
        failure = journal.called_failure(checked(operation), times, expected, self.journal())
        if failure is not None:
            raise AssertionError(failure)

    def assert_not_called(self, operation: Operation) -> None:
        """That this practice sent no `operation`; otherwise an AssertionError listing what it sent."""
        __tracebackhide__ = True
        failure = journal.not_called_failure(checked(operation), self.journal())
        if failure is not None:
            raise AssertionError(failure)

    # Scenarios and events.

    def load_scenario(self, source: Path | str | dict[str, Any]) -> dict[str, dict[str, Any]]:
        """A scenario (a file, the name of one the kit ships, or its content as a dict) given to its
        practices: each starts again from its part. What each practice was given (its appointments'
        and blocks' ids)."""
        content = source if isinstance(source, dict) else scenario.read(scenario.find(source, Path.cwd()))
        parts = scenario.practices(content)
        loaded = {}
        for name, part in parts.items():
            if name not in PRACTICES:
                raise ValueError(f"scenario: {unknown('practice', name, PRACTICES)}")
            loaded[name] = self.practice(name).control("POST", "scenario", {"practices": {name: part}})
        return loaded

    def resend_event(self, event_id: str) -> int:
        """Delivers one of this practice's events again: same `webhook-id`, the next `webhook-attempt`
        (what a receiver's deduplication must recognise). How many deliveries were made due."""
        return int(self.control("POST", f"events/{event_id}/resend")["deliveries"])
