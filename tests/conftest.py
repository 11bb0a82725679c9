"""Shared fixtures: real SQLite files in temporary folders, Qt offscreen."""

from __future__ import annotations

import os

# Before anything imports Qt: tests never need a screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from desktop.services import Services, open_services  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "registry.sqlite"


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    opened = open_services(db_path, language="ru", user="tester")
    yield opened
    opened.close()


def add_region(
    services: Services,
    name: str = "провинция Хэйлунцзян",
    country: str = "CN",
    original: str = "黑龙江省 Heilongjiang",
) -> int:
    changes = services["regions"].create(
        {"country_code": country, "name_ru": name, "name_original": original, "kind": "province"}
    )
    return changes.ids[0]


def add_organisation(
    services: Services,
    name: str = "Правительство провинции Хэйлунцзян",
    side: str = "foreign",
    country: str = "CN",
) -> int:
    changes = services["organisations"].create(
        {"name_ru": name, "kind": "regional_government", "side": side, "country_code": country}
    )
    return changes.ids[0]


pytest_plugins = ["pytester"]
