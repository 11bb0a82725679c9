"""Opening a registry, for the window and the command line: the one module through which
they reach below the services, so that ``ui/`` and ``cli.py`` import nothing of ``db/``.

What is here: opening a file or URL (read-write, or read-only for a job beside a window that
holds it), the lock that tells a second window or job who holds a registry, and the errors
opening can end in (each a ``UserError``: a sentence to show, not a crash)."""

from ..db.database import lock_holder, open_database, open_read_only
from ..db.errors import CorruptDatabaseError, MigrationBackupError, StorageError
from ..db.lock import (
    DatabaseLock,
    Holder,
    RegistryFileError,
    RegistryInUseError,
    held_here,
    is_registry_file,
    other_holder,
)

__all__ = [
    "CorruptDatabaseError",
    "DatabaseLock",
    "Holder",
    "MigrationBackupError",
    "RegistryFileError",
    "RegistryInUseError",
    "StorageError",
    "held_here",
    "is_registry_file",
    "lock_holder",
    "open_database",
    "open_read_only",
    "other_holder",
]
