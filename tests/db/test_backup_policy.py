"""Which backups thinning keeps (issue 11, item 3), at the boundaries, on a fake clock; and the
backup a close leaves after a session with changes."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.db import backup as files
from desktop.db.thinning import to_thin
from desktop.services.backups import backup_if_changed, backup_now
from desktop.services.settings import RegistrySettings, save_registry_settings
from tests.conftest import add_region

pytestmark = pytest.mark.sqlite_only(
    "backups are copies of the SQLite file (a server's: issue 14 item 5)"
)

NOW = datetime(2026, 11, 28, 18, 0)
SECOND = timedelta(seconds=1)


def _info(when: datetime, reason: str = "auto") -> files.BackupInfo:
    return files.BackupInfo(
        Path(f"registry_{when.strftime(files.STAMP)}_{reason}.sqlite"), when, reason, 1
    )


def _kept(backups: list[files.BackupInfo]) -> set[datetime]:
    removed = {b.path for b in to_thin(backups, NOW)}
    return {b.created for b in backups if b.path not in removed}


def test_every_backup_of_the_last_48_hours_stays():
    recent = [_info(NOW - timedelta(hours=h)) for h in range(1, 11)]  # the newest 10
    newest_of_its_day = _info(NOW - timedelta(hours=47))
    at_48 = _info(NOW - timedelta(hours=48))
    past_48 = _info(NOW - timedelta(hours=48) - SECOND)  # same day, older: thinned
    kept = _kept([*recent, newest_of_its_day, at_48, past_48])
    assert at_48.created in kept
    assert past_48.created not in kept
    assert {b.created for b in recent} <= kept


def test_the_newest_10_stay_however_old():
    old_day = [_info(NOW - timedelta(days=5, minutes=m)) for m in range(11)]  # one day
    kept = _kept(old_day)
    assert kept == {b.created for b in old_day[:10]}


def test_backups_before_an_import_a_restore_or_an_update_stay_30_days():
    newest = [_info(NOW - timedelta(hours=h)) for h in range(10)]
    day = NOW - timedelta(days=30)  # 18:00, thirty days ago
    newer_that_day = _info(day + timedelta(hours=2))  # stands for its day, week and month
    protected = [
        _info(day + timedelta(minutes=2), "before-import"),
        _info(day + timedelta(minutes=1), "before-restore"),
        _info(day, "before-upgrade"),  # 30 days old to the second
    ]
    too_old = _info(day - SECOND, "before-import")
    ordinary = _info(day + timedelta(minutes=30), "manual")
    kept = _kept([*newest, newer_that_day, *protected, too_old, ordinary])
    assert {b.created for b in protected} <= kept
    assert too_old.created not in kept and ordinary.created not in kept


def test_a_backup_before_an_import_survives_the_next_backups_of_the_day(services, db_path):
    add_region(services)
    before_import = backup_now(services, "before-import")
    add_region(services, "ил Бурса", "TR", "Bursa")
    for _ in range(12):
        backup_now(services)
    files.thin(db_path.parent / "backups", "registry")
    assert before_import in [b.path for b in files.list_backups(before_import.parent, "registry")]


def test_closing_after_settings_and_an_import_leaves_a_backup(services, db_path):
    add_region(services)
    first = backup_if_changed(services)
    assert first is not None
    save_registry_settings(services, RegistrySettings(officer="Иванова"))
    assert backup_if_changed(services) is not None  # settings alone are a change too
    save_registry_settings(services, RegistrySettings(officer="Петрова"))
    before_import = backup_now(services, "before-import")
    add_region(services, "ил Бурса", "TR", "Bursa")  # what the import writes
    on_close = backup_if_changed(services)
    assert on_close is not None
    kept = [b.path for b in files.list_backups(db_path.parent / "backups", "registry")]
    assert on_close in kept and before_import in kept and first in kept
