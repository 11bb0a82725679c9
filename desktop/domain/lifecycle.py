"""The agreement lifecycle: statuses, the allowed steps between them, and history checks.

The current status of an agreement is never typed in: it is the last step of its history.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from .choices import Choices
from .fields import Hint, RowProblem, Rows
from .i18n import QT_TRANSLATE_NOOP
from .partial_dates import date_bounds

AGREEMENT_STATUSES = Choices(
    "agreement_status",
    (
        ("intent", QT_TRANSLATE_NOOP("Domain", "Intent")),
        ("draft", QT_TRANSLATE_NOOP("Domain", "Draft")),
        ("sent_for_approval", QT_TRANSLATE_NOOP("Domain", "Sent for federal approval")),
        ("approved", QT_TRANSLATE_NOOP("Domain", "Approved")),
        ("approved_with_remarks", QT_TRANSLATE_NOOP("Domain", "Approved with remarks")),
        ("refused", QT_TRANSLATE_NOOP("Domain", "Refused")),
        ("signed", QT_TRANSLATE_NOOP("Domain", "Signed")),
        ("registration_pending", QT_TRANSLATE_NOOP("Domain", "Registration pending")),
        ("registered", QT_TRANSLATE_NOOP("Domain", "Registered")),
        ("in_force", QT_TRANSLATE_NOOP("Domain", "In force")),
        ("prolonged", QT_TRANSLATE_NOOP("Domain", "Prolonged")),
        ("expired", QT_TRANSLATE_NOOP("Domain", "Expired")),
        ("terminated", QT_TRANSLATE_NOOP("Domain", "Terminated")),
        ("superseded", QT_TRANSLATE_NOOP("Domain", "Superseded")),
        ("cancelled", QT_TRANSLATE_NOOP("Domain", "Cancelled")),
    ),
)

# A history may start at the beginning, or - for agreements older than the registry - at
# signature or registration, where the earlier steps are lost to the archive.
INITIAL_STATUSES = frozenset({"intent", "draft", "signed", "registered", "in_force"})

_ENDINGS = ("expired", "terminated", "superseded")

ALLOWED_STEPS: dict[str, frozenset[str]] = {
    "intent": frozenset({"draft", "cancelled"}),
    "draft": frozenset({"sent_for_approval", "signed", "cancelled"}),
    "sent_for_approval": frozenset({"approved", "approved_with_remarks", "refused", "cancelled"}),
    "approved": frozenset({"signed", "cancelled"}),
    "approved_with_remarks": frozenset({"draft", "signed", "cancelled"}),
    "refused": frozenset({"draft", "cancelled"}),
    "signed": frozenset({"registration_pending", "registered", "in_force", *_ENDINGS}),
    "registration_pending": frozenset({"registered", "in_force", "cancelled"}),
    "registered": frozenset({"in_force", "prolonged", *_ENDINGS}),
    "in_force": frozenset({"prolonged", *_ENDINGS}),
    "prolonged": frozenset({"prolonged", *_ENDINGS}),
    "expired": frozenset({"prolonged"}),  # a late prolongation revives it
    "terminated": frozenset(),
    "superseded": frozenset(),
    "cancelled": frozenset(),
}

# Statuses in which a signed agreement binds the parties (used by the reports).
BINDING_STATUSES = frozenset(
    {"signed", "registration_pending", "registered", "in_force", "prolonged"}
)
LAPSED_STATUSES = frozenset(_ENDINGS)
AWAITING_STATUSES = frozenset({"sent_for_approval", "registration_pending"})


@dataclass(frozen=True)
class StatusStep:
    status: str
    on_date: date | None
    document_ref: str = ""
    comment: str = ""


@dataclass(frozen=True)
class HistoryProblem:
    """What is wrong with one step of a history (index into the steps)."""

    index: int
    message: str
    params: tuple[tuple[str, str], ...] = ()


def next_statuses(current: str | None) -> list[str]:
    """Statuses the user may pick for a new step, in lifecycle order."""
    allowed = INITIAL_STATUSES if current is None else ALLOWED_STEPS.get(current, frozenset())
    return [code for code in AGREEMENT_STATUSES.codes() if code in allowed]


def check_history(steps: Sequence[StatusStep]) -> list[HistoryProblem]:
    """Every step must be a known status, dated, not earlier than the one before, and an
    allowed step from it. Only real dates are compared: a date still being typed is the
    cell's own problem, not this check's (and never a TypeError)."""
    problems: list[HistoryProblem] = []
    previous: StatusStep | None = None
    for index, step in enumerate(steps):
        if step.status not in AGREEMENT_STATUSES:
            problems.append(HistoryProblem(index, QT_TRANSLATE_NOOP("Domain", "Unknown status")))
            previous = None
            continue
        if not isinstance(step.on_date, date):
            problems.append(
                HistoryProblem(index, QT_TRANSLATE_NOOP("Domain", "Each status step needs a date"))
            )
        elif (
            previous is not None
            and isinstance(previous.on_date, date)
            and step.on_date < previous.on_date
        ):
            problems.append(
                HistoryProblem(
                    index,
                    QT_TRANSLATE_NOOP("Domain", "A step cannot be dated before the step before it"),
                )
            )
        if step.status not in next_statuses(previous.status if previous else None):
            problems.append(
                HistoryProblem(
                    index,
                    QT_TRANSLATE_NOOP("Domain", 'Cannot go from "{before}" to "{after}"'),
                    (
                        ("before", AGREEMENT_STATUSES.label(previous.status) if previous else "—"),
                        ("after", AGREEMENT_STATUSES.label(step.status)),
                    ),
                )
            )
        previous = step
    return problems


# -- the status history as a child list of the agreement (declared in entities/agreements.py)


def check_history_rows(rows: Rows) -> list[RowProblem]:
    """check_history over the cleaned rows of the history child list."""
    steps = [StatusStep(row.get("status") or "", row.get("on_date")) for row in rows]
    return [RowProblem(p.index, "status", p.message, p.params) for p in check_history(steps)]


def new_history() -> list[dict[str, Any]]:
    """A new agreement starts as a draft dated today."""
    return [{"status": "draft", "on_date": date.today()}]


def current_status(rows: Rows) -> str | None:
    """The current status is the last step's."""
    return rows[-1].get("status") if rows else None


def next_step_hint(rows: Rows) -> Hint:
    allowed = [AGREEMENT_STATUSES.label(code) for code in next_statuses(current_status(rows))]
    if not allowed:
        return Hint(QT_TRANSLATE_NOOP("Domain", "The agreement's history is complete."))
    return Hint(QT_TRANSLATE_NOOP("Domain", "Next step may be: {items}"), tuple(allowed))


# -- twin relations: established, suspended, resumed, ended (declared in entities/activities.py)

TWIN_STEPS = Choices(
    "twin_step",
    (
        ("established", QT_TRANSLATE_NOOP("Domain", "Established")),
        ("suspended", QT_TRANSLATE_NOOP("Domain", "Suspended")),
        ("resumed", QT_TRANSLATE_NOOP("Domain", "Resumed")),
        ("ended", QT_TRANSLATE_NOOP("Domain", "Ended")),
    ),
)
# A pair's history may begin anywhere: a register often records only that ties were
# suspended or broken off, years after they were established.
TWIN_ALLOWED_STEPS: dict[str | None, frozenset[str]] = {
    None: frozenset(TWIN_STEPS.codes()),
    "established": frozenset({"suspended", "ended"}),
    "suspended": frozenset({"resumed", "ended"}),
    "resumed": frozenset({"suspended", "ended"}),
    "ended": frozenset({"resumed"}),
}
# The pair's status (the registry's column and filter) follows from its last step.
TWIN_STATUS_OF_STEP = {
    "established": "active",
    "resumed": "active",
    "suspended": "suspended",
    "ended": "terminated",
}


def check_twin_rows(rows: Rows) -> list[RowProblem]:
    """Known steps, each allowed after the one before, none dated surely before it (a step
    of «2022» may follow one of «04.2022»). A step may be undated: old pairs' dates are
    often lost."""
    problems: list[RowProblem] = []
    previous: Mapping[str, Any] | None = None
    for index, row in enumerate(rows):
        step = row.get("status")
        before = previous.get("status") if previous else None
        if step not in TWIN_ALLOWED_STEPS.get(before, frozenset()):
            message = QT_TRANSLATE_NOOP("Domain", 'Cannot go from "{before}" to "{after}"')
            after = TWIN_STEPS.label(step) if step else "—"
            params = (("before", TWIN_STEPS.label(before) if before else "—"), ("after", after))
            problems.append(RowProblem(index, "status", message, params))
        earlier = date_bounds(previous.get("on_date") if previous else None)
        later = date_bounds(row.get("on_date"))
        if earlier and later and later[1] < earlier[0]:
            message = "A step cannot be dated before the step before it"  # marked above
            problems.append(RowProblem(index, "on_date", message))
        previous = row
    return problems


def twin_status(rows: Rows) -> str:
    """The pair's status: its last step's (a pair without a history is active)."""
    last = rows[-1].get("status") if rows else None
    # a cell that failed its own check reaches here as typed (any value): not a step
    return TWIN_STATUS_OF_STEP.get(last, "active") if isinstance(last, str) else "active"


def established_on(rows: Rows) -> Any:
    """The date of the history's «established» step (the first, if entered twice)."""
    return next((row.get("on_date") for row in rows if row.get("status") == "established"), None)


def twin_status_on(steps: Sequence[tuple[str, Any]], day: date) -> tuple[str, Any] | None:
    """The last (step, date) begun by ``day``; undated steps count as always begun."""
    found = None
    for step, on in steps:
        bounds = date_bounds(on)
        if bounds is None or bounds[0] <= day:
            found = (step, on)
    return found
