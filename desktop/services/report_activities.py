"""The delegations and events sheets of the report, with every stored field a template can
ask for (programme, members, host organisation, agreements signed during a visit), and what
was done under each agreement in the period: its results and the delegations linked to it."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from ..db import models as m
from ..domain import entities as E
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.report_rows import Column, ReportTable

if TYPE_CHECKING:
    from .reports import ReportBuilder

# offered to templates beside the built-in sheet's columns (README: "Filling a template")
DELEGATION_FIELDS = (
    "programme",
    "members",
    "members_count",
    "host",
    "agreements_signed",
    "event",
    "report_submitted_on",
    "country_groups",  # country=adjacent
)
EVENT_FIELDS = ("series", "country_groups")


def _joined(pairs: list[tuple[int, str]]) -> dict[int, str]:
    found: dict[int, list[str]] = defaultdict(list)
    for key, text in pairs:
        if text:
            found[key].append(text)
    return {key: "; ".join(texts) for key, texts in found.items()}


def _delegation_details(
    session: Any, ids: list[int]
) -> tuple[dict[int, str], dict[int, int], dict[int, str]]:
    """Members (as «name (role)») with their count, and agreements signed, per delegation."""
    members: list[tuple[int, str]] = []
    signed: list[tuple[int, str]] = []
    person, member, link = aliased(m.Person), m.DelegationMember, m.DelegationAgreement
    for chunk in (ids[i : i + 900] for i in range(0, len(ids), 900)):  # SQLite's bound limit
        for did, name, written, role in session.execute(
            select(member.delegation_id, person.name_ru, member.name, member.role)
            .outerjoin(person, person.id == member.person_id)
            .where(member.delegation_id.in_(chunk))
            .order_by(member.delegation_id, member.position)
        ):
            who = name or written or ""
            members.append((did, f"{who} ({role})" if who and role else who or role or ""))
        signed += session.execute(
            select(link.delegation_id, m.Agreement.title)
            .join(m.Agreement, m.Agreement.id == link.agreement_id)
            .where(link.delegation_id.in_(chunk))
            .order_by(link.delegation_id, link.position)
        ).all()
    counts = Counter(did for did, text in members if text)
    return _joined(members), dict(counts), _joined([(d, t) for d, t in signed])


def linked_activities(report: ReportBuilder) -> dict[int, str]:
    """agreement id -> what came of it in the period: its results dated in it, then the
    delegations of the period linked to it («12.05.2025, исходящая: цель — итог»)."""
    link, d = m.DelegationAgreement, m.Delegation
    with report.services.db.read() as session:
        rows = session.execute(
            select(link.agreement_id, d.date_from, d.direction, d.purpose, d.outcome)
            .join(d, d.id == link.delegation_id)
            .where(
                d.deleted_at.is_(None),
                d.date_from.between(report.start, report.end),
                d.status != "cancelled",
            )
            .order_by(link.agreement_id, d.date_from, d.id)
        ).all()
    from .report_results import results_of_agreements

    lines = results_of_agreements(report)  # its results first, then the visits linked to it
    for agreement_id, day, direction, purpose, outcome in rows:
        text = f"{day:%d.%m.%Y}, {report.choice(E.DELEGATIONS, 'direction', direction).lower()}"
        text += f": {purpose}" + (f" — {outcome}" if outcome else "")
        lines.append((agreement_id, text))
    return _joined(lines)


def delegations_and_events(report: ReportBuilder) -> list[ReportTable]:
    D, V, t = E.DELEGATIONS, E.EVENTS, report.t
    head, host, event = aliased(m.Person), aliased(m.Organisation), aliased(m.Event)
    with report.services.db.read() as session:
        delegations = session.execute(
            select(m.Delegation, head.name_ru, host.name_ru, event.name)
            .outerjoin(head, head.id == m.Delegation.head_person_id)
            .outerjoin(host, host.id == m.Delegation.host_organisation_id)
            .outerjoin(event, event.id == m.Delegation.event_id)
            .where(
                m.Delegation.deleted_at.is_(None),
                m.Delegation.date_from.between(report.start, report.end),
                m.Delegation.status != "cancelled",
            )
            .order_by(m.Delegation.direction, m.Delegation.date_from, m.Delegation.id)
        ).all()
        members, member_counts, signed = _delegation_details(
            session, [d.id for d, *_ in delegations]
        )
        events = session.scalars(
            select(m.Event)
            .where(
                m.Event.deleted_at.is_(None),
                m.Event.date_from.between(report.start, report.end),
            )
            .order_by(m.Event.date_from, m.Event.id)
        ).all()
    delegation_rows = [
        {
            "direction": report.choice(D, "direction", d.direction),
            "date_from": d.date_from,
            "date_to": d.date_to,
            "country": report.country(d.country_code),
            "places": d.places or "",
            "head": head_name or "",
            "head_level": report.choice(D, "head_level", d.head_level),
            "purpose": d.purpose,
            "format": report.choice(D, "format", d.format),
            "status": report.choice(D, "status", d.status),
            "outcome": d.outcome or "",
            "programme": d.programme or "",
            "members": members.get(d.id, ""),
            "members_count": member_counts.get(d.id, 0),
            "host": host_name or "",
            "agreements_signed": signed.get(d.id, ""),
            "event": event_name or "",
            "report_submitted_on": d.report_submitted_on,
            "direction_code": d.direction,
            "country_code": d.country_code,
            "country_groups": report.country_groups(d.country_code),
        }
        for d, head_name, host_name, event_name in delegations
    ]
    counts = Counter(r["direction_code"] for r in delegation_rows)
    delegation_table = report._numbered(
        ReportTable(
            "delegations",
            t(QT_TRANSLATE_NOOP("Domain", "Delegations")),
            t(QT_TRANSLATE_NOOP("Domain", "Delegations in the period")),
            [
                Column("n", "№", "int", 5),
                Column("direction", report.label(D, "direction"), width=11),
                Column("date_from", report.label(D, "date_from"), "date", 11),
                Column("date_to", report.label(D, "date_to"), "date", 11),
                Column("country", report.label(D, "country_code"), width=16),
                Column("places", report.label(D, "places"), width=22),
                Column("head", report.label(D, "head_person_id"), width=24),
                Column("head_level", report.label(D, "head_level"), width=20),
                Column("purpose", report.label(D, "purpose"), width=40),
                Column("format", report.label(D, "format"), width=10),
                Column("status", report.label(D, "status"), width=12),
                Column("outcome", report.label(D, "outcome"), width=30),
            ],
            delegation_rows,
            totals={
                "direction": t(QT_TRANSLATE_NOOP("Domain", "Total")),
                "date_from": len(delegation_rows),
                "country": t(
                    QT_TRANSLATE_NOOP("Domain", "incoming: {incoming}, outgoing: {outgoing}")
                ).format(incoming=counts["incoming"], outgoing=counts["outgoing"]),
            },
            fields=DELEGATION_FIELDS,
        )
    )
    event_table = report._numbered(
        ReportTable(
            "events",
            t(QT_TRANSLATE_NOOP("Domain", "Events")),
            t(QT_TRANSLATE_NOOP("Domain", "Forums and events in the period")),
            [
                Column("n", "№", "int", 5),
                Column("name", report.label(V, "name"), width=40),
                Column("kind", report.label(V, "kind"), width=12),
                Column("date_from", report.label(V, "date_from"), "date", 11),
                Column("date_to", report.label(V, "date_to"), "date", 11),
                Column("country", report.label(V, "country_code"), width=16),
                Column("place", report.label(V, "place"), width=18),
                Column("organiser", report.label(V, "organiser"), width=24),
                Column("our_participation", report.label(V, "our_participation"), width=24),
                Column("participation_level", report.label(V, "participation_level"), width=20),
                Column("outcome", report.label(V, "outcome"), width=30),
            ],
            [
                {
                    "name": e.name,
                    "kind": report.choice(V, "kind", e.kind),
                    "date_from": e.date_from,
                    "date_to": e.date_to,
                    "country": report.country(e.country_code),
                    "place": e.place or "",
                    "organiser": e.organiser or "",
                    "our_participation": e.our_participation or "",
                    "participation_level": report.choice(
                        V, "participation_level", e.participation_level
                    ),
                    "outcome": e.outcome or "",
                    "series": e.series or "",
                    "country_code": e.country_code,
                    "country_groups": report.country_groups(e.country_code),
                }
                for e in events
            ],
            fields=EVENT_FIELDS,
        )
    )
    return [delegation_table, event_table]
