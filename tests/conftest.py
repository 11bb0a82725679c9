"""Shared fixtures: real SQLite files in temporary folders (or, with
``REGISTRY_TEST_DB=postgresql``, a fresh database per test on a real PostgreSQL server), Qt
offscreen.

The database tests run on both engines: a test that asks for ``db_target`` (or ``services``)
gets a registry on the engine of the session. A test of SQLite itself (its file, PRAGMAs,
locks, FTS5, backups of the file) is marked ``sqlite_only`` and asks for ``db_path``; in a
PostgreSQL session it is skipped, and the tests that use no database are not run again."""

from __future__ import annotations

import os

# Before anything imports Qt: tests never need a screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from desktop.services import Services, open_services  # noqa: E402
from tests.pg.server import Server, engine_under_test, session_server  # noqa: E402

ENGINE = engine_under_test()
DB_FIXTURES = {"db_target", "new_db_target", "pg_server", "db_path"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if ENGINE == "sqlite":
        return
    kept, dropped = [], []
    for item in items:
        marked = item.get_closest_marker("sqlite_only") is not None
        if not marked and not DB_FIXTURES & set(getattr(item, "fixturenames", ())):
            dropped.append(item)  # no database: ran in the SQLite half already
            continue
        if marked:
            item.add_marker(pytest.mark.skip(reason="SQLite only: " + _why(item)))
        pending = item.get_closest_marker("postgresql_xfail")
        if pending:
            reason = str(pending.args[0]) if pending.args else "not yet on PostgreSQL"
            item.add_marker(pytest.mark.xfail(reason=reason, strict=True))
        kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def _why(item: pytest.Item) -> str:
    marker = item.get_closest_marker("sqlite_only")
    # a module's mark and a test's own: the test's says more
    return str(marker.args[0]) if marker and marker.args else "a test of SQLite itself"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    """The session's PostgreSQL server with a migrated template (PostgreSQL sessions only)."""
    if ENGINE != "postgresql":
        pytest.skip("a PostgreSQL test: run with REGISTRY_TEST_DB=postgresql")
    with session_server() as server:
        yield server


@pytest.fixture
def new_db_target(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Callable[..., str | Path]]:
    """Makes registries for a test on the session's engine: a file path (not created) on
    SQLite; on PostgreSQL the URL of a new database copied from the migrated template
    (``empty=True``: a database with no registry in it yet)."""
    created: list[str] = []
    server: Server | None = None

    def make(name: str = "registry", empty: bool = False) -> str | Path:
        nonlocal server
        if ENGINE == "sqlite":
            return tmp_path / f"{name}.sqlite"
        server = server or request.getfixturevalue("pg_server")
        created.append(server.new_database(empty=empty))
        return server.url(created[-1])

    yield make
    for database in created:
        assert server is not None
        server.drop(database)


@pytest.fixture
def db_target(new_db_target: Callable[..., str | Path]) -> str | Path:
    """The registry of this test: ``tmp_path/registry.sqlite`` (the same as ``db_path``) or
    a fresh PostgreSQL database at the newest schema."""
    return new_db_target()


@pytest.fixture
def db_path(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The registry file of an SQLite test."""
    if ENGINE != "sqlite" and not request.node.get_closest_marker("sqlite_only"):
        pytest.fail("db_path is an SQLite file: mark the test sqlite_only or use db_target")
    return tmp_path / "registry.sqlite"


@pytest.fixture
def services(db_target: str | Path) -> Iterator[Services]:
    opened = open_services(db_target, language="ru", user="tester")
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
