"""The agreement, with its parties and its status history (the lifecycle rules are
declared on the history child list: lifecycle.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import choices as C
from .. import lifecycle, terms
from ..fields import Child, Derived, Entity, Field, Kind, Linked, Rows
from ..i18n import QT_TRANSLATE_NOOP
from ..lifecycle import AGREEMENT_STATUSES
from .common import choice, country, notes
from .outcomes import plan, results


def registered_on(rows: Rows) -> Any:
    """The date of the history's «registered» step (the first, if it was entered twice)."""
    return next((row.get("on_date") for row in rows if row.get("status") == "registered"), None)


def signed(record: Mapping[str, Any]) -> Any:
    """When the ties began: the signing date, else the day of the history's «signed» step."""
    steps = record.get("history") or []
    step = next((row.get("on_date") for row in steps if row.get("status") == "signed"), None)
    return record.get("signed_on") or step


AGREEMENTS = Entity(
    name="agreements",
    label=QT_TRANSLATE_NOOP("Domain", "Agreement"),
    plural=QT_TRANSLATE_NOOP("Domain", "Agreements"),
    table="agreement",
    fields=(
        Field(
            "title", QT_TRANSLATE_NOOP("Domain", "Title"), required=True, searchable=True, width=48
        ),
        choice(
            "kind",
            QT_TRANSLATE_NOOP("Domain", "Kind"),
            C.AGREEMENT_KINDS,
            default="agreement",
            width=16,
        ),
        choice(
            "scope",
            QT_TRANSLATE_NOOP("Domain", "Scope"),
            C.AGREEMENT_SCOPES,
            default="international",
            in_table=False,
        ),
        country(),
        Field(
            "region_id",
            QT_TRANSLATE_NOOP("Domain", "Partner region"),
            Kind.REF,
            ref="regions",
            width=22,
        ),
        Field(
            "status",
            QT_TRANSLATE_NOOP("Domain", "Status"),
            Kind.STATUS,
            choices=AGREEMENT_STATUSES,
            width=18,
        ),
        Field("signed_on", QT_TRANSLATE_NOOP("Domain", "Signed on"), Kind.PARTIAL_DATE, width=11),
        Field(
            "signed_place",
            QT_TRANSLATE_NOOP("Domain", "Place of signing"),
            in_table=False,
            searchable=True,
        ),
        Field(
            "spheres",
            QT_TRANSLATE_NOOP("Domain", "Spheres of cooperation"),
            Kind.MULTI_CHOICE,
            choices=C.SPHERES,
            in_table=False,
        ),
        Field("languages", QT_TRANSLATE_NOOP("Domain", "Languages"), in_table=False),
        Field(
            "term",
            QT_TRANSLATE_NOOP("Domain", "Term as written"),
            in_table=False,
            width=30,
        ),
        Field(
            "valid_from",
            QT_TRANSLATE_NOOP("Domain", "Valid from"),
            Kind.PARTIAL_DATE,
            in_table=False,
        ),
        Field("valid_to", QT_TRANSLATE_NOOP("Domain", "Valid to"), Kind.PARTIAL_DATE, width=11),
        Field(
            "open_ended",
            QT_TRANSLATE_NOOP("Domain", "Open-ended"),
            Kind.BOOL,
            default=False,
            in_table=False,
        ),
        Field(
            "auto_prolongation",
            QT_TRANSLATE_NOOP("Domain", "Automatic prolongation"),
            Kind.BOOL,
            default=False,
            in_table=False,
        ),
        Field(
            "prolongation_terms", QT_TRANSLATE_NOOP("Domain", "Prolongation terms"), in_table=False
        ),
        Field(
            "parent_id",
            QT_TRANSLATE_NOOP("Domain", "Amends or implements"),
            Kind.REF,
            ref="agreements",
            in_table=False,
        ),
        Field(
            "reg_number",
            QT_TRANSLATE_NOOP("Domain", "Registration number"),
            searchable=True,
            width=12,
        ),
        Field(
            "reg_date", QT_TRANSLATE_NOOP("Domain", "Registration date"), Kind.DATE, in_table=False
        ),
        Field("original_location", QT_TRANSLATE_NOOP("Domain", "Original kept at"), in_table=False),
        Field(
            "responsible_officer",
            QT_TRANSLATE_NOOP("Domain", "Responsible officer"),
            searchable=True,
            in_table=False,
        ),
        notes(),
    ),
    title_field="title",
    natural_key=("title", "country_code"),
    children=(
        Child(
            "parties",
            QT_TRANSLATE_NOOP("Domain", "Parties"),
            "agreement_party",
            (
                choice("side", QT_TRANSLATE_NOOP("Domain", "Side"), C.SIDES, default="foreign"),
                Field(
                    "organisation_id",
                    QT_TRANSLATE_NOOP("Domain", "Organisation"),
                    Kind.REF,
                    ref="organisations",
                    required=True,
                    width=36,
                ),
                Field(
                    "signatory_id",
                    QT_TRANSLATE_NOOP("Domain", "Signatory"),
                    Kind.REF,
                    ref="people",
                    width=26,
                ),
                Field(
                    "signatory_position",
                    QT_TRANSLATE_NOOP("Domain", "Signatory's position"),
                    width=26,
                ),
            ),
        ),
        Child(
            "history",
            QT_TRANSLATE_NOOP("Domain", "Status history"),
            "agreement_status",
            (
                choice(
                    "status", QT_TRANSLATE_NOOP("Domain", "Status"), AGREEMENT_STATUSES, width=22
                ),
                Field(
                    "on_date",
                    QT_TRANSLATE_NOOP("Domain", "Date"),
                    Kind.DATE,
                    required=True,
                    width=11,
                ),
                Field("document_ref", QT_TRANSLATE_NOOP("Domain", "Document"), width=24),
                Field("comment", QT_TRANSLATE_NOOP("Domain", "Comment"), width=30),
            ),
            check=lifecycle.check_history_rows,
            initial_rows=lifecycle.new_history,
            derived=Derived("status", lifecycle.current_status),
            hint=lifecycle.next_step_hint,
            joined_by="on_date",  # steps recorded on a trip and at the office, by date
            # registration is entered once: in the history or in the field, each checks
            # the other
            linked=(
                Linked(
                    "reg_date",
                    registered_on,
                    QT_TRANSLATE_NOOP(
                        "Domain",
                        "The status history says it was registered on {value}: "
                        "correct this date or that step",
                    ),
                ),
            ),
        ),
        results("agreement_result", signed),
        plan("agreement_plan_item", signed),
    ),
    date_range=("valid_from", "valid_to"),
    year_field="signed_on",
    status_field="status",
    derive=terms.apply_term,
)
