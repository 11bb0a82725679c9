"""Problems with the database file itself: each says plainly what it is and what to do."""

from __future__ import annotations

from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP


class StorageError(UserError):
    """An environment problem with the database file."""

    message = QT_TRANSLATE_NOOP("Domain", "The database cannot be used.")


class NotADatabaseError(StorageError):
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
