"""The twin-relations sheet of the report: the pairs that existed during the period.

A pair existed when it was established on or before the period's last day (a pair of
unknown date is listed) and had not ended before its first day: an ended pair is listed up
to the period it ended in, not after. A suspended pair still exists: it is listed, with its
status and the date of that status.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from ..db import models as m
from ..domain import entities as E
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.lifecycle import TWIN_STATUS_OF_STEP, twin_status_on
from ..domain.partial_dates import date_bounds
from ..domain.report_rows import Column, ReportTable

if TYPE_CHECKING:
    from .reports import ReportBuilder


def _steps(session: Any, ids: list[int]) -> dict[int, list[tuple[str, Any]]]:
    """twin id -> its (step, date) in order, for the pairs listed."""
    found: dict[int, list[tuple[str, Any]]] = defaultdict(list)
    step = m.TwinStatus
    for chunk in (ids[i : i + 900] for i in range(0, len(ids), 900)):  # SQLite's bound limit
        for twin_id, status, on_date in session.execute(
            select(step.twin_id, step.status, step.on_date)
            .where(step.twin_id.in_(chunk))
            .order_by(step.twin_id, step.position)
        ):
            found[twin_id].append((status, on_date))
    return found


def twins_table(report: ReportBuilder) -> ReportTable:
    from .reports import cell

    T, start, end = E.TWINS, report.start, report.end
    ours, region, basis = aliased(m.Organisation), aliased(m.ForeignRegion), aliased(m.Agreement)
    twin = m.TwinRelation
    with report.services.db.read() as session:
        rows = session.execute(
            select(
                twin.id,
                twin.country_code,
                twin.established_on,
                twin.status,
                ours.id,
                ours.name_ru,
                ours.kind,
                region.name_ru,
                basis.title,
            )
            .join(ours, ours.id == twin.our_organisation_id)
            .join(region, region.id == twin.foreign_region_id)
            .outerjoin(basis, basis.id == twin.basis_agreement_id)
            # established by the period's last day: «2016» and «2016-12» sort before it
            .where(
                twin.deleted_at.is_(None),
                twin.established_on.is_(None) | (twin.established_on <= end),
            )
            .order_by(ours.name_ru, region.name_ru, twin.id)
        ).all()
        steps = _steps(session, [row[0] for row in rows])
    listed = []
    for row in rows:
        twin_id, code, established_on, stored, our_id, our_name, our_kind = row[:7]
        region_name, basis_title = row[7:]
        now = twin_status_on(steps.get(twin_id, []), end)
        status, since = (TWIN_STATUS_OF_STEP.get(now[0], stored), now[1]) if now else (stored, None)
        bounds = date_bounds(since)
        if status == "terminated" and bounds is not None and bounds[1] < start:
            continue  # ended before the period began
        listed.append(
            {
                "ours": our_name,
                "foreign": region_name,
                "country": report.country(code),
                "established_on": cell(established_on),
                "basis": basis_title or "",
                "status": report.choice(T, "status", status),
                "status_since": cell(since),
                "status_code": status,
                "country_code": code,
                "country_groups": report.country_groups(code),
                "our_party_groups": (our_kind,),  # our_party=municipality
                "our_organisation_id": our_id,
            }
        )
    return report._numbered(
        ReportTable(
            "twins",
            report.t(QT_TRANSLATE_NOOP("Domain", "Twin relations")),
            report.t(QT_TRANSLATE_NOOP("Domain", "Twin relations")),
            [
                Column("n", "№", "int", 5),
                Column("ours", report.label(T, "our_organisation_id"), width=30),
                Column("foreign", report.label(T, "foreign_region_id"), width=30),
                Column("country", report.label(T, "country_code"), width=16),
                Column("established_on", report.label(T, "established_on"), "date", 11),
                Column("basis", report.label(T, "basis_agreement_id"), width=40),
                Column("status", report.label(T, "status"), width=14),
                Column(
                    "status_since",
                    report.t(QT_TRANSLATE_NOOP("Domain", "Status since")),
                    "date",
                    11,
                ),
            ],
            listed,
            fields=("country_groups", "our_party_groups"),
        )
    )
