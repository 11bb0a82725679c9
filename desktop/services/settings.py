"""Settings that belong to the registry (not to one computer): stored in the database."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..db.models import Setting
from .changes import SETTINGS, Action, Changes

if TYPE_CHECKING:
    from . import Services


@dataclass(frozen=True)
class RegistrySettings:
    region: str = ""  # our region's name, for report title blocks
    officer: str = ""  # who compiles the reports
    # No backup folder: where copies of the data go is each computer's choice, never the
    # file's (issue 13); a ``backup_folder`` row older registries hold is read past.


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
