"""The courier against receivers no well-behaved server would be: one that trickles its answer a byte
at a time, eight of them registered by one integration, and one whose answer is 400 MB. Each test
has a sandbox of its own, so that deliveries still in flight never reach another test."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cobalt_kit.client import Cobalt
from cobalt_kit.facts import DEMO_CREDENTIALS
from cobalt_kit.pytest_plugin import OTHER_CREDENTIALS, OTHER_PRACTICE
from cobalt_kit.receiver import Receiver
from cobalt_kit.sandbox.delivery import TIMEOUTS
from cobalt_kit.sandbox.serve import ThreadedSandbox
from cobalt_kit.sandbox.settings import DEMO, CredentialSet, Settings
from cobalt_kit.sandbox_controls import SandboxControls

from support import reference

# A trickling receiver sends a byte every PAUSE s (shorter than either attempt's deadline, so
# that no single read waits that long), for TRICKLE_FOR s before it sends the rest at once: longer
# than any deadline of the courier's, so that a courier without one is seen to wait for it.
PAUSE = 1.0
TRICKLE_FOR = 12.0
ANSWER = b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n"


class RawReceiver:
    """A webhook receiver on a plain socket: each connection's request is read, then answered by
    `answer(number, connection)` (number counts connections from 0) in a thread of its own; `held`
    has how long the sandbox kept each connection open, in the order they were closed."""

    def __init__(self, answer) -> None:  # type: ignore[no-untyped-def]
        self.answer = answer
        self._server = socket.create_server(("127.0.0.1", 0), backlog=64)
        self.url = f"http://127.0.0.1:{self._server.getsockname()[1]}"
        self.opened = 0
        self.held: list[float] = []
        self._closing = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        number = 0
        while not self._closing.is_set():
            try:
                connection, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(number, connection), daemon=True).start()
            number += 1
            self.opened = number

    def _serve(self, number: int, connection: socket.socket) -> None:
        opened = time.monotonic()
        with connection:
            read_request(connection)
            self.answer(number, connection)
            self.held.append(time.monotonic() - opened)

    def wait_closed(self, count: int, timeout: float) -> list[float]:
        deadline = time.monotonic() + timeout
        while len(self.held) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        return list(self.held)

    def close(self) -> None:
        self._closing.set()
        self._server.close()


def read_request(connection: socket.socket) -> None:
    received = b""
    while b"\r\n\r\n" not in received:
        received += connection.recv(65536)
    head, _, body = received.partition(b"\r\n\r\n")
    lines = head.lower().split(b"\r\n")
    length = next(int(line.split(b":")[1]) for line in lines if line.startswith(b"content-length"))
    while len(body) < length:
        body += connection.recv(65536)


def closed_by_peer(connection: socket.socket, wait: float) -> bool:
    """Whether the other end closes the connection within `wait` seconds."""
    connection.settimeout(wait)
    try:
        return connection.recv(1) == b""
    except TimeoutError:
        return False
    except OSError:  # reset
        return True


def trickle(connection: socket.socket) -> None:
    """The answer one byte every PAUSE s (for TRICKLE_FOR s), then the rest; returns once the
    sandbox has closed the connection."""
    started, sent = time.monotonic(), 0
    try:
        while sent < len(ANSWER) and time.monotonic() - started < TRICKLE_FOR:
            connection.sendall(ANSWER[sent : sent + 1])
            sent += 1
            if closed_by_peer(connection, PAUSE):
                return
        connection.sendall(ANSWER[sent:])
    except OSError:  # closed by the sandbox
        return
    closed_by_peer(connection, 10.0)


def answer_500_then_trickle(number: int, connection: socket.socket) -> None:
    if number == 0:
        connection.sendall(b"HTTP/1.1 500 Internal Server Error\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
        closed_by_peer(connection, 10.0)
    else:
        trickle(connection)


@pytest.fixture
def sandbox() -> Iterator[ThreadedSandbox]:
    credentials = (DEMO, CredentialSet(**OTHER_CREDENTIALS, practice=OTHER_PRACTICE))
    running = ThreadedSandbox(Settings(db_path=":memory:", booking_delay=0.2, credentials=credentials))
    running.start()
    yield running
    running.stop()


def clients(sandbox: ThreadedSandbox) -> tuple[Cobalt, Cobalt]:
    """The demo integration's client and the other integration's."""
    return Cobalt(**DEMO_CREDENTIALS, base_url=sandbox.url), Cobalt(**OTHER_CREDENTIALS, base_url=sandbox.url)


def change_a_note(cobalt: Cobalt) -> None:
    """An `appointment.updated` event now: a note on a scheduled appointment."""
    scheduled = next(a for a in cobalt.appointments.list("2024-03-01", "2024-03-31") if a.status == "scheduled")
    cobalt.appointments.update(scheduled.id, note=f"Synthetic note {time.monotonic()}.")


@pytest.mark.parametrize(
    ("attempt", "answer"),
    [(1, lambda number, connection: trickle(connection)), (2, answer_500_then_trickle)],
    ids=["the first attempt", "the retry"],
)
def test_a_trickling_receiver_is_given_up_on_at_the_attempts_deadline(sandbox, attempt: int, answer) -> None:  # type: ignore[no-untyped-def]
    receiver = RawReceiver(answer)
    demo, other = clients(sandbox)
    try:
        demo.webhooks.register(f"{receiver.url}/hook")
        change_a_note(demo)
        held = receiver.wait_closed(attempt, timeout=TRICKLE_FOR + 10)
        assert len(held) == attempt
        # The documented deadline of the whole attempt (5 s, then 2 s), not of each read.
        assert TIMEOUTS[attempt] - 0.5 < held[-1] < TIMEOUTS[attempt] + 1.5, held
    finally:
        receiver.close()
        demo.close()
        other.close()


def test_another_integrations_slow_receivers_do_not_delay_a_delivery(sandbox) -> None:
    slow = RawReceiver(lambda number, connection: trickle(connection))
    receiver = Receiver(secret="")
    demo, other = clients(sandbox)
    try:
        receiver.secret = other.webhooks.register(receiver.url).secret

        def latency() -> float:
            started = time.monotonic()
            change_a_note(other)
            receiver.wait_for("appointment.updated", timeout=TRICKLE_FOR + 10)
            return time.monotonic() - started

        usual = latency()
        for number in range(8):
            demo.webhooks.register(f"{slow.url}/hook/{number}")
        change_a_note(demo)
        deadline = time.monotonic() + 5
        while slow.opened < 8 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert slow.opened == 8  # the eight deliveries are in flight, trickling
        loaded = latency()
        print(f"another integration's delivery: {usual:.3f} s usually, {loaded:.3f} s beside 8 trickling receivers")
        assert loaded < usual + 1.0, (usual, loaded)
    finally:
        slow.close()
        receiver.close()
        demo.close()
        other.close()


HUGE = 400 * 1024 * 1024
CHUNK = bytes(1024 * 1024)  # one buffer sent again and again: the receiver itself stays small


def answer_small_then_huge(number: int, connection: socket.socket) -> None:
    """The first delivery answered with 2 bytes (to warm the sandbox up), the next with 400 MB, made
    as it is sent; stops when the sandbox closes the connection."""
    size = 2 if number == 0 else HUGE
    try:
        connection.sendall(f"HTTP/1.1 200 OK\r\ncontent-length: {size}\r\n\r\n".encode())
        if size == 2:
            connection.sendall(b"ok")
        for _ in range(size // len(CHUNK)):
            connection.sendall(CHUNK)
    except OSError:  # closed by the sandbox
        return
    closed_by_peer(connection, 10.0)


def peak_rss_kb(pid: int) -> int:
    """The process's peak resident memory (VmHWM), in kB."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))


def test_a_400_mb_answer_is_not_read_into_the_sandboxs_memory(start_sandbox, tmp_path: Path) -> None:
    receiver = RawReceiver(answer_small_then_huge)
    try:
        with start_sandbox(tmp_path / "cobalt.db", booking_delay=0) as server:
            assert server.process is not None
            cobalt = Cobalt(**reference.EXAMPLE_CREDENTIALS, base_url=server.url)
            cobalt.webhooks.register(f"{receiver.url}/hook")
            change_a_note(cobalt)
            receiver.wait_closed(1, timeout=10)
            before = peak_rss_kb(server.process.pid)
            change_a_note(cobalt)
            assert len(receiver.wait_closed(2, timeout=60)) == 2
            grown = peak_rss_kb(server.process.pid) - before
            cobalt.close()
        print(f"the sandbox's peak RSS: {before / 1024:.1f} MB, grown by {grown / 1024:.1f} MB for a 400 MB answer")
        assert grown < 10 * 1024
    finally:
        receiver.close()


def test_each_delivery_is_logged_once(sandbox, caplog: pytest.LogCaptureFixture) -> None:
    receiver = Receiver(secret="")
    demo, other = clients(sandbox)
    try:
        receiver.secret = demo.webhooks.register(receiver.url).secret
        caplog.set_level(logging.INFO)
        change_a_note(demo)
        event = receiver.wait_for("appointment.updated", timeout=5)

        def logged() -> list[str]:
            return [
                r.getMessage() for r in caplog.records if event.id in r.getMessage() or receiver.url in r.getMessage()
            ]

        deadline = time.monotonic() + 10  # the courier writes its line once the receiver has answered
        while not logged() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)  # room for a second line, were one written
        lines = logged()
        assert len(lines) == 1, lines
        assert "/webhook" not in lines[0]  # the host only, never the URL's path
    finally:
        receiver.close()
        demo.close()
        other.close()


def reset_the_practice(sandbox: ThreadedSandbox, demo: Cobalt, receiver: Receiver) -> None:
    """`POST /_sandbox/reset`: the practice's events go, the integration's registration stays."""
    SandboxControls(sandbox.url, DEMO.headers()).reset_practice()


def reset_the_sandbox(sandbox: ThreadedSandbox, demo: Cobalt, receiver: Receiver) -> None:
    """The fixture's reset of everything, and the same receiver registered again (a new secret)."""
    sandbox.sandbox.reset()
    receiver.secret = demo.webhooks.register(receiver.url).secret


@pytest.mark.parametrize("reset", [reset_the_practice, reset_the_sandbox], ids=["the practice's", "the sandbox's"])
def test_a_delivery_held_by_a_delay_when_a_reset_comes_never_arrives(sandbox, caplog, reset) -> None:  # type: ignore[no-untyped-def]
    rejected: list[str] = []
    receiver = Receiver(secret="", on_rejection=rejected.append)
    demo, other = clients(sandbox)
    controls = SandboxControls(sandbox.url, DEMO.headers())
    caplog.set_level(logging.INFO, logger="cobalt_kit.sandbox.webhooks")
    try:
        receiver.secret = demo.webhooks.register(receiver.url).secret
        controls.fault(target="webhooks", kind="delay", delay_ms=1500)
        change_a_note(demo)
        deadline = time.monotonic() + 5
        while controls.faults() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert controls.faults() == []  # the courier has claimed the delivery and waits out the delay
        reset(sandbox, demo, receiver)

        def voided() -> bool:
            return any("voided by a reset" in record.getMessage() for record in caplog.records)

        deadline = time.monotonic() + 10
        while not (voided() or receiver.deliveries or rejected) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert (receiver.events, rejected) == ([], [])
        assert voided()

        # And the next event goes out as usual.
        change_a_note(demo)
        assert receiver.wait_for("appointment.updated", timeout=5)
        assert len(receiver.events) == 1 and rejected == []
    finally:
        receiver.close()
        demo.close()
        other.close()
