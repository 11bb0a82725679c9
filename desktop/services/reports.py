"""What the ministry report says, computed from the registry (no Excel, no Qt here).

Each table is a list of plain rows with typed values (dates stay dates, counts stay ints) and
columns whose labels come from the entity descriptions, so the report, the template filler and
any later format read the same data.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any

from ..domain import entities as E
from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.lifecycle import AGREEMENT_STATUSES
from ..domain.partial_dates import PartialDate
from ..domain.report_rows import Column, Report, ReportTable
from . import Services
from .report_activities import delegations_and_events, linked_activities
from .report_model import AgreementFacts, Party, add_months, iter_agreements
from .report_results import results_tables
from .report_ties import ties_tables
from .report_twins import twins_table

# offered to templates in every agreement table beside the built-in sheet's columns
AGREEMENT_FIELDS = (
    "scope",
    "signed_place",
    "entry_into_force",
    "valid_from",
    "term",
    "validity",
    "signatories",
    "our_signatories",
    "foreign_signatories",
    "our_municipalities",
    "partner_region",
    "original_location",
    "termination_reason",
    "termination_document",
    "languages",
    "responsible_officer",
    "activities",
    # what filters look at beyond the codes: country=adjacent, our_party=municipality
    "country_groups",
    "our_party_groups",
)


def cell(value: PartialDate | date | None) -> date | str | None:
    """A date for a report cell: a day as a date, «07.2016» or «2012» as written."""
    return value.cell_value() if isinstance(value, PartialDate) else value


class ReportBuilder:
    def __init__(self, services: Services, start: date, end: date, language: str) -> None:
        if end < start:
            raise ValueError("the period ends before it starts")
        self.services, self.start, self.end, self.language = services, start, end, language
        self.settings = services.settings.read()
        self.adjacent = self.settings.adjacent()
        self.activities: dict[int, str] = {}

    def t(self, text: str) -> str:
        return translate(text, self.language)

    def label(self, entity: Any, name: str) -> str:
        return self.t(entity.field(name).label)

    def choice(self, entity: Any, name: str, code: str | None) -> str:
        choices = entity.field(name).choices
        return self.t(choices.label(code)) if code and choices else ""

    def country(self, code: str | None) -> str:
        return self.services.country_name(code) if code else ""

    def country_groups(self, code: str | None) -> tuple[str, ...]:
        """The groups a country belongs to, for a template's ``country=adjacent``."""
        return ("adjacent",) if code in self.adjacent else ()

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
        # entry into force: the day of its «in force» step, else the start of its term
        entry = next((d for s, d in agreement.steps if s == "in_force"), None) or v["valid_from"]
        lapsed_on = extra.get("lapsed_on")  # in the lapsed table: what ended it that day
        ended = agreement.ended_by(lapsed_on)
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
            "scope": self.choice(A, "scope", v["scope"]),
            "signed_place": v["signed_place"] or "",
            "entry_into_force": cell(entry),
            "valid_from": cell(v["valid_from"]),
            "term": v["term"] or "",
            "validity": self._validity(agreement, valid_to),
            "signatories": "; ".join(s for p in agreement.parties if (s := _signed_by(p))),
            "our_signatories": _signatories(agreement.parties, "ours"),
            "foreign_signatories": _signatories(agreement.parties, "foreign"),
            "our_municipalities": "; ".join(
                p.name for p in agreement.parties if p.side == "ours" and p.kind == "municipality"
            ),
            "partner_region": v["region_name"],
            "original_location": v["original_location"] or "",
            "termination_reason": self._termination_reason(agreement, ended, lapsed_on),
            "termination_document": ended[1] or "",
            "languages": v["languages"] or "",
            "responsible_officer": v["responsible_officer"] or "",
            "activities": self.activities.get(agreement.id, ""),
            # codes beside what is shown, for a template's filters (scope=municipal)
            "country_code": v["country_code"],
            "scope_code": v["scope"],
            "country_groups": self.country_groups(v["country_code"]),
            # our_party=municipality: the kinds of our parties
            "our_party_groups": tuple(sorted(agreement.our_kinds())),
            **extra,
        }

    def _validity(self, agreement: AgreementFacts, valid_to: Any) -> str:
        """The term in words for a form's column: as written («5 лет с автоматической
        пролонгацией»), else «по 31.12.2027», else «бессрочно»."""
        v = agreement.values
        if v["term"]:
            return str(v["term"])
        if valid_to is not None:
            shown = valid_to.text() if isinstance(valid_to, PartialDate) else f"{valid_to:%d.%m.%Y}"
            text = self.t(QT_TRANSLATE_NOOP("Domain", "until {date}")).format(date=shown)
            if agreement.status_on(self.end) == "prolonged" and not agreement.prolonged_on(
                self.end
            ):
                # prolonged by a step, its new end not entered: the old one is not the end
                text += self.t(QT_TRANSLATE_NOOP("Domain", ", prolonged"))
            return text
        if v["open_ended"]:
            return self.t(QT_TRANSLATE_NOOP("Domain", "open-ended"))
        return ""

    def _termination_reason(
        self, agreement: AgreementFacts, ended: tuple[Any, ...], lapsed_on: date | None
    ) -> str:
        """The comment of the step that ended it, else that step («Прекращено»), else
        «Истёк срок действия» for one whose term ran out; empty for one still binding."""
        status, _, comment = ended
        if comment:
            return str(comment)
        if status:
            return self.t(AGREEMENT_STATUSES.label(status))
        if lapsed_on is not None or agreement.lapsed_by_term(self.end + timedelta(days=1)):
            return self.t(QT_TRANSLATE_NOOP("Domain", "the term ran out"))
        return ""

    def build(self) -> Report:
        settings = self.settings
        start, end = self.start, self.end
        self.activities = linked_activities(self)
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
            *delegations_and_events(self),
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
        twins = next(t for t in tables if t.key == "twins")
        tables += ties_tables(self, in_force, concluded, twins)  # for templates only: last
        for table in tables:
            if table.key.startswith("agreements_"):
                table.fields = AGREEMENT_FIELDS
        scalars = {
            "region": settings.region,
            # in a repeated row {{region}} is the partner's; ours keeps a name of its own
            "our_region": settings.region,
            "officer": settings.officer,
            "period_from": start,
            "period_to": end,
            "year": end.year,  # the year reported on: «за {{year}} год»
            "compiled_on": date.today(),
            "adjacent_countries": ", ".join(sorted(self.country(c) for c in self.adjacent)),
        }
        return Report(scalars, tables)

    @staticmethod
    def _numbered(table: ReportTable) -> ReportTable:
        for n, row in enumerate(table.rows, 1):
            row["n"] = n
        return table

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


def _signed_by(party: Party) -> str:
    """«Иванов И. И., губернатор области» (the signatory, with the position written for
    this agreement); empty when no signatory is recorded."""
    if not party.signatory:
        return ""
    return f"{party.signatory}, {party.position}" if party.position else party.signatory


def _signatories(parties: list[Party], side: str) -> str:
    return "; ".join(s for p in parties if p.side == side and (s := _signed_by(p)))


def build_report(services: Services, start: date, end: date, language: str = "ru") -> Report:
    return ReportBuilder(services, start, end, language).build()
