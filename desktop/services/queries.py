"""SQL for the registry tables: display columns, search, filters and sorting, built once per
entity from its description. No Qt here; no raw SQLite outside the FTS match."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    bindparam,
    extract,
    false,
    select,
    text,
)
from sqlalchemy.orm import aliased

from ..db import fts_pg
from ..db.engine import sort_key
from ..db.models import MODELS, Country, year_bounds
from ..domain.entities import BY_NAME
from ..domain.fields import Entity, Field, Kind
from ..domain.text import normalise_text

# Columns shown as text (names included) sort without regard to case.
TEXT_KINDS = frozenset({Kind.TEXT, Kind.LONG_TEXT, Kind.EMAIL, Kind.PHONES, Kind.REF, Kind.COUNTRY})
_WORD = re.compile(r"\w+", re.UNICODE)


def _words(typed: str) -> list[str]:
    """The words of what was typed or pasted, read as stored text is (no invisible marks)."""
    return _WORD.findall(normalise_text(typed))


@dataclass(frozen=True)
class Query:
    """What a registry table shows: search text, filters, trash or not, and the sort."""

    text: str = ""
    country: str | None = None
    status: str | None = None
    year: int | None = None
    trash: bool = False
    sort_field: str | None = None
    descending: bool = False

    @property
    def unfiltered(self) -> bool:
        """Every record of the registry (or of its trash): no word to find, no filter."""
        return (
            _WORD.search(self.text) is None
            and self.country is None
            and self.status is None
            and self.year is None
        )


def fts_match(text_: str, dialect: str = "sqlite") -> str | None:
    """The index query for what was typed: every word must start a word of the record's text
    (FTS5's MATCH; on PostgreSQL a prefix tsquery over the same folded text)."""
    words = _words(text_)
    if dialect != "sqlite":
        return fts_pg.prefix_query(words)
    return " ".join(f'"{word}"*' for word in words) if words else None


def fts_ids(entity: Entity, dialect: str = "sqlite") -> Any:
    """Ids of ``entity`` records whose indexed text matches ``:match``, in id order (FTS5
    keeps its rows by id, so this costs no sort)."""
    if dialect != "sqlite":
        return text(fts_pg.search_ids_sql(entity.table, "match") + " ORDER BY id")
    table = f"{entity.table}_fts"
    # The FTS table name comes from our own descriptions, never from user input.
    return text(f"SELECT rowid FROM {table} WHERE {table} MATCH :match ORDER BY rowid")  # noqa: S608


class EntityQueries:
    """Column expressions and joins for one entity, in the order of its table fields."""

    def __init__(self, entity: Entity, language: str) -> None:
        self.entity = entity
        self.model = MODELS[entity.name]
        self.language = language
        self._joins: list[tuple[Any, ColumnElement[bool]]] = []
        self._targets: dict[str, Any] = {}  # reference field -> the joined record it names
        self.columns: list[ColumnElement[Any]] = [
            self._display(field) for field in entity.table_fields
        ]

    def _display(self, field: Field) -> ColumnElement[Any]:
        column = getattr(self.model, field.name)
        if field.kind is Kind.COUNTRY:
            country = aliased(Country)
            self._joins.append((country, country.code == column))
            return (country.name_ru if self.language == "ru" else country.name_en).label(field.name)
        if field.kind is Kind.REF:
            target_entity = BY_NAME[field.ref or ""]
            target = aliased(MODELS[target_entity.name])
            self._joins.append((target, target.id == column))
            self._targets[field.name] = target
            title = getattr(target, target_entity.title_field or "id")
            return title.label(field.name)
        return column

    def _from(self, statement: Select) -> Select:
        statement = statement.select_from(self.model)
        for target, on in self._joins:
            statement = statement.outerjoin(target, on)
        return statement

    def countries_in_use(self) -> Select:
        """The country codes the records name (those in the trash too): the country filter."""
        column = getattr(self.model, self.entity.country_field or "id")
        return select(column).where(column.is_not(None)).distinct()

    def rows(self, ids: list[int]) -> Select:
        return self._from(select(self.model.id, *self.columns)).where(self.model.id.in_(ids))

    def search_condition(self, text_: str, dialect: str) -> ColumnElement[bool] | None:
        """Every word must start a word of the record's own text, or of the name of a record
        it refers to in its table (a twin relation is found by its city's name)."""
        match = fts_match(text_, dialect)
        if match is None:
            return None
        # The index holds the referenced names too (migrations 0004, 0009): one index query.
        found = fts_ids(self.entity, dialect).bindparams(bindparam("match", match))
        return self.model.id.in_(found)

    def where(self, query: Query, dialect: str) -> list[ColumnElement[bool]]:
        model, entity = self.model, self.entity
        conditions: list[ColumnElement[bool]] = [
            model.deleted_at.is_not(None) if query.trash else model.deleted_at.is_(None)
        ]
        match = self.search_condition(query.text, dialect)
        if match is not None:
            conditions.append(match)
        if query.country and entity.country_field:
            conditions.append(getattr(model, entity.country_field) == query.country)
        if query.status and entity.status_field:
            conditions.append(getattr(model, entity.status_field) == query.status)
        if query.year and entity.year_field:
            column = getattr(model, entity.year_field)
            if entity.field(entity.year_field).kind is Kind.PARTIAL_DATE:
                first, following = year_bounds(query.year)  # «2019», «2019-07», «2019-07-08»
                conditions.append((column >= first) & (column < following))
            else:
                conditions.append(extract("year", column) == query.year)
        elif query.year:
            conditions.append(false())
        return conditions

    def search(self, query: Query, dialect: str, limit: int | None = None) -> Select:
        statement = self._from(select(self.model.id)).where(*self.where(query, dialect))
        order: list[Any] = []
        if query.sort_field:
            order = self._order(query.sort_field, query.descending, dialect)
        order.append(self.model.id.desc() if query.descending else self.model.id)
        statement = statement.order_by(*order)
        return statement.limit(limit) if limit else statement

    def _order(self, field_name: str, descending: bool, dialect: str) -> list[Any]:
        """Empty values last in both directions; a reference orders by the name it shows,
        records in the trash after the others, same names apart by id (as the sort indexes
        order them: services/sorting.py)."""
        index = [f.name for f in self.entity.table_fields].index(field_name)
        field, column = self.entity.table_fields[index], self.columns[index]
        if field.kind in TEXT_KINDS:
            column = sort_key(column, dialect)
        keys: list[Any] = [column]
        if field.kind is Kind.REF:
            target = self._targets[field.name]
            keys = [target.deleted_at.is_not(None), column, target.id]
        return [column.is_(None)] + [key.desc() if descending else key for key in keys]
