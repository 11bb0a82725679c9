"""Roles and credentials on a server (issue 14, item 4): the owner role builds and upgrades
the registry, the staff role reads and writes records but cannot change the schema, and a
staff client that finds the schema older than itself says so in one line; passwords come
from PostgreSQL's own files (``.pgpass``, ``pg_service.conf``), never from the URL the
window keeps; a checked SQLite copy is written before a server's schema is upgraded."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

from desktop.cli import main
from desktop.db import backup as files
from desktop.db import migrate, server
from desktop.db.database import open_database
from desktop.db.engine import make_engine
from desktop.services import open_services
from desktop.services.offline import read_package, take_offline, write_changes
from desktop.services.opening import others_connected, without_password
from tests.conftest import add_region
from tests.excel.corpus.build import build

pytestmark = pytest.mark.usefixtures("pg_server")
OWNER, STAFF, SECRET = f"registry_owner_{os.getpid()}", server.STAFF_ROLE, "пароль сотрудника"


@pytest.fixture(scope="module")
def roles(pg_server):
    """The README's statements: an owner role, the staff role (both logging in with a
    password)."""
    for role in (OWNER, STAFF):
        pg_server.execute(f"DROP ROLE IF EXISTS {role}")
        pg_server.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{SECRET}'")
    yield
    for role in (OWNER, STAFF):
        pg_server.execute(f"DROP OWNED BY {role}")
        pg_server.execute(f"DROP ROLE IF EXISTS {role}")


@pytest.fixture
def registry(pg_server, roles, request, tmp_path, monkeypatch):
    """A database owned by the owner role (the README's third statement), reached with the
    passwords of a .pgpass file; yields (owner URL, staff URL), neither holding a password."""
    name = f"registry_roles_{os.getpid()}_{request.node.name[-20:]}".lower()
    pg_server.drop(name)
    pg_server.execute(f'CREATE DATABASE "{name}" OWNER {OWNER} TEMPLATE template0')
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:{OWNER}:{SECRET}\n*:*:*:{STAFF}:{SECRET}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    monkeypatch.setenv("HOME", str(tmp_path))  # the backups' default folder
    yield pg_server.url(name, OWNER), pg_server.url(name, STAFF)
    pg_server.drop(name)


def one_line(argv: list[str], capsys) -> str:
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    return err


def test_staff_write_records_import_and_merge_but_cannot_change_the_schema(
    registry, tmp_path, capsys
):
    owner, staff = registry
    assert ":" + SECRET not in owner  # the password is the .pgpass file's
    open_database(owner).close()  # the owner builds it, granting the staff role its rights
    with open_services(staff, user="staff") as services:
        rid = add_region(services)
        current = services["regions"].get(rid)
        services["regions"].update(rid, current["version"], {"notes": "правка сотрудника"})
        assert services["regions"].get(rid)["notes"] == "правка сотрудника"
        services["regions"].delete([rid])
        services["regions"].restore([rid])
        added = services["organisations"].create({"name_ru": "Ведомство", "kind": "ministry"})
        services["organisations"].delete(added.ids)
        services["organisations"].purge(added.ids)  # a DELETE for good
        # a merge: a copy taken away by a staff member, edited, brought back
        laptop_file = take_offline(services, tmp_path / "laptop.sqlite", name="ноутбук")
        with open_services(laptop_file, user="ivanova") as laptop:
            current = laptop["regions"].get(rid)
            laptop["regions"].update(rid, current["version"], {"notes": "из поездки"})
            letter = tmp_path / "письмо.pdf"
            letter.write_bytes(b"%PDF-1.4 letter from Harbin")
            laptop.attachments.add("regions", rid, letter)
            write_changes(laptop, tmp_path / "trip.irchanges")
        report = services.exchange.merge(read_package(tmp_path / "trip.irchanges"))
        assert report.updated == [("regions", rid)] and report.attached == 1
        assert services["regions"].get(rid)["notes"] == "из поездки"
        [got] = services.attachments.listing("regions", rid)  # its bytes in the database
        assert services.attachments.verified_path(got).read_bytes() == letter.read_bytes()
    corpus = build(tmp_path / "corpus")
    argv = ["import", "--db", staff, "agreements", str(corpus["agreements"]), "--create-missing"]
    assert main(argv) == 0, capsys.readouterr().err
    with open_services(staff) as services:
        assert services["agreements"].count() == 14
        assert services["agreements"].create({"title": "После импорта", "country_code": "CN"})
    engine = create_engine(staff)
    try:
        with engine.connect() as connection, pytest.raises(ProgrammingError) as refused:
            connection.execute(text("CREATE TABLE staff_notes (id integer)"))
        assert "permission denied" in str(refused.value)
        with engine.connect() as connection, pytest.raises(ProgrammingError):
            connection.execute(text("ALTER TABLE agreement ADD COLUMN extra text"))
        with engine.connect() as connection, pytest.raises(ProgrammingError):
            connection.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    finally:
        engine.dispose()


def _at_older_revision(owner: str, revision: str = "0008") -> None:
    """The registry as an older version of the application left it, grants included."""
    engine = make_engine(owner)
    with engine.begin() as connection:
        migrate.upgrade(connection, revision)
        server.grant_staff(connection)
    engine.dispose()


def _revision(url: str) -> str | None:
    engine = create_engine(url)
    with engine.connect() as connection:
        found = migrate.current_revision(connection)
    engine.dispose()
    return found


def test_a_staff_client_on_an_older_schema_says_the_owner_must_upgrade(registry, capsys):
    owner, staff = registry
    _at_older_revision(owner)
    err = one_line(["check", "--db", staff], capsys)
    assert f"only the registry's owner role may do ({STAFF} is staff)" in err
    assert "ir-registry upgrade --db" in err
    assert _revision(staff) == "0008"  # nothing was tried


def test_the_owner_upgrades_after_a_checked_copy_into_the_backup_folder(registry, tmp_path, capsys):
    owner, staff = registry
    _at_older_revision(owner)
    engine = make_engine(owner)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO foreign_region (country_code, name_ru, kind, version, uid, "
                "change_seq) VALUES ('CN', 'провинция Ляонин', 'province', 1, 'u1', 1)"
            )
        )
    engine.dispose()
    folder = tmp_path / "backups"
    assert main(["upgrade", "--db", owner, "--backup-folder", str(folder)]) == 0
    assert "up to date; staff rights given" in capsys.readouterr().out
    [copy] = folder.glob("*_before-upgrade.sqlite")
    assert copy.name.startswith("registry_roles_")
    assert files.verify(copy) == "0008"  # the registry as it was, checked completely
    assert files.record_counts(copy)["foreign_region"] == 1
    assert _revision(owner) == migrate.head_revision()
    with open_services(staff, user="staff") as services:  # staff work on at the new schema
        assert services["regions"].count() == 1
        add_region(services)


def test_a_copy_that_cannot_be_written_stops_the_upgrade_in_one_line(registry, tmp_path, capsys):
    owner, _ = registry
    _at_older_revision(owner)
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x")
    err = one_line(["upgrade", "--db", owner, "--backup-folder", str(blocked)], capsys)
    assert "its copy is written first, but the copy could not be written" in err
    assert _revision(owner) == "0008"


def test_a_service_file_and_pgpass_give_the_connection_and_password(
    pg_server, registry, tmp_path, monkeypatch, capsys
):
    owner, staff = registry
    open_database(owner).close()
    parsed = create_engine(staff).url
    services_file = tmp_path / "pg_service.conf"
    services_file.write_text(
        f"[ir]\nhost={parsed.query['host']}\nport={parsed.query['port']}\n"
        f"dbname={parsed.database}\nuser={STAFF}\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services_file))
    target = "postgresql+psycopg:///?service=ir"
    assert main(["check", "--db", target]) == 0, capsys.readouterr().err
    with open_services(target, user="staff") as services:
        add_region(services)
        assert services["regions"].count() == 1
    # without the .pgpass line, the login is refused in one line, no password asked for
    Path(os.environ["PGPASSFILE"]).write_text(f"*:*:*:{OWNER}:{SECRET}\n")
    assert f"refused the login of {STAFF}" in one_line(["check", "--db", target], capsys)


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("postgresql+psycopg://ivanova:s3cret@db.region.ru/registry", "ivanova@db.region.ru"),
        ("postgresql+psycopg://ivanova@/registry?password=s3cret&host=/run", "host=/run"),
        ("postgresql+psycopg:///?service=ir", "service=ir"),
    ],
)
def test_a_url_is_remembered_without_its_password(url, kept):
    remembered = without_password(url)
    assert "s3cret" not in remembered and "password" not in remembered
    assert kept in remembered.replace("%2F", "/")


def test_upgrade_gives_the_staff_role_its_rights_again(registry, capsys):
    owner, staff = registry
    open_database(owner).close()
    engine = create_engine(owner)  # as if the staff role had come after the registry
    with engine.begin() as connection:
        connection.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {STAFF}"))
    engine.dispose()
    assert f"The user {STAFF} lacks the rights" in one_line(["check", "--db", staff], capsys)
    assert main(["upgrade", "--db", owner]) == 0
    assert "staff rights given" in capsys.readouterr().out
    assert main(["check", "--db", staff]) == 0, capsys.readouterr().err


def test_a_staff_member_sees_who_else_works_in_the_registry(registry):
    owner, staff = registry
    open_database(owner).close()
    engine = create_engine(owner, connect_args={"application_name": "admin@server-room"})
    held = engine.connect()
    held.execute(text("SELECT 1"))
    try:
        with open_services(staff, user="staff") as services:
            assert others_connected(services.db) == ["admin@server-room"]
    finally:
        held.close()
        engine.dispose()
