"""The report's sheets of what came of the ties: the results of agreements and twin
relations dated in the period, and the items of their plans of measures that the period
concerns (due or done in it, or still open from before it), each with the agreement's title
(a twin pair's names) it belongs to. Templates list them as ``{{#agreement_results}}`` and
``{{#plan_items}}`` rows, with filters such as ``source=agreements`` or ``overdue=yes``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ..db import models as m
from ..domain.entities.outcomes import CLOSED_STATUSES, PLAN_STATUSES, RESULT_KINDS, is_overdue
from ..domain.fields import Child, Entity
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.partial_dates import date_bounds
from ..domain.report_rows import Column, ReportTable
from .outcomes import lists_of, record_names

if TYPE_CHECKING:
    from .reports import ReportBuilder

RECORD = QT_TRANSLATE_NOOP("Domain", "Agreement or twin relation")


def _rows(report: ReportBuilder, choices: Any) -> Iterator[tuple[Entity, Child, str, dict]]:
    """(registry, list, the record's name, row) of every row of such lists of records not
    in the trash, in the records' order and the rows' own."""
    for entity, child in lists_of(choices):
        model, parent_column = m.CHILD_MODELS[child.table]
        parent, owner = m.MODELS[entity.name], getattr(model, parent_column)
        names = [f.name for f in child.fields]
        with report.services.db.read() as session:
            found = session.execute(
                select(owner, *(getattr(model, name) for name in names))
                .join(parent, parent.id == owner)
                .where(parent.deleted_at.is_(None))
                .order_by(owner, m.table_of(model).c.position)
            ).all()
        titles = record_names(report.services, entity, {row[0] for row in found})
        for record_id, *values in found:
            yield entity, child, titles.get(record_id, ""), dict(zip(names, values, strict=True))


def _within(value: Any, start: date, end: date) -> bool:
    bounds = date_bounds(value)
    return bounds is not None and start <= bounds[0] <= end


def _label(report: ReportBuilder, choices: Any, code: Any) -> str:
    return report.t(choices.label(code)) if code else ""


def results_of_agreements(report: ReportBuilder) -> list[tuple[int, str]]:
    """(agreement id, «05.2024, мероприятие: Экспозиция на форуме») of each agreement's
    results dated in the period: what a form's «results» column says of it."""
    from .reports import cell

    table = m.table_of(m.CHILD_MODELS["agreement_result"][0]).c
    with report.services.db.read() as session:
        found = session.execute(
            select(table.agreement_id, table.on_date, table.kind, table.description).order_by(
                table.agreement_id, table.position
            )
        ).all()
    lines = []
    for agreement_id, on_date, kind, description in found:
        if _within(on_date, report.start, report.end):
            day = cell(on_date)
            shown = day.strftime("%d.%m.%Y") if isinstance(day, date) else str(day)
            lines.append(
                (
                    agreement_id,
                    f"{shown}, {_label(report, RESULT_KINDS, kind).lower()}: {description}",
                )
            )
    return lines


def results_tables(report: ReportBuilder) -> list[ReportTable]:
    from .reports import cell

    start, end, t = report.start, report.end, report.t
    results, plan = [], []
    titles: dict[str, Any] = {}
    for entity, child, name, row in _rows(report, RESULT_KINDS):
        titles["results"] = child
        if not _within(row["on_date"], start, end):
            continue
        results.append(
            {
                "agreement": name,
                "on_date": cell(row["on_date"]),
                "kind": _label(report, RESULT_KINDS, row["kind"]),
                "description": row["description"],
                "delegation": row["delegation_id"],  # ids until named, below
                "event": row["event_id"],
                "document_ref": row["document_ref"] or "",
                "kind_code": row["kind"],
                "source": t(entity.plural),
                "source_code": entity.name,
            }
        )
    for entity, child, name, row in _rows(report, PLAN_STATUSES):
        titles["plan"] = child
        open_before = row["status"] not in CLOSED_STATUSES and _ends_before(row["deadline"], start)
        if (
            not (_within(row["deadline"], start, end) or _within(row["done_on"], start, end))
            and not open_before
        ):
            continue
        late = is_overdue(row, end)
        plan.append(
            {
                "agreement": name,
                "measure": row["measure"],
                "deadline": cell(row["deadline"]),
                "responsible": row["responsible"] or "",
                "status": _label(report, PLAN_STATUSES, row["status"]),
                "done_on": row["done_on"],
                "overdue": t(QT_TRANSLATE_NOOP("Domain", "yes")) if late else "",
                "status_code": row["status"],
                "overdue_code": "yes" if late else "no",
                "source": t(entity.plural),
                "source_code": entity.name,
            }
        )
    for key, registry in (("delegation", "delegations"), ("event", "events")):
        ids = {row[key] for row in results if row[key] is not None}
        named = report.services[registry].titles(ids)
        for row in results:
            row[key] = named.get(row[key], "") if row[key] is not None else ""
    record = Column("agreement", t(RECORD), width=40)
    return [
        report._numbered(
            ReportTable(
                "agreement_results",
                t(QT_TRANSLATE_NOOP("Domain", "Results")),
                t(QT_TRANSLATE_NOOP("Domain", "Results of the ties in the period")),
                [Column("n", "№", "int", 5), record, *_columns(report, titles.get("results"))],
                results,
            )
        ),
        report._numbered(
            ReportTable(
                "plan_items",
                t(QT_TRANSLATE_NOOP("Domain", "Plans of measures")),
                t(QT_TRANSLATE_NOOP("Domain", "Plans of measures: items of the period")),
                [
                    Column("n", "№", "int", 5),
                    record,
                    *_columns(report, titles.get("plan")),
                    Column("overdue", t(QT_TRANSLATE_NOOP("Domain", "Overdue")), width=10),
                ],
                plan,
            )
        ),
    ]


def _ends_before(value: Any, day: date) -> bool:
    bounds = date_bounds(value)
    return bounds is not None and bounds[1] < day


def _columns(report: ReportBuilder, child: Child | None) -> list[Column]:
    """A column per field of the list, labelled as the form labels it."""
    if child is None:
        return []
    renamed = {"delegation_id": "delegation", "event_id": "event"}
    return [
        Column(
            renamed.get(f.name, f.name),
            report.t(f.label),
            "date" if f.is_date else "text",
            f.width,
        )
        for f in child.fields
    ]
