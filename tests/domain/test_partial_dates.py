"""Dates and terms as offices write them keep their precision (issue 12, groundwork)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.domain.partial_dates import (
    NoYearError,
    PartialDate,
    Precision,
    parse_partial_date,
    parse_term,
)

DAY, MONTH, YEAR = Precision.DAY, Precision.MONTH, Precision.YEAR


@pytest.mark.parametrize(
    ("written", "start", "precision", "shown"),
    [
        ("8.12.1999", date(1999, 12, 8), DAY, "08.12.1999"),
        ("2019-05-07", date(2019, 5, 7), DAY, "07.05.2019"),
        ("13 июля 1995 года", date(1995, 7, 13), DAY, "13.07.1995"),
        ('"18" сентября 2015 г.', date(2015, 9, 18), DAY, "18.09.2015"),
        ("«18» сентября 2015 г.", date(2015, 9, 18), DAY, "18.09.2015"),
        ("июль 2016", date(2016, 7, 1), MONTH, "07.2016"),
        ("07.2016", date(2016, 7, 1), MONTH, "07.2016"),
        ("2012 г.", date(2012, 1, 1), YEAR, "2012"),
        ("1992", date(1992, 1, 1), YEAR, "1992"),
        (1992.0, date(1992, 1, 1), YEAR, "1992"),  # a number cell, as calamine reads it
        (datetime(2020, 3, 4, 0, 0), date(2020, 3, 4), DAY, "04.03.2020"),
    ],
)
def test_dates_keep_the_precision_they_were_written_with(written, start, precision, shown):
    found = parse_partial_date(written)
    assert found == PartialDate(start, precision)
    assert found.text() == shown
    assert parse_partial_date(found.text()) == found  # written back, read back the same


def test_a_date_without_a_year_is_not_given_this_year():
    with pytest.raises(NoYearError):
        parse_partial_date("30 июня")


@pytest.mark.parametrize("written", ["31.02.2020", "abc", "12.0", "1"])
def test_what_is_not_a_date_is_refused(written):
    with pytest.raises(ValueError):
        parse_partial_date(written)


def test_a_partial_date_counts_in_the_period_it_falls_in():
    year = PartialDate(date(2019, 1, 1), YEAR)
    assert year.end == date(2019, 12, 31)
    assert year.within(date(2019, 1, 1), date(2019, 12, 31))
    assert not year.within(date(2020, 1, 1), date(2020, 12, 31))
    assert year.begun_by(date(2019, 1, 1)) and not year.begun_by(date(2018, 12, 31))
    assert PartialDate(date(2024, 2, 1), MONTH).end == date(2024, 2, 29)


SIGNED = PartialDate(date(1995, 7, 13))


def test_terms_in_years_ranges_until_and_open_ended():
    five = parse_term("5 лет", SIGNED)
    assert (five.years, five.end) == (5, PartialDate(date(2000, 7, 12)))
    assert parse_term("сроком на пять лет", SIGNED).end == five.end
    span = parse_term("2019-2022 годы")
    assert (span.start, span.end, span.years) == (
        PartialDate(date(2019, 1, 1), YEAR),
        PartialDate(date(2022, 1, 1), YEAR),
        4,
    )
    assert parse_term("на 2000-2001 годы").end.end == date(2001, 12, 31)
    until = parse_term("до 2022 года", SIGNED)
    assert until.end.end == date(2022, 12, 31) and until.end.precision is YEAR
    assert parse_term("до 31.12.2025", SIGNED).end == PartialDate(date(2025, 12, 31))
    assert parse_term("бессрочно").open_ended
    assert parse_term("Бессрочное").open_ended
    with pytest.raises(ValueError):
        parse_term("по согласованию сторон")


def test_a_year_precise_signing_ends_its_term_in_the_latest_year_it_can():
    term = parse_term("5 лет", PartialDate(date(2012, 1, 1), YEAR))
    assert term.end == PartialDate(date(2017, 1, 1), YEAR)


def test_automatic_prolongation_and_its_step_give_the_current_term_end():
    term = parse_term("5 лет с автоматической пролонгацией на 1 год", SIGNED)
    assert term.auto_prolongation and term.prolongation_years == 1
    assert term.current_end(date(2000, 7, 12)) == date(2000, 7, 12)  # first term still runs
    assert term.current_end(date(2026, 1, 1)) == date(2026, 7, 12)
    yearly = parse_term("3 года с последующей автоматической пролонгацией на год", SIGNED)
    assert yearly.prolongation_years == 1
    alone = parse_term("с автоматической пролонгацией на 5 лет", SIGNED)
    assert alone.auto_prolongation and alone.prolongation_years == 5 and alone.end is None
    until = parse_term("до 2022 года, с автоматическим продлением на 5 лет", SIGNED)
    assert until.current_end(date(2026, 1, 1)) == date(2027, 12, 31)
    assert parse_term("5 лет", SIGNED).current_end(date(2026, 1, 1)) == date(2000, 7, 12)
