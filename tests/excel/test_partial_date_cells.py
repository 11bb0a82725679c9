"""Dates with a precision and terms as written go out to a workbook as they were written and
come back from it the same (issue 12, item 3)."""

from __future__ import annotations

from datetime import datetime

from openpyxl import load_workbook

from desktop.excel.exporter import export_registry
from desktop.excel.importer import read_import
from desktop.services import Query, open_services
from desktop.services.importing import apply_import
from tests.conftest import add_organisation, add_region

WRITTEN = ("2012", "07.2016", "08.12.1999")


def column(path, header: str) -> list[object]:
    rows = list(load_workbook(path).worksheets[0].iter_rows(values_only=True))
    at = next(i for i, row in enumerate(rows) if header in row)
    index = rows[at].index(header)
    return [row[index] for row in rows[at + 1 :] if any(row)]


def test_partial_dates_terms_and_twin_histories_go_out_and_come_back_exactly(services, tmp_path):
    for i, signed in enumerate(WRITTEN):
        services["agreements"].create(
            {
                "title": f"Соглашение {i}",
                "country_code": "CN",
                "signed_on": signed,
                "term": "5 лет с автоматической пролонгацией на 5 лет",
                "history": [{"status": "signed", "on_date": "2019-03-01"}],
            }
        )
    ours = add_organisation(services, "Администрация города Заречный", side="ours", country="RU")
    region = add_region(services, "Люблин", "PL", "Lublin")
    services["twins"].create(
        {
            "our_organisation_id": ours,
            "foreign_region_id": region,
            "country_code": "PL",
            "history": [
                {"status": "established", "on_date": "1992"},
                {"status": "suspended", "on_date": "04.2022", "side": "foreign", "comment": "x"},
            ],
        }
    )
    agreements = export_registry(services, "agreements", tmp_path / "agreements.xlsx")
    signed_cells = column(agreements, "Дата подписания")
    assert signed_cells[:2] == ["2012", "07.2016"]  # as written, text
    assert signed_cells[2] == datetime(1999, 12, 8)  # a day: a date cell
    assert column(agreements, "Срок действия (как записан)")[0].startswith("5 лет")
    assert column(agreements, "Действует до")[:2] == ["2017", "07.2021"]
    twins = export_registry(services, "twins", tmp_path / "twins.xlsx")
    assert column(twins, "Дата установления")[0] == "1992"
    history = column(twins, "История статусов")[0]
    assert "1992" in history and "04.2022" in history

    fresh = open_services(tmp_path / "fresh.sqlite")
    try:
        for kind, path in (
            ("regions", export_registry(services, "regions", tmp_path / "regions.xlsx")),
            ("organisations", export_registry(services, "organisations", tmp_path / "o.xlsx")),
            ("agreements", agreements),
            ("twins", twins),
        ):
            plan = read_import(fresh, kind, path)
            assert plan.ok, [p.text() for p in plan.problems[:3]]
            apply_import(fresh, plan)
        for kind in ("agreements", "twins"):
            mine = [services[kind].get(i) for i in services[kind].search(Query())]
            theirs = [fresh[kind].get(i) for i in fresh[kind].search(Query())]
            fields = [f.name for f in services[kind].entity.fields] + ["history"]
            assert [{n: r[n] for n in fields} for r in theirs] == [
                {n: r[n] for n in fields} for r in mine
            ], kind
    finally:
        fresh.close()
