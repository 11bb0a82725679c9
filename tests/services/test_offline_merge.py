"""A copy taken on a trip, edits on both sides, the package back, the merge: real files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.services import Services, open_services
from desktop.services.conflicts import pending_conflicts, resolve
from desktop.services.merging import (
    ForeignPackageError,
    merge_package,
)
from desktop.services.offline import NotACopyError, read_package, take_offline, write_changes
from tests.conftest import add_organisation, add_region


def step(status: str, day: str) -> dict:
    return {"status": status, "on_date": date.fromisoformat(day)}


def new_agreement(services: Services, title: str, **values) -> int:
    values.setdefault("history", [step("draft", "2026-01-10")])
    return services["agreements"].create({"title": title, "country_code": "CN", **values}).ids[0]


def edit(services: Services, entity: str, record_id: int, **values) -> None:
    current = services[entity].get(record_id)
    services[entity].update(record_id, current["version"], values)


@pytest.fixture
def trip(tmp_path: Path, new_db_target):
    """An office registry (an SQLite file, or a database on the PostgreSQL server) and a
    copy of it taken on a trip (always an SQLite file)."""
    for folder in ("office", "trip", "other"):
        (tmp_path / folder).mkdir()
    office = open_services(
        new_db_target("office"), user="office", backup_folder=tmp_path / "office" / "backups"
    )
    add_region(office)
    ids = {
        "a": new_agreement(office, "Соглашение о торговле", history=[step("signed", "2026-01-10")]),
        "b": new_agreement(office, "Соглашение о культуре"),
        "c": new_agreement(office, "Соглашение о туризме"),
    }
    copy = take_offline(office, tmp_path / "trip" / "laptop.sqlite", name="ноутбук")
    laptop = open_services(copy, user="ivanova")
    yield office, laptop, ids, tmp_path
    laptop.close()
    office.close()


def bring_back(office: Services, laptop: Services, folder: Path, **merge_options):
    path = folder / "trip.irchanges"
    write_changes(laptop, path)
    return merge_package(office, read_package(path), **merge_options)


def test_a_round_trip_merges_field_by_field_and_keeps_the_conflict(trip):
    office, laptop, ids, folder = trip
    a = ids["a"]
    # the same agreement: different fields on each side, and one field on both
    edit(laptop, "agreements", a, reg_number="№ 17", notes="договорились в Харбине")
    edit(office, "agreements", a, title="Соглашение о торговле и инвестициях", notes="офис")
    # status steps added on both sides fit together by date
    signed = step("signed", "2026-01-10")
    edit(office, "agreements", a, history=[signed, step("registered", "2026-03-01")])
    edit(laptop, "agreements", a, history=[signed, step("in_force", "2026-04-02")])
    # new on the trip: an organisation and an agreement that names it
    partner = add_organisation(laptop, "Народное правительство города Харбин")
    new_agreement(
        laptop,
        "Соглашение о побратимстве",
        parties=[{"side": "foreign", "organisation_id": partner}],
    )
    laptop["agreements"].delete([ids["b"]])

    report = bring_back(office, laptop, folder)

    got = office["agreements"].get(a)
    assert got["title"] == "Соглашение о торговле и инвестициях"  # the office's edit stays
    assert got["reg_number"] == "№ 17"  # the trip's edit arrives
    assert [s["status"] for s in got["history"]] == ["signed", "registered", "in_force"]
    assert got["notes"] == "офис"  # a conflict is not decided for anyone
    [conflict] = pending_conflicts(office)
    assert (conflict.field, conflict.office, conflict.laptop) == (
        "notes",
        "офис",
        "договорились в Харбине",
    )
    assert conflict.base is None and conflict.record_id == a
    assert report.conflicts == 1
    # the new records, with the reference from one to the other resolved to office ids
    [org_id] = [i for name, i in report.created if name == "organisations"]
    assert office["organisations"].get(org_id)["name_ru"] == "Народное правительство города Харбин"
    [new_id] = [i for name, i in report.created if name == "agreements"]
    assert office["agreements"].get(new_id)["parties"][0]["organisation_id"] == org_id
    assert office["agreements"].get(ids["b"])["deleted_at"] is not None  # into the trash
    # the change log names who changed it on the trip, and where
    users = {h.user for h in office["agreements"].history(a) if h.field == "reg_number"}
    assert users == {"ivanova, ноутбук"}

    resolve(office, conflict.id, "laptop")
    assert office["agreements"].get(a)["notes"] == "договорились в Харбине"
    assert pending_conflicts(office) == []


def test_merging_the_same_package_twice_changes_nothing(trip):
    office, laptop, ids, folder = trip
    edit(laptop, "agreements", ids["c"], notes="с поездки")
    first = bring_back(office, laptop, folder)
    assert first.updated == [("agreements", ids["c"])]
    version = office["agreements"].get(ids["c"])["version"]
    again = merge_package(office, read_package(folder / "trip.irchanges"))
    assert again.already_merged
    assert office["agreements"].get(ids["c"])["version"] == version


def test_a_dry_run_writes_nothing(trip):
    office, laptop, ids, folder = trip
    edit(laptop, "agreements", ids["c"], notes="с поездки")
    add_organisation(laptop, "Торговая палата")
    count = office["organisations"].count()
    report = bring_back(office, laptop, folder, dry_run=True)
    assert report.created and report.updated  # what would happen is told
    assert office["organisations"].count() == count
    assert office["agreements"].get(ids["c"])["notes"] is None
    assert not merge_package(office, read_package(folder / "trip.irchanges")).already_merged


def test_deleted_on_one_side_and_changed_on_the_other_is_kept(trip):
    office, laptop, ids, folder = trip
    laptop["agreements"].delete([ids["a"]])
    edit(office, "agreements", ids["a"], notes="офис правил")
    office["agreements"].delete([ids["b"]])
    edit(laptop, "agreements", ids["b"], notes="правил в поездке")
    report = bring_back(office, laptop, folder)
    assert office["agreements"].get(ids["a"])["deleted_at"] is None
    restored = office["agreements"].get(ids["b"])
    assert restored["deleted_at"] is None and restored["notes"] == "правил в поездке"
    lines = [flag.text("ru") for flag in report.flagged]
    assert len(lines) == 2
    assert any(f"№ {ids['a']})" in line for line in lines)
    assert any(f"№ {ids['b']})" in line for line in lines)
    assert any("восстановлено" in line.lower() for line in lines)  # told in the user's language


def test_a_record_unchanged_at_the_office_takes_the_trips_values(trip):
    office, laptop, ids, folder = trip
    edit(laptop, "agreements", ids["c"], title="Соглашение о туризме и спорте", notes="н")
    bring_back(office, laptop, folder)
    got = office["agreements"].get(ids["c"])
    assert (got["title"], got["notes"]) == ("Соглашение о туризме и спорте", "н")
    assert pending_conflicts(office) == []


def test_packages_go_only_where_their_copy_came_from(trip, new_db_target):
    office, laptop, ids, folder = trip
    with pytest.raises(NotACopyError):
        write_changes(office, folder / "x.irchanges")
    other = open_services(new_db_target("other"))
    edit(laptop, "agreements", ids["c"], notes="н")
    write_changes(laptop, folder / "trip.irchanges")
    with pytest.raises(ForeignPackageError):
        merge_package(other, read_package(folder / "trip.irchanges"))
    other.close()


def test_deleted_for_good_on_the_trip_goes_to_the_offices_trash(trip):
    office, laptop, ids, folder = trip
    laptop["agreements"].delete([ids["c"]])
    laptop["agreements"].purge([ids["c"]])
    report = bring_back(office, laptop, folder)
    assert report.trashed == [("agreements", ids["c"])]
    assert office["agreements"].get(ids["c"])["deleted_at"] is not None  # restorable there


def test_a_merge_backs_the_office_up_first(trip):
    office, laptop, ids, folder = trip
    edit(laptop, "agreements", ids["c"], notes="н")
    bring_back(office, laptop, folder)
    assert [b.reason for b in office.backups.listing()].count("before-merge") == 1
    merge_package(office, read_package(folder / "trip.irchanges"))  # merged before: no copy
    assert [b.reason for b in office.backups.listing()].count("before-merge") == 1


def test_files_attached_on_the_trip_come_back_with_their_records(trip):
    office, laptop, ids, folder = trip
    scan = folder / "скан соглашения.pdf"
    scan.write_bytes(b"%PDF-1.4 scan of the signed agreement")
    office.attachments.add("agreements", ids["a"], scan)  # before the copy: already there
    laptop_copy = take_offline(office, folder / "trip" / "laptop2.sqlite")
    with open_services(laptop_copy, user="ivanova") as second:
        letter = folder / "письмо.pdf"
        letter.write_bytes(b"%PDF-1.4 letter from Harbin")
        second.attachments.add("agreements", ids["c"], letter)
        partner = add_organisation(second, "Торговая палата Харбина")
        second.attachments.add("organisations", partner, letter)  # a new record's file too
        path = folder / "files.irchanges"
        package = write_changes(second, path)
    assert [a["name"] for a in package.attachments] == ["письмо.pdf", "письмо.pdf"]
    report = merge_package(office, read_package(path))
    assert report.attached == 2
    [got] = office.attachments.listing("agreements", ids["c"])
    assert got.name == "письмо.pdf"
    assert office.attachments.verified_path(got).read_bytes() == b"%PDF-1.4 letter from Harbin"
    [org_id] = [i for name, i in report.created if name == "organisations"]
    assert [a.name for a in office.attachments.listing("organisations", org_id)] == ["письмо.pdf"]
    assert len(office.attachments.listing("agreements", ids["a"])) == 1  # not sent twice
    assert office.attachments.verify() == []


def test_values_that_break_a_rule_together_go_to_a_person(trip):
    office, laptop, ids, folder = trip
    c = ids["c"]
    edit(office, "agreements", c, valid_to="31.12.2020")  # each side's edit is valid alone
    edit(laptop, "agreements", c, valid_from="01.01.2025", notes="срок с 2025")
    report = bring_back(office, laptop, folder)
    got = office["agreements"].get(c)
    assert str(got["valid_from"] or "") == "" and got["notes"] is None  # nothing half-written
    conflicts = {x.field: x for x in pending_conflicts(office)}
    assert set(conflicts) == {"valid_from", "notes"} and report.conflicts == 2
    assert conflicts["valid_from"].office is None
    assert str(conflicts["valid_from"].laptop) == "01.01.2025"


def test_dates_known_to_the_year_or_month_travel_with_their_precision(trip):
    office, laptop, ids, folder = trip
    edit(office, "agreements", ids["c"], signed_on="2012")  # before the copy: in its base
    copy = take_offline(office, folder / "trip" / "laptop3.sqlite")
    with open_services(copy, user="ivanova") as third:
        edit(third, "agreements", ids["c"], valid_to="07.2016", notes="с поездки")
        path = folder / "dates.irchanges"
        write_changes(third, path)
    merge_package(office, read_package(path))
    got = office["agreements"].get(ids["c"])
    assert (str(got["signed_on"]), str(got["valid_to"]), got["notes"]) == (
        "2012",
        "07.2016",
        "с поездки",
    )
