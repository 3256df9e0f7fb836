"""The courier's ticks against a test that patches `time.monotonic` for the whole process (as
tests/test_contract_run.py paces its requests without waiting): the courier's event loop, with no
socket of its own to wake it, used to time its ticks by the patched clock. While the clock stood
still no tick came; one due before the patch was then hours away, and every webhook of the
session's sandbox went undelivered for the rest of the session. The sandbox here is the test's
own, so that a courier that stalls stalls no other test's."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from cobalt_kit.facts import DEMO_CREDENTIALS
from cobalt_kit.pytest_plugin import _start_sandbox
from cobalt_kit.receiver import Delivery, Receiver
from cobalt_kit.sandbox.delivery import Delivery as Claimed
from cobalt_kit.sandbox.serve import ThreadedSandbox
from cobalt_kit.testing import SandboxPractice
from cobalt_kit.testing.webhooks import register

# A stopped clock, far behind the real one (test_contract_run's starts at 100 s too).
STOPPED_AT = 100.0
# Generous: a delivery takes milliseconds, and the courier ticks 20 times a second.
ARRIVES_WITHIN = 10.0


@pytest.fixture
def running() -> Iterator[ThreadedSandbox]:
    sandbox = _start_sandbox()
    try:
        yield sandbox
    finally:
        sandbox.stop()


def test_a_webhook_arrives_while_a_test_has_stopped_the_monotonic_clock(
    running: ThreadedSandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    practice = SandboxPractice(running.url, dict(DEMO_CREDENTIALS), running)
    arrived = threading.Event()

    def received(delivery: Delivery) -> None:
        if delivery.event.type == "appointment.created":
            arrived.set()

    courier = running.sandbox.courier
    ticked = threading.Event()
    tick = courier.tick

    def noted_tick() -> list[Claimed]:
        ticked.set()
        return tick()

    monkeypatch.setattr(courier, "tick", noted_tick)
    receiver = Receiver(secret="", on_delivery=received)
    try:
        register(receiver, practice, None)
        assert ticked.wait(ARRIVES_WITHIN)  # the courier runs
        with monkeypatch.context() as stopped:
            stopped.setattr("time.monotonic", lambda: STOPPED_AT)
            ticked.clear()
            practice.book_and_settle(
                mrn="414421", location="Good Clinic", provider="6644", type="f/u",
                datetime="2031-05-06T09:00:00-07:00",
            )  # fmt: skip
            # threading's waits keep the real clock (it took its own when imported): these end.
            assert ticked.wait(ARRIVES_WITHIN), "the courier stopped ticking when the clock stopped"
            assert arrived.wait(ARRIVES_WITHIN), "the event was not delivered while the clock stood still"
        # The clock back, far ahead of where it stood: the ticks go on.
        ticked.clear()
        assert ticked.wait(ARRIVES_WITHIN), "the courier's next tick is timed by the stopped clock"
    finally:
        receiver.close()
