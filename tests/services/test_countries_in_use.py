"""The countries a registry's records name: what its country filter offers."""

from __future__ import annotations

from desktop.services import open_services
from tests.conftest import add_organisation, add_region


def test_only_the_countries_records_name_in_the_language(db_target):
    with open_services(db_target, language="ru") as services:
        add_region(services, "провинция Хэйлунцзян", "CN")
        add_region(services, "Минская область", "BY", "Minsk Region")
        trashed = add_region(services, "Ташкентская область", "UZ", "Toshkent viloyati")
        services["regions"].delete([trashed])  # the trash is filtered by country too
        add_organisation(services, "Посольство Японии", country="JP")
        assert services.countries_in_use("regions") == [
            ("BY", "Беларусь"),
            ("CN", "Китай"),
            ("UZ", "Узбекистан"),
        ]
        assert services.countries_in_use("organisations") == [("JP", "Япония")]
        assert services.countries_in_use("people") == []  # no country field
    with open_services(db_target, language="en") as services:
        assert services.countries_in_use("regions") == [
            ("BY", "Belarus"),
            ("CN", "China"),
            ("UZ", "Uzbekistan"),
        ]
