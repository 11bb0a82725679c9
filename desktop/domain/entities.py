"""Every record type of the registry, described once (see ``fields.py``).

Adding a field: add it here and to the model in ``desktop/db/models.py``, then write a
migration. The table, the form, validation, search and Excel follow from this list.
"""

from __future__ import annotations

from . import choices as C
from .fields import Child, Entity, Field, Kind
from .i18n import QT_TRANSLATE_NOOP as T
from .lifecycle import AGREEMENT_STATUSES


def _notes() -> Field:
    return Field("notes", T("Domain", "Notes"), Kind.LONG_TEXT, in_table=False, searchable=True)


def _country(required: bool = True) -> Field:
    return Field("country_code", T("Domain", "Country"), Kind.COUNTRY, required=required, width=16)


REGIONS = Entity(
    name="regions",
    label=T("Domain", "Foreign region"),
    plural=T("Domain", "Foreign regions"),
    table="foreign_region",
    fields=(
        _country(),
        Field("name_ru", T("Domain", "Name (Russian)"), required=True, searchable=True, width=28),
        Field("name_original", T("Domain", "Name (original)"), searchable=True, width=24),
        Field("iso_code", T("Domain", "ISO 3166-2 code"), searchable=True, width=10),
        Field(
            "kind",
            T("Domain", "Kind"),
            Kind.CHOICE,
            required=True,
            choices=C.REGION_KINDS,
            default="province",
        ),
        _notes(),
    ),
    title_field="name_ru",
    natural_key=("name_ru", "country_code"),
)

ORGANISATIONS = Entity(
    name="organisations",
    label=T("Domain", "Organisation"),
    plural=T("Domain", "Organisations"),
    table="organisation",
    fields=(
        Field("name_ru", T("Domain", "Name (Russian)"), required=True, searchable=True, width=36),
        Field("name_original", T("Domain", "Name (original)"), searchable=True, width=28),
        Field(
            "kind",
            T("Domain", "Kind"),
            Kind.CHOICE,
            required=True,
            choices=C.ORGANISATION_KINDS,
            default="regional_government",
            width=20,
        ),
        Field(
            "side",
            T("Domain", "Side"),
            Kind.CHOICE,
            required=True,
            choices=C.SIDES,
            default="foreign",
            width=10,
        ),
        _country(required=False),
        Field("region_id", T("Domain", "Region"), Kind.REF, ref="regions", width=20),
        Field("city", T("Domain", "City"), searchable=True),
        Field("address", T("Domain", "Address"), in_table=False),
        Field("website", T("Domain", "Website"), in_table=False),
        Field("email", T("Domain", "E-mail"), Kind.EMAIL, width=20),
        Field("phones", T("Domain", "Phones"), Kind.PHONES, in_table=False),
        _notes(),
    ),
    title_field="name_ru",
    natural_key=("name_ru", "country_code"),
)

PEOPLE = Entity(
    name="people",
    label=T("Domain", "Person"),
    plural=T("Domain", "People"),
    table="person",
    fields=(
        Field("name_ru", T("Domain", "Name (Russian)"), required=True, searchable=True, width=28),
        Field("name_latin", T("Domain", "Name (Latin / original)"), searchable=True, width=24),
        Field(
            "organisation_id", T("Domain", "Organisation"), Kind.REF, ref="organisations", width=30
        ),
        Field("position", T("Domain", "Position"), searchable=True, width=28),
        Field("level", T("Domain", "Level"), Kind.CHOICE, choices=C.PERSON_LEVELS, width=18),
        Field("phones", T("Domain", "Phones"), Kind.PHONES, width=18),
        Field("email", T("Domain", "E-mail"), Kind.EMAIL, width=22),
        Field("languages", T("Domain", "Languages"), in_table=False),
        Field("active", T("Domain", "Active"), Kind.BOOL, default=True, width=8),
        _notes(),
    ),
    title_field="name_ru",
    natural_key=("name_ru", "organisation_id"),
)

AGREEMENTS = Entity(
    name="agreements",
    label=T("Domain", "Agreement"),
    plural=T("Domain", "Agreements"),
    table="agreement",
    fields=(
        Field("title", T("Domain", "Title"), required=True, searchable=True, width=48),
        Field(
            "kind",
            T("Domain", "Kind"),
            Kind.CHOICE,
            required=True,
            choices=C.AGREEMENT_KINDS,
            default="agreement",
            width=16,
        ),
        Field(
            "scope",
            T("Domain", "Scope"),
            Kind.CHOICE,
            required=True,
            choices=C.AGREEMENT_SCOPES,
            default="international",
            in_table=False,
        ),
        _country(),
        Field("region_id", T("Domain", "Partner region"), Kind.REF, ref="regions", width=22),
        Field("status", T("Domain", "Status"), Kind.STATUS, choices=AGREEMENT_STATUSES, width=18),
        Field("signed_on", T("Domain", "Signed on"), Kind.DATE, width=11),
        Field("signed_place", T("Domain", "Place of signing"), in_table=False, searchable=True),
        Field(
            "spheres",
            T("Domain", "Spheres of cooperation"),
            Kind.MULTI_CHOICE,
            choices=C.SPHERES,
            in_table=False,
        ),
        Field("languages", T("Domain", "Languages"), in_table=False),
        Field("valid_from", T("Domain", "Valid from"), Kind.DATE, in_table=False),
        Field("valid_to", T("Domain", "Valid to"), Kind.DATE, width=11),
        Field("open_ended", T("Domain", "Open-ended"), Kind.BOOL, default=False, in_table=False),
        Field(
            "auto_prolongation",
            T("Domain", "Automatic prolongation"),
            Kind.BOOL,
            default=False,
            in_table=False,
        ),
        Field("prolongation_terms", T("Domain", "Prolongation terms"), in_table=False),
        Field(
            "parent_id",
            T("Domain", "Amends or implements"),
            Kind.REF,
            ref="agreements",
            in_table=False,
        ),
        Field("reg_number", T("Domain", "Registration number"), searchable=True, width=12),
        Field("reg_date", T("Domain", "Registration date"), Kind.DATE, in_table=False),
        Field("original_location", T("Domain", "Original kept at"), in_table=False),
        Field(
            "responsible_officer",
            T("Domain", "Responsible officer"),
            searchable=True,
            in_table=False,
        ),
        _notes(),
    ),
    title_field="title",
    natural_key=("title", "country_code"),
    children=(
        Child(
            "parties",
            T("Domain", "Parties"),
            "agreement_party",
            (
                Field(
                    "side",
                    T("Domain", "Side"),
                    Kind.CHOICE,
                    required=True,
                    choices=C.SIDES,
                    default="foreign",
                ),
                Field(
                    "organisation_id",
                    T("Domain", "Organisation"),
                    Kind.REF,
                    ref="organisations",
                    required=True,
                    width=36,
                ),
                Field("signatory_id", T("Domain", "Signatory"), Kind.REF, ref="people", width=26),
                Field("signatory_position", T("Domain", "Signatory's position"), width=26),
            ),
        ),
        Child(
            "history",
            T("Domain", "Status history"),
            "agreement_status",
            (
                Field(
                    "status",
                    T("Domain", "Status"),
                    Kind.CHOICE,
                    required=True,
                    choices=AGREEMENT_STATUSES,
                    width=22,
                ),
                Field("on_date", T("Domain", "Date"), Kind.DATE, required=True, width=11),
                Field("document_ref", T("Domain", "Document"), width=24),
                Field("comment", T("Domain", "Comment"), width=30),
            ),
        ),
    ),
    date_range=("valid_from", "valid_to"),
    year_field="signed_on",
    status_field="status",
)

EVENTS = Entity(
    name="events",
    label=T("Domain", "Event"),
    plural=T("Domain", "Events"),
    table="event",
    fields=(
        Field("name", T("Domain", "Name"), required=True, searchable=True, width=40),
        Field("series", T("Domain", "Series"), searchable=True, width=22),
        Field(
            "kind",
            T("Domain", "Kind"),
            Kind.CHOICE,
            choices=C.EVENT_KINDS,
            default="forum",
            width=12,
        ),
        Field("date_from", T("Domain", "From"), Kind.DATE, required=True, width=11),
        Field("date_to", T("Domain", "To"), Kind.DATE, width=11),
        _country(required=False),
        Field("place", T("Domain", "Place"), searchable=True, width=18),
        Field("organiser", T("Domain", "Organiser"), searchable=True, in_table=False),
        Field("our_participation", T("Domain", "Our participants"), searchable=True, width=24),
        Field(
            "participation_level",
            T("Domain", "Level of participation"),
            Kind.CHOICE,
            choices=C.PERSON_LEVELS,
            width=18,
        ),
        Field("outcome", T("Domain", "Outcome"), Kind.LONG_TEXT, in_table=False, searchable=True),
        _notes(),
    ),
    title_field="name",
    natural_key=("name", "date_from"),
    date_range=("date_from", "date_to"),
    year_field="date_from",
)

DELEGATIONS = Entity(
    name="delegations",
    label=T("Domain", "Delegation"),
    plural=T("Domain", "Delegations"),
    table="delegation",
    fields=(
        Field("purpose", T("Domain", "Purpose"), required=True, searchable=True, width=40),
        Field(
            "direction",
            T("Domain", "Direction"),
            Kind.CHOICE,
            required=True,
            choices=C.DIRECTIONS,
            default="incoming",
            width=10,
        ),
        Field(
            "format",
            T("Domain", "Format"),
            Kind.CHOICE,
            required=True,
            choices=C.VISIT_FORMATS,
            default="in_person",
            in_table=False,
        ),
        Field("date_from", T("Domain", "From"), Kind.DATE, required=True, width=11),
        Field("date_to", T("Domain", "To"), Kind.DATE, width=11),
        _country(),
        Field("places", T("Domain", "Regions and cities"), searchable=True, width=22),
        Field(
            "host_organisation_id",
            T("Domain", "Host / inviting organisation"),
            Kind.REF,
            ref="organisations",
            in_table=False,
        ),
        Field(
            "head_person_id", T("Domain", "Head of delegation"), Kind.REF, ref="people", width=24
        ),
        Field(
            "head_level",
            T("Domain", "Level of the head"),
            Kind.CHOICE,
            choices=C.PERSON_LEVELS,
            width=18,
        ),
        Field(
            "programme", T("Domain", "Programme"), Kind.LONG_TEXT, in_table=False, searchable=True
        ),
        Field("outcome", T("Domain", "Outcome"), Kind.LONG_TEXT, in_table=False, searchable=True),
        Field("event_id", T("Domain", "Related event"), Kind.REF, ref="events", in_table=False),
        Field(
            "status",
            T("Domain", "Status"),
            Kind.CHOICE,
            required=True,
            choices=C.DELEGATION_STATUSES,
            default="planned",
            width=12,
        ),
        Field("report_submitted_on", T("Domain", "Report submitted on"), Kind.DATE, in_table=False),
        _notes(),
    ),
    title_field="purpose",
    natural_key=("date_from", "country_code", "direction"),
    children=(
        Child(
            "members",
            T("Domain", "Members"),
            "delegation_member",
            (
                Field("person_id", T("Domain", "Person"), Kind.REF, ref="people", width=30),
                Field("name", T("Domain", "Name, if not in the registry"), width=28),
                Field("role", T("Domain", "Role in the delegation"), width=28),
            ),
        ),
        Child(
            "agreements",
            T("Domain", "Agreements signed"),
            "delegation_agreement",
            (
                Field(
                    "agreement_id",
                    T("Domain", "Agreement"),
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

TWINS = Entity(
    name="twins",
    label=T("Domain", "Twin relation"),
    plural=T("Domain", "Twin relations"),
    table="twin_relation",
    fields=(
        Field(
            "our_organisation_id",
            T("Domain", "Our municipality or region"),
            Kind.REF,
            ref="organisations",
            required=True,
            width=30,
        ),
        Field(
            "foreign_region_id",
            T("Domain", "Foreign city or region"),
            Kind.REF,
            ref="regions",
            required=True,
            width=30,
        ),
        _country(),
        Field("established_on", T("Domain", "Established on"), Kind.DATE, width=11),
        Field(
            "basis_agreement_id",
            T("Domain", "Basis agreement"),
            Kind.REF,
            ref="agreements",
            width=36,
        ),
        Field(
            "status",
            T("Domain", "Status"),
            Kind.CHOICE,
            required=True,
            choices=C.TWIN_STATUSES,
            default="active",
            width=10,
        ),
        _notes(),
    ),
    title_field=None,
    natural_key=("our_organisation_id", "foreign_region_id"),
    year_field="established_on",
    status_field="status",
)

# In dependency order: an entity refers only to those before it (agreements refer to themselves).
ALL: tuple[Entity, ...] = (REGIONS, ORGANISATIONS, PEOPLE, EVENTS, AGREEMENTS, DELEGATIONS, TWINS)
BY_NAME: dict[str, Entity] = {entity.name: entity for entity in ALL}


def entity(name: str) -> Entity:
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown registry {name!r}; one of: {', '.join(BY_NAME)}") from None
