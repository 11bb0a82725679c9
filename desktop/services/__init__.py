"""Use cases over the database, in plain Python: the one API of the GUI, the CLI and tests."""

from __future__ import annotations

import getpass
from pathlib import Path

from ..db.database import Database, open_database
from ..domain.countries import all_countries
from ..domain.entities import ALL
from .changes import Changes
from .queries import Query
from .registry import Registry

__all__ = ["Changes", "Query", "Registry", "Services", "open_services"]


class Services:
    """Every registry of one open database, plus its reference data."""

    def __init__(self, db: Database, user: str | None = None, language: str = "ru") -> None:
        self.db = db
        self.user = user or getpass.getuser()
        self.language = language
        self._countries: list[tuple[str, str]] | None = None
        self._country_names: dict[str, str] = {}
        self.registries = {e.name: Registry(db, e, self.user, language) for e in ALL}

    def __getitem__(self, name: str) -> Registry:
        return self.registries[name]

    def countries(self) -> list[tuple[str, str]]:
        """(code, name) in the interface language, sorted by name."""
        if self._countries is None:
            pairs = [
                (c.code, c.name_ru if self.language == "ru" else c.name_en) for c in all_countries()
            ]
            self._countries = sorted(pairs, key=lambda pair: pair[1])
            self._country_names = dict(self._countries)
        return self._countries

    def country_name(self, code: str | None) -> str:
        if not code:
            return ""
        self.countries()
        return self._country_names.get(code, code)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def open_services(
    target: str | Path,
    language: str = "ru",
    user: str | None = None,
    check: bool = True,
    backup_folder: Path | None = None,
) -> Services:
    database = open_database(target, check=check, backup_folder=backup_folder)
    return Services(database, user=user, language=language)
