"""Results and plans of measures travel like every child list: in an offline copy's package
(a list is one field: changed on one side it arrives, on both it is a conflict) and through
an export and an import into an empty registry."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.excel.exporter import export_registry
from desktop.excel.importer import read_import
from desktop.services import open_services
from desktop.services.conflicts import pending_conflicts
from desktop.services.importing import apply_import
from desktop.services.offline import take_offline
from tests.conftest import add_organisation, add_region
from tests.services.test_offline_merge import bring_back, edit, new_agreement, step

SIGNED = [step("signed", "2024-02-01")]


@pytest.mark.sqlite_only("a copy of a server registry waits for its SQLite backup")
def test_results_and_plan_items_travel_in_a_package(tmp_path: Path):
    for folder in ("office", "trip"):
        (tmp_path / folder).mkdir()
    office = open_services(tmp_path / "office" / "registry.sqlite", user="office")
    event = office["events"].create({"name": "Харбинская ярмарка", "date_from": date(2025, 6, 15)})
    a = new_agreement(office, "Соглашение с Хэйлунцзяном", history=SIGNED, signed_on="01.02.2024")
    b = new_agreement(office, "Соглашение с Гродно", history=SIGNED, signed_on="01.02.2024")
    laptop = open_services(take_offline(office, tmp_path / "trip" / "copy.sqlite"), user="ivanova")
    try:
        trip_result = {
            "on_date": "06.2025",
            "kind": "event",
            "description": "Подписаны контракты на ярмарке",
            "event_id": event.ids[0],
        }
        edit(laptop, "agreements", a, results=[trip_result])
        edit(laptop, "agreements", a, plan=[{"measure": "Бизнес-миссия", "deadline": "2026"}])
        # the same plan changed on both sides differently: kept for a person
        edit(office, "agreements", b, plan=[{"measure": "Дни культуры", "deadline": "2025"}])
        edit(laptop, "agreements", b, plan=[{"measure": "Фестиваль", "deadline": "2025"}])
        report = bring_back(office, laptop, tmp_path)

        got = office["agreements"].get(a)
        assert [(r["description"], r["event_id"]) for r in got["results"]] == [
            ("Подписаны контракты на ярмарке", event.ids[0])
        ]
        assert got["results"][0]["on_date"].text() == "06.2025"
        assert [(p["measure"], p["deadline"].text(), p["status"]) for p in got["plan"]] == [
            ("Бизнес-миссия", "2026", "planned")
        ]
        [conflict] = pending_conflicts(office)
        assert (conflict.record_id, conflict.field) == (b, "plan")
        assert report.conflicts == 1
        assert [p["measure"] for p in office["agreements"].get(b)["plan"]] == ["Дни культуры"]
    finally:
        laptop.close()
        office.close()


def test_results_and_plans_round_trip_through_export_and_import(services, tmp_path, new_db_target):
    ours = add_organisation(services, "Администрация г. Благовещенска", side="ours", country="RU")
    region = add_region(services)
    event = services["events"].create(
        {"name": "Форум «Россия — Китай»", "date_from": date(2024, 9, 2)}
    )
    delegation = services["delegations"].create(
        {"purpose": "Визит в Харбин", "date_from": date(2024, 10, 1), "country_code": "CN"}
    )
    results = [
        {"on_date": "2024", "kind": "figure", "description": "Товарооборот вырос на 12 %"},
        {
            "on_date": "02.09.2024",
            "kind": "event",
            "description": "Совместная экспозиция на форуме",
            "event_id": event.ids[0],
            "document_ref": "Протокол № 3",
        },
    ]
    plan = [
        {"measure": "Обмен делегациями", "deadline": "12.2025", "responsible": "Минэкономразвития"},
        {"measure": "Ярмарка", "deadline": "2024", "status": "done", "done_on": "20.06.2024"},
        {"measure": "Отменённое", "status": "cancelled"},
    ]
    services["agreements"].create(
        {
            "title": "Дорожная карта с Хэйлунцзяном",
            "country_code": "CN",
            "signed_on": "15.01.2024",
            "history": [step("signed", "2024-01-15")],
            "results": results,
            "plan": plan,
        }
    )
    twin_results = [
        {
            "on_date": "10.2024",
            "kind": "delegation",
            "description": "Приём делегации побратимов",
            "delegation_id": delegation.ids[0],
        }
    ]
    services["twins"].create(
        {
            "our_organisation_id": ours,
            "foreign_region_id": region,
            "country_code": "CN",
            "established_on": "2010",
            "results": twin_results,
            "plan": [{"measure": "Дни города", "deadline": "09.2025", "status": "in_progress"}],
        }
    )
    kinds = ["regions", "organisations", "people", "events", "agreements", "delegations", "twins"]
    files = {kind: export_registry(services, kind, tmp_path / f"{kind}.xlsx") for kind in kinds}
    fresh = open_services(new_db_target("fresh"))
    try:
        for kind in kinds:
            read = read_import(fresh, kind, files[kind])
            assert read.ok, [p.text() for p in read.problems[:3]]
            apply_import(fresh, read)
        for kind in ("agreements", "twins"):
            [before] = [services[kind].get(i) for i in services[kind].search()]
            [after] = [fresh[kind].get(i) for i in fresh[kind].search()]
            assert after["results"] == before["results"], kind
            assert after["plan"] == before["plan"], kind
        [agreement] = [fresh["agreements"].get(i) for i in fresh["agreements"].search()]
        assert agreement["results"][1]["event_id"] == event.ids[0]
        assert [p["status"] for p in agreement["plan"]] == ["planned", "done", "cancelled"]
    finally:
        fresh.close()


def test_a_result_naming_a_delegation_is_linked_by_a_second_import(
    services, tmp_path, new_db_target
):
    """Agreements are imported before delegations, and a delegation names the agreements
    it signed: an agreement's result naming a delegation is left empty with a warning,
    and linked when the agreements are imported again after the delegations."""
    record = services["agreements"].create({"title": "Соглашение", "country_code": "CN"}).ids[0]
    visit = services["delegations"].create(
        {
            "purpose": "Визит губернатора",
            "date_from": date(2025, 3, 3),
            "country_code": "CN",
            "agreements": [{"agreement_id": record}],
        }
    )
    result = {"on_date": "03.2025", "kind": "delegation", "delegation_id": visit.ids[0]}
    services["agreements"].update(record, 1, {"results": [{**result, "description": "Визит"}]})
    files = {
        k: export_registry(services, k, tmp_path / f"{k}.xlsx")
        for k in ("agreements", "delegations")
    }
    fresh = open_services(new_db_target("fresh"))
    try:
        first = read_import(fresh, "agreements", files["agreements"])
        assert first.ok and len(first.warnings) == 1
        assert "imported after this one" in first.warnings[0].text()
        apply_import(fresh, first)
        assert fresh["agreements"].get(record)["results"][0]["delegation_id"] is None
        apply_import(fresh, read_import(fresh, "delegations", files["delegations"]))
        again = read_import(fresh, "agreements", files["agreements"])
        assert again.ok and again.warnings == [] and len(again.updates) == 1
        apply_import(fresh, again)
        assert (
            fresh["agreements"].get(record)["results"]
            == services["agreements"].get(record)["results"]
        )
        assert fresh["delegations"].get(visit.ids[0])["agreements"] == [{"agreement_id": record}]
    finally:
        fresh.close()
