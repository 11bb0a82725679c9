"""python -m benchmarks --scale N [--db URL [--latency-ms MS]] [--json FILE] [--repeat K]

Builds (or reuses) a demo database of that scale, measures everything the speed issue names,
prints a table of medians and writes the figures to FILE as a flat JSON object. With ``--db``
the same suite runs against that PostgreSQL database too (the demo generated there), side by
side with SQLite; with ``--latency-ms`` once more through a proxy that delays each way by that
much (an office network), counting the round trips of each action.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from . import bundle, measure, server
from .proxy import Proxy

CACHE = Path(__file__).resolve().parent / ".cache"
TARGETS = {  # key: (limit, what is compared)
    "startup_s": "≤ 1.0 and ≤ 3 × startup_floor_s",
    "search_p95_ms": "≤ 50 and ≤ 1.5 × search_floor_p95_ms + 10 (server, 2 ms: ≤ 100)",
    "sort_max_ms": "≤ 150",
    "open_form_ms": "≤ 100 (server, 2 ms: ≤ 150)",
    "save_ms": "≤ 50 (server, 2 ms: ≤ 100)",
    "report_s": "≤ 1.2 × report_floor_s",
    "import_10k_s": "≤ 2.0 (SQLite only)",
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


def measured(
    db: Path | str,
    scale: int,
    parts: set[str],
    repeat: int,
    out: Path,
    trips: Callable[[], int] | None = None,
) -> dict[str, float]:
    """Every figure of ``parts`` for one registry (a file, or a server's URL)."""
    figures: dict[str, float] = {}
    on_server = isinstance(db, str)
    if "startup" in parts:
        figures["startup_s"], figures["startup_floor_s"] = measure.startup(
            db, scale, out / "settings.ini", repeat
        )
    if "gui" in parts:
        figures.update(measure.gui(db, out / "gui.ini", repeat, trips))
    if "search_floor" in parts:
        floor = server.search_floor(str(db), repeat) if on_server else measure.fts_floor(db, repeat)
        figures["search_floor_p95_ms"] = measure.percentile(floor, 0.95)
    if "report" in parts:
        figures["report_s"], figures["report_floor_s"] = measure.report(db, out, repeat)
    if "import" in parts and not on_server:  # it imports into a copy of the file
        figures.update(measure.import_10k(db, out))
    return figures


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
    parser.add_argument(
        "--db", help="also run the suite against this (empty) PostgreSQL database's URL"
    )
    parser.add_argument(
        "--latency-ms",
        type=float,
        help="with --db: once more through a proxy adding this delay each way",
    )
    args = parser.parse_args()
    parts = set(args.only.split(",")) if args.only else set(PARTS)
    columns: dict[str, dict[str, float]] = {}
    db, demo_s = database(args.scale)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        columns["sqlite"] = {"demo_s": demo_s, **measured(db, args.scale, parts, args.repeat, out)}
        if args.db:
            made = server.database(args.db, args.scale, CACHE)
            figures = measured(args.db, args.scale, parts, args.repeat, out)
            columns["postgresql"] = {**({"demo_s": made} if made else {}), **figures}
        if args.db and args.latency_ms:
            proxy = Proxy(args.db, args.latency_ms / 1000)
            with proxy.running():
                figures = measured(proxy.url, args.scale, parts, args.repeat, out, proxy.trips)
            columns[f"postgresql +{args.latency_ms:g} ms"] = figures
    if args.bundle and (not args.only or "bundle" in parts):
        columns["sqlite"].update(bundle.startup(args.bundle, db, args.repeat))
    print(f"scale {args.scale}, medians of {args.repeat} runs")
    keys = list(dict.fromkeys(k for figures in columns.values() for k in figures))
    print(f"  {'':<22}" + "".join(f"{label:>22}" for label in columns))
    for key in keys:
        cells = "".join(
            f"{columns[label][key]:22.3f}" if key in columns[label] else f"{'—':>22}"
            for label in columns
        )
        print(f"  {key:<22}{cells}   {TARGETS.get(key, '')}")
    if args.json:
        rounded = {label: {k: round(v, 4) for k, v in f.items()} for label, f in columns.items()}
        # one registry: the flat object of earlier runs
        written = rounded["sqlite"] if len(rounded) == 1 else rounded
        args.json.write_text(json.dumps(written, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
