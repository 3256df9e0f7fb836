"""A pytest session inside the running one, for the tests whose subject is the kit's plugin."""

from __future__ import annotations

import pytest


def child(pytester: pytest.Pytester, source: str, *options: str, name: str = "test_integrator") -> pytest.RunResult:
    """`source` as an integrator's test file, run in a pytest session of its own (in this process:
    the kit is imported already, and a child interpreter would import it again), away from this
    repository's conftest files."""
    pytester.makepyfile(**{name: source})
    return pytester.runpytest_inprocess(
        "-q", "-p", "no:cacheprovider", "-p", "no:xdist", "--confcutdir", str(pytester.path), *options
    )
