"""Create, read, update, delete and search the records of one registry.

Every write runs in one transaction, records each changed field in the change log, and
returns a ``Changes`` saying what changed, after telling the services' change channel of it
(once the transaction committed) so the views refresh only that. A save can also hand back
what it wrote (``SavedRecord``): the form shows it without reading it again.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..db.database import Database
from ..db.engine import fetch_ids
from ..db.identity import current_change_of, kept_uids
from ..db.models import CHILD_MODELS, MODELS, ChangeLog, Record, Tombstone, table_of
from ..db.server import retried
from ..domain.fields import Child, Entity
from ..domain.validation import clean, derive
from .bulk import BulkMixin
from .changes import Action, Changes
from .errors import ConflictError, NotFound, StillReferencedError, ValidationFailed
from .offline import keep_base
from .queries import EntityQueries, Query, fts_ids, fts_match
from .referrers import referrers_of
from .sorting import sorted_ids, uses_sort_index

RECORD_META = ("id", "version", "created_at", "updated_at", "deleted_at")


def _as_log_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False, default=_as_log_text)
    return str(value)


@dataclass(frozen=True)
class SavedRecord:
    """What one save wrote, as the write itself knows it (no read after the write)."""

    changes: Changes
    record_id: int
    version: int
    values: dict[str, Any]  # in the shape get() returns: fields, child lists, record meta


class Registry(BulkMixin):
    """The service API of one entity; the GUI, the CLI and the tests all go through it."""

    def __init__(
        self,
        db: Database,
        entity: Entity,
        user: str,
        language: str = "ru",
        notify: Callable[[Changes], Changes] | None = None,
    ) -> None:
        self.db = db
        self.entity = entity
        self.model: type[Record] = MODELS[entity.name]
        self.user = user
        self.notify: Callable[[Changes], Changes] = notify or (lambda changes: changes)
        self.queries = EntityQueries(entity, language)

    # -- reading ---------------------------------------------------------------------------

    def search(self, query: Query | None = None, limit: int | None = None) -> list[int]:
        """The ids matching the query, in the query's order."""
        query = query or Query()
        with self.db.read() as session:
            match = fts_match(query.text, self.db.dialect)
            if match is not None and query == Query(text=query.text, trash=query.trash):
                ids = self._fts_search(session, match, query.trash)
                return ids[:limit] if limit else ids
            if uses_sort_index(query, self.db.dialect):
                ids = sorted_ids(session, self.entity, query, self.queries.language)
                return ids[:limit] if limit else ids
            statement = self.queries.search(query, self.db.dialect, limit)
            return fetch_ids(session, statement)

    def _fts_search(self, session: Session, match: str, trash: bool) -> list[int]:
        """The common search (words typed, no filter, no sort): the FTS index alone, in id
        order, less the records in the trash (or only those) — no pass over the table."""
        found = fetch_ids(session, fts_ids(self.entity, self.db.dialect), {"match": match})
        deleted = self.model.deleted_at
        trashed = set(session.scalars(select(self.model.id).where(deleted.is_not(None))))
        if trash:
            return [i for i in found if i in trashed]
        return [i for i in found if i not in trashed] if trashed else found

    def count(self, trash: bool = False) -> int:
        deleted = self.model.deleted_at
        condition = deleted.is_not(None) if trash else deleted.is_(None)
        with self.db.read() as session:
            return session.scalar(select(func.count()).where(condition)) or 0

    def rows(self, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        """Display values of the table columns for these ids (codes for fixed lists, names
        for countries and references)."""
        if not ids:
            return {}
        with self.db.read() as session:
            return {row[0]: tuple(row[1:]) for row in session.execute(self.queries.rows(ids))}

    def get(self, record_id: int) -> dict[str, Any]:
        with self.db.read() as session:
            return self._values(session, self._load(session, record_id))

    def lookup(self, text: str, limit: int = 30) -> list[tuple[int, str]]:
        """(id, title) of records whose text starts words with ``text``: for pick lists."""
        ids = (
            self.search(Query(text=text), limit=limit)
            if text.strip()
            else self.search(Query(), limit=limit)
        )
        titles = self.titles(ids)
        return [(i, titles[i]) for i in ids]

    def probable_duplicates(
        self, values: Mapping[str, Any], exclude: int | None = None
    ) -> dict[int, str]:
        """Records with the same natural key as ``values`` once case, ё/е and spaces are set
        aside (id -> title): a new record that is probably one entered already."""
        from .duplicates import probable_duplicates

        ids = probable_duplicates(self.db, self.entity, values, exclude)[:5]
        return self.titles(ids)

    def titles(self, ids: Iterable[int]) -> dict[int, str]:
        ids = list(ids)
        if not ids:
            return {}
        name = self.entity.title_field
        if name is None:
            return {i: f"#{i}" for i in ids}
        column = getattr(self.model, name)
        with self.db.read() as session:
            rows = session.execute(select(self.model.id, column).where(self.model.id.in_(ids)))
            return {row[0]: str(row[1]) for row in rows}

    def history(self, record_id: int) -> list[ChangeLog]:
        with self.db.read() as session:
            statement = (
                select(ChangeLog)
                .where(ChangeLog.entity == self.entity.name, ChangeLog.record_id == record_id)
                .order_by(ChangeLog.id)
            )
            return list(session.scalars(statement))

    # -- writing ---------------------------------------------------------------------------

    def create(self, values: Mapping[str, Any]) -> Changes:
        return self.save_new(values).changes

    def update(self, record_id: int, version: int, values: Mapping[str, Any]) -> Changes:
        """Save new values over version ``version``; refused if the record moved on since."""
        return self.save_over(record_id, version, values).changes

    @retried  # a write a server refused for losing to another transaction runs again
    def save_new(self, values: Mapping[str, Any], checked: bool = False) -> SavedRecord:
        """Create a record; ``checked`` values come cleaned from ``clean`` already (a form's
        edit validated them as they were typed), the others are cleaned here."""
        cleaned = self._derive(dict(values)) if checked else self._clean(values)
        now = datetime.now()
        with self.db.write() as session:
            record = self._create_in(session, cleaned, now)
            saved = self._saved_values(record, cleaned)
        changes = self.notify(Changes(self.entity.name, Action.CREATE, (saved["id"],)))
        return SavedRecord(changes, saved["id"], saved["version"], saved)

    @retried
    def save_over(
        self, record_id: int, version: int, values: Mapping[str, Any], checked: bool = False
    ) -> SavedRecord:
        """Update version ``version`` of a record (ConflictError if it moved on since), in one
        write transaction that also returns the values and version it left."""
        with self.db.write() as session:
            record = self._load(session, record_id, for_update=True)
            if record.version != version:
                raise ConflictError(
                    self.entity.name,
                    record_id,
                    version,
                    record.version,
                    self._values(session, record),
                )
            cleaned = self._write_update(session, record, values, datetime.now(), checked)
            session.flush()  # the new version number is set by the flush
            saved = self._saved_values(record, cleaned)
        changes = self.notify(Changes(self.entity.name, Action.UPDATE, (record_id,)))
        return SavedRecord(changes, record_id, saved["version"], saved)

    def delete(self, ids: Iterable[int]) -> Changes:
        """Move records to the trash (they can be restored)."""
        return self._set_deleted(list(ids), datetime.now(), Action.DELETE)

    def restore(self, ids: Iterable[int]) -> Changes:
        return self._set_deleted(list(ids), None, Action.RESTORE)

    @retried
    def purge(self, ids: Iterable[int]) -> Changes:
        """Delete records from the trash for good (records still referred to are refused)."""
        ids = list(ids)
        with self.db.write() as session:
            for record_id in ids:
                record = self._load(session, record_id, for_update=True)
                if record.deleted_at is None:
                    raise ValueError(f"{self.entity.name} #{record_id} is not in the trash")
                referrers = referrers_of(session, self.entity.name, record_id)
                if referrers:
                    raise StillReferencedError(self.entity.name, record_id, referrers)
                keep_base(session, self.entity, record, self._values(session, record))
                session.add(
                    Tombstone(
                        entity=self.entity.name,
                        uid=record.uid,
                        deleted_at=datetime.now(),
                        change_seq=current_change_of(session),
                    )
                )
                session.delete(record)
                self._log(session, record_id, Action.PURGE, datetime.now())
        return self.notify(Changes(self.entity.name, Action.PURGE, tuple(ids)))

    def trashed_before(self, moment: datetime) -> list[int]:
        with self.db.read() as session:
            return list(
                session.scalars(
                    select(self.model.id).where(
                        self.model.deleted_at.is_not(None), self.model.deleted_at < moment
                    )
                )
            )

    # -- helpers ---------------------------------------------------------------------------

    def _create_in(
        self,
        session: Session,
        cleaned: dict[str, Any],
        now: datetime,
        record_id: int | None = None,
        uid: str | None = None,
    ) -> Record:
        record = self.model()
        record.created_at = record.updated_at = now
        if record_id is not None:
            record.id = record_id
        if uid is not None:
            record.uid = uid  # a record that came from another copy keeps its identity
        self._apply(record, cleaned)
        session.add(record)
        session.flush()
        self._log(session, record.id, Action.CREATE, now)
        self._save_children(session, record.id, cleaned, new=True)
        return record

    def _update_in(
        self, session: Session, record: Record, values: Mapping[str, Any], now: datetime
    ) -> None:
        self._write_update(session, record, values, now, checked=False)

    def _write_update(
        self,
        session: Session,
        record: Record,
        values: Mapping[str, Any],
        now: datetime,
        checked: bool,
    ) -> dict[str, Any]:
        """Write the values that differ from the record's (and log each); the cleaned values."""
        before = self._values(session, record)
        merged = {**before, **values}
        names = [f.name for f in self.entity.fields] + [c.name for c in self.entity.children]
        if checked:
            cleaned = self._derive({n: merged.get(n) for n in names})
        else:
            cleaned = self._clean(merged)
        changed = [(n, before[n], cleaned[n]) for n in names if before[n] != cleaned[n]]
        if not changed:
            return cleaned
        keep_base(session, self.entity, record, before)
        for name, old, new in changed:
            self._log(session, record.id, Action.UPDATE, now, name, old, new)
        self._apply(record, cleaned)
        record.updated_at = now
        self._save_children(session, record.id, cleaned)
        return cleaned

    def _saved_values(self, record: Record, cleaned: dict[str, Any]) -> dict[str, Any]:
        """The record as get() would read it, from what was just written (inside the write)."""
        values = {f.name: cleaned.get(f.name) for f in self.entity.fields}
        values.update({c.name: list(cleaned[c.name]) for c in self.entity.children})
        values.update({name: getattr(record, name) for name in RECORD_META})
        return values

    def _clean(self, values: Mapping[str, Any]) -> dict[str, Any]:
        cleaned, problems = clean(self.entity, values)
        if problems:
            raise ValidationFailed(problems)
        return self._derive(cleaned)

    def _derive(self, cleaned: dict[str, Any]) -> dict[str, Any]:
        """Fill the fields computed from others, as the entity declares them."""
        return derive(self.entity, cleaned)

    def _load(self, session: Session, record_id: int, for_update: bool = False) -> Record:
        """The record; ``for_update`` in a write: its row locked until the commit (SELECT …
        FOR UPDATE on a server; SQLite's write transaction holds the whole file already), so
        that no other save slips in between the version check and the write: the later one
        waits, then finds the new version and is refused as a conflict."""
        record = session.get(self.model, record_id, with_for_update=for_update)
        if record is None:
            raise NotFound(self.entity.name, record_id)
        return record

    def _values(self, session: Session, record: Record) -> dict[str, Any]:
        values = {f.name: getattr(record, f.name) for f in self.entity.fields}
        values.update({name: getattr(record, name) for name in RECORD_META})
        for child in self.entity.children:
            values[child.name] = self._children(session, child, record.id)
        return values

    def _children(self, session: Session, child: Child, parent_id: int) -> list[dict[str, Any]]:
        model, parent_column = CHILD_MODELS[child.table]
        statement = (
            select(model)
            .where(getattr(model, parent_column) == parent_id)
            .order_by(table_of(model).c.position, table_of(model).c.id)
        )
        return [
            {f.name: getattr(row, f.name) for f in child.fields}
            for row in session.scalars(statement)
        ]

    def _save_children(
        self, session: Session, parent_id: int, cleaned: dict[str, Any], new: bool = False
    ) -> None:
        """Rewrite the child lists; the rows that stay keep their uids (``kept_uids``)."""
        for child in self.entity.children:
            model, parent_column = CHILD_MODELS[child.table]
            rows = cleaned[child.name]
            old = [] if new else self._child_uids(session, child, parent_id)
            if not old and not rows:
                continue
            session.execute(delete(model).where(getattr(model, parent_column) == parent_id))
            session.add_all(
                model(**{parent_column: parent_id, "position": i, "uid": uid, **row})
                for i, (row, uid) in enumerate(zip(rows, kept_uids(old, rows), strict=True))
            )

    def _child_uids(
        self, session: Session, child: Child, parent_id: int
    ) -> list[tuple[str | None, dict[str, Any]]]:
        model, parent_column = CHILD_MODELS[child.table]
        columns = [getattr(model, f.name) for f in child.fields]
        statement = (
            select(table_of(model).c.uid, *columns)
            .where(getattr(model, parent_column) == parent_id)
            .order_by(table_of(model).c.position, table_of(model).c.id)
        )
        names = [f.name for f in child.fields]
        return [
            (row[0], dict(zip(names, row[1:], strict=True))) for row in session.execute(statement)
        ]

    def _apply(self, record: Record, cleaned: dict[str, Any]) -> None:
        for field in self.entity.fields:
            setattr(record, field.name, cleaned.get(field.name))

    def _log(
        self,
        session: Session,
        record_id: int,
        action: Action,
        at: datetime,
        field: str | None = None,
        old: Any = None,
        new: Any = None,
    ) -> None:
        session.add(
            ChangeLog(
                at=at,
                user=self.user,
                entity=self.entity.name,
                record_id=record_id,
                action=action,
                field=field,
                old_value=_as_log_text(old),
                new_value=_as_log_text(new),
            )
        )

    @retried  # into or out of the trash: run again like a save
    def _set_deleted(self, ids: list[int], when: datetime | None, action: Action) -> Changes:
        done: list[int] = []
        with self.db.write() as session:
            for record_id in ids:
                record = self._load(session, record_id, for_update=True)
                if (record.deleted_at is None) == (when is None):
                    continue  # already where it should be
                keep_base(session, self.entity, record, self._values(session, record))
                record.deleted_at = when
                record.updated_at = datetime.now()
                self._log(session, record_id, action, record.updated_at)
                done.append(record_id)
        return self.notify(Changes(self.entity.name, action, tuple(done)))
