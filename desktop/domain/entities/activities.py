"""What is done with the partners: events, delegations and twin relations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import choices as C
from .. import lifecycle
from ..fields import Child, Derived, Entity, Field, Kind, Linked
from ..i18n import QT_TRANSLATE_NOOP
from .common import choice, country, notes
from .outcomes import plan, results

EVENTS = Entity(
    name="events",
    label=QT_TRANSLATE_NOOP("Domain", "Event"),
    plural=QT_TRANSLATE_NOOP("Domain", "Events"),
    table="event",
    fields=(
        Field(
            "name", QT_TRANSLATE_NOOP("Domain", "Name"), required=True, searchable=True, width=40
        ),
        Field("series", QT_TRANSLATE_NOOP("Domain", "Series"), searchable=True, width=22),
        choice(
            "kind",
            QT_TRANSLATE_NOOP("Domain", "Kind"),
            C.EVENT_KINDS,
            default="forum",
            width=12,
            required=False,
        ),
        Field("date_from", QT_TRANSLATE_NOOP("Domain", "From"), Kind.DATE, required=True, width=11),
        Field("date_to", QT_TRANSLATE_NOOP("Domain", "To"), Kind.DATE, width=11),
        country(required=False),
        Field("place", QT_TRANSLATE_NOOP("Domain", "Place"), searchable=True, width=18),
        Field(
            "organiser", QT_TRANSLATE_NOOP("Domain", "Organiser"), searchable=True, in_table=False
        ),
        Field(
            "our_participation",
            QT_TRANSLATE_NOOP("Domain", "Our participants"),
            searchable=True,
            width=24,
        ),
        choice(
            "participation_level",
            QT_TRANSLATE_NOOP("Domain", "Level of participation"),
            C.PERSON_LEVELS,
            width=18,
            required=False,
        ),
        Field(
            "outcome",
            QT_TRANSLATE_NOOP("Domain", "Outcome"),
            Kind.LONG_TEXT,
            in_table=False,
            searchable=True,
        ),
        notes(),
    ),
    title_field="name",
    natural_key=("name", "date_from"),
    date_range=("date_from", "date_to"),
    year_field="date_from",
)

DELEGATIONS = Entity(
    name="delegations",
    label=QT_TRANSLATE_NOOP("Domain", "Delegation"),
    plural=QT_TRANSLATE_NOOP("Domain", "Delegations"),
    table="delegation",
    fields=(
        Field(
            "purpose",
            QT_TRANSLATE_NOOP("Domain", "Purpose"),
            required=True,
            searchable=True,
            width=40,
        ),
        choice(
            "direction",
            QT_TRANSLATE_NOOP("Domain", "Direction"),
            C.DIRECTIONS,
            default="incoming",
            width=10,
        ),
        choice(
            "format",
            QT_TRANSLATE_NOOP("Domain", "Format"),
            C.VISIT_FORMATS,
            default="in_person",
            in_table=False,
        ),
        Field("date_from", QT_TRANSLATE_NOOP("Domain", "From"), Kind.DATE, required=True, width=11),
        Field("date_to", QT_TRANSLATE_NOOP("Domain", "To"), Kind.DATE, width=11),
        country(),
        Field(
            "places", QT_TRANSLATE_NOOP("Domain", "Regions and cities"), searchable=True, width=22
        ),
        Field(
            "host_organisation_id",
            QT_TRANSLATE_NOOP("Domain", "Host / inviting organisation"),
            Kind.REF,
            ref="organisations",
            in_table=False,
        ),
        Field(
            "head_person_id",
            QT_TRANSLATE_NOOP("Domain", "Head of delegation"),
            Kind.REF,
            ref="people",
            width=24,
        ),
        choice(
            "head_level",
            QT_TRANSLATE_NOOP("Domain", "Level of the head"),
            C.PERSON_LEVELS,
            width=18,
            required=False,
        ),
        Field(
            "programme",
            QT_TRANSLATE_NOOP("Domain", "Programme"),
            Kind.LONG_TEXT,
            in_table=False,
            searchable=True,
        ),
        Field(
            "outcome",
            QT_TRANSLATE_NOOP("Domain", "Outcome"),
            Kind.LONG_TEXT,
            in_table=False,
            searchable=True,
        ),
        Field(
            "event_id",
            QT_TRANSLATE_NOOP("Domain", "Related event"),
            Kind.REF,
            ref="events",
            in_table=False,
        ),
        choice(
            "status",
            QT_TRANSLATE_NOOP("Domain", "Status"),
            C.DELEGATION_STATUSES,
            default="planned",
            width=12,
        ),
        Field(
            "report_submitted_on",
            QT_TRANSLATE_NOOP("Domain", "Report submitted on"),
            Kind.DATE,
            in_table=False,
        ),
        notes(),
    ),
    title_field="purpose",
    natural_key=("date_from", "country_code", "direction"),
    children=(
        Child(
            "members",
            QT_TRANSLATE_NOOP("Domain", "Members"),
            "delegation_member",
            (
                Field(
                    "person_id",
                    QT_TRANSLATE_NOOP("Domain", "Person"),
                    Kind.REF,
                    ref="people",
                    width=30,
                ),
                Field(
                    "name", QT_TRANSLATE_NOOP("Domain", "Name, if not in the registry"), width=28
                ),
                Field("role", QT_TRANSLATE_NOOP("Domain", "Role in the delegation"), width=28),
            ),
        ),
        Child(
            "agreements",
            QT_TRANSLATE_NOOP("Domain", "Agreements signed"),
            "delegation_agreement",
            (
                Field(
                    "agreement_id",
                    QT_TRANSLATE_NOOP("Domain", "Agreement"),
                    Kind.REF,
                    ref="agreements",
                    required=True,
                    width=60,
                ),
            ),
        ),
    ),
    date_range=("date_from", "date_to"),
    year_field="date_from",
    status_field="status",
)


def established(record: Mapping[str, Any]) -> Any:
    """When the ties began: the pair's date (its history's «established» step fills it)."""
    return record.get("established_on")


TWINS = Entity(
    name="twins",
    label=QT_TRANSLATE_NOOP("Domain", "Twin relation"),
    plural=QT_TRANSLATE_NOOP("Domain", "Twin relations"),
    table="twin_relation",
    fields=(
        Field(
            "our_organisation_id",
            QT_TRANSLATE_NOOP("Domain", "Our municipality or region"),
            Kind.REF,
            ref="organisations",
            required=True,
            width=30,
        ),
        Field(
            "foreign_region_id",
            QT_TRANSLATE_NOOP("Domain", "Foreign city or region"),
            Kind.REF,
            ref="regions",
            required=True,
            width=30,
        ),
        country(),
        Field(
            "established_on",
            QT_TRANSLATE_NOOP("Domain", "Established on"),
            Kind.PARTIAL_DATE,
            width=11,
        ),
        Field(
            "basis_agreement_id",
            QT_TRANSLATE_NOOP("Domain", "Basis agreement"),
            Kind.REF,
            ref="agreements",
            width=36,
        ),
        Field(
            "status",
            QT_TRANSLATE_NOOP("Domain", "Status"),
            Kind.STATUS,
            choices=C.TWIN_STATUSES,
            width=12,
        ),
        notes(),
    ),
    children=(
        Child(
            "history",
            QT_TRANSLATE_NOOP("Domain", "Status history"),
            "twin_status",
            (
                choice(
                    "status", QT_TRANSLATE_NOOP("Domain", "Step"), lifecycle.TWIN_STEPS, width=16
                ),
                Field("on_date", QT_TRANSLATE_NOOP("Domain", "Date"), Kind.PARTIAL_DATE, width=11),
                choice(
                    "side",
                    QT_TRANSLATE_NOOP("Domain", "By which side"),
                    C.SIDES,
                    required=False,
                    width=14,
                ),
                Field("comment", QT_TRANSLATE_NOOP("Domain", "Note"), width=36),
            ),
            check=lifecycle.check_twin_rows,
            derived=Derived("status", lifecycle.twin_status),
            joined_by="on_date",  # steps recorded on a trip and at the office, by date
            linked=(
                Linked(
                    "established_on",
                    lifecycle.established_on,
                    QT_TRANSLATE_NOOP(
                        "Domain",
                        "The status history says the ties were established on {value}: "
                        "correct this date or that step",
                    ),
                ),
            ),
        ),
        results("twin_result", established),
        plan("twin_plan_item", established),
    ),
    title_field=None,
    natural_key=("our_organisation_id", "foreign_region_id"),
    year_field="established_on",
    status_field="status",
)
