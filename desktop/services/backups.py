"""Backups, restore and checks of a registry: the one API of the Backups dialog, of the window
offering a backup for a damaged registry, and of the backup, restore and check commands."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from ..db import backup as files
from ..db import server, server_copy
from ..db.database import Database, open_database, raise_if_damaged
from ..db.engine import make_engine
from ..db.errors import CorruptDatabaseError, StorageError
from ..db.models import Base
from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP
from .attachments import copy_store

if TYPE_CHECKING:
    from . import Services


class NotAFileDatabaseError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} is on a server: a backup is restored there only into an empty database, with "
        "ir-registry restore FILE --db URL-of-the-new-database.",
    )


class BackupOverLiveError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} is the registry itself; a backup cannot be written over it. Choose another "
        "file name.",
    )


class BackupOverFileError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} already exists ({detail}); it was left untouched. Choose a new file name, or "
        "add --force to overwrite it.",
    )


class RelativeBackupFolderError(UserError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "The backup folder {path} is not a full path: give its full path, from the root of "
        "the disk (such as /home/me/backups).",
    )


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    created: datetime
    reason: str
    size: int
    counts: dict[str, int]


def _db_path(db: Database) -> Path:
    if db.path is None:
        raise NotAFileDatabaseError(db.where)
    return db.path


def checked_folder(folder: Path | str | None) -> Path | None:
    """A backup folder the user chose on this computer, or None for the default beside the
    registry. A relative one would land wherever the program was started: refused."""
    if folder is None or not str(folder).strip():
        return None
    path = Path(str(folder).strip()).expanduser()
    if not path.is_absolute():
        raise RelativeBackupFolderError(str(folder))
    return path


def backup_folder(services: Services) -> Path:
    """Where the registry's backups go: the folder chosen on this computer (the window's
    settings, or ``--backup-folder``), else ``backups/`` beside the registry. A folder stored
    in the registry file is never used: a file from elsewhere must not decide where copies
    of the data go."""
    if services.backups.chosen:
        return services.backups.chosen
    path = services.db.path
    return files.backups_folder(path) if path else server_copy.server_backups_folder()


def _stem(db: Database) -> str:
    """The name a registry's backups begin with: its file's, or its server database's."""
    return db.path.stem if db.path else server_copy.backup_stem(db.url)


def _refuse_overwrite(out: Path, live: Path | None, force: bool) -> None:
    if not out.exists():
        return
    if live is not None and os.path.samefile(out, live):
        raise BackupOverLiveError(str(out))
    if not force:
        if out.is_dir():
            raise BackupOverFileError(str(out), "a folder")
        with out.open("rb") as handle:
            is_registry = handle.read(16) == files.SQLITE_HEADER
        raise BackupOverFileError(str(out), "an SQLite database" if is_registry else "a file")


def backup_now(
    services: Services,
    reason: str = "manual",
    out: Path | None = None,
    force: bool = False,
    attachments: bool = True,
) -> Path:
    """A checked copy of the database; the attachments are copied beside the backups (unless
    a copy of the records only is asked for)."""
    db: Database = services.db
    if db.path is None:
        return server_backup(services, reason, out, force)
    path = _db_path(db)
    if out is not None:
        _refuse_overwrite(out, path, force)
    made = files.make_backup(path, reason, backup_folder(services), out=out)
    if attachments:
        copy_store(services, made.parent)
    return made


def server_backup(
    services: Services, reason: str = "manual", out: Path | None = None, force: bool = False
) -> Path:
    """The whole registry on a server as a checked SQLite registry (records, child rows,
    change log, settings, exchange tables; the attachments' bytes into ``attachments/``
    beside it), which the application opens like any other: ``out``, else a backup's name
    in the folder chosen on this computer (or ``~/registry-backups``). A copy for an office
    on a server to take away starts from this (issue 15)."""
    db: Database = services.db
    if out is None:
        folder = backup_folder(services)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise files.BackupFolderError(str(folder), exc.strerror or str(exc)) from exc
        out = folder / server_copy.backup_name(db.url, reason)
    _refuse_overwrite(out, None, force)
    if out.exists():
        out.unlink()  # --force: a copy is never written over a file, only in its place
    try:
        server_copy.copy_to_sqlite(db.engine, out, db.where)
    except OSError as exc:
        raise files.BackupNotWrittenError(str(out), exc.strerror or str(exc)) from exc
    return out


def restore_to_server(url: str, backup: Path) -> dict[str, int]:
    """Put an SQLite registry (a backup of any registry) into an EMPTY database on a server
    (ServerNotEmptyError otherwise, nothing written), in one transaction; the database is
    then a registry at the newest schema whose next record gets the next id. Records per
    registry table (the trash's too)."""
    check_backup(backup)  # completely, before the server is touched
    where = make_url(url).render_as_string(hide_password=True)
    engine = make_engine(url)
    try:
        server.open_checked(engine, where, set(Base.metadata.tables))  # one-line refusals
        try:
            copied = server_copy.restore_from_sqlite(Path(backup), engine, where)
            return {table: copied.get(table, 0) for table in files.COUNTED_TABLES}
        except DBAPIError as exc:
            refused = server.refusal(engine, where, exc)
            if refused is None:
                raise
            raise refused from exc
    finally:
        engine.dispose()


def backup_if_changed(services: Services, now: datetime | None = None) -> Path | None:
    """The backup made when the application closes: only if something changed since the
    newest backup (a change logged, or any write of this session after it, settings
    included); then old backups are thinned."""
    db: Database = services.db
    path, folder = _db_path(db), backup_folder(services)
    newest = next(iter(files.list_backups(folder, path.stem)), None)
    if (
        newest is not None
        and files.last_change(newest.path) >= files.last_change(path)
        and (db.last_write is None or db.last_write <= newest.created)
    ):
        return None
    made = files.make_backup(path, "auto", folder, now=now)
    copy_store(services, folder)
    files.thin(folder, path.stem, now)
    return made


def list_backups(services: Services) -> list[BackupEntry]:
    """The registry's backups, newest first: in the folder they go to, and those made beside
    the registry before another folder was chosen (still there to restore)."""
    path = services.db.path
    beside = [files.backups_folder(path)] if path else []
    folders = dict.fromkeys((backup_folder(services), *beside))
    stem = _stem(services.db)
    found = [b for folder in folders for b in files.list_backups(folder, stem)]
    return [
        BackupEntry(b.path, b.created, b.reason, b.size, files.record_counts(b.path))
        for b in sorted(found, key=lambda b: b.created, reverse=True)
    ]


def check_backup(backup: Path) -> str:
    """The schema revision of a backup that may be restored: a registry of a known revision,
    built as its migrations build it, passing the full integrity check; NotABackupError
    saying why not otherwise."""
    return files.verify(Path(backup))


def restore(services: Services, backup: Path, verified: bool = False) -> Path:
    """Replace the registry with a backup, keeping the replaced one as a backup first (or, when
    it is too damaged to be backed up, as a ``.damaged`` copy); no other backup is removed.
    The backup is verified completely before the registry is touched. Returns where the
    replaced registry was kept."""
    db: Database = services.db
    path = _db_path(db)
    if Path(backup).exists() and os.path.samefile(backup, path):
        raise files.NotABackupError(str(backup), "it is the registry itself")
    if not verified:
        check_backup(backup)
    try:
        kept = files.make_backup(path, "before-restore", backup_folder(services))
    except CorruptDatabaseError:
        db.engine.dispose()
        kept = files.replace_damaged(Path(backup), path, verified=True)
        db.reopen()
        return kept
    db.engine.dispose()  # no pooled connection may keep reading the old pages
    files.restore_into(Path(backup), path, verified=True)
    db.reopen()
    return kept


def restore_damaged(db_path: Path, backup: Path, verified: bool = False) -> Path:
    """Put a good backup in place of a registry that cannot be opened (damaged, or holding
    objects of another origin), and bring it up to date; the file it replaces is kept as
    ``<name>.damaged-<stamp>``, which is returned. The backup is verified first."""
    damaged = files.replace_damaged(Path(backup), Path(db_path), verified=verified)
    open_database(db_path, create=False).close()
    return damaged


def check_integrity(services: Services) -> None:
    """SQLite's full integrity check of the open registry file (run in the background after
    opening): CorruptDatabaseError naming the newest good backup when it fails (in the
    folder chosen on this computer, when there is one there)."""
    path = _db_path(services.db)
    try:
        raise_if_damaged(path)
    except CorruptDatabaseError as exc:
        good = newest_good_backup(path, services.backups.chosen)
        if good is None:
            raise
        raise CorruptDatabaseError(exc.path, exc.detail, str(good)) from exc


def newest_good_backup(db_path: Path, chosen: Path | None) -> Path | None:
    """The newest backup of a registry that passes the full check: in the folder chosen on
    this computer, else beside the registry."""
    found = files.newest_good_backup(db_path, chosen) if chosen else None
    return found or files.newest_good_backup(db_path)
