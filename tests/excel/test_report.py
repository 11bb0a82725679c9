import textwrap
from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from desktop.cli import main
from desktop.excel.files import wrapped_lines
from desktop.excel.report_writer import HEADER_ROW, write_report
from desktop.services.reports import build_report
from tests.excel.conftest import END, START


def titles(report, key):
    return sorted(row["title"] for row in report.table(key).rows)


def test_report_contents_follow_the_period(known):
    report = build_report(known, START, END, "ru")
    assert titles(report, "agreements_in_force") == [
        "A в силе с 2023",
        "B подписано в первый день",
        "E продлевается автоматически",
        "F подписано в последний день",
        "H истекает летом",
    ]
    assert titles(report, "agreements_concluded") == [
        "B подписано в первый день",
        "F подписано в последний день",
    ]
    assert titles(report, "agreements_lapsed") == ["C прекращено в последний день", "D истёк срок"]
    assert titles(report, "agreements_expiring") == ["H истекает летом"]
    delegations = report.table("delegations")
    assert [r["purpose"] for r in delegations.rows] == ["Визит 2024-01-01", "Визит 2024-12-31"]
    assert delegations.totals["date_from"] == 2
    assert [r["name"] for r in report.table("events").rows] == ["Форум регионов"]
    summary = {r["country"]: r for r in report.table("summary_by_country").rows}
    assert summary["Китай"]["in_force"] == 4 and summary["Беларусь"]["in_force"] == 1
    assert summary["Китай"]["incoming"] == 1 and summary["Китай"]["outgoing"] == 1
    assert summary["Китай"]["twins"] == 1 and summary["Беларусь"]["events"] == 1
    assert report.table("summary_by_country").totals["in_force"] == 5
    in_force = {r["title"]: r for r in report.table("agreements_in_force").rows}
    assert in_force["A в силе с 2023"]["status"] == "Зарегистрировано"
    assert in_force["A в силе с 2023"]["foreign_parties"] == "Правительство провинции Хэйлунцзян"
    assert report.scalars["region"] == "Энская область"


def test_workbook_is_formatted_for_the_ministry(known, tmp_path):
    path = write_report(build_report(known, START, END, "ru"), tmp_path / "r.xlsx", "ru")
    workbook = load_workbook(path)
    assert workbook.sheetnames == [
        "Действующие соглашения",
        "Заключённые",
        "Прекратившие действие",
        "Делегации",
        "Мероприятия",
        "Побратимские связи",
        "По странам",
        "Истекающие",
        "Результаты",
        "Планы мероприятий",
    ]
    for ws in workbook.worksheets:
        assert ws["A1"].value == "Энская область"
        assert ws.freeze_panes == f"A{HEADER_ROW + 1}"
        assert ws.auto_filter.ref.startswith(f"A{HEADER_ROW}:")
        assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
        assert ws.page_setup.orientation == "landscape"
        # one page wide (1 is the file format's default: left out), any number of pages down
        assert ws.page_setup.fitToWidth in (None, 1) and ws.sheet_properties.pageSetUpPr.fitToPage
        assert int(ws.page_setup.fitToHeight) == 0 and ws.page_setup.paperSize in (9, "9")
        assert ws.cell(HEADER_ROW, 1).value == "№"
    ws = workbook["Действующие соглашения"]
    headers = [c.value for c in ws[HEADER_ROW]]
    signed = ws.cell(HEADER_ROW + 1, headers.index("Дата подписания") + 1)
    assert isinstance(signed.value, datetime) and signed.number_format == "DD.MM.YYYY"
    assert ws.cell(HEADER_ROW + 1, 1).value == 1  # a number, not text
    assert ws.column_dimensions["B"].width > ws.column_dimensions["A"].width
    by_country = workbook["По странам"]
    last = by_country.max_row
    assert by_country.cell(last, 2).value == "Итого"
    assert by_country.cell(last, 3).value == 5


def test_formula_looking_text_is_written_as_text(known, tmp_path):
    path = write_report(build_report(known, START, END, "ru"), tmp_path / "r.xlsx", "ru")
    ws = load_workbook(path)["Заключённые"]
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    evil = [c for c in cells if c.value.startswith("=HYPERLINK")]
    assert evil == []  # drafts are not concluded; look in the in-force-free lists instead
    report = build_report(known, START, END, "ru")
    report.table("agreements_concluded").rows[0]["title"] = "=1+1"
    report.table("agreements_concluded").rows[1]["title"] = "+7\x07 912"
    path = write_report(report, tmp_path / "evil.xlsx", "ru")
    ws = load_workbook(path)["Заключённые"]
    assert ws.cell(HEADER_ROW + 1, 2).data_type == "s"
    assert ws.cell(HEADER_ROW + 1, 2).value == "=1+1"
    assert ws.cell(HEADER_ROW + 2, 2).value == "+7 912"


def test_english_headers(known, tmp_path):
    path = write_report(build_report(known, START, END, "en"), tmp_path / "r.xlsx", "en")
    ws = load_workbook(path)["Agreements in force"]
    assert ws.cell(HEADER_ROW, 2).value == "Title"


def test_report_command(known, db_target, tmp_path, capsys):
    known.close()
    out = tmp_path / "report.xlsx"
    assert (
        main(
            [
                "report",
                "--db",
                str(db_target),
                "--from",
                "2024-01-01",
                "--to",
                "2024-12-31",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert "agreements_in_force 5" in capsys.readouterr().out
    assert load_workbook(out).sheetnames[0] == "Действующие соглашения"
    assert (
        main(
            [
                "report",
                "--db",
                str(db_target),
                "--from",
                "2024-12-31",
                "--to",
                "2024-01-01",
                "--out",
                str(out),
            ]
        )
        == 2
    )
    assert (
        main(
            [
                "report",
                "--db",
                str(tmp_path / "missing.sqlite"),
                "--from",
                "2024-01-01",
                "--to",
                "2024-12-31",
                "--out",
                str(out),
            ]
        )
        == 1
    )
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "missing.sqlite").exists()


def test_a_locked_target_is_named_and_left_alone(known, tmp_path):
    from desktop.excel.files import FileLockedError

    out = tmp_path / "report.xlsx"
    out.write_bytes(b"previous version")
    (tmp_path / ".~lock.report.xlsx#").write_text("someone,host")
    import pytest

    with pytest.raises(FileLockedError) as caught:
        write_report(build_report(known, START, END), out)
    assert "open in another program" in caught.value.text()
    assert out.read_bytes() == b"previous version"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_write_that_fails_at_the_end_says_so_and_keeps_the_old_file(known, tmp_path, monkeypatch):
    """XlsxWriter reports a full disk or a vanished folder as its own exception when it
    assembles the file: the user gets the usual sentence, the old report stays."""
    import errno

    import pytest
    import xlsxwriter
    from xlsxwriter.exceptions import FileCreateError

    from desktop.excel.files import FileNotWritableError

    real_close = xlsxwriter.Workbook.close

    def full_disk(self):  # noqa: ANN001, ANN202
        real_close(self)  # its temporary files go; then the disk turns out full
        raise FileCreateError(OSError(errno.ENOSPC, "No space left on device"))

    monkeypatch.setattr(xlsxwriter.Workbook, "close", full_disk)
    out = tmp_path / "report.xlsx"
    out.write_bytes(b"previous version")
    with pytest.raises(FileNotWritableError) as caught:
        write_report(build_report(known, START, END), out)
    assert "No space left on device" in caught.value.text()
    assert out.read_bytes() == b"previous version"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


words = st.text(alphabet="abёЖ", min_size=1, max_size=15)
lines_of_words = st.lists(st.lists(words, max_size=12).map(" ".join), min_size=1, max_size=3)


@settings(max_examples=400, deadline=None)
@given(lines_of_words.map("\n".join), st.integers(min_value=1, max_value=60))
def test_row_heights_count_lines_as_textwrap_does(text, width):
    """Cell text is stripped and its words single-spaced (validation): for such text the
    fast count equals textwrap's."""
    per_line = max(1, int(width * 0.85))
    expected = sum(
        len(textwrap.wrap(part, per_line, break_on_hyphens=False)) or 1 for part in text.split("\n")
    )
    if not text or (len(text) <= per_line and "\n" not in text):
        expected = 1
    assert wrapped_lines(text, width) == expected
