"""Conflicts a merge of a trip's changes left (``services/merging.py``): listed with their
base and both values, and resolved by a person, one by one, through the write path."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ..db.models import PendingConflict
from ..domain.entities import BY_NAME
from .changes import Action, Changes
from .errors import NotFound
from .portable import field_from_json

if TYPE_CHECKING:
    from . import Services


@dataclass(frozen=True)
class ConflictInfo:
    id: int
    entity: str
    record_id: int
    title: str
    field: str
    base: Any
    office: Any
    laptop: Any
    laptop_user: str

    @property
    def entity_label(self) -> str:
        """The record type's name, untranslated (the window and the CLI translate it)."""
        return BY_NAME[self.entity].label

    @property
    def field_label(self) -> str:
        """The conflicting field's or child list's label, untranslated."""
        entity = BY_NAME[self.entity]
        labels = {f.name: f.label for f in entity.fields}
        labels |= {child.name: child.label for child in entity.children}
        return labels.get(self.field, self.field)


def pending_conflicts(services: Services) -> list[ConflictInfo]:
    with services.db.read() as session:
        rows = session.scalars(select(PendingConflict).order_by(PendingConflict.id)).all()
        found = []
        for row in rows:
            entity = BY_NAME[row.entity]
            titles = services[row.entity].titles([row.record_id])
            found.append(
                ConflictInfo(
                    row.id,
                    row.entity,
                    row.record_id,
                    titles.get(row.record_id, f"#{row.record_id}"),
                    row.field,
                    field_from_json(session, entity, row.field, row.base),
                    field_from_json(session, entity, row.field, row.office),
                    field_from_json(session, entity, row.field, row.laptop),
                    row.laptop_user or "",
                )
            )
        return found


def resolve(services: Services, conflict_id: int, take: str) -> None:
    """A person's choice for one pending conflict: keep the office's value or take the
    copy's (through the write path: validated and logged)."""
    if take not in ("office", "laptop"):
        raise ValueError(f"take office or laptop, not {take!r}")
    with services.db.write() as session:
        row = session.get(PendingConflict, conflict_id)
        if row is None:
            raise NotFound("pending conflict", conflict_id)
        registry = services[row.entity]
        entity_name, record_id = row.entity, row.record_id
        if take == "laptop":
            value = field_from_json(session, registry.entity, row.field, row.laptop)
            record = registry._load(session, row.record_id)
            registry._write_update(session, record, {row.field: value}, datetime.now(), False)
        session.delete(row)
    services.notify(Changes(entity_name, Action.UPDATE, (record_id,)))
