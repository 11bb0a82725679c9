"""Opening a registry, for the window and the command line: the one module through which
they reach below the services, so that ``ui/`` and ``cli.py`` import nothing of ``db/``.

What is here: opening a file or URL (read-write, or read-only for a job beside a window that
holds it), the lock that tells a second window or job who holds a registry, and the errors
opening can end in (each a ``UserError``: a sentence to show, not a crash)."""

from sqlalchemy import URL
from sqlalchemy.engine import make_url

from ..db import server
from ..db.database import Database, lock_holder, open_database, open_read_only
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
    "grant_staff",
    "other_holder",
    "others_connected",
    "without_password",
]


def grant_staff(db: Database) -> bool:
    """On a server, as its owner: give the staff role its rights again (a role created after
    the registry was built); whether they were given."""
    if db.path is not None:
        return False
    with db.engine.begin() as connection:
        if not server.may_migrate(connection):
            return False
        server.grant_staff(connection)
    return True


def others_connected(db: Database) -> list[str]:
    """Who else has a server registry open now, as user@host each (from pg_stat_activity;
    this program's own connections left out); for an SQLite file, its lock's holder."""
    if db.path is not None:
        holder = other_holder(db.path)
        return [f"{holder.user}@{holder.host}"] if holder else []
    return server.others_connected(db.engine)


def without_password(target: str) -> str:
    """A registry's path or URL as it may be kept in settings: a server URL loses any
    password (in its user part or its query); the password is PostgreSQL's own files'
    (``~/.pgpass``, a service of ``pg_service.conf``) to keep."""
    if "://" not in target or target.startswith("sqlite"):
        return target
    url = make_url(target)
    query = {k: v for k, v in url.query.items() if k.lower() != "password"}
    kept = URL.create(url.drivername, url.username, None, url.host, url.port, url.database, query)
    return kept.render_as_string(hide_password=False)
