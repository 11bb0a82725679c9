"""Where backups go is this computer's choice (issue 13, item 3): a folder stored in the
registry file is ignored, a relative folder is refused, and without a choice backups go
beside the registry."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.cli import main
from desktop.domain.errors import UserError
from desktop.excel.importer import read_import
from desktop.services import open_services
from desktop.services.importing import apply_import
from tests.conftest import add_region

pytestmark = pytest.mark.sqlite_only(
    "backups of the SQLite file (a server registry's: tests/pg/test_server_backup.py)"
)


def _regions_sheet(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["Name (Russian)", "Country", "Kind"])
    sheet.append(["ил Измир", "TR", "province"])
    book.save(path)
    return path


def _store_setting(db_path: Path, key: str, value: str) -> None:
    """What a hostile (or an old) registry carries in its own settings table."""
    connection = sqlite3.connect(db_path)
    with connection:
        connection.execute(
            "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (key, value)
        )
    connection.close()


def _backups(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.sqlite")) if folder.is_dir() else []


def test_a_backup_folder_stored_in_the_registry_is_not_where_backups_go(db_path, tmp_path):
    services = open_services(db_path, user="tester")
    add_region(services)
    services.close()
    elsewhere = tmp_path / "attacker"
    elsewhere.mkdir()
    _store_setting(db_path, "backup_folder", str(elsewhere))
    services = open_services(db_path, user="tester")
    try:
        plan = read_import(services, "regions", _regions_sheet(tmp_path / "r.xlsx"))
        assert plan.ok, [p.text() for p in plan.problems]
        apply_import(services, plan)
        assert _backups(elsewhere) == []
        made = _backups(db_path.parent / "backups")
        assert len(made) == 1 and "before-import" in made[0]
        assert services.settings.read().region == ""  # the old registry still reads
    finally:
        services.close()


def test_the_chosen_folder_takes_the_backups_of_the_session(db_path, tmp_path):
    chosen = tmp_path / "chosen"
    services = open_services(db_path, user="tester", backup_folder=chosen)
    try:
        add_region(services)
        assert services.backups.folder() == chosen
        services.backups.backup_now()
        assert len(_backups(chosen)) == 1
        assert [e.path.parent for e in services.backups.listing()] == [chosen]
        services.backups.choose_folder(None)  # back to the default
        assert services.backups.folder() == db_path.parent / "backups"
    finally:
        services.close()


def test_a_relative_folder_is_refused_with_what_to_do(db_path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UserError) as caught:
        open_services(db_path, backup_folder=Path("relative/backups"))
    assert "full path" in caught.value.text() and "relative/backups" in caught.value.text()
    services = open_services(db_path)
    try:
        with pytest.raises(UserError):
            services.backups.choose_folder("backups")
        assert services.backups.folder() == db_path.parent / "backups"
    finally:
        services.close()
    assert not (tmp_path / "relative").exists() and not (tmp_path / "backups").exists()


def test_the_command_line_takes_backups_where_it_is_told(db_path, tmp_path, capsys):
    services = open_services(db_path, user="tester")
    add_region(services)
    services.close()
    chosen = tmp_path / "usb"
    assert main(["backup", "--db", str(db_path), "--backup-folder", str(chosen)]) == 0
    assert len(_backups(chosen)) == 1
    sheet = _regions_sheet(tmp_path / "r.xlsx")
    argv = ["import", "--db", str(db_path), "regions", str(sheet), "--backup-folder", str(chosen)]
    assert main(argv) == 0
    assert [n for n in _backups(chosen) if "before-import" in n]
    backup = next(chosen.glob("*manual*.sqlite"))
    argv = ["restore", "--db", str(db_path), str(backup), "--backup-folder", str(chosen)]
    assert main(argv) == 0
    assert [n for n in _backups(chosen) if "before-restore" in n]
    assert _backups(db_path.parent / "backups") == []
    capsys.readouterr()
    assert main(["backup", "--db", str(db_path), "--backup-folder", "relative"]) == 1
    err = capsys.readouterr().err
    assert "full path" in err and len(err.strip().splitlines()) == 1
    assert not Path("relative").exists()


def test_a_damaged_registry_is_offered_the_newest_backup_in_the_chosen_folder(
    db_path, tmp_path, monkeypatch
):
    from desktop.services import backups
    from desktop.services.opening import CorruptDatabaseError

    chosen = tmp_path / "chosen"
    services = open_services(db_path, user="tester", backup_folder=chosen)
    try:
        add_region(services)
        made = services.backups.backup_now()

        def damaged(path, full=True):
            raise CorruptDatabaseError(str(path), "page 3 is damaged", None)

        monkeypatch.setattr(backups, "raise_if_damaged", damaged)
        with pytest.raises(CorruptDatabaseError) as caught:
            backups.check_integrity(services)
        assert caught.value.backup == str(made)
        assert "page 3" in caught.value.text()
    finally:
        services.close()


def test_backups_made_beside_the_registry_stay_listed_after_a_folder_is_chosen(db_path, tmp_path):
    services = open_services(db_path, user="tester")
    try:
        add_region(services)
        before = services.backups.backup_now()
        services.backups.choose_folder(tmp_path / "chosen")
        after = services.backups.backup_now()
        assert after.parent == tmp_path / "chosen"
        assert [e.path for e in services.backups.listing()] == [after, before]
    finally:
        services.close()
