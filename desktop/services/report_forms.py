"""The built-in report forms: templates shipped in ``resources/templates/`` (made by
``resources/templates/build_forms.py``), each filled like a ministry's own template, for the
previous year, by the date the act sets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain.i18n import QT_TRANSLATE_NOOP, RESOURCES

TEMPLATES = RESOURCES / "templates"


@dataclass(frozen=True)
class ReportForm:
    key: str  # as on the command line: report --form 911
    title: str  # English source text, translated in the UI ("Domain")
    file: str  # in resources/templates/
    due: tuple[int, int] | None  # (month, day) it is submitted by, for the previous year

    @property
    def path(self) -> Path:
        return TEMPLATES / self.file

    def due_after(self, today: date) -> date | None:
        """The next day it is due, today included."""
        if self.due is None:
            return None
        due = date(today.year, *self.due)
        return due if due >= today else date(today.year + 1, *self.due)


FORMS: tuple[ReportForm, ...] = (
    ReportForm(
        "911",
        QT_TRANSLATE_NOOP("Domain", "Order 911: municipalities' international ties (yearly)"),
        "form_911_municipal_ties.xlsx",
        None,  # yearly; the order sets no day: the annual report date on Home stands for it
    ),
    ReportForm(
        "280",
        QT_TRANSLATE_NOOP("Domain", "Order 280: cross-border ties with adjacent states"),
        "form_280_border_ties.xlsx",
        (2, 1),
    ),
    ReportForm(
        "municipal-list",
        QT_TRANSLATE_NOOP("Domain", "Municipal list of agreements (regional law)"),
        "form_municipal_list.xlsx",
        (1, 15),
    ),
)
FORMS_BY_KEY = {form.key: form for form in FORMS}


def form(key: str) -> ReportForm:
    try:
        return FORMS_BY_KEY[key]
    except KeyError:
        raise KeyError(f"unknown form {key!r}; one of: {', '.join(FORMS_BY_KEY)}") from None


def previous_year(today: date | None = None) -> tuple[date, date]:
    """The period a yearly form reports on: the year before ``today``'s."""
    year = (today or date.today()).year - 1
    return date(year, 1, 1), date(year, 12, 31)
