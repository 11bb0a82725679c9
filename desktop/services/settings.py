"""Settings that belong to the registry (not to one computer): stored in the database."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..db.models import Setting

if TYPE_CHECKING:
    from . import Services


@dataclass(frozen=True)
class RegistrySettings:
    region: str = ""  # our region's name, for report title blocks
    officer: str = ""  # who compiles the reports
    backup_folder: str = ""  # empty: "backups" beside the database


def registry_settings(services: Services) -> RegistrySettings:
    with services.db.read() as session:
        stored = {key: value for key, value in session.execute(select(Setting.key, Setting.value))}
    return RegistrySettings(**{f.name: stored.get(f.name) or "" for f in fields(RegistrySettings)})


def save_registry_settings(services: Services, settings: RegistrySettings) -> None:
    with services.db.write() as session:
        for item in fields(RegistrySettings):
            session.merge(Setting(key=item.name, value=getattr(settings, item.name)))
