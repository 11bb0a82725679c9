"""Every record type of the registry, described once (see ``fields.py``).

Adding a field: add it here and to the model in ``desktop/db/models.py``, then write a
migration. The table, the form, validation, search and Excel follow from this list.
"""

from __future__ import annotations

from . import choices as C
from . import lifecycle
from .fields import Child, Derived, Entity, Field, Kind
from .i18n import QT_TRANSLATE_NOOP
from .lifecycle import AGREEMENT_STATUSES


def _notes() -> Field:
    return Field(
        "notes",
        QT_TRANSLATE_NOOP("Domain", "Notes"),
        Kind.LONG_TEXT,
        in_table=False,
        searchable=True,
    )


def _choice(
    name: str, label: str, choices: C.Choices, required: bool = True, **options: object
) -> Field:
    """A field taking one value of a fixed list (required unless said otherwise)."""
    return Field(name, label, Kind.CHOICE, required=required, choices=choices, **options)  # type: ignore[arg-type]


def _country(required: bool = True) -> Field:
    return Field(
        "country_code",
        QT_TRANSLATE_NOOP("Domain", "Country"),
        Kind.COUNTRY,
        required=required,
        width=16,
    )


REGIONS = Entity(
    name="regions",
    label=QT_TRANSLATE_NOOP("Domain", "Foreign region"),
    plural=QT_TRANSLATE_NOOP("Domain", "Foreign regions"),
    table="foreign_region",
    fields=(
        _country(),
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
        _choice("kind", QT_TRANSLATE_NOOP("Domain", "Kind"), C.REGION_KINDS, default="province"),
        _notes(),
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
        _choice(
            "kind",
            QT_TRANSLATE_NOOP("Domain", "Kind"),
            C.ORGANISATION_KINDS,
            default="regional_government",
            width=20,
        ),
        _choice("side", QT_TRANSLATE_NOOP("Domain", "Side"), C.SIDES, default="foreign", width=10),
        _country(required=False),
        Field(
            "region_id", QT_TRANSLATE_NOOP("Domain", "Region"), Kind.REF, ref="regions", width=20
        ),
        Field("city", QT_TRANSLATE_NOOP("Domain", "City"), searchable=True),
        Field("address", QT_TRANSLATE_NOOP("Domain", "Address"), in_table=False),
        Field("website", QT_TRANSLATE_NOOP("Domain", "Website"), in_table=False),
        Field("email", QT_TRANSLATE_NOOP("Domain", "E-mail"), Kind.EMAIL, width=20),
        Field("phones", QT_TRANSLATE_NOOP("Domain", "Phones"), Kind.PHONES, in_table=False),
        _notes(),
    ),
    title_field="name_ru",
    natural_key=("name_ru", "country_code"),
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
        _choice(
            "level", QT_TRANSLATE_NOOP("Domain", "Level"), C.PERSON_LEVELS, width=18, required=False
        ),
        Field("phones", QT_TRANSLATE_NOOP("Domain", "Phones"), Kind.PHONES, width=18),
        Field("email", QT_TRANSLATE_NOOP("Domain", "E-mail"), Kind.EMAIL, width=22),
        Field("languages", QT_TRANSLATE_NOOP("Domain", "Languages"), in_table=False),
        Field("active", QT_TRANSLATE_NOOP("Domain", "Active"), Kind.BOOL, default=True, width=8),
        _notes(),
    ),
    title_field="name_ru",
    natural_key=("name_ru", "organisation_id"),
)

AGREEMENTS = Entity(
    name="agreements",
    label=QT_TRANSLATE_NOOP("Domain", "Agreement"),
    plural=QT_TRANSLATE_NOOP("Domain", "Agreements"),
    table="agreement",
    fields=(
        Field(
            "title", QT_TRANSLATE_NOOP("Domain", "Title"), required=True, searchable=True, width=48
        ),
        _choice(
            "kind",
            QT_TRANSLATE_NOOP("Domain", "Kind"),
            C.AGREEMENT_KINDS,
            default="agreement",
            width=16,
        ),
        _choice(
            "scope",
            QT_TRANSLATE_NOOP("Domain", "Scope"),
            C.AGREEMENT_SCOPES,
            default="international",
            in_table=False,
        ),
        _country(),
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
        Field("signed_on", QT_TRANSLATE_NOOP("Domain", "Signed on"), Kind.DATE, width=11),
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
        Field("valid_from", QT_TRANSLATE_NOOP("Domain", "Valid from"), Kind.DATE, in_table=False),
        Field("valid_to", QT_TRANSLATE_NOOP("Domain", "Valid to"), Kind.DATE, width=11),
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
        _notes(),
    ),
    title_field="title",
    natural_key=("title", "country_code"),
    children=(
        Child(
            "parties",
            QT_TRANSLATE_NOOP("Domain", "Parties"),
            "agreement_party",
            (
                _choice("side", QT_TRANSLATE_NOOP("Domain", "Side"), C.SIDES, default="foreign"),
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
                _choice(
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
        ),
    ),
    date_range=("valid_from", "valid_to"),
    year_field="signed_on",
    status_field="status",
)

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
        _choice(
            "kind",
            QT_TRANSLATE_NOOP("Domain", "Kind"),
            C.EVENT_KINDS,
            default="forum",
            width=12,
            required=False,
        ),
        Field("date_from", QT_TRANSLATE_NOOP("Domain", "From"), Kind.DATE, required=True, width=11),
        Field("date_to", QT_TRANSLATE_NOOP("Domain", "To"), Kind.DATE, width=11),
        _country(required=False),
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
        _choice(
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
        _notes(),
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
        _choice(
            "direction",
            QT_TRANSLATE_NOOP("Domain", "Direction"),
            C.DIRECTIONS,
            default="incoming",
            width=10,
        ),
        _choice(
            "format",
            QT_TRANSLATE_NOOP("Domain", "Format"),
            C.VISIT_FORMATS,
            default="in_person",
            in_table=False,
        ),
        Field("date_from", QT_TRANSLATE_NOOP("Domain", "From"), Kind.DATE, required=True, width=11),
        Field("date_to", QT_TRANSLATE_NOOP("Domain", "To"), Kind.DATE, width=11),
        _country(),
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
        _choice(
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
        _choice(
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
        _notes(),
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
        _country(),
        Field("established_on", QT_TRANSLATE_NOOP("Domain", "Established on"), Kind.DATE, width=11),
        Field(
            "basis_agreement_id",
            QT_TRANSLATE_NOOP("Domain", "Basis agreement"),
            Kind.REF,
            ref="agreements",
            width=36,
        ),
        _choice(
            "status",
            QT_TRANSLATE_NOOP("Domain", "Status"),
            C.TWIN_STATUSES,
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
