"""A status written as a word in a register («Действует», «Утратило силу», «приостановлены
(апрель 2022)») as what the registry keeps: an agreement's history steps, dated by a date in
the word or by the row's own dates and marked as imported; a twin relation's status."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..domain.countries import fold_name
from ..domain.partial_dates import PartialDate, parse_partial_date, parse_term
from ..domain.status_words import agreement_status_of, twin_step_of

AGREEMENT_WORDS = (  # folded stem -> status code, the first that the word starts with wins
    ("действ", "in_force"), ("вступил", "in_force"), ("утратил", "expired"),
    ("истек", "expired"), ("прекращ", "terminated"), ("расторг", "terminated"),
    ("денонс", "terminated"), ("пролонг", "prolonged"), ("продлен", "prolonged"),
    ("зарегистр", "registered"), ("подписан", "signed"), ("проект", "draft"),
    ("отмен", "cancelled"), ("заменен", "superseded"),
)  # fmt: skip
_DATE_IN_TEXT = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}|\(([^)]*\d{4}[^)]*)\)")


def word_status(text: str, words: tuple[tuple[str, str], ...]) -> str | None:
    folded = fold_name(text)
    for stem, code in sorted(words, key=lambda item: -len(item[0])):
        if folded.startswith(fold_name(stem)):
            return code
    return None


def agreement_steps(
    word: str, values: dict[str, Any], signed_partly: PartialDate | None
) -> list[dict[str, Any]] | None:
    """The history a status word stands for: signed on the signing date (registered on the
    registration date), then the step the word names; None when the word names no step or
    the row has no date to put it on."""
    read = agreement_status_of(word)  # the wider reading: «не действует», «Expired»
    code = word_status(word, AGREEMENT_WORDS) or (read.step if read is not None else None)
    signed = _day(values.get("signed_on")) or (signed_partly.start if signed_partly else None)
    if code is None or signed is None:
        return None
    comment = f"импорт: «{word}»"
    if code == "draft":
        return [{"status": "draft", "on_date": signed, "comment": comment}]
    steps: list[dict[str, Any]] = [{"status": "signed", "on_date": signed, "comment": comment}]
    registered = _day(values.get("reg_date"))
    if registered is not None and registered >= signed and code != "signed":
        steps.append({"status": "registered", "on_date": registered, "comment": comment})
    last: date = steps[-1]["on_date"]
    if code == "prolonged":
        steps.append({"status": "in_force", "on_date": last, "comment": comment})
    if code not in ("signed", "registered") or (code == "registered" and len(steps) == 1):
        ended = _term_end(values, signed_partly) if code in ("expired", "terminated") else None
        when = _date_in(word) or ended or last
        steps.append({"status": code, "on_date": max(when, last), "comment": comment})
    return steps


def _term_end(values: dict[str, Any], signed: PartialDate | None) -> date | None:
    """The last day of the term the row states: its end date, or its term as written
    («2019-2022 годы»: 31.12.2022)."""
    end = values.get("valid_to")
    if isinstance(end, PartialDate):
        return end.end
    if isinstance(end, date):
        return end
    if values.get("term"):
        try:
            term = parse_term(str(values["term"]), signed)
        except ValueError:
            return None
        return term.end.end if term.end is not None else None
    return None


def _day(value: Any) -> date | None:
    """A day of a date or a PartialDate (its first day), for a history step."""
    if isinstance(value, PartialDate):
        return value.start
    return value if isinstance(value, date) else None


def _date_in(text: str) -> date | None:
    partial = _partial_in(text)
    return partial.start if partial is not None else None


def twin_steps(word: str, values: dict[str, Any], child: Any) -> list[dict[str, Any]] | None:
    """A twin pair's history from a status word (``domain.status_words``), when its history
    has such steps: established on the row's date, then the step the word names, dated by
    the date in the word (to its precision) or undated, with the side that took it; None
    for a word that names no step."""
    status = next((f for f in child.fields if f.name == "status"), None)
    codes = set(status.choices.codes()) if status is not None and status.choices else set()
    found = twin_step_of(word)
    if found is None or not {"established", "suspended", "ended"} <= codes:
        return None
    comment = f"импорт: «{word}»"
    steps = [{"status": "established", "on_date": values.get("established_on"), "comment": comment}]
    if found.step in ("suspended", "ended"):  # «возобновлены»: in force, as established
        steps.append(
            {"status": found.step, "on_date": found.on_date, "side": found.side, "comment": comment}
        )
    return steps


def _partial_in(text: str) -> PartialDate | None:
    for found in _DATE_IN_TEXT.finditer(text):
        try:
            partial = parse_partial_date(found.group(1) or found.group(0))
        except ValueError:
            continue
        if partial is not None:
            return partial
    return None
