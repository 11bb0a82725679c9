"""Backups: made, checked, thinned on a fake clock, restored without losing good ones."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta

import pytest

from desktop.cli import main
from desktop.db import backup as files
from desktop.services import open_services
from desktop.services.backups import backup_if_changed, backup_now, list_backups, restore
from tests.conftest import add_region

pytestmark = pytest.mark.sqlite_only(
    "backups are copies of the SQLite file (a server's: issue 14 item 5)"
)


def test_a_backup_is_a_checked_single_file_for_the_owner(services, db_path):
    add_region(services)
    made = backup_now(services)
    assert made.parent == db_path.parent / "backups"
    assert files.quick_check(made) == "ok"
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]  # no -wal, -shm
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    entry = list_backups(services)[0]
    assert entry.counts["foreign_region"] == 1 and entry.reason == "manual"


def test_a_backup_that_fails_its_check_is_dropped(services, monkeypatch, db_path):
    # the copy fails the full check (it is verified under its temporary name), the source not
    monkeypatch.setattr(
        files,
        "integrity_check",
        lambda path: "*** in database main ***" if path.name.endswith(".part") else "ok",
    )
    with pytest.raises(files.BackupFailedError):
        backup_now(services)
    assert list((db_path.parent / "backups").iterdir()) == []


def test_closing_backs_up_only_when_something_changed(services):
    add_region(services)
    first = backup_if_changed(services)
    assert first is not None
    assert backup_if_changed(services) is None
    add_region(services, "ил Бурса", "TR", "Bursa")
    assert backup_if_changed(services) is not None


def _fake(folder, when: datetime, reason: str = "auto") -> files.BackupInfo:
    path = folder / f"registry_{when.strftime(files.STAMP)}_{reason}.sqlite"
    path.write_bytes(b"x")
    return files.BackupInfo(path, when, reason, 1)


def test_thinning_keeps_the_last_48_hours_then_7_daily_5_weekly_12_monthly(tmp_path):
    # Issue 11: every backup of the last 48 hours stays; the older ones are thinned as before.
    now = datetime(2026, 11, 28, 18, 0)
    made = []
    for hours in range(0, 24 * 500, 6):  # four backups a day for 500 days
        made.append(_fake(tmp_path, now - timedelta(hours=hours)))
    removed = {b.path for b in files.to_thin(made, now)}
    kept = sorted((b for b in made if b.path not in removed), key=lambda b: b.created, reverse=True)
    recent = [b for b in made if now - b.created <= timedelta(hours=48)]
    assert len(recent) == 9 and kept[:9] == recent  # 48 hours to the second included
    assert kept[:10] == made[:10]  # and the newest 10, whichever keeps more
    week = [b for b in kept if (now.date() - b.created.date()).days < 7]
    older = kept[len(week) :]
    assert len(kept) == 10 + 4 + 5 + 12  # days 3 to 6 add one each
    days = sorted({b.created.date() for b in week}, reverse=True)
    assert days == [(now - timedelta(days=d)).date() for d in range(7)]
    assert all(
        b.created == max(x.created for x in made if x.created.date() == b.created.date())
        for b in week
        if b not in made[:10]
    )  # the newest of each day
    weeks = {tuple(b.created.isocalendar())[:2] for b in older[:5]}
    assert len(weeks) == 5
    months = {(b.created.year, b.created.month) for b in older[5:]}
    assert len(months) == 12


def test_thinning_removes_only_this_registrys_backups(services, tmp_path):
    folder = tmp_path / "kept"
    folder.mkdir()
    real = backup_now(services).read_bytes()
    now = datetime(2026, 11, 28, 18, 0)
    for days in range(0, 60, 2):
        when = now - timedelta(days=days)
        (folder / f"registry_{when.strftime(files.STAMP)}_auto.sqlite").write_bytes(real)
    old = now - timedelta(days=900)
    (folder / f"archive_{old.strftime(files.STAMP)}_auto.sqlite").write_bytes(real)
    assert len(files.list_backups(folder, "registry")) == 30
    assert files.thin(folder, "registry", now)
    assert 10 <= len(files.list_backups(folder, "registry")) < 30
    assert len(files.list_backups(folder, "archive")) == 1  # another database's: untouched


def test_restore_brings_back_the_data_and_keeps_every_backup(services, db_path):
    rid = add_region(services)
    good = backup_now(services)
    services["regions"].update(rid, 1, {"name_ru": "испорчено"})
    before = {b.path for b in files.list_backups(good.parent, "registry")}
    kept = restore(services, good)
    assert services["regions"].get(rid)["name_ru"] == "провинция Хэйлунцзян"
    after = {b.path for b in files.list_backups(good.parent, "registry")}
    assert before <= after and kept in after  # nothing rotated away, the replaced one kept
    assert (
        sqlite3.connect(kept).execute("SELECT name_ru FROM foreign_region").fetchone()[0]
        == "испорчено"
    )


def test_backup_restore_and_check_commands(services, db_path, tmp_path, capsys):
    add_region(services)
    services.close()
    out = tmp_path / "copy.sqlite"
    assert main(["backup", "--db", str(db_path), "--out", str(out)]) == 0
    assert files.quick_check(out) == "ok"
    assert main(["check", "--db", str(db_path)]) == 0
    second = open_services(db_path)
    add_region(second, "ил Бурса", "TR", "Bursa")
    second.close()
    assert main(["restore", "--db", str(db_path), str(out)]) == 0
    third = open_services(db_path)
    assert third["regions"].count() == 1
    third.close()
    not_backup = tmp_path / "notes.txt"
    not_backup.write_text("hello")
    assert main(["restore", "--db", str(db_path), str(not_backup)]) == 1
    assert "not a usable backup" in capsys.readouterr().err


def test_check_reports_broken_references(services, db_path, capsys):
    add_region(services)
    services.close()
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("UPDATE foreign_region SET country_code = 'QQ'")
    connection.commit()
    connection.close()
    assert main(["check", "--db", str(db_path)]) == 1
    assert "foreign_region" in capsys.readouterr().err
