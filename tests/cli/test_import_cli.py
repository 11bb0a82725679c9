"""`import` on the command line with an office's own registers (issue 12): whole with
--create-missing, every problem grouped and in Russian, bad rows set aside, --dry-run
writing nothing, --map remembered."""

from __future__ import annotations

import re

from openpyxl import Workbook, load_workbook

from desktop.cli import main
from desktop.services import open_services
from tests.excel.corpus.build import build


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["import", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_corpus_imports_whole_with_create_missing(db_target, tmp_path, capsys):
    corpus = build(tmp_path / "corpus")
    code, out, err = run(capsys, "--db", str(db_target), "agreements", str(corpus["agreements"]),
                         "--create-missing")  # fmt: skip
    assert code == 0, err
    assert "новых: 14" in out and "создано связанных записей: 18" in out
    assert "строка 23 пропущена, строка итогов: Итого: 14" in err
    assert "«Документ»" in err and "Республика Корея" in err
    assert "создано в «Зарубежные регионы»: провинция Хэйлунцзян" in err
    code, out, err = run(capsys, "--db", str(db_target), "twins", str(corpus["twins"]),
                         "--create-missing")  # fmt: skip
    assert code == 0, err
    with open_services(db_target) as services:
        assert services["agreements"].count() == 14 and services["twins"].count() == 5


def test_problems_are_grouped_in_russian_with_whole_row_numbers(db_target, tmp_path, capsys):
    corpus = build(tmp_path / "corpus")
    code, out, err = run(capsys, "--db", str(db_target), "agreements", str(corpus["agreements"]))
    assert code == 1 and not out
    assert "ничего не импортировано" in err and "--create-missing" in err
    assert "nothing imported" not in err and "problem(s)" not in err
    assert re.search(r"образование: нет в реестре: «Хэйлунцзян» \(строка 7\)", err)
    assert re.search(r"\d+ стр\.: .*\(строки \d+, \d+", err)  # one line for several rows
    assert not re.search(r"\d\.0\b", err)  # row numbers as integers
    with open_services(db_target) as services:
        assert services["agreements"].count() == 0 and services["regions"].count() == 0


def test_skip_bad_rows_names_the_file_and_dry_run_writes_none(db_target, tmp_path, capsys):
    source = tmp_path / "mixed.xlsx"
    wb = Workbook()
    wb.active.append(["Наименование соглашения", "Страна", "Регион"])
    wb.active.append(["Хорошее", "КНР", "Хэйлунцзян"])
    wb.active.append(["Плохое", "ZZ", "Хэйлунцзян"])  # no country (a name would be added)
    wb.save(source)
    fix = tmp_path / "mixed_rows_to_fix.xlsx"
    args = (
        "--db",
        str(db_target),
        "agreements",
        str(source),
        "--create-missing",
        "--skip-bad-rows",
    )
    code, out, err = run(capsys, *args, "--dry-run")
    assert code == 0 and "ничего не записано" in out and not fix.exists()
    assert str(fix) in err
    code, out, err = run(capsys, *args)
    assert code == 0 and str(fix) in err and fix.exists()
    assert load_workbook(fix).active["C2"].value == "Плохое"
    with open_services(db_target) as services:
        assert services["agreements"].count() == 1


def test_a_mapping_given_once_is_remembered(db_target, tmp_path, capsys):
    source = tmp_path / "f.xlsx"
    wb = Workbook()
    wb.active.append(["Наименование соглашения", "Страна", "Хранение"])
    wb.active.append(["Соглашение", "КНР", "сейф 3"])
    wb.save(source)
    code, _, err = run(capsys, "--db", str(db_target), "agreements", str(source),
                       "--map", "Хранение=original_location")  # fmt: skip
    assert code == 0, err
    wb.active["A2"] = "Другое соглашение"
    wb.save(source)
    code, _, err = run(capsys, "--db", str(db_target), "agreements", str(source))
    assert code == 0 and "«Хранение»" not in err
    with open_services(db_target) as services:
        kept = sorted(services["agreements"].get(i)["original_location"] for i in (1, 2))
    assert kept == ["сейф 3", "сейф 3"]


def test_a_mapping_without_equals_is_a_usage_error(db_target, tmp_path, capsys):
    assert main(["import", "--db", str(db_target), "agreements", "x.xlsx", "--map", "nothing"]) == 2
    assert "--map" in capsys.readouterr().err


def test_a_mapping_to_no_field_is_refused_naming_the_fields(db_target, tmp_path, capsys):
    source = tmp_path / "f.xlsx"
    wb = Workbook()
    wb.active.append(["Наименование соглашения", "Страна"])
    wb.save(source)
    code, _, err = run(capsys, "--db", str(db_target), "agreements", str(source), "--dry-run",
                       "--map", "Страна=land")  # fmt: skip
    assert code == 2 and "land" in err and "country_code" in err


def test_create_missing_adds_a_country_of_our_own_and_lists_it(db_target, tmp_path, capsys):
    source = tmp_path / "f.xlsx"
    wb = Workbook()
    wb.active.append(["Наименование соглашения", "Страна", "Регион"])
    wb.active.append(["Соглашение с Абхазией", "Абхазия", "Гагрский район"])
    wb.active.append(["Протокол с Приднестровьем", "Приднестровье", None])
    wb.save(source)
    args = ("--db", str(db_target), "agreements", str(source), "--create-missing")
    code, out, err = run(capsys, *args, "--dry-run")
    assert code == 0, err
    assert "будет создано в «Страны»: Абхазия (строки 2)" in err
    with open_services(db_target) as services:
        assert services.custom_countries.read() == []  # a dry run adds nothing
    code, out, err = run(capsys, *args)
    assert code == 0, err
    assert "создано в «Страны»: Абхазия (код XA)" in err
    assert "создано в «Страны»: Приднестровье (код XB)" in err
    assert "создано связанных записей: 3" in out
    with open_services(db_target) as services:
        assert [c.name_ru for c in services.custom_countries.read()] == ["Абхазия", "Приднестровье"]
        assert services["agreements"].count() == 2
