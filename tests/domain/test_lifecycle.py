from datetime import date

from desktop.domain.entities import AGREEMENTS
from desktop.domain.lifecycle import (
    AGREEMENT_STATUSES,
    ALLOWED_STEPS,
    StatusStep,
    check_history,
    next_statuses,
)
from desktop.domain.validation import clean


def steps(*pairs):
    return [StatusStep(status, date.fromisoformat(day)) for status, day in pairs]


def test_a_full_lifecycle_is_allowed():
    history = steps(
        ("intent", "2023-01-10"),
        ("draft", "2023-02-01"),
        ("sent_for_approval", "2023-03-01"),
        ("approved", "2023-05-01"),
        ("signed", "2023-06-01"),
        ("registration_pending", "2023-06-05"),
        ("registered", "2023-07-01"),
        ("prolonged", "2028-07-01"),
        ("expired", "2033-07-01"),
    )
    assert check_history(history) == []


def test_skipping_approval_to_registration_is_refused():
    problems = check_history(steps(("draft", "2023-01-01"), ("registered", "2023-02-01")))
    assert len(problems) == 1 and problems[0].index == 1
    assert dict(problems[0].params) == {"before": "Draft", "after": "Registered"}


def test_a_step_dated_before_the_previous_is_refused():
    problems = check_history(steps(("draft", "2023-05-01"), ("sent_for_approval", "2023-01-01")))
    assert [p.index for p in problems] == [1]


def test_terminal_statuses_lead_nowhere():
    for status in ("terminated", "superseded", "cancelled"):
        assert next_statuses(status) == []
    assert "draft" in next_statuses(None) and "approved" not in next_statuses(None)


def test_every_step_names_a_known_status():
    codes = set(AGREEMENT_STATUSES.codes())
    assert set(ALLOWED_STEPS) == codes
    for targets in ALLOWED_STEPS.values():
        assert targets <= codes


def test_history_without_dates_is_refused_through_clean():
    _, problems = clean(
        AGREEMENTS,
        {
            "title": "Соглашение",
            "country_code": "CN",
            "history": [{"status": "draft", "on_date": None}],
        },
    )
    assert [(p.child, p.row) for p in problems] == [("history", 0)]


def test_a_half_typed_date_is_a_problem_of_its_cell_not_an_exception():
    """Issue 11, blocker 1: "1" or "12.0" typed into a second step's date reached the
    history check and raised TypeError comparing str with date."""
    for typed in ("1", "12.0", "12.03.20"):
        _, problems = clean(
            AGREEMENTS,
            {
                "title": "Соглашение",
                "country_code": "CN",
                "history": [
                    {"status": "draft", "on_date": date(2024, 1, 10)},
                    {"status": "signed", "on_date": typed},
                ],
            },
        )
        assert [(p.child, p.row, p.field) for p in problems] == [("history", 1, "on_date")]
        assert "date" in problems[0].text()


def test_a_half_typed_date_in_the_middle_of_a_history_is_not_compared():
    _, problems = clean(
        AGREEMENTS,
        {
            "title": "Соглашение",
            "country_code": "CN",
            "history": [
                {"status": "draft", "on_date": "1"},
                {"status": "signed", "on_date": date(2024, 2, 1)},
                {"status": "registered", "on_date": "2024-03-0"},
                {"status": "in_force", "on_date": date(2024, 3, 5)},
            ],
        },
    )
    assert [(p.row, p.field) for p in problems] == [(0, "on_date"), (2, "on_date")]


def test_the_history_rules_are_declared_on_the_child_list():
    history = next(c for c in AGREEMENTS.children if c.check is not None)
    assert history.initial_rows is not None and history.derived is not None
    rows = history.initial_rows()
    assert rows == [{"status": "draft", "on_date": date.today()}]
    assert history.derived.field == "status" and history.derived.compute(rows) == "draft"
    cleaned, problems = clean(AGREEMENTS, {"title": "С", "country_code": "CN", "history": rows})
    assert problems == [] and cleaned["status"] == "draft"
    assert history.hint is not None
    hint = history.hint(rows)
    assert "{items}" in hint.message and "Signed" in hint.items
    assert history.hint([{"status": "terminated"}]).items == ()
