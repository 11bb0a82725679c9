"""Build the built-in report forms (templates in the placeholder language, README "Filling a
ministry's own template"): ``python resources/templates/build_forms.py`` rewrites

    form_911_municipal_ties.xlsx   Order 911 of 25.12.2023: municipalities' ties, yearly
    form_280_border_ties.xlsx      Order 280 of 01.06.2018: cross-border ties, by 1 February
    form_municipal_list.xlsx       the municipal list of agreements, by 15 January

beside this file. Each sheet: the region and the form's title over its columns, a header row
and a row of column numbers (repeated on every printed page), one repeated row of
placeholders, and the officer and date below; Times New Roman, borders, A4 landscape fitted
to the page width. tests/excel/test_forms.py fills each of them and reads the result back.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

FOLDER = Path(__file__).resolve().parent
FONT = "Times New Roman"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TOP_LEFT = Alignment(wrap_text=True, vertical="top", horizontal="left")
CENTRE = Alignment(wrap_text=True, vertical="center", horizontal="center")
SIGNATURE = ("{{officer|Исполнитель: {}}}", "Дата составления: {{compiled_on}}")


@dataclass
class Column:
    header: str
    width: float
    value: str  # the repeated row's cell: placeholders
    centred: bool = False


@dataclass
class TableSheet:
    name: str
    title: str  # under the region's name, bold
    subtitle: str  # the act, the period
    repeat: str  # {{#table filters}}
    columns: list[Column]
    total: str | None = None  # a line under the table: «Всего: {{…_count …}}»


@dataclass
class SummarySheet:
    name: str
    title: str
    subtitle: str
    lines: list[tuple[str, str]]  # indicator, value (a count placeholder)
    notes: list[str] = field(default_factory=list)


def _font(size: float = 11, bold: bool = False, italic: bool = False) -> Font:
    return Font(name=FONT, size=size, bold=bold, italic=italic)


def _title_block(ws: Worksheet, width: int, title: str, subtitle: str) -> int:
    """Region, title, subtitle merged over the table's width; returns the next free row."""
    last = get_column_letter(width)
    for row, (text, font, height) in enumerate(
        (
            ("{{our_region}}", _font(12, bold=True), 18),
            (title, _font(12, bold=True), 36),
            (subtitle, _font(10, italic=True), 28),
        ),
        start=1,
    ):
        ws.merge_cells(f"A{row}:{last}{row}")
        cell = ws.cell(row=row, column=1, value=text)
        cell.font, cell.alignment = font, CENTRE
        ws.row_dimensions[row].height = height
    return 5  # a blank row under the subtitle


def _page_setup(ws: Worksheet, header_rows: str | None) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as it takes
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "&P / &N"
    ws.oddFooter.center.font = FONT
    if header_rows:
        ws.print_title_rows = header_rows


def _signature(ws: Worksheet, row: int) -> None:
    for offset, text in enumerate(SIGNATURE):
        cell = ws.cell(row=row + offset, column=2, value=text)
        cell.font = _font(11)


def table_sheet(wb: Workbook, spec: TableSheet) -> None:
    ws = wb.create_sheet(spec.name)
    width = len(spec.columns)
    header = _title_block(ws, width, spec.title, spec.subtitle) + 1
    for index, column in enumerate(spec.columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
        top = ws.cell(row=header, column=index, value=column.header)
        number = ws.cell(row=header + 1, column=index, value=index)
        value = column.value if index > 1 else spec.repeat + column.value
        body = ws.cell(row=header + 2, column=index, value=value)
        top.font, top.alignment, top.border = _font(10, bold=True), CENTRE, BOX
        number.font, number.alignment, number.border = _font(9), CENTRE, BOX
        body.font, body.border = _font(10), BOX
        body.alignment = CENTRE if column.centred else TOP_LEFT
    longest = max(len(c.header) / max(c.width - 1, 1) for c in spec.columns)
    ws.row_dimensions[header].height = max(28, 13 * (int(longest) + 1))
    below = header + 3
    if spec.total:
        ws.cell(row=below, column=2, value=spec.total).font = _font(10, bold=True)
        below += 1
    _signature(ws, below + 1)
    ws.freeze_panes = ws.cell(row=header + 2, column=1)
    _page_setup(ws, f"{header}:{header + 1}")


def summary_sheet(wb: Workbook, spec: SummarySheet) -> None:
    ws = wb.create_sheet(spec.name)
    widths = (6, 90, 16)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    row = _title_block(ws, len(widths), spec.title, spec.subtitle) + 1
    for index, text in enumerate(("№", "Показатель", "Значение"), start=1):
        cell = ws.cell(row=row, column=index, value=text)
        cell.font, cell.alignment, cell.border = _font(10, bold=True), CENTRE, BOX
    for number, (indicator, value) in enumerate(spec.lines, start=1):
        row += 1
        cells = [
            ws.cell(row=row, column=1, value=number),
            ws.cell(row=row, column=2, value=indicator),
            ws.cell(row=row, column=3, value=value),
        ]
        for cell in cells:
            cell.font, cell.border = _font(11), BOX
        cells[0].alignment, cells[2].alignment = CENTRE, CENTRE
        cells[1].alignment = TOP_LEFT
        ws.row_dimensions[row].height = 15 * (1 + len(indicator) // 120)
    row += 1
    for note in spec.notes:
        row += 1
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(widths))
        cell = ws.cell(row=row, column=1, value=note)
        cell.font, cell.alignment = _font(10, italic=True), TOP_LEFT
        ws.row_dimensions[row].height = 15 * (1 + len(note) // 120)
    _signature(ws, row + 2)
    _page_setup(ws, None)


# -- the columns the forms share ----------------------------------------------------------------

N = Column("№ п/п", 5, "{{n}}", centred=True)
MUNICIPALITY = Column(
    "Муниципальное образование (сторона соглашения)", 18, "{{our_municipalities}}"
)
PARTNER = Column(
    "Иностранный партнёр: государство, административно-территориальная единица, организация",
    22,
    "{{country}}{{partner_region|, {}}}{{foreign_parties|; {}}}",
)
TITLE = Column("Наименование соглашения", 26, "{{title}}")
SIGNED = Column("Дата и место подписания", 11, "{{signed_on}}{{signed_place|, {}}}", centred=True)
VALIDITY = Column("Срок действия", 11, "{{validity}}", centred=True)
REGISTRATION = Column(
    "Регистрация (номер, дата)", 11, "{{reg_number|№ {}}}{{reg_date| от {}}}", centred=True
)
SPHERES = Column("Сферы сотрудничества", 13, "{{spheres}}")
RESULTS = Column("Результаты в отчётном году (мероприятия по соглашению)", 24, "{{activities}}")


def form_911() -> Workbook:
    year = "за {{year}} год"
    act = "(приказ Минэкономразвития России от 25.12.2023 № 911; " + year + ")"
    municipal = "our_party=municipality"
    wb = Workbook()
    wb.remove(wb.active)
    summary_sheet(
        wb,
        SummarySheet(
            "Сводные сведения",
            "ИНФОРМАЦИЯ о международных и внешнеэкономических связях муниципальных "
            "образований и их результатах",
            act,
            [
                (
                    "Муниципальных образований, имеющих международные и внешнеэкономические "
                    "связи (из {{municipalities_count}} в реестре)",
                    "{{municipalities_count ties=yes}}",
                ),
                (
                    "Соглашений муниципальных образований, действующих на {{period_to}}",
                    "{{agreements_in_force_count " + municipal + "}}",
                ),
                (
                    "в том числе с административно-территориальными единицами сопредельных "
                    "государств",
                    "{{agreements_in_force_count " + municipal + " country=adjacent}}",
                ),
                (
                    "Соглашений, заключённых муниципальными образованиями в отчётном году",
                    "{{agreements_concluded_count " + municipal + "}}",
                ),
                (
                    "Соглашений муниципальных образований, прекративших действие в отчётном году",
                    "{{agreements_lapsed_count " + municipal + "}}",
                ),
                (
                    "Побратимских (дружественных) связей муниципальных образований, действующих",
                    "{{twins_count " + municipal + " status=active}}",
                ),
                (
                    "Членство муниципальных образований в международных организациях "
                    "(межмуниципального сотрудничества и иных)",
                    "{{memberships_count " + municipal + "}}",
                ),
            ],
            [
                "Муниципальное образование — организация реестра с нашей стороны вида "
                "«Муниципальное образование»; соглашение муниципального образования — то, "
                "где оно сторона.",
                "Результаты: мероприятия отчётного года, связанные с соглашением в реестре "
                "(делегации); перечень результатов и планов мероприятий по соглашениям "
                "появится в этой графе, когда реестр будет их вести.",
            ],
        ),
    )
    table_sheet(
        wb,
        TableSheet(
            "Соглашения",
            "Соглашения муниципальных образований, действующие на {{period_to}}, и их результаты",
            act,
            "{{#agreements_in_force " + municipal + "}}",
            [N, MUNICIPALITY, PARTNER, TITLE, SIGNED, VALIDITY, REGISTRATION, SPHERES, RESULTS],
            "Всего: {{agreements_in_force_count " + municipal + "}}",
        ),
    )
    table_sheet(
        wb,
        TableSheet(
            "Побратимские связи",
            "Побратимские (дружественные) связи муниципальных образований",
            act,
            "{{#twins " + municipal + "}}",
            [
                N,
                Column("Муниципальное образование", 26, "{{ours}}"),
                Column(
                    "Иностранный город (административно-территориальная единица)", 26, "{{foreign}}"
                ),
                Column("Государство", 16, "{{country}}"),
                Column("Дата установления", 13, "{{established_on}}", centred=True),
                Column("Основание (соглашение)", 32, "{{basis}}"),
                Column("Состояние", 18, "{{status}}{{status_since| с {}}}", centred=True),
            ],
            "Всего: {{twins_count " + municipal + "}}",
        ),
    )
    table_sheet(
        wb,
        TableSheet(
            "Членство",
            "Членство муниципальных образований в международных организациях",
            act,
            "{{#memberships " + municipal + "}}",
            [
                N,
                Column("Муниципальное образование", 30, "{{member}}"),
                Column("Международная организация", 40, "{{organisation}}"),
                Column("Государство (местонахождение)", 16, "{{country}}"),
                Column("Член с", 11, "{{since}}", centred=True),
                Column("Член до", 11, "{{until}}", centred=True),
                Column("Примечание", 24, "{{comment}}"),
            ],
        ),
    )
    return wb


def form_280() -> Workbook:
    act = (
        "с субъектами приграничного сотрудничества сопредельных государств "
        "{{adjacent_countries|({}) }}за {{year}} год (приказ Минэкономразвития России "
        "от 01.06.2018 № 280; представляется до 1 февраля)"
    )
    adjacent = "country=adjacent"
    wb = Workbook()
    wb.remove(wb.active)
    summary_sheet(
        wb,
        SummarySheet(
            "Сводные сведения",
            "ИНФОРМАЦИЯ о приграничном сотрудничестве субъекта Российской Федерации и его "
            "муниципальных образований",
            act,
            [
                (
                    "Соглашений с субъектами приграничного сотрудничества сопредельных "
                    "государств, действующих на {{period_to}}",
                    "{{agreements_in_force_count " + adjacent + "}}",
                ),
                (
                    "в том числе соглашений муниципальных образований",
                    "{{agreements_in_force_count " + adjacent + " our_party=municipality}}",
                ),
                (
                    "Соглашений, заключённых в отчётном году",
                    "{{agreements_concluded_count " + adjacent + "}}",
                ),
                (
                    "Соглашений, прекративших действие в отчётном году",
                    "{{agreements_lapsed_count " + adjacent + "}}",
                ),
                (
                    "Делегаций сопредельных государств, принятых",
                    "{{delegations_count " + adjacent + " direction=incoming}}",
                ),
                (
                    "Делегаций, направленных в сопредельные государства",
                    "{{delegations_count " + adjacent + " direction=outgoing}}",
                ),
                (
                    "Мероприятий (форумов, выставок, конференций) в сопредельных государствах",
                    "{{events_count " + adjacent + "}}",
                ),
                (
                    "Побратимских связей с городами сопредельных государств, действующих",
                    "{{twins_count " + adjacent + " status=active}}",
                ),
            ],
            [
                "Сопредельные государства — из настроек реестра (Файл → Настройки…)"
                "{{adjacent_countries|: {}}}.",
                "Результаты: мероприятия отчётного года, связанные с соглашением в реестре "
                "(делегации); перечень результатов и планов мероприятий по соглашениям "
                "появится в этой графе, когда реестр будет их вести.",
            ],
        ),
    )
    table_sheet(
        wb,
        TableSheet(
            "Соглашения",
            "Соглашения с субъектами приграничного сотрудничества, действующие на "
            "{{period_to}}, и их результаты",
            act,
            "{{#agreements_in_force " + adjacent + "}}",
            [
                N,
                Column(
                    "Российская сторона (субъект РФ, муниципальное образование)",
                    20,
                    "{{our_parties}}",
                ),
                Column("Сопредельное государство", 12, "{{country}}"),
                Column(
                    "Субъект приграничного сотрудничества (АТЕ, организация)",
                    22,
                    "{{partner_region}}{{foreign_parties|; {}}}",
                ),
                TITLE,
                SIGNED,
                VALIDITY,
                Column("Вид связей", 11, "{{scope}}", centred=True),
                RESULTS,
            ],
            "Всего: {{agreements_in_force_count " + adjacent + "}}",
        ),
    )
    table_sheet(
        wb,
        TableSheet(
            "Делегации",
            "Обмен делегациями с сопредельными государствами",
            act,
            "{{#delegations " + adjacent + "}}",
            [
                N,
                Column("Направление", 11, "{{direction}}", centred=True),
                Column("Сроки", 12, "{{date_from}}{{date_to| – {}}}", centred=True),
                Column("Государство, место", 18, "{{country}}{{places|, {}}}"),
                Column("Глава делегации", 22, "{{head}}{{head_level|, {}}}"),
                Column("Принимающая (приглашающая) сторона", 20, "{{host}}"),
                Column("Цель визита", 26, "{{purpose}}"),
                Column(
                    "Результаты (подписанные документы)",
                    28,
                    "{{outcome}}{{agreements_signed|; подписаны: {}}}",
                ),
            ],
            "Всего: {{delegations_count " + adjacent + "}} (принято "
            "{{delegations_count " + adjacent + " direction=incoming}}, направлено "
            "{{delegations_count " + adjacent + " direction=outgoing}})",
        ),
    )
    table_sheet(
        wb,
        TableSheet(
            "Мероприятия",
            "Участие в мероприятиях в сопредельных государствах",
            act,
            "{{#events " + adjacent + "}}",
            [
                N,
                Column("Наименование мероприятия", 32, "{{name}}"),
                Column("Сроки", 12, "{{date_from}}{{date_to| – {}}}", centred=True),
                Column("Государство, место", 18, "{{country}}{{place|, {}}}"),
                Column("Организатор", 20, "{{organiser}}"),
                Column("Участники с нашей стороны", 22, "{{our_participation}}"),
                Column("Итоги", 30, "{{outcome}}"),
            ],
            "Всего: {{events_count " + adjacent + "}}",
        ),
    )
    return wb


def form_municipal_list() -> Workbook:
    act = "за {{year}} год (представляется до 15 января года, следующего за отчётным)"
    municipal = "our_party=municipality"
    agreement_columns = [
        N,
        MUNICIPALITY,
        TITLE,
        PARTNER,
        SIGNED,
        Column("Подписавшие (должности)", 14, "{{signatories}}"),
        Column("Вступление в силу", 10, "{{entry_into_force}}", centred=True),
        VALIDITY,
        REGISTRATION,
        Column("Место хранения подлинника", 11, "{{original_location}}"),
        Column(RESULTS.header, 18, RESULTS.value),
    ]
    wb = Workbook()
    wb.remove(wb.active)
    for name, title, table in (
        ("Действующие", "действующих на {{period_to}}", "agreements_in_force"),
        ("Заключённые", "заключённых в отчётном году", "agreements_concluded"),
    ):
        table_sheet(
            wb,
            TableSheet(
                name,
                "ПЕРЕЧЕНЬ соглашений муниципальных образований об осуществлении "
                "международных и внешнеэкономических связей, " + title,
                act,
                "{{#" + table + " " + municipal + "}}",
                agreement_columns,
                "Всего: {{" + table + "_count " + municipal + "}}",
            ),
        )
    table_sheet(
        wb,
        TableSheet(
            "Прекратившие действие",
            "ПЕРЕЧЕНЬ соглашений муниципальных образований, прекративших действие в отчётном году",
            act,
            "{{#agreements_lapsed " + municipal + "}}",
            [
                N,
                MUNICIPALITY,
                TITLE,
                PARTNER,
                SIGNED,
                REGISTRATION,
                Column("Дата прекращения", 11, "{{lapsed_on}}", centred=True),
                Column("Основание (причина) прекращения", 22, "{{termination_reason}}"),
                Column("Документ о прекращении", 16, "{{termination_document}}"),
            ],
            "Всего: {{agreements_lapsed_count " + municipal + "}}",
        ),
    )
    return wb


FORMS = {
    "form_911_municipal_ties.xlsx": form_911,
    "form_280_border_ties.xlsx": form_280,
    "form_municipal_list.xlsx": form_municipal_list,
}


def build(folder: Path = FOLDER) -> list[Path]:
    written = []
    for name, make in FORMS.items():
        path = folder / name
        make().save(path)
        written.append(path)
    return written


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER):
        print(path)
