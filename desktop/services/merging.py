"""Merging a package of changes from a copy taken away (``services/offline.py``) into the
office registry: field by field against the copy's base (``domain/three_way.py``), through
the registries' own write path (validation, change log, notices), in one transaction.

What both sides changed differently is never decided here: it is kept as a pending conflict,
with its base and both values, until a person takes one side (``resolve``). The change log
names the copy's user and site. A package merged once changes nothing merged again.
"""

from __future__ import annotations

import json
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import MODELS, Attachment, MergedPackage, PendingConflict
from ..domain.entities import ALL, BY_NAME
from ..domain.errors import UserError
from ..domain.fields import Entity
from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.three_way import FieldConflict, RecordMerge, merge_record
from .changes import Action, Changes
from .errors import ValidationFailed
from .offline import Package
from .portable import field_to_json, from_portable, id_map, referenced_uids
from .registry import Registry

if TYPE_CHECKING:
    from . import Services


class ForeignPackageError(UserError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} holds changes of a copy taken from another registry; merge it into the "
        "registry the copy was taken from.",
    )


@dataclass(frozen=True)
class Flag:
    """Something a person should look at after a merge (a sentence with its parameters)."""

    message: str  # English source text; {kind} is an entity's label
    kind: str
    params: tuple[tuple[str, str], ...] = ()

    def text(self, language: str = "en") -> str:
        return translate(self.message, language).format(
            kind=translate(self.kind, language), **dict(self.params)
        )


DELETED_ON_TRIP = QT_TRANSLATE_NOOP(
    "Domain", "{kind} «{title}» (#{id}): deleted on the trip, changed at the office: kept"
)
RESTORED = QT_TRANSLATE_NOOP(
    "Domain", "{kind} «{title}» (#{id}): in the office's trash, changed on the trip: restored"
)
PURGED_ON_TRIP = QT_TRANSLATE_NOOP(
    "Domain", "{kind} «{title}» (#{id}): deleted for good on the trip, changed at the office: kept"
)
CREATED_AGAIN = QT_TRANSLATE_NOOP(
    "Domain", "{kind} «{title}»: deleted for good at the office, changed on the trip: created again"
)
DUPLICATE = QT_TRANSLATE_NOOP("Domain", "{kind} «{title}» (#{id}): probably the same as {others}")
ATTACHMENT_LEFT = QT_TRANSLATE_NOOP(
    "Domain",
    "{kind}: the file «{name}» attached on the trip was not attached here (it arrived damaged, "
    "or its record is not here); attach it again from the laptop",
)
LOST_REFERENCES = QT_TRANSLATE_NOOP(
    "Domain", "{kind}: {count} reference(s) to records the office no longer has were left empty"
)


@dataclass
class MergeReport:
    package: str
    already_merged: bool = False
    created: list[tuple[str, int]] = field(default_factory=list)
    updated: list[tuple[str, int]] = field(default_factory=list)
    trashed: list[tuple[str, int]] = field(default_factory=list)
    conflicts: int = 0
    attached: int = 0  # files attached on the trip
    # for a person to look at: what was kept although one side removed it, probable
    # duplicates, references to records the office no longer has
    flagged: list[Flag] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        return {
            "created": len(self.created),
            "updated": len(self.updated),
            "trashed": len(self.trashed),
            "conflicts": self.conflicts,
            "attached": self.attached,
            "flagged": [flag.text() for flag in self.flagged],
        }


class _DryRun(Exception):
    """Raised at the end of a dry run: everything is rolled back, the report kept."""


class _Merge:
    def __init__(self, services: Services, package: Package, session: Session) -> None:
        self.services, self.package, self.session = services, package, session
        self.now = datetime.now()
        user = f"{package.user}, {package.site_name}" if package.site_name else package.user
        db, language = services.db, services.language
        # the change log names who made the change on the trip; notices go out after commit
        self.registries = {e.name: Registry(db, e, user, language) for e in ALL}
        self.report = MergeReport(package.key)
        wanted: dict[str, set[str]] = {}
        for item in package.records:
            entity = BY_NAME[item["entity"]]
            wanted.setdefault(entity.name, set()).add(item["uid"])
            for side in ("values", "base"):
                for ref, uids in referenced_uids(entity, item[side] or {}).items():
                    wanted.setdefault(ref, set()).update(uids)
        self.ids = {e.name: id_map(session, e.name, wanted.get(e.name, set())) for e in ALL}

    def run(self, stored: set[str]) -> MergeReport:
        order = {e.name: n for n, e in enumerate(ALL)}  # referenced registries first
        for item in sorted(self.package.records, key=lambda i: order[i["entity"]]):
            self._record(BY_NAME[item["entity"]], item)
        for item in self.package.purged:
            self._purged(BY_NAME[item["entity"]], item)
        for item in self.package.attachments:
            self._attachment(item, stored)
        return self.report

    def _attachment(self, item: dict[str, Any], stored: set[str]) -> None:
        """A file attached on the trip, attached here too (once) — if it arrived whole."""
        entity = BY_NAME[item["entity"]]
        record_id = self.ids[entity.name].get(item["uid"]) or id_map(
            self.session, entity.name, {item["uid"]}
        ).get(item["uid"])
        if record_id is None or item["sha256"] not in stored:
            self.report.flagged.append(
                Flag(ATTACHMENT_LEFT, entity.label, (("name", str(item["name"])),))
            )
            return
        same = select(Attachment.id).where(
            Attachment.entity == entity.name,
            Attachment.record_id == record_id,
            Attachment.sha256 == item["sha256"],
            Attachment.deleted_at.is_(None),
        )
        if self.session.scalar(same) is not None:
            return
        registry = self.registries[entity.name]
        self.session.add(
            Attachment(
                entity=entity.name,
                record_id=record_id,
                name=str(item["name"]),
                sha256=item["sha256"],
                size=int(item["size"]),
                added_at=self.now,
                added_by=registry.user,
            )
        )
        registry._log(
            self.session, record_id, Action.UPDATE, self.now, "attachments", None, item["name"]
        )
        self.report.attached += 1

    def _decode(
        self, entity: Entity, data: dict[str, Any] | None, told: bool = True
    ) -> dict[str, Any] | None:
        """Portable values in this registry's ids; ``told``: references the office no longer
        has are named in the report (the trip's values; a base's are not news)."""
        if data is None:
            return None
        for ref, uids in referenced_uids(entity, data).items():
            if told and (unknown := [u for u in uids if u not in self.ids[ref]]):
                self.report.flagged.append(
                    Flag(LOST_REFERENCES, entity.label, (("count", str(len(unknown))),))
                )
        return from_portable(entity, data, self.ids)

    def _record(self, entity: Entity, item: dict[str, Any]) -> None:
        registry = self.registries[entity.name]
        laptop = self._decode(entity, item["values"])
        assert laptop is not None
        office_id = self.ids[entity.name].get(item["uid"])
        if office_id is None:
            self._create(entity, registry, item, laptop)
            return
        record = self.session.get(MODELS[entity.name], office_id)
        assert record is not None
        office = registry._values(self.session, record)
        base = self._decode(entity, item["base"], told=False)
        # no base: the record came from this copy in an earlier package; both sides may have
        # changed it since, so every difference goes to a person
        if base is None:
            merge = _all_differences(entity, office, laptop)
        else:
            merge = merge_record(entity, base, office, laptop)
        base_deleted = bool(item["base"] and item["base"].get("deleted"))
        if item["deleted"] and not base_deleted and record.deleted_at is None:
            if base is not None and _office_changed(entity, base, office):
                self._flag(entity, record, DELETED_ON_TRIP)
            else:
                record.deleted_at = self.now
                registry._log(self.session, record.id, Action.DELETE, self.now)
                self.report.trashed.append((entity.name, record.id))
        elif record.deleted_at is not None and (merge.taken or merge.conflicts):
            record.deleted_at = None  # edited on the trip: not lost to the office's trash
            registry._log(self.session, record.id, Action.RESTORE, self.now)
            self._flag(entity, record, RESTORED)
        self._apply(entity, registry, record, merge)

    def _create(
        self, entity: Entity, registry: Registry, item: dict[str, Any], laptop: dict[str, Any]
    ) -> None:
        from .duplicates import probable_duplicates

        cleaned = registry._clean(laptop)
        if item["base"] is not None:
            title = ("title", _title(entity, cleaned))
            self.report.flagged.append(Flag(CREATED_AGAIN, entity.label, (title,)))
        record = registry._create_in(self.session, cleaned, self.now, uid=item["uid"])
        self.ids[entity.name][item["uid"]] = record.id
        if item["deleted"]:
            record.deleted_at = self.now
        if same := probable_duplicates(self.services.db, entity, cleaned):
            params = (
                ("title", _title(entity, cleaned)),
                ("id", str(record.id)),
                ("others", "#" + ", #".join(map(str, same[:3]))),
            )
            self.report.flagged.append(Flag(DUPLICATE, entity.label, params))
        self.report.created.append((entity.name, record.id))

    def _apply(self, entity: Entity, registry: Registry, record: Any, merge: RecordMerge) -> None:
        if merge.taken:
            changes = {name: merge.values[name] for name in merge.taken}
            try:
                registry._write_update(self.session, record, changes, self.now, checked=False)
                self.report.updated.append((entity.name, record.id))
            except ValidationFailed:
                # together the two sides' values break a rule: a person decides each (the
                # refused write changed nothing: the record holds the office's values)
                office = registry._values(self.session, record)
                merge.conflicts += [
                    FieldConflict(n, None, office.get(n), changes[n]) for n in sorted(merge.taken)
                ]
        for conflict in merge.conflicts:
            self.session.add(
                PendingConflict(
                    entity=entity.name,
                    record_id=record.id,
                    field=conflict.name,
                    base=field_to_json(self.session, entity, conflict.name, conflict.base),
                    office=field_to_json(self.session, entity, conflict.name, conflict.office),
                    laptop=field_to_json(self.session, entity, conflict.name, conflict.laptop),
                    package=self.package.key,
                    laptop_user=registry.user,
                    created_at=self.now,
                )
            )
        self.report.conflicts += len(merge.conflicts)

    def _purged(self, entity: Entity, item: dict[str, Any]) -> None:
        office_id = self.ids[entity.name].get(item["uid"]) or id_map(
            self.session, entity.name, {item["uid"]}
        ).get(item["uid"])
        if office_id is None:
            return  # gone at the office too
        registry = self.registries[entity.name]
        record = self.session.get(MODELS[entity.name], office_id)
        assert record is not None
        base = self._decode(entity, item["base"], told=False)
        office = registry._values(self.session, record)
        if base is None or _office_changed(entity, base, office):
            self._flag(entity, record, PURGED_ON_TRIP)
        elif record.deleted_at is None:
            # into the office's trash, not deleted for good: restorable from there
            record.deleted_at = self.now
            registry._log(self.session, record.id, Action.DELETE, self.now)
            self.report.trashed.append((entity.name, record.id))

    def _flag(self, entity: Entity, record: Any, what: str) -> None:
        title = str(getattr(record, entity.title_field or "", "") or "")
        self.report.flagged.append(
            Flag(what, entity.label, (("title", title), ("id", str(record.id))))
        )


def _title(entity: Entity, values: dict[str, Any]) -> str:
    return str(values.get(entity.title_field or "", "") or "")


def _office_changed(entity: Entity, base: dict[str, Any], office: dict[str, Any]) -> bool:
    return merge_record(entity, base, base, office).changed


def _all_differences(entity: Entity, office: dict[str, Any], laptop: dict[str, Any]) -> RecordMerge:
    """Without a base, each value that differs is a conflict (none is taken)."""
    probe = merge_record(entity, office, office, laptop)  # what the copy's values would change
    merge = RecordMerge(dict(office))
    merge.conflicts = [
        FieldConflict(name, None, office.get(name), probe.values[name])
        for name in sorted(probe.taken)
    ]
    return merge


def merge_package(services: Services, package: Package, dry_run: bool = False) -> MergeReport:
    """Merge ``package`` into this registry: all of it that is not a conflict in one
    transaction, the conflicts kept as pending; a dry run writes nothing."""
    if package.origin != services.db.site.site_id:
        raise ForeignPackageError(package.key)
    if not dry_run and not _merged_before(services, package):
        # into the registry's backup folder (a server's: a checked SQLite copy of it)
        services.backups.backup_now("before-merge")
    # files first, outside the transaction: the store keeps each under its digest, so one
    # put there by a merge that then fails is harmless, and the merge commits whole
    stored = set() if dry_run else _store_files(services, package)
    if dry_run:
        stored = {a["sha256"] for a in package.attachments}
    report: MergeReport | None = None
    try:
        with services.db.write() as session:
            if session.get(MergedPackage, package.key) is not None:
                return MergeReport(package.key, already_merged=True)
            merge = _Merge(services, package, session)
            report = merge.run(stored)
            session.add(
                MergedPackage(
                    package=package.key,
                    merged_at=merge.now,
                    summary=json.dumps(report.summary(), ensure_ascii=False),
                )
            )
            if dry_run:
                raise _DryRun()
    except _DryRun:
        assert report is not None
        return report
    assert report is not None
    _announce(services, report)
    return report


def _store_files(services: Services, package: Package) -> set[str]:
    """The package's attached files put into this registry's store: the digests that
    arrived whole (their content matches their name)."""
    from .attachments import store_file
    from .offline import FILES

    wanted = {a["sha256"] for a in package.attachments}
    if not wanted or package.source is None:
        return set()
    whole: set[str] = set()
    with zipfile.ZipFile(package.source) as archive, tempfile.TemporaryDirectory() as folder:
        for digest in sorted(wanted):
            try:
                extracted = Path(archive.extract(f"{FILES}{digest}", folder))
            except (KeyError, zipfile.BadZipFile, OSError):
                continue
            if store_file(services, extracted)[0] == digest:
                whole.add(digest)
            extracted.unlink()
    return whole


def _merged_before(services: Services, package: Package) -> bool:
    with services.db.read() as session:
        return session.get(MergedPackage, package.key) is not None


def _announce(services: Services, report: MergeReport) -> None:
    for entity in ALL:
        for action, done in (
            (Action.CREATE, report.created),
            (Action.UPDATE, report.updated),
            (Action.DELETE, report.trashed),
        ):
            ids = tuple(i for name, i in done if name == entity.name)
            if ids:
                services.notify(Changes(entity.name, action, ids))
