"""Files kept beside records, stored once by content in ``attachments/`` beside the
database. Removing one moves it to the trash like a record; the file itself stays, since
another record or a backup may hold it."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..db.backup import user_only
from ..db.lock import RegistryFileError, is_registry_file
from ..db.models import Attachment, ChangeLog
from .changes import Action

if TYPE_CHECKING:
    from . import Services

CHUNK = 1 << 20


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    name: str
    size: int
    added_at: datetime
    path: Path

    @property
    def missing(self) -> bool:
        return not self.path.is_file()


def store_folder(services: Services) -> Path:
    if services.db.path is None:
        raise RuntimeError("attachments are kept beside an SQLite file")
    return services.db.path.parent / "attachments"


def _stored_path(folder: Path, digest: str) -> Path:
    return folder / digest[:2] / digest


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
    digest = _digest(source)
    target = _stored_path(store_folder(services), digest)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        shutil.copyfile(source, partial)
        partial.replace(target)  # a copy cut short never passes for the file
        user_only(target)
    now = datetime.now()
    with services.db.write() as session:
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
        return AttachmentInfo(row.id, row.name, row.size, now, target)


def listing(
    services: Services, entity: str, record_id: int, trash: bool = False
) -> list[AttachmentInfo]:
    folder = store_folder(services)
    deleted = Attachment.deleted_at.is_not(None) if trash else Attachment.deleted_at.is_(None)
    with services.db.read() as session:
        rows = session.scalars(
            select(Attachment)
            .where(Attachment.entity == entity, Attachment.record_id == record_id, deleted)
            .order_by(Attachment.added_at, Attachment.id)
        )
        return [
            AttachmentInfo(r.id, r.name, r.size, r.added_at, _stored_path(folder, r.sha256))
            for r in rows
        ]


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
    a stored file never changes). Returns how many were copied."""
    source = store_folder(services)
    if not source.is_dir():
        return 0
    copied = 0
    for path in source.glob("*/*"):
        if path.suffix == ".part":
            continue
        target = backup_folder / "attachments" / path.parent.name / path.name
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            user_only(target)
            copied += 1
    return copied
