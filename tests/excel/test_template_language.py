"""The template language's filters, counts, optional text and row heights, on real files."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font

from desktop.excel.files import LINE_HEIGHT, wrapped_lines
from desktop.excel.template import TemplateError, fill_template
from desktop.services.reports import build_report
from tests.excel.conftest import END, START, agreement


def filled(known, tmp_path, cells: dict[str, str], **sheet_setup):
    wb = Workbook()
    ws = wb.active
    ws.title = "Форма"
    for where, text in cells.items():
        ws[where] = text
    for setup in sheet_setup.values():
        setup(ws)
    template = tmp_path / "t.xlsx"
    wb.save(template)
    report = build_report(known, START, END)
    return report, load_workbook(fill_template(template, report, tmp_path / "o.xlsx"))["Форма"]


def test_filtered_repeats_and_counts_by_stored_code(known, tmp_path):
    report, ws = filled(
        known,
        tmp_path,
        {
            "A1": "Принято делегаций: {{delegations_count direction=incoming}}",
            "B1": "{{delegations_count direction=outgoing}}",
            "C1": "{{delegations_count}}",
            "A3": "{{#delegations direction=incoming}}{{n}}",
            "B3": "{{purpose}}",
            "A5": "{{#delegations direction=outgoing}}{{n}}",
            "B5": "{{purpose}}",
        },
    )
    rows = report.table("delegations").rows
    incoming = [r["purpose"] for r in rows if r["direction_code"] == "incoming"]
    outgoing = [r["purpose"] for r in rows if r["direction_code"] == "outgoing"]
    assert incoming and outgoing and len(incoming) + len(outgoing) == len(rows)
    assert ws["A1"].value == f"Принято делегаций: {len(incoming)}"
    assert ws["B1"].value == len(outgoing)  # a count alone in its cell stays a number
    assert ws["C1"].value == len(rows)
    assert [ws.cell(3 + i, 2).value for i in range(len(incoming))] == incoming
    below = 5 + len(incoming) - 1  # the first repeat grew by its extra rows
    assert ws.cell(below, 1).value == 1  # numbered within what the filter selected
    assert [ws.cell(below + i, 2).value for i in range(len(outgoing))] == outgoing


def test_filters_by_scope_country_and_either_of_two_values(known, tmp_path):
    report, ws = filled(
        known,
        tmp_path,
        {
            "A1": "{{agreements_in_force_count country=by}}",
            "B1": "{{agreements_in_force_count country=BY,CN}}",
            "C1": "{{agreements_in_force_count scope=municipal}}",
            "D1": "{{agreements_in_force_count scope=international country=BY}}",
        },
    )
    rows = report.table("agreements_in_force").rows
    by = sum(r["country_code"] == "BY" for r in rows)
    assert by and ws["A1"].value == by  # case does not matter
    assert ws["B1"].value == sum(r["country_code"] in ("BY", "CN") for r in rows)
    assert ws["C1"].value == 0
    assert ws["D1"].value == by


def test_optional_text_disappears_with_an_empty_value(known, tmp_path):
    report, ws = filled(
        known,
        tmp_path,
        {
            "A1": "{{#agreements_in_force}}{{title}}{{reg_number|, № {}}}{{reg_date|, от {}}}",
            "A10": "{{officer|Исполнитель: {}}}",
        },
    )
    rows = report.table("agreements_in_force").rows
    for index, row in enumerate(rows):
        text = ws.cell(1 + index, 1).value
        assert "№" not in text if not row["reg_number"] else f"№ {row['reg_number']}" in text
        if row["reg_date"]:
            assert f", от {row['reg_date']:%d.%m.%Y}" in text
        else:
            assert "от" not in text.removeprefix(row["title"])
    assert ws.cell(10 + len(rows) - 1, 1).value == "Исполнитель: Иванова М. С."


def test_our_region_and_the_partners_region_are_distinct(known, tmp_path):
    report, ws = filled(
        known, tmp_path, {"A1": "{{#agreements_in_force}}{{our_region}}", "B1": "{{region}}"}
    )
    rows = report.table("agreements_in_force").rows
    assert {ws.cell(1 + i, 1).value for i in range(len(rows))} == {"Энская область"}
    assert [ws.cell(1 + i, 2).value for i in range(len(rows))] == [
        r["region"] or None for r in rows
    ]
    assert "провинция Хэйлунцзян" in {r["region"] for r in rows}


def test_repeated_rows_are_as_tall_as_their_text_in_the_templates_font(known, tmp_path):
    title = ("Соглашение " + "о сотрудничестве " * 6).strip()
    agreement(known, title, [("signed", "2024-03-01")])

    def height_in(size: int) -> float:
        def narrow_wrapped_column(ws):
            ws.column_dimensions["B"].width = 20
            ws["B1"].font = Font(name="Times New Roman", size=size)
            ws["B1"].alignment = Alignment(wrap_text=True)

        folder = tmp_path / str(size)
        folder.mkdir()
        report, ws = filled(
            known,
            folder,
            {"A1": "{{#agreements_concluded}}{{n}}", "B1": "{{title}}"},
            setup=narrow_wrapped_column,
        )
        index = [r["title"] for r in report.table("agreements_concluded").rows].index(title)
        assert ws.cell(1 + index, 2).font.sz == size  # the style came with the row
        return ws.row_dimensions[1 + index].height

    ten, eleven, fourteen = height_in(10), height_in(11), height_in(14)
    # 11 pt is what the widths are measured in: whole lines of 15 points
    assert eleven == LINE_HEIGHT * wrapped_lines(title, 20) and eleven > LINE_HEIGHT
    # a 10 pt form fits more letters per line and its lines are lower (it was 1.8x too tall)
    assert eleven / ten >= 1.1
    assert fourteen > eleven


@pytest.mark.parametrize(
    "text, what",
    [
        ("{{#delegations colour=red}}", "colour"),
        ("{{officer direction=incoming}}", "count"),
        ("{{no_such_count direction=incoming}}", "count"),
    ],
)
def test_a_filter_the_template_cannot_apply_names_the_cell(known, tmp_path, text, what):
    with pytest.raises(TemplateError) as caught:
        filled(known, tmp_path, {"C2": text})
    assert caught.value.cell == "C2" and what in caught.value.text()


def test_a_date_alone_in_a_general_cell_is_shown_day_month_year(known, tmp_path):
    """openpyxl gives a date it is handed the format yyyy-mm-dd: the forms showed
    «2025-11-27» in the column «Дата прекращения»."""
    report, ws = filled(
        known,
        tmp_path,
        {"A1": "{{period_to}}", "A3": "{{#agreements_lapsed}}{{lapsed_on}}"},
    )
    assert ws["A1"].value.date() == END and ws["A1"].number_format == "DD.MM.YYYY"
    assert report.table("agreements_lapsed").rows
    assert ws["A3"].value is not None and ws["A3"].number_format == "DD.MM.YYYY"


def test_a_narrow_font_gets_lower_rows_than_the_default_one(known, tmp_path):
    """10-pt Times New Roman sets about 1.4 Cyrillic letters per width unit: rows sized as
    for Calibri came out twice as tall as their text in LibreOffice (the built-in forms)."""
    title = "Соглашение о торгово-экономическом и научно-техническом сотрудничестве " * 2
    agreement(known, title.strip(), [("signed", "2024-03-01")])

    def height_in(font: str) -> float:
        def wrapped(ws):
            ws.column_dimensions["B"].width = 26
            ws["B1"].font = Font(name=font, size=10)
            ws["B1"].alignment = Alignment(wrap_text=True)

        folder = tmp_path / font.replace(" ", "_")
        folder.mkdir()
        report, ws = filled(
            known, folder, {"A1": "{{#agreements_concluded}}{{n}}", "B1": "{{title}}"}, s=wrapped
        )
        index = [r["title"] for r in report.table("agreements_concluded").rows].index(title.strip())
        return ws.row_dimensions[1 + index].height

    times, calibri = height_in("Times New Roman"), height_in("Calibri")
    assert times < calibri
    assert times >= 3 * LINE_HEIGHT * 10 / 11  # still room for the lines Times needs (3)
