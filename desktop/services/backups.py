"""Backups, restore and checks of an open registry: the one API of the Backups dialog and of
the backup, restore and check commands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..db import backup as files
from ..db.database import Database
from ..domain.i18n import QT_TRANSLATE_NOOP
from .attachments import copy_store
from .settings import registry_settings

if TYPE_CHECKING:
    from . import Services


class NotAFileDatabaseError(Exception):
    """Backups here are of SQLite files; a server database has its own."""


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    created: datetime
    reason: str
    size: int
    counts: dict[str, int]


def _db_path(db: Database) -> Path:
    if db.path is None:
        raise NotAFileDatabaseError(
            QT_TRANSLATE_NOOP(
                "Domain", "Backups are made of SQLite files; back up the server database there."
            )
        )
    return db.path


def backup_folder(services: Services) -> Path:
    db = services.db
    chosen = registry_settings(services).backup_folder
    return Path(chosen) if chosen else files.backups_folder(_db_path(db))


def backup_now(services: Services, reason: str = "manual", out: Path | None = None) -> Path:
    """A checked copy of the database; the attachments are copied beside the backups."""
    db: Database = services.db
    made = files.make_backup(_db_path(db), reason, backup_folder(services), out=out)
    copy_store(services, made.parent)
    return made


def backup_if_changed(services: Services, now: datetime | None = None) -> Path | None:
    """The backup made when the application closes: only if something changed since the
    newest backup; then old backups are thinned."""
    db: Database = services.db
    path, folder = _db_path(db), backup_folder(services)
    newest = next(iter(files.list_backups(folder, path.stem)), None)
    if newest is not None and files.last_change(newest.path) >= files.last_change(path):
        return None
    made = files.make_backup(path, "auto", folder, now=now)
    copy_store(services, folder)
    files.thin(folder, path.stem)
    return made


def list_backups(services: Services) -> list[BackupEntry]:
    return [
        BackupEntry(b.path, b.created, b.reason, b.size, files.record_counts(b.path))
        for b in files.list_backups(backup_folder(services), _db_path(services.db).stem)
    ]


def restore(services: Services, backup: Path) -> Path:
    """Replace the registry with a backup, keeping the replaced one as a backup first; no
    other backup is removed. Returns the backup of the replaced registry."""
    db: Database = services.db
    path = _db_path(db)
    if files.quick_check(Path(backup)) != "ok":
        raise files.NotABackupError(str(backup))
    kept = files.make_backup(path, "before-restore", backup_folder(services))
    db.engine.dispose()  # no pooled connection may keep reading the old pages
    files.restore_into(Path(backup), path)
    db.reopen()
    return kept
