"""Fixed value lists: the code stored in the database and its (English, translatable) label."""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Choices:
    """An ordered list of (code, label) pairs; codes are stored, labels are shown."""

    name: str
    items: tuple[tuple[str, str], ...]

    def codes(self) -> list[str]:
        return [code for code, _ in self.items]

    def label(self, code: str | None) -> str:
        for item_code, label in self.items:
            if item_code == code:
                return label
        return code or ""

    def __contains__(self, code: object) -> bool:
        return any(code == item_code for item_code, _ in self.items)


def _choices(name: str, *items: tuple[str, str]) -> Choices:
    return Choices(name, tuple(items))


REGION_KINDS = _choices(
    "region_kind",
    ("province", QT_TRANSLATE_NOOP("Domain", "Province")),
    ("state", QT_TRANSLATE_NOOP("Domain", "State")),
    ("oblast", QT_TRANSLATE_NOOP("Domain", "Oblast / region")),
    ("autonomous_region", QT_TRANSLATE_NOOP("Domain", "Autonomous region")),
    ("city", QT_TRANSLATE_NOOP("Domain", "City")),
    ("municipality", QT_TRANSLATE_NOOP("Domain", "Municipality / district")),
    ("other", QT_TRANSLATE_NOOP("Domain", "Other")),
)

ORGANISATION_KINDS = _choices(
    "organisation_kind",
    ("regional_government", QT_TRANSLATE_NOOP("Domain", "Regional government")),
    ("municipality", QT_TRANSLATE_NOOP("Domain", "Municipality")),
    ("ministry", QT_TRANSLATE_NOOP("Domain", "Ministry / agency")),
    ("embassy", QT_TRANSLATE_NOOP("Domain", "Embassy")),
    ("consulate", QT_TRANSLATE_NOOP("Domain", "Consulate")),
    ("honorary_consul", QT_TRANSLATE_NOOP("Domain", "Honorary consul")),
    ("business_association", QT_TRANSLATE_NOOP("Domain", "Business association")),
    ("company", QT_TRANSLATE_NOOP("Domain", "Company")),
    ("university", QT_TRANSLATE_NOOP("Domain", "University")),
    ("ngo", QT_TRANSLATE_NOOP("Domain", "Non-governmental organisation")),
    ("international", QT_TRANSLATE_NOOP("Domain", "International organisation")),
    ("other", QT_TRANSLATE_NOOP("Domain", "Other")),
)

SIDES = _choices(
    "side",
    ("foreign", QT_TRANSLATE_NOOP("Domain", "Foreign")),
    ("ours", QT_TRANSLATE_NOOP("Domain", "Our region")),
)

PERSON_LEVELS = _choices(
    "person_level",
    ("head_of_state", QT_TRANSLATE_NOOP("Domain", "Head of state / government")),
    ("governor", QT_TRANSLATE_NOOP("Domain", "Governor / head of region")),
    ("minister", QT_TRANSLATE_NOOP("Domain", "Minister")),
    ("deputy", QT_TRANSLATE_NOOP("Domain", "Deputy")),
    ("ambassador", QT_TRANSLATE_NOOP("Domain", "Ambassador / consul")),
    ("mayor", QT_TRANSLATE_NOOP("Domain", "Mayor")),
    ("head_of_department", QT_TRANSLATE_NOOP("Domain", "Head of department")),
    ("specialist", QT_TRANSLATE_NOOP("Domain", "Specialist")),
    ("business", QT_TRANSLATE_NOOP("Domain", "Business representative")),
    ("other", QT_TRANSLATE_NOOP("Domain", "Other")),
)

AGREEMENT_KINDS = _choices(
    "agreement_kind",
    ("agreement", QT_TRANSLATE_NOOP("Domain", "Agreement")),
    ("memorandum", QT_TRANSLATE_NOOP("Domain", "Memorandum")),
    ("protocol_of_intent", QT_TRANSLATE_NOOP("Domain", "Protocol of intent")),
    ("programme", QT_TRANSLATE_NOOP("Domain", "Programme")),
    ("road_map", QT_TRANSLATE_NOOP("Domain", "Road map / plan of measures")),
    ("twinning", QT_TRANSLATE_NOOP("Domain", "Twinning agreement")),
    ("other", QT_TRANSLATE_NOOP("Domain", "Other")),
)

AGREEMENT_SCOPES = _choices(
    "agreement_scope",
    ("international", QT_TRANSLATE_NOOP("Domain", "International")),
    ("foreign_economic", QT_TRANSLATE_NOOP("Domain", "Foreign-economic")),
    ("cross_border", QT_TRANSLATE_NOOP("Domain", "Cross-border")),
    ("interregional", QT_TRANSLATE_NOOP("Domain", "Inter-regional (domestic)")),
    ("municipal", QT_TRANSLATE_NOOP("Domain", "Municipal")),
)

SPHERES = _choices(
    "sphere",
    ("trade", QT_TRANSLATE_NOOP("Domain", "Trade")),
    ("investment", QT_TRANSLATE_NOOP("Domain", "Investment")),
    ("education", QT_TRANSLATE_NOOP("Domain", "Education")),
    ("culture", QT_TRANSLATE_NOOP("Domain", "Culture")),
    ("health", QT_TRANSLATE_NOOP("Domain", "Health")),
    ("tourism", QT_TRANSLATE_NOOP("Domain", "Tourism")),
    ("science", QT_TRANSLATE_NOOP("Domain", "Science")),
    ("agriculture", QT_TRANSLATE_NOOP("Domain", "Agriculture")),
    ("logistics", QT_TRANSLATE_NOOP("Domain", "Logistics")),
    ("industry", QT_TRANSLATE_NOOP("Domain", "Industry")),
    ("energy", QT_TRANSLATE_NOOP("Domain", "Energy")),
    ("youth", QT_TRANSLATE_NOOP("Domain", "Youth")),
    ("sport", QT_TRANSLATE_NOOP("Domain", "Sport")),
    ("humanitarian", QT_TRANSLATE_NOOP("Domain", "Humanitarian")),
)

DIRECTIONS = _choices(
    "direction",
    ("incoming", QT_TRANSLATE_NOOP("Domain", "Incoming")),
    ("outgoing", QT_TRANSLATE_NOOP("Domain", "Outgoing")),
)

VISIT_FORMATS = _choices(
    "visit_format",
    ("in_person", QT_TRANSLATE_NOOP("Domain", "In person")),
    ("online", QT_TRANSLATE_NOOP("Domain", "Online")),
)

DELEGATION_STATUSES = _choices(
    "delegation_status",
    ("planned", QT_TRANSLATE_NOOP("Domain", "Planned")),
    ("confirmed", QT_TRANSLATE_NOOP("Domain", "Confirmed")),
    ("held", QT_TRANSLATE_NOOP("Domain", "Held")),
    ("cancelled", QT_TRANSLATE_NOOP("Domain", "Cancelled")),
)

EVENT_KINDS = _choices(
    "event_kind",
    ("forum", QT_TRANSLATE_NOOP("Domain", "Forum")),
    ("conference", QT_TRANSLATE_NOOP("Domain", "Conference")),
    ("exhibition", QT_TRANSLATE_NOOP("Domain", "Exhibition")),
    ("meeting", QT_TRANSLATE_NOOP("Domain", "Meeting / round table")),
    ("festival", QT_TRANSLATE_NOOP("Domain", "Festival")),
    ("other", QT_TRANSLATE_NOOP("Domain", "Other")),
)

TWIN_STATUSES = _choices(
    "twin_status",
    ("active", QT_TRANSLATE_NOOP("Domain", "Active")),
    ("suspended", QT_TRANSLATE_NOOP("Domain", "Suspended")),
    ("dormant", QT_TRANSLATE_NOOP("Domain", "Dormant")),  # before the status history (0006)
    ("terminated", QT_TRANSLATE_NOOP("Domain", "Terminated")),
)
