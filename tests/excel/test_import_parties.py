"""Free-text parties of an agreement (issue 12, item 4): each party is an organisation — one
the registry has by name, or the government of a region the party names («провинция
Хэйлунцзян», «Народное правительство провинции Цзилинь», «Могилевский облисполком»); one to
create is created in that region, and offered for creation in the window."""

from __future__ import annotations

from openpyxl import Workbook

from desktop.domain.countries import fold_name
from desktop.excel.importer import read_import
from desktop.services import Query
from desktop.services.importing import import_plan
from tests.conftest import add_region

HEADER = ["Наименование соглашения", "Страна", "Регион", "Стороны"]


def sheet(path, rows):
    wb = Workbook()
    wb.active.append(HEADER)
    for row in rows:
        wb.active.append(list(row))
    wb.save(path)
    return path


def organisations(services):
    registry = services["organisations"]
    return {o["name_ru"]: o for o in (registry.get(i) for i in registry.search(Query()))}


def test_a_party_naming_a_region_is_its_government(services, tmp_path):
    heilongjiang = add_region(services)
    government = (
        services["organisations"]
        .create(
            {
                "name_ru": "Народное правительство провинции Хэйлунцзян",
                "kind": "regional_government",
                "side": "foreign",
                "country_code": "CN",
                "region_id": heilongjiang,
            }
        )
        .ids[0]
    )
    mogilev = add_region(services, "Могилёвская область", "BY", "Магілёўская вобласць")
    source = sheet(
        tmp_path / "f.xlsx",
        [
            ("Соглашение 1", "КНР", "Хэйлунцзян", "провинция Хэйлунцзян"),
            ("Соглашение 2", "КНР", None, "Правительство провинции Хэйлунцзян"),
            ("Соглашение 3", "КНР", "провинция Цзилинь",
             "Администрация Энской области; Народное правительство провинции Цзилинь"),
            ("Соглашение 4", "Беларусь", "Могилевская", "Могилевский облисполком"),
        ],
    )  # fmt: skip
    plan = read_import(services, "agreements", source, create_missing=True)
    assert plan.ok, [p.text("ru") for p in plan.problems]
    parties = {
        row: [(p["side"], p["organisation_id"]) for p in values["parties"]]
        for row, _, values in plan.creates
    }
    # the region's government the registry has, by the region the party names
    assert parties[2] == parties[3] == [("foreign", government)]
    import_plan(services, plan)
    made = organisations(services)
    regions = {
        r["name_ru"]: r["id"]
        for r in (services["regions"].get(i) for i in services["regions"].search(Query()))
    }
    jilin = made["Народное правительство провинции Цзилинь"]
    assert jilin["region_id"] == regions["провинция Цзилинь"]  # the row's own new region
    assert jilin["kind"] == "regional_government" and jilin["side"] == "foreign"
    assert made["Могилевский облисполком"]["region_id"] == mogilev
    assert made["Администрация Энской области"]["region_id"] is None
    assert made["Администрация Энской области"]["side"] == "ours"
    assert "провинция Хэйлунцзян" not in made  # matched, not created


def test_a_party_naming_a_region_with_no_government_is_offered_for_creation(services, tmp_path):
    add_region(services)
    source = sheet(tmp_path / "f.xlsx", [("Соглашение", "КНР", None, "провинция Хэйлунцзян")])
    plan = read_import(services, "agreements", source)
    assert not plan.ok
    assert [(u.registry, u.name, u.rows) for u in plan.unresolved] == [
        ("organisations", "провинция Хэйлунцзян", [2])
    ]
    chosen = read_import(
        services,
        "agreements",
        source,
        choices={"organisations": {fold_name("провинция Хэйлунцзян"): "create"}},
    )
    assert (
        chosen.ok
        and chosen.missing[0].values["region_id"] == services["regions"].search(Query())[0]
    )


def test_parties_numbered_or_bulleted_are_split_without_their_marks():
    from desktop.excel.reconcile import split_parties

    assert split_parties("1. Администрация Энской области\n2) Народное правительство") == [
        "Администрация Энской области",
        "Народное правительство",
    ]
    assert split_parties("• Акимат области Абай;\n- Мэрия города Семей") == [
        "Акимат области Абай",
        "Мэрия города Семей",
    ]
    assert split_parties("—") == [] and split_parties("а) Правительство; б) Мэрия") == [
        "Правительство",
        "Мэрия",
    ]
