"""`make bench` runs every benchmark and reports ratios (their values are not asserted: no test
depends on how fast this machine is)."""

from __future__ import annotations

import re

import pytest

import bench


def test_every_benchmark_reports_a_ratio(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--calls", "2"]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    assert [row.split("  ")[0].strip() for row in rows] == list(bench.BENCHMARKS)
    assert all(re.search(r"\d+\.\dx$", row) for row in rows)
