"""Problems with the database file itself: each says plainly what it is and what to do."""

from __future__ import annotations

import sqlite3

from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP


class StorageError(UserError):
    """An environment problem with the database file."""

    message = QT_TRANSLATE_NOOP("Domain", "The database cannot be used.")
    # A registry file this error refuses to open may be replaced by a good backup (the file
    # is damaged or was tampered with; not: another application's, newer, read-only).
    replaceable = False
    backup: str | None = None  # the newest good backup that could replace a replaceable file


class NotADatabaseError(StorageError):
    replaceable = True
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} is not a registry database (it is not an SQLite file). "
        "Choose another file, or a new file name to start an empty registry.",
    )


class MissingDatabaseError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} does not exist. Check the path; a new registry is created by opening the file "
        "in the application, or by the demo and import commands.",
    )


class EmptyFileError(StorageError):
    replaceable = True
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} is an empty file, not a registry database. Delete it or choose another file.",
    )


class ForeignDatabaseError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} is an SQLite database of another application; "
        "it was left untouched. Choose a registry database.",
    )


class SchemaTooNewError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} was written by a newer version of this application; "
        "it was left untouched. Install the newer version to open it.",
    )


class ReadOnlyError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} cannot be written (read-only file or folder). "
        "Copy it to a folder of your own or ask for write access.",
    )


class MissingFolderError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain", "The folder of {path} does not exist. Choose an existing folder."
    )


class CorruptDatabaseError(StorageError):
    replaceable = True
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} is damaged (its integrity check failed); it was left untouched. Restore the "
        "newest good backup (python main.py restore, or Backups in the window).",
    )

    def __init__(self, path: str, detail: str = "", backup: str | None = None) -> None:
        self.backup = backup  # the newest backup that passed its check, if any
        super().__init__(path, detail)


class NetworkShareError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} is on a network share, where SQLite cannot lock the file safely. Copy it to "
        "this computer, or ask for a shared registry on a PostgreSQL server.",
    )


class DatabaseBusyError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} is busy: another program ({detail}) is writing to it. Wait a moment and try "
        "again; nothing was lost.",
    )
    # on a server: lost to another transaction (a serialization failure, a deadlock), so
    # running the same write again may well succeed (server.retried)
    retryable = False


class DiskFullError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "The disk holding {path} is full; the last change was not saved. Free some "
        "space and save again.",
    )


class MigrationError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "Updating {path} to the new version failed; it was left as it was and a backup was kept.",
    )


class ForeignSchemaError(CorruptDatabaseError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} is not built as this application builds a registry ({detail}); it was not "
        "opened, so nothing stored in it can run. Restore a good backup, or ask who gave you "
        "the file.",
    )


class FolderNotFileError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain", "{path} is a folder, not a registry file. Name a file (registry.sqlite)."
    )


class WriteFailedError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} could not be written ({detail}); the last change was not saved. Check the disk "
        "and try again.",
    )


class RegistryFileGoneError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} was deleted or replaced by another program while it was open; the last change "
        "was not saved. Close the registry and open it again.",
    )


class BackupFolderError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "No backup can be written to the folder {path} ({detail}). Choose another backup "
        "folder in the settings, or ask for write access.",
    )


class MigrationBackupError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} must be updated to this version, and its backup is made first, but the backup "
        "could not be written ({detail}); the registry was left as it was. Free some space or "
        "make the backups folder beside it writable, then open it again.",
    )


class ServerUnreachableError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "The database server of {path} cannot be reached at {detail}. Check the address and "
        "the network, or ask the IT department whether the server runs.",
    )


class ServerLoginError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "The database server of {path} refused the login of {detail} (a wrong or missing "
        "password, or no such user). Check the user name, and the password in ~/.pgpass.",
    )


class MissingServerDatabaseError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "There is no database {detail} on the server of {path}. Check its name, or ask the "
        "administrator to create it.",
    )


class NoRightsError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "The user {detail} lacks the rights {path} needs here (to connect, read, write, or "
        "build the registry in an empty database). Ask the administrator to grant them.",
    )


class ForeignServerDatabaseError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} holds tables of another application ({detail}); it was left untouched. Name "
        "an empty database or a registry's.",
    )


# SQLite's primary result codes (the low byte of an extended code): https://sqlite.org/rescode.html
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26


def primary_code(error: BaseException | None) -> int | None:
    """SQLite's primary result code of a driver error (Python 3.11 has ``sqlite_errorcode``)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


# PostgreSQL's SQLSTATEs of a writer that waited or lost: a lock not had within lock_timeout,
# a serialization failure, a deadlock (https://www.postgresql.org/docs/current/errcodes-appendix.html)
LOCK_NOT_AVAILABLE, SERIALIZATION_FAILURE, DEADLOCK_DETECTED = "55P03", "40001", "40P01"
LOST_TO_ANOTHER = (SERIALIZATION_FAILURE, DEADLOCK_DETECTED)
INSUFFICIENT_PRIVILEGE = "42501"


def sqlstate(error: BaseException | None) -> str | None:
    """The SQLSTATE of a server's error (psycopg's ``sqlstate``), None for others."""
    state = getattr(error, "sqlstate", None)
    return state if isinstance(state, str) else None


def is_busy(error: BaseException | None) -> bool:
    """A writer that waited too long or lost to another: on SQLite or on a server."""
    if isinstance(error, sqlite3.Error):
        return primary_code(error) in (SQLITE_BUSY, SQLITE_LOCKED)
    return sqlstate(error) in (LOCK_NOT_AVAILABLE, *LOST_TO_ANOTHER)


def classify(error: BaseException | None, path: str, holder: str = "?") -> StorageError | None:
    """The user's sentence for an SQLite error, told by its result code, never its text (a
    server's by its SQLSTATE); None for an error that is not about the file (a bug, or a
    constraint)."""
    if not isinstance(error, sqlite3.Error):
        if not is_busy(error):
            return None
        busy = DatabaseBusyError(path, holder)
        busy.retryable = sqlstate(error) in LOST_TO_ANOTHER
        return busy
    code = primary_code(error)
    name = getattr(error, "sqlite_errorname", "") or str(error)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseBusyError(path, holder)
    if code == SQLITE_FULL:
        return DiskFullError(path)
    if code == SQLITE_READONLY:
        return ReadOnlyError(path, name)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return CorruptDatabaseError(path, str(error)[:200])
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return WriteFailedError(path, name)
    return None
