"""A small registry whose report is known by heart: every boundary of the period 2024."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services import Services
from desktop.services.settings import RegistrySettings
from tests.conftest import add_organisation, add_region

START, END = date(2024, 1, 1), date(2024, 12, 31)


def agreement(services: Services, title: str, steps, **values) -> int:
    history = [{"status": s, "on_date": date.fromisoformat(d)} for s, d in steps]
    return (
        services["agreements"]
        .create(
            {
                "title": title,
                "country_code": values.pop("country_code", "CN"),
                "history": history,
                **values,
            }
        )
        .ids[0]
    )


@pytest.fixture
def known(services: Services) -> Services:
    services.settings.save(RegistrySettings(region="Энская область", officer="Иванова М. С."))
    region = add_region(services)
    ours = add_organisation(services, "Правительство Энской области", side="ours", country="RU")
    foreign = add_organisation(services)
    parties = [
        {"side": "ours", "organisation_id": ours},
        {"side": "foreign", "organisation_id": foreign},
    ]
    agreement(
        services,
        "A в силе с 2023",
        [("signed", "2023-05-01"), ("registered", "2023-06-01")],
        valid_to=date(2028, 5, 1),
        region_id=region,
        parties=parties,
    )
    agreement(
        services, "B подписано в первый день", [("draft", "2023-12-01"), ("signed", "2024-01-01")]
    )
    agreement(
        services,
        "C прекращено в последний день",
        [("signed", "2022-01-01"), ("terminated", "2024-12-31")],
    )
    agreement(
        services,
        "D истёк срок",
        [("signed", "2019-01-01")],
        valid_to=date(2024, 6, 30),
        country_code="BY",
    )
    agreement(
        services,
        "E продлевается автоматически",
        [("signed", "2019-01-01")],
        valid_to=date(2024, 6, 30),
        auto_prolongation=True,
        country_code="BY",
    )
    agreement(services, "F подписано в последний день", [("signed", "2024-12-31")])
    agreement(services, "G подписано после периода", [("signed", "2025-01-01")])
    agreement(services, "H истекает летом", [("signed", "2020-07-01")], valid_to=date(2025, 6, 30))
    agreement(services, '=HYPERLINK("http://evil","нажми")', [("draft", "2024-02-01")])
    for direction, day, status in [
        ("incoming", "2024-01-01", "held"),
        ("outgoing", "2024-12-31", "held"),
        ("incoming", "2024-05-01", "cancelled"),
        ("outgoing", "2025-01-01", "planned"),
    ]:
        services["delegations"].create(
            {
                "purpose": f"Визит {day}",
                "direction": direction,
                "date_from": date.fromisoformat(day),
                "country_code": "CN",
                "status": status,
            }
        )
    services["events"].create(
        {"name": "Форум регионов", "date_from": date(2024, 3, 1), "country_code": "BY"}
    )
    services["events"].create({"name": "Прошлогодний форум", "date_from": date(2023, 12, 31)})
    services["twins"].create(
        {
            "our_organisation_id": ours,
            "foreign_region_id": region,
            "country_code": "CN",
            "status": "active",
            "established_on": date(2010, 9, 1),
        }
    )
    return services
