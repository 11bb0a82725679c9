"""Backups of the database: made with SQLite's online backup API in one step, checked right
after writing, thinned to 7 daily, 5 weekly and 12 monthly, and restored without ever
rotating a good backup away (Anki's collection/backup.rs is the model).

A backup is named ``<db>_<YYYY-MM-DD_HHMMSS_ffffff>_<reason>.sqlite`` in ``backups/`` beside
the database (or a folder of the user's choice).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.i18n import QT_TRANSLATE_NOOP
from .errors import StorageError
from .sort_index import connect

_NAME = re.compile(
    r"^(?P<stem>.+)_(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6}_\d{6})_(?P<reason>[a-z-]+)"
    r"\.sqlite$"
)
STAMP = "%Y-%m-%d_%H%M%S_%f"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 5, 12
# Tables whose row counts describe a backup in the Backups dialog.
COUNTED_TABLES = (
    "foreign_region",
    "organisation",
    "person",
    "event",
    "agreement",
    "delegation",
    "twin_relation",
)


class BackupFailedError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "The backup of {path} failed its check and was deleted. Check the disk and try again.",
    )


class NotABackupError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain", "{path} is not a usable backup of the registry; nothing was restored."
    )


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def user_only(path: Path) -> None:
    """Registry files are readable by their owner only."""
    with contextlib.suppress(OSError):  # a file system without Unix permissions
        os.chmod(path, 0o600)


def _copy(source_path: Path, target_path: Path) -> None:
    source = connect(source_path, read_only=True)
    try:
        target = connect(target_path)
        try:
            # A new file has nothing to roll back to, and one fsync at the end replaces one per
            # step of the copy: 4x faster for a 500 MB registry. A copy cut short by a crash
            # fails the quick_check that follows and is dropped.
            target.execute("PRAGMA journal_mode = OFF")
            target.execute("PRAGMA synchronous = OFF")
            # One step: a paged copy restarts whenever another process writes.
            source.backup(target, pages=-1)
            # a backup is one self-contained file, without -wal and -shm beside it
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    finally:
        source.close()
    _fsync(target_path)


def _fsync(path: Path) -> None:
    """The backup is on disk, and so is its name in the folder, before anyone relies on it."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
    with contextlib.suppress(OSError):  # folders cannot be opened for fsync on Windows
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def quick_check(path: Path) -> str:
    connection = connect(path, read_only=True)
    try:
        return str(connection.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        connection.close()


def make_backup(
    db_path: Path,
    reason: str,
    folder: Path | None = None,
    now: datetime | None = None,
    out: Path | None = None,
) -> Path:
    """Copy the database and verify the copy; a copy that fails its check is deleted."""
    folder = folder or backups_folder(db_path)
    if out is None:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = (now or datetime.now()).strftime(STAMP)
        out = folder / f"{db_path.stem}_{stamp}_{reason}.sqlite"
    _copy(db_path, out)
    user_only(out)
    verdict = quick_check(out)
    if verdict != "ok":
        out.unlink(missing_ok=True)
        raise BackupFailedError(str(out), verdict)
    return out


def list_backups(folder: Path, stem: str) -> list[BackupInfo]:
    """Backups of the database named ``stem`` in a folder, newest first (another registry's
    backups may share the folder: they are never listed, restored or thinned here)."""
    found = []
    for path in folder.glob("*.sqlite") if folder.is_dir() else []:
        match = _NAME.match(path.name)
        if match and match["stem"] == stem:
            created = datetime.strptime(match["stamp"], STAMP)
            found.append(BackupInfo(path, created, match["reason"], path.stat().st_size))
    return sorted(found, key=lambda b: b.created, reverse=True)


def to_thin(backups: Iterable[BackupInfo]) -> list[BackupInfo]:
    """The backups thinning removes: of the rest, the newest of each of the last 7 days,
    then of 5 more weeks, then of 12 more months, are kept."""
    keep: set[Path] = set()
    buckets = {"day": set(), "week": set(), "month": set()}
    limits = {"day": KEEP_DAILY, "week": KEEP_WEEKLY, "month": KEEP_MONTHLY}
    newest_first = sorted(backups, key=lambda b: b.created, reverse=True)
    for backup in newest_first:
        keys = {
            "day": backup.created.date(),
            "week": tuple(backup.created.isocalendar())[:2],
            "month": (backup.created.year, backup.created.month),
        }
        for period in ("day", "week", "month"):
            if keys[period] in buckets[period]:
                break  # an earlier (newer) backup already stands for this period
            if len(buckets[period]) < limits[period]:
                buckets[period].add(keys[period])
                keep.add(backup.path)
                break
    return [b for b in newest_first if b.path not in keep]


def thin(folder: Path, stem: str) -> list[Path]:
    removed = []
    for backup in to_thin(list_backups(folder, stem)):
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def record_counts(path: Path) -> dict[str, int]:
    """Rows per registry table of a database file (records in the trash included)."""
    connection = connect(path, read_only=True)
    try:
        counts = {}
        for table in COUNTED_TABLES:
            try:
                counts[table] = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            except sqlite3.DatabaseError:
                counts[table] = 0
        return counts
    finally:
        connection.close()


def last_change(path: Path) -> int:
    """The newest change-log entry of a database file (0 when there is none)."""
    connection = connect(path, read_only=True)
    try:
        return connection.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()[0]
    except sqlite3.DatabaseError:
        return 0
    finally:
        connection.close()


def restore_into(backup: Path, db_path: Path) -> None:
    """Write a backup's pages over the live database in one transaction: other connections
    see the old or the new registry, never a mixture."""
    if not backup.is_file() or quick_check(backup) != "ok":
        raise NotABackupError(str(backup))
    source = connect(backup, read_only=True)
    try:
        tables = {r[0] for r in source.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            raise NotABackupError(str(backup), "no registry schema")
        target = connect(db_path, timeout=10)
        try:
            source.backup(target, pages=-1)
        finally:
            target.close()
    finally:
        source.close()
