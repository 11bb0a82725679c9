"""A record being edited, without a window: what is dirty, what is wrong and where, the
version check, and a save that writes once and reads nothing after."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services.editing import RecordEdit
from desktop.services.errors import ConflictError, ValidationFailed
from tests.conftest import add_region
from tests.transactions import counted_transactions


def texts(problems):
    return [p.text() for p in problems]


def test_problems_are_told_per_field_as_values_change(services):
    edit = RecordEdit(services["people"])
    edit.set("email", "ivanov@")
    assert any("e-mail" in t for t in texts(edit.field_problems("email")))
    edit.set("email", "ivanov@example.org")
    assert edit.field_problems("email") == []

    with pytest.raises(ValidationFailed):  # the required name is reported
        edit.save()
    assert texts(edit.field_problems("name_ru")) == ["Required"]
    assert services["people"].count() == 0


def test_history_is_checked_per_row_and_sets_the_status(services):
    edit = RecordEdit(services["agreements"])
    assert edit.value("history") == [{"status": "draft", "on_date": date.today()}]
    assert not edit.is_dirty  # a new record's first values are not a change
    edit.set("title", "Соглашение о сотрудничестве")
    edit.set("country_code", "CN")
    edit.set("history", [*edit.value("history"), {"status": "registered", "on_date": "1"}])
    assert list(edit.row_problems("history")) == [1]  # the half-typed date, no exception
    edit.set(
        "history",
        [
            {"status": "draft", "on_date": date(2024, 1, 1)},
            {"status": "registered", "on_date": date(2024, 1, 2)},
        ],
    )
    assert any("Cannot go from" in t for t in texts(edit.row_problems("history")[1]))
    with pytest.raises(ValidationFailed):
        edit.save()

    edit.set(
        "history",
        [
            {"status": "draft", "on_date": date(2024, 1, 1)},
            {"status": "signed", "on_date": date(2024, 2, 1)},
        ],
    )
    assert edit.cleaned["status"] == "signed"  # derived as the user edits
    saved = edit.save()
    assert services["agreements"].get(saved.record_id)["status"] == "signed"
    assert edit.saved_values["status"] == "signed" and edit.record_id == saved.record_id


def test_dirty_fields_follow_the_values(services):
    rid = add_region(services)
    edit = RecordEdit(services["regions"], rid)
    assert edit.version == 1 and not edit.is_dirty and edit.title == "провинция Хэйлунцзян"
    edit.set("name_ru", "провинция Ляонин")
    assert edit.dirty_fields == ["name_ru"] and edit.is_dirty
    edit.set("name_ru", "  провинция Хэйлунцзян ")  # the same once normalised
    assert not edit.is_dirty
    edit.set("iso_code", "")  # nothing typed is nothing, not a change
    assert not edit.is_dirty
    edit.set("name_ru", "провинция Ляонин")
    edit.save()
    assert not edit.is_dirty and edit.version == 2 and edit.title == "провинция Ляонин"
    assert services["regions"].get(rid)["name_ru"] == "провинция Ляонин"
    with pytest.raises(KeyError):
        edit.set("version", 5)  # not a field the user edits


def test_conflict_keeps_mine_or_takes_theirs(services):
    rid = add_region(services)
    edit = RecordEdit(services["regions"], rid)
    services["regions"].update(rid, 1, {"name_ru": "чужая правка"})  # someone else saves
    edit.set("name_original", "Liaoning")

    with pytest.raises(ConflictError) as caught:
        edit.save()
    conflict = caught.value
    assert (conflict.your_version, conflict.current_version) == (1, 2)
    assert conflict.current_values["name_ru"] == "чужая правка"  # both versions are at hand
    assert edit.conflicting_fields(conflict) == ["name_ru", "name_original"]
    assert edit.is_dirty and edit.version == 1  # nothing lost by the refusal

    edit.take_theirs(conflict)
    assert edit.value("name_ru") == "чужая правка"
    assert edit.version == 2 and not edit.is_dirty

    edit.set("name_ru", "моя правка")
    services["regions"].update(rid, 2, {"iso_code": "CN-LN"})
    with pytest.raises(ConflictError) as caught:
        edit.save()
    edit.keep_mine(caught.value)
    edit.save()
    assert services["regions"].get(rid)["name_ru"] == "моя правка"
    assert edit.version == 4


def test_values_are_checked_once_per_change(services):
    edit = RecordEdit(services["people"])
    assert edit.validations == 1  # the first values, checked once
    for _ in range(3):
        assert edit.problems and not edit.is_valid
        assert not edit.is_dirty and edit.cleaned and edit.field_problems("name_ru")
    assert edit.validations == 1
    edit.set("name_ru", "Иванов Иван")
    edit.set("name_ru", "Иванов Иван")  # the same value again is no change
    assert edit.is_valid and edit.dirty_fields == ["name_ru"]
    assert edit.validations == 2
    edit.save()
    assert edit.validations == 2  # the save writes what was checked; nothing after it
    assert edit.problems == [] and not edit.is_dirty


def test_a_save_writes_once_and_reads_nothing_after(services):
    region = add_region(services)
    edit = RecordEdit(services["agreements"])
    edit.set("title", "Соглашение")
    edit.set("country_code", "CN")
    edit.set("region_id", region)
    edit.set("spheres", ["trade", "education"])
    edit.set("history", [{"status": "draft", "on_date": date(2024, 1, 10)}])
    with counted_transactions(services) as counted:
        saved = edit.save()
    assert counted == {"read": 0, "write": 1}
    assert saved.version == 1 and saved.changes.ids == (saved.record_id,)
    assert edit.saved_values == services["agreements"].get(saved.record_id)

    edit.set("history", [*edit.value("history"), {"status": "signed", "on_date": "01.02.2024"}])
    with counted_transactions(services) as counted:
        saved = edit.save()
    assert counted == {"read": 0, "write": 1}
    assert saved.version == 2 and edit.saved_values["status"] == "signed"
    assert edit.saved_values == services["agreements"].get(saved.record_id)
    assert edit.value("spheres") == "trade,education"  # the stored form, shown after saving


REGISTERED = [
    {"status": "draft", "on_date": date(2024, 1, 10)},
    {"status": "signed", "on_date": date(2024, 2, 1)},
    {"status": "registered", "on_date": date(2024, 3, 1)},
]


def test_registration_is_entered_once_the_history_fills_the_date(services):
    """The «registered» step and the registration date say the same thing: an empty date
    takes the step's (issue 11, item 15)."""
    edit = RecordEdit(services["agreements"])
    edit.set("title", "Соглашение о сотрудничестве")
    edit.set("country_code", "CN")
    edit.set("history", REGISTERED)
    assert edit.is_valid and edit.cleaned["reg_date"] == date(2024, 3, 1)
    saved = edit.save()
    assert services["agreements"].get(saved.record_id)["reg_date"] == date(2024, 3, 1)
    assert not edit.is_dirty


def test_a_registration_date_disagreeing_with_the_history_is_a_problem_at_the_field(services):
    edit = RecordEdit(services["agreements"])
    edit.set("title", "Меморандум")
    edit.set("country_code", "CN")
    edit.set("history", REGISTERED)
    edit.set("reg_date", date(2024, 3, 5))
    assert [p.text() for p in edit.field_problems("reg_date")] == [
        "The status history says it was registered on 01.03.2024: correct this date or that step"
    ]
    with pytest.raises(ValidationFailed):
        edit.save()
    edit.set("reg_date", "05.0")  # half-typed: its own problem, not the disagreement
    assert [p.text() for p in edit.field_problems("reg_date")] == [
        "Not a date: write it as dd.mm.yyyy"
    ]
    edit.set("reg_date", date(2024, 3, 1))
    assert edit.is_valid
    # without a «registered» step the field stands alone
    edit.set("history", REGISTERED[:2])
    edit.set("reg_date", date(2024, 3, 5))
    assert edit.is_valid and edit.cleaned["reg_date"] == date(2024, 3, 5)
    # and the registry (import, command line) applies the same rule
    with pytest.raises(ValidationFailed):
        services["agreements"].create(
            {
                "title": "Меморандум",
                "country_code": "CN",
                "history": REGISTERED,
                "reg_date": date(2024, 4, 1),
            }
        )


def test_a_probable_duplicate_is_found_before_saving(services):
    """«Провинция Цзилинь» beside «провинция Цзилинь»: same natural key once case, ё/е and
    spaces are set aside (issue 11, item 15)."""
    jilin = add_region(services, "провинция Цзилинь", "CN", "吉林省")
    add_region(services, "провинция Цзилинь", "MN", "")  # same name, another country
    orel = add_region(services, "Орёл", "RU", "")
    edit = RecordEdit(services["regions"])
    assert edit.duplicates() == {}  # nothing typed yet
    edit.set("country_code", "CN")
    edit.set("name_ru", "Провинция  ЦЗИЛИНЬ ")
    assert edit.duplicates() == {jilin: "провинция Цзилинь"}
    edit.set("name_ru", "Провинция Цзилинь-2")
    assert edit.duplicates() == {}
    edit.set("country_code", "RU")
    edit.set("name_ru", "орел")
    assert edit.duplicates() == {orel: "Орёл"}
    services["regions"].delete([orel])
    edit.set("name_ru", "ОРЁЛ")
    assert edit.duplicates() == {}  # one in the trash is not offered
    saved = edit.save()  # saving anyway stays possible

    # a saved record is not its own duplicate, and is looked up again when its key changes
    again = RecordEdit(services["regions"], saved.record_id)
    assert again.duplicates() == {}
    again.set("country_code", "CN")
    again.set("name_ru", "провинция цзилинь")
    assert again.duplicates() == {jilin: "провинция Цзилинь"}


def test_a_long_name_with_many_e_is_found_by_its_beginning(services):
    from desktop.services.duplicates import fold

    name = "Министерство объединённых дел Республики Беларусь и её переговорщиков"
    assert fold(name).count("е") > 6
    existing = (
        services["organisations"]
        .create({"name_ru": name, "kind": "ministry", "side": "foreign", "country_code": "BY"})
        .ids[0]
    )
    edit = RecordEdit(services["organisations"])
    edit.set("name_ru", name.replace("ё", "е").upper())
    edit.set("country_code", "BY")
    assert edit.duplicates() == {existing: name}
    edit.set("name_ru", name.replace("Беларусь", "Белоруссия"))
    assert edit.duplicates() == {}


@pytest.mark.sqlite_only("SQLite's query plan")
def test_the_duplicate_lookup_reads_the_sort_index(services):
    """On SQLite the key is found through the case-folded sort index, not by a scan."""
    from sqlalchemy import event

    statements = []
    engine = services.db.engine
    record = lambda _c, _cur, sql, params, _ctx, _many: statements.append((sql, params))  # noqa: E731
    event.listen(engine, "before_cursor_execute", record)
    try:
        services["regions"].probable_duplicates({"name_ru": "Орёл", "country_code": "RU"})
    finally:
        event.remove(engine, "before_cursor_execute", record)
    sql, params = next((s, p) for s, p in statements if "INDEXED BY" in s)
    with services.db.read() as session:
        plan = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
    assert "USING INDEX ix_foreign_region_sort_name_ru" in str(plan), plan
