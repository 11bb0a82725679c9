"""The office's own countries: partners outside ISO 3166-1 (Абхазия, say) get a code from
the range ISO leaves to its users (XA–XZ) and a Russian name, and from then on are countries
like any other — in pick lists, validation, filters, search, imports and reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from ..db.models import Country
from ..domain.countries import (
    CUSTOM_CODES,
    CountryName,
    custom_country,
    find_country,
    use_custom_countries,
)
from ..domain.i18n import QT_TRANSLATE_NOOP
from .changes import Action, Changes
from .errors import ServiceError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from . import Services

ENTITY = "countries"  # the name its changes are announced under


class CountryRefused(ServiceError):
    """Why a country was not added: one of the sentences below, filled with ``params``."""

    NO_NAME = QT_TRANSLATE_NOOP("Domain", "Write the country's name in Russian")
    KNOWN = QT_TRANSLATE_NOOP(
        "Domain", "«{name}» is a country the registry knows ({code}): pick it from the list"
    )
    NO_CODE_LEFT = QT_TRANSLATE_NOOP(
        "Domain", "Every code from XA to XZ is taken: no more countries can be added"
    )
    BAD_CODE = QT_TRANSLATE_NOOP(
        "Domain", "The code {code} is taken or not from XA to XZ: choose a free one"
    )

    def __init__(self, message: str, **params: str) -> None:
        self.message = message
        super().__init__("", "", **params)


class CustomCountries:
    def __init__(self, services: Services) -> None:
        self.services = services

    def read(self) -> list[CountryName]:
        """The registry's own countries, by code."""
        with self.services.db.read() as session:
            rows = session.execute(
                select(Country.code, Country.name_ru, Country.name_en)
                .where(Country.code.in_(CUSTOM_CODES))
                .order_by(Country.code)
            ).all()
        return [custom_country(code, ru, en) for code, ru, en in rows]

    def free_codes(self) -> list[str]:
        taken = {c.code for c in self.read()}
        return [code for code in CUSTOM_CODES if code not in taken]

    def load(self) -> None:
        """Make the registry's own countries known to validation and the workbooks."""
        use_custom_countries(self.read())

    def add(self, name_ru: str, code: str | None = None, name_en: str | None = None) -> str:
        """Add a country outside ISO 3166-1 (the next free XA–XZ code unless ``code`` is
        given); its code. CountryRefused when the name is empty or names a country already
        known, or the code is not free or not in XA–XZ."""
        name = " ".join(name_ru.split())
        if not name:
            raise CountryRefused(CountryRefused.NO_NAME)
        known = find_country(name)
        if known is not None:
            raise CountryRefused(CountryRefused.KNOWN, name=name, code=known)
        free = self.free_codes()
        if code is None:
            if not free:
                raise CountryRefused(CountryRefused.NO_CODE_LEFT)
            code = free[0]
        code = code.strip().upper()
        if code not in free:
            raise CountryRefused(CountryRefused.BAD_CODE, code=code)
        country = custom_country(code, name, " ".join((name_en or "").split()) or None)
        with self.services.db.write() as session:
            _insert(session, country)
        self.added()
        return code

    def add_in(self, session: Session, names: list[str]) -> list[str]:
        """Countries of the office's own added inside a write transaction the caller holds
        (an import's, before the rows naming them): their codes, the next free ones as that
        transaction sees them. The caller calls ``added`` once it committed."""
        taken = set(session.scalars(select(Country.code).where(Country.code.in_(CUSTOM_CODES))))
        free = [code for code in CUSTOM_CODES if code not in taken]
        if len(free) < len(names):
            raise CountryRefused(CountryRefused.NO_CODE_LEFT)
        for name, code in zip(names, free, strict=False):
            _insert(session, custom_country(code, " ".join(name.split())))
        session.flush()  # before the rows that refer to them
        return free[: len(names)]

    def added(self) -> None:
        """Countries were added and committed: validation, pick lists and listeners learn it."""
        self.load()
        self.services.forget_countries()
        self.services.notify(Changes(ENTITY, Action.CREATE, ()))

    def find_or_add(self, name_ru: str) -> tuple[str, bool]:
        """The code of a country by its name, adding it as the office's own when ISO and
        the registry know no such country (an import's ``--create-missing``); and whether it
        was added."""
        code = find_country(name_ru)
        if code is not None:
            return code, False
        return self.add(name_ru), True


def _insert(session: Session, country: CountryName) -> None:
    session.add(
        Country(
            code=country.code,
            alpha3=country.alpha3,
            name_ru=country.name_ru,
            name_en=country.name_en,
        )
    )
