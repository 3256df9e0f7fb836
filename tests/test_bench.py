"""`make bench` runs every benchmark and reports ratios (their values are not asserted: no test
depends on how fast this machine is)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import bench_servers
import pytest

import bench


def test_every_benchmark_reports_a_median_ratio_and_its_spread(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    argv = ["--calls", "4", "--rounds", "3", "--sections", "ratios", "--list-sizes", "10,20"]
    assert bench.main([*argv, "--json", str(tmp_path / "bench.json")]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    figures = json.loads((tmp_path / "bench.json").read_text())
    assert [row.split("  ")[0].strip() for row in rows] == list(figures)
    assert all(re.search(r"\d+\.\d\dx +\d+\.\d\d-\d+\.\d\dx$", row) for row in rows)
    assert all(f["low"] <= f["median"] <= f["high"] and f["rounds"] == 3 for f in figures.values())
    for size in ("10", "20"):
        for case in ("json.loads + from_dict", "model_validate_json", "to_dict", "model_dump"):
            assert sum(name.startswith(f"{size} appointments") and case in name for name in figures) == 1
    assert {"stub transport", "sandbox", "in-process"} == {
        name.rsplit(", ", 1)[1] for name in figures if "Cobalt" in name or "Starlette" in name
    }


def test_interleaving_times_both_sides_every_round() -> None:
    order: list[str] = []
    ratio = bench.interleaved(lambda: order.append("a"), lambda: order.append("b"), rounds=3)
    assert order == ["a", "b"] * 4  # a warm-up of each, then three rounds
    assert ratio.rounds == 3


def test_list_latency_is_measured_per_size_with_the_ratio_of_the_largest_to_the_smallest() -> None:
    figures = bench.list_scale((10, 200), calls=3)
    for by_size in figures.values():
        assert set(by_size) == {"10", "200", "200 / 10"}
        assert by_size["200 / 10"] == pytest.approx(by_size["200"] / by_size["10"])


WRK_OUTPUT = """Running 3s test @ http://127.0.0.1:4041/appointments/2109607
  1 threads and 16 connections
  Latency Distribution
     50%    3.34ms
     75%    4.10ms
     90%    6.00ms
     99%  850.00us
  13200 requests in 3.00s, 7.10MB read
Requests/sec:   4399.80
Transfer/sec:      2.37MB
"""


def test_wrk_output_is_read_into_requests_per_second_and_percentiles() -> None:
    assert bench_servers.parse_wrk(WRK_OUTPUT) == bench_servers.Load(4399.80, 3.34, 0.85)
    with pytest.raises(ValueError):
        bench_servers.parse_wrk("connection refused")


def test_the_wrk_script_sends_the_credentials_and_the_body() -> None:
    script = bench_servers.wrk_script("POST", {"note": "it's"})
    assert 'wrk.headers["client_id"] = "ci_demo"' in script
    assert 'wrk.body = \'{"note": "it\\\'s"}\'' in script
