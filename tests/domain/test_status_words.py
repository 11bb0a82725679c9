"""A status written as a word becomes the matching dated history step (issue 12, item 3)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.lifecycle import AGREEMENT_STATUSES, TWIN_STEPS
from desktop.domain.partial_dates import PartialDate, Precision
from desktop.domain.status_words import (
    AGREEMENT_WORDS,
    TWIN_WORDS,
    agreement_status_of,
    date_in,
    read_status,
    twin_step_of,
)

APRIL_2022 = PartialDate(date(2022, 4, 1), Precision.MONTH)
SEPT_7_2016 = PartialDate(date(2016, 9, 7))
MARCH_12_2015 = PartialDate(date(2015, 3, 12))
YEAR_2025 = PartialDate(date(2025, 1, 1), Precision.YEAR)
JULY_13_1995 = PartialDate(date(1995, 7, 13))


@pytest.mark.parametrize(
    ("written", "step", "on_date", "side"),
    [
        ("Действует", "in_force", None, None),
        ("действующее", "in_force", None, None),
        ("Утратило силу", "expired", None, None),
        ("Не действует", "expired", None, None),
        ("Срок действия истёк", "expired", None, None),
        ("Прекращено", "terminated", None, None),
        ("Расторгнуто российской стороной 12.03.2015", "terminated", MARCH_12_2015, "ours"),
        ("разорваны украинской стороной 07.09.2016", "terminated", SEPT_7_2016, "foreign"),
        ("Утратило силу в связи с заключением нового соглашения", "superseded", None, None),
        ("Пролонгировано до 2025 года", "prolonged", YEAR_2025, None),
        ("Зарегистрировано в Минюсте 13 июля 1995 года", "registered", JULY_13_1995, None),
        ("Проект", "draft", None, None),
    ],
)  # fmt: skip
def test_an_agreement_status_word_is_a_history_step(written, step, on_date, side):
    found = agreement_status_of(written)
    assert found is not None
    assert found.step in AGREEMENT_STATUSES
    assert (found.step, found.on_date, found.side) == (step, on_date, side)
    assert found.text == written


@pytest.mark.parametrize(
    ("written", "step", "on_date", "side"),
    [
        ("приостановлены польской стороной (апрель 2022)", "suspended", APRIL_2022, "foreign"),
        ("разорваны украинской стороной 07.09.2016", "ended", SEPT_7_2016, "foreign"),
        ("Действуют", "established", None, None),
        ("не действуют", "suspended", None, None),
        ("Прекращены в 2014 году", "ended", PartialDate(date(2014, 1, 1), Precision.YEAR), None),
        ("возобновлены 05.2019 по инициативе нашей стороны", "resumed",
         PartialDate(date(2019, 5, 1), Precision.MONTH), "ours"),
    ],
)  # fmt: skip
def test_a_twin_status_word_is_a_history_step(written, step, on_date, side):
    found = twin_step_of(written)
    assert found is not None
    assert found.step in TWIN_STEPS
    assert (found.step, found.on_date, found.side) == (step, on_date, side)


@pytest.mark.parametrize("written", ["", "см. примечание", "?"])
def test_a_word_we_do_not_know_is_none(written):
    assert agreement_status_of(written) is None
    assert twin_step_of(written) is None


def test_a_text_without_a_year_gives_no_date():
    assert date_in("приостановлены 30 июня") is None
    assert date_in("с 1 сентября 2015") == PartialDate(date(2015, 9, 1))
    assert date_in("2012 г.") == PartialDate(date(2012, 1, 1), Precision.YEAR)


@pytest.mark.parametrize(
    ("written", "words", "step"),
    [
        ("Active", AGREEMENT_WORDS, "in_force"),
        ("In force", AGREEMENT_WORDS, "in_force"),
        ("Not in force", AGREEMENT_WORDS, "expired"),
        ("Expired", AGREEMENT_WORDS, "expired"),
        ("Terminated 05.05.2020", AGREEMENT_WORDS, "terminated"),
        ("Prolonged", AGREEMENT_WORDS, "prolonged"),
        ("Active", TWIN_WORDS, "established"),
        ("Inactive", TWIN_WORDS, "suspended"),
        ("Suspended", TWIN_WORDS, "suspended"),
        ("Ended", TWIN_WORDS, "ended"),
    ],
)
def test_a_status_written_in_english_is_its_step(written, words, step):
    assert read_status(written, words).step == step
