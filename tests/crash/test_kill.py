"""Killed writers never cost an acknowledged save, never leave half an import, and never
damage the file: writer processes are SIGKILLed at random moments, 200 times."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from openpyxl import Workbook

from desktop.db.sort_index import connect
from desktop.services import open_services

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("KILL_TEST_KILLS", "200"))
PARALLEL = 3
IMPORT_ROWS = 100


def import_file(folder: Path, tag: str) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Наименование (рус.)", "Страна", "Вид"])
    for n in range(IMPORT_ROWS):
        sheet.append([f"{tag} {n}", "Китай", "Город"])
    path = folder / f"{tag}.xlsx"
    workbook.save(path)
    return path


class Writer:
    def __init__(self, db: Path, folder: Path, number: int) -> None:
        self.tag = f"w{number}"
        self.mode = "import" if number % 3 == 0 else "forms"
        args = [sys.executable, "-m", "tests.crash.writer", str(db), self.mode, self.tag]
        if self.mode == "import":
            args.append(str(import_file(folder, self.tag)))
        self.process = subprocess.Popen(
            args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )

    def kill(self) -> tuple[list[str], str]:
        self.process.send_signal(signal.SIGKILL)
        out, err = self.process.communicate(timeout=30)
        return out.splitlines(), err


def names_with(db: Path, tag: str) -> set[str]:
    connection = connect(db, read_only=True, timeout=30)  # with casefold: the sort indexes
    try:
        rows = connection.execute(
            "SELECT name_ru FROM foreign_region WHERE name_ru LIKE ?", (f"{tag} %",)
        )
        return {row[0] for row in rows}
    finally:
        connection.close()


def integrity(db: Path) -> str:
    connection = connect(db, read_only=True, timeout=30)  # with casefold: the sort indexes
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def writer_errors(err: str) -> str:
    """The writer's own error output. A writer killed while it hands a workbook reader its
    start-up data (excel/isolated.py spawns one) leaves that child, sharing the same stderr,
    to report it could not read them before it exits: the child's message, not a writer fault."""
    handoff = re.compile(
        r"Traceback \(most recent call last\):\n(?:  .*\n)*?.*spawn\.py.*\n(?:  .*\n)*"
        r"EOFError: Ran out of input\n"
    )
    return handoff.sub("", err)


def test_killed_writers_lose_no_acknowledged_save(tmp_path, capsys):
    db = tmp_path / "registry.sqlite"
    open_services(db).close()
    rng = random.Random(20261128)
    acknowledged = imports_whole = imports_absent = kills = 0
    alive: list[Writer] = []
    number = 0
    started = time.monotonic()
    while kills < KILLS:
        while len(alive) < PARALLEL:
            alive.append(Writer(db, tmp_path, number))
            number += 1
        time.sleep(rng.uniform(0.05, 0.9))
        victim = alive.pop(rng.randrange(len(alive)))
        lines, err = victim.kill()
        kills += 1
        assert "Traceback" not in writer_errors(err), err
        found = names_with(db, victim.tag)
        if victim.mode == "forms":
            acked = {f"{victim.tag} {line.split()[1]}" for line in lines if line.startswith("ACK")}
            assert acked <= found, f"lost acknowledged saves: {sorted(acked - found)[:5]}"
            acknowledged += len(acked)
        else:
            assert len(found) in (0, IMPORT_ROWS), f"half an import: {len(found)} rows"
            if "IMPORTED" in lines:
                assert len(found) == IMPORT_ROWS
            imports_whole += len(found) == IMPORT_ROWS
            imports_absent += len(found) == 0
        if kills % 25 == 0:
            assert integrity(db) == "ok"
    for writer in alive:
        writer.kill()
    assert integrity(db) == "ok"
    services = open_services(db)
    assert services.db.check() == []
    services.close()
    with capsys.disabled():
        print(
            f"\nkill test: {kills} kills in {time.monotonic() - started:.0f} s; "
            f"{acknowledged} acknowledged saves all present; imports: {imports_whole} whole, "
            f"{imports_absent} absent, none partial; integrity ok"
        )
