"""The sandbox when its machine runs short: a full disk (507 with the envelope, said once in the log,
and a start that says so in one line) and connections that never finish a request (closed).

The full disk is real: a small tmpfs mounted in a mount namespace of the sandbox's own (`unshare`,
no root needed where user namespaces are allowed), which disappears with the process; the test fills
and empties it through /proc/PID/root."""

from __future__ import annotations

import errno
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from cobalt_kit.facts import DEMO_CREDENTIALS
from cobalt_kit.receiver import Receiver
from cobalt_kit.sandbox.store import StorageFull, Store
from cobalt_kit.servers import Server, free_port, sandbox_env

from support import reference
from support.bookings import BOOKING
from support.servers import prune_sandbox_logs

HEADERS = {name: reference.EXAMPLE_CREDENTIALS[name] for name in ("client_id", "client_secret", "access_token")}
# The database's own tmpfs: room for the sandbox's schema, its demo data and a few writes.
DISK = "size=8m"


def in_namespace(disk: Path, command: str) -> list[str]:
    """`command` (shell) run with a small tmpfs of its own mounted on `disk`."""
    mount = f"mount -t tmpfs -o {DISK} tmpfs {disk}"
    return ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", f"{mount} && {command}"]


def sandbox_command(port: int, *options: str) -> str:
    return " ".join([sys.executable, "-m", "cobalt_kit.sandbox", "--port", str(port), *options])


def fill(disk: Path) -> Path:
    """Writes a file until the disk has no room left."""
    filler = disk / "filler"
    with filler.open("wb") as out:
        try:
            while True:
                out.write(bytes(65536))
                out.flush()
        except OSError as error:
            assert error.errno == errno.ENOSPC
    return filler


@pytest.fixture
def full_disk_sandbox(tmp_path: Path) -> Iterator[tuple[Server, Path]]:
    """A sandbox whose database is on a tmpfs of its own: (the server, that disk as this process sees it)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    port = free_port()
    env = sandbox_env(str(disk / "cobalt.db"), reference.EXAMPLE_CREDENTIALS, booking_delay=1.5)
    argv = in_namespace(disk, f"exec {sandbox_command(port)}")
    with Server("full-disk-sandbox", argv, port, tmp_path / "sandbox.log", env) as server:
        assert server.process is not None
        yield server, Path(f"/proc/{server.process.pid}/root") / disk.relative_to("/")


def create(url: str) -> httpx.Response:
    return httpx.post(f"{url}/appointments", json={"mrn": "414421", **BOOKING}, headers=HEADERS, timeout=10)


def test_a_full_disk_answers_507_says_so_once_and_recovers(full_disk_sandbox) -> None:
    server, disk = full_disk_sandbox
    receiver = Receiver(secret="")
    try:
        registered = httpx.post(f"{server.url}/webhook", json={"webhook_url": receiver.url}, headers=HEADERS)
        receiver.secret = registered.json()["webhook_secret_key"]
        pending = create(server.url)  # settles in 1.5 s: the courier's ticks meet the full disk
        assert pending.status_code == 200
        filler = fill(disk)
        answers = [create(server.url) for _ in range(5)]
        assert {(a.status_code, a.json()["code"]) for a in answers} == {(507, "storage_full")}
        assert "storage is full" in answers[0].json()["message"]
        time.sleep(2.5)  # the booking is due: 20 ticks a second try to settle it
        log = server.log_path.read_text()
        assert log.count("storage full") == 1 and "Traceback" not in log, server.log_tail()
        filler.unlink()
        assert create(server.url).status_code == 200
        # The booking the full disk held back settles, and its event is delivered.
        settled = receiver.wait_for("appointment.created", timeout=5)
        assert settled.data["appointment_id"] == pending.json()["data"]["appointment_id"]
        log = server.log_path.read_text()
        assert log.count("storage has room again") == 1 and "Traceback" not in log, server.log_tail()
    finally:
        receiver.close()


MAKE_DATABASE = f"{sys.executable} -c 'import sys; from cobalt_kit.sandbox.store import Store; Store(sys.argv[1])'"


@pytest.mark.parametrize(
    "before", [":", f"{MAKE_DATABASE} $COBALT_SANDBOX_DB"], ids=["no database yet", "a database of the sandbox's"]
)
def test_a_start_on_a_full_disk_says_so_in_one_line(tmp_path: Path, before: str) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    env = sandbox_env(str(disk / "cobalt.db"), reference.EXAMPLE_CREDENTIALS, booking_delay=0)
    filling = f"cat /dev/zero > {disk}/filler 2>/dev/null"
    command = f"{before} && {{ {filling}; exec {sandbox_command(free_port())}; }}"
    done = subprocess.run(in_namespace(disk, command), env=env, capture_output=True, text=True, timeout=60)
    said = (done.stdout + done.stderr).strip().splitlines()
    assert done.returncode != 0
    assert len(said) == 1 and "is full" in said[0] and "Traceback" not in said[0], said


def test_a_connection_that_never_finishes_its_request_is_closed(cobalt_sandbox) -> None:
    """A request line cut short gets 408 with the envelope; a connection that sends nothing is closed."""
    host, port = cobalt_sandbox.base_url.removeprefix("http://").split(":")
    bound = 8.0  # a few seconds: the sandbox's deadline for a request's headers is 5 s
    half, idle = (socket.create_connection((host, int(port)), timeout=bound) for _ in range(2))
    started = time.monotonic()
    with half, idle:
        half.sendall(b"GET /appointments?start_da")
        received = b""
        try:
            while chunk := half.recv(65536):
                received += chunk
        except TimeoutError:
            pytest.fail(f"a half-sent request was still open after {bound:g} s")
        head, _, body = received.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 408")
        assert json.loads(body)["code"] == "request_timeout"
        try:
            assert idle.recv(1) == b""
        except TimeoutError:
            pytest.fail(f"an idle connection was still open after {bound:g} s")
    assert time.monotonic() - started < bound
    # The sandbox serves as before.
    assert httpx.get(f"{cobalt_sandbox.base_url}/webhook", headers=DEMO_CREDENTIALS).status_code == 200


def test_an_outcome_the_full_disk_refused_is_written_once_there_is_room(
    cobalt_sandbox, cobalt_webhooks, monkeypatch
) -> None:
    """A delivery made while the disk was full is recorded at a later tick (else it stays `sending`
    and goes out again after a restart)."""
    written: list[tuple[int, str]] = []
    finish = Store.finish_delivery

    def full_once(store: Store, seq: int, state: str) -> None:
        written.append((seq, state))
        if len(written) == 1:
            raise StorageFull("the disk is full")
        finish(store, seq, state)

    monkeypatch.setattr(Store, "finish_delivery", full_once)
    cobalt_sandbox.client().appointments.create(mrn="414421", **BOOKING)
    cobalt_webhooks.wait_for("appointment.created", timeout=5)
    deadline = time.monotonic() + 2
    while len(written) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    (seq, state), again = written
    assert state == "delivered" and again == (seq, state)


def logs(folder: Path, first_port: int, count: int, age: float) -> list[Path]:
    """`count` sandbox logs last written `age` seconds ago (and a second more for each next one)."""
    folder.mkdir(exist_ok=True)
    made = [folder / f"sandbox-{first_port + i}.log" for i in range(count)]
    for older, path in enumerate(made):
        path.write_text("log")
        os.utime(path, (time.time() - age - older,) * 2)
    return made


@pytest.mark.parametrize("recent", [5, 22])
def test_a_session_prunes_the_old_sandbox_logs_in_reports(tmp_path: Path, recent: int) -> None:
    """Each sandbox logs to a file named for its port, so reports/ would gain a few each session for
    ever: a session starts by removing the old logs beyond the newest 20, never one written to in the
    last hour, and nothing else."""
    others = [tmp_path / "prism.log", tmp_path / "sandbox-notes.log", tmp_path / "sandbox-².log"]
    for path in others:
        path.write_text("log")
        os.utime(path, (time.time() - 7200,) * 2)
    (tmp_path / "sandbox-1.log").mkdir()
    os.utime(tmp_path / "sandbox-1.log", (time.time() - 7200,) * 2)
    others.append(tmp_path / "sandbox-1.log")
    new = logs(tmp_path, 6000, recent, 0)
    old = logs(tmp_path, 5000, 25, 7200)
    prune_sandbox_logs(tmp_path)
    kept_old = old[: max(0, 20 - recent)]
    assert sorted(tmp_path.iterdir()) == sorted([*new, *kept_old, *others])
