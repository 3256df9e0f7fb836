"""The kit's pytest plugin as an integrator meets it: reset between tests unless told otherwise, a
second practice, async clients, a settable booking delay, and a mock that says how to install Prism."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cobalt_kit.testing import SandboxPractice

from support.bookings import DEMO_VISIT
from support.sessions import child

pytest_plugins = ("pytester",)

BOOKING = DEMO_VISIT
DAY = "2031-05-06"


STATE_TESTS = """
import pytest

BOOKING = {"mrn": "414421", "location": "Good Clinic", "provider": "Good Doctor", "type": "f/u"}
DAY = "2031-05-06"


def test_a_booking_made_in_one_test(cobalt_sandbox):
    cobalt_sandbox.client().appointments.create(datetime=f"{DAY}T09:00:00-07:00", **BOOKING)
    cobalt_sandbox.booking_delay = 3600
    assert len(cobalt_sandbox.client().appointments.list(DAY, DAY)) == 1


@pytest.mark.cobalt_keep_state
def test_is_kept_when_a_test_asks(cobalt_sandbox):
    assert len(cobalt_sandbox.client().appointments.list(DAY, DAY)) == 1


def test_and_gone_for_the_next_test(cobalt_sandbox):
    assert cobalt_sandbox.client().appointments.list(DAY, DAY) == []
    assert cobalt_sandbox.booking_delay == 0.2
"""


def own_basetemp(folder: Path) -> list[str]:
    """A pytest started from a test keeps its temp files in `folder`: in the default place it would
    prune the oldest sessions' folders, the running suite's among them."""
    return [f"--basetemp={folder / 'pytest-tmp'}"]


def test_state_is_reset_between_tests_unless_a_test_keeps_it(pytester: pytest.Pytester) -> None:
    # A session of its own, with its own sandbox: the order of these three tests is what is tested. In
    # this process (the kit is imported already): the subject is the plugin, not an interpreter.
    child(pytester, STATE_TESTS, name="test_state").assert_outcomes(passed=3)


USER_SUITE = Path(__file__).parent / "support" / "user_suite.py"


def test_a_suite_whose_tests_give_up_on_slow_writes_sees_only_its_own(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The audit's user suite, once each of its five tests (`USER_SUITE_ROUNDS=8 pytest -n 2` runs
    its forty): every test but the first would meet the write the previous one gave up on. In this
    process (the kit is imported already): a child interpreter cost twice the CPU."""
    monkeypatch.setenv("USER_SUITE_ROUNDS", "1")
    child(pytester, USER_SUITE.read_text(), name="test_user_suite").assert_outcomes(passed=5)


def test_ids_restart_after_a_reset(cobalt_sandbox: SandboxPractice) -> None:
    cobalt = cobalt_sandbox.client()
    first = cobalt.appointments.create(datetime=f"{DAY}T09:00:00-07:00", **BOOKING).appointment_id
    cobalt_sandbox.reset()
    assert cobalt.appointments.create(datetime=f"{DAY}T09:00:00-07:00", **BOOKING).appointment_id == first


async def _book_and_read(cobalt_sandbox: SandboxPractice) -> str:
    async with cobalt_sandbox.async_client() as cobalt:
        created = await cobalt.appointments.create(datetime=f"{DAY}T09:00:00-07:00", **BOOKING)
        return (await cobalt.appointments.get(created.appointment_id)).status


def test_async_client_and_booking_delay(cobalt_sandbox: SandboxPractice) -> None:
    import asyncio

    cobalt_sandbox.booking_delay = 3600
    assert asyncio.run(_book_and_read(cobalt_sandbox)) == "pending"


def test_an_unknown_practice_is_named(cobalt_sandbox: SandboxPractice) -> None:
    with pytest.raises(ValueError, match="demo, other"):
        cobalt_sandbox.practice("nowhere")


def test_the_headers_work_for_any_http_client(cobalt_sandbox: SandboxPractice) -> None:
    import httpx

    other = cobalt_sandbox.practice("other")
    assert httpx.get(f"{other.base_url}/appointments/2109607", headers=other.headers).status_code == 404
    assert (
        httpx.get(f"{cobalt_sandbox.base_url}/appointments/2109607", headers=cobalt_sandbox.headers).status_code == 200
    )


MOCK_TEST = """
def test_mock(cobalt_mock):
    assert cobalt_mock.client().appointments.get("2109607").id
"""


def run_pytest(folder: Path, *options: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    (folder / "test_uses_mock.py").write_text(MOCK_TEST)
    command = [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", *own_basetemp(folder), *options,
               str(folder)]  # fmt: skip
    return subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, timeout=120)


def test_without_prism_the_mock_fixture_skips_naming_the_install(tmp_path: Path) -> None:
    env = {"PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin"}
    result = run_pytest(tmp_path, env=env)
    assert result.returncode == 0, result.stdout
    assert "1 skipped" in result.stdout
    assert "npm install -g @stoplight/prism-cli@5.14.2" in result.stdout


def test_the_mock_fixture_takes_prism_from_an_option(tmp_path: Path) -> None:
    prism = Path("mock/node_modules/.bin/prism").resolve()
    env = {"PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin"}
    result = run_pytest(tmp_path, f"--cobalt-prism={prism}", env=env)
    assert result.returncode == 0, result.stdout
    assert "1 passed" in result.stdout
