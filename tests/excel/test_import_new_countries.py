"""Partners outside ISO 3166-1 in an office's sheet (issue 12, item 3): with
``--create-missing`` (or «Создать» in the window) a country of the office's own (XA–XZ) is
created for a name that is no ISO country, in the rows' own transaction; a dry run adds
nothing; a country written with extra words («Китай (КНР)», «г. Пекин, КНР») is the country."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from desktop.domain.countries import custom_countries, find_country, fold_name
from desktop.excel.importer import read_import
from desktop.services import Query
from desktop.services.importing import import_plan


def sheet(path, rows, header=("Наименование соглашения", "Страна", "Регион")):
    wb = Workbook()
    wb.active.append(list(header))
    for row in rows:
        wb.active.append(list(row))
    wb.save(path)
    return path


ROWS = [
    ("Соглашение с Абхазией", "Абхазия", "Гагрский район"),
    ("Протокол с Южной Осетией", "Южная Осетия", None),
    ("Меморандум с Приднестровьем", "Приднестровье", "г. Тирасполь"),
    ("Второе соглашение с Абхазией", "абхазия", None),
]


def test_create_missing_creates_a_country_for_a_name_iso_does_not_know(services, tmp_path):
    source = sheet(tmp_path / "f.xlsx", ROWS)
    plan = read_import(services, "agreements", source, create_missing=True)
    assert plan.ok, [p.text("ru") for p in plan.problems]
    # read, not added: the registry and this process know no such country yet
    assert find_country("Абхазия") is None and services.custom_countries.read() == []
    pending = [m.name for m in plan.missing if m.registry == "countries"]
    assert pending == ["Абхазия", "Южная Осетия", "Приднестровье"]  # «абхазия» is one of them
    result = import_plan(services, plan)
    added = {c.name_ru: c.code for c in services.custom_countries.read()}
    assert added == {"Абхазия": "XA", "Южная Осетия": "XB", "Приднестровье": "XC"}
    assert ("countries", "XA", "Абхазия") in result.created
    agreements = {
        a["title"]: a
        for a in (services["agreements"].get(i) for i in services["agreements"].search(Query()))
    }
    assert agreements["Соглашение с Абхазией"]["country_code"] == "XA"
    assert agreements["Второе соглашение с Абхазией"]["country_code"] == "XA"
    assert agreements["Протокол с Южной Осетией"]["country_code"] == "XB"
    regions = {
        r["name_ru"]: r["country_code"]
        for r in (services["regions"].get(i) for i in services["regions"].search(Query()))
    }
    assert regions == {"Гагрский район": "XA", "г. Тирасполь": "XC"}
    assert find_country("Приднестровье") == "XC" and services.country_name("XB") == "Южная Осетия"
    # the second import of the same file: found, nothing more to create
    again = read_import(services, "agreements", source)
    assert again.ok and not again.missing and len(again.duplicates) == 4


def test_a_dry_run_adds_no_country_and_without_create_missing_it_is_a_problem(services, tmp_path):
    source = sheet(tmp_path / "f.xlsx", ROWS[:1])
    plan = read_import(services, "agreements", source)
    assert not plan.ok
    assert [(u.registry, u.name) for u in plan.unresolved if u.registry == "countries"] == [
        ("countries", "Абхазия")
    ]
    read_import(services, "agreements", source, create_missing=True)
    assert services.custom_countries.read() == [] and custom_countries() == []


def test_a_failed_write_leaves_no_country(services, tmp_path, monkeypatch):
    plan = read_import(
        services, "agreements", sheet(tmp_path / "f.xlsx", ROWS), create_missing=True
    )
    registry = services["agreements"]
    write = registry.write_import

    def fails_after_the_rows(*args, **kwargs):
        write(*args, **kwargs)
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(registry, "write_import", fails_after_the_rows)
    with pytest.raises(RuntimeError):
        import_plan(services, plan)
    assert services.custom_countries.read() == [] and find_country("Абхазия") is None
    assert services["regions"].count() == 0 and registry.count() == 0


def test_a_code_taken_meanwhile_moves_the_new_country_to_the_next_one(services, tmp_path):
    plan = read_import(
        services, "agreements", sheet(tmp_path / "f.xlsx", ROWS[:1]), create_missing=True
    )
    services.custom_countries.add("Сомалиленд")  # took XA after the file was read
    import_plan(services, plan)
    added = {c.name_ru: c.code for c in services.custom_countries.read()}
    assert added == {"Сомалиленд": "XA", "Абхазия": "XB"}
    (first,) = services["agreements"].search(Query())
    assert services["agreements"].get(first)["country_code"] == "XB"
    (region,) = services["regions"].search(Query())
    assert services["regions"].get(region)["country_code"] == "XB"


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Китай (КНР)", "CN"),
        ("г. Пекин, КНР", "CN"),
        ("China", "CN"),
        ("People's Republic of China", "CN"),
        ("Republic of Belarus", "BY"),
        ("Республика Беларусь (г. Минск)", "BY"),
        ("Kazakhstan", "KZ"),
        ("КНР\n(провинция Хэйлунцзян)", "CN"),
        ("\xa0КНР\xa0", "CN"),
    ],
)
def test_a_country_written_with_extra_words_is_the_country(services, tmp_path, written, code):
    plan = read_import(
        services,
        "agreements",
        sheet(tmp_path / "f.xlsx", [("Соглашение", written, None)]),
        create_missing=True,
    )
    assert plan.ok, [p.text("ru") for p in plan.problems]
    assert not plan.missing and plan.creates[0][2]["country_code"] == code


@pytest.mark.parametrize("written", ["ZZ", "QQQ", "12345", "Китай, Казахстан"])
def test_a_code_or_a_number_or_two_countries_is_no_new_country(services, tmp_path, written):
    plan = read_import(
        services,
        "agreements",
        sheet(tmp_path / "f.xlsx", [("Соглашение", written, None)]),
        create_missing=True,
    )
    assert not plan.ok and not [m for m in plan.missing if m.registry == "countries"]
    assert plan.problems[0].row == 2 and plan.problems[0].column == "Страна"


def test_a_remembered_choice_for_a_country_is_used(services, tmp_path):
    source = sheet(tmp_path / "f.xlsx", [("Соглашение", "Поднебесная", None)])
    plan = read_import(
        services, "agreements", source, choices={"countries": {fold_name("Поднебесная"): "CN"}}
    )
    assert plan.ok and plan.creates[0][2]["country_code"] == "CN"
    created = read_import(
        services, "agreements", source, choices={"countries": {fold_name("Поднебесная"): "create"}}
    )
    assert created.ok and [m.name for m in created.missing] == ["Поднебесная"]


def test_a_misspelt_country_is_suggested_and_a_partner_outside_iso_is_not_likened(
    services, tmp_path
):
    source = sheet(tmp_path / "f.xlsx", [("Соглашение 1", "Казахстн", None), ROWS[0]])
    plan = read_import(services, "agreements", source)
    suggested = {u.name: u.suggestions for u in plan.unresolved if u.registry == "countries"}
    assert suggested == {"Казахстн": [("KZ", "Казахстан")], "Абхазия": []}
