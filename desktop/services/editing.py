"""One record being edited, without Qt (after Tryton's ``Record``: modified fields, validate,
save).

The form is a view over it: every editor change becomes ``set``; what is dirty, what is wrong
and where, and the save itself come from here, so they are tested without a window. Values are
checked once per change and the result is kept until the next change; a save writes the values
checked already and takes back what the write stored, so nothing is read after it.
"""

from __future__ import annotations

from typing import Any

from ..domain.fields import Entity
from ..domain.validation import Problem, clean
from .errors import ConflictError, ValidationFailed
from .registry import Registry, SavedRecord


class RecordEdit:
    """One record of one registry as the user edits it: a new one (``record_id`` None, with
    the entity's defaults and its child lists' initial rows) or a saved one, read once."""

    def __init__(self, registry: Registry, record_id: int | None = None) -> None:
        self.registry = registry
        self.entity: Entity = registry.entity
        self.record_id = record_id
        self.version: int | None = None
        self.saved_values: dict[str, Any] = {}  # as stored (meta included), or a new start
        self.validations = 0  # how often the values were checked (once per change)
        self.names = tuple(f.name for f in self.entity.fields if f.editable) + tuple(
            c.name for c in self.entity.children
        )
        self._values: dict[str, Any] = {}
        self._baseline: dict[str, Any] = {}  # the saved values, cleaned: what "dirty" is against
        self._checked: tuple[dict[str, Any], list[Problem]] | None = None
        self.load()

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        """Start afresh: the saved record (one read) or a new record's first values."""
        if self.record_id is None:
            values: dict[str, Any] = {f.name: f.default for f in self.entity.fields}
            for child in self.entity.children:
                values[child.name] = child.initial_rows() if child.initial_rows else []
            self.version = None
        else:
            values = self.registry.get(self.record_id)
            self.version = values["version"]
        self._start(values)

    def _start(self, values: dict[str, Any], cleaned: dict[str, Any] | None = None) -> None:
        self.saved_values = values
        self._values = {name: values.get(name) for name in self.names}
        self._checked = (cleaned, []) if cleaned is not None else None
        self._baseline = dict(self.cleaned)

    # -- changing --------------------------------------------------------------------------

    def value(self, name: str) -> Any:
        return self._values[name]

    @property
    def values(self) -> dict[str, Any]:
        """The values as the user gave them (a child list as a list of row dicts)."""
        return dict(self._values)

    def set(self, name: str, value: Any) -> None:
        """One field's new value, or a child list's rows as a whole."""
        if name not in self._values:
            raise KeyError(f"{self.entity.name} has no editable field {name!r}")
        if value == self._values[name]:
            return
        self._values[name] = value
        self._checked = None

    # -- what it is now --------------------------------------------------------------------

    def _check(self) -> tuple[dict[str, Any], list[Problem]]:
        if self._checked is None:
            self._checked = clean(self.entity, self._values)
            self.validations += 1
        return self._checked

    @property
    def cleaned(self) -> dict[str, Any]:
        """The values normalised as they would be stored, derived fields filled."""
        return self._check()[0]

    @property
    def problems(self) -> list[Problem]:
        return self._check()[1]

    @property
    def is_valid(self) -> bool:
        return not self.problems

    def field_problems(self, name: str) -> list[Problem]:
        return [p for p in self.problems if p.child is None and p.field == name]

    def row_problems(self, child: str) -> dict[int, list[Problem]]:
        """Problems of one child list, by row."""
        rows: dict[int, list[Problem]] = {}
        for problem in self.problems:
            if problem.child == child:
                rows.setdefault(problem.row or 0, []).append(problem)
        return rows

    @property
    def dirty_fields(self) -> list[str]:
        """Fields and child lists whose value differs from the saved one (once normalised:
        a space typed and removed, or "" for nothing, is not a change)."""
        cleaned = self.cleaned
        return [n for n in self.names if cleaned.get(n) != self._baseline.get(n)]

    @property
    def is_dirty(self) -> bool:
        return bool(self.dirty_fields)

    @property
    def title(self) -> str:
        """The saved record's name (the title bar does not follow every keystroke)."""
        name = self.entity.title_field
        if self.record_id is None or name is None:
            return ""
        value = self.saved_values.get(name)
        return "" if value is None else str(value)

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> SavedRecord:
        """Create the record or update it over the version read, in one write transaction;
        ValidationFailed if a value is wrong, ConflictError (both versions) if it is stale."""
        cleaned, problems = self._check()
        if problems:
            raise ValidationFailed(problems)
        if self.record_id is None:
            saved = self.registry.save_new(cleaned, checked=True)
        else:
            assert self.version is not None
            saved = self.registry.save_over(self.record_id, self.version, cleaned, checked=True)
        self.record_id, self.version = saved.record_id, saved.version
        self._start(saved.values, {n: saved.values[n] for n in cleaned if n in saved.values})
        return saved

    def keep_mine(self, conflict: ConflictError) -> None:
        """After a conflict: the next save writes these values over the newer version."""
        self.version = conflict.current_version

    def take_theirs(self, conflict: ConflictError) -> None:
        """After a conflict: drop these changes for the version the registry holds now."""
        self.version = conflict.current_version
        self._start(conflict.current_values)

    def conflicting_fields(self, conflict: ConflictError) -> list[str]:
        """Fields whose value in the newer version differs from the one edited here."""
        mine = self.cleaned
        return [
            f.name
            for f in self.entity.fields
            if f.editable and conflict.current_values.get(f.name) != mine.get(f.name)
        ]
