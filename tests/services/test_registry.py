from datetime import date

import pytest

from desktop.services import Action, Query
from desktop.services.errors import ConflictError, NotFound, ValidationFailed
from tests.conftest import add_organisation, add_region


def agreement_values(**extra):
    values = {
        "title": "Соглашение о сотрудничестве",
        "kind": "agreement",
        "scope": "international",
        "country_code": "CN",
        "history": [{"status": "draft", "on_date": date(2024, 1, 10)}],
    }
    values.update(extra)
    return values


def test_create_and_get_round_trip(services):
    region = add_region(services)
    org = add_organisation(services)
    changes = services["agreements"].create(
        agreement_values(
            region_id=region,
            spheres=["trade", "education"],
            parties=[
                {"side": "foreign", "organisation_id": org, "signatory_position": "Губернатор"}
            ],
        )
    )
    assert changes.action is Action.CREATE
    record = services["agreements"].get(changes.ids[0])
    assert record["version"] == 1
    assert record["status"] == "draft"
    assert record["spheres"] == "trade,education"
    assert record["parties"][0]["organisation_id"] == org
    assert record["created_at"] is not None


def test_invalid_values_are_refused_and_nothing_is_written(services):
    with pytest.raises(ValidationFailed) as caught:
        services["regions"].create({"country_code": "CN", "kind": "province"})
    assert [p.field for p in caught.value.problems] == ["name_ru"]
    assert services["regions"].count() == 0


def test_status_follows_the_history(services):
    aid = services["agreements"].create(agreement_values()).ids[0]
    history = [
        {"status": "draft", "on_date": date(2024, 1, 10)},
        {"status": "sent_for_approval", "on_date": date(2024, 2, 1)},
    ]
    services["agreements"].update(aid, 1, {"history": history})
    assert services["agreements"].get(aid)["status"] == "sent_for_approval"
    with pytest.raises(ValidationFailed):
        services["agreements"].update(
            aid, 2, {"history": history + [{"status": "registered", "on_date": date(2024, 3, 1)}]}
        )
    assert services["agreements"].get(aid)["status"] == "sent_for_approval"


def test_every_change_is_logged_with_old_and_new_values(services):
    rid = add_region(services)
    services["regions"].update(rid, 1, {"name_ru": "провинция Цзилинь", "iso_code": "CN-JL"})
    log = [
        (e.action, e.field, e.old_value, e.new_value, e.user)
        for e in services["regions"].history(rid)
    ]
    assert log == [
        ("create", None, None, None, "tester"),
        ("update", "name_ru", "провинция Хэйлунцзян", "провинция Цзилинь", "tester"),
        ("update", "iso_code", None, "CN-JL", "tester"),
    ]


def test_saving_an_unchanged_record_changes_nothing(services):
    rid = add_region(services)
    services["regions"].update(rid, 1, {})
    assert services["regions"].get(rid)["version"] == 1
    assert len(services["regions"].history(rid)) == 1


def test_a_stale_save_is_refused_with_both_versions(services):
    rid = add_region(services)
    services["regions"].update(rid, 1, {"name_ru": "Первая правка"})
    with pytest.raises(ConflictError) as caught:
        services["regions"].update(rid, 1, {"name_ru": "Вторая правка"})
    conflict = caught.value
    assert (conflict.your_version, conflict.current_version) == (1, 2)
    assert conflict.current_values["name_ru"] == "Первая правка"
    assert services["regions"].get(rid)["name_ru"] == "Первая правка"


def test_delete_goes_to_trash_and_restores(services):
    rid = add_region(services)
    assert services["regions"].delete([rid]).ids == (rid,)
    assert services["regions"].search(Query()) == []
    assert services["regions"].search(Query(trash=True)) == [rid]
    assert services["regions"].restore([rid]).ids == (rid,)
    assert services["regions"].search(Query()) == [rid]
    actions = [e.action for e in services["regions"].history(rid)]
    assert actions == ["create", "delete", "restore"]


def test_missing_record(services):
    with pytest.raises(NotFound):
        services["people"].get(42)


def test_rows_show_names_not_codes_for_references(services):
    region = add_region(services)
    aid = services["agreements"].create(agreement_values(region_id=region)).ids[0]
    columns = [f.name for f in services["agreements"].entity.table_fields]
    row = dict(zip(columns, services["agreements"].rows([aid])[aid], strict=True))
    assert row["country_code"] == "Китай"
    assert row["region_id"] == "провинция Хэйлунцзян"
    assert row["status"] == "draft"


def test_delete_for_good_only_from_the_trash_and_only_when_unreferenced(services):
    from datetime import datetime, timedelta

    from desktop.services.errors import StillReferencedError

    region = add_region(services)
    org = (
        services["organisations"]
        .create(
            {"name_ru": "Правительство", "kind": "ministry", "side": "foreign", "region_id": region}
        )
        .ids[0]
    )
    with pytest.raises(ValueError):
        services["regions"].purge([region])  # not in the trash
    services["regions"].delete([region])
    with pytest.raises(StillReferencedError) as caught:
        services["regions"].purge([region])
    assert caught.value.referrers == {"organisations": 1}
    services["organisations"].delete([org])
    services["organisations"].purge([org])
    services["regions"].purge([region])
    assert services["regions"].count(trash=True) == 0
    with pytest.raises(NotFound):
        services["regions"].get(region)
    assert [e.action for e in services["regions"].history(region)][-1] == "purge"

    old = add_region(services, "ил Бурса", "TR", "Bursa")
    services["regions"].delete([old])
    assert services["regions"].trashed_before(datetime.now() - timedelta(days=30)) == []
    assert services["regions"].trashed_before(datetime.now() + timedelta(seconds=1)) == [old]
