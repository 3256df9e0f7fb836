"""The suite's own scheduling: a module whose tests share state or one costly fixture is one xdist
group, run by one worker. pytest-xdist marks such a test by appending `@group` to its id; with a
pytest that stores ids where xdist does not write (pytest 9.2 with xdist 3.8), every group is
silently ignored and its tests are split across workers: fixtures built twice, shared state raced."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.xdist_group("xdist")


def test_a_grouped_test_carries_its_group(request: pytest.FixtureRequest) -> None:
    # `loadgroup` is set on the workers of `pytest -n N --dist loadgroup` (what `make test` runs).
    grouped = getattr(request.config.option, "loadgroup", False)
    assert request.node.nodeid.endswith("@xdist") == grouped, "pin a pytest that pytest-xdist supports"
