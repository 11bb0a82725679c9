"""The benchmark code itself runs (at a small scale; timings are not asserted here: they
belong to the benchmark, run by hand on a quiet machine)."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KEYS = {
    "demo_s",
    "startup_s",
    "startup_floor_s",
    "search_p50_ms",
    "search_p95_ms",
    "search_floor_p95_ms",
    "sort_max_ms",
    "open_form_ms",
    "save_ms",
    "report_s",
    "report_floor_s",
    "import_10k_s",
    "import_10k_backup_s",
    "scroll_max_ms",
    "rss_mb",
}


def test_benchmark_suite_runs_and_writes_every_figure(tmp_path):
    out = tmp_path / "figures.json"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks",
            "--scale",
            "2000",
            "--repeat",
            "1",
            "--json",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(out.read_text())
    assert set(figures) == KEYS
    assert all(isinstance(v, float | int) and v > 0 for v in figures.values())
    assert "search_p95_ms" in result.stdout
