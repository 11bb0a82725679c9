"""What the ministry report says, computed from the registry (no Excel, no Qt here).

Each table is a list of plain rows with typed values (dates stay dates, counts stay ints) and
columns whose labels come from the entity descriptions, so the report, the template filler and
any later format read the same data.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from ..db import models as m
from ..domain import entities as E
from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.lifecycle import AGREEMENT_STATUSES
from ..domain.partial_dates import PartialDate
from ..domain.report_rows import Column, Report, ReportTable
from . import Services
from .report_model import AgreementFacts, add_months, iter_agreements
from .report_results import results_tables
from .report_twins import twins_table


def cell(value: PartialDate | date | None) -> date | str | None:
    """A date for a report cell: a day as a date, «07.2016» or «2012» as written."""
    return value.cell_value() if isinstance(value, PartialDate) else value


class ReportBuilder:
    def __init__(self, services: Services, start: date, end: date, language: str) -> None:
        if end < start:
            raise ValueError("the period ends before it starts")
        self.services, self.start, self.end, self.language = services, start, end, language

    def t(self, text: str) -> str:
        return translate(text, self.language)

    def label(self, entity: Any, name: str) -> str:
        return self.t(entity.field(name).label)

    def choice(self, entity: Any, name: str, code: str | None) -> str:
        choices = entity.field(name).choices
        return self.t(choices.label(code)) if code and choices else ""

    def country(self, code: str | None) -> str:
        return self.services.country_name(code) if code else ""

    # -- loading -------------------------------------------------------------------------

    # -- tables --------------------------------------------------------------------------

    def _agreement_columns(self, extra: list[Column]) -> list[Column]:
        A = E.AGREEMENTS
        return [
            Column("n", "№", "int", 5),
            Column("title", self.label(A, "title"), width=44),
            Column("kind", self.label(A, "kind"), width=18),
            Column("country", self.label(A, "country_code"), width=16),
            Column("region", self.label(A, "region_id"), width=22),
            Column("our_parties", self.t(QT_TRANSLATE_NOOP("Domain", "Our parties")), width=26),
            Column(
                "foreign_parties", self.t(QT_TRANSLATE_NOOP("Domain", "Foreign parties")), width=26
            ),
            Column("signed_on", self.label(A, "signed_on"), "date", 11),
            Column("valid_to", self.label(A, "valid_to"), "date", 11),
            Column("reg_number", self.label(A, "reg_number"), width=10),
            Column("reg_date", self.label(A, "reg_date"), "date", 11),
            Column("spheres", self.label(A, "spheres"), width=24),
            *extra,
        ]

    def _agreement_row(self, agreement: AgreementFacts, **extra: Any) -> dict[str, Any]:
        A, v = E.AGREEMENTS, agreement.values
        spheres = (v["spheres"] or "").split(",") if v["spheres"] else []
        signed = agreement.signed_on()
        # prolonged automatically: the end of the term running at the end of the period
        prolonged = agreement.prolonged_on(self.end)
        valid_to = agreement.current_end(self.end) if prolonged else v["valid_to"]
        return {
            "title": v["title"],
            "kind": self.choice(A, "kind", v["kind"]),
            "country": self.country(v["country_code"]),
            "region": v["region_name"],
            "our_parties": "; ".join(agreement.ours),
            "foreign_parties": "; ".join(agreement.foreign),
            "signed_on": cell(signed),
            "valid_to": cell(valid_to),
            "reg_number": v["reg_number"] or "",
            "reg_date": v["reg_date"],
            "spheres": ", ".join(self.choice(A, "spheres", s) for s in spheres),
            # codes beside what is shown, for a template's filters (scope=municipal)
            "country_code": v["country_code"],
            "scope_code": v["scope"],
            **extra,
        }

    def build(self) -> Report:
        settings = self.services.settings.read()
        start, end = self.start, self.end
        status_label = self.t(QT_TRANSLATE_NOOP("Domain", "Status at the end of the period"))

        def status_text(agreement: AgreementFacts) -> str:
            status = self.t(AGREEMENT_STATUSES.label(agreement.status_on(end) or ""))
            if not agreement.prolonged_on(end):
                return status
            marked = self.t(QT_TRANSLATE_NOOP("Domain", "{status}, prolonged automatically"))
            return marked.format(status=status)

        in_force: list[AgreementFacts] = []
        concluded: list[AgreementFacts] = []
        lapsed: list[tuple[AgreementFacts, date]] = []
        for a in iter_agreements(self.services.db):  # only those listed stay in memory
            if a.in_force_on(end):
                in_force.append(a)
            if (signed := a.signed_on()) and signed.within(start, end):
                concluded.append(a)
            if lapsed_on := a.lapsed_on(start, end):
                lapsed.append((a, lapsed_on))
        horizon = add_months(end, 12)
        expiring = [
            a
            for a in in_force
            if (last := a.term_end())
            and end < last <= horizon
            and not a.values["auto_prolongation"]
        ]
        expiring.sort(key=lambda a: a.term_end() or horizon)

        tables = [
            self._numbered(
                ReportTable(
                    "agreements_in_force",
                    self.t(QT_TRANSLATE_NOOP("Domain", "Agreements in force")),
                    self.t(QT_TRANSLATE_NOOP("Domain", "Agreements in force on {date}")).format(
                        date=end.strftime("%d.%m.%Y")
                    ),
                    self._agreement_columns([Column("status", status_label, width=18)]),
                    [self._agreement_row(a, status=status_text(a)) for a in in_force],
                )
            ),
            self._numbered(
                ReportTable(
                    "agreements_concluded",
                    self.t(QT_TRANSLATE_NOOP("Domain", "Concluded")),
                    self.t(QT_TRANSLATE_NOOP("Domain", "Agreements concluded in the period")),
                    self._agreement_columns([Column("status", status_label, width=18)]),
                    [self._agreement_row(a, status=status_text(a)) for a in concluded],
                )
            ),
            self._numbered(
                ReportTable(
                    "agreements_lapsed",
                    self.t(QT_TRANSLATE_NOOP("Domain", "Lapsed")),
                    self.t(QT_TRANSLATE_NOOP("Domain", "Agreements that lapsed in the period")),
                    self._agreement_columns(
                        [
                            Column(
                                "lapsed_on",
                                self.t(QT_TRANSLATE_NOOP("Domain", "Lapsed on")),
                                "date",
                                11,
                            ),
                            Column("status", status_label, width=18),
                        ]
                    ),
                    [self._agreement_row(a, lapsed_on=d, status=status_text(a)) for a, d in lapsed],
                )
            ),
            *self._delegations_and_events(),
            twins_table(self),
        ]
        tables.insert(len(tables), self._summary(in_force, concluded, tables))
        tables.append(
            self._numbered(
                ReportTable(
                    "agreements_expiring",
                    self.t(QT_TRANSLATE_NOOP("Domain", "Expiring")),
                    self.t(
                        QT_TRANSLATE_NOOP(
                            "Domain", "Agreements expiring within 12 months after {date}"
                        )
                    ).format(date=end.strftime("%d.%m.%Y")),
                    self._agreement_columns([Column("status", status_label, width=18)]),
                    [self._agreement_row(a, status=status_text(a)) for a in expiring],
                )
            )
        )
        tables += results_tables(self)  # what came of the ties, after the lists of them
        scalars = {
            "region": settings.region,
            # in a repeated row {{region}} is the partner's; ours keeps a name of its own
            "our_region": settings.region,
            "officer": settings.officer,
            "period_from": start,
            "period_to": end,
            "compiled_on": date.today(),
        }
        return Report(scalars, tables)

    @staticmethod
    def _numbered(table: ReportTable) -> ReportTable:
        for n, row in enumerate(table.rows, 1):
            row["n"] = n
        return table

    def _delegations_and_events(self) -> list[ReportTable]:
        D, V = E.DELEGATIONS, E.EVENTS
        head = aliased(m.Person)
        with self.services.db.read() as session:
            delegations = session.execute(
                select(m.Delegation, head.name_ru)
                .outerjoin(head, head.id == m.Delegation.head_person_id)
                .where(
                    m.Delegation.deleted_at.is_(None),
                    m.Delegation.date_from.between(self.start, self.end),
                    m.Delegation.status != "cancelled",
                )
                .order_by(m.Delegation.direction, m.Delegation.date_from, m.Delegation.id)
            ).all()
            events = session.scalars(
                select(m.Event)
                .where(
                    m.Event.deleted_at.is_(None), m.Event.date_from.between(self.start, self.end)
                )
                .order_by(m.Event.date_from, m.Event.id)
            ).all()
        delegation_rows = [
            {
                "direction": self.choice(D, "direction", d.direction),
                "date_from": d.date_from,
                "date_to": d.date_to,
                "country": self.country(d.country_code),
                "places": d.places or "",
                "head": head_name or "",
                "head_level": self.choice(D, "head_level", d.head_level),
                "purpose": d.purpose,
                "format": self.choice(D, "format", d.format),
                "status": self.choice(D, "status", d.status),
                "outcome": d.outcome or "",
                "direction_code": d.direction,
                "country_code": d.country_code,
            }
            for d, head_name in delegations
        ]
        counts = Counter(r["direction_code"] for r in delegation_rows)
        delegation_table = self._numbered(
            ReportTable(
                "delegations",
                self.t(QT_TRANSLATE_NOOP("Domain", "Delegations")),
                self.t(QT_TRANSLATE_NOOP("Domain", "Delegations in the period")),
                [
                    Column("n", "№", "int", 5),
                    Column("direction", self.label(D, "direction"), width=11),
                    Column("date_from", self.label(D, "date_from"), "date", 11),
                    Column("date_to", self.label(D, "date_to"), "date", 11),
                    Column("country", self.label(D, "country_code"), width=16),
                    Column("places", self.label(D, "places"), width=22),
                    Column("head", self.label(D, "head_person_id"), width=24),
                    Column("head_level", self.label(D, "head_level"), width=20),
                    Column("purpose", self.label(D, "purpose"), width=40),
                    Column("format", self.label(D, "format"), width=10),
                    Column("status", self.label(D, "status"), width=12),
                    Column("outcome", self.label(D, "outcome"), width=30),
                ],
                delegation_rows,
                totals={
                    "direction": self.t(QT_TRANSLATE_NOOP("Domain", "Total")),
                    "date_from": len(delegation_rows),
                    "country": self.t(
                        QT_TRANSLATE_NOOP("Domain", "incoming: {incoming}, outgoing: {outgoing}")
                    ).format(incoming=counts["incoming"], outgoing=counts["outgoing"]),
                },
            )
        )
        event_table = self._numbered(
            ReportTable(
                "events",
                self.t(QT_TRANSLATE_NOOP("Domain", "Events")),
                self.t(QT_TRANSLATE_NOOP("Domain", "Forums and events in the period")),
                [
                    Column("n", "№", "int", 5),
                    Column("name", self.label(V, "name"), width=40),
                    Column("kind", self.label(V, "kind"), width=12),
                    Column("date_from", self.label(V, "date_from"), "date", 11),
                    Column("date_to", self.label(V, "date_to"), "date", 11),
                    Column("country", self.label(V, "country_code"), width=16),
                    Column("place", self.label(V, "place"), width=18),
                    Column("organiser", self.label(V, "organiser"), width=24),
                    Column("our_participation", self.label(V, "our_participation"), width=24),
                    Column("participation_level", self.label(V, "participation_level"), width=20),
                    Column("outcome", self.label(V, "outcome"), width=30),
                ],
                [
                    {
                        "name": e.name,
                        "kind": self.choice(V, "kind", e.kind),
                        "date_from": e.date_from,
                        "date_to": e.date_to,
                        "country": self.country(e.country_code),
                        "place": e.place or "",
                        "organiser": e.organiser or "",
                        "our_participation": e.our_participation or "",
                        "participation_level": self.choice(
                            V, "participation_level", e.participation_level
                        ),
                        "outcome": e.outcome or "",
                        "country_code": e.country_code,
                    }
                    for e in events
                ],
            )
        )
        return [delegation_table, event_table]

    def _summary(
        self,
        in_force: list[AgreementFacts],
        concluded: list[AgreementFacts],
        tables: list[ReportTable],
    ) -> ReportTable:
        by_country: dict[str, Counter[str]] = defaultdict(Counter)
        for a in in_force:
            by_country[a.values["country_code"]]["in_force"] += 1
        for a in concluded:
            by_country[a.values["country_code"]]["signed"] += 1
        delegations = next(t for t in tables if t.key == "delegations")
        for row in delegations.rows:
            by_country[row["country_code"]][row["direction_code"]] += 1
        for row in next(t for t in tables if t.key == "events").rows:
            if row["country_code"]:
                by_country[row["country_code"]]["events"] += 1
        for row in next(t for t in tables if t.key == "twins").rows:
            if row["status_code"] == "active":
                by_country[row["country_code"]]["twins"] += 1
        keys = ("in_force", "signed", "incoming", "outgoing", "events", "twins")
        named = sorted(
            ((self.country(code), counts) for code, counts in by_country.items()),
            key=lambda pair: pair[0],
        )
        rows: list[dict[str, Any]] = [
            {"country": name, **{k: counts[k] for k in keys}} for name, counts in named
        ]
        t = self.t
        columns = [
            Column("n", "№", "int", 5),
            Column("country", t("Country"), width=24),
            Column("in_force", t(QT_TRANSLATE_NOOP("Domain", "Agreements in force")), "int", 12),
            Column("signed", t(QT_TRANSLATE_NOOP("Domain", "Signed in the period")), "int", 12),
            Column("incoming", t(QT_TRANSLATE_NOOP("Domain", "Visits to us")), "int", 10),
            Column("outgoing", t(QT_TRANSLATE_NOOP("Domain", "Visits abroad")), "int", 10),
            Column("events", t("Events"), "int", 10),
            Column("twins", t(QT_TRANSLATE_NOOP("Domain", "Active twin pairs")), "int", 10),
        ]
        totals = {"country": t("Total"), **{k: sum(r[k] for r in rows) for k in keys}}
        return self._numbered(
            ReportTable(
                "summary_by_country",
                self.t(QT_TRANSLATE_NOOP("Domain", "By country")),
                t(QT_TRANSLATE_NOOP("Domain", "Summary by country")),
                columns,
                rows,
                totals,
            )
        )


def build_report(services: Services, start: date, end: date, language: str = "ru") -> Report:
    return ReportBuilder(services, start, end, language).build()
