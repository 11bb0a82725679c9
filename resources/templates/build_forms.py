"""Build the built-in report forms (templates in the placeholder language, README "Filling a
ministry's own template"): ``python resources/templates/build_forms.py`` rewrites

    form_911_municipal_ties.xlsx   Order 911 of 25.12.2023: municipalities' ties, yearly
    form_280_border_ties.xlsx      Order 280 of 01.06.2018: cross-border ties, by 1 February
    form_municipal_list.xlsx       the municipal list of agreements, by 15 January

beside this file. Each sheet: the region and the form's title over its columns, a header row
and a row of column numbers (repeated on every printed page), one repeated row of
placeholders, and the officer and date below; Times New Roman, borders, A4 landscape fitted
to the page width (desktop/excel/form_layout.py). tests/excel/test_template_forms.py fills
each of them and reads the result back; run it with the project's Python (.venv/bin/python).
"""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook

from desktop.excel.form_layout import Column, SummarySheet, TableSheet, summary_sheet, table_sheet

FOLDER = Path(__file__).resolve().parent


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
RESULTS = Column("Результаты в отчётном году (по соглашению)", 24, "{{activities}}")


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
                "Результаты: результаты соглашения, датированные отчётным годом (вкладка "
                "«Результаты» соглашения), и делегации отчётного года, связанные с ним.",
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
                "Результаты: результаты соглашения, датированные отчётным годом (вкладка "
                "«Результаты» соглашения), и делегации отчётного года, связанные с ним.",
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
