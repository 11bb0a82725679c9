"""Dates with a precision in records, terms as written, twin-relation histories (issue 12,
item 3): what validation makes of what a form or a workbook gives."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.entities import AGREEMENTS, TWINS
from desktop.domain.partial_dates import PartialDate, Precision
from desktop.domain.terms import end_on
from desktop.domain.validation import clean

DAY, MONTH, YEAR = Precision.DAY, Precision.MONTH, Precision.YEAR
SIGNED = [{"status": "signed", "on_date": date(2019, 3, 1)}]


def agreement(**values):
    return clean(AGREEMENTS, {"title": "T", "country_code": "CN", "history": SIGNED, **values})


@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [
        ("2012", "2012", "2012"),
        ("07.2016", "2016-07", "07.2016"),
        ("08.12.1999", "1999-12-08", "08.12.1999"),
        ("июль 2016", "2016-07", "07.2016"),
        ("2012 г.", "2012", "2012"),
        ("от 13 июля 1995 г.", "1995-07-13", "13.07.1995"),
        ("8 мая 2019", "2019-05-08", "08.05.2019"),
        (date(1999, 12, 8), "1999-12-08", "08.12.1999"),
    ],
)
def test_a_signing_date_keeps_the_precision_it_was_written_with(typed, stored, shown):
    values, problems = agreement(signed_on=typed)
    assert problems == []
    assert values["signed_on"].iso() == stored
    assert str(values["signed_on"]) == shown
    assert PartialDate.from_iso(stored) == values["signed_on"]


@pytest.mark.parametrize(
    "typed",
    ["1", "07.20", "12.0", "32.13.2020", "июль", "30 июня", "abc", "и 2016", "около 2016 г."],
)
def test_a_half_typed_date_is_a_problem_at_its_field_not_an_exception(typed):
    values, problems = agreement(signed_on=typed)
    assert [p.field for p in problems] == ["signed_on"]
    assert "2012, 07.2016 or 08.12.1999" in problems[0].message
    assert values["signed_on"] == typed  # kept as typed, for the form to show


def test_a_day_equals_its_date_and_a_month_or_year_equals_none():
    day = PartialDate(date(1999, 12, 8))
    assert day == date(1999, 12, 8) and date(1999, 12, 8) == day
    assert hash(day) == hash(date(1999, 12, 8))
    assert PartialDate(date(2016, 7, 1), MONTH) != date(2016, 7, 1)
    assert PartialDate(date(2012, 1, 1), YEAR) != PartialDate(date(2012, 1, 1))
    assert {PartialDate(date(2012, 1, 1), YEAR), PartialDate(date(2012, 1, 1), YEAR)} == {
        PartialDate(date(2012, 1, 1), YEAR)
    }


def test_iso_text_sorts_in_time_order_a_year_before_the_days_of_that_year():
    written = ["2012-03-05", "2011-12-31", "2012", "2012-03", "2013", "2012-12"]
    ordered = sorted(written)
    assert ordered == ["2011-12-31", "2012", "2012-03", "2012-03-05", "2012-12", "2013"]
    starts = [PartialDate.from_iso(t).start for t in ordered]
    assert starts == sorted(starts)


def test_an_end_date_known_to_the_year_is_not_before_a_start_in_that_year():
    _, problems = agreement(valid_from="05.2019", valid_to="2019")
    assert problems == []
    _, problems = agreement(valid_from="05.2019", valid_to="2018")
    assert [p.field for p in problems] == ["valid_to"]


@pytest.mark.parametrize(
    ("term", "signed", "valid_to", "open_ended", "auto"),
    [
        ("5 лет", "01.03.2019", PartialDate(date(2024, 2, 29)), False, False),
        ("5 лет", "2019", PartialDate(date(2024, 1, 1), YEAR), False, False),
        ("2019-2022 годы", None, PartialDate(date(2022, 1, 1), YEAR), False, False),
        ("до 2022 года", None, PartialDate(date(2022, 1, 1), YEAR), False, False),
        ("бессрочно", "2019", None, True, False),
        (
            "с автоматической пролонгацией на 5 лет",
            "2019",
            None,
            False,
            True,
        ),
        (
            "на 3 года с автоматической пролонгацией на 1 год",
            "05.2016",
            PartialDate(date(2019, 5, 1), MONTH),
            False,
            True,
        ),
    ],
)
def test_a_term_as_written_gives_the_end_date_and_the_flags(
    term, signed, valid_to, open_ended, auto
):
    values, problems = agreement(term=term, signed_on=signed)
    assert problems == []
    assert values["term"] == term  # the text is kept
    assert values["valid_to"] == valid_to
    assert values["open_ended"] is open_ended
    assert values["auto_prolongation"] is auto


def test_a_range_of_years_starts_the_term_and_an_unreadable_term_changes_nothing():
    values, _ = agreement(term="на 2000-2001 годы")
    assert values["valid_from"] == PartialDate(date(2000, 1, 1), YEAR)
    assert values["valid_to"].end == date(2001, 12, 31)
    values, problems = agreement(term="по согласованию сторон", valid_to="2030")
    assert problems == []
    assert values["valid_to"] == PartialDate(date(2030, 1, 1), YEAR)
    assert values["term"] == "по согласованию сторон"


def test_the_term_running_on_a_day_is_prolonged_by_its_step_at_the_boundaries():
    values, _ = agreement(
        term="5 лет с автоматической пролонгацией на 5 лет", signed_on="01.01.2016"
    )
    assert values["valid_to"] == PartialDate(date(2020, 12, 31))
    assert end_on(values, date(2020, 12, 31)) == date(2020, 12, 31)  # its last day
    assert end_on(values, date(2021, 1, 1)) == date(2025, 12, 31)  # the next day: prolonged
    assert end_on(values, date(2025, 12, 31)) == date(2025, 12, 31)
    assert end_on(values, date(2026, 1, 1)) == date(2030, 12, 31)
    values["auto_prolongation"] = False
    assert end_on(values, date(2025, 6, 1)) == date(2020, 12, 31)


def test_a_prolongation_step_can_come_from_the_prolongation_terms_text():
    values, _ = agreement(
        signed_on="01.01.2016",
        valid_to="31.12.2020",
        auto_prolongation=True,
        prolongation_terms="на 2 года",
    )
    assert end_on(values, date(2021, 1, 1)) == date(2022, 12, 31)


# -- twin relations ------------------------------------------------------------------------


def twin(history, **values):
    base = {"our_organisation_id": 1, "foreign_region_id": 2, "country_code": "PL"}
    return clean(TWINS, {**base, "history": history, **values})


def test_a_twin_pair_history_gives_its_status_and_establishment_date():
    values, problems = twin(
        [
            {"status": "established", "on_date": "1992"},
            {"status": "suspended", "on_date": "апрель 2022", "side": "foreign"},
        ]
    )
    assert problems == []
    assert values["status"] == "suspended"
    assert values["established_on"] == PartialDate(date(1992, 1, 1), YEAR)
    assert values["history"][1]["on_date"] == PartialDate(date(2022, 4, 1), MONTH)
    assert values["history"][1]["side"] == "foreign"
    values, _ = twin(
        [
            {"status": "established", "on_date": "1992"},
            {"status": "suspended", "on_date": "2014"},
            {"status": "resumed", "on_date": "2018"},
        ]
    )
    assert values["status"] == "active"
    values, _ = twin([{"status": "ended", "on_date": "07.09.2016"}])
    assert values["status"] == "terminated"
    values, _ = twin([])
    assert values["status"] == "active"


def test_a_twin_history_refuses_impossible_steps_and_dates_surely_out_of_order():
    _, problems = twin(
        [{"status": "established", "on_date": "1992"}, {"status": "resumed", "on_date": "1995"}]
    )
    assert [(p.child, p.row, p.field) for p in problems] == [("history", 1, "status")]
    _, problems = twin(
        [{"status": "established", "on_date": "2000"}, {"status": "ended", "on_date": "1999"}]
    )
    assert [(p.child, p.row, p.field) for p in problems] == [("history", 1, "on_date")]
    # «2022» may well be after «04.2022»: not surely before it
    _, problems = twin(
        [{"status": "suspended", "on_date": "04.2022"}, {"status": "ended", "on_date": "2022"}]
    )
    assert problems == []


def test_the_establishment_date_and_the_established_step_must_agree():
    _, problems = twin([{"status": "established", "on_date": "1992"}], established_on="05.1993")
    assert [p.field for p in problems] == ["established_on"]
    assert dict(problems[0].params)["value"] == "1992"
    # the same date, one more precisely: they agree, and the field keeps its precision
    values, problems = twin(
        [{"status": "established", "on_date": "1999"}], established_on="08.12.1999"
    )
    assert problems == []
    assert str(values["established_on"]) == "08.12.1999"
    values, problems = twin(
        [{"status": "established", "on_date": "12.1999"}], established_on="1999"
    )
    assert problems == []
    values, problems = twin([{"status": "established", "on_date": "2000"}], established_on="1999")
    assert [p.field for p in problems] == ["established_on"]
