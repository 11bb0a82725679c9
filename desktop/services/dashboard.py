"""What needs attention today, and the figures behind the dashboard's charts."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from ..db import models as m
from ..domain.entities import ALL
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.lifecycle import AGREEMENT_STATUSES, AWAITING_STATUSES, BINDING_STATUSES
from . import Services
from .outcomes import overdue_items
from .report_forms import FORMS
from .report_model import add_months, iter_agreements

LIST_LIMIT = 200
# the registries the board is built from
READS = ("agreements", "delegations", "events", "twins")


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
    overdue: list[Attention] = field(default_factory=list)  # plan items past their deadline
    report_due: date | None = None
    days_to_report: int = 0
    in_force_by_country: list[tuple[str, int]] = field(default_factory=list)
    delegations_per_year: dict[int, tuple[int, int]] = field(default_factory=dict)
    signed_per_year: dict[int, int] = field(default_factory=dict)
    empty: bool = False  # the registry holds no record at all: Home shows where to start
    # the built-in forms the office submits (settings): title (English source), due, days left
    form_deadlines: list[tuple[str, date, int]] = field(default_factory=list)
    # each list's whole count: the lists themselves stop at LIST_LIMIT
    totals: dict[str, int] = field(default_factory=dict)


def next_report_date(today: date, month: int, day: int) -> date:
    due = date(today.year, month, day)
    return due if due >= today else date(today.year + 1, month, day)


def build_dashboard(
    services: Services, today: date | None = None, rules: DashboardRules | None = None
) -> Dashboard:
    today = today or date.today()
    rules = rules or DashboardRules()
    board = Dashboard()
    board.empty = not any(services[e.name].count() for e in ALL)
    board.report_due = next_report_date(today, *rules.report_due)
    board.days_to_report = (board.report_due - today).days
    submitted = services.settings.read().forms()
    for form in FORMS:
        if form.key in submitted and (due := form.due_after(today)) is not None:
            board.form_deadlines.append((form.title, due, (due - today).days))
    board.form_deadlines.sort(key=lambda item: item[1])

    horizon = add_months(today, rules.expiring_months)
    waited_since = today - timedelta(days=rules.awaiting_days)
    by_country: Counter[str] = Counter()
    signed_per_year: Counter[int] = Counter()
    # One pass over the agreements, keeping only what is listed (100,000 of them at once
    # took 240 MB that stayed with the process).
    for a in iter_agreements(services.db, with_parties=False):  # the board shows no parties
        status, since = a.steps[-1] if a.steps else (None, None)
        title, valid_to = a.values["title"], a.term_end()
        if a.in_force_on(today):
            by_country[a.values["country_code"]] += 1
            if valid_to and today <= valid_to <= horizon and not a.values["auto_prolongation"]:
                board.expiring.append(Attention("agreements", a.id, title, valid_to))
        if (signed := a.signed_on()) is not None:
            signed_per_year[signed.year] += 1
        if status in AWAITING_STATUSES and since is not None and since <= waited_since:
            board.awaiting.append(
                Attention("agreements", a.id, title, since, AGREEMENT_STATUSES.label(status))
            )
        missing = None
        if status in BINDING_STATUSES and not signed:
            missing = QT_TRANSLATE_NOOP("Domain", "no signing date")
        elif status in ("registered", "in_force") and not a.values["reg_number"]:
            missing = QT_TRANSLATE_NOOP("Domain", "no registration number")
        if missing:
            board.incomplete.append(Attention("agreements", a.id, title, None, missing))
    board.expiring.sort(key=lambda item: item.day or date.max)
    board.awaiting.sort(key=lambda item: item.day or date.min)

    soon = today + timedelta(days=rules.upcoming_days)
    report_late = today - timedelta(days=10)
    per_year: dict[int, Counter[str]] = defaultdict(Counter)
    with services.db.read() as session:
        events = session.execute(
            select(m.Event.id, m.Event.name, m.Event.date_from).where(
                m.Event.deleted_at.is_(None), m.Event.date_from.between(today, soon)
            )
        ).all()
        delegations = session.connection().execute(  # streamed, not held: 100,000 rows
            select(
                m.Delegation.id,
                m.Delegation.purpose,
                m.Delegation.date_from,
                m.Delegation.status,
                m.Delegation.direction,
                m.Delegation.report_submitted_on,
                m.Delegation.date_to,
            ).where(m.Delegation.deleted_at.is_(None))
        )
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
    board.overdue = sorted(
        (
            Attention(entity, record_id, f"{title} — {measure}", day)
            for entity, record_id, title, measure, day in overdue_items(services, today)
        ),
        key=lambda item: (item.day or date.min, item.title),
    )
    for name in ("expiring", "awaiting", "upcoming", "incomplete", "overdue"):
        board.totals[name] = len(getattr(board, name))
        setattr(board, name, getattr(board, name)[:LIST_LIMIT])

    board.in_force_by_country = [
        (services.country_name(code), n) for code, n in by_country.most_common(15)
    ]
    board.delegations_per_year = {
        year: (c["incoming"], c["outgoing"]) for year, c in sorted(per_year.items())
    }
    board.signed_per_year = dict(sorted(signed_per_year.items()))
    return board
