"""A server registry's backup is a checked SQLite registry of the whole of it, which the
application opens like any other (records and child rows, change log, settings, the
exchange tables of 0008, the attachments' bytes in the copy's folder), and a restore of such
a copy into an empty server database gives back the same registry with its ids and
sequences right (issue 14, item 5)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from desktop.cli import main
from desktop.db import backup as files
from desktop.domain.entities import ALL
from desktop.services import Services, open_services
from desktop.services.backups import NotAFileDatabaseError, server_backup
from desktop.services.demo import fill_demo
from desktop.services.settings import RegistrySettings

pytestmark = pytest.mark.usefixtures("pg_server")
EXCHANGE = ("base_record", "tombstone", "merged_package", "pending_conflict", "change_log")
PERIOD = (date(2000, 1, 1), date(2030, 12, 31))


def _fill(services: Services, tmp_path: Path) -> None:
    fill_demo(services.db, 6, seed=11)
    services.settings.save(RegistrySettings(region="Энская область", officer="Иванова М. С."))
    scan = tmp_path / "скан.pdf"
    scan.write_bytes(b"%PDF-1.4 scan of the original")
    services.attachments.add("agreements", 1, scan)
    services.attachments.add("regions", 1, scan)  # the same bytes, kept once
    current = services["regions"].get(2)
    services["regions"].update(2, current["version"], {"notes": "«правка»"})
    gone = services["regions"].create({"country_code": "CN", "name_ru": "Сн", "kind": "city"})
    services["regions"].delete(gone.ids)
    services["regions"].purge(gone.ids)  # a tombstone
    services["regions"].delete([3])  # in the trash
    with services.db.write() as session:  # what a merge leaves (the exchange tables)
        session.execute(
            text(
                'INSERT INTO base_record (entity, uid, "values") '
                "VALUES ('agreements', 'u', '{}');"
                "INSERT INTO merged_package (package, merged_at) VALUES ('p:1-2', now());"
                "INSERT INTO pending_conflict (entity, record_id, field, office, laptop, package,"
                " created_at) VALUES ('agreements', 1, 'notes', '\"a\"', '\"b\"', 'p:1-2', now())"
            )
        )


def _registry(services: Services) -> dict:
    """Everything a user sees of a registry, through the services."""
    report = services.reports.build(*PERIOD)
    return {
        "records": {
            e.name: [services[e.name].get(i) for i in sorted(services[e.name].search())]
            for e in ALL
        },
        "trash": {e.name: services[e.name].count(trash=True) for e in ALL},
        "report": [(t.key, t.rows) for t in report.tables],
        "settings": services.settings.read(),
        "history": [(c.field, c.old_value, c.new_value) for c in services["regions"].history(2)],
        "attachments": [
            (a.name, a.size, services.attachments.verified_path(a).read_bytes())
            for a in services.attachments.listing("agreements", 1)
        ],
    }


def _counts(url_or_path) -> dict[str, int]:
    engine = create_engine(url_or_path if "://" in str(url_or_path) else f"sqlite:///{url_or_path}")
    with engine.connect() as connection:
        found = {
            t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar()  # noqa: S608
            for t in (*files.COUNTED_TABLES, *EXCHANGE, "agreement_party", "attachment")
        }
    engine.dispose()
    return found


def test_the_backup_opens_as_the_same_registry_and_restores_into_an_empty_server(
    db_target, new_db_target, tmp_path, capsys
):
    with open_services(db_target, user="office") as office:
        _fill(office, tmp_path)
        before = _registry(office)
    copy = tmp_path / "copy" / "office.sqlite"
    copy.parent.mkdir()
    assert main(["backup", "--db", db_target, "--out", str(copy)]) == 0
    assert "(checked)" in capsys.readouterr().out
    assert files.verify(copy)  # a registry as its migrations build it, integrity checked
    assert [p.name for p in (copy.parent / "attachments").glob("*/*")] != []
    assert _counts(copy) == _counts(db_target)
    with open_services(copy, user="office") as opened:
        assert _registry(opened) == before
        assert opened.attachments.verify() == []
    assert main(["check", "--db", str(copy)]) == 0

    empty = new_db_target(empty=True)
    assert main(["restore", "--db", empty, str(copy)]) == 0
    assert "into the server" in capsys.readouterr().out
    assert _counts(empty) == _counts(db_target)
    with open_services(empty, user="office") as restored:
        assert _registry(restored) == before
        for entity in ("regions", "agreements", "organisations"):  # the next ids follow
            highest = max(restored[entity].search())
            assert (
                restored[entity]
                .create(
                    {"name_ru": "Новая", "title": "Новое", "country_code": "CN", "kind": "other"}
                    if entity != "regions"
                    else {"country_code": "CN", "name_ru": "Новая", "kind": "province"}
                )
                .ids[0]
                > highest
            )
        with restored.db.read() as session:  # the change counter goes on after the copy's
            latest = session.execute(text("SELECT max(change_seq) FROM agreement")).scalar()
            taken = session.execute(text("SELECT count(*) FROM change_log")).scalar()
        assert latest > 0 and taken > _counts(db_target)["change_log"]


def test_a_restore_into_a_database_that_is_not_empty_is_refused_untouched(
    db_target, tmp_path, capsys
):
    with open_services(db_target) as services:
        fill_demo(services.db, 3)
        copy = server_backup(services, out=tmp_path / "copy.sqlite")
    before = _counts(db_target)
    assert main(["restore", "--db", db_target, str(copy)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "is not empty" in err and "untouched" in err
    assert _counts(db_target) == before


def test_a_backup_is_never_written_over_a_file_and_goes_to_the_chosen_folder(
    db_target, tmp_path, capsys
):
    taken = tmp_path / "taken.sqlite"
    taken.write_bytes(b"someone's file")
    assert main(["backup", "--db", db_target, "--out", str(taken)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert taken.read_bytes() == b"someone's file"
    folder = tmp_path / "chosen"
    assert main(["backup", "--db", db_target, "--backup-folder", str(folder)]) == 0
    [made] = folder.glob("registry_test_*_manual.sqlite")
    assert files.verify(made)


def test_the_backups_dialog_lists_a_server_registrys_copies(db_target, tmp_path):
    with open_services(db_target, backup_folder=tmp_path / "chosen") as services:
        fill_demo(services.db, 2)
        made = services.backups.backup_now()
        [entry] = services.backups.listing()
        assert entry.path == made and entry.reason == "manual"
        assert entry.counts["agreement"] == services["agreements"].count() > 0
        with pytest.raises(NotAFileDatabaseError, match="only into an empty database"):
            services.backups.restore(made)
