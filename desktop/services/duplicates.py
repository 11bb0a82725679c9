"""Probable duplicates: records with the same natural key as the one being entered, once
case, ё/е and runs of spaces are set aside («Провинция Цзилинь» beside «провинция Цзилинь»).

On SQLite the text parts of the key are looked up through the registry's case-folded sort
indexes (migration 0005: ``casefold(column)`` over the records not in the trash): each
spelling the key can have with ё or е is an index lookup, never a pass over the table; a key
with many е's is looked up by the range of its beginning and the rest compared here.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import product
from typing import Any

from sqlalchemy import and_, column, select, table, text
from sqlalchemy.sql.elements import ColumnElement

from ..db.database import Database
from ..db.engine import sort_key
from ..db.sort_index import index_name
from ..domain.fields import Entity, Kind

TEXT_KEY_KINDS = (Kind.TEXT,)
# Up to this many е/ё in a key, every spelling is looked up exactly (2**6 = 64 lookups at
# most); beyond, the beginning up to the next one is a range.
MAX_SPELLED = 6
LAST = "\U0010ffff"


def fold(text: str) -> str:
    """What two names must share to be the same name written differently."""
    return " ".join(text.casefold().replace("ё", "е").split())


def _spellings(folded: str) -> list[str]:
    """Every way of writing ``folded`` with ё or е (it has е only, being folded)."""
    parts = folded.split("е")
    return [_spell(parts, letters) for letters in product("её", repeat=len(parts) - 1)]


def _spell(parts: list[str], letters: tuple[str, ...]) -> str:
    return "".join(part + (letters[i] if i < len(letters) else "") for i, part in enumerate(parts))


def _text_conditions(column: Any, folded: str, dialect: str) -> list[ColumnElement[bool]]:
    """Conditions on the case-folded column, each one index lookup: one for a key with few
    е's (its spellings), or one range per spelling of the key's beginning."""
    key = sort_key(column, dialect)
    places = [i for i, char in enumerate(folded) if char == "е"]
    if len(places) <= MAX_SPELLED:
        return [key.in_(_spellings(folded))]
    beginning = folded[: places[MAX_SPELLED]]
    return [and_(key >= s, key < s + LAST) for s in _spellings(beginning)]


def _through_sort_index(entity: Entity, column: str) -> Any:
    """The entity's table read through the case-folded sort index of ``column``: without
    statistics SQLite would rather walk the deleted_at index and call casefold on every
    record of it (0.3 s at 100,000 records; through the index: a few lookups)."""
    return text(f"{entity.table} INDEXED BY {index_name(entity.table, column)}")


def probable_duplicates(
    db: Database, entity: Entity, values: Mapping[str, Any], exclude: int | None = None
) -> list[int]:
    """Ids of records (not in the trash) whose natural key matches ``values``' once folded;
    none while the key's text is empty (nothing typed yet)."""
    fields = [entity.field(name) for name in entity.natural_key]
    texts = {
        f.name: fold(str(values.get(f.name) or "")) for f in fields if f.kind in TEXT_KEY_KINDS
    }
    others = {f.name: values.get(f.name) for f in fields if f.kind not in TEXT_KEY_KINDS}
    if texts and not all(texts.values()):
        return []
    if not texts and any(v is None for v in others.values()):
        return []  # a key of references and dates alone, not all given yet
    conditions: list[ColumnElement[bool]] = [column("deleted_at").is_(None)]
    # the first text of the key is looked up in SQL, any other compared below
    first = next(iter(texts), None)
    lookups = _text_conditions(column(first), texts[first], db.dialect) if first else [None]
    for name, value in others.items():
        conditions.append(column(name).is_(None) if value is None else column(name) == value)
    if exclude is not None:
        conditions.append(column("id") != exclude)
    source = (
        _through_sort_index(entity, first)
        if first and db.dialect == "sqlite"
        else table(entity.table)
    )
    columns: list[ColumnElement[Any]] = [column("id"), *(column(name) for name in texts)]
    base = select(*columns).select_from(source)
    found: set[int] = set()
    with db.read() as session:
        for lookup in lookups:
            statement = (
                base.where(*conditions) if lookup is None else base.where(*conditions, lookup)
            )
            found.update(
                row[0]
                for row in session.execute(statement)
                if all(fold(str(row[i + 1] or "")) == texts[n] for i, n in enumerate(texts))
            )
    return sorted(found)
