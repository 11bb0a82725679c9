"""Working away from the office: a copy of the registry goes out, a package of what was
changed on it comes back (merged by ``services/merging.py``).

The copy is an ordinary registry file that remembers where it came from and the office's
change number at that moment (its base). Before a record's first change on the copy, its
values as taken are kept (``Registry._keep_base``), so the package carries, for each record
changed on the trip, its base and its new values — a three-way merge needs nothing else.
"""

from __future__ import annotations

import json
import os
import uuid
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text

from ..db.identity import counter, offline_base_of
from ..db.models import MODELS, Attachment, BaseRecord, ChangeLog, Tombstone
from ..domain.entities import ALL
from ..domain.errors import UserError
from ..domain.fields import Entity
from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from .attachments import stored_file
from .portable import to_portable

if TYPE_CHECKING:
    from . import Services

PACKAGE_FORMAT = 1
AWAY = QT_TRANSLATE_NOOP("Domain", "{user}, away from the office")
PACKAGE_MEMBER = "changes.json"
FILES = "files/"


class NotACopyError(UserError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} is not a copy taken away from an office registry: only such a copy has "
        "changes to bring back. Take one with «offline» first.",
    )


class NotAPackageError(UserError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} is not a package of changes ({detail}). Prepare one on the laptop with "
        "«changes --out FILE.irchanges».",
    )


@dataclass(frozen=True)
class Package:
    """A package of changes as read from its file."""

    site: str  # the copy's site id
    site_name: str
    user: str
    origin: str  # the office's site id
    base: int  # the office's change number when the copy was taken
    through: int  # the copy's change number when the package was written
    records: list[dict[str, Any]]  # entity, uid, base (None if new), values, deleted, log
    purged: list[dict[str, Any]]  # entity, uid, base
    attachments: list[dict[str, Any]] = field(default_factory=list)  # added on the trip
    source: Path | None = None  # the package file, whose files/ hold the attachments

    @property
    def key(self) -> str:
        """What identifies the package: merged twice, it changes nothing."""
        return f"{self.site}:{self.base}-{self.through}"


def take_offline(
    services: Services, out: Path, name: str | None = None, attachments: bool = True
) -> Path:
    """Write a copy of the office registry to ``out`` for a trip (verified, as a backup)."""
    from . import open_services
    from .backups import backup_now

    made = backup_now(services, reason="offline", out=out, attachments=attachments)
    office = services.db.site
    copy = open_services(made, user=services.user, language=services.language)
    with copy, copy.db.engine.begin() as connection:  # no change number: nothing changed
        connection.execute(
            text(
                "UPDATE registry_site SET site_id = :site, name = :name, origin_site = "
                ":origin_site, origin = :origin, base_counter = counter, taken_at = :now, "
                "attachments_taken = (SELECT coalesce(max(id), 0) FROM attachment)"
            ),
            {
                "site": uuid.uuid4().hex,
                "name": name or translate(AWAY, services.language).format(user=services.user),
                "origin_site": office.site_id,
                "origin": services.location,
                "now": datetime.now(),
            },
        )
        # what belongs to the office's own merges stays there
        for table in ("base_record", "pending_conflict", "merged_package"):
            connection.execute(text(f"DELETE FROM {table}"))
    return made


def keep_base(session: Any, entity: Entity, record: Any, before: Mapping[str, Any]) -> None:
    """On a copy taken away (a laptop on a trip): before a record's first change there, keep
    its values as taken — the base the merge back into the office compares with."""
    taken = offline_base_of(session)
    if taken is None or record.change_seq > taken or record.uid is None:
        return  # an office registry, or changed here already since the copy was taken
    portable = to_portable(session, entity, before)
    portable["deleted"] = before.get("deleted_at") is not None
    values = json.dumps(portable, ensure_ascii=False)
    session.add(BaseRecord(entity=entity.name, uid=record.uid, values=values))


def _log_lines(session: Any, entity: str, record_id: int, since: datetime | None) -> list[str]:
    statement = select(ChangeLog).where(
        ChangeLog.entity == entity, ChangeLog.record_id == record_id
    )
    if since is not None:
        statement = statement.where(ChangeLog.at >= since)
    return [
        f"{row.at:%d.%m.%Y %H:%M} {row.user}: {row.action} {row.field or ''}".rstrip()
        for row in session.scalars(statement.order_by(ChangeLog.id))
    ]


def write_changes(services: Services, out: Path) -> Package:
    """Write what was changed on this copy since it was taken to ``out`` (atomically)."""
    db = services.db
    site = db.site
    base = db.offline_base
    if base is None or site.origin_site is None:
        raise NotACopyError(services.location)
    records: list[dict[str, Any]] = []
    purged: list[dict[str, Any]] = []
    with db.read() as session:
        through = counter(session.connection())
        bases = {
            (b.entity, b.uid): json.loads(b.values) for b in session.scalars(select(BaseRecord))
        }
        for entity in ALL:
            registry = services[entity.name]
            model = MODELS[entity.name]
            changed = session.scalars(
                select(model).where(model.change_seq > base).order_by(model.id)
            ).all()
            for record in changed:
                values = registry._values(session, record)
                records.append(
                    {
                        "entity": entity.name,
                        "uid": record.uid,
                        "base": bases.get((entity.name, record.uid or "")),
                        "values": to_portable(session, entity, values),
                        "deleted": record.deleted_at is not None,
                        "log": _log_lines(session, entity.name, record.id, site.taken_at),
                    }
                )
        for stone in session.scalars(select(Tombstone).where(Tombstone.change_seq > base)):
            purged.append(
                {
                    "entity": stone.entity,
                    "uid": stone.uid,
                    "base": bases.get((stone.entity, stone.uid)),
                }
            )
        attachments = _new_attachments(session)
    package = Package(
        site.site_id,
        site.name or "",
        services.user,
        site.origin_site,
        base,
        through,
        records,
        purged,
        attachments,
    )
    _write_package(package, out, lambda digest: stored_file(services, digest))
    return package


def _new_attachments(session: Any) -> list[dict[str, Any]]:
    """Files attached on the trip (to records the package names by uid)."""
    taken = session.execute(text("SELECT attachments_taken FROM registry_site")).scalar() or 0
    found = []
    rows = select(Attachment).where(Attachment.id > taken, Attachment.deleted_at.is_(None))
    for row in session.scalars(rows.order_by(Attachment.id)):
        model = MODELS[row.entity]
        uid = session.scalar(select(model.uid).where(model.id == row.record_id))
        if uid is not None:
            found.append(
                {
                    "entity": row.entity,
                    "uid": uid,
                    "name": row.name,
                    "sha256": row.sha256,
                    "size": row.size,
                    "added_by": row.added_by,
                }
            )
    return found


def _write_package(package: Package, out: Path, stored: Callable[[str], Path]) -> None:
    document = {
        "format": PACKAGE_FORMAT,
        "site": package.site,
        "site_name": package.site_name,
        "user": package.user,
        "origin": package.origin,
        "base": package.base,
        "through": package.through,
        "records": package.records,
        "purged": package.purged,
        "attachments": package.attachments,
    }
    partial = out.with_name(f".{out.name}.{uuid.uuid4().hex[:12]}.part")
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(PACKAGE_MEMBER, json.dumps(document, ensure_ascii=False, indent=1))
            for digest in sorted({a["sha256"] for a in package.attachments}):
                # stored files are not compressed again: scans and PDFs are already
                archive.write(stored(digest), f"{FILES}{digest}", zipfile.ZIP_STORED)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, out)  # a package is there whole, or not at all
    finally:
        partial.unlink(missing_ok=True)


def read_package(path: Path) -> Package:
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(PACKAGE_MEMBER)
            if info.file_size > 1 << 30:
                raise NotAPackageError(str(path), "larger than 1 GB unpacked")
            document = json.loads(archive.read(info))
    except FileNotFoundError as exc:
        raise NotAPackageError(str(path), "no such file") from exc
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise NotAPackageError(str(path), type(exc).__name__) from exc
    if not isinstance(document, dict) or document.get("format") != PACKAGE_FORMAT:
        raise NotAPackageError(str(path), "an unknown format")
    try:
        return Package(
            str(document["site"]),
            str(document["site_name"]),
            str(document["user"]),
            str(document["origin"]),
            int(document["base"]),
            int(document["through"]),
            list(document["records"]),
            list(document["purged"]),
            list(document.get("attachments", [])),
            path,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise NotAPackageError(str(path), f"incomplete: {exc}") from exc
