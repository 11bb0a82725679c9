"""A record edited in two places since a common base (the office and a laptop on a trip),
merged field by field: what only one side changed is taken from it, what both changed to
the same value is agreed, and what both changed differently is a conflict for a person —
never decided here. A child list (parties, members) counts as one field, except one
declaring ``joined_by``: rows added on both sides are joined in that field's order and the
list's own check must accept the result (the status history: steps added on a trip and at
the office fit together, or it is a conflict)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .fields import Child, Entity

Record = Mapping[str, Any]


@dataclass(frozen=True)
class FieldConflict:
    name: str  # a field or child list of the entity
    base: Any
    office: Any
    laptop: Any


@dataclass
class RecordMerge:
    values: dict[str, Any]  # the office's record with what merges applied
    taken: set[str] = field(default_factory=set)  # names whose value changed in ``values``
    conflicts: list[FieldConflict] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.taken)


def child_rows(child: Child, rows: Sequence[Mapping[str, Any]] | None) -> list[dict[str, Any]]:
    """A child list as its fields only: no ids or positions, which differ between copies."""
    names = [f.name for f in child.fields]
    return [{name: row.get(name) for name in names} for row in rows or ()]


def _key(row: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple((name, repr(value)) for name, value in sorted(row.items()))


def _join(child: Child, base: list[dict], office: list[dict], laptop: list[dict]) -> list | None:
    """Rows added on both sides on top of an untouched base, in ``joined_by`` order, if the
    list's check accepts them; None when the sides did more than add, or the join fails."""
    base_count = Counter(_key(r) for r in base)
    for side in (office, laptop):
        if base_count - Counter(_key(r) for r in side):
            return None  # a base row was edited or removed on this side
    added = list(office)
    remaining = Counter(_key(r) for r in office)
    remaining.subtract(base_count)
    for row in laptop:
        key = _key(row)
        if base_count[key] > 0:
            base_count[key] -= 1  # one of the base's own rows
        elif remaining[key] > 0:
            remaining[key] -= 1  # the same row added at the office too
        else:
            added.append(row)
    joined_by = child.joined_by
    assert joined_by is not None
    # None sorts first: a step without its date stays where it stood
    joined = sorted(added, key=lambda r: (r.get(joined_by) is not None, r.get(joined_by) or 0))
    if child.check is not None and child.check(joined):
        return None
    return joined


def merge_record(entity: Entity, base: Record, office: Record, laptop: Record) -> RecordMerge:
    """Three-way merge of one record present on both sides. Child lists are given under
    their names as lists of rows."""
    merge = RecordMerge(dict(office))
    for f in entity.fields:
        if not f.editable:
            continue  # derived (the status): follows from its child list
        b, o, t = base.get(f.name), office.get(f.name), laptop.get(f.name)
        if t in (b, o):
            continue  # the laptop did not change it, or changed it as the office did
        if o == b:
            merge.values[f.name] = t
            merge.taken.add(f.name)
        else:
            merge.conflicts.append(FieldConflict(f.name, b, o, t))
    for child in entity.children:
        b_rows = child_rows(child, base.get(child.name))
        o_rows = child_rows(child, office.get(child.name))
        t_rows = child_rows(child, laptop.get(child.name))
        if t_rows in (b_rows, o_rows):
            continue
        if o_rows == b_rows:
            merge.values[child.name] = t_rows
            merge.taken.add(child.name)
            continue
        joined = _join(child, b_rows, o_rows, t_rows) if child.joined_by else None
        if joined is None:
            merge.conflicts.append(FieldConflict(child.name, b_rows, o_rows, t_rows))
        else:
            merge.values[child.name] = joined
            merge.taken.add(child.name)
    return merge


def resolve(merge: RecordMerge, name: str, take: str) -> None:
    """A person's choice for one conflict: ``take`` is "office" or "laptop"."""
    conflict = next(c for c in merge.conflicts if c.name == name)
    if take not in ("office", "laptop"):
        raise ValueError(f"take office or laptop, not {take!r}")
    merge.conflicts.remove(conflict)
    if take == "laptop":
        merge.values[name] = conflict.laptop
        merge.taken.add(name)
