"""What only the Prism mock does: documented responses chosen with the Prefer header."""

from __future__ import annotations

import httpx
import pytest
from test_contract import LIST_QUERY, curl_headers


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
