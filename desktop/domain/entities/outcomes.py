"""What came of a tie: the dated results of an agreement or a twin relation, and its plan
of measures (road map) with deadlines, who is responsible and how far each item got.

Both are child lists (``../fields.py`` ``Child``) declared once here and given to each
parent with its own table and the parent field its dates may not precede (an agreement's
signing, a twin pair's establishment): the form, validation, search, Excel and the offline
exchange follow from the description.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from ..choices import Choices
from ..fields import Child, Field, Kind, RowProblem, Rows
from ..i18n import QT_TRANSLATE_NOOP
from ..partial_dates import date_bounds
from .common import choice

RESULT_KINDS = Choices(
    "result_kind",
    (
        ("delegation", QT_TRANSLATE_NOOP("Domain", "Delegation")),
        ("event", QT_TRANSLATE_NOOP("Domain", "Event")),
        ("project", QT_TRANSLATE_NOOP("Domain", "Project")),
        ("document", QT_TRANSLATE_NOOP("Domain", "Document")),
        ("figure", QT_TRANSLATE_NOOP("Domain", "Figure")),
        ("other", QT_TRANSLATE_NOOP("Domain", "Other")),
    ),
)

PLAN_STATUSES = Choices(
    "plan_status",
    (
        ("planned", QT_TRANSLATE_NOOP("Domain", "Planned")),
        ("in_progress", QT_TRANSLATE_NOOP("Domain", "In progress")),
        ("done", QT_TRANSLATE_NOOP("Domain", "Done")),
        ("cancelled", QT_TRANSLATE_NOOP("Domain", "Cancelled")),
    ),
)
CLOSED_STATUSES = frozenset({"done", "cancelled"})  # an item no longer waited for


def is_overdue(row: Mapping[str, Any], today: date) -> bool:
    """A plan item past its deadline (a «2025» deadline: past 31.12.2025) and not closed."""
    bounds = date_bounds(row.get("deadline"))
    return bounds is not None and bounds[1] < today and row.get("status") not in CLOSED_STATUSES


def _before(value: Any, since: Any) -> bool:
    """Whether ``value`` lies surely before ``since`` (dates of either precision)."""
    mine, theirs = date_bounds(value), date_bounds(since)
    return mine is not None and theirs is not None and mine[1] < theirs[0]


# the record's values -> the day its ties began (an agreement's signing), None if unknown
Since = Callable[[Mapping[str, Any]], Any]


def _shown(day: Any) -> str:
    """A date as the form writes it: «01.03.2020», or «03.2020» / «2020» as known."""
    return day.strftime("%d.%m.%Y") if isinstance(day, date) else str(day)


def results_check(began: Since) -> Any:
    def check(rows: Rows, record: Mapping[str, Any]) -> list[RowProblem]:
        since = began(record)
        return [
            RowProblem(
                index,
                "on_date",
                QT_TRANSLATE_NOOP(
                    "Domain", "Dated before the ties began ({since}): correct the date"
                ),
                (("since", _shown(since)),),
            )
            for index, row in enumerate(rows)
            if _before(row.get("on_date"), since)
        ]

    return check


def plan_check(began: Since) -> Any:
    """«Done on» is given when an item is done, only then, and not before the ties began."""

    def check(rows: Rows, record: Mapping[str, Any]) -> list[RowProblem]:
        since = began(record)
        problems: list[RowProblem] = []
        for index, row in enumerate(rows):
            done_on, status = row.get("done_on"), row.get("status")
            if status == "done" and done_on is None:
                message = QT_TRANSLATE_NOOP(
                    "Domain", "The item is done: give the day it was done on"
                )
                problems.append(RowProblem(index, "done_on", message))
            elif done_on is not None and status != "done":
                message = QT_TRANSLATE_NOOP(
                    "Domain",
                    "A date of execution for an item not done: set the status to done "
                    "or clear the date",
                )
                problems.append(RowProblem(index, "done_on", message))
            elif _before(done_on, since):
                message = QT_TRANSLATE_NOOP(
                    "Domain", "Done before the ties began ({since}): correct the date"
                )
                problems.append(RowProblem(index, "done_on", message, (("since", _shown(since)),)))
        return problems

    return check


def results(table: str, began: Since) -> Child:
    """The dated list of what was done, with the delegation or event it was."""
    return Child(
        "results",
        QT_TRANSLATE_NOOP("Domain", "Results"),
        table,
        (
            Field(
                "on_date",
                QT_TRANSLATE_NOOP("Domain", "Date"),
                Kind.PARTIAL_DATE,
                required=True,
                width=11,
            ),
            choice(
                "kind", QT_TRANSLATE_NOOP("Domain", "What it was"), RESULT_KINDS, default="other"
            ),
            Field(
                "description",
                QT_TRANSLATE_NOOP("Domain", "What was done"),
                required=True,
                searchable=True,
                width=40,
            ),
            Field(
                "delegation_id",
                QT_TRANSLATE_NOOP("Domain", "Delegation"),
                Kind.REF,
                ref="delegations",
                width=24,
            ),
            Field(
                "event_id", QT_TRANSLATE_NOOP("Domain", "Event"), Kind.REF, ref="events", width=24
            ),
            Field(
                "document_ref",
                QT_TRANSLATE_NOOP("Domain", "Document"),
                searchable=True,
                width=20,
            ),
        ),
        check_record=results_check(began),
    )


def plan(table: str, began: Since) -> Child:
    """The plan of measures (road map): what, by when, who, and how far it got."""
    return Child(
        "plan",
        QT_TRANSLATE_NOOP("Domain", "Plan"),  # short: the form's tabs are many
        table,
        (
            Field(
                "measure",
                QT_TRANSLATE_NOOP("Domain", "Measure"),
                required=True,
                searchable=True,
                width=40,
            ),
            Field("deadline", QT_TRANSLATE_NOOP("Domain", "Deadline"), Kind.PARTIAL_DATE, width=11),
            Field(
                "responsible",
                QT_TRANSLATE_NOOP("Domain", "Responsible"),
                searchable=True,
                width=24,
            ),
            choice(
                "status", QT_TRANSLATE_NOOP("Domain", "Status"), PLAN_STATUSES, default="planned"
            ),
            Field("done_on", QT_TRANSLATE_NOOP("Domain", "Done on"), Kind.DATE, width=11),
        ),
        check_record=plan_check(began),
    )
