"""The whole-registry side of a registry, for import and export: many records written in a
few statements, every record read at once, titles and natural keys of all records."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, insert, literal, select
from sqlalchemy.orm import Session

from ..db.engine import fetch_ids, fetch_rows
from ..db.ids import new_ids
from ..db.models import CHILD_MODELS, ChangeLog, Record, table_of
from .changes import Action, Changes

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from ..db.database import Database
    from ..domain.fields import Entity


class BulkMixin:
    """Mixed into Registry; uses its db, entity, model, user and record helpers."""

    db: Database
    entity: Entity
    model: type[Record]
    user: str
    notify: Callable[[Changes], Changes]

    def _clean(self, values: Mapping[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def _derive(self, cleaned: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def _load(self, session: Session, record_id: int, for_update: bool = False) -> Record:
        raise NotImplementedError

    def _update_in(
        self, session: Session, record: Record, values: Mapping[str, Any], now: datetime
    ) -> None:
        raise NotImplementedError

    def import_records(
        self,
        creates: list[tuple[int | None, dict[str, Any]]],
        updates: list[tuple[int, dict[str, Any]]],
        checked: bool = False,
    ) -> Changes:
        """Write records in one transaction: all of them or none. A create may carry the id
        it must get (an import keeps the ids of its file); ``checked`` creates have been
        through validation already (the import checks every row before writing any). The
        change log has a create or an update per record; the channel hears one import."""
        with self.db.write() as session:
            touched = self.write_import(session, creates, updates, checked)
        return self.notify(Changes(self.entity.name, Action.IMPORT, tuple(touched)))

    def write_import(
        self,
        session: Session,
        creates: list[tuple[int | None, dict[str, Any]]],
        updates: list[tuple[int, dict[str, Any]]],
        checked: bool = False,
    ) -> list[int]:
        """``import_records`` inside a write transaction the caller holds (an import that
        also creates the records its rows refer to, all in one): the ids it wrote. The
        caller announces them once it committed."""
        now = datetime.now()
        cleaned = [
            (record_id, self._derive(values) if checked else self._clean(values))
            for record_id, values in creates
        ]
        self.db.defer_foreign_keys(session)  # rows may refer to rows further down
        touched = self._insert_many(session, cleaned, now)
        for record_id, values in updates:
            record = self._load(session, record_id, for_update=True)
            self._update_in(session, record, values, now)
            touched.append(record_id)
        return touched

    def _insert_many(
        self, session: Session, cleaned: list[tuple[int | None, dict[str, Any]]], now: datetime
    ) -> list[int]:
        """New records in a few statements rather than one round of the ORM each (an import
        of 10,000 rows); ids come from the file or are new (db/ids.py: from the sequence on a
        server, so that two imports at once do not collide)."""
        if not cleaned:
            return []
        connection = session.connection()
        table = table_of(self.model)
        taken = {record_id for record_id, _ in cleaned if record_id is not None}
        wanted = sum(1 for record_id, _ in cleaned if record_id is None)
        fresh = iter(new_ids(connection, table, wanted, taken))
        rows, ids = [], []
        names = [f.name for f in self.entity.fields]
        for record_id, values in cleaned:
            if record_id is None:
                record_id = next(fresh)
            ids.append(record_id)
            rows.append(
                {
                    "id": record_id,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                    **{name: values.get(name) for name in names},
                }
            )
        # Core, not the ORM's bulk insert (as much again in Python at 10,000 rows); with
        # RETURNING, SQLAlchemy sends multi-row INSERTs ("insertmanyvalues"), and that matters:
        # FTS5 writes its pending index at the end of every statement that fires a trigger, so
        # one statement per row costs 8x as much.
        connection.execute(insert(table).returning(table.c.id), rows).close()
        for child in self.entity.children:
            model, parent_column = CHILD_MODELS[child.table]
            child_rows = [
                {parent_column: record_id, "position": i, **row}
                for record_id, (_, values) in zip(ids, cleaned, strict=True)
                for i, row in enumerate(values[child.name])
            ]
            if child_rows:
                connection.execute(insert(table_of(model)), child_rows)
        self._log_created(connection, ids, now)
        return ids

    def _log_created(self, connection: Connection, ids: list[int], now: datetime) -> None:
        """One change-log entry per new record. On SQLite one statement over a JSON list of
        the ids: 10,000 parameter sets cost more in SQLAlchemy than the insert itself."""
        log = table_of(ChangeLog)
        if connection.dialect.name == "sqlite":
            listed = func.json_each(json.dumps(ids)).table_valued("value")
            constant = [
                literal(now, log.c.at.type),
                literal(self.user, log.c.user.type),
                literal(self.entity.name, log.c.entity.type),
            ]
            rows = select(
                *constant, listed.c.value, literal(Action.CREATE.value, log.c.action.type)
            )
            columns = ["at", "user", "entity", "record_id", "action"]
            connection.execute(insert(log).from_select(columns, rows))
            return
        connection.execute(
            insert(log),
            [
                {
                    "at": now,
                    "user": self.user,
                    "entity": self.entity.name,
                    "record_id": record_id,
                    "action": Action.CREATE.value,
                }
                for record_id in ids
            ],
        )

    def all_values(self) -> list[dict[str, Any]]:
        """Every record not in the trash with its child lists, in id order (for export)."""
        columns = [getattr(self.model, f.name) for f in self.entity.fields]
        with self.db.read() as session:
            statement = (
                select(self.model.id, *columns)
                .where(self.model.deleted_at.is_(None))
                .order_by(self.model.id)
            )
            records = {
                row[0]: {
                    "id": row[0],
                    **dict(zip((f.name for f in self.entity.fields), row[1:], strict=True)),
                }
                for row in session.execute(statement)
            }
            for child in self.entity.children:
                model, parent_column = CHILD_MODELS[child.table]
                parent = getattr(model, parent_column)
                statement = select(parent, *(getattr(model, f.name) for f in child.fields))
                for record in records.values():
                    record[child.name] = []
                order = table_of(model).c
                for row in session.execute(statement.order_by(parent, order.position, order.id)):
                    if row[0] in records:
                        records[row[0]][child.name].append(
                            dict(zip((f.name for f in child.fields), row[1:], strict=True))
                        )
        return list(records.values())

    def all_ids(self) -> list[int]:
        """Every id in use, trash included."""
        with self.db.read() as session:
            return fetch_ids(session, select(self.model.id))

    def all_titles(self) -> dict[int, str]:
        """id -> title of every record, trash included (references may point there)."""
        if self.entity.title_field is None:
            return {i: f"#{i}" for i in self.all_ids()}
        column = getattr(self.model, self.entity.title_field)
        with self.db.read() as session:
            return {i: str(t) for i, t in fetch_rows(session, select(self.model.id, column))}

    def natural_keys(self) -> dict[tuple[Any, ...], int]:
        """Natural key -> id of the records not in the trash (to spot probable duplicates)."""
        columns = [getattr(self.model, name) for name in self.entity.natural_key]
        statement = select(self.model.id, *columns).where(self.model.deleted_at.is_(None))
        with self.db.read() as session:
            if any(self.entity.field(name).is_date for name in self.entity.natural_key):
                # Core rows, not the raw cursor: dates in a key must come back as dates.
                rows = session.connection().execute(statement).all()
            else:
                rows = fetch_rows(session, statement)
            return {tuple(row[1:]): row[0] for row in rows}
