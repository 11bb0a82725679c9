"""Opening a registry on a server and refusing what cannot be used (issue 14, item 4), against
the real server: each reason in one line, a database of another application left untouched,
migrations under an advisory lock, ``check`` that checks references."""

from __future__ import annotations

import os
import threading
import time

import pytest
from sqlalchemy import create_engine, text

from desktop.cli import main
from desktop.db import engine as db_engine
from desktop.db import errors, server
from desktop.db.database import open_database
from tests.conftest import add_region

pytestmark = pytest.mark.usefixtures("pg_server")
CLERK, SECRET = f"registry_clerk_{os.getpid()}", "верный пароль"


@pytest.fixture(scope="module")
def clerk(pg_server):
    """A role that may log in with a password and nothing more."""
    pg_server.execute(f"DROP ROLE IF EXISTS {CLERK}")
    pg_server.execute(f"CREATE ROLE {CLERK} LOGIN PASSWORD '{SECRET}'")
    yield CLERK
    pg_server.execute(f"DROP ROLE IF EXISTS {CLERK}")


def one_line(argv: list[str], capsys) -> str:
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    return err


def test_an_unreachable_server_is_told_in_one_line(capsys):
    err = one_line(["check", "--db", "postgresql+psycopg://clerk@127.0.0.1:1/registry"], capsys)
    assert "cannot be reached at 127.0.0.1:1" in err
    nowhere = "postgresql+psycopg://clerk@/registry?host=/nonexistent-folder"
    assert "cannot be reached" in one_line(["report", "--db", nowhere] + PERIOD, capsys)


PERIOD = ["--from", "2024-01-01", "--to", "2024-12-31", "--out", "/nonexistent/r.xlsx"]


def test_a_wrong_password_is_told_in_one_line(pg_server, clerk, new_db_target, capsys):
    database = new_db_target(empty=True).split("/")[-1].split("?")[0]
    wrong = pg_server.url(database, user=clerk, password="неверный")
    err = one_line(["check", "--db", wrong], capsys)
    assert f"refused the login of {clerk}" in err and "неверный" not in err


def test_a_missing_database_is_told_in_one_line(pg_server, capsys):
    err = one_line(["check", "--db", pg_server.url("no_such_registry")], capsys)
    assert "There is no database no_such_registry" in err


def test_a_database_the_user_may_not_connect_to_is_told(pg_server, clerk, new_db_target, capsys):
    database = new_db_target(empty=True).split("/")[-1].split("?")[0]
    pg_server.execute(f'REVOKE CONNECT ON DATABASE "{database}" FROM PUBLIC')
    err = one_line(["check", "--db", pg_server.url(database, clerk, SECRET)], capsys)
    assert f"The user {clerk} lacks the rights" in err


def test_a_user_who_may_not_build_the_registry_is_told_and_nothing_is_made(
    pg_server, clerk, new_db_target
):
    target = new_db_target(empty=True)
    database = target.split("/")[-1].split("?")[0]
    with pytest.raises(errors.NoRightsError):  # PostgreSQL 15: no CREATE in public for all
        open_database(pg_server.url(database, clerk, SECRET))
    assert _tables(target) == set()


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    with engine.connect() as connection:
        found = connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        )
        names = set(found.scalars())
    engine.dispose()
    return names


def test_another_applications_database_is_refused_untouched(new_db_target, capsys):
    target = new_db_target(empty=True)
    engine = create_engine(target)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE customers (id integer PRIMARY KEY, name text)"))
    engine.dispose()
    with pytest.raises(errors.ForeignServerDatabaseError) as caught:
        open_database(target)
    assert "customers" in caught.value.text() and "untouched" in caught.value.text()
    assert _tables(target) == {"customers"}
    assert "another application" in one_line(["check", "--db", target], capsys)
    assert _tables(target) == {"customers"}


def test_migrations_wait_for_the_advisory_lock(new_db_target):
    target = new_db_target(empty=True)
    holder = create_engine(target)
    holding = holder.connect()
    holding.execute(text("SELECT pg_advisory_lock(:k)"), {"k": server.ADVISORY_MIGRATION_KEY})
    holding.commit()
    opened: list[object] = []
    opening = threading.Thread(target=lambda: opened.append(open_database(target)))
    opening.start()
    try:
        deadline = time.monotonic() + 5
        waiting = 0
        while not waiting and time.monotonic() < deadline:
            waiting = holding.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'advisory' "
                    "AND datname = current_database()"
                )
            ).scalar()
            holding.commit()
            time.sleep(0.05)
        assert waiting == 1
        assert "alembic_version" not in _tables(target)  # nothing built while another migrates
    finally:
        holding.execute(text("SELECT pg_advisory_unlock_all()"))
        holding.commit()
        holding.close()
        holder.dispose()
    opening.join(60)
    assert opened and "alembic_version" in _tables(target)
    opened[0].close()


def test_check_on_a_server_names_broken_references(services, db_target, capsys):
    add_region(services)
    services.close()
    engine = create_engine(db_target)
    with engine.begin() as connection:
        connection.execute(text("SET session_replication_role = replica"))  # keys off
        connection.execute(text("UPDATE foreign_region SET country_code = 'QQ'"))
    engine.dispose()
    assert main(["check", "--db", db_target]) == 1
    # written with the triggers off, the row left the search index behind too
    assert capsys.readouterr().err.splitlines() == [
        "ir-registry: foreign_region row 1: refers to a missing country record",
        "ir-registry: foreign_region row 1: search index out of date",
    ]


def test_backup_and_restore_of_a_server_database_say_why_not_in_one_line(
    db_target, new_db_target, tmp_path, capsys
):
    # a backup is made now (test_server_backup.py); what cannot be done is told in a line
    nowhere = tmp_path / "no such folder" / "copy.sqlite"
    assert "could not be written" in one_line(
        ["backup", "--db", db_target, "--out", str(nowhere)], capsys
    )
    not_a_registry = tmp_path / "notes.sqlite"
    not_a_registry.write_bytes(b"not a registry at all, " * 10)
    empty = new_db_target(empty=True)
    refused = one_line(["restore", "--db", empty, str(not_a_registry)], capsys)
    assert "not a usable backup" in refused
    good = tmp_path / "good.sqlite"
    assert main(["demo", "--db", str(good), "--scale", "3"]) == 0
    capsys.readouterr()
    assert "is not empty" in one_line(["restore", "--db", db_target, str(good)], capsys)
    assert _tables(empty) == set()


def test_a_client_that_waits_too_long_for_another_migrating_says_who(new_db_target, monkeypatch):

    target = new_db_target(empty=True)
    migrating = create_engine(target, connect_args={"application_name": "admin@server-room"})
    holding = migrating.connect()
    transaction = holding.begin()
    holding.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": server.ADVISORY_MIGRATION_KEY})
    holding.execute(text("CREATE TABLE alembic_version (version_num varchar(32) NOT NULL)"))
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 500)
    try:
        with pytest.raises(errors.DatabaseBusyError) as caught:
            open_database(target)
        assert "admin@server-room, server process" in caught.value.text()
    finally:
        transaction.rollback()
        holding.close()
        migrating.dispose()
    assert _tables(target) == set()
