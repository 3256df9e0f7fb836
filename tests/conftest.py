"""Session fixtures: every server is started here, once per test session, and always stopped."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cobalt_client import Client

import reference
import servers


@pytest.fixture(scope="session")
def mock_url() -> Iterator[str]:
    with servers.prism(servers.free_port()) as server:
        yield server.url


@pytest.fixture
def mock_client(mock_url: str) -> Client:
    return Client(base_url=mock_url, headers=reference.EXAMPLE_CREDENTIALS, raise_on_unexpected_status=True)
