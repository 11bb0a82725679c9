"""Which records still refer to one (a record referred to is not deleted for good)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import CHILD_MODELS, MODELS
from ..domain.fields import Field


def referrers_of(session: Session, entity_name: str, record_id: int) -> dict[str, int]:
    """How many records of each registry still refer to this one (in a field or a row of a
    child list)."""
    from ..domain.entities import ALL

    found: dict[str, int] = {}
    for entity in ALL:
        places: list[tuple[type[Any], Field]] = [(MODELS[entity.name], f) for f in entity.fields]
        places += [(CHILD_MODELS[c.table][0], f) for c in entity.children for f in c.fields]
        for model, f in places:
            if f.ref != entity_name:
                continue
            column = getattr(model, f.name)
            count = session.scalar(select(func.count()).where(column == record_id)) or 0
            if count:
                found[entity.name] = found.get(entity.name, 0) + count
    return found
