"""Every record type of the registry, described once (see ``../fields.py``).

Adding a field: add it here and to the model in ``desktop/db/models.py``, then write a
migration. The table, the form, validation, search and Excel follow from this list.
"""

from __future__ import annotations

from ..fields import Entity
from .activities import DELEGATIONS, EVENTS, TWINS
from .agreements import AGREEMENTS
from .places import ORGANISATIONS, PEOPLE, REGIONS

__all__ = [
    "AGREEMENTS",
    "ALL",
    "BY_NAME",
    "DELEGATIONS",
    "EVENTS",
    "ORGANISATIONS",
    "PEOPLE",
    "REGIONS",
    "TWINS",
    "entity",
]

# In dependency order: an entity refers only to those before it (agreements refer to themselves).
ALL: tuple[Entity, ...] = (REGIONS, ORGANISATIONS, PEOPLE, EVENTS, AGREEMENTS, DELEGATIONS, TWINS)
BY_NAME: dict[str, Entity] = {entity.name: entity for entity in ALL}


def entity(name: str) -> Entity:
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown registry {name!r}; one of: {', '.join(BY_NAME)}") from None
