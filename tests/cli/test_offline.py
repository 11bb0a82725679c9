"""The trip on the command line: offline, changes, merge with a conflict, resolve."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services import open_services
from tests.conftest import add_region


def test_a_trip_round_trip_on_the_command_line(tmp_path: Path, capsys, db_target):
    """The office: an SQLite file or a server database; the trip's copy: an SQLite file."""
    (tmp_path / "trip").mkdir()
    office_db, laptop_db = db_target, tmp_path / "trip" / "l.sqlite"
    backups = ["--backup-folder", str(tmp_path / "backups")]
    package = tmp_path / "trip.irchanges"
    with open_services(office_db, user="office") as office:
        region = add_region(office)
    assert main(["offline", "--db", str(office_db), "--out", str(laptop_db), "--name", "ноут"]) == 0
    assert "копия, которую берут с собой" in capsys.readouterr().out  # Russian by default
    for db, name in ((office_db, "Хэйлунцзян (офис)"), (laptop_db, "Хэйлунцзян (поездка)")):
        with open_services(db, user="u") as services:
            version = services["regions"].get(region)["version"]
            services["regions"].update(region, version, {"name_ru": name})
    with open_services(laptop_db, user="ivanova") as laptop:
        laptop["regions"].create(
            {"country_code": "CN", "name_ru": "провинция Цзилинь", "kind": "province"}
        )
    assert main(["changes", "--db", str(laptop_db), "--out", str(package)]) == 0
    capsys.readouterr()

    assert main(["merge", "--db", str(office_db), str(package), "--dry-run", "--lang", "en"]) == 0
    assert (
        "would merge new: 1, updated: 0, moved to the trash: 0, conflicts: 1"
        in capsys.readouterr().out
    )
    assert main(["merge", "--db", str(office_db), str(package), "--lang", "en", *backups]) == 3
    captured = capsys.readouterr()  # a conflict waits
    assert "new: 1" in captured.out and "conflicts to resolve: 1" in captured.err
    assert main(["merge", "--db", str(office_db), str(package), *backups]) == 0  # merged before
    assert "ничего не изменилось" in capsys.readouterr().out

    assert main(["merge", "--db", str(office_db), "--list", "--lang", "en"]) == 3
    listed = capsys.readouterr().out
    assert "Хэйлунцзян (офис)" in listed and "Хэйлунцзян (поездка)" in listed
    conflict_id = listed.split()[0].lstrip("#")
    assert main(["merge", "--db", str(office_db), "--resolve", conflict_id]) == 2
    resolve = ["merge", "--db", str(office_db), "--resolve", conflict_id, "--take", "laptop"]
    assert main([*resolve, "--lang", "en"]) == 0
    assert "no conflicts to resolve" in capsys.readouterr().out
    with open_services(office_db) as office:
        assert office["regions"].get(region)["name_ru"] == "Хэйлунцзян (поездка)"
        assert office["regions"].lookup("Цзилинь")


@pytest.mark.sqlite_only("the lock file of a registry file; a server has its own locking")
def test_a_dry_run_on_a_registry_a_window_holds_is_refused_naming_the_holder(
    tmp_path: Path, capsys
):
    """A dry run merges and rolls back, so it needs the registry for writing, as a merge does;
    the window that holds it has the same preview under File → Trip."""
    office_db, laptop_db = tmp_path / "r.sqlite", tmp_path / "trip" / "l.sqlite"
    laptop_db.parent.mkdir()
    with open_services(office_db, user="office") as office:
        add_region(office)
        office.exchange.take_copy(laptop_db)
    with open_services(laptop_db, user="ivanova") as laptop:
        laptop["regions"].create({"country_code": "CN", "name_ru": "Цзилинь", "kind": "province"})
        laptop.exchange.write_changes(tmp_path / "trip.irchanges")
    holder = {"user": "petrova", "host": "office-pc-2", "pid": 4242, "since": "01.12.2026 09:00"}
    (tmp_path / "r.sqlite.lock").write_text(json.dumps(holder))
    capsys.readouterr()
    for extra in ([], ["--dry-run"]):
        args = ["merge", "--db", str(office_db), str(tmp_path / "trip.irchanges"), *extra]
        assert main(args) != 0
        assert "petrova@office-pc-2" in capsys.readouterr().err
    assert main(["merge", "--db", str(office_db), "--list"]) == 0  # reading is allowed
    with open_services(office_db) as office:
        assert not office["regions"].lookup("Цзилинь")
