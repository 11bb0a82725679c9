"""The sample data's histories: how an agreement's status and a twin pair's ties moved,
drawn at random along the steps the lifecycle allows; and the municipalities' memberships of
international organisations, since the year they joined."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from ..domain.lifecycle import ALLOWED_STEPS
from ..domain.partial_dates import PartialDate


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


def international_body(body: tuple[str, str, str, str]) -> dict[str, Any]:
    """An organisation row of an international organisation (demo_data.INTERNATIONAL_BODIES)."""
    name, original, country, _ = body
    return {
        "name_ru": name,
        "name_original": original,
        "kind": "international",
        "side": "foreign",
        "country_code": country,
    }


def memberships(members: list[int], bodies: list[tuple[int, str]]) -> list[dict[str, Any]]:
    """Each municipality belongs to one or two of the bodies (by turns, no random draw)."""
    rows = []
    for n, member in enumerate(members):
        chosen = [(body, since) for k, (body, since) in enumerate(bodies) if (n + k) % 3 != 2]
        for position, (body, since) in enumerate(chosen):
            rows.append(
                {
                    "member_id": member,
                    "position": position,
                    "organisation_id": body,
                    "since": PartialDate.from_iso(since),
                }
            )
    return rows


def scope_of(municipal: bool, country: str) -> str:
    """A municipality's agreement is municipal; a region's with a neighbour in Siberia's
    sense (China, Mongolia, Kazakhstan) cross-border; any other international."""
    if municipal:
        return "municipal"
    return "cross_border" if country in ("CN", "MN", "KZ") else "international"
