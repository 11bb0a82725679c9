"""The built-in forms (Order 911, Order 280, the municipal list), filled from a demo registry
and from an empty one, read back cell by cell; and the shipped files are what
resources/templates/build_forms.py builds."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.excel.placeholders import placeholders, selected
from desktop.excel.template import fill_template
from desktop.services import open_services
from desktop.services.demo import DemoBuilder
from desktop.services.report_forms import FORMS, TEMPLATES, form, previous_year
from desktop.services.reports import build_report

START, END = date(2025, 1, 1), date(2025, 12, 31)
HEADER = 6  # the title block takes rows 1-4, the header row is 6, its numbers 7, data from 8


def _builder():
    spec = importlib.util.spec_from_file_location("build_forms", TEMPLATES / "build_forms.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _count(report, text):
    (placeholder,) = placeholders(text)
    return len(selected(report.table(placeholder.name), placeholder.filters))


def _fill(services, key, tmp_path):
    report = build_report(services, START, END)
    out = fill_template(form(key).path, report, tmp_path / f"{key}.xlsx")
    return report, load_workbook(out)


def _rows(ws, columns):
    """The data rows under the column numbers: up to the «Всего» line or the signature."""
    rows: list[list] = []
    for r in range(HEADER + 2, ws.max_row + 1):
        cells = [ws.cell(r, c).value for c in range(1, columns + 1)]
        below = str(cells[1] or "").startswith(("Всего", "Исполнитель", "Дата составления"))
        if below or (rows and not any(cells)):
            break
        rows.append(cells)
    return rows


def _signed_by(ws):
    return [
        ws.cell(r, 2).value
        for r in range(1, ws.max_row + 1)
        if str(ws.cell(r, 2).value or "").startswith("Исполнитель")
    ]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    services = open_services(path, language="ru")
    # as `demo --scale 1000` makes it, on a fixed day: 2025 is the year before
    DemoBuilder(services.db, 1000, 2026, today=date(2026, 3, 1)).run()
    services.settings.save(
        replace(
            services.settings.read(),
            region="Правительство Новосибирской области",
            officer="Иванова М. С.",
            adjacent_countries="CN,MN,KZ",
        )
    )
    yield services
    services.close()


def test_the_shipped_forms_are_what_the_script_builds(tmp_path):
    built = _builder().build(tmp_path)
    assert {p.name for p in built} == {f.file for f in FORMS}
    for path in built:
        shipped, fresh = load_workbook(TEMPLATES / path.name), load_workbook(path)
        assert shipped.sheetnames == fresh.sheetnames
        for a, b in zip(shipped.worksheets, fresh.worksheets, strict=True):
            assert [[c.value for c in row] for row in a.iter_rows()] == [
                [c.value for c in row] for row in b.iter_rows()
            ], (path.name, a.title)


def test_every_sheet_prints_as_a_document(tmp_path):
    for item in FORMS:
        for ws in load_workbook(item.path).worksheets:
            assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
            assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
            fonts = {c.font.name for row in ws.iter_rows() for c in row if c.value is not None}
            assert fonts == {"Times New Roman"}, (item.key, ws.title)
            sizes = {c.font.sz for row in ws.iter_rows() for c in row if c.value is not None}
            assert min(sizes) >= 9 and max(sizes) <= 12
            if ws.print_title_rows:  # a table: its header and column numbers on every page
                assert ws.print_title_rows == f"${HEADER}:${HEADER + 1}"
                width = ws.max_column
                assert [ws.cell(HEADER + 1, c).value for c in range(1, width + 1)] == list(
                    range(1, width + 1)
                )
                # fitted to A4 landscape without shrinking the 10-pt text much below 9 pt
                total = sum(ws.column_dimensions[chr(64 + c)].width for c in range(1, width + 1))
                assert total <= 160, (item.key, ws.title, total)


def test_911_from_the_demo(demo, tmp_path):
    report, wb = _fill(demo, "911", tmp_path)
    summary = wb["Сводные сведения"]
    assert summary["A1"].value == "Правительство Новосибирской области"
    values = [summary.cell(r, 3).value for r in range(HEADER + 1, HEADER + 8)]
    municipal = "our_party=municipality"
    assert values == [
        _count(report, "{{#municipalities ties=yes}}"),
        _count(report, "{{#agreements_in_force " + municipal + "}}"),
        _count(report, "{{#agreements_in_force " + municipal + " country=adjacent}}"),
        _count(report, "{{#agreements_concluded " + municipal + "}}"),
        _count(report, "{{#agreements_lapsed " + municipal + "}}"),
        _count(report, "{{#twins " + municipal + " status=active}}"),
        _count(report, "{{#memberships " + municipal + "}}"),
    ]
    assert all(values) and values[0] == 3  # the demo's three municipalities all have ties
    assert _signed_by(summary) == ["Исполнитель: Иванова М. С."]
    agreements = _rows(wb["Соглашения"], 9)
    (marker,) = placeholders("{{#agreements_in_force " + municipal + "}}")
    expected = selected(report.table("agreements_in_force"), marker.filters)
    assert len(agreements) == len(expected) > 10
    assert [r[0] for r in agreements] == list(range(1, len(expected) + 1))
    for cells, row in zip(agreements, expected, strict=True):
        assert cells[1] == row["our_municipalities"] and cells[1].startswith("Администрация")
        assert cells[3] == row["title"] and cells[2].startswith(row["country"])
    twins = _rows(wb["Побратимские связи"], 7)
    assert len(twins) == _count(report, "{{#twins " + municipal + "}}")
    memberships = _rows(wb["Членство"], 7)
    assert {r[2] for r in memberships} >= {"Международная ассамблея столиц и крупных городов"}


def test_280_from_the_demo(demo, tmp_path):
    report, wb = _fill(demo, "280", tmp_path)
    summary = wb["Сводные сведения"]
    assert "Казахстан, Китай, Монголия" in summary["A3"].value
    incoming = _count(report, "{{#delegations country=adjacent direction=incoming}}")
    assert summary.cell(HEADER + 5, 3).value == incoming > 0
    agreements = _rows(wb["Соглашения"], 9)
    assert len(agreements) == _count(report, "{{#agreements_in_force country=adjacent}}") > 10
    assert {r[2] for r in agreements} == {"Казахстан", "Китай", "Монголия"}
    visits = _rows(wb["Делегации"], 8)
    assert len(visits) == _count(report, "{{#delegations country=adjacent}}")
    assert all(isinstance(r[2], str) and "." in r[2] for r in visits)  # «12.05.2025 – 14.05.2025»


def test_municipal_list_from_the_demo(demo, tmp_path):
    report, wb = _fill(demo, "municipal-list", tmp_path)
    assert wb.sheetnames == ["Действующие", "Заключённые", "Прекратившие действие"]
    concluded = _rows(wb["Заключённые"], 11)
    assert len(concluded) == _count(report, "{{#agreements_concluded our_party=municipality}}")
    lapsed_sheet = wb["Прекратившие действие"]
    lapsed = _rows(lapsed_sheet, 9)
    assert len(lapsed) == _count(report, "{{#agreements_lapsed our_party=municipality}}") > 0
    for offset, cells in enumerate(lapsed):
        assert isinstance(cells[6], datetime) and cells[7]  # the day and why it ended
        assert lapsed_sheet.cell(HEADER + 2 + offset, 7).number_format == "DD.MM.YYYY"


@pytest.mark.parametrize("key", [f.key for f in FORMS])
def test_each_form_fills_from_an_empty_registry(services, tmp_path, key):
    report, wb = _fill(services, key, tmp_path)
    for ws in wb.worksheets:
        text = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
        assert not any("{{" in t for t in text), (key, ws.title)
        assert not any("None" in t for t in text)
        assert "Дата составления: " + date.today().strftime("%d.%m.%Y") in text
        if ws.print_title_rows:
            data = _rows(ws, ws.max_column)
            assert data == [[None] * ws.max_column]  # one empty row of the table
            total = ws.cell(HEADER + 3, 2).value
            assert total is None or total.startswith("Всего: 0")
        else:
            counts = [ws.cell(r, 3).value for r in range(HEADER + 1, HEADER + 8)]
            assert set(counts) == {0}
    assert "за 2025 год" in " ".join(
        str(c.value) for c in wb.worksheets[0][3] if c.value is not None
    )


def test_the_forms_report_on_the_previous_year():
    assert previous_year(date(2026, 1, 10)) == (date(2025, 1, 1), date(2025, 12, 31))
    assert [f.due for f in FORMS] == [None, (2, 1), (1, 15)]
    assert Path(form("municipal-list").path).is_file()
