"""Faults (issue 13, items 6-8 and 12): killed and disk-full backups leave nothing under a
backup's name, a save into a deleted registry file is refused, index damage is caught before
an import, and each fault is told in one line. A full disk is real here: the command runs
under a file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored), so SQLite's write comes up short and
it reports SQLITE_FULL."""

from __future__ import annotations

import errno
import os
import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.db import backup as files
from desktop.db import engine as db_engine
from desktop.db import errors
from desktop.db.database import open_database
from desktop.services import open_services
from desktop.services.backups import backup_now
from tests.conftest import add_region
from tests.db import hostile

pytestmark = pytest.mark.sqlite_only("faults of the SQLite file and its backups")

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def filled(db_path):
    """A closed registry of 90 regions (about 1 MB) and one good backup of it."""
    services = open_services(db_path, user="tester")
    for n in range(10, 100):
        add_region(services, f"регион {n}", "CN", "x" * 300)
    good = backup_now(services)
    services.close()
    return db_path, good


def _backup_names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if files._NAME.match(p.name))


def _run_cli(*args: str, file_limit: int | None = None) -> subprocess.CompletedProcess[str]:
    def limit() -> None:
        if file_limit is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        preexec_fn=limit,  # noqa: PLW1509 - only sets limits, before exec
        cwd=ROOT,
        timeout=120,
    )


def test_a_backup_cut_short_by_the_file_system_leaves_no_backup(filled):
    # Under RLIMIT_FSIZE SQLite retries the short write and gets EFBIG: SQLITE_IOERR_WRITE.
    db_path, good = filled
    limit = os.path.getsize(db_path) // 2 + 1234
    done = _run_cli("backup", "--db", str(db_path), file_limit=limit)
    assert done.returncode == 1
    assert "could not be written" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert _backup_names(good.parent) == [good.name]  # nothing new under a backup's name
    assert [p for p in good.parent.iterdir() if p.name.endswith(".part")] == []


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 512 KB file system (tmpfs): needs the right to mount, else the test is skipped."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


def test_a_backup_and_an_import_on_a_full_disk_say_so_in_one_line(filled, tiny_disk, tmp_path):
    db_path, good = filled
    done = _run_cli("backup", "--db", str(db_path), "--backup-folder", str(tiny_disk))
    assert done.returncode == 1, done.stderr
    assert "disk is full" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert [p.name for p in tiny_disk.iterdir() if files._NAME.match(p.name)] == []
    # the registry itself on the full disk: an import is refused in one line
    small = tiny_disk / "small.sqlite"
    source = tmp_path / "source.sqlite"
    other = open_services(source)
    for n in range(300):
        add_region(other, f"регион {n}", "CN", "y" * 1500)
    other.close()
    sheet = tmp_path / "regions.xlsx"
    assert main(["export", "--db", str(source), "regions", str(sheet)]) == 0
    done = _run_cli("import", "--db", str(small), "regions", str(sheet))
    assert done.returncode == 1
    assert "full" in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_killed_backup_leaves_nothing_under_a_backups_name(filled):
    db_path, good = filled
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys\n"
            "from pathlib import Path\n"
            "from desktop.db import backup as files\n"
            "real = files._copy\n"
            "def copy_then_die(source, target):\n"
            "    real(source, target)\n"
            "    os._exit(9)  # like SIGKILL: no cleanup runs\n"
            "files._copy = copy_then_die\n"
            "files.make_backup(Path(sys.argv[1]), 'manual')\n",
            str(db_path),
        ],
        cwd=ROOT,
        timeout=120,
    )
    assert killed.returncode == 9
    assert _backup_names(good.parent) == [good.name]
    assert [b.path for b in files.list_backups(good.parent, "registry")] == [good]


def test_empty_and_cut_short_files_are_never_good_backups(filled):
    db_path, good = filled
    newer = good.with_name(good.name.replace("_manual", "_auto").replace("2", "3", 1))
    newer.write_bytes(b"")
    newest = good.with_name(good.name.replace("_manual", "_auto").replace("2", "4", 1))
    newest.write_bytes(good.read_bytes()[:8192])
    assert files.quick_check(newer) == "ok"  # the trap: SQLite calls an empty file fine
    assert [b.path for b in files.list_backups(good.parent, "registry")] == [good]
    hostile.break_a_trigger(db_path)
    with pytest.raises(errors.CorruptDatabaseError) as caught:
        open_database(db_path)
    assert caught.value.backup == str(good)


def test_a_save_after_the_registry_file_is_deleted_is_refused(filled):
    db_path, _ = filled
    services = open_services(db_path)
    add_region(services, "префектура Ниигата", "JP", "新潟県")
    os.unlink(db_path)
    with pytest.raises(errors.RegistryFileGoneError) as caught:
        add_region(services, "префектура Тояма", "JP", "富山県")
    assert "deleted or replaced" in caught.value.text()
    services.close()


def test_a_first_save_after_the_registry_file_is_deleted_creates_nothing(filled):
    db_path, _ = filled
    services = open_services(db_path)
    services.db.engine.dispose()  # no connection open yet: one would create an empty file
    os.unlink(db_path)
    with pytest.raises(errors.RegistryFileGoneError):
        add_region(services, "префектура Тояма", "JP", "富山県")
    assert not db_path.exists()
    services.close()


def test_a_save_after_the_registry_file_is_replaced_is_refused(filled, tmp_path):
    db_path, good = filled
    services = open_services(db_path)
    copy = tmp_path / "other.sqlite"
    copy.write_bytes(good.read_bytes())
    os.replace(copy, db_path)
    with pytest.raises(errors.RegistryFileGoneError):
        add_region(services, "префектура Тояма", "JP", "富山県")
    services.close()
    reopened = open_services(db_path)
    assert reopened["regions"].count() == 90  # the replacing file got nothing
    reopened.close()


def test_index_damage_is_caught_before_an_import(filled, tmp_path, capsys):
    db_path, _ = filled
    source = tmp_path / "source.sqlite"
    other = open_services(source)
    add_region(other, "ил Бурса", "TR", "Bursa")
    other.close()
    sheet = tmp_path / "regions.xlsx"
    assert main(["export", "--db", str(source), "regions", str(sheet)]) == 0
    hostile.damage_an_index(
        db_path, "ix_foreign_region_sort_name_ru", "регион 50".encode(), "регион 51".encode()
    )
    assert files.quick_check(db_path) == "ok"  # what used to let the import in
    assert files.integrity_check(db_path) != "ok"
    before = db_path.read_bytes()
    assert main(["import", "--db", str(db_path), "regions", str(sheet)]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "Traceback" not in err
    assert db_path.read_bytes() == before
    # a window opened without the check: the import's backup checks in full and refuses
    services = open_services(db_path, check=False)
    with pytest.raises(errors.CorruptDatabaseError):
        backup_now(services, "before-import")
    assert _backup_names(db_path.parent / "backups")[-1].endswith("_manual.sqlite")
    services.close()


def test_a_backup_with_index_damage_is_not_restored(filled):
    db_path, good = filled
    hostile.damage_an_index(
        good, "ix_foreign_region_sort_name_ru", "регион 50".encode(), "регион 51".encode()
    )
    assert main(["restore", "--db", str(db_path), str(good)]) == 1


def test_db_pointing_at_a_folder_is_one_line(tmp_path, capsys):
    assert main(["check", "--db", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "is a folder" in err and len(err.splitlines()) == 1


def test_backup_out_never_overwrites_the_live_or_another_registry(filled, tmp_path, capsys):
    db_path, good = filled
    assert main(["backup", "--db", str(db_path), "--out", str(db_path)]) == 1
    assert "is the registry itself" in capsys.readouterr().err
    other = tmp_path / "other.sqlite"
    small = open_services(other)
    add_region(small, "ил Бурса", "TR", "Bursa")
    small.close()
    before = other.read_bytes()
    assert main(["backup", "--db", str(db_path), "--out", str(other)]) == 1
    err = capsys.readouterr().err
    assert "already exists" in err and "--force" in err
    assert other.read_bytes() == before
    assert main(["backup", "--db", str(db_path), "--out", str(other), "--force"]) == 0
    replaced = open_services(other)
    assert replaced["regions"].count() == 90
    replaced.close()


def test_an_unwritable_backups_folder_is_named(filled, monkeypatch, capsys):
    db_path, good = filled
    real_open = os.open

    def refuse_parts(path, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003 - os.open's
        if str(path).endswith(".part"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse_parts)  # root ignores chmod: refuse at the OS call
    assert main(["backup", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "No backup can be written to the folder" in err and str(good.parent) in err


def test_an_old_registry_whose_pre_update_backup_fails_says_so(tmp_path, capsys):
    old = tmp_path / "old.sqlite"
    old.write_bytes((ROOT / "tests" / "fixtures" / "schema_0004.sqlite").read_bytes())
    (tmp_path / "backups").write_text("not a folder")  # the backup cannot be written
    before = old.read_bytes()
    assert main(["check", "--db", str(old)]) == 1
    err = capsys.readouterr().err
    assert "must be updated" in err and "backup" in err and "Traceback" not in err
    assert old.read_bytes() == before


def test_a_full_disk_while_saving_is_told_by_its_error_code(services, monkeypatch):
    add_region(services)
    engine = services.db.engine

    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _tiny(dbapi_connection, _record) -> None:  # noqa: ANN001
        size = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {size}")

    engine.dispose()
    with pytest.raises(errors.DiskFullError):
        for n in range(200):
            add_region(services, f"регион {n}", "CN", "x" * 2000)


def test_a_busy_registry_is_told_by_its_error_code(services, db_path, monkeypatch):
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 50)
    services.db.engine.dispose()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(errors.DatabaseBusyError):
            add_region(services)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_errors_are_classified_by_code_not_by_message():
    full = sqlite3.OperationalError("no mention of the cause")
    full.sqlite_errorcode, full.sqlite_errorname = 13, "SQLITE_FULL"
    assert isinstance(errors.classify(full, "x"), errors.DiskFullError)
    misleading = sqlite3.OperationalError("database is locked")
    misleading.sqlite_errorcode, misleading.sqlite_errorname = 1, "SQLITE_ERROR"
    assert errors.classify(misleading, "x") is None
    readonly = sqlite3.OperationalError("attempt to write a readonly database")
    readonly.sqlite_errorcode = 8 | (1 << 8)  # SQLITE_READONLY_RECOVERY: the low byte counts
    assert isinstance(errors.classify(readonly, "x"), errors.ReadOnlyError)


def test_thinning_clears_copies_cut_short_a_day_ago(filled):
    db_path, good = filled
    stale = good.parent / f".{good.name}.0123456789ab.part"
    fresh = good.parent / f".{good.name}.ba9876543210.part"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"half")
    day_ago = os.path.getmtime(good) - 25 * 3600
    os.utime(stale, (day_ago, day_ago))
    files.thin(good.parent, "registry")
    assert not stale.exists() and fresh.exists()  # a backup may be writing that one now
    assert good.exists()


def test_an_old_registry_with_index_damage_is_refused_before_its_migration(tmp_path):
    old = tmp_path / "old.sqlite"
    old.write_bytes((ROOT / "tests" / "fixtures" / "schema_0004.sqlite").read_bytes())
    connection = sqlite3.connect(old)
    dates = [r[0] for r in connection.execute("SELECT DISTINCT date_from FROM event ORDER BY 1")]
    connection.close()
    first, second = next(
        (a, b) for a, b in zip(dates, dates[1:], strict=False) if a[-1] < "9" and a[:-1] + "9" < b
    )
    hostile.damage_an_index(
        old, "ix_event_date_from", first.encode(), (first[:-1] + chr(ord(first[-1]) + 1)).encode()
    )
    assert files.quick_check(old) == "ok" and files.integrity_check(old) != "ok"
    before = old.read_bytes()
    with pytest.raises(errors.CorruptDatabaseError):
        open_database(old)
    with pytest.raises(errors.CorruptDatabaseError):
        open_database(old, check=False)  # the window: the backup before the update checks
    assert old.read_bytes() == before  # not migrated


def test_odd_targets_are_told_in_one_line(filled, tmp_path, capsys):
    db_path, _ = filled
    pipe = tmp_path / "pipe.sqlite"
    os.mkfifo(pipe)
    assert main(["check", "--db", str(pipe)]) == 1  # and does not wait on the pipe
    assert "not a regular file" in capsys.readouterr().err
    folder = tmp_path / "folder"
    folder.mkdir()
    assert main(["backup", "--db", str(db_path), "--out", str(folder)]) == 1
    assert "(a folder)" in capsys.readouterr().err
    assert main(["restore", "--db", str(db_path), str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "is the registry itself" in err and "Traceback" not in err


def test_a_busy_registry_is_not_taken_for_a_damaged_one(filled, monkeypatch):
    db_path, _ = filled
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode, busy.sqlite_errorname = 5, "SQLITE_BUSY"

    def locked(_path):  # noqa: ANN001, ANN202 - stands in for schema.open_untrusted
        raise busy

    from desktop.db import schema

    monkeypatch.setattr(schema, "open_untrusted", locked)
    with pytest.raises(errors.DatabaseBusyError) as caught:
        open_database(db_path)
    assert not caught.value.replaceable
