"""Fixed value lists: the code stored in the database and its (English, translatable) label."""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import QT_TRANSLATE_NOOP as T


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
    ("province", T("Domain", "Province")),
    ("state", T("Domain", "State")),
    ("oblast", T("Domain", "Oblast / region")),
    ("autonomous_region", T("Domain", "Autonomous region")),
    ("city", T("Domain", "City")),
    ("municipality", T("Domain", "Municipality / district")),
    ("other", T("Domain", "Other")),
)

ORGANISATION_KINDS = _choices(
    "organisation_kind",
    ("regional_government", T("Domain", "Regional government")),
    ("municipality", T("Domain", "Municipality")),
    ("ministry", T("Domain", "Ministry / agency")),
    ("embassy", T("Domain", "Embassy")),
    ("consulate", T("Domain", "Consulate")),
    ("business_association", T("Domain", "Business association")),
    ("company", T("Domain", "Company")),
    ("university", T("Domain", "University")),
    ("ngo", T("Domain", "Non-governmental organisation")),
    ("international", T("Domain", "International organisation")),
    ("other", T("Domain", "Other")),
)

SIDES = _choices(
    "side",
    ("foreign", T("Domain", "Foreign")),
    ("ours", T("Domain", "Our region")),
)

PERSON_LEVELS = _choices(
    "person_level",
    ("head_of_state", T("Domain", "Head of state / government")),
    ("governor", T("Domain", "Governor / head of region")),
    ("minister", T("Domain", "Minister")),
    ("deputy", T("Domain", "Deputy")),
    ("ambassador", T("Domain", "Ambassador / consul")),
    ("mayor", T("Domain", "Mayor")),
    ("head_of_department", T("Domain", "Head of department")),
    ("specialist", T("Domain", "Specialist")),
    ("business", T("Domain", "Business representative")),
    ("other", T("Domain", "Other")),
)

AGREEMENT_KINDS = _choices(
    "agreement_kind",
    ("agreement", T("Domain", "Agreement")),
    ("memorandum", T("Domain", "Memorandum")),
    ("protocol_of_intent", T("Domain", "Protocol of intent")),
    ("programme", T("Domain", "Programme")),
    ("road_map", T("Domain", "Road map / plan of measures")),
    ("twinning", T("Domain", "Twinning agreement")),
    ("other", T("Domain", "Other")),
)

AGREEMENT_SCOPES = _choices(
    "agreement_scope",
    ("international", T("Domain", "International")),
    ("foreign_economic", T("Domain", "Foreign-economic")),
    ("cross_border", T("Domain", "Cross-border")),
    ("interregional", T("Domain", "Inter-regional (domestic)")),
    ("municipal", T("Domain", "Municipal")),
)

SPHERES = _choices(
    "sphere",
    ("trade", T("Domain", "Trade")),
    ("investment", T("Domain", "Investment")),
    ("education", T("Domain", "Education")),
    ("culture", T("Domain", "Culture")),
    ("health", T("Domain", "Health")),
    ("tourism", T("Domain", "Tourism")),
    ("science", T("Domain", "Science")),
    ("agriculture", T("Domain", "Agriculture")),
    ("logistics", T("Domain", "Logistics")),
    ("industry", T("Domain", "Industry")),
    ("energy", T("Domain", "Energy")),
    ("youth", T("Domain", "Youth")),
    ("sport", T("Domain", "Sport")),
    ("humanitarian", T("Domain", "Humanitarian")),
)

DIRECTIONS = _choices(
    "direction",
    ("incoming", T("Domain", "Incoming")),
    ("outgoing", T("Domain", "Outgoing")),
)

VISIT_FORMATS = _choices(
    "visit_format",
    ("in_person", T("Domain", "In person")),
    ("online", T("Domain", "Online")),
)

DELEGATION_STATUSES = _choices(
    "delegation_status",
    ("planned", T("Domain", "Planned")),
    ("confirmed", T("Domain", "Confirmed")),
    ("held", T("Domain", "Held")),
    ("cancelled", T("Domain", "Cancelled")),
)

EVENT_KINDS = _choices(
    "event_kind",
    ("forum", T("Domain", "Forum")),
    ("conference", T("Domain", "Conference")),
    ("exhibition", T("Domain", "Exhibition")),
    ("meeting", T("Domain", "Meeting / round table")),
    ("festival", T("Domain", "Festival")),
    ("other", T("Domain", "Other")),
)

TWIN_STATUSES = _choices(
    "twin_status",
    ("active", T("Domain", "Active")),
    ("dormant", T("Domain", "Dormant")),
    ("terminated", T("Domain", "Terminated")),
)
