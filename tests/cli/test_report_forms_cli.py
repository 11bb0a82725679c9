"""report --form 911|280|municipal-list: a built-in form, for the previous year unless told."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from desktop.cli import main


def test_a_form_without_dates_reports_on_the_previous_year(services, db_target, tmp_path, capsys):
    out = tmp_path / "list.xlsx"
    assert (
        main(["report", "--db", str(db_target), "--form", "municipal-list", "--out", str(out)]) == 0
    )
    assert "municipalities 0" in capsys.readouterr().out
    sheet = load_workbook(out)["Действующие"]
    year = date.today().year - 1
    assert sheet["A3"].value.startswith(f"за {year} год")
    assert f"31.12.{year}" in sheet["A2"].value


def test_a_form_for_the_dates_given(services, db_target, tmp_path):
    out = tmp_path / "911.xlsx"
    args = ["report", "--db", str(db_target), "--form", "911", "--out", str(out)]
    assert main([*args, "--from", "2023-01-01", "--to", "2023-12-31"]) == 0
    assert "за 2023 год" in load_workbook(out)["Сводные сведения"]["A3"].value


@pytest.mark.parametrize(
    "extra, said",
    [
        (["--form", "280", "--template", "t.xlsx"], "give one of them"),
        ([], "--from and --to are required"),
        (["--form", "280", "--from", "2024-01-01"], "--from and --to are required"),
    ],
)
def test_what_the_report_command_refuses(services, db_target, tmp_path, capsys, extra, said):
    code = main(["report", "--db", str(db_target), "--out", str(tmp_path / "r.xlsx"), *extra])
    assert code != 0 and said in capsys.readouterr().err
    assert not (tmp_path / "r.xlsx").exists()


def test_an_unknown_form_is_refused_by_name(services, db_target, tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["report", "--db", str(db_target), "--form", "999", "--out", str(tmp_path / "x")])
    assert stopped.value.code == 2 and "municipal-list" in capsys.readouterr().err
