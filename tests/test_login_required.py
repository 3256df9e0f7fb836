"""403 `login_required`: the provider's EHR login lapsed. The sandbox answers it while a practice's
login is expired (its control), both clients raise `LoginRequiredError` saying to run Link in update
mode, and the CLI exits with its own code."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest
from click.testing import CliRunner

from cobalt_kit import AsyncCobalt, Cobalt, CobaltError, LoginRequiredError, NotFoundError, cli
from cobalt_kit.config import CREDENTIAL_ENVIRONMENT
from cobalt_kit.pytest_plugin import OTHER_CREDENTIALS

from support import reference
from support.canned import Canned, canned_cobalt

VENDOR = {
    "success": False,
    "error": "login_required",
    "message": "Account link expired. Please go through the integration setup again.",
}


@pytest.fixture
def expired(sandbox_url: str) -> Iterator[str]:
    """The session sandbox's second practice with its EHR login expired; restored afterwards."""
    control = f"{sandbox_url}/_sandbox/ehr/login"
    assert httpx.post(control, headers=OTHER_CREDENTIALS).status_code == 200
    try:
        yield sandbox_url
    finally:
        assert httpx.delete(control, headers=OTHER_CREDENTIALS).status_code == 200


def test_the_sandbox_answers_the_vendors_403_until_the_login_is_restored(expired: str) -> None:
    answer = httpx.get(f"{expired}/appointment/1", headers=OTHER_CREDENTIALS)
    assert answer.status_code == 403
    assert answer.json() == {**VENDOR, "code": "login_required"}
    assert httpx.post(f"{expired}/_sandbox/ehr/login", headers=OTHER_CREDENTIALS).status_code == 200
    assert httpx.delete(f"{expired}/_sandbox/ehr/login", headers=OTHER_CREDENTIALS).status_code == 200
    listed = httpx.get(f"{expired}/appointments", params={"start_date": "2024-03-14", "end_date": "2024-03-14"},
                       headers=OTHER_CREDENTIALS)  # fmt: skip
    assert listed.status_code == 200


def test_one_practices_lapsed_login_leaves_the_others_answered(expired: str, sandbox_url: str) -> None:
    answer = httpx.get(f"{sandbox_url}/appointment/1276397812", headers=reference.EXAMPLE_CREDENTIALS)
    assert answer.status_code == 200


def test_both_clients_raise_login_required_from_the_sandbox(expired: str) -> None:
    arguments = {"base_url": expired, "max_retries": 0}
    with Cobalt(**OTHER_CREDENTIALS, **arguments) as cobalt, pytest.raises(LoginRequiredError) as raised:
        cobalt.appointments.list("2024-03-14", "2024-03-14")
    assert (raised.value.status, raised.value.code) == (403, "login_required")
    assert "Link in update mode" in str(raised.value)
    assert isinstance(raised.value, CobaltError)

    async def run() -> None:
        async with AsyncCobalt(**OTHER_CREDENTIALS, **arguments) as cobalt:
            with pytest.raises(LoginRequiredError):
                await cobalt.appointments.create(location="L", provider="P", type="f/u", mrn="1",
                                                 datetime="2025-01-01T10:00:00-05:00")  # fmt: skip

    asyncio.run(run())


def test_the_plugins_controls_expire_and_restore_the_login(cobalt_sandbox) -> None:
    cobalt_sandbox.expire_login()
    with cobalt_sandbox.client() as cobalt, pytest.raises(LoginRequiredError):
        cobalt.appointments.get("1")
    cobalt_sandbox.restore_login()
    with cobalt_sandbox.client() as cobalt, pytest.raises(NotFoundError):
        cobalt.appointments.get("no-such-appointment")


def test_the_vendors_body_alone_gives_login_required() -> None:
    """No `code`, only the vendor's `error`: still the typed error, not UnexpectedResponseError."""
    with pytest.raises(LoginRequiredError) as raised:
        canned_cobalt(Canned(httpx.Response(403, json=VENDOR))).appointments.get("1")
    assert raised.value.message.startswith(VENDOR["message"])


def test_the_cli_exits_with_its_own_code(expired: str) -> None:
    env = {variable: OTHER_CREDENTIALS[name] for name, variable in CREDENTIAL_ENVIRONMENT.items()}
    result = CliRunner().invoke(cli.main, ["--base-url", expired, "appointments", "get", "1"], env=env)
    assert result.exit_code == 10, result.output
    assert "update mode" in result.output
    assert {kind: code for kind, code, _ in cli.EXIT_CODES}[LoginRequiredError] == 10
