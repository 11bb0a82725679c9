"""Files kept beside records, stored once by content: in ``attachments/`` beside an SQLite
registry, in the ``attachment_content`` table of a registry on a server (where every officer
sees them; no folder is shared). Removing one moves it to the trash like a record; the file
itself stays, since another record or a backup may hold it."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from ..db.backup import user_only
from ..db.lock import RegistryFileError, is_registry_file
from ..db.models import Attachment, AttachmentContent, ChangeLog
from ..db.server import keep_content
from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP
from .changes import Action

if TYPE_CHECKING:
    from . import Services

CHUNK = 1 << 20
# A stored file's name is its SHA-256 digest: anything else in the database (a path, "..")
# would let a tampered registry choose which file the window opens.
_DIGEST = re.compile(r"[0-9a-f]{64}")
LARGE_FILE_MB = 100  # adding a bigger file asks first (the default of the window's setting)


class StoredFileError(UserError):
    """An attachment whose stored file cannot be handed over as it is."""

    message = QT_TRANSLATE_NOOP(
        "Domain",
        'The attachment "{path}" is not the file that was attached ({detail}): it is not '
        "opened. Restore the registry's attachments folder from a backup.",
    )


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    name: str
    size: int
    added_at: datetime
    path: Path | None  # None: the database names no valid stored file (or keeps its bytes)
    sha256: str = ""
    in_database: bool = False  # its bytes are in the server's attachment_content table

    @property
    def missing(self) -> bool:
        if self.in_database:
            return False
        return self.path is None or not self.path.is_file()


def in_database(services: Services) -> bool:
    """Whether the registry keeps its files' bytes in itself (a server), not in a folder."""
    return services.db.path is None


def store_folder(services: Services) -> Path:
    if services.db.path is None:
        raise RuntimeError("attachments are kept beside an SQLite file")
    return services.db.path.parent / "attachments"


def _stored_path(folder: Path, digest: str) -> Path:
    """Where the file of ``digest`` is kept; ValueError for a digest that is not one, or a
    path that would leave the store."""
    if not isinstance(digest, str) or not _DIGEST.fullmatch(digest):
        raise ValueError(f"not a SHA-256 digest: {digest!r}")
    path = folder / digest[:2] / digest
    if not path.resolve().is_relative_to(folder.resolve()):  # a symlinked folder inside
        raise ValueError(f"outside the attachments folder: {digest!r}")
    return path


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            sha.update(chunk)
    return sha.hexdigest()


def _log(
    services: Services,
    session,
    entity: str,
    record_id: int,
    old: str | None,  # noqa: ANN001
    new: str | None,
) -> None:
    session.add(
        ChangeLog(
            at=datetime.now(),
            user=services.user,
            entity=entity,
            record_id=record_id,
            action=Action.UPDATE,
            field="attachments",
            old_value=old,
            new_value=new,
        )
    )


def add(services: Services, entity: str, record_id: int, source: Path | str) -> AttachmentInfo:
    """Copy a file into the store (once per content) and attach it to the record."""
    source = Path(source)
    if services.db.path is not None and is_registry_file(source, services.db.path):
        raise RegistryFileError(str(source))  # reading it would drop SQLite's locks
    services[entity].get(record_id)  # the record must exist
    content = source.read_bytes() if in_database(services) else None
    if content is not None:  # kept below, with the attachment's own row
        digest, target = hashlib.sha256(content).hexdigest(), None
    else:
        digest, target = store_file(services, source)
    now = datetime.now()
    with services.db.write() as session:
        if content is not None:  # in the attachment's own transaction: both or neither
            keep_content(session.connection(), digest, content)
        row = Attachment(
            entity=entity,
            record_id=record_id,
            name=source.name,
            sha256=digest,
            size=source.stat().st_size,
            added_at=now,
            added_by=services.user,
        )
        session.add(row)
        _log(services, session, entity, record_id, None, source.name)
        session.flush()
        return AttachmentInfo(row.id, row.name, row.size, now, target, digest, target is None)


def stored_file(services: Services, digest: str) -> Path:
    """Where the store keeps the file of ``digest`` (ValueError for a name that is none)."""
    return _stored_path(store_folder(services), digest)


def store_file(services: Services, source: Path) -> tuple[str, Path | None]:
    """Put a file into the store under its digest (once per content): (digest, where; None
    on a server, whose table takes it in a transaction of its own)."""
    if in_database(services):
        content = source.read_bytes()
        digest = hashlib.sha256(content).hexdigest()
        with services.db.write() as session:
            keep_content(session.connection(), digest, content)
        return digest, None
    digest = _digest(source)
    target = _stored_path(store_folder(services), digest)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        # a name of its own per copy: two windows adding the same file do not collide
        handle, partial = tempfile.mkstemp(
            prefix=f".{digest[:8]}.", suffix=".part", dir=target.parent
        )
        os.close(handle)
        try:
            shutil.copyfile(source, partial)
            os.replace(partial, target)  # a copy cut short never passes for the file
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(partial)
        user_only(target)
    return digest, target


def _info(folder: Path | None, row: Attachment, kept: bool = False) -> AttachmentInfo:
    """``folder`` None: a server's, whose bytes are ``kept`` in its table or not at all."""
    try:
        path: Path | None = None if folder is None else _stored_path(folder, row.sha256)
    except ValueError:
        path = None
    return AttachmentInfo(row.id, row.name, row.size, row.added_at, path, row.sha256, kept)


def is_large(source: Path | str, limit_mb: int = LARGE_FILE_MB) -> bool:
    return Path(source).stat().st_size > limit_mb * 1024 * 1024


def verified_path(info: AttachmentInfo) -> Path:
    """The stored file, once its content is checked against the digest recorded when it was
    attached; StoredFileError if it is not that file."""
    if info.path is None:
        raise StoredFileError(info.name, "the registry names no stored file")
    if not info.path.is_file():
        raise StoredFileError(info.name, "missing from the attachments folder")
    if _digest(info.path) != info.sha256:
        raise StoredFileError(info.name, "its content was changed")
    return info.path


def verify_store(services: Services) -> list[str]:
    """One line per attachment (in the trash too) whose stored file is missing, altered or
    not named by a valid digest, naming the record it belongs to."""
    if in_database(services):
        return _verify_table(services)
    folder = store_folder(services)
    with services.db.read() as session:
        rows = list(session.scalars(select(Attachment).order_by(Attachment.id)))
    checked: dict[str, str | None] = {}  # digest -> what is wrong with its file
    problems = []
    for row in rows:
        if row.sha256 not in checked:
            try:
                verified_path(_info(folder, row))
                checked[row.sha256] = None
            except StoredFileError as error:
                checked[row.sha256] = error.detail
        if checked[row.sha256]:
            problems.append(
                f"attachment {row.id} ({row.name!r}) of {row.entity} #{row.record_id}: "
                f"{checked[row.sha256]}"
            )
    return problems


def _verify_table(services: Services) -> list[str]:
    """verify_store on a server: the digests are computed by the server (no bytes travel)."""
    actual = func.encode(func.sha256(AttachmentContent.content), "hex")
    with services.db.read() as session:
        rows = session.execute(
            select(Attachment, AttachmentContent.sha256, actual)
            .outerjoin(AttachmentContent, AttachmentContent.sha256 == Attachment.sha256)
            .order_by(Attachment.id)
        ).all()
    problems = []
    for row, kept, digest in rows:
        if kept is None or digest != row.sha256:
            detail = "missing from the database" if kept is None else "its content was changed"
            problems.append(
                f"attachment {row.id} ({row.name!r}) of {row.entity} #{row.record_id}: {detail}"
            )
    return problems


def listing(
    services: Services, entity: str, record_id: int, trash: bool = False
) -> list[AttachmentInfo]:
    deleted = Attachment.deleted_at.is_not(None) if trash else Attachment.deleted_at.is_(None)
    wanted = (Attachment.entity == entity, Attachment.record_id == record_id, deleted)
    order = (Attachment.added_at, Attachment.id)
    with services.db.read() as session:
        if in_database(services):
            kept = select(AttachmentContent.sha256).where(
                AttachmentContent.sha256 == Attachment.sha256
            )
            found = session.execute(
                select(Attachment, kept.exists()).where(*wanted).order_by(*order)
            )
            return [_info(None, r, bool(present)) for r, present in found]
        folder = store_folder(services)
        rows = session.scalars(select(Attachment).where(*wanted).order_by(*order))
        return [_info(folder, r) for r in rows]


def opened_copy(services: Services, info: AttachmentInfo) -> Path:
    """A file the window can hand to the desktop's viewer: the stored file itself once
    checked (SQLite), or a server's bytes, checked, written to a temporary file of the
    user's own under the attachment's name (a viewer tells the kind by it)."""
    if not in_database(services):
        return verified_path(info)
    with services.db.read() as session:
        content = session.scalar(
            select(AttachmentContent.content).where(AttachmentContent.sha256 == info.sha256)
        )
    if content is None:
        raise StoredFileError(info.name, "missing from the database")
    if hashlib.sha256(content).hexdigest() != info.sha256:
        raise StoredFileError(info.name, "its content was changed")
    folder = Path(tempfile.mkdtemp(prefix="ir-registry-"))  # 0700: the user's own
    # the name only, never a path: a tampered row must not choose where it is written
    name = Path(info.name.replace("\\", "/")).name.strip() or "attachment"
    target = folder / (name if name not in (".", "..") else "attachment")
    with target.open("xb") as out:
        out.write(content)
    user_only(target)
    return target


def read_content(services: Services, digest: str) -> bytes | None:
    """The bytes of a stored file by digest, from whichever store the registry has (None:
    not there, or a name that is no digest)."""
    if in_database(services):
        with services.db.read() as session:
            return session.scalar(
                select(AttachmentContent.content).where(AttachmentContent.sha256 == digest)
            )
    try:
        path = stored_file(services, digest)
    except ValueError:
        return None
    return path.read_bytes() if path.is_file() and not path.is_symlink() else None


def _set_deleted(services: Services, attachment_id: int, when: datetime | None) -> None:
    with services.db.write() as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise KeyError(attachment_id)
        row.deleted_at = when
        old, new = (row.name, None) if when else (None, row.name)
        _log(services, session, row.entity, row.record_id, old, new)


def remove(services: Services, attachment_id: int) -> None:
    """Into the trash: listed no more, restorable."""
    _set_deleted(services, attachment_id, datetime.now())


def restore(services: Services, attachment_id: int) -> None:
    _set_deleted(services, attachment_id, None)


def copy_store(services: Services, backup_folder: Path) -> int:
    """Bring the backups' copy of the attachments up to date (only new files are copied:
    a stored file never changes). Returns how many were copied (none from a server: its
    files are in the backup's own copy, backup_server)."""
    if in_database(services):
        return 0
    source = store_folder(services)
    if not source.is_dir():
        return 0
    copied = 0
    for path in source.glob("*/*"):
        if not _DIGEST.fullmatch(path.name) or path.parent.name != path.name[:2]:
            continue  # a copy under way, or nothing of ours
        target = backup_folder / "attachments" / path.parent.name / path.name
        if not target.exists() and not path.is_symlink() and _digest(path) == path.name:
            # an altered file is not carried into the backups (`check` names it)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            user_only(target)
            copied += 1
    return copied
