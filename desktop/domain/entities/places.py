"""Where ties are kept with, and who: foreign regions, organisations, people."""

from __future__ import annotations

from .. import choices as C
from ..fields import Child, Entity, Field, Kind
from ..i18n import QT_TRANSLATE_NOOP
from .common import choice, country, notes

REGIONS = Entity(
    name="regions",
    label=QT_TRANSLATE_NOOP("Domain", "Foreign region"),
    plural=QT_TRANSLATE_NOOP("Domain", "Foreign regions"),
    table="foreign_region",
    fields=(
        country(),
        Field(
            "name_ru",
            QT_TRANSLATE_NOOP("Domain", "Name (Russian)"),
            required=True,
            searchable=True,
            width=28,
        ),
        Field(
            "name_original",
            QT_TRANSLATE_NOOP("Domain", "Name (original)"),
            searchable=True,
            width=24,
        ),
        Field(
            "iso_code", QT_TRANSLATE_NOOP("Domain", "ISO 3166-2 code"), searchable=True, width=10
        ),
        choice("kind", QT_TRANSLATE_NOOP("Domain", "Kind"), C.REGION_KINDS, default="province"),
        notes(),
    ),
    title_field="name_ru",
    natural_key=("name_ru", "country_code"),
)

ORGANISATIONS = Entity(
    name="organisations",
    label=QT_TRANSLATE_NOOP("Domain", "Organisation"),
    plural=QT_TRANSLATE_NOOP("Domain", "Organisations"),
    table="organisation",
    fields=(
        Field(
            "name_ru",
            QT_TRANSLATE_NOOP("Domain", "Name (Russian)"),
            required=True,
            searchable=True,
            width=36,
        ),
        Field(
            "name_original",
            QT_TRANSLATE_NOOP("Domain", "Name (original)"),
            searchable=True,
            width=28,
        ),
        choice(
            "kind",
            QT_TRANSLATE_NOOP("Domain", "Kind"),
            C.ORGANISATION_KINDS,
            default="regional_government",
            width=20,
        ),
        choice("side", QT_TRANSLATE_NOOP("Domain", "Side"), C.SIDES, default="foreign", width=10),
        country(required=False),
        Field(
            "region_id", QT_TRANSLATE_NOOP("Domain", "Region"), Kind.REF, ref="regions", width=20
        ),
        Field("city", QT_TRANSLATE_NOOP("Domain", "City"), searchable=True),
        Field("address", QT_TRANSLATE_NOOP("Domain", "Address"), in_table=False),
        Field("website", QT_TRANSLATE_NOOP("Domain", "Website"), in_table=False),
        Field("email", QT_TRANSLATE_NOOP("Domain", "E-mail"), Kind.EMAIL, width=20),
        Field("phones", QT_TRANSLATE_NOOP("Domain", "Phones"), Kind.PHONES, in_table=False),
        notes(),
    ),
    title_field="name_ru",
    natural_key=("name_ru", "country_code"),
    children=(
        # which international organisations (of inter-municipal cooperation and others) this
        # body or municipality belongs to: the municipal report asks for it
        Child(
            "memberships",
            # short: a tab of the form (the tabs of a narrow form must fit)
            QT_TRANSLATE_NOOP("Domain", "Memberships"),
            "organisation_membership",
            (
                Field(
                    "organisation_id",
                    QT_TRANSLATE_NOOP("Domain", "International organisation"),
                    Kind.REF,
                    ref="organisations",
                    required=True,
                    width=40,
                ),
                Field("since", QT_TRANSLATE_NOOP("Domain", "Member since"), Kind.PARTIAL_DATE),
                Field("until", QT_TRANSLATE_NOOP("Domain", "Member until"), Kind.PARTIAL_DATE),
                Field("comment", QT_TRANSLATE_NOOP("Domain", "Note"), width=30),
            ),
        ),
    ),
)

PEOPLE = Entity(
    name="people",
    label=QT_TRANSLATE_NOOP("Domain", "Person"),
    plural=QT_TRANSLATE_NOOP("Domain", "People"),
    table="person",
    fields=(
        Field(
            "name_ru",
            QT_TRANSLATE_NOOP("Domain", "Full name (Russian)"),
            required=True,
            searchable=True,
            width=28,
        ),
        Field(
            "name_latin",
            QT_TRANSLATE_NOOP("Domain", "Full name (Latin / original)"),
            searchable=True,
            width=24,
        ),
        Field(
            "organisation_id",
            QT_TRANSLATE_NOOP("Domain", "Organisation"),
            Kind.REF,
            ref="organisations",
            width=30,
        ),
        Field("position", QT_TRANSLATE_NOOP("Domain", "Position"), searchable=True, width=28),
        choice(
            "level", QT_TRANSLATE_NOOP("Domain", "Level"), C.PERSON_LEVELS, width=18, required=False
        ),
        Field("phones", QT_TRANSLATE_NOOP("Domain", "Phones"), Kind.PHONES, width=18),
        Field("email", QT_TRANSLATE_NOOP("Domain", "E-mail"), Kind.EMAIL, width=22),
        Field("languages", QT_TRANSLATE_NOOP("Domain", "Languages"), in_table=False),
        Field("active", QT_TRANSLATE_NOOP("Domain", "Active"), Kind.BOOL, default=True, width=8),
        notes(),
    ),
    title_field="name_ru",
    natural_key=("name_ru", "organisation_id"),
)
