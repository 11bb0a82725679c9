"""The sample data's histories: how an agreement's status and a twin pair's ties moved,
drawn at random along the steps the lifecycle allows."""

from __future__ import annotations

import random
from datetime import date, timedelta

from ..domain.lifecycle import ALLOWED_STEPS


def agreement_history(rng: random.Random, first: date, today: date) -> list[tuple[str, date]]:
    status = rng.choice(("intent", "draft", "draft", "signed", "signed"))
    day = first
    steps = [(status, day)]
    while ALLOWED_STEPS[status] and rng.random() > 0.25:
        day += timedelta(days=rng.randrange(10, 400))
        if day > today:
            break
        options = sorted(ALLOWED_STEPS[status])
        if "cancelled" in options and len(options) > 1 and rng.random() < 0.9:
            options.remove("cancelled")  # most agreements get somewhere
        status = rng.choice(options)
        steps.append((status, day))
    return steps


def twin_history(rng: random.Random, established: date, today: date) -> list[tuple[str, date]]:
    """Established, and for some pairs suspended or ended years later."""
    later = established + timedelta(days=rng.randint(300, 5000))
    step = rng.choice((None, None, None, "suspended", "ended"))
    history = [("established", established)]
    return history + [(step, later)] if step and later < today else history
