"""Sorting a whole registry from the sort indexes (services/sorting.py) gives exactly the order
of the general SQL path, and SQLite reads it from an index instead of sorting."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from desktop.domain.entities import ALL
from desktop.services import Query
from desktop.services.demo import fill_demo
from desktop.services.sorting import uses_sort_index


@pytest.fixture
def demo(services):
    fill_demo(services.db, 40, seed=11)
    # Records in the trash (a referenced region among them), a title differing only in case,
    # and two records naming regions of the same name.
    regions = services["regions"]
    first, second = regions.search(Query())[:2]
    regions.update(first, regions.get(first)["version"], {"name_ru": "провинция Ляонин"})
    regions.update(second, regions.get(second)["version"], {"name_ru": "ПРОВИНЦИЯ ЛЯОНИН"})
    for registry in services.registries.values():
        registry.delete(registry.search(Query())[3:5])
    return services


def _general_path(registry, query: Query) -> list[int]:
    """The order of the SQL path the indexes stand in for."""
    from desktop.db.engine import fetch_ids

    with registry.db.read() as session:
        return fetch_ids(session, registry.queries.search(query, registry.db.dialect))


@pytest.mark.parametrize("entity", ALL, ids=lambda e: e.name)
def test_index_order_is_the_general_order(demo, entity):
    registry = demo[entity.name]
    assert len(registry.search(Query())) > 20
    for field in entity.table_fields:
        for descending in (False, True):
            query = Query(sort_field=field.name, descending=descending)
            assert uses_sort_index(query, "sqlite")
            expected = _general_path(registry, query)
            assert registry.search(query) == expected, (field.name, descending)


@pytest.mark.parametrize("language", ["ru", "en"])
def test_country_order_follows_the_language(new_db_target, language):
    from desktop.services import open_services

    services = open_services(new_db_target("r"), language=language, user="t")
    try:
        fill_demo(services.db, 60, seed=3)
        registry = services["events"]
        column = [f.name for f in registry.entity.table_fields].index("country_code")
        ids = registry.search(Query(sort_field="country_code"))
        rows = registry.rows(ids)
        names = [rows[i][column] for i in ids]
        assert names == sorted(names, key=str.casefold)
        assert len(set(names)) > 3
    finally:
        services.close()


@pytest.mark.sqlite_only("SQLite's query plan (PostgreSQL's sort indexes: issue 14 item 3)")
def test_sorts_read_an_index_and_never_sort(demo):
    """EXPLAIN QUERY PLAN of every statement a whole-registry sort runs: no temporary B-tree
    (SQLite's sort step) and no full scan of a registry table."""
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        statements.append(statement)

    event.listen(demo.db.engine, "before_cursor_execute", record)
    try:
        for entity in ALL:
            for field in entity.table_fields:
                demo[entity.name].search(Query(sort_field=field.name))
                demo[entity.name].search(Query(sort_field=field.name, descending=True))
    finally:
        event.remove(demo.db.engine, "before_cursor_execute", record)
    selects = {s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))}
    assert len(selects) > 50
    with demo.db.read() as session:
        raw = session.connection().connection.dbapi_connection
        for statement in selects:
            explain = "EXPLAIN QUERY PLAN " + statement
            params = ("CN",) if "?" in statement else ()
            plan = " / ".join(row[3] for row in raw.execute(explain, params))
            if "deleted_at IS NOT NULL" in statement or "FROM country" in statement:
                continue  # the trash and the country list: small, sorted as they are
            assert "TEMP B-TREE" not in plan, (statement, plan)
            assert "USING INDEX ix_" in plan, (statement, plan)
            if statement.startswith("WITH listed"):  # fetch_ids: the ordered rows, in order
                assert "CO-ROUTINE listed" in plan, (statement, plan)


@pytest.mark.sqlite_only("fetch_ids's JSON array of SQLite, and its FTS5 query")
def test_ids_come_back_in_the_order_of_the_rows(demo):
    """fetch_ids reads ids as one JSON array: the same ids, in the same order, as the rows."""
    from desktop.db.engine import fetch_ids, fetch_rows

    for entity in ALL:
        registry = demo[entity.name]
        for field in entity.table_fields:
            for descending in (False, True):
                query = Query(sort_field=field.name, descending=descending, text="а")
                statement = registry.queries.search(query, "sqlite")
                with registry.db.read() as session:
                    rows = [row[0] for row in fetch_rows(session, statement)]
                    assert fetch_ids(session, statement) == rows
                    assert rows
