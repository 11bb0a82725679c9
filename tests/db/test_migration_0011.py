"""Revision 0011 on a registry of the day before: its records stay found by their own
words, and its agreements and twin pairs are found by their new results too."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.services import Query, open_services

pytestmark = pytest.mark.sqlite_only("the fixture is an SQLite file; the index is FTS5")

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_0008.sqlite"


def test_an_upgraded_registry_searches_old_text_and_new_results(tmp_path):
    path = tmp_path / "registry.sqlite"
    shutil.copy(FIXTURE, path)
    services = open_services(path)
    try:
        agreements = services["agreements"]
        first = agreements.search()[0]
        title = agreements.get(first)["title"]
        assert first in agreements.search(Query(text=title.split()[0]))
        current = agreements.get(first)
        plan = [{"measure": "Ярмарка побратимов в Хэйхэ", "responsible": "Минэкономразвития"}]
        agreements.update(first, current["version"], {"plan": plan})
        assert agreements.search(Query(text="побратимов хэйхэ")) == [first]
        twins = services["twins"]
        pair = twins.search()[0]
        result = {"on_date": "2025", "description": "Фестиваль фейерверков"}
        twins.update(pair, twins.get(pair)["version"], {"results": [result]})
        assert twins.search(Query(text="фейерверк")) == [pair]
    finally:
        services.close()
