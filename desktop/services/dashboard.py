"""What needs attention today, and the figures behind the dashboard's charts."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from ..db import models as m
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.lifecycle import AGREEMENT_STATUSES, AWAITING_STATUSES, BINDING_STATUSES
from . import Services
from .report_model import add_months, load_agreements

LIST_LIMIT = 200


@dataclass(frozen=True)
class Attention:
    entity: str  # registry name, to open the record
    record_id: int
    title: str
    day: date | None  # the date that matters (expiry, start, since)
    note: str = ""  # English source text, translated in the UI


@dataclass(frozen=True)
class DashboardRules:
    expiring_months: int = 6
    awaiting_days: int = 60
    upcoming_days: int = 30
    report_due: tuple[int, int] = (2, 1)  # (month, day) of the annual report


@dataclass
class Dashboard:
    expiring: list[Attention] = field(default_factory=list)
    awaiting: list[Attention] = field(default_factory=list)
    upcoming: list[Attention] = field(default_factory=list)
    incomplete: list[Attention] = field(default_factory=list)
    report_due: date | None = None
    days_to_report: int = 0
    in_force_by_country: list[tuple[str, int]] = field(default_factory=list)
    delegations_per_year: dict[int, tuple[int, int]] = field(default_factory=dict)
    signed_per_year: dict[int, int] = field(default_factory=dict)


def next_report_date(today: date, month: int, day: int) -> date:
    due = date(today.year, month, day)
    return due if due >= today else date(today.year + 1, month, day)


def build_dashboard(
    services: Services, today: date | None = None, rules: DashboardRules | None = None
) -> Dashboard:
    today = today or date.today()
    rules = rules or DashboardRules()
    board = Dashboard()
    board.report_due = next_report_date(today, *rules.report_due)
    board.days_to_report = (board.report_due - today).days

    agreements = load_agreements(services.db)
    horizon = add_months(today, rules.expiring_months)
    in_force = [a for a in agreements if a.in_force_on(today)]
    for a in sorted(in_force, key=lambda a: a.values["valid_to"] or date.max):
        valid_to = a.values["valid_to"]
        if valid_to and today <= valid_to <= horizon and not a.values["auto_prolongation"]:
            board.expiring.append(Attention("agreements", a.id, a.values["title"], valid_to))
    waited_since = today - timedelta(days=rules.awaiting_days)
    for a in agreements:
        status, since = a.steps[-1] if a.steps else (None, None)
        title = a.values["title"]
        if status in AWAITING_STATUSES and since is not None and since <= waited_since:
            board.awaiting.append(
                Attention("agreements", a.id, title, since, AGREEMENT_STATUSES.label(status))
            )
        missing = None
        if status in BINDING_STATUSES and not a.signed_on():
            missing = QT_TRANSLATE_NOOP("Domain", "no signing date")
        elif status in ("registered", "in_force") and not a.values["reg_number"]:
            missing = QT_TRANSLATE_NOOP("Domain", "no registration number")
        if missing:
            board.incomplete.append(Attention("agreements", a.id, title, None, missing))
    board.awaiting.sort(key=lambda item: item.day or date.min)

    soon = today + timedelta(days=rules.upcoming_days)
    report_late = today - timedelta(days=10)
    with services.db.read() as session:
        delegations = session.execute(
            select(
                m.Delegation.id,
                m.Delegation.purpose,
                m.Delegation.date_from,
                m.Delegation.status,
                m.Delegation.direction,
                m.Delegation.report_submitted_on,
                m.Delegation.date_to,
            ).where(m.Delegation.deleted_at.is_(None))
        ).all()
        events = session.execute(
            select(m.Event.id, m.Event.name, m.Event.date_from).where(
                m.Event.deleted_at.is_(None), m.Event.date_from.between(today, soon)
            )
        ).all()
    per_year: dict[int, Counter[str]] = defaultdict(Counter)
    for did, purpose, start, status, direction, reported, end in delegations:
        if today <= start <= soon and status != "cancelled":
            board.upcoming.append(Attention("delegations", did, purpose, start))
        if status == "held" and not reported and (end or start) <= report_late:
            board.incomplete.append(
                Attention(
                    "delegations",
                    did,
                    purpose,
                    end or start,
                    QT_TRANSLATE_NOOP("Domain", "no trip report"),
                )
            )
        if status == "held":
            per_year[start.year][direction] += 1
    board.upcoming += [Attention("events", eid, name, start) for eid, name, start in events]
    board.upcoming.sort(key=lambda item: item.day or date.max)
    for name in ("expiring", "awaiting", "upcoming", "incomplete"):
        setattr(board, name, getattr(board, name)[:LIST_LIMIT])

    by_country = Counter(a.values["country_code"] for a in in_force)
    board.in_force_by_country = [
        (services.country_name(code), n) for code, n in by_country.most_common(15)
    ]
    board.delegations_per_year = {
        year: (c["incoming"], c["outgoing"]) for year, c in sorted(per_year.items())
    }
    board.signed_per_year = dict(
        sorted(Counter(d.year for a in agreements if (d := a.signed_on())).items())
    )
    return board
