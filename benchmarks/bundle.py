"""``bundle_startup_s``: seconds from starting the installed bundle until its main window is
shown on an X screen, against the same for ``python main.py`` from the source tree
(``source_window_startup_s``), both on the benchmark database, in Russian, in a fresh home."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

from .screen import Screen, xvfb

ROOT = Path(__file__).resolve().parents[1]


def executable(bundle: Path) -> Path:
    """The program in build.sh's OUT_DIR, or in the bundle folder itself."""
    inside = bundle / "ir-registry" / "ir-registry"
    return inside if inside.is_file() else bundle / "ir-registry"


def window_shown_after(screen: Screen, command: list[str], home: str) -> float:
    environment = {
        "PATH": "/usr/bin:/bin",
        "HOME": home,
        "LANG": "C.UTF-8",
        "DISPLAY": screen.display,
    }
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    window = screen.wait_for_main_window(process, poll=0.02)
    elapsed = time.perf_counter() - started
    screen.quit(window, process)
    return elapsed


def startup(bundle: Path, db: Path, repeat: int, display: str | None = None) -> dict[str, float]:
    """Medians over ``repeat`` starts of each, on ``display`` or a new Xvfb screen."""
    program = executable(bundle)
    bundled, source = [], []
    with (
        nullcontext(display) if display else xvfb() as shown_on,
        tempfile.TemporaryDirectory() as home,
    ):
        screen = Screen(shown_on)
        arguments = ["--db", str(db), "--lang", "ru"]
        for _ in range(repeat):
            bundled.append(window_shown_after(screen, [str(program), *arguments], home))
            source.append(window_shown_after(screen, [sys.executable, "main.py", *arguments], home))
    return {
        "bundle_startup_s": statistics.median(bundled),
        "source_window_startup_s": statistics.median(source),
    }
