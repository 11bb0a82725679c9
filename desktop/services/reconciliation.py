"""The choices an office made importing a file, remembered for the registry: how its columns
map to fields, and which record (or "leave in the notes") each name it could not place stands
for. Next year's file from the same office comes in without a question. Stored as JSON under
one key per registry in the registry's ``setting`` table."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ..db.models import Setting

if TYPE_CHECKING:
    from ..excel.plan import ImportPlan
    from . import Services

_KEY = "import_choices:{kind}"


def recall(services: Services, kind: str) -> tuple[dict[str, str], dict[str, dict[str, Any]]]:
    """(header -> target, registry -> folded name -> id or "notes") remembered for ``kind``."""
    with services.db.read() as session:
        stored = session.scalar(select(Setting.value).where(Setting.key == _KEY.format(kind=kind)))
    try:
        data = json.loads(stored) if stored else {}
    except ValueError:
        data = {}  # a damaged entry is forgotten, not fatal
    return dict(data.get("mapping") or {}), {
        registry: dict(names) for registry, names in (data.get("choices") or {}).items()
    }


def save_choices(
    services: Services,
    kind: str,
    mapping: dict[str, str],
    choices: dict[str, dict[str, Any]],
) -> None:
    """Merge these into what is remembered (a later choice wins)."""
    old_mapping, old_choices = recall(services, kind)
    old_mapping.update(mapping)
    for registry, names in choices.items():
        old_choices.setdefault(registry, {}).update(names)
    value = json.dumps({"mapping": old_mapping, "choices": old_choices}, ensure_ascii=False)
    with services.db.write() as session:
        session.merge(Setting(key=_KEY.format(kind=kind), value=value))


def remember(services: Services, plan: ImportPlan) -> None:
    """After an import: the mapping the user gave and the choices the user made."""
    if plan.user_mapping or plan.choices:
        save_choices(services, plan.kind, plan.user_mapping, plan.choices)
