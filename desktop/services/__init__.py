"""Use cases over the database, in plain Python: the one API of the GUI, the CLI and tests.

``Services`` is the front door (as Anki's Collection): it owns every registry and every
sub-API, and the one change channel every write announces itself on after it committed."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path

from ..db.database import Database, open_database
from ..domain.countries import known_countries, use_custom_countries
from ..domain.entities import ALL
from .backups import checked_folder
from .changes import Action, ChangeChannel, Changes, Listener
from .countries import CustomCountries
from .exchange import Exchange
from .facades import Attachments, Backups, DashboardAPI, Reports
from .live import LiveUpdates
from .opening import without_password
from .queries import Query
from .registry import Registry
from .settings import Settings

__all__ = ["Action", "Changes", "Query", "Registry", "Services", "open_services"]


class Services:
    """Every registry of one open database, its sub-APIs and its reference data."""

    def __init__(
        self,
        db: Database,
        user: str | None = None,
        language: str = "ru",
        backup_folder: Path | str | None = None,
    ) -> None:
        self.db = db
        self.user = user or getpass.getuser()
        self.language = language
        self._countries: list[tuple[str, str]] | None = None
        self._country_names: dict[str, str] = {}
        self._channel = ChangeChannel()
        self.registries = {e.name: Registry(db, e, self.user, language, self.notify) for e in ALL}
        self.attachments = Attachments(self)
        self.backups = Backups(self, backup_folder)  # this computer's choice, not the file's
        self.settings = Settings(self)
        self.reports = Reports(self)
        self.dashboard = DashboardAPI(self)
        self.exchange = Exchange(self)
        self.custom_countries = CustomCountries(self)
        self.custom_countries.load()
        # a shared server registry: writes announced to the other clients, theirs heard
        # once a window calls live.start() (services/live.py)
        self.live = (
            LiveUpdates(db.engine, self._channel.notify) if db.dialect == "postgresql" else None
        )

    def __getitem__(self, name: str) -> Registry:
        return self.registries[name]

    @property
    def location(self) -> str:
        """Where the registry is: its file, or the server's URL without a password (shown in
        the title, kept in a copy taken away)."""
        return str(self.db.path) if self.db.path is not None else without_password(self.db.url)

    # -- the change channel ----------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(changes)`` after every write that commits; returns what
        unsubscribes it. Listeners are called in the thread that wrote."""
        return self._channel.subscribe(listener)

    def notify(self, changes: Changes) -> Changes:
        """Tell every listener what a committed write changed (the writes call this), and
        the other clients of a server registry."""
        self._channel.notify(changes)
        if self.live is not None:
            self.live.publish(changes)
        return changes

    def countries(self) -> list[tuple[str, str]]:
        """(code, name) in the interface language, sorted by name."""
        if self._countries is None:
            pairs = [
                (c.code, c.name_ru if self.language == "ru" else c.name_en)
                for c in known_countries()
            ]
            self._countries = sorted(pairs, key=lambda pair: pair[1])
            self._country_names = dict(self._countries)
        return self._countries

    def forget_countries(self) -> None:
        """The country list changed (a country of the office's own was added)."""
        self._countries = None

    def countries_in_use(self, entity: str) -> list[tuple[str, str]]:
        """(code, name) of the countries records of ``entity`` name, as ``countries()``."""
        registry = self[entity]
        if registry.entity.country_field is None:
            return []
        with self.db.read() as session:
            codes = set(session.scalars(registry.queries.countries_in_use()))
        return [pair for pair in self.countries() if pair[0] in codes]

    def country_name(self, code: str | None) -> str:
        if not code:
            return ""
        self.countries()
        return self._country_names.get(code, code)

    def close(self) -> None:
        if self.live is not None:
            self.live.stop()
        use_custom_countries([])  # its own countries go with it
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
    backup_folder: Path | str | None = None,
) -> Services:
    """``backup_folder``: where this computer keeps the registry's backups (absolute; None:
    ``backups/`` beside it), the one before a schema update included."""
    folder = checked_folder(backup_folder)
    database = open_database(target, check=check, backup_folder=folder)
    return Services(database, user=user, language=language, backup_folder=folder)
