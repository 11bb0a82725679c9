"""A merge killed at random moments leaves the office registry as it was before it or as it
is after it, never in between: the merge is one transaction."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from desktop.services import open_services

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("KILL_MERGE_KILLS", "12"))
NEW, EDITED = 300, 60


def make_package(folder: Path) -> tuple[Path, Path]:
    (folder / "trip").mkdir()
    office_db = folder / "office.sqlite"
    with open_services(office_db, user="office") as office:
        ids = [
            office["regions"]
            .create({"country_code": "CN", "name_ru": f"Регион {n}", "kind": "province"})
            .ids[0]
            for n in range(EDITED)
        ]
        copy = office.exchange.take_copy(folder / "trip" / "laptop.sqlite")
    with open_services(copy, user="ivanova") as laptop:
        for n in range(NEW):
            laptop["regions"].create(
                {"country_code": "CN", "name_ru": f"Новый {n}", "kind": "province"}
            )
        for record_id in ids:
            laptop["regions"].update(record_id, 1, {"notes": "из поездки"})
        package = folder / "trip.irchanges"
        laptop.exchange.write_changes(package)
    return office_db, package


def state(db: Path) -> tuple[int, int, int, str]:
    connection = sqlite3.connect(db)
    try:
        new = connection.execute(
            "SELECT count(*) FROM foreign_region WHERE name_ru LIKE 'Новый %'"
        ).fetchone()[0]
        edited = connection.execute(
            "SELECT count(*) FROM foreign_region WHERE notes = 'из поездки'"
        ).fetchone()[0]
        merged = connection.execute("SELECT count(*) FROM merged_package").fetchone()[0]
        return new, edited, merged, connection.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        connection.close()


def merge(db: Path, package: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "main.py", "merge", "--db", str(db), str(package)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_killed_merge_is_all_or_nothing(tmp_path, capsys):
    pristine, package = make_package(tmp_path)
    started = time.monotonic()
    # one merge run to the end on a copy, to know how long one takes
    timing = tmp_path / "timing.sqlite"
    shutil.copy(pristine, timing)
    begun = time.monotonic()
    run = merge(timing, package)
    _, err = run.communicate(timeout=120)
    duration = time.monotonic() - begun
    assert run.returncode == 0, err
    assert state(timing)[:3] == (NEW, EDITED, 1)
    rng = random.Random(20261201)
    outcomes = {"before": 0, "after": 0}
    for kill in range(KILLS):
        db = tmp_path / f"office_{kill}.sqlite"
        shutil.copy(pristine, db)
        process = merge(db, package)
        time.sleep(rng.uniform(0.2, duration * 1.1))
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)
        new, edited, merged, check = state(db)
        assert check == "ok"
        assert (new, edited, merged) in ((0, 0, 0), (NEW, EDITED, 1)), (new, edited, merged)
        outcomes["after" if merged else "before"] += 1
    with capsys.disabled():
        print(
            f"\nmerge kill test: {KILLS} kills over a {duration:.1f} s merge "
            f"({time.monotonic() - started:.0f} s in all): {outcomes['before']} before, "
            f"{outcomes['after']} after, none in between"
        )
