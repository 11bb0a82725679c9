"""Hostile registry files (issue 13, items 3-5): foreign SQL is refused before it can run, a
backup is verified completely before it replaces anything, and a registry that cannot be
opened can always be replaced by a good backup."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.db import backup as files
from desktop.db import errors, migrate, schema
from desktop.db.database import open_database
from desktop.services import open_services
from desktop.services.backups import backup_folder, backup_now, restore
from tests.conftest import add_region
from tests.db import hostile


@pytest.fixture
def registry(db_path):
    """A closed registry with two regions and one good backup of it."""
    services = open_services(db_path, user="tester")
    add_region(services)
    add_region(services, "ил Бурса", "TR", "Bursa")
    good = backup_now(services)
    services.close()
    return db_path, good


def test_the_stored_head_schema_is_what_the_migrations_build():
    data = json.loads(schema.SNAPSHOT.read_text(encoding="utf-8"))
    assert data["revision"] == migrate.head_revision(), "run: python -m desktop.db.schema"
    assert {tuple(item) for item in data["objects"]} == schema._built(migrate.head_revision())


def test_schema_is_read_with_nothing_stored_allowed_to_run(registry):
    connection = schema.open_untrusted(registry[0])
    assert connection.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    assert connection.execute("PRAGMA query_only").fetchone()[0] == 1
    connection.close()


def test_a_foreign_trigger_is_refused_on_opening_and_named_by_check(registry, capsys):
    db_path, _ = registry
    hostile.add_trigger(db_path)
    before = db_path.read_bytes()
    with pytest.raises(errors.ForeignSchemaError) as caught:
        open_database(db_path)
    assert "foreign trigger person_copy" in caught.value.text()
    assert "foreign table stolen" in caught.value.text()
    assert db_path.read_bytes() == before
    assert main(["check", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "person_copy" in err and "Traceback" not in err and len(err.splitlines()) == 1


def test_a_changed_trigger_that_still_parses_is_refused(registry):
    db_path, _ = registry
    hostile.retitle_a_trigger(db_path)
    with pytest.raises(errors.ForeignSchemaError) as caught:
        open_database(db_path)
    assert "changed trigger foreign_region_fts_insert" in caught.value.text()


def test_a_trigger_that_raises_is_refused_before_it_runs(registry, capsys):
    db_path, _ = registry
    with hostile.raw(db_path) as connection:
        connection.execute(
            "CREATE TRIGGER no_import BEFORE INSERT ON foreign_region "
            "BEGIN SELECT RAISE(ABORT, 'hostile'); END"
        )
    connection.close()
    assert main(["check", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "no_import" in err and "Traceback" not in err


def test_a_setting_table_replaced_by_a_view_is_refused(registry):
    db_path, _ = registry
    hostile.setting_as_view(db_path)
    with pytest.raises(errors.ForeignSchemaError) as caught:
        open_database(db_path)
    assert "foreign view setting" in caught.value.text()
    assert "missing table setting" in caught.value.text()


def test_a_relative_backup_folder_never_lands_in_the_current_folder(
    services, db_path, tmp_path, monkeypatch
):
    elsewhere = tmp_path / "started-here"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    # a relative folder stored in the registry file (an old one, or a hostile one) is ignored
    with hostile.raw(db_path) as connection:
        connection.execute(
            "INSERT OR REPLACE INTO setting (key, value) VALUES ('backup_folder', 'relative/b')"
        )
    connection.close()
    assert backup_folder(services) == db_path.parent / "backups"
    made = backup_now(services)
    assert made.parent == db_path.parent / "backups"
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize("revision", ["9999", "ae1027a6acf"])  # newer; another application's
def test_restore_of_an_unknown_revision_leaves_the_registry_untouched(registry, revision, capsys):
    db_path, good = registry
    hostile.set_revision(good, revision)
    before = db_path.read_bytes()
    assert main(["restore", "--db", str(db_path), str(good)]) == 1
    err = capsys.readouterr().err
    assert "not a usable backup" in err and "nothing was restored" in err
    assert db_path.read_bytes() == before
    services = open_services(db_path)
    with pytest.raises(files.NotABackupError):
        restore(services, good)
    assert services["regions"].count() == 2
    assert [b.reason for b in files.list_backups(good.parent, "registry")] == []  # not listed
    services.close()


def test_restore_refuses_a_backup_with_foreign_objects(registry):
    db_path, good = registry
    hostile.add_trigger(good)
    services = open_services(db_path)
    with pytest.raises(files.NotABackupError) as caught:
        restore(services, good)
    assert "person_copy" in caught.value.text()
    services.close()


@pytest.mark.parametrize(
    "damage", [hostile.break_a_trigger, hostile.non_utf8_schema, hostile.retitle_a_trigger]
)
def test_a_registry_with_a_damaged_schema_is_replaced_by_a_good_backup(registry, damage, capsys):
    db_path, good = registry
    damage(db_path)
    damaged_bytes = db_path.read_bytes()
    with pytest.raises(errors.CorruptDatabaseError) as caught:
        open_database(db_path)
    assert caught.value.replaceable and caught.value.backup == str(good)
    assert main(["restore", "--db", str(db_path), str(good)]) == 0
    out = capsys.readouterr()
    assert "restored" in out.out and "Traceback" not in out.err
    kept = db_path.with_name(db_path.name + ".damaged")
    assert kept.read_bytes() == damaged_bytes
    services = open_services(db_path)
    assert services["regions"].count() == 2
    services.close()


def test_a_restore_over_a_damaged_file_still_verifies_the_backup(registry, capsys):
    db_path, good = registry
    hostile.break_a_trigger(db_path)
    before = db_path.read_bytes()
    good.write_bytes(good.read_bytes()[: os.path.getsize(good) // 2])  # a cut-short copy
    assert main(["restore", "--db", str(db_path), str(good)]) == 1
    assert "not a usable backup" in capsys.readouterr().err
    assert db_path.read_bytes() == before


def test_check_names_a_trigger_added_while_the_registry_is_open(registry):
    db_path, _ = registry
    services = open_services(db_path)
    hostile.add_trigger(db_path)
    problems = services.db.check()
    assert "foreign trigger person_copy" in problems and "foreign table stolen" in problems
    services.close()


def test_the_backups_dialogs_restore_replaces_an_open_registry_too_damaged_to_back_up(registry):
    db_path, good = registry
    services = open_services(db_path, check=False)
    hostile.damage_an_index(
        db_path, "ix_foreign_region_sort_name_ru", "ил бурса".encode(), "ил бурсб".encode()
    )
    services.db.engine.dispose()
    kept = restore(services, good)
    assert kept == db_path.with_name(db_path.name + ".damaged")
    assert files.integrity_check(kept) != "ok" and files.integrity_check(db_path) == "ok"
    assert services["regions"].count() == 2
    add_region(services, "префектура Тояма", "JP", "富山県")  # the reopened file takes saves
    services.close()


def test_a_header_that_makes_the_registry_read_only_is_damage(registry):
    db_path, good = registry
    data = bytearray(db_path.read_bytes())
    data[18] = 3  # a write version SQLite does not know: it would open the file read-only
    db_path.write_bytes(bytes(data))
    with pytest.raises(errors.CorruptDatabaseError) as caught:
        open_database(db_path)
    assert "header" in caught.value.text() and caught.value.backup == str(good)
    assert main(["restore", "--db", str(db_path), str(good)]) == 0


def test_randomly_damaged_copies_are_refused_or_open_and_a_good_backup_always_replaces_them(
    db_path, capsys
):
    import random

    services = open_services(db_path, user="tester")
    for n in range(150):
        add_region(services, f"регион {n}", "CN", "x" * 100)
    good = backup_now(services)
    services.close()
    pristine = db_path.read_bytes()
    rng = random.Random(13)
    for _ in range(16):
        data = bytearray(pristine)
        kind = rng.choice(["flip", "zero-page", "truncate", "header"])
        if kind == "flip":
            for _ in range(rng.randint(1, 5)):
                data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        elif kind == "zero-page":
            page = rng.randrange(len(data) // 4096)
            data[page * 4096 : (page + 1) * 4096] = bytes(4096)
        elif kind == "truncate":
            data = data[: rng.randrange(len(data))]
        else:
            data[rng.randrange(100)] ^= 0xFF
        for side in ("-wal", "-shm", ".damaged"):
            db_path.with_name(db_path.name + side).unlink(missing_ok=True)
        db_path.write_bytes(bytes(data))
        try:
            open_database(db_path).close()
        except errors.StorageError as exc:  # anything else is a bug
            # the newest good one: ``good``, or a copy kept before an earlier restore
            assert exc.replaceable and exc.backup is not None, (kind, exc.text())
            assert files.verify(Path(exc.backup))
        assert main(["restore", "--db", str(db_path), str(good)]) == 0, capsys.readouterr().err
        restored = open_services(db_path)
        assert restored["regions"].count() == 150
        restored.close()


def test_sql_smuggled_in_a_wal_or_a_journal_beside_the_file_is_refused(registry, tmp_path):
    db_path, good = registry
    import shutil
    import sqlite3

    writer = sqlite3.connect(db_path)
    writer.execute("PRAGMA wal_autocheckpoint = 0")  # the trigger stays in the -wal file
    writer.execute("CREATE TRIGGER smuggled AFTER INSERT ON person BEGIN SELECT 1; END")
    writer.commit()
    carried = tmp_path / "carried"
    carried.mkdir()
    shutil.copy(db_path, carried / "registry.sqlite")
    shutil.copy(db_path.with_name(db_path.name + "-wal"), carried / "registry.sqlite-wal")
    writer.close()
    with pytest.raises(errors.ForeignSchemaError) as caught:
        open_database(carried / "registry.sqlite")
    assert "foreign trigger smuggled" in caught.value.text()
    journal = tmp_path / "journal"
    journal.mkdir()
    shutil.copy(good, journal / "registry.sqlite")
    (journal / "registry.sqlite-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" * 64)
    with pytest.raises(errors.ForeignSchemaError) as caught:
        open_database(journal / "registry.sqlite")
    assert "rollback journal" in caught.value.text()
    assert main(["restore", "--db", str(journal / "registry.sqlite"), str(good)]) == 0
    assert not (journal / "registry.sqlite-journal").exists()
