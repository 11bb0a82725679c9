"""The schema comes from the migrations alone, and the models agree with them."""

import importlib.util
import sqlite3

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from desktop.db import migrate
from desktop.db.database import open_database
from desktop.db.engine import make_engine
from desktop.db.errors import SchemaTooNewError
from desktop.domain.entities import ALL


def test_one_head():
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert len(script.get_heads()) == 1


def _url(target) -> str:
    return target if isinstance(target, str) else f"sqlite:///{target}"


def test_empty_to_head_then_models_agree(new_db_target):
    target = new_db_target(empty=True)
    open_database(target).close()
    engine = make_engine(_url(target))
    with engine.begin() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        command.check(migrate.alembic_config(connection))  # raises if models and schema differ
    engine.dispose()


def test_downgrade_and_upgrade_again(db_target):
    open_database(db_target).close()
    engine = make_engine(_url(db_target), foreign_keys=False)
    with engine.begin() as connection:
        migrate.downgrade(connection, "base")
    with engine.begin() as connection:
        assert migrate.current_revision(connection) is None
        migrate.upgrade(connection)
        assert migrate.current_revision(connection) == migrate.head_revision()
    engine.dispose()


@pytest.mark.sqlite_only("PRAGMAs")
def test_sqlite_settings(services):
    with services.db.read() as session:
        connection = session.connection()
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.sqlite_only("the file's bytes (a server's: tests/pg)")
def test_a_newer_schema_is_refused_and_left_untouched(db_path):
    open_database(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNewError) as caught:
        open_database(db_path)
    assert "newer version" in caught.value.text()
    assert db_path.read_bytes() == before


def test_search_index_matches_the_descriptions():
    """The migration freezes which columns are indexed; it must match the descriptions."""
    path = migrate.MIGRATIONS_DIR / "versions" / "0001_initial_schema.py"
    spec = importlib.util.spec_from_file_location("initial", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for entity in ALL:
        columns, with_country = module.SEARCH_COLUMNS[entity.table]
        assert sorted(columns) == sorted(f.name for f in entity.searchable_fields), entity.name
        assert with_country == (entity.country_field is not None), entity.name
