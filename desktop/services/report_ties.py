"""The sheets the municipal and cross-border reports need beside the agreements: our
municipalities and their foreign ties, their membership of international organisations,
and the foreign consulates and honorary consuls in the registry."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import select
from sqlalchemy.orm import aliased

from ..db import models as m
from ..db.models_ties import OrganisationMembership
from ..domain import entities as E
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.partial_dates import date_bounds
from ..domain.report_rows import Column, ReportTable

if TYPE_CHECKING:
    from .report_model import AgreementFacts
    from .reports import ReportBuilder

CONSULAR_KINDS = ("consulate", "honorary_consul")


def _memberships(report: ReportBuilder) -> ReportTable:
    """Memberships that lasted into the period: begun by its last day (or of unknown date)
    and not ended before its first."""
    from .reports import cell

    ORG, t = E.ORGANISATIONS, report.t
    member, body, link = aliased(m.Organisation), aliased(m.Organisation), OrganisationMembership
    with report.services.db.read() as session:
        rows = session.execute(
            select(
                member.id,
                member.name_ru,
                member.kind,
                body.name_ru,
                body.country_code,
                link.since,
                link.until,
                link.comment,
            )
            .join(member, member.id == link.member_id)
            .join(body, body.id == link.organisation_id)
            .where(member.deleted_at.is_(None), body.deleted_at.is_(None))
            .order_by(member.name_ru, link.position, link.id)
        ).all()
    listed = []
    for member_id, name, kind, organisation, country, since, until, comment in rows:
        began, ended = date_bounds(since), date_bounds(until)
        if (began and began[0] > report.end) or (ended and ended[1] < report.start):
            continue
        listed.append(
            {
                "member": name,
                "member_kind": report.choice(ORG, "kind", kind),
                "organisation": organisation,
                "country": report.country(country),
                "since": cell(since),
                "until": cell(until),
                "comment": comment or "",
                "member_kind_code": kind,
                "our_party_groups": (kind,),
                "member_id": member_id,
            }
        )
    return report._numbered(
        ReportTable(
            "memberships",
            t(QT_TRANSLATE_NOOP("Domain", "Memberships")),
            t(QT_TRANSLATE_NOOP("Domain", "Membership of international organisations")),
            [
                Column("n", "№", "int", 5),
                Column("member", t(QT_TRANSLATE_NOOP("Domain", "Member")), width=34),
                Column("member_kind", report.label(ORG, "kind"), width=16),
                Column(
                    "organisation",
                    t(QT_TRANSLATE_NOOP("Domain", "International organisation")),
                    width=40,
                ),
                Column("country", report.label(ORG, "country_code"), width=16),
                Column("since", t(QT_TRANSLATE_NOOP("Domain", "Member since")), "date", 11),
                Column("until", t(QT_TRANSLATE_NOOP("Domain", "Member until")), "date", 11),
                Column("comment", t(QT_TRANSLATE_NOOP("Domain", "Note")), width=30),
            ],
            listed,
            fields=("our_party_groups",),
        )
    )


def _municipalities(
    report: ReportBuilder,
    in_force: list[AgreementFacts],
    concluded: list[AgreementFacts],
    twins: ReportTable,
    memberships: ReportTable,
) -> ReportTable:
    """Each of our municipalities, with what ties it has: agreements in force at the end of
    the period and concluded in it (as a party), twin pairs, memberships."""
    t = report.t
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    countries: dict[int, set[str]] = defaultdict(set)
    for key, agreements in (("in_force", in_force), ("concluded", concluded)):
        for a in agreements:
            for party in {p.organisation_id for p in a.parties if p.side == "ours"}:
                counts[party][key] += 1
                if key == "in_force":
                    countries[party].add(a.values["country_code"])
    for row in twins.rows:
        if row["status_code"] != "terminated":
            counts[row["our_organisation_id"]]["twins"] += 1
            countries[row["our_organisation_id"]].add(row["country_code"])
    member_of: dict[int, list[str]] = defaultdict(list)
    for row in memberships.rows:
        member_of[row["member_id"]].append(row["organisation"])
    with report.services.db.read() as session:
        ours = session.execute(
            select(m.Organisation.id, m.Organisation.name_ru)
            .where(
                m.Organisation.deleted_at.is_(None),
                m.Organisation.side == "ours",
                m.Organisation.kind == "municipality",
            )
            .order_by(m.Organisation.name_ru, m.Organisation.id)
        ).all()
    yes, no = t(QT_TRANSLATE_NOOP("Domain", "yes")), t(QT_TRANSLATE_NOOP("Domain", "no"))
    rows: list[dict[str, Any]] = []
    for oid, name in ours:
        c = counts.get(oid, {})
        tied = bool(c.get("in_force") or c.get("concluded") or c.get("twins") or member_of[oid])
        rows.append(
            {
                "name": name,
                "agreements_in_force": c.get("in_force", 0),
                "agreements_concluded": c.get("concluded", 0),
                "twins": c.get("twins", 0),
                "memberships": "; ".join(member_of[oid]),
                "countries": ", ".join(
                    sorted(report.country(code) for code in countries.get(oid, set()) if code)
                ),
                "ties": yes if tied else no,
                "ties_code": "yes" if tied else "no",
            }
        )
    return report._numbered(
        ReportTable(
            "municipalities",
            t(QT_TRANSLATE_NOOP("Domain", "Municipalities")),
            t(QT_TRANSLATE_NOOP("Domain", "Municipalities and their foreign ties")),
            [
                Column("n", "№", "int", 5),
                Column("name", t(QT_TRANSLATE_NOOP("Domain", "Municipality")), width=34),
                Column("ties", t(QT_TRANSLATE_NOOP("Domain", "Has foreign ties")), width=10),
                Column(
                    "agreements_in_force",
                    t(QT_TRANSLATE_NOOP("Domain", "Agreements in force")),
                    "int",
                    12,
                ),
                Column(
                    "agreements_concluded",
                    t(QT_TRANSLATE_NOOP("Domain", "Signed in the period")),
                    "int",
                    12,
                ),
                Column("twins", t(QT_TRANSLATE_NOOP("Domain", "Twin pairs")), "int", 10),
                Column("countries", t(QT_TRANSLATE_NOOP("Domain", "Partner countries")), width=30),
                Column(
                    "memberships",
                    t(QT_TRANSLATE_NOOP("Domain", "Membership of international organisations")),
                    width=36,
                ),
            ],
            rows,
        )
    )


def _consulates(report: ReportBuilder) -> ReportTable:
    ORG, t = E.ORGANISATIONS, report.t
    org = m.Organisation
    with report.services.db.read() as session:
        found = session.execute(
            select(
                org.id,
                org.name_ru,
                org.kind,
                org.country_code,
                org.city,
                org.address,
                org.phones,
                org.email,
                org.website,
            )
            .where(org.deleted_at.is_(None), org.kind.in_(CONSULAR_KINDS))
            .order_by(org.kind, org.country_code, org.name_ru, org.id)
        ).all()
        heads: dict[int, list[str]] = defaultdict(list)
        ids = [row[0] for row in found]
        for chunk in (ids[i : i + 900] for i in range(0, len(ids), 900)):  # SQLite's bound limit
            for oid, person, position in session.execute(
                select(m.Person.organisation_id, m.Person.name_ru, m.Person.position)
                .where(
                    m.Person.organisation_id.in_(chunk),
                    m.Person.deleted_at.is_(None),
                    m.Person.active.is_(True),
                )
                .order_by(m.Person.organisation_id, m.Person.id)
            ):
                heads[cast(int, oid)].append(f"{person}, {position}" if position else person)
    rows = [
        {
            "name": name,
            "kind": report.choice(ORG, "kind", kind),
            "country": report.country(country),
            "city": city or "",
            "address": address or "",
            "phones": phones or "",
            "email": email or "",
            "website": website or "",
            "people": "; ".join(heads.get(oid, [])),
            "kind_code": kind,
            "country_code": country,
            "country_groups": report.country_groups(country),
        }
        for oid, name, kind, country, city, address, phones, email, website in found
    ]
    return report._numbered(
        ReportTable(
            "consulates",
            t(QT_TRANSLATE_NOOP("Domain", "Consulates")),
            t(QT_TRANSLATE_NOOP("Domain", "Foreign consulates and honorary consuls")),
            [
                Column("n", "№", "int", 5),
                Column("name", report.label(ORG, "name_ru"), width=40),
                Column("kind", report.label(ORG, "kind"), width=16),
                Column("country", report.label(ORG, "country_code"), width=16),
                Column("city", report.label(ORG, "city"), width=16),
                Column("address", report.label(ORG, "address"), width=30),
                Column("people", t(QT_TRANSLATE_NOOP("Domain", "People")), width=30),
                Column("phones", report.label(ORG, "phones"), width=18),
                Column("email", report.label(ORG, "email"), width=22),
            ],
            rows,
            fields=("website", "country_groups"),
        )
    )


def ties_tables(
    report: ReportBuilder,
    in_force: list[AgreementFacts],
    concluded: list[AgreementFacts],
    twins: ReportTable,
) -> list[ReportTable]:
    memberships = _memberships(report)
    tables = [
        _municipalities(report, in_force, concluded, twins, memberships),
        memberships,
        _consulates(report),
    ]
    for table in tables:
        table.in_workbook = False  # the forms' tables: the built-in workbook stays as it was
    return tables
