"""Home's list of overdue plan items: measures of the plans of agreements and twin relations
past their deadline and neither done nor cancelled (``domain/entities/outcomes.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import select

from ..db.models import CHILD_MODELS, MODELS, partial_date_of
from ..domain.entities import ALL
from ..domain.entities.outcomes import CLOSED_STATUSES, PLAN_STATUSES, is_overdue
from ..domain.fields import Child, Entity
from . import Services


def plan_lists() -> Iterator[tuple[Entity, Child]]:
    """Every child list that is a plan of measures (its status takes the plan's values)."""
    for entity in ALL:
        for child in entity.children:
            if any(f.choices is PLAN_STATUSES for f in child.fields):
                yield entity, child


def overdue_items(services: Services, today: date) -> Iterator[tuple[str, int, str, str, date]]:
    """(registry, record id, record title, measure, last day of the deadline) of each overdue
    item of a record not in the trash."""
    for entity, child in plan_lists():
        model, parent_column = CHILD_MODELS[child.table]
        parent = MODELS[entity.name]
        owner = getattr(model, parent_column)
        statement = (
            select(owner, model.measure, model.deadline, model.status)  # type: ignore[attr-defined]
            .join(parent, parent.id == owner)
            .where(
                parent.deleted_at.is_(None),
                model.status.not_in(CLOSED_STATUSES),  # type: ignore[attr-defined]
                model.deadline.is_not(None),  # type: ignore[attr-defined]
            )
        )
        with services.db.read() as session:
            rows = session.execute(statement).all()
        late = [
            (record_id, measure, partial_date_of(deadline))
            for record_id, measure, deadline, status in rows
            if is_overdue({"deadline": partial_date_of(deadline), "status": status}, today)
        ]
        titles = services[entity.name].titles({record_id for record_id, _, _ in late})
        for record_id, measure, deadline in late:
            assert deadline is not None
            yield entity.name, record_id, titles[record_id], measure, deadline.end
