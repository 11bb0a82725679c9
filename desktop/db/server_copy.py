"""A registry on a server as an SQLite file and back: the backup of a server registry (the
whole registry, its attachments' bytes into the copy's ``attachments/`` folder) is an SQLite
registry the application opens like any other, made at the server's schema revision, checked
completely before it gets its name; a restore puts such a copy into an empty server database
in one transaction, with every id sequence after the ids it brought.

Rows travel through the models' own tables (so dates, partial dates and flags convert as an
ordinary save converts them), limited to the columns the revision has on both sides. The
search tables of SQLite are filled by its triggers as the rows arrive.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import URL, Connection, Engine, Table, create_engine, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from ..domain.i18n import QT_TRANSLATE_NOOP
from . import migrate, server
from .backup import STAMP, BackupFailedError, NotABackupError, fsync_folder, user_only, verify
from .engine import make_engine
from .errors import MigrationBackupError, StorageError
from .identity import counter
from .models import AttachmentContent, Base, table_of

BATCH = 2000
CONTENT = AttachmentContent.__tablename__


class ServerNotEmptyError(StorageError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} is not empty (it holds {detail}); it was left untouched. A backup is restored "
        "only into an empty database: ask the administrator for a new one.",
    )


class ServerMigrationBackupError(MigrationBackupError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} must be upgraded to this version, and its copy is written first, but the copy "
        "could not be written ({detail}); the registry was left as it was. Choose a writable "
        "backup folder (--backup-folder, or File → Settings…) and open it again.",
    )


def server_backups_folder() -> Path:
    """Where the copies of a server registry go when this computer chose no folder: a
    server has no folder beside it."""
    return Path.home() / "registry-backups"


def backup_stem(url: str) -> str:
    """What a server registry's backups are named after: its database."""
    return make_url(url).database or "registry"


def backup_name(url: str, reason: str, now: datetime | None = None) -> str:
    """A backup's file name as the SQLite registries' (backup.py), the stem the database's."""
    return f"{backup_stem(url)}_{(now or datetime.now()).strftime(STAMP)}_{reason}.sqlite"


def backup_before_upgrade(url: str, where: str, folder: Path | None) -> Path:
    """The checked SQLite copy of a server registry made before its schema is upgraded;
    ServerMigrationBackupError (nothing upgraded) when it cannot be written."""
    engine = make_engine(url)
    try:
        folder = folder or server_backups_folder()
        folder.mkdir(parents=True, exist_ok=True)
        out = folder / backup_name(url, "before-upgrade")
        copy_to_sqlite(engine, out, where)
        return out
    except StorageError as exc:
        raise ServerMigrationBackupError(where, exc.detail or exc.text()) from exc
    except OSError as exc:
        raise ServerMigrationBackupError(where, exc.strerror or str(exc)) from exc
    except DBAPIError as exc:
        raise ServerMigrationBackupError(where, str(exc.orig).strip().splitlines()[0]) from exc
    finally:
        engine.dispose()


def _columns(connection: Connection) -> dict[str, set[str]]:
    """The registry's tables on one side with the columns its revision gave them."""
    found = inspect(connection)
    names = set(found.get_table_names())
    return {
        table.name: {c["name"] for c in found.get_columns(table.name)}
        for table in Base.metadata.sorted_tables
        if table.name in names
    }


def _batches(
    connection: Connection, table: Table, columns: list[str], size: int = BATCH
) -> Iterator[list[dict]]:
    query = select(*(table.c[name] for name in columns))
    if "id" in columns:
        query = query.order_by(table.c.id)
    result = connection.execution_options(yield_per=size).execute(query)
    for part in result.partitions():
        yield [dict(row._mapping) for row in part]


def _copy_rows(source: Connection, target: Connection, skip: set[str]) -> dict[str, int]:
    """Every row of every registry table both sides have, parents first, in place of what
    the target's migrations put there (the countries, the site row); rows per table."""
    theirs, ours = _columns(source), _columns(target)
    copied = {}
    for table in Base.metadata.sorted_tables:
        if table.name not in theirs or table.name not in ours or table.name in skip:
            continue
        columns = [c.name for c in table.columns if c.name in theirs[table.name] & ours[table.name]]
        copied[table.name] = 0
        target.execute(table.delete())
        for rows in _batches(source, table, columns):
            target.execute(table.insert(), rows)
            copied[table.name] += len(rows)
    return copied


def stored_path(folder: Path, digest: str) -> Path:
    return folder / digest[:2] / digest


def _write_file(folder: Path, digest: str, content: bytes) -> None:
    if hashlib.sha256(content).hexdigest() != digest:
        raise ValueError(f"attachment content {digest[:12]}… does not match its digest")
    path = stored_path(folder, digest)
    if path.is_file() and not path.is_symlink():
        return  # a stored file never changes: the same name is the same content
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{digest[:8]}.{uuid.uuid4().hex[:8]}.part")
    try:
        with partial.open("xb") as out:
            out.write(content)
        user_only(partial)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def copy_to_sqlite(engine: Engine, out: Path, where: str) -> dict[str, int]:
    """Write the server registry behind ``engine`` as the SQLite registry ``out`` (which must
    not exist), at the server's revision, from one snapshot of the server; its attachments'
    bytes go to ``attachments/`` beside it. The copy is checked (schema, integrity, row
    counts against the server's) before it gets its name: BackupFailedError otherwise, with
    nothing left under the name. Returns rows per table."""
    partial = out.with_name(f".{out.name}.{uuid.uuid4().hex[:12]}.part")
    target_engine = make_engine(f"sqlite:///{partial}", foreign_keys=False)
    try:
        os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        with engine.connect() as source:
            # one consistent snapshot: officers may go on saving meanwhile
            source.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
            revision = migrate.current_revision(source)
            if revision is None:
                raise BackupFailedError(where, "the server holds no registry")
            with target_engine.begin() as target:
                migrate.upgrade(target, revision)
                copied = _copy_rows(source, target, skip={CONTENT})
                if "registry_site" in copied:  # a server counts its changes in a sequence
                    target.execute(
                        text("UPDATE registry_site SET counter = :n"), {"n": counter(source)}
                    )
                broken = target.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise BackupFailedError(where, f"{len(broken)} broken references")
                _check_counts(source, target, copied, where)
            if CONTENT in _columns(source):
                copied[CONTENT] = _copy_contents(source, out.parent / "attachments")
        raw = target_engine.raw_connection()
        try:  # one self-contained file, as every backup: no -wal beside it
            raw.driver_connection.execute("PRAGMA journal_mode = DELETE")  # type: ignore[union-attr]
        finally:
            raw.close()
        target_engine.dispose()
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        try:
            verify(partial)  # the schema its migrations build, and the full integrity check
        except NotABackupError as exc:
            raise BackupFailedError(where, exc.detail) from exc
        os.replace(partial, out)
    finally:
        target_engine.dispose()
        for suffix in ("-wal", "-shm", "-journal", ""):
            partial.with_name(partial.name + suffix).unlink(missing_ok=True)
    fsync_folder(out.parent)
    return copied


def _copy_contents(source: Connection, folder: Path) -> int:
    table = table_of(AttachmentContent)
    written = 0
    for rows in _batches(source, table, ["sha256", "content"], size=4):  # files may be big
        for row in rows:
            try:
                _write_file(folder, row["sha256"], row["content"])
            except ValueError as exc:
                raise BackupFailedError(str(folder), str(exc)) from exc
            written += 1
    return written


def _check_counts(
    source: Connection, target: Connection, copied: dict[str, int], where: str
) -> None:
    """Each table of the copy holds as many rows as the server's snapshot."""
    for name, count in copied.items():
        here = target.execute(text(f'SELECT count(*) FROM "{name}"')).scalar()  # noqa: S608
        there = source.execute(text(f'SELECT count(*) FROM "{name}"')).scalar()  # noqa: S608
        if not here == there == count:
            raise BackupFailedError(where, f"{name}: {here} rows copied of {there}")


def restore_from_sqlite(copy: Path, engine: Engine, where: str) -> dict[str, int]:
    """Put the SQLite registry ``copy`` (verified completely first) into the empty server
    database behind ``engine``, in one transaction: the schema of the copy's revision, its
    rows, then the migrations to the newest schema, the attachments' bytes from the copy's
    folder, the sequences after the ids. ServerNotEmptyError for a database with tables."""
    revision = verify(copy)
    # read-only, and none of the engine's set-up (it would turn the copy to WAL)
    url = URL.create(
        "sqlite", database="file:" + quote(str(copy)), query={"mode": "ro", "uri": "true"}
    )
    source_engine = create_engine(url)
    try:
        with engine.begin() as target, source_engine.connect() as source:
            server.lock_migrations(target)
            tables = sorted(
                target.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
                ).scalars()
            )
            if tables:
                raise ServerNotEmptyError(where, ", ".join(tables[:3]))
            migrate.upgrade(target, revision)
            target.execute(text("SET CONSTRAINTS ALL DEFERRED"))
            copied = _copy_rows(source, target, skip={CONTENT})
            migrate.upgrade(target, "head")
            copied[CONTENT] = _restore_contents(source, target, copy.parent / "attachments")
            move_sequences(target)
            changes = counter(source) if "registry_site" in copied else 0
            if changes:
                target.execute(text("SELECT setval('registry_change_seq', :n)"), {"n": changes})
            server.grant_staff(target)
    finally:
        source_engine.dispose()
    return copied


def _restore_contents(source: Connection, target: Connection, folder: Path) -> int:
    """The copy's stored files (those its attachments name) into the server's table; a file
    missing or altered in the copy's folder is left out (``check`` names its record)."""
    digests = source.execute(text("SELECT DISTINCT sha256 FROM attachment")).scalars()
    kept = 0
    for digest in digests:
        path = stored_path(folder, str(digest))
        with contextlib.suppress(OSError, ValueError):
            if path.is_symlink() or len(str(digest)) != 64:
                continue
            content = path.read_bytes()
            if hashlib.sha256(content).hexdigest() == digest:
                server.keep_content(target, digest, content)
                kept += 1
    return kept


def move_sequences(connection: Connection) -> None:
    """Every id sequence after the highest id its table holds (rows inserted with their
    ids leave it behind: the next insert would collide)."""
    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.primary_key:
            connection.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                    f'coalesce(max(id), 0) + 1, false) FROM "{table.name}"'  # noqa: S608
                ),
                {"table": table.name},
            )
