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
