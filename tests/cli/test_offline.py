"""The trip on the command line: offline, changes, merge with a conflict, resolve."""

from __future__ import annotations

from pathlib import Path

from desktop.cli import main
from desktop.services import open_services
from tests.conftest import add_region


def test_a_trip_round_trip_on_the_command_line(tmp_path: Path, capsys):
    (tmp_path / "office").mkdir()
    (tmp_path / "trip").mkdir()
    office_db, laptop_db = tmp_path / "office" / "r.sqlite", tmp_path / "trip" / "l.sqlite"
    package = tmp_path / "trip.irchanges"
    with open_services(office_db, user="office") as office:
        region = add_region(office)
    assert main(["offline", "--db", str(office_db), "--out", str(laptop_db), "--name", "ноут"]) == 0
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

    assert main(["merge", "--db", str(office_db), str(package), "--dry-run"]) == 0
    assert (
        "would merge 1 new, 0 updated, 0 moved to the trash, 1 conflict" in capsys.readouterr().out
    )
    assert main(["merge", "--db", str(office_db), str(package)]) == 3  # a conflict waits
    captured = capsys.readouterr()
    assert "1 new" in captured.out and "1 conflict(s) to resolve" in captured.err
    assert main(["merge", "--db", str(office_db), str(package)]) == 0  # merged before
    assert "nothing changed" in capsys.readouterr().out

    assert main(["merge", "--db", str(office_db), "--list"]) == 3
    listed = capsys.readouterr().out
    assert "Хэйлунцзян (офис)" in listed and "Хэйлунцзян (поездка)" in listed
    conflict_id = listed.split()[0].lstrip("#")
    assert main(["merge", "--db", str(office_db), "--resolve", conflict_id]) == 2
    assert (
        main(["merge", "--db", str(office_db), "--resolve", conflict_id, "--take", "laptop"]) == 0
    )
    assert "no conflicts to resolve" in capsys.readouterr().out
    with open_services(office_db) as office:
        assert office["regions"].get(region)["name_ru"] == "Хэйлунцзян (поездка)"
        assert office["regions"].lookup("Цзилинь")
