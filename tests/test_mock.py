"""What only the Prism mock does: documented responses chosen with the Prefer header, and `cobalt mock`
keeping Prism listening whatever a request does to it."""

from __future__ import annotations

import io
import json
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from test_contract import LIST_QUERY, curl_headers
from test_hostile import KILLERS, raw, still_answers

from cobalt_kit import servers
from cobalt_kit.facts import DEMO_CREDENTIALS
from cobalt_kit.mock import BACKOFF_CAP, Supervisor, backoff

from support import raw_http

DEMO_HEADERS = dict(DEMO_CREDENTIALS)


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/appointments/1", "404", "not_found"),
        ("/appointments/1", "429", "rate_limited"),
        ("/appointments/1", "500", "internal_error"),
    ],
)
def test_prefer_code_selects_a_documented_error(mock_url: str, path: str, status: str, code: str) -> None:
    response = httpx.get(mock_url + path, headers=curl_headers(Prefer=f"code={status}"))
    assert response.status_code == int(status)
    assert response.json()["code"] == code


def test_prefer_code_409_on_update(mock_url: str) -> None:
    response = httpx.patch(
        f"{mock_url}/appointments/1", json={"location": "x"}, headers=curl_headers(Prefer="code=409")
    )
    assert response.status_code == 409
    assert response.json()["code"] == "appointment_not_editable"


def test_prefer_example_selects_a_named_example(mock_url: str) -> None:
    response = httpx.get(
        f"{mock_url}/appointments", params=LIST_QUERY, headers=curl_headers(Prefer="example=with_note")
    )
    assert response.status_code == 200
    assert response.json()["results"]["appointments"][0]["note"].startswith("Synthetic note")


def test_rate_limited_answer_carries_retry_after(mock_url: str) -> None:
    response = httpx.get(f"{mock_url}/appointments/1", headers=curl_headers(Prefer="code=429"))
    assert int(response.headers["Retry-After"]) >= 0


def deaths(log: Path) -> list[str]:
    return [line for line in log.read_text(errors="replace").splitlines() if "cobalt mock: Prism died on " in line]


def reported_deaths(log: Path, count: int, within: float = 30.0) -> list[str]:
    """The deaths `cobalt mock` reported, once there are `count` of them (or `within` seconds passed)."""
    deadline = time.monotonic() + within
    while len(deaths(log)) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return deaths(log)


def wait_for_log(log: Path, marks: tuple[str, ...], within: float = 60.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if any(mark in log.read_text(errors="replace") for mark in marks):
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def own_mock(tmp_path: Path) -> Iterator[servers.Server]:
    """A `cobalt mock` of this test's own, with the options `make mock` gives it: no death of another
    test counts."""
    port = servers.free_port()
    argv = [sys.executable, "-m", "cobalt_kit", "mock", "--port", str(port), "--prism", str(servers.find_prism())]
    with servers.Server("own-mock", argv, port, tmp_path / "mock.log") as mock:
        yield mock


def test_the_mock_keeps_answering_however_often_a_request_kills_prism(own_mock: servers.Server) -> None:
    # Every killing input of the hostile suite, one after another as fast as Prism comes back: more
    # deaths within a minute than the supervisor once allowed before it gave up for good.
    for number, case in enumerate(KILLERS, start=1):
        raw_http.send(own_mock.url, raw(case, DEMO_HEADERS), timeout=10)
        assert len(reported_deaths(own_mock.log_path, number)) == number, (case.name, own_mock.log_tail())
        assert still_answers(own_mock.url, DEMO_HEADERS), (case.name, own_mock.log_tail())
    assert len(KILLERS) > 6
    # Each death says how many restarts there were; deaths this fast are paced, up to the cap.
    reported = deaths(own_mock.log_path)
    assert [f"restarting it (restart {number}" in line for number, line in enumerate(reported, start=1)] == [
        True
    ] * len(KILLERS)
    assert f"in {BACKOFF_CAP:g} s" in reported[-1]


def test_a_port_taken_while_prism_restarts_is_not_a_death(own_mock: servers.Server) -> None:
    port = int(own_mock.url.rsplit(":", 1)[1])
    raw_http.send(own_mock.url, raw(KILLERS[0], DEMO_HEADERS), timeout=10)
    assert len(reported_deaths(own_mock.log_path, 1)) == 1
    # Another program listens on the port while Prism starts again (bound as node binds, which the
    # mock's reservation of the port allows), until Prism met it or the supervisor saw it; then it lets go.
    with socket.create_server(("127.0.0.1", port)):
        assert wait_for_log(own_mock.log_path, ("EADDRINUSE", "is taken by another program")), own_mock.log_tail()
    assert still_answers(own_mock.url, DEMO_HEADERS), own_mock.log_tail()
    assert len(deaths(own_mock.log_path)) == 1, own_mock.log_tail()


def test_a_port_in_use_at_start_is_one_line_and_exit_1(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        argv = [sys.executable, "-m", "cobalt_kit", "mock", "--port", str(port), "--prism", str(servers.find_prism())]
        result = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"cobalt mock: cannot use port {port} on 127.0.0.1 (Address already in use): is another mock running?"
    ]


def test_a_prism_that_never_starts_is_given_up_at_once(tmp_path: Path) -> None:
    broken = tmp_path / "prism"
    broken.write_text("#!/bin/sh\necho 'cannot load the document' >&2\nexit 3\n")
    broken.chmod(0o755)
    argv = [sys.executable, "-m", "cobalt_kit", "mock", "--port", str(servers.free_port()), "--prism", str(broken)]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "cannot load the document",
        "cobalt mock: Prism could not start (exit 3); its output is above",
    ]


@pytest.mark.parametrize(("fast_deaths", "seconds"), [(0, 0), (1, 0), (2, 0.25), (3, 0.5), (4, 1), (5, 2), (50, 2)])
def test_restarts_back_off_up_to_a_cap(fast_deaths: int, seconds: float) -> None:
    assert backoff(fast_deaths) == seconds


def test_the_demo_credentials_open_the_mock_and_the_sandbox_alike(mock_url: str, cobalt_sandbox) -> None:
    for base_url in (mock_url, cobalt_sandbox.base_url):
        response = httpx.get(f"{base_url}/appointments/2109607", headers=DEMO_HEADERS)
        assert response.status_code == 200, (base_url, response.text)
        assert response.json()["success"] is True


@pytest.mark.parametrize(
    ("method", "path", "body", "names"),
    [
        ("GET", "/appointments?start_date=2024-03-14", None, "required property 'end_date'"),
        ("POST", "/appointments", {"mrn": "1", "location": "x", "provider": "p", "type": "f/u",
                                   "datetime": "Jane Doe at ten"}, "datetime: "),
        ("PATCH", "/appointments/1", {"location": 7}, "location: "),
    ],
)  # fmt: skip
def test_a_400_names_the_field_prism_found_wrong(mock_url: str, method: str, path: str, body, names: str) -> None:
    # Prism's own validation result (its sl-violations header) becomes the envelope's message.
    response = httpx.request(method, mock_url + path, json=body, headers=DEMO_HEADERS)
    assert response.status_code == 400
    violations = json.loads(response.headers["sl-violations"])
    envelope = response.json()
    assert set(envelope) == {"success", "code", "message"}
    assert (envelope["success"], envelope["code"]) == (False, "invalid_request")
    assert names in envelope["message"]
    assert violations[0]["message"] in envelope["message"]
    assert "Jane" not in envelope["message"]


def test_answers_other_than_a_400_are_prisms_own(mock_url: str) -> None:
    ok = httpx.get(f"{mock_url}/appointments/1", headers=DEMO_HEADERS)
    refused = httpx.get(f"{mock_url}/appointments/1", headers={**DEMO_HEADERS, "Prefer": "code=400"})
    assert ok.status_code == 200
    assert ok.json()["appointments"]["id"] == "1276397812"
    # A 400 asked for by name, with nothing invalid, keeps the document's example.
    assert refused.status_code == 400
    assert refused.json()["message"] == "The request has a missing or malformed parameter or field."


def test_the_supervisor_puts_back_the_signal_handlers_of_its_process(tmp_path: Path) -> None:
    """`cobalt mock` run in a process of the caller's (a test, a script) leaves Ctrl-C and SIGTERM
    as they were: here it stops at once, on a port that something listens on."""
    before = (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        out = io.StringIO()
        assert Supervisor(tmp_path / "prism", "127.0.0.1", taken.getsockname()[1], out).run() == 1
    assert "is another mock running?" in out.getvalue()
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == before
