"""`make bench` runs every benchmark and reports ratios (their values are not asserted: no test
depends on how fast this machine is)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import bench
import bench_servers


def test_every_benchmark_reports_a_median_ratio_and_its_spread(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    argv = ["--calls", "4", "--rounds", "3", "--sections", "ratios", "--list-sizes", "10,20"]
    assert bench.main([*argv, "--json", str(tmp_path / "bench.json"), "--table", str(tmp_path / "bench.md")]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    figures = json.loads((tmp_path / "bench.json").read_text())
    # The docs' benchmarks page shows the same figures, one table row each.
    table = (tmp_path / "bench.md").read_text().splitlines()
    assert [row.split(" | ")[0].removeprefix("| ") for row in table[4:]] == list(figures)
    assert [row.split("  ")[0].strip() for row in rows] == list(figures)
    assert all(re.search(r"\d+\.\d\dx +\d+\.\d\d-\d+\.\d\dx$", row) for row in rows)
    assert all(f["low"] <= f["median"] <= f["high"] and f["rounds"] == 3 for f in figures.values())
    for size in ("10", "20"):
        for case in ("json.loads + from_dict", "model_validate_json", "to_dict", "model_dump"):
            assert sum(name.startswith(f"{size} appointments") and case in name for name in figures) == 1
    assert {"stub transport", "sandbox", "in-process"} == {
        name.rsplit(", ", 1)[1] for name in figures if "Cobalt" in name or "Starlette" in name
    }


def test_the_table_shows_every_section_a_run_measured() -> None:
    figures = {
        "10 appointments, to_dict / json.loads": {"median": 1.5, "low": 1.25, "high": 2.0, "rounds": 3},
        "list latency (ms) by stored appointments": {"one week": {"10": 0.05, "200": 0.06, "200 / 10": 1.2}},
        "HTTP load (wrk -t1 -c16)": {
            "get-by-id": {
                "sandbox": {"requests_per_second": 3000.0, "low": 2900.0, "high": 3100.0, "p50_ms": 4.0, "p99_ms": 9.0},
                "sandbox / Prism": {"median": 2.0, "low": 1.9, "high": 2.5},
            }
        },
        "start-up (s)": {"sandbox": {"median_s": 0.41, "low": 0.4, "high": 0.5}},
        "proxy: ms added per request at p50, over a direct call": {
            "get-by-id": {"direct_p50_ms": 1.5, "proxied_p50_ms": 2.25, "added_p50_ms": 0.75, "requests": 1400}
        },
        "make test (s)": {"make test": {"median_s": 78.0, "rounds": 1}},
    }
    table = bench.table(figures, "Measured here.")
    assert table.startswith("Measured here.\n\n| measure | median | min-max |\n")
    for row in (
        "| 10 appointments, to_dict / json.loads | 1.50x | 1.25-2.00x |",
        "| list, one week, 200 stored | 0.060 ms |  |",
        "| list, one week, 200 / 10 stored | 1.20x |  |",
        "| HTTP load (wrk -t1 -c16): get-by-id, sandbox | 3,000 requests/s (p50 4.0 ms, p99 9.0 ms) | 2,900-3,100 |",
        "| HTTP load (wrk -t1 -c16): get-by-id, sandbox / Prism | 2.00x | 1.90-2.50x |",
        "| start-up: sandbox | 0.41 s | 0.40-0.50 s |",
        "| proxy: ms added per request at p50, over a direct call: get-by-id | +0.75 ms (p50 2.25 vs 1.50 ms direct) |"
        " 1400 requests |",
        "| make test: make test | 78.00 s |  |",
    ):
        assert row in table.splitlines()


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


def test_the_proxy_s_cost_is_timed_through_a_running_proxy_beside_direct_calls(tmp_path: Path) -> None:
    figures = bench_servers.proxy_overhead(rounds=1, calls=5, folder=tmp_path)
    assert set(figures) == {"get-by-id", "one-week list"}
    for row in figures.values():
        assert row["requests"] == 5 and row["direct_p50_ms"] > 0 and row["proxied_p50_ms"] > 0
        assert row["added_p50_ms"] == pytest.approx(row["proxied_p50_ms"] - row["direct_p50_ms"])
    # Every proxied request was checked: the proxy's report counts them (warm-up included).
    operations = json.loads((tmp_path / "proxy-report" / "report.json").read_text())["operations"]
    assert operations["get_appointment"]["statuses"] == {"200": 10}
    assert operations["list_appointments"]["statuses"] == {"200": 10}
