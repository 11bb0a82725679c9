"""Field shapes several record types share."""

from __future__ import annotations

from .. import choices as C
from ..fields import Field, Kind
from ..i18n import QT_TRANSLATE_NOOP


def notes() -> Field:
    return Field(
        "notes",
        QT_TRANSLATE_NOOP("Domain", "Notes"),
        Kind.LONG_TEXT,
        in_table=False,
        searchable=True,
    )


def choice(
    name: str, label: str, choices: C.Choices, required: bool = True, **options: object
) -> Field:
    """A field taking one value of a fixed list (required unless said otherwise)."""
    return Field(name, label, Kind.CHOICE, required=required, choices=choices, **options)  # type: ignore[arg-type]


def country(required: bool = True) -> Field:
    return Field(
        "country_code",
        QT_TRANSLATE_NOOP("Domain", "Country"),
        Kind.COUNTRY,
        required=required,
        width=16,
    )
