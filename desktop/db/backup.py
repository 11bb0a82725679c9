"""Backups of the database: made with SQLite's online backup API in one step into a temporary
name, verified, then renamed; thinned (thinning.py); restored without ever rotating a good
backup away (Anki's collection/backup.rs is the model).

A backup is named ``<db>_<YYYY-MM-DD_HHMMSS_ffffff>_<reason>.sqlite`` in ``backups/`` beside
the database (or a folder of the user's choice). A file under such a name counts as a backup
only when it opens as a registry of a known revision with the schema its migrations built; one
is offered as "the newest good backup" or restored only when SQLite's full integrity check
passes too. A copy cut short (killed, disk full) only ever has its temporary name.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import re
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.i18n import QT_TRANSLATE_NOOP
from . import schema
from .errors import (
    SQLITE_FULL,
    BackupFolderError,
    CorruptDatabaseError,
    StorageError,
    primary_code,
)
from .sort_index import connect
from .thinning import to_thin

__all__ = ["to_thin"]

_NAME = re.compile(
    r"^(?P<stem>.+)_(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6}_\d{6})_(?P<reason>[a-z-]+)"
    r"\.sqlite$"
)
STAMP = "%Y-%m-%d_%H%M%S_%f"
STALE_PART_SECONDS = 24 * 3600
SQLITE_HEADER = b"SQLite format 3\x00"
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


class BackupNotWrittenError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "The backup {path} could not be written ({detail}); nothing was left under its name. "
        "Free some space or choose another backup folder, and try again.",
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
        # created for the owner only, and never over an existing file
        os.close(os.open(target_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        target = connect(target_path)
        try:
            # A new file has nothing to roll back to, and one fsync at the end replaces one per
            # step of the copy: 4x faster for a 500 MB registry. A copy cut short by a crash
            # keeps its temporary name and is never taken for a backup.
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
    with target_path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """The new name is on disk before anyone relies on it."""
    with contextlib.suppress(OSError):  # folders cannot be opened for fsync on Windows
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def quick_check(path: Path) -> str:
    return _pragma_check(path, "quick_check")


def integrity_check(path: Path) -> str:
    """SQLite's full check (indexes against their tables too; quick_check skips that)."""
    return _pragma_check(path, "integrity_check")


def _pragma_check(path: Path, pragma: str) -> str:
    try:
        connection = connect(path, read_only=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return str(connection.execute(f"PRAGMA {pragma}").fetchone()[0])
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return str(exc)
    finally:
        connection.close()


def header_problem(header: bytes) -> str:
    """What is wrong with the first 100 bytes of a registry file ("" when nothing): not SQLite,
    or file-format versions SQLite opens read-only or not at all (a damaged header)."""
    if header[:16] != SQLITE_HEADER:
        return "not an SQLite file"
    if len(header) < 100 or header[18] not in (1, 2) or header[19] not in (1, 2):
        return "its header is damaged"
    return ""


def verify(path: Path, full: bool = True) -> str:
    """The revision of a backup that is a registry as its migrations built it (and, ``full``,
    passes the integrity check); NotABackupError saying why not otherwise."""
    if not path.is_file():
        raise NotABackupError(str(path), "no such file")
    if path.stat().st_size == 0:
        raise NotABackupError(str(path), "an empty file")
    with path.open("rb") as handle:
        problem = header_problem(handle.read(100))
    if problem:
        raise NotABackupError(str(path), problem)
    try:
        revision = schema.inspect(path)
    except StorageError as exc:
        raise NotABackupError(str(path), exc.detail or type(exc).__name__) from exc
    if revision is None:
        raise NotABackupError(str(path), "no registry schema")
    if full:
        # only now, with no foreign SQL in the file, may our functions run on it
        verdict = integrity_check(path)
        if verdict != "ok":
            raise NotABackupError(str(path), verdict[:200])
    return revision


def make_backup(
    db_path: Path,
    reason: str,
    folder: Path | None = None,
    now: datetime | None = None,
    out: Path | None = None,
) -> Path:
    """Copy the database under a temporary name, verify the copy, then give it its name; a
    copy that fails is deleted, and a source that fails the check is named as damaged."""
    folder = folder or backups_folder(db_path)
    if out is None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupFolderError(str(folder), exc.strerror or str(exc)) from exc
        stamp = (now or datetime.now()).strftime(STAMP)
        out = folder / f"{db_path.stem}_{stamp}_{reason}.sqlite"
    partial = out.with_name(f".{out.name}.{uuid.uuid4().hex[:12]}.part")
    try:
        try:
            _copy(db_path, partial)
        except sqlite3.Error as exc:
            detail = "the disk is full" if primary_code(exc) == SQLITE_FULL else str(exc)
            raise BackupNotWrittenError(str(out), detail) from exc
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise BackupFolderError(str(out.parent), exc.strerror or str(exc)) from exc
            raise BackupNotWrittenError(str(out), exc.strerror or str(exc)) from exc
        try:
            verify(partial)
        except NotABackupError as exc:
            verdict = integrity_check(db_path)
            if verdict != "ok":
                raise CorruptDatabaseError(str(db_path), verdict[:200]) from exc
            raise BackupFailedError(str(out), exc.detail) from exc
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    fsync_folder(out.parent)
    return out


def list_backups(folder: Path, stem: str) -> list[BackupInfo]:
    """Backups of the database named ``stem`` in a folder, newest first (another registry's
    backups may share the folder: they are never listed, restored or thinned here). A file
    under a backup's name that is not a registry of a known revision is not listed."""
    found = []
    for path in folder.glob("*.sqlite") if folder.is_dir() else []:
        match = _NAME.match(path.name)
        if match and match["stem"] == stem and _is_backup(path):
            created = datetime.strptime(match["stamp"], STAMP)
            found.append(BackupInfo(path, created, match["reason"], path.stat().st_size))
    return sorted(found, key=lambda b: b.created, reverse=True)


def _is_backup(path: Path) -> bool:
    try:
        verify(path, full=False)
    except (NotABackupError, OSError):
        return False
    return True


def newest_good_backup(db_path: Path, folder: Path | None = None) -> Path | None:
    """The newest backup of a registry that passes the full check, if any (in ``folder``,
    default ``backups/`` beside it)."""
    for backup in list_backups(folder or backups_folder(db_path), db_path.stem):
        with contextlib.suppress(NotABackupError, OSError):
            verify(backup.path)
            return backup.path
    return None


def thin(folder: Path, stem: str, now: datetime | None = None) -> list[Path]:
    """Remove the backups thinning lets go, and copies of this registry cut short (by a kill)
    more than a day ago: never a backup, they only take space."""
    removed = []
    for backup in to_thin(list_backups(folder, stem), now):
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    cutoff = (now or datetime.now()).timestamp() - STALE_PART_SECONDS
    for partial in folder.glob(f".{glob.escape(stem)}_*.part") if folder.is_dir() else []:
        with contextlib.suppress(OSError):
            if partial.stat().st_mtime < cutoff:
                partial.unlink()
                removed.append(partial)
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


def restore_into(backup: Path, db_path: Path, verified: bool = False) -> None:
    """Write a backup's pages over the live database in one transaction: other connections
    see the old or the new registry, never a mixture. The backup is verified first (unless
    the caller just did)."""
    if not verified:
        verify(backup)
    source = connect(backup, read_only=True)
    try:
        target = connect(db_path, timeout=10)
        try:
            source.backup(target, pages=-1)
        finally:
            target.close()
    finally:
        source.close()


def replace_damaged(
    backup: Path, db_path: Path, now: datetime | None = None, verified: bool = False
) -> Path:
    """Put a verified backup in place of a registry file that cannot be opened; the damaged
    file (with its -wal, -shm or -journal, which must not meet the new file) is kept beside it under
    ``<name>.damaged`` (or ``.damaged-<stamp>`` when that is taken), which is returned."""
    if not verified:
        verify(backup)
    partial = db_path.with_name(f".{db_path.name}.{uuid.uuid4().hex[:12]}.part")
    try:
        _copy(backup, partial)
        user_only(partial)
        damaged = db_path.with_name(f"{db_path.name}.damaged")
        if damaged.exists():
            stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
            damaged = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
        for suffix in ("-wal", "-shm", "-journal", ""):
            side = db_path.with_name(db_path.name + suffix)
            if side.exists():
                os.replace(side, damaged.with_name(damaged.name + suffix))
        os.replace(partial, db_path)
    finally:
        partial.unlink(missing_ok=True)
    fsync_folder(db_path.parent)
    return damaged
