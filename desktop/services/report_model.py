"""The facts about agreements the reports and the dashboard are built on (the report's own
shape is ``domain.report_rows``)."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import aliased

from ..db import models as m
from ..db.database import Database
from ..domain import entities as E
from ..domain.fields import Kind
from ..domain.lifecycle import BINDING_STATUSES, LAPSED_STATUSES
from ..domain.partial_dates import PartialDate
from ..domain.terms import end_on


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Party:
    organisation_id: int
    side: str
    name: str
    kind: str  # the organisation's kind: municipality, regional_government, …
    signatory: str | None
    position: str | None  # the signatory's position as written for this agreement


@dataclass
class AgreementFacts:
    """An agreement with what the reports ask of it: its status on a day, whether it binds."""

    id: int
    values: dict[str, Any]
    steps: list[tuple[str, date]] = field(default_factory=list)
    ours: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    # the document and comment of each step, beside ``steps`` (the reason it ended)
    documents: list[tuple[str | None, str | None]] = field(default_factory=list)

    def our_kinds(self) -> set[str]:
        return {p.kind for p in self.parties if p.side == "ours"}

    def ended_by(self, day: date | None = None) -> tuple[str | None, str | None, str | None]:
        """The step that ended it (expired, terminated, superseded) with its document and
        comment: the reason and document of termination; (None, None, None) if none. With
        ``day`` (the day it lapsed in a period) the step of that day, else the last one."""
        steps = zip(reversed(self.steps), reversed(self.documents), strict=True)
        for (status, on), (document, comment) in steps:
            if status in LAPSED_STATUSES and (day is None or on == day):
                return status, document, comment
            if status == "prolonged" and day is None:
                break  # a late prolongation revived it: what ended it before no longer did
        return None, None, None

    def status_on(self, day: date) -> str | None:
        status = None
        for step_status, step_date in self.steps:
            if step_date <= day:
                status = step_status
        return status

    def signed_on(self) -> PartialDate | None:
        """As written (a «2019» agreement is concluded in the 2019 report), else the day of
        its «signed» step."""
        signed = next((d for s, d in self.steps if s == "signed"), None)
        return self.values["signed_on"] or (PartialDate(signed) if signed else None)

    def term_end(self) -> date | None:
        """The last day of its term as written: «до 2022 года» binds to 31.12.2022."""
        valid_to = self.values["valid_to"]
        return valid_to.end if valid_to is not None else None

    def current_end(self, day: date) -> date | None:
        """The end of the term running on ``day``: prolonged, when it is automatically."""
        return end_on(self.values, day)

    def prolonged_on(self, day: date) -> bool:
        """Whether on ``day`` it binds by automatic prolongation past its written end."""
        end, current = self.term_end(), self.current_end(day)
        return end is not None and current is not None and current > end

    def lapsed_by_term(self, day: date) -> bool:
        """Its term ran out before ``day`` and it was not prolonged after that."""
        end = self.term_end()
        if end is None or end >= day or self.values["auto_prolongation"]:
            return False
        return not any(s == "prolonged" and d > end for s, d in self.steps)

    def in_force_on(self, day: date) -> bool:
        return self.status_on(day) in BINDING_STATUSES and not self.lapsed_by_term(day)

    def lapsed_on(self, start: date, end: date) -> date | None:
        """The day within [start, end] it stopped binding, if it did: a step that ended it,
        or the last day of its term (an agreement valid to 31 December lapsed in that year)."""
        for status, day in self.steps:
            if status in LAPSED_STATUSES and start <= day <= end:
                return day
        valid_to = self.term_end()
        if (
            valid_to
            and start <= valid_to <= end
            and self.lapsed_by_term(valid_to + timedelta(days=1))
            and self.status_on(valid_to) in BINDING_STATUSES
        ):
            return valid_to
        return None


# What reports and the dashboard read of an agreement (not its notes or files).
FACT_FIELDS = (
    "title",
    "kind",
    "country_code",
    "signed_on",
    "valid_from",
    "valid_to",
    "term",
    "open_ended",
    "auto_prolongation",
    "prolongation_terms",
    "reg_number",
    "reg_date",
    "spheres",
    "scope",
    "signed_place",
    "languages",
    "original_location",
    "responsible_officer",
)


def _date(value: Any) -> Any:
    """A date as read from the DB-API cursor (SQLite keeps them as ISO text)."""
    return date.fromisoformat(value) if isinstance(value, str) else value


class _Groups:
    """Rows of a cursor ordered by their first column, handed out one key at a time while
    the agreements stream past in the same order (a merge join, nothing held in memory)."""

    def __init__(self, cursor: Any) -> None:
        self.rows = iter(cursor)
        self.pending: tuple[Any, ...] | None = next(self.rows, None)

    def take(self, key: int) -> list[tuple[Any, ...]]:
        taken = []
        while self.pending is not None and self.pending[0] <= key:
            if self.pending[0] == key:
                taken.append(self.pending[1:])
            self.pending = next(self.rows, None)
        return taken


def iter_agreements(db: Database, with_parties: bool = True) -> Iterator[AgreementFacts]:
    """Every agreement not in the trash, in id order, with its history and (unless not
    wanted) parties — one at a time: at 100,000 agreements a list of them all took 240 MB
    that the process kept after the dashboard was built.

    Read with the DB-API cursor: SQLAlchemy's row processing took three times as long as
    SQLite."""
    region, signatory = aliased(m.ForeignRegion), aliased(m.Person)
    dates = [i for i, n in enumerate(FACT_FIELDS) if E.AGREEMENTS.field(n).kind is Kind.DATE]
    partial = [
        i for i, n in enumerate(FACT_FIELDS) if E.AGREEMENTS.field(n).kind is Kind.PARTIAL_DATE
    ]
    flags = [i for i, n in enumerate(FACT_FIELDS) if E.AGREEMENTS.field(n).kind is Kind.BOOL]
    with db.read() as session:
        connection = session.connection()
        rows = connection.execute(
            select(m.Agreement.id, region.name_ru, *(getattr(m.Agreement, n) for n in FACT_FIELDS))
            .outerjoin(region, region.id == m.Agreement.region_id)
            .where(m.Agreement.deleted_at.is_(None))
            .order_by(m.Agreement.id)
        ).cursor
        steps = _Groups(
            connection.execute(
                select(
                    m.AgreementStatus.agreement_id,
                    m.AgreementStatus.status,
                    m.AgreementStatus.on_date,
                    m.AgreementStatus.document_ref,
                    m.AgreementStatus.comment,
                ).order_by(m.AgreementStatus.agreement_id, m.AgreementStatus.position)
            ).cursor
        )
        parties = (
            _Groups(
                connection.execute(
                    select(
                        m.AgreementParty.agreement_id,
                        m.AgreementParty.organisation_id,
                        m.AgreementParty.side,
                        m.Organisation.name_ru,
                        m.Organisation.kind,
                        signatory.name_ru,
                        m.AgreementParty.signatory_position,
                    )
                    .join(m.Organisation, m.Organisation.id == m.AgreementParty.organisation_id)
                    .outerjoin(signatory, signatory.id == m.AgreementParty.signatory_id)
                    .order_by(m.AgreementParty.agreement_id, m.AgreementParty.position)
                ).cursor
            )
            if with_parties
            else None
        )
        # the DB-API cursor iterates its rows (typed as DBAPICursor, which does not say so)
        for record_id, region_name, *values in cast(Iterable[tuple[Any, ...]], rows):
            for i in dates:
                values[i] = _date(values[i])
            for i in partial:
                values[i] = m.partial_date_of(values[i])
            for i in flags:
                values[i] = bool(values[i]) if values[i] is not None else None
            fields = dict(zip(FACT_FIELDS, values, strict=True))
            fields["region_name"] = region_name or ""
            facts = AgreementFacts(record_id, fields)
            for status, day, document, comment in steps.take(record_id):
                facts.steps.append((status, _date(day)))
                facts.documents.append((document, comment))
            if parties is not None:
                for organisation_id, side, name, kind, person, position in parties.take(record_id):
                    (facts.ours if side == "ours" else facts.foreign).append(name)
                    facts.parties.append(Party(organisation_id, side, name, kind, person, position))
            yield facts
