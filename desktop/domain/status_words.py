"""A status written as a word in a register («Действует», «Утратило силу», «Прекращено»,
«приостановлены польской стороной (апрель 2022)», «разорваны украинской стороной
07.09.2016») read as the step of a status history it stands for: the step, the date the
text gives (if any) and the side that took it (if it says).

The import turns it into a history step, dated by the row's own dates where the word alone
has none; a word that says nothing we know is None (the import keeps it in the notes)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .partial_dates import PartialDate, parse_partial_date

_MONTHS = (
    r"январ\w*|феврал\w*|март\w*|апрел\w*|ма[йя]\w*|июн\w*|июл\w*|август\w*|сентябр\w*"
    r"|октябр\w*|ноябр\w*|декабр\w*"
)
# the most precise first: a day, a month, a year
_DATES = (
    re.compile(r"(?<!\d)\d{1,2}\.\d{1,2}\.\d{4}(?!\d)"),
    re.compile(rf"(?<!\d)\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}(?!\d)"),
    re.compile(rf"(?:{_MONTHS})\s+\d{{4}}(?!\d)"),
    re.compile(r"(?<![\d.])\d{1,2}\.\d{4}(?!\d)"),
    re.compile(r"(?<![\d.])(?:1[89]|20)\d{2}(?![\d.])"),
)
# «польской стороной», «по инициативе украинской стороны», «российской стороной»
_SIDE = re.compile(r"(\w+)\s+сторон\w*")
_OURS = re.compile(r"^(?:российск|нашей|наш|наша|нами|русск|регион)")

# (pattern over the folded text, step): the first that matches wins, so «не действует»
# comes before «действует»
AGREEMENT_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), step)
    for pattern, step in (
        (
            r"утратил\w*\s+силу\s+в\s+связи\s+с\s+(?:заключ|подписан)|заменен|замещен"
            r"|superseded|replaced",
            "superseded",
        ),
        (
            r"не\s+действ|утратил\w*\s+сил|истек|истёк|срок\s+действия\s+законч|expired"
            r"|not\s+in\s+force|no\s+longer|invalid|inactive",
            "expired",
        ),
        (
            r"прекращ|расторгн|денонсир|разорван|аннулир|отменен|terminated|cancell?ed"
            r"|denounced",
            "terminated",
        ),
        (r"продлен|пролонгир|prolonged|extended|renewed", "prolonged"),
        (r"действ|в\s+силе|вступил\w*\s+в\s+силу|in\s+force|active|valid|effective", "in_force"),
        (r"зарегистрир|registered", "registered"),
        (r"на\s+регистрации", "registration_pending"),
        (r"подписан|signed", "signed"),
        (r"на\s+согласовании|направлен\w*\s+на\s+согласование", "sent_for_approval"),
        (r"проект|разрабатыва|draft", "draft"),
    )
)
TWIN_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), step)
    for pattern, step in (
        (r"возобновл|resumed", "resumed"),
        (
            r"приостановл|заморож|не\s+активн|неактивн|бездейств|не\s+действ|suspended|frozen"
            r"|inactive|dormant",
            "suspended",
        ),
        (
            r"прекращ|разорван|расторгн|аннулир|утратил\w*\s+сил|terminated|ended|broken"
            r"|cancell?ed",
            "ended",
        ),
        (r"действ|установлен|активн|подписан|active|established|in\s+force", "established"),
    )
)


@dataclass(frozen=True)
class StatusWord:
    step: str  # a code of the history's steps (an agreement's status, a twin pair's step)
    on_date: PartialDate | None  # the date the text gives
    side: str | None  # "ours" or "foreign" when the text names the side that took it
    text: str  # as written


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


def date_in(text: str) -> PartialDate | None:
    """The most precise date written in the text, or None (a text with no year has none)."""
    folded = _fold(text)
    for pattern in _DATES:
        for found in pattern.finditer(folded):
            try:
                return parse_partial_date(found.group(0))
            except ValueError:
                continue
    return None


def side_in(text: str) -> str | None:
    found = _SIDE.search(_fold(text))
    if found is None:
        return None
    return "ours" if _OURS.match(found.group(1)) else "foreign"


def read_status(text: str, words: tuple[tuple[re.Pattern[str], str], ...]) -> StatusWord | None:
    folded = _fold(text)
    step = next((step for pattern, step in words if pattern.search(folded)), None)
    if step is None:
        return None
    return StatusWord(step, date_in(text), side_in(text), " ".join(text.split()))


def agreement_status_of(text: str) -> StatusWord | None:
    """«Действует» -> in_force, «Утратило силу» -> expired, «Прекращено» -> terminated …"""
    return read_status(text, AGREEMENT_WORDS)


def twin_step_of(text: str) -> StatusWord | None:
    """«приостановлены польской стороной (апрель 2022)» -> suspended, foreign, 04.2022 …"""
    return read_status(text, TWIN_WORDS)
