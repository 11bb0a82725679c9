"""Reading what came of the ties (``domain/entities/outcomes.py``) across registries: which
child lists hold results or plans, what names their records, and Home's overdue items —
plan items past their deadline and neither done nor cancelled."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from ..db import models as m
from ..domain.entities import ALL
from ..domain.entities.outcomes import CLOSED_STATUSES, PLAN_STATUSES, is_overdue
from ..domain.fields import Child, Entity
from . import Services


def lists_of(choices: Any) -> Iterator[tuple[Entity, Child]]:
    """The child lists (of every registry) with a field taking values of ``choices``: the
    results (``RESULT_KINDS``), the plans of measures (``PLAN_STATUSES``)."""
    for entity in ALL:
        for child in entity.children:
            if any(f.choices is choices for f in child.fields):
                yield entity, child


def record_names(services: Services, entity: Entity, ids: set[int]) -> dict[int, str]:
    """What names each record: an agreement's title, a twin pair's two names."""
    if entity.title_field is not None:
        return services[entity.name].titles(ids)
    ours, region, twin = aliased(m.Organisation), aliased(m.ForeignRegion), m.TwinRelation
    with services.db.read() as session:
        rows = session.execute(
            select(twin.id, ours.name_ru, region.name_ru)
            .join(ours, ours.id == twin.our_organisation_id)
            .join(region, region.id == twin.foreign_region_id)
            .where(twin.id.in_(ids))
        ).all()
    return {twin_id: f"{our_name} — {region_name}" for twin_id, our_name, region_name in rows}


def overdue_items(services: Services, today: date) -> Iterator[tuple[str, int, str, str, date]]:
    """(registry, record id, record's name, measure, last day of the deadline) of each
    overdue item of a record not in the trash."""
    for entity, child in lists_of(PLAN_STATUSES):
        model, parent_column = m.CHILD_MODELS[child.table]
        parent = m.MODELS[entity.name]
        owner = getattr(model, parent_column)
        item: Any = model  # the plan tables' columns, which type[Base] does not declare
        statement = (
            select(owner, item.measure, item.deadline, item.status)
            .join(parent, parent.id == owner)
            .where(
                parent.deleted_at.is_(None),
                item.status.not_in(CLOSED_STATUSES),
                item.deadline.is_not(None),
            )
        )
        with services.db.read() as session:
            rows = session.execute(statement).all()
        late = [
            (record_id, measure, m.partial_date_of(deadline))
            for record_id, measure, deadline, status in rows
            if is_overdue({"deadline": m.partial_date_of(deadline), "status": status}, today)
        ]
        names = record_names(services, entity, {record_id for record_id, _, _ in late})
        for record_id, measure, deadline in late:
            assert deadline is not None
            yield entity.name, record_id, names.get(record_id, ""), measure, deadline.end
