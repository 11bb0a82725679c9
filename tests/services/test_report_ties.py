"""What the municipal and border forms read: municipalities as our party, adjacent states,
memberships, consulates, and every stored field of agreements and delegations."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.excel.placeholders import placeholders, selected
from desktop.services.dashboard import build_dashboard
from desktop.services.reports import build_report
from tests.conftest import add_organisation, add_region

START, END = date(2025, 1, 1), date(2025, 12, 31)


def _org(services, name, kind, side="ours", country="RU"):
    return (
        services["organisations"]
        .create({"name_ru": name, "kind": kind, "side": side, "country_code": country})
        .ids[0]
    )


def _ties(services):
    services.settings.save(
        replace(services.settings.read(), region="Энская область", adjacent_countries="CN,MN")
    )
    region = add_region(services)
    government = _org(services, "Правительство Энской области", "regional_government")
    town = _org(services, "Администрация города Энска", "municipality")
    _org(services, "Администрация Тихого района", "municipality")  # no ties at all
    partner = add_organisation(services)
    head = services["people"].create({"name_ru": "Петров Пётр", "organisation_id": town}).ids[0]
    municipal = (
        services["agreements"]
        .create(
            {
                "title": "Соглашение города Энска с Харбином",
                "country_code": "CN",
                "region_id": region,
                "scope": "municipal",
                "signed_place": "Харбин",
                "original_location": "Архив администрации",
                "term": "5 лет",
                "parties": [
                    {
                        "side": "ours",
                        "organisation_id": town,
                        "signatory_id": head,
                        "signatory_position": "глава города",
                    },
                    {"side": "foreign", "organisation_id": partner},
                ],
                "history": [
                    {"status": "signed", "on_date": date(2025, 3, 1)},
                    {"status": "in_force", "on_date": date(2025, 4, 1)},
                ],
            }
        )
        .ids[0]
    )
    services["agreements"].create(
        {
            "title": "Соглашение области с Минской областью",
            "country_code": "BY",
            "parties": [{"side": "ours", "organisation_id": government}],
            "history": [
                {"status": "signed", "on_date": date(2020, 1, 1)},
                {
                    "status": "terminated",
                    "on_date": date(2025, 6, 1),
                    "document_ref": "Нота № 12",
                    "comment": "по инициативе белорусской стороны",
                },
            ],
        }
    )
    services["delegations"].create(
        {
            "purpose": "Визит в Харбин",
            "direction": "outgoing",
            "date_from": date(2025, 5, 10),
            "country_code": "CN",
            "status": "held",
            "host_organisation_id": partner,
            "programme": "Переговоры; посещение выставки",
            "outcome": "Подписан план мероприятий",
            "members": [{"person_id": head, "role": "глава делегации"}, {"name": "Сидоров"}],
            "agreements": [{"agreement_id": municipal}],
        }
    )
    body = _org(services, "Ассоциация городов Азии", "international", "foreign", "KR")
    services["organisations"].update(
        town,
        services["organisations"].get(town)["version"],
        {"memberships": [{"organisation_id": body, "since": "2015", "comment": "член правления"}]},
    )
    _org(services, "Генеральное консульство КНР", "consulate", "foreign", "CN")
    _org(services, "Почётный консул Монголии", "honorary_consul", "foreign", "MN")
    twin_region = add_region(services, "Далянь", "CN", "大连")
    services["twins"].create(
        {
            "our_organisation_id": town,
            "foreign_region_id": twin_region,
            "country_code": "CN",
            "status": "active",
            "established_on": date(2012, 1, 1),
        }
    )
    return town


def _count(report, text):
    (placeholder,) = placeholders(text)
    return len(selected(report.table(placeholder.name), placeholder.filters))


def test_municipalities_adjacent_states_memberships_and_consulates(services):
    _ties(services)
    report = build_report(services, START, END)
    assert _count(report, "{{#agreements_in_force our_party=municipality}}") == 1
    assert _count(report, "{{#agreements_concluded our_party=municipality country=adjacent}}") == 1
    assert _count(report, "{{#agreements_lapsed country=adjacent}}") == 0
    assert _count(report, "{{#agreements_lapsed our_party=regional_government}}") == 1
    assert _count(report, "{{#delegations country=adjacent direction=outgoing}}") == 1
    assert _count(report, "{{#twins our_party=municipality country=adjacent}}") == 1
    municipalities = {r["name"]: r for r in report.table("municipalities").rows}
    town = municipalities["Администрация города Энска"]
    assert (town["agreements_in_force"], town["agreements_concluded"], town["twins"]) == (1, 1, 1)
    assert town["memberships"] == "Ассоциация городов Азии" and town["ties_code"] == "yes"
    assert municipalities["Администрация Тихого района"]["ties_code"] == "no"
    assert _count(report, "{{#municipalities ties=yes}}") == 1
    (membership,) = report.table("memberships").rows
    assert membership["since"] == "2015" and membership["comment"] == "член правления"
    assert _count(report, "{{#memberships our_party=municipality}}") == 1
    consulates = report.table("consulates")
    assert _count(report, "{{#consulates kind=honorary_consul}}") == 1
    assert {r["kind"] for r in consulates.rows} == {"Консульство", "Почётное консульство"}
    assert (
        report.scalars["adjacent_countries"] == "Китай, Монголия" and report.scalars["year"] == 2025
    )
    # none of them is a sheet of the built-in workbook: it stays as it was
    assert not any(t.in_workbook for t in report.tables[-3:])


def test_every_stored_field_of_agreements_and_delegations_is_offered(services):
    _ties(services)
    report = build_report(services, START, END)
    (row,) = report.table("agreements_in_force").rows
    assert row["signed_place"] == "Харбин" and row["original_location"] == "Архив администрации"
    assert row["entry_into_force"] == date(2025, 4, 1)  # its «in force» step
    assert row["our_signatories"] == "Петров Пётр, глава города"
    assert row["our_municipalities"] == "Администрация города Энска"
    assert row["scope"] == "Муниципальное" and row["validity"] == "5 лет"
    assert row["partner_region"] == "провинция Хэйлунцзян"
    # what the registry knows of its results: the delegations linked to it in the period
    assert row["activities"] == (
        "10.05.2025, исходящая: Визит в Харбин — Подписан план мероприятий"
    )
    (lapsed,) = report.table("agreements_lapsed").rows
    assert lapsed["termination_reason"] == "по инициативе белорусской стороны"
    assert lapsed["termination_document"] == "Нота № 12"
    (visit,) = report.table("delegations").rows
    assert visit["members"] == "Петров Пётр (глава делегации); Сидоров"
    assert visit["members_count"] == 2 and visit["host"] == "Правительство провинции Хэйлунцзян"
    assert visit["agreements_signed"] == "Соглашение города Энска с Харбином"
    assert visit["programme"] == "Переговоры; посещение выставки"
    for table in report.tables:
        assert set(table.fields) <= {k for r in table.rows for k in r} or not table.rows


def test_an_agreement_whose_term_ran_out_says_so(services):
    services["agreements"].create(
        {
            "title": "Меморандум до лета",
            "country_code": "CN",
            "valid_to": date(2025, 6, 30),
            "history": [{"status": "signed", "on_date": date(2021, 7, 1)}],
        }
    )
    (lapsed,) = build_report(services, START, END).table("agreements_lapsed").rows
    assert lapsed["termination_reason"] == "Истёк срок действия"
    assert lapsed["validity"] == "по 30.06.2025"


def test_home_shows_the_deadlines_of_the_forms_the_office_submits(services):
    assert build_dashboard(services, date(2026, 1, 10)).form_deadlines == []
    services.settings.save(replace(services.settings.read(), report_forms="280,municipal-list"))
    deadlines = build_dashboard(services, date(2026, 1, 10)).form_deadlines
    assert [(due, days) for _, due, days in deadlines] == [
        (date(2026, 1, 15), 5),
        (date(2026, 2, 1), 22),
    ]
    later = build_dashboard(services, date(2026, 1, 16)).form_deadlines
    assert later[-1][1] == date(2027, 1, 15)  # past this year's: next year's


def test_memberships_travel_through_export_and_import(services, tmp_path):
    from desktop.excel.exporter import export_registry
    from desktop.excel.importer import read_import
    from desktop.services.importing import apply_import

    town = _ties(services)
    path = export_registry(services, "organisations", tmp_path / "o.xlsx", "ru")
    before = services["organisations"].get(town)["memberships"]
    services["organisations"].update(
        town, services["organisations"].get(town)["version"], {"memberships": []}
    )
    plan = read_import(services, "organisations", path)
    assert plan.ok, [p.text() for p in plan.problems[:3]]
    apply_import(services, plan)
    after = services["organisations"].get(town)["memberships"]
    assert after == before and after[0]["comment"] == "член правления"


def test_a_term_prolonged_by_a_step_is_not_shown_as_its_old_end(services):
    services["agreements"].create(
        {
            "title": "Соглашение, продлённое письмом",
            "country_code": "CN",
            "valid_to": date(2021, 10, 13),
            "history": [
                {"status": "signed", "on_date": date(2019, 10, 13)},
                {"status": "in_force", "on_date": date(2019, 11, 1)},
                {"status": "prolonged", "on_date": date(2021, 11, 1)},
            ],
        }
    )
    (row,) = build_report(services, START, END).table("agreements_in_force").rows
    assert row["validity"] == "по 13.10.2021, продлено"


def test_a_late_prolongation_leaves_no_reason_of_termination(services):
    services["agreements"].create(
        {
            "title": "Соглашение, продлённое после истечения",
            "country_code": "CN",
            "history": [
                {"status": "signed", "on_date": date(2018, 1, 1)},
                {"status": "expired", "on_date": date(2023, 1, 1), "comment": "срок истёк"},
                {"status": "prolonged", "on_date": date(2023, 3, 1)},
            ],
        }
    )
    (row,) = build_report(services, START, END).table("agreements_in_force").rows
    assert row["termination_reason"] == "" and row["termination_document"] == ""


def test_a_lapse_in_the_period_keeps_its_reason_though_prolonged_after(services):
    services["agreements"].create(
        {
            "title": "Соглашение, истёкшее и продлённое",
            "country_code": "CN",
            "history": [
                {"status": "signed", "on_date": date(2018, 1, 1)},
                {"status": "expired", "on_date": date(2025, 1, 7), "document_ref": "Письмо 5"},
                {"status": "prolonged", "on_date": date(2025, 3, 1)},
            ],
        }
    )
    (row,) = build_report(services, START, END).table("agreements_lapsed").rows
    assert row["termination_reason"] == "Истёк срок" and row["termination_document"] == "Письмо 5"
