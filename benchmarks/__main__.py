"""python -m benchmarks --scale N [--json FILE] [--repeat K]

Builds (or reuses) a demo database of that scale, measures everything the speed issue names,
prints a table of medians and writes the figures to FILE as a flat JSON object.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import bundle, measure

CACHE = Path(__file__).resolve().parent / ".cache"
TARGETS = {  # key: (limit, what is compared)
    "startup_s": "≤ 1.0 and ≤ 3 × startup_floor_s",
    "search_p95_ms": "≤ 50 and ≤ 1.5 × search_floor_p95_ms + 10",
    "sort_max_ms": "≤ 150",
    "open_form_ms": "≤ 100",
    "save_ms": "≤ 50",
    "report_s": "≤ 1.2 × report_floor_s",
    "import_10k_s": "≤ 2.0",
    "rss_mb": "≤ 300",
    "demo_s": "≤ 120",
    "scroll_max_ms": "≤ 100 (no stall scrolling end to end)",
    "bundle_startup_s": "against source_window_startup_s (with --bundle)",
}
PARTS = ("startup", "gui", "search_floor", "report", "import")


def database(scale: int) -> tuple[Path, float]:
    """The demo database of this scale, and how long making it took (made once, reused)."""
    CACHE.mkdir(exist_ok=True)
    db, stamp = CACHE / f"demo_{scale}.sqlite", CACHE / f"demo_{scale}.json"
    if db.exists() and stamp.exists():
        return db, json.loads(stamp.read_text())["demo_s"]
    for leftover in CACHE.glob(f"demo_{scale}.sqlite*"):
        leftover.unlink()
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "main.py", "demo", "--db", str(db), "--scale", str(scale)],
        cwd=measure.ROOT,
        check=True,
        capture_output=True,
    )
    demo_s = time.perf_counter() - started
    stamp.write_text(json.dumps({"demo_s": demo_s}))
    return db, demo_s


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--scale", type=int, default=2000)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--only", help=f"comma-separated parts to measure: {', '.join(PARTS)} (default: all)"
    )
    parser.add_argument(
        "--bundle",
        type=Path,
        help="also time the window of this bundle (bundle/build.sh's OUT_DIR) on Xvfb; "
        "--only bundle times just that",
    )
    args = parser.parse_args()
    parts = set(args.only.split(",")) if args.only else set(PARTS)
    figures: dict[str, float] = {}
    db, figures["demo_s"] = database(args.scale)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        settings = out / "settings.ini"
        if "startup" in parts:
            figures["startup_s"], figures["startup_floor_s"] = measure.startup(
                db, args.scale, settings, args.repeat
            )
        if "gui" in parts:
            figures.update(measure.gui(db, out / "gui.ini", args.repeat))
        if "search_floor" in parts:
            figures["search_floor_p95_ms"] = measure.percentile(
                measure.fts_floor(db, args.repeat), 0.95
            )
        if "report" in parts:
            figures["report_s"], figures["report_floor_s"] = measure.report(db, out, args.repeat)
        if "import" in parts:
            figures.update(measure.import_10k(db, out))
    if args.bundle and (not args.only or "bundle" in parts):
        figures.update(bundle.startup(args.bundle, db, args.repeat))
    print(f"scale {args.scale}, medians of {args.repeat} runs")
    for key, value in figures.items():
        print(f"  {key:<22} {value:10.3f}   {TARGETS.get(key, '')}")
    if args.json:
        args.json.write_text(json.dumps({k: round(v, 4) for k, v in figures.items()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
