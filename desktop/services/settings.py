"""Settings that belong to the registry (not to one computer): stored in the database."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..db.models import Setting
from ..domain.i18n import QT_TRANSLATE_NOOP
from .changes import SETTINGS, Action, Changes

if TYPE_CHECKING:
    from . import Services


@dataclass(frozen=True)
class RegistrySettings:
    region: str = ""  # our region's name, for report title blocks
    officer: str = ""  # who compiles the reports
    # ISO codes of the states adjacent to the region, comma-separated («CN,MN,KZ»): what a
    # template's ``country=adjacent`` and the Order 280 border report select
    adjacent_countries: str = ""
    # the built-in forms the office submits, comma-separated keys (services/report_forms.py):
    # their deadlines are shown on Home
    report_forms: str = ""
    # No backup folder: where copies of the data go is each computer's choice, never the
    # file's (issue 13); a ``backup_folder`` row older registries hold is read past.

    def adjacent(self) -> frozenset[str]:
        return frozenset(codes(self.adjacent_countries))

    def forms(self) -> tuple[str, ...]:
        return tuple(codes(self.report_forms, upper=False))


def codes(text: str, upper: bool = True) -> list[str]:
    """«cn, MN;kz» -> ["CN", "MN", "KZ"]: a list as typed, in order, each once."""
    found: list[str] = []
    for part in text.replace(";", ",").replace(" ", ",").split(","):
        part = part.strip().upper() if upper else part.strip()
        if part and part not in found:
            found.append(part)
    return found


# The states a region's border runs along, by part of the country: a choice in the settings
# fills the list, which can then be edited (a maritime neighbour added, one left out).
BORDER_PRESETS: tuple[tuple[str, str, str], ...] = (
    (
        "far_east",
        QT_TRANSLATE_NOOP("Domain", "Far East: China, Mongolia, North Korea, Japan"),
        "CN,MN,KP,JP",
    ),
    ("siberia", QT_TRANSLATE_NOOP("Domain", "Siberia: China, Mongolia, Kazakhstan"), "CN,MN,KZ"),
    ("urals_volga", QT_TRANSLATE_NOOP("Domain", "Urals and Volga: Kazakhstan"), "KZ"),
    ("caucasus", QT_TRANSLATE_NOOP("Domain", "North Caucasus: Azerbaijan, Georgia"), "AZ,GE"),
    ("west", QT_TRANSLATE_NOOP("Domain", "West: Belarus"), "BY"),
    (
        "north_west",
        QT_TRANSLATE_NOOP("Domain", "North-West: Finland, Norway, Estonia, Latvia"),
        "FI,NO,EE,LV",
    ),
    ("kaliningrad", QT_TRANSLATE_NOOP("Domain", "Kaliningrad: Lithuania, Poland"), "LT,PL"),
)


class Settings:
    """``services.settings``: the registry's own settings, read and saved."""

    def __init__(self, services: Services) -> None:
        self._services = services

    def read(self) -> RegistrySettings:
        with self._services.db.read() as session:
            stored = {
                key: value for key, value in session.execute(select(Setting.key, Setting.value))
            }
        return RegistrySettings(
            **{f.name: stored.get(f.name) or "" for f in fields(RegistrySettings)}
        )

    def save(self, settings: RegistrySettings) -> Changes:
        with self._services.db.write() as session:
            for item in fields(RegistrySettings):
                session.merge(Setting(key=item.name, value=getattr(settings, item.name)))
        return self._services.notify(Changes(SETTINGS, Action.UPDATE))


# The two below are ``services.settings`` read and saved, for callers written before it.


def registry_settings(services: Services) -> RegistrySettings:
    return services.settings.read()


def save_registry_settings(services: Services, settings: RegistrySettings) -> Changes:
    return services.settings.save(settings)
