"""Opening a registry database: checks before touching the file, migrations, and the
``Database`` every layer above reads and writes through (its engine: ``engine.py``)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import URL, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from . import errors, fts, migrate, schema, server
from .backup import (
    SQLITE_HEADER,
    header_problem,
    integrity_check,
    make_backup,
    newest_good_backup,
    quick_check,
)
from .engine import make_engine
from .filesystem import NETWORK_FILE_SYSTEMS, file_identity, file_system_of
from .identity import BASE_KEY, CHANGE_KEY, SiteInfo, next_change, read_site
from .lock import read_holder
from .models import Base


class Database:
    """An open registry: hands out read and write sessions."""

    def __init__(self, url: str, path: Path | None) -> None:
        self.url = url
        self.path = path  # None for a server database
        self.engine = make_engine(url)
        self._write_engine = self.engine.execution_options(write=True)
        self._reading = self.engine.execution_options(isolation_level="AUTOCOMMIT")
        self.identity = file_identity(path) if path is not None else None
        self.last_write: datetime | None = None  # when this process last committed a write
        self._site: SiteInfo | None = None

    @property
    def site(self) -> SiteInfo:
        """This copy's identity: its site, and where it was taken from (read once)."""
        if self._site is None:
            with self.engine.connect() as connection:
                self._site = read_site(connection)
        return self._site

    @property
    def offline_base(self) -> int | None:
        """For a copy taken away from an office: the office's change number it was taken at
        (records changed here since have a higher one); None for an office's registry."""
        return self.site.base_counter

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        # On a server, reads run outside a transaction: READ COMMITTED takes a snapshot per
        # statement anyway, and BEGIN and ROLLBACK would be two round trips more per read.
        with Session(self.engine if self.dialect == "sqlite" else self._reading) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on error.
        It begins IMMEDIATE and waits up to the busy timeout for another writer."""
        # before a connection could create an empty file under the name, and before the
        # commit: a write to a file no longer there would be acknowledged and lost
        self.refuse_if_replaced()
        try:
            with Session(self._write_engine) as session, session.begin():
                connection = session.connection()
                next_change(connection)  # stamped on every record this transaction writes
                try:
                    yield session
                    session.flush()  # while the change number is known
                    self.refuse_if_replaced()
                finally:
                    connection.info.pop(CHANGE_KEY, None)
                    connection.info.pop(BASE_KEY, None)
        except DBAPIError as exc:
            classified = self._environment_error(exc)
            if classified is None:
                raise
            raise classified from exc
        self.last_write = datetime.now()

    def refuse_if_replaced(self) -> None:
        """RegistryFileGoneError when the path no longer names the file that was opened (it
        was deleted, or another file was put in its place): a write would be lost."""
        if self.path is not None and file_identity(self.path) != self.identity:
            raise errors.RegistryFileGoneError(str(self.path))

    @property
    def where(self) -> str:
        """The registry as the user's messages name it: its path, or its URL without the
        password."""
        return str(self.path) if self.path is not None else _shown(self.url)

    def _environment_error(self, exc: DBAPIError) -> errors.StorageError | None:
        if self.path is not None:
            holder = lock_holder(self.path) or "?"
        else:  # the session holding what this one waited for, while it still does
            holder = server.lock_holder(self.engine) if errors.is_busy(exc.orig) else "?"
        return errors.classify(exc.orig, self.where, holder)

    def reopen(self) -> None:
        """After the file was replaced (a restore, which verified it): bring its schema up to
        date. Read through SQLite only: a Python ``open`` of the file would drop the POSIX
        locks a connection still checked out holds (FIELD-NOTES)."""
        self.engine.dispose()
        self._site = None  # a restored file may be another copy
        if self.path is not None:
            _migrate(self.url, self.path, schema.inspect(self.path))
            self.identity = file_identity(self.path)

    def check(self) -> list[str]:
        """Integrity, broken references and the search index against the records, each as a
        line; empty when all is well."""
        with self.engine.connect() as connection:
            if self.dialect != "sqlite":
                revision = migrate.current_revision(connection)
                known = revision is None or revision in migrate.known_revisions()
                stale = [] if known else [f"unknown schema revision {revision}"]
                problems = server.broken_references(connection, Base.metadata)
                return stale + problems + fts.index_problems(connection)
            problems = [str(r[0]) for r in connection.exec_driver_sql("PRAGMA integrity_check")]
            problems = [] if problems == ["ok"] else problems
            if self.path is not None:
                revision = migrate.current_revision(connection)
                with contextlib.closing(schema.open_untrusted(self.path)) as untrusted:
                    found = schema.read_objects(untrusted)
                problems += schema.differences(found, revision) if revision else []
            for table, rowid, parent, _ in connection.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"{table} row {rowid}: refers to a missing {parent} record")
            problems += fts.index_problems(connection)
        return problems

    def defer_foreign_keys(self, session: Session) -> None:
        """Check references at commit instead of per row, for this transaction only."""
        if self.dialect == "sqlite":
            session.execute(text("PRAGMA defer_foreign_keys = ON"))
        else:
            session.execute(text("SET CONSTRAINTS ALL DEFERRED"))

    def close(self) -> None:
        self.engine.dispose()


def lock_holder(db_path: Path) -> str:
    holder = read_holder(db_path)
    return holder.describe() if holder else ""


def _is_url(target: str) -> bool:
    return "://" in target


def _shown(url: str) -> str:
    """A URL as messages show it: without its password."""
    return make_url(url).render_as_string(hide_password=True)


def _inspect_existing(path: Path, check: bool = True) -> str | None:
    """The schema revision of an existing file, after refusing what is not ours; a damaged
    registry's error names the newest good backup, which can replace it."""
    try:
        return _inspect_file(path, check)
    except errors.StorageError as exc:
        if exc.replaceable and exc.backup is None:
            good = newest_good_backup(path)
            if isinstance(exc, errors.NotADatabaseError) and good is not None:
                # not an SQLite file, yet its backups are: a registry damaged from the start
                detail = "not an SQLite file"
                raise errors.CorruptDatabaseError(str(path), detail, str(good)) from exc
            exc.backup = str(good) if good else None
        raise


def _inspect_file(path: Path, check: bool) -> str | None:
    if path.is_dir():
        raise errors.FolderNotFileError(str(path))
    if not path.is_file():  # a pipe or a device: reading its header could wait forever
        raise errors.NotADatabaseError(str(path), "not a regular file")
    if not os.access(path, os.R_OK):
        raise errors.ReadOnlyError(str(path), "no read permission")
    if path.stat().st_size == 0:
        raise errors.EmptyFileError(str(path))
    with path.open("rb") as handle:
        header = handle.read(100)
    if header[:16] != SQLITE_HEADER:
        raise errors.NotADatabaseError(str(path))
    if header_problem(header):  # SQLite would open it read-only, or refuse it later
        raise errors.CorruptDatabaseError(str(path), header_problem(header))
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise errors.ReadOnlyError(str(path))
    if path.with_name(path.name + "-journal").exists():
        # a registry is in WAL mode: a rollback journal beside it would be played back into
        # the file after its schema was checked
        raise errors.ForeignSchemaError(str(path), "a rollback journal beside it")
    revision = schema.inspect(path)
    if check:
        # quick on opening (a second per 600 MB for the full one); the full check runs on
        # the copy made before an import, a restore or a migration, and in the window's
        # background after opening
        raise_if_damaged(path, full=False)
    return revision


def raise_if_damaged(path: Path, full: bool = True) -> None:
    """CorruptDatabaseError, naming the newest good backup, when the integrity check fails
    (the full one: quick_check does not compare indexes with their tables)."""
    verdict = integrity_check(path) if full else quick_check(path)
    if verdict != "ok":
        good = newest_good_backup(path)
        raise errors.CorruptDatabaseError(str(path), verdict[:200], str(good) if good else None)


def _refuse_network_share(path: Path) -> None:
    """WAL needs shared memory that network file systems do not provide."""
    kind = file_system_of(path.parent)
    if kind in NETWORK_FILE_SYSTEMS or kind == "smb":
        raise errors.NetworkShareError(str(path), kind)


def _migrate(
    url: str, path: Path | None, revision: str | None, backup_folder: Path | None = None
) -> None:
    """Bring the schema to head in one transaction, foreign keys off (a batch rebuild of a
    parent table would otherwise cascade-delete its children), checked before commit."""
    if revision == migrate.head_revision():
        return
    if path is not None and revision is not None:
        try:
            # verified by the full integrity check
            make_backup(path, "before-upgrade", backup_folder)
        except errors.CorruptDatabaseError:
            raise
        except errors.StorageError as exc:
            raise errors.MigrationBackupError(str(path), exc.text()) from exc
    elif revision is not None:  # a server's registry: its SQLite copy, checked (server_copy)
        from .server_copy import backup_before_upgrade

        backup_before_upgrade(url, _shown(url), backup_folder)
    engine = make_engine(url, foreign_keys=False).execution_options(write=True)
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                server.lock_migrations(connection)  # then Alembic reads the revision anew
            migrate.upgrade(connection)
            if connection.dialect.name == "postgresql":
                server.grant_staff(connection)  # on what the migrations made
            broken = (
                connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if connection.dialect.name == "sqlite"
                else []
            )
            if broken:
                raise errors.MigrationError(str(path), f"{len(broken)} broken references")
    finally:
        engine.dispose()


def open_database(
    target: str | Path, create: bool = True, check: bool = True, backup_folder: Path | None = None
) -> Database:
    """Open (creating or migrating as needed) the registry at a file path or SQLAlchemy URL.
    ``check=False`` skips the integrity check of an existing file, for a caller that runs it
    in the background (a large file takes a second). ``backup_folder``: where the backup made
    before a migration goes, when not ``backups/`` beside the file."""
    target = str(target)
    if _is_url(target) and not target.startswith("sqlite"):
        url, path = target, None
        engine = make_engine(url)
        try:  # unreachable, refused, missing, not ours: each told in a line, nothing written
            revision = server.open_checked(engine, _shown(url), set(Base.metadata.tables))
        finally:
            engine.dispose()
        if revision is not None and revision not in migrate.known_revisions():
            raise errors.SchemaTooNewError(_shown(url))
    else:
        path = Path(make_url(target).database or "" if _is_url(target) else target)
        path = path.expanduser().resolve()
        _refuse_network_share(path)
        if path.exists():
            revision = _inspect_existing(path, check)
        else:
            if not path.parent.is_dir():
                raise errors.MissingFolderError(str(path))
            if not os.access(path.parent, os.W_OK):
                raise errors.ReadOnlyError(str(path))
            if not create:
                raise errors.MissingDatabaseError(str(path))
            revision = None
            # created readable by its owner only; SQLite gives its -wal and -shm the same
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        url = f"sqlite:///{path}"
    try:
        _migrate_told(url, path, revision, backup_folder)
    except BaseException:
        if revision is None and path is not None and _never_written(path):
            for suffix in ("-wal", "-shm", ""):  # do not leave an empty registry behind
                path.with_name(path.name + suffix).unlink(missing_ok=True)
        raise
    return Database(url, path)


def _never_written(path: Path) -> bool:
    """A registry file being created holds no schema yet (its first migration failed)."""
    try:
        with contextlib.closing(schema.open_untrusted(path)) as connection:
            return not connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except Exception:  # noqa: BLE001 - unreadable: it was never a registry either
        return path.stat().st_size == 0


def _migrate_told(
    url: str, path: Path | None, revision: str | None, backup_folder: Path | None
) -> None:
    """_migrate, with a file system's refusal (disk full, read-only) told in one sentence."""
    try:
        _migrate(url, path, revision, backup_folder)
    except DBAPIError as exc:
        if path is None:  # a server's refusal: no rights to build the schema, busy …
            engine = make_engine(url)
            refused = server.refusal(engine, _shown(url), exc)
            engine.dispose()
            if refused is None:
                raise
            raise refused from exc
        classified = errors.classify(exc.orig, str(path))
        if classified is None:
            raise
        raise classified from exc


def open_read_only(path: Path) -> Database | None:
    """An existing registry opened read-only, for a job that only reads while another process
    has it open. A read-only connection cannot checkpoint, and SQLite deletes the -wal and
    -shm on close only after a checkpoint, so this one never removes the files that process
    still writes to (measured). None when the schema needs an upgrade: that is a write."""
    path = path.expanduser().resolve()
    if not path.exists():
        raise errors.MissingDatabaseError(str(path))
    _refuse_network_share(path)
    if _inspect_existing(path) != migrate.head_revision():
        return None
    # a URL object: a '#' or '?' in a folder name must reach SQLite quoted, not cut the URI
    url = URL.create(
        "sqlite", database="file:" + quote(str(path)), query={"mode": "ro", "uri": "true"}
    )
    return Database(url.render_as_string(hide_password=False), path)
