"""Random edits at the office and on a trip, merged: no value written on either side is lost
unless a person chose the other side, and merging the same package again changes nothing."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services import Services, open_services
from tests.conftest import ENGINE

FIELDS = ("name_ru", "name_original", "iso_code", "notes")
RECORDS = 3
values = st.sampled_from(["Хэйлунцзян", "Цзилинь", "Ляонин", "Ёсу", None])
edit = st.tuples(st.integers(0, RECORDS - 1), st.sampled_from(FIELDS), values)
edits = st.lists(edit, max_size=6)


def apply(services: Services, ids: list[int], changes) -> dict[tuple[int, str], object]:
    written: dict[tuple[int, str], object] = {}
    for index, name, value in changes:
        record_id = ids[index]
        if name == "name_ru" and value is None:
            continue  # required: the form would refuse it
        current = services["regions"].get(record_id)
        services["regions"].update(record_id, current["version"], {name: value})
        if current[name] != value:
            written[(record_id, name)] = value
    return written


@settings(
    max_examples=12,
    deadline=None,
    # the fixture makes a new office registry per example (a file, or a server database)
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(office_edits=edits, trip_edits=edits, take=st.sampled_from(["office", "laptop"]))
def test_no_written_value_is_lost_unless_a_person_chose(
    new_db_target, office_edits, trip_edits, take
):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "trip").mkdir()
        # a file of this example's folder, or a new database on the server
        target = root / "office.sqlite" if ENGINE == "sqlite" else new_db_target()
        office = open_services(target, user="office", backup_folder=root / "backups")
        ids = [
            office["regions"]
            .create({"country_code": "CN", "name_ru": f"Регион {n}", "kind": "province"})
            .ids[0]
            for n in range(RECORDS)
        ]
        base = {i: office["regions"].get(i) for i in ids}
        laptop = open_services(office.exchange.take_copy(root / "trip" / "l.sqlite"), user="t")
        by_trip = apply(laptop, ids, trip_edits)
        by_office = apply(office, ids, office_edits)
        laptop_final = {i: laptop["regions"].get(i) for i in ids}
        office_final = {i: office["regions"].get(i) for i in ids}
        laptop.exchange.write_changes(root / "p.irchanges")
        laptop.close()
        package = office.exchange.read_package(root / "p.irchanges")
        office.exchange.merge(package)
        for conflict in office.exchange.conflicts():
            office.exchange.resolve(conflict.id, take)
        merged = {i: office["regions"].get(i) for i in ids}
        for i in ids:
            for name in FIELDS:
                trip_changed = laptop_final[i][name] != base[i][name]
                office_changed = office_final[i][name] != base[i][name]
                got = merged[i][name]
                if (
                    trip_changed
                    and office_changed
                    and laptop_final[i][name] != office_final[i][name]
                ):
                    chosen = laptop_final if take == "laptop" else office_final
                    assert got == chosen[i][name]
                elif trip_changed:
                    assert got == laptop_final[i][name], (name, by_trip)
                elif office_changed:
                    assert got == office_final[i][name], (name, by_office)
                else:
                    assert got == base[i][name]
        versions = {i: merged[i]["version"] for i in ids}
        assert office.exchange.merge(package).already_merged
        assert {i: office["regions"].get(i)["version"] for i in ids} == versions
        office.close()
