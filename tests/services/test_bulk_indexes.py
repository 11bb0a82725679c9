"""The demo writes its records with the indexes off and builds them at the end: what it leaves
must be exactly what the triggers and the sort indexes would have made row by row."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.services import Query
from desktop.services.demo import fill_demo

pytestmark = pytest.mark.sqlite_only("the FTS5 index the demo builds")


def _bodies(services, table: str) -> dict[int, str]:
    with services.db.read() as session:
        rows = session.execute(text(f"SELECT rowid, body FROM {table}_fts"))  # noqa: S608
        return dict(rows.all())


def test_demo_indexes_what_the_triggers_would(services):
    fill_demo(services.db, 30, seed=5)
    fill_demo(services.db, 20, seed=6)  # a second run adds to a filled registry
    with services.db.read() as session:
        triggers = session.execute(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")
        ).scalar()
        sort_indexes = session.execute(
            text("SELECT count(*) FROM sqlite_master WHERE name LIKE 'ix_%_sort_%'")
        ).scalar()
    # 7 tables x (insert, update, delete) + 7 for the names referred to, + 4 child lists
    # whose text is their record's (results and plans of agreements and twins) x 3
    assert triggers == 40
    assert sort_indexes == 53
    for name, registry in services.registries.items():
        table = registry.entity.table
        before = _bodies(services, table)
        assert len(before) == 50, name
        # Re-index every record through its update trigger: the text must not change.
        column = registry.entity.searchable_fields[0].name
        with services.db.write() as session:
            session.execute(text(f"UPDATE {table} SET {column} = {column}"))  # noqa: S608
        assert _bodies(services, table) == before, name
    # And the sort indexes answer: a sorted registry lists every record once.
    people = services["people"]
    assert sorted(people.search(Query(sort_field="name_ru"))) == sorted(people.search(Query()))
