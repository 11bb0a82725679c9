"""Command-line jobs while a window holds the registry (issue 11, blocker 2).

The holder is a real second process (tests/registry_holder.py) that opens the registry as
the application does: SQLite connection in WAL mode, lock file with user, host and pid.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services import Query, open_services

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.skipif(os.name == "nt", reason="POSIX locks"),
    pytest.mark.sqlite_only("the lock file and WAL beside an SQLite registry"),
]


class Holder:
    def __init__(self, db_path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.registry_holder", str(db_path)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert self.answer() == "open"

    def answer(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        assert line, f"the holder ended (exit {self.process.poll()})"
        return line

    def ask(self, command: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.answer()

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)


@pytest.fixture
def holder(db_path: Path) -> Iterator[Holder]:
    open_services(db_path).close()  # an existing registry, as a window would have opened
    held = Holder(db_path)
    yield held
    if held.process.poll() is None:
        held.kill()


def _names(db_path: Path) -> set[str]:
    """The regions another process finds in the file."""
    services = open_services(db_path)
    try:
        regions = services["regions"]
        return {regions.get(i)["name_ru"] for i in regions.search(Query())}
    finally:
        services.close()


def _sidecars(db_path: Path) -> set[str]:
    return {p.name for p in db_path.parent.glob(db_path.name + "-*")}


def test_a_job_that_writes_is_refused_naming_who_holds_the_registry(
    holder: Holder, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook, other = tmp_path / "regions.xlsx", tmp_path / "other.sqlite"
    open_services(other).close()
    assert main(["export", "--db", str(other), "regions", str(workbook)]) == 0
    capsys.readouterr()
    for job in (
        ["import", "--db", str(db_path), "regions", str(workbook)],
        ["demo", "--db", str(db_path), "--scale", "1"],
        ["demo", "--db", f"sqlite:///{db_path}", "--scale", "1"],  # the same file as a URL
    ):
        assert main(job) == 1, job
        error = capsys.readouterr().err.strip()
        assert len(error.splitlines()) == 1, error
        assert "is open in another program" in error, error
        assert f"process {holder.process.pid}" in error and "@" in error, error
    assert _names(db_path) == set()  # nothing was written


def test_a_job_that_only_reads_leaves_the_holders_wal_alone(
    holder: Holder, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert holder.ask("save Before").startswith("saved")
    # the worst case: the holder's POSIX locks are gone (what Qt's dialogs did), so nothing
    # stops the last connection of another process from checkpointing and deleting the WAL
    assert holder.ask("drop-locks") == "dropped"
    before = _sidecars(db_path)
    assert {db_path.name + "-wal", db_path.name + "-shm"} <= before
    db = str(db_path)
    for job in (
        ["check", "--db", db],
        ["export", "--db", db, "regions", str(tmp_path / "out.xlsx")],
        [
            "report",
            "--db",
            db,
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--out",
            str(tmp_path / "report.xlsx"),
        ],
        ["backup", "--db", db, "--out", str(tmp_path / "copy.sqlite")],
    ):
        assert main(job) == 0, (job, capsys.readouterr().err)
        assert _sidecars(db_path) == before, job
    assert holder.ask("save After").startswith("saved")
    assert _names(db_path) == {"Before", "After"}  # another process sees the holder's save
    holder.kill()
    assert _names(db_path) == {"Before", "After"}


def test_a_save_after_a_file_dialog_on_the_folder_survives_kill_9(
    holder: Holder, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (db_path.parent / "last year.xlsx").write_bytes(b"")  # shown by the dialog's filter
    locks = holder.ask("locks")
    listed = holder.ask("dialog")
    assert listed.startswith("listed") and int(listed.split()[1]) >= 1, listed
    locks_after = holder.ask("locks")
    assert main(["check", "--db", str(db_path)]) == 0, capsys.readouterr().err
    assert holder.ask("save Провинция Цзилинь").startswith("saved")
    holder.kill()
    assert "Провинция Цзилинь" in _names(db_path)
    assert locks_after == locks  # the dialog left SQLite's locks in place
