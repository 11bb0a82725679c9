"""The sample data's results and plans of measures: some agreements and twin pairs get a
few dated results and a road map, some of whose items are past their deadline."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from ..domain.partial_dates import PartialDate, Precision

RESULTS = (
    ("delegation", "Визит делегации, подписан протокол о намерениях"),
    ("event", "Участие в форуме, проведены переговоры"),
    ("project", "Запущен совместный проект по подготовке кадров"),
    ("document", "Подписана программа сотрудничества"),
    ("figure", "Товарооборот вырос на {n} %"),
    ("other", "Организованы дни культуры"),
)
MEASURES = (
    "Обмен делегациями на уровне руководителей",
    "Проведение бизнес-миссии",
    "Создание совместной рабочей группы",
    "Организация выставки региональных товаров",
    "Обмен студентами и преподавателями",
    "Подготовка плана туристических маршрутов",
)
RESPONSIBLE = (
    "Министерство экономического развития",
    "Министерство образования",
    "Отдел международных связей",
    "Агентство по привлечению инвестиций",
)


class OutcomeRows:
    """Rows for the result and plan tables of one kind of parent (``parent`` names the
    column of its id), drawn with a generator of their own: the other sample data stay
    what they were."""

    def __init__(self, parent: str, today: date, seed: int) -> None:
        self.parent, self.today = parent, today
        self.rng = random.Random(seed)
        self.results: list[dict[str, Any]] = []
        self.plan: list[dict[str, Any]] = []

    def add(
        self, owner: int, since: date | None, events: Sequence[int], delegations: Sequence[int]
    ) -> None:
        rng = self.rng
        if since is None or since > self.today - timedelta(days=60):
            return
        span = (self.today - since).days
        if rng.random() < 0.35:
            for position in range(rng.randint(1, 3)):
                kind, text = rng.choice(RESULTS)
                day = since + timedelta(days=rng.randrange(span))
                on_date = (
                    PartialDate(day)
                    if rng.random() < 0.6
                    else PartialDate(date(day.year, 1, 1), Precision.YEAR)
                )
                self.results.append(
                    {
                        self.parent: owner,
                        "position": position,
                        "on_date": on_date,
                        "kind": kind,
                        "description": text.format(n=rng.randint(3, 40)),
                        "event_id": rng.choice(events) if kind == "event" and events else None,
                        "delegation_id": (
                            rng.choice(delegations)
                            if kind == "delegation" and delegations
                            else None
                        ),
                        "document_ref": f"Протокол № {rng.randint(1, 99)}"
                        if kind == "document"
                        else None,
                    }
                )
        if rng.random() < 0.25:
            for position in range(rng.randint(2, 4)):
                deadline = since + timedelta(days=rng.randrange(60, 365 * 4))
                status, done_on = "planned", None
                if deadline < self.today:
                    status = rng.choices(
                        ("done", "cancelled", "in_progress", "planned"), (6, 1, 2, 1)
                    )[0]
                    if status == "done":
                        done_on = min(deadline, self.today) - timedelta(days=rng.randrange(30))
                        done_on = max(done_on, since)
                elif rng.random() < 0.4:
                    status = "in_progress"
                self.plan.append(
                    {
                        self.parent: owner,
                        "position": position,
                        "measure": rng.choice(MEASURES),
                        "deadline": PartialDate(
                            date(deadline.year, deadline.month, 1), Precision.MONTH
                        )
                        if rng.random() < 0.5
                        else PartialDate(deadline),
                        "responsible": rng.choice(RESPONSIBLE),
                        "status": status,
                        "done_on": done_on,
                    }
                )


def outcome_rows(
    parent: str,
    today: date,
    scale: int,
    since: dict[int, date | None],
    events: Sequence[int],
    delegations: Sequence[int],
) -> OutcomeRows:
    """Results and plans of measures for some of the records just made (``since``: record
    id -> the day its ties began)."""
    outcomes = OutcomeRows(parent, today, seed=scale + len(parent))
    for owner, day in since.items():
        outcomes.add(owner, day, events, delegations)
    return outcomes
