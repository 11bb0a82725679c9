"""The three-way merge of a record edited at the office and on a laptop since the copy."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import entities as E
from desktop.domain.three_way import child_rows, merge_record, resolve

A = E.AGREEMENTS
HISTORY = next(c for c in A.children if c.name == "history")


def step(status: str, day: str, comment: str | None = None) -> dict:
    return {"status": status, "on_date": date.fromisoformat(day), "comment": comment}


BASE = {
    "title": "Соглашение о сотрудничестве",
    "country_code": "CN",
    "reg_number": None,
    "notes": "первое",
    "history": [step("draft", "2026-01-10")],
    "parties": [{"side": "foreign", "organisation_id": 1}],
}


def edited(**changes) -> dict:
    return {**BASE, **changes}


def test_a_field_changed_on_one_side_only_is_taken_from_it():
    merge = merge_record(A, BASE, edited(notes="офис"), edited(reg_number="№ 5"))
    assert merge.conflicts == []
    assert merge.values["notes"] == "офис" and merge.values["reg_number"] == "№ 5"
    assert merge.taken == {"reg_number"}  # what the office already had is not a change


def test_the_same_change_on_both_sides_is_agreed():
    merge = merge_record(A, BASE, edited(notes="то же"), edited(notes="то же"))
    assert merge.conflicts == [] and not merge.changed and merge.values["notes"] == "то же"


def test_one_field_changed_differently_on_both_sides_is_a_conflict_for_a_person():
    merge = merge_record(A, BASE, edited(notes="офис", title="Т"), edited(notes="поездка"))
    assert [(c.name, c.base, c.office, c.laptop) for c in merge.conflicts] == [
        ("notes", "первое", "офис", "поездка")
    ]
    assert merge.values["notes"] == "офис" and merge.values["title"] == "Т"  # nothing decided
    resolve(merge, "notes", "laptop")
    assert merge.values["notes"] == "поездка" and merge.conflicts == []


def test_a_child_list_counts_as_one_field():
    ours = [{"side": "ours", "organisation_id": 2}]
    theirs = [{"side": "foreign", "organisation_id": 3}]
    merge = merge_record(A, BASE, edited(parties=BASE["parties"] + ours), edited(parties=theirs))
    assert [c.name for c in merge.conflicts] == ["parties"]
    only_laptop = merge_record(A, BASE, BASE, edited(parties=theirs))
    assert only_laptop.values["parties"] == child_rows(
        next(c for c in A.children if c.name == "parties"), theirs
    )


def test_status_steps_added_on_both_sides_are_joined_by_date():
    office = edited(history=[*BASE["history"], step("signed", "2026-03-01")])
    laptop = edited(history=[*BASE["history"], step("registered", "2026-04-02")])
    merge = merge_record(A, BASE, office, laptop)
    assert merge.conflicts == []
    assert [r["status"] for r in merge.values["history"]] == ["draft", "signed", "registered"]
    # ... and in date order whichever side added the earlier step
    reverse = merge_record(A, BASE, laptop, office)
    assert [r["status"] for r in reverse.values["history"]] == ["draft", "signed", "registered"]


def test_status_steps_that_do_not_fit_together_are_a_conflict():
    office = edited(history=[*BASE["history"], step("cancelled", "2026-03-01")])
    laptop = edited(history=[*BASE["history"], step("signed", "2026-04-02")])
    merge = merge_record(A, BASE, office, laptop)
    assert [c.name for c in merge.conflicts] == ["history"]  # cancelled, then signed: refused


def test_a_base_step_edited_on_one_side_is_not_joined():
    office = edited(history=[step("draft", "2026-01-11")])
    laptop = edited(history=[*BASE["history"], step("signed", "2026-04-02")])
    assert [c.name for c in merge_record(A, BASE, office, laptop).conflicts] == ["history"]


def test_the_same_step_added_on_both_sides_is_there_once():
    both = edited(history=[*BASE["history"], step("signed", "2026-03-01")])
    merge = merge_record(A, BASE, both, dict(both))
    assert merge.conflicts == [] and len(merge.values["history"]) == 2


TEXT_FIELDS = ("title", "notes", "reg_number", "signed_place")
values = st.one_of(st.none(), st.sampled_from(["а", "б", "в", "Ё"]))
edits = st.dictionaries(st.sampled_from(TEXT_FIELDS), values)


@settings(max_examples=300, deadline=None)
@given(
    base=edits, office_edits=edits, laptop_edits=edits, take=st.sampled_from(["office", "laptop"])
)
def test_no_value_written_on_either_side_is_lost_unless_a_person_chose(
    base, office_edits, laptop_edits, take
):
    base = {name: base.get(name) for name in TEXT_FIELDS}
    office, laptop = {**base, **office_edits}, {**base, **laptop_edits}
    merge = merge_record(A, base, office, laptop)
    conflicted = {c.name for c in merge.conflicts}
    for name in list(conflicted):
        resolve(merge, name, take)
    for name in TEXT_FIELDS:
        chosen = merge.values[name]
        if name in conflicted:
            assert chosen == (office if take == "office" else laptop)[name]
            continue
        if office[name] != base[name]:
            assert chosen == office[name]  # the office's edit stays
        if laptop[name] != base[name]:
            assert chosen == laptop[name]  # the laptop's edit arrives
        if office[name] == laptop[name] == base[name]:
            assert chosen == base[name]
    # the merged record merged with itself changes nothing
    assert not merge_record(A, base, merge.values, merge.values).changed
