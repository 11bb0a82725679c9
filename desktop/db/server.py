"""What a registry on a PostgreSQL server needs beyond SQLAlchemy: every connection says who
it is (``application_name``: user@host, seen in ``pg_stat_activity`` by the others) and waits a
bounded time for a lock (``lock_timeout``, SQLite's busy timeout); a writer that gave up names
the session holding it; a write that lost a serialization race or a deadlock runs again.
Also: who else is connected, the attachments' bytes kept in the database, and the roles (the
owner migrates; the staff role reads and writes, granted by each migration).
"""

from __future__ import annotations

import functools
import getpass
import random
import socket
import time
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import Connection, Engine, MetaData, create_engine, event, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import DBAPIError, OperationalError

from ..domain.i18n import QT_TRANSLATE_NOOP
from . import errors, migrate
from .models import AttachmentContent, table_of

P = ParamSpec("P")
T = TypeVar("T")

# a write lost to another transaction (40001, 40P01) is run again this many times in all
WRITE_ATTEMPTS = 3


def who_am_i() -> str:
    """user@host, as the lock file beside an SQLite registry says it (at most 63 bytes:
    PostgreSQL cuts a longer application_name)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return f"{user}@{socket.gethostname()}".encode()[:63].decode(errors="ignore")


def connect_arguments(lock_timeout_ms: int) -> dict[str, Any]:
    """psycopg's connection parameters: set at connection, no statement of their own."""
    return {
        "application_name": who_am_i(),
        "options": f"-c lock_timeout={int(lock_timeout_ms)}",
    }


def lock_holder(engine: Engine) -> str:
    """The other session of this database with the oldest writing transaction (one that
    holds an id: it wrote or locked rows), as "user@host, server process N, since HH:MM";
    "?" when none is left (it ended meanwhile) or the server does not say."""
    try:
        with engine.connect() as connection:
            row = connection.execute(
                text(
                    "SELECT application_name, usename, pid, xact_start FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                    "AND backend_xid IS NOT NULL ORDER BY xact_start LIMIT 1"
                )
            ).first()
    except Exception:  # noqa: BLE001 - naming the holder must not hide the busy error
        return "?"
    if row is None:
        return "?"
    name, role, pid, since = row
    started = f", since {since:%H:%M}" if since is not None else ""
    return f"{name or role}, server process {pid}{started}"


def retried(write: Callable[P, T]) -> Callable[P, T]:
    """Run a write again when the server refused it for losing to another transaction
    (a serialization failure or a deadlock: nothing of it was kept), up to WRITE_ATTEMPTS in
    all, after a short random pause; a lock not had in time is told at once."""

    @functools.wraps(write)
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                return write(*args, **kwargs)
            except errors.DatabaseBusyError as exc:
                if not exc.retryable or attempt == WRITE_ATTEMPTS:
                    raise
                time.sleep(random.uniform(0.01, 0.05) * attempt)
        raise AssertionError("unreachable")

    return run


_own_sessions: set[int] = set()  # server processes of this program's open connections


def track_own_sessions(engine: Engine) -> None:
    """Remember the server process of every connection this engine holds open, so that the
    others connected are told apart from this program's own pooled connections."""

    @event.listens_for(engine, "connect")
    def _opened(dbapi_connection, record) -> None:  # noqa: ANN001 - DBAPI objects
        record.info["backend_pid"] = int(dbapi_connection.info.backend_pid)
        _own_sessions.add(record.info["backend_pid"])

    @event.listens_for(engine, "close")
    def _closed(_dbapi_connection, record) -> None:  # noqa: ANN001
        _own_sessions.discard(record.info.get("backend_pid", -1))


def others_connected(engine: Engine) -> list[str]:
    """Who else has the registry open now, as "user@host" (their application_name; the role
    for a client that set none), each once, sorted; empty when no one does or the server
    does not say."""
    own = sorted(_own_sessions)
    try:
        with engine.connect() as connection:
            names = connection.execute(
                text(
                    "SELECT DISTINCT coalesce(nullif(application_name, ''), usename) "
                    "FROM pg_stat_activity WHERE datname = current_database() "
                    "AND pid <> pg_backend_pid() "
                    "AND coalesce(backend_type, 'client backend') = 'client backend' "
                    "AND NOT (pid = ANY(:own)) ORDER BY 1"
                ),
                {"own": own},
            ).scalars()
            return [str(name) for name in names if name]
    except DBAPIError:
        return []


def keep_content(connection: Connection, digest: str, content: bytes) -> None:
    """The bytes of an attached file into the server's table, once per content (an officer
    adding the same file at the same moment is no conflict)."""
    connection.execute(
        pg_insert(table_of(AttachmentContent))
        .values(sha256=digest, size=len(content), content=content)
        .on_conflict_do_nothing(index_elements=["sha256"])
    )


# -- roles: the owner migrates, staff read and write -----------------------------------------

STAFF_ROLE = "registry_staff"
# what the owner's migration gives the staff role, on every table and sequence there is and
# (default privileges) on those later migrations of the owner make; the schema stays the
# owner's: no CREATE, ALTER, DROP or TRUNCATE
STAFF_GRANTS = (
    f"GRANT USAGE ON SCHEMA public TO {STAFF_ROLE}",
    f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {STAFF_ROLE}",
    f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {STAFF_ROLE}",
    f"ALTER DEFAULT PRIVILEGES IN SCHEMA public "
    f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {STAFF_ROLE}",
    f"ALTER DEFAULT PRIVILEGES IN SCHEMA public "
    f"GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {STAFF_ROLE}",
    # the revision is the owner's to write
    f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {STAFF_ROLE}",
)


class SchemaNeedsOwnerError(errors.StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} must be upgraded to this version of the application, which only the "
        "registry's owner role may do ({detail} is staff); it was left as it was. Ask the "
        "administrator to run: ir-registry upgrade --db URL-of-the-owner",
    )


def grant_staff(connection: Connection) -> None:
    """Give the staff role its rights on what the migrations made (when that role exists on
    the server: a registry may be run by its owner alone)."""
    exists = connection.execute(
        text("SELECT count(*) FROM pg_roles WHERE rolname = :role"), {"role": STAFF_ROLE}
    ).scalar()
    if exists:
        for statement in STAFF_GRANTS:
            connection.execute(text(statement))


def may_migrate(connection: Connection) -> bool:
    """Whether this login may change the registry's schema: it owns its tables (or is a
    member of the role that does) and may create in its schema."""
    return bool(
        connection.execute(
            text(
                "SELECT pg_has_role(current_user, tableowner, 'USAGE') "
                "AND has_schema_privilege(current_schema(), 'CREATE') "
                "FROM pg_tables WHERE schemaname = current_schema() "
                "AND tablename = 'alembic_version'"
            )
        ).scalar()
    )


# -- opening: a one-line reason for every way a server database cannot be used ---------------

ADVISORY_MIGRATION_KEY = 0x1C_2E61  # pg_advisory_xact_lock: one client migrates at a time


def open_checked(engine: Engine, where: str, ours: set[str]) -> str | None:
    """The schema revision of the registry database behind ``engine`` (None: an empty
    database, to be built), after refusing one that cannot be reached or used, that holds
    tables of another application (then nothing is written to it), or that is older than
    this program while this login (staff) may not upgrade it."""
    try:
        with engine.connect() as connection:
            tables = set(
                connection.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
                ).scalars()
            )
            revision = (
                connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
                if "alembic_version" in tables
                else None
            )
            outdated = revision in migrate.known_revisions() - {migrate.head_revision()}
            if outdated and not may_migrate(connection):  # staff: told, nothing tried
                user = connection.execute(text("SELECT current_user")).scalar()
                raise SchemaNeedsOwnerError(where, str(user))
    except DBAPIError as exc:
        refused = refusal(engine, where, exc)
        if refused is None:
            raise
        raise refused from exc
    foreign = sorted(tables - ours - {"alembic_version"})
    if tables and (revision is None or not tables & ours):
        raise errors.ForeignServerDatabaseError(where, ", ".join(foreign[:3]))
    return revision


def refusal(engine: Engine, where: str, exc: DBAPIError) -> errors.StorageError | None:
    """Why the server refused: told by SQLSTATE where the server sent one, else found out
    (connection failures carry none): is the server there at all, does it take these
    credentials for its maintenance database, does the database exist. None for an error
    that is none of these (a bug)."""
    failed = getattr(exc.orig, "pgconn", None)
    # the user libpq tried: the URL's, a service's of pg_service.conf, or the login's
    tried = _text(getattr(failed, "user", b"")) if failed is not None else ""
    user = engine.url.username or tried or who_am_i().split("@")[0]
    if errors.sqlstate(exc.orig) == errors.INSUFFICIENT_PRIVILEGE:
        return errors.NoRightsError(where, user)
    # busy: another client migrating (it holds the advisory lock) or writing
    holder = lock_holder(engine) if errors.is_busy(exc.orig) else "?"
    classified = errors.classify(exc.orig, where, holder)
    if classified is not None:
        return classified
    if not isinstance(exc, OperationalError) or exc.orig is None or errors.sqlstate(exc.orig):
        return None
    host = _text(getattr(failed, "host", b"")) if failed is not None else ""
    port = _text(getattr(failed, "port", b"")) if failed is not None else ""
    if failed is None or not _reachable(host, port):
        shown = engine.url.host or host or "localhost"
        return errors.ServerUnreachableError(where, f"{shown}:{engine.url.port or port or 5432}")
    database = engine.url.database or user
    maintenance = create_engine(engine.url.set(database="postgres"))
    try:
        with maintenance.connect() as connection:
            exists = connection.execute(
                text("SELECT count(*) FROM pg_database WHERE datname = :name"), {"name": database}
            ).scalar()
    except DBAPIError:
        return errors.ServerLoginError(where, user)
    finally:
        maintenance.dispose()
    if not exists:
        return errors.MissingServerDatabaseError(where, database)
    return errors.NoRightsError(where, user)


def _text(value: object) -> str:
    return value.decode(errors="replace") if isinstance(value, bytes) else str(value or "")


def _reachable(host: str, port: str) -> bool:
    """Whether anything listens where libpq tried: a Unix socket folder or host:port."""
    number = int(port) if port.isdigit() else 5432
    try:
        if host.startswith("/") or not host:
            with socket.socket(socket.AF_UNIX) as unix:
                unix.settimeout(3)
                unix.connect(f"{host or '/var/run/postgresql'}/.s.PGSQL.{number}")
        else:
            socket.create_connection((host, number), timeout=3).close()
    except OSError:
        return False
    return True


def lock_migrations(connection: Connection) -> None:
    """Hold the migration lock until this transaction ends: a second client opening the
    registry at the same moment waits (up to lock_timeout, then is told it is busy), and
    then finds the schema up to date."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_MIGRATION_KEY})


def broken_references(connection: Connection, metadata: MetaData) -> list[str]:
    """Rows whose reference names no record, as SQLite's foreign_key_check tells them (a
    server enforces its keys, but not for rows written with its triggers off, a restore of
    a dump without them, or keys added NOT VALID)."""
    problems = []
    for table in metadata.sorted_tables:
        for key in table.foreign_key_constraints:
            (column,), (element,) = key.columns, key.elements
            parent = element.column.table.alias("parent")
            target = parent.c[element.column.name]
            row_id = table.c.id if "id" in table.c else column
            missing = (
                select(row_id)
                .select_from(table.outerjoin(parent, target == column))
                .where(column.is_not(None), target.is_(None))
                .order_by(row_id)
                .limit(20)
            )
            problems += [
                f"{table.name} row {found}: refers to a missing {element.column.table.name} record"
                for found in connection.execute(missing).scalars()
            ]
    return problems
