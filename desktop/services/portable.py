"""A record's values in a form that travels between copies of one registry: JSON, dates as
ISO text, references by uid instead of by id (ids differ between copies; uids do not)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import MODELS
from ..domain.fields import Entity, Field, Kind
from ..domain.partial_dates import PartialDate


def _fields(entity: Entity) -> list[tuple[str | None, Field]]:
    """(child list or None, field) of every editable field, the child lists' included."""
    found: list[tuple[str | None, Field]] = [(None, f) for f in entity.fields if f.editable]
    found += [(c.name, f) for c in entity.children for f in c.fields]
    return found


def _references(entity: Entity, values: Mapping[str, Any]) -> dict[str, set[Any]]:
    """The values of every reference in a record (ids, or uids in a portable one), by the
    entity they refer to."""
    wanted: dict[str, set[Any]] = {}
    for child, f in _fields(entity):
        if f.kind is not Kind.REF or f.ref is None:
            continue
        rows = values.get(child) or [] if child else [values]
        for row in rows:
            if row.get(f.name) is not None:
                wanted.setdefault(f.ref, set()).add(row[f.name])
    return wanted


def _encode(f: Field, value: Any, uids: Mapping[str, Mapping[int, str]]) -> Any:
    if value is None:
        return None
    if f.kind is Kind.REF and f.ref is not None:
        return uids[f.ref].get(int(value))
    if isinstance(value, PartialDate):
        return value.iso()  # «2012», «2016-07», «1999-12-08»: as stored
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _decode(f: Field, value: Any, ids: Mapping[str, Mapping[str, int]]) -> Any:
    if value is None:
        return None
    if f.kind is Kind.REF and f.ref is not None:
        return ids[f.ref].get(value)
    if f.kind is Kind.DATE and isinstance(value, str):
        return date.fromisoformat(value)
    if f.kind is Kind.PARTIAL_DATE and isinstance(value, str):
        return PartialDate.from_iso(value)
    return value


def uid_map(session: Session, entity_name: str, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    model = MODELS[entity_name]
    rows = session.execute(select(model.id, model.uid).where(model.id.in_(ids)))
    return {record_id: uid for record_id, uid in rows if uid is not None}


def id_map(session: Session, entity_name: str, uids: set[str]) -> dict[str, int]:
    if not uids:
        return {}
    model = MODELS[entity_name]
    rows = session.execute(select(model.uid, model.id).where(model.uid.in_(uids)))
    return {uid: record_id for uid, record_id in rows if uid is not None}


def to_portable(session: Session, entity: Entity, values: Mapping[str, Any]) -> dict[str, Any]:
    """The record's fields and child lists, JSON-ready, references by uid."""
    uids = {
        name: uid_map(session, name, {int(i) for i in ids})
        for name, ids in _references(entity, values).items()
    }
    return _converted(entity, values, lambda f, value: _encode(f, value, uids))


def referenced_uids(entity: Entity, data: Mapping[str, Any]) -> dict[str, set[str]]:
    """The uids a portable record refers to, by entity."""
    return _references(entity, data)


def from_portable(
    entity: Entity, data: Mapping[str, Any], ids: Mapping[str, Mapping[str, int]]
) -> dict[str, Any]:
    """Back into this registry's values (``ids``: uid -> id by entity); a reference to a
    uid this registry does not know becomes None (the merge names such references)."""
    return _converted(entity, data, lambda f, value: _decode(f, value, ids))


def _converted(
    entity: Entity, values: Mapping[str, Any], convert: Callable[[Field, Any], Any]
) -> dict[str, Any]:
    """Every editable field and child list of a record, each value through ``convert``."""
    out: dict[str, Any] = {
        f.name: convert(f, values.get(f.name)) for f in entity.fields if f.editable
    }
    for child in entity.children:
        out[child.name] = [
            {f.name: convert(f, row.get(f.name)) for f in child.fields}
            for row in values.get(child.name) or []
        ]
    return out


def field_to_json(session: Session, entity: Entity, name: str, value: Any) -> str:
    """One field's or child list's value as JSON, references by uid."""
    return json.dumps(to_portable(session, entity, {name: value}).get(name), ensure_ascii=False)


def field_from_json(session: Session, entity: Entity, name: str, stored: str | None) -> Any:
    """Back from ``field_to_json`` into this registry's value."""
    data = {name: json.loads(stored) if stored else None}
    wanted = referenced_uids(entity, data)
    ids = {ref: id_map(session, ref, uids) for ref, uids in wanted.items()}
    return from_portable(entity, data, ids).get(name)
