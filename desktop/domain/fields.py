"""The declarative description of an entity: one list of fields drives the registry table,
the form, validation, search and the Excel columns."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from .choices import Choices


class Kind(Enum):
    TEXT = "text"
    LONG_TEXT = "long_text"  # multi-line, shown in forms, left out of the table
    DATE = "date"
    # known to the day, the month or the year («08.12.1999», «07.2016», «2012»): a PartialDate
    PARTIAL_DATE = "partial_date"
    BOOL = "bool"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"  # stored as comma-separated codes
    REF = "ref"  # id of a record of another entity
    COUNTRY = "country"  # ISO 3166-1 alpha-2 code
    EMAIL = "email"
    PHONES = "phones"  # one or more numbers, separated by ";" or ","
    STATUS = "status"  # derived from a child history; read-only


@dataclass(frozen=True)
class Field:
    name: str  # the attribute and column name
    label: str  # English source text, translated in the UI ("Domain" context)
    kind: Kind = Kind.TEXT
    required: bool = False
    choices: Choices | None = None
    ref: str | None = None  # entity name for Kind.REF
    in_table: bool = True
    searchable: bool = False  # indexed for search as you type
    default: object = None
    width: int = 14  # typical width in characters (table and Excel)

    @property
    def editable(self) -> bool:
        return self.kind is not Kind.STATUS

    @property
    def is_date(self) -> bool:
        """A date of either kind: printed and sized as one."""
        return self.kind in (Kind.DATE, Kind.PARTIAL_DATE)


Rows = Sequence[Mapping[str, Any]]


@dataclass(frozen=True)
class RowProblem:
    """What a child list's own check finds wrong with one of its rows (index into the rows)."""

    row: int
    field: str
    message: str  # English source text with {placeholders}; translated in the UI
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Hint:
    """A line shown under a child list: ``message`` with ``{items}`` standing for the
    translated ``items`` joined by commas."""

    message: str
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Derived:
    """A field of the parent computed from the child list's cleaned rows."""

    field: str
    compute: Callable[[Rows], Any]


@dataclass(frozen=True)
class Linked:
    """A field of the parent that the child list states too (an agreement's registration
    date and the date of its «registered» step): entered once, it is not entered twice. An
    empty field takes the rows' value; a field that disagrees with them is a problem at the
    field, ``message`` with ``{value}`` standing for the rows' value (dd.mm.yyyy for a date)."""

    field: str
    compute: Callable[[Rows], Any]  # the value the rows state, None when they state none
    message: str


@dataclass(frozen=True)
class Child:
    """A list of sub-records edited inside the parent's form (parties, members, ...), with the
    rules of the list itself: a check over its rows (each row's cells are checked by their
    fields), the rows a new record starts with, a parent field derived from the rows, parent
    fields linked to what the rows state, and a hint for the user. The generic code
    (validation, registry, form) loops over these."""

    name: str
    label: str
    table: str
    fields: tuple[Field, ...]
    # cleaned rows -> problems; a cell that failed its own field check reaches it as None
    check: Callable[[Rows], list[RowProblem]] | None = None
    # the same, for rules that also need the record's own cleaned fields (a plan item is not
    # done before the agreement was signed)
    check_record: Callable[[Rows, Mapping[str, Any]], list[RowProblem]] | None = None
    initial_rows: Callable[[], list[dict[str, Any]]] | None = None
    derived: Derived | None = None
    hint: Callable[[Rows], Hint] | None = None
    linked: tuple[Linked, ...] = ()
    # rows added on both sides of an offline copy are joined in this field's order when the
    # copy is merged back (domain/three_way.py); without it, the list merges as one value
    joined_by: str | None = None


@dataclass(frozen=True)
class Entity:
    name: str  # the KIND used on the command line: "agreements"
    label: str  # singular, for forms: "Agreement"
    plural: str  # for the registry: "Agreements"
    table: str
    fields: tuple[Field, ...]
    title_field: str | None  # what names a record in pick lists and messages
    natural_key: tuple[str, ...]
    children: tuple[Child, ...] = ()
    date_range: tuple[str, str] | None = None  # (start, end): end may not be before start
    year_field: str | None = None  # the registry's year filter
    status_field: str | None = None  # the registry's status filter
    # cleaned values -> the same with the fields computed from others filled in
    derive: Callable[[dict[str, Any]], dict[str, Any]] | None = None

    def field(self, name: str) -> Field:
        for item in self.fields:
            if item.name == name:
                return item
        raise KeyError(f"{self.name} has no field {name!r}")

    @property
    def table_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.in_table)

    @property
    def searchable_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.searchable)

    @property
    def country_field(self) -> str | None:
        return next((f.name for f in self.fields if f.kind is Kind.COUNTRY), None)

    @property
    def status_choices(self) -> Choices | None:
        return self.field(self.status_field).choices if self.status_field else None
