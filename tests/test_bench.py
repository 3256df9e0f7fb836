"""`make bench` runs every benchmark and reports ratios (their values are not asserted: no test
depends on how fast this machine is)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import bench


def test_every_benchmark_reports_a_median_ratio_and_its_spread(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert bench.main(["--calls", "2", "--rounds", "3", "--json", str(tmp_path / "bench.json")]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    assert [row.split("  ")[0].strip() for row in rows] == list(bench.BENCHMARKS)
    assert all(re.search(r"\d+\.\dx +\d+\.\d-\d+\.\dx$", row) for row in rows)
    figures = json.loads((tmp_path / "bench.json").read_text())
    assert list(figures) == list(bench.BENCHMARKS)
    assert all(f["low"] <= f["median"] <= f["high"] and f["rounds"] == 3 for f in figures.values())


def test_interleaving_times_both_sides_every_round() -> None:
    order: list[str] = []
    ratio = bench.interleaved(lambda: order.append("a"), lambda: order.append("b"), rounds=3)
    assert order == ["a", "b"] * 4  # a warm-up of each, then three rounds
    assert ratio.rounds == 3
