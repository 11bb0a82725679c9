"""What a service call refuses, with enough detail for the UI to say why."""

from __future__ import annotations

from typing import Any

from ..domain.validation import Problem


class ServiceError(Exception):
    pass


class ValidationFailed(ServiceError):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.text()}" for p in problems))


class NotFound(ServiceError):
    def __init__(self, entity: str, record_id: int) -> None:
        self.entity, self.record_id = entity, record_id
        super().__init__(f"{entity} #{record_id} does not exist")


class ConflictError(ServiceError):
    """The record changed since the caller read it: both versions are carried along."""

    def __init__(
        self,
        entity: str,
        record_id: int,
        your_version: int,
        current_version: int,
        current_values: dict[str, Any],
    ) -> None:
        self.entity, self.record_id = entity, record_id
        self.your_version, self.current_version = your_version, current_version
        self.current_values = current_values
        super().__init__(
            f"{entity} #{record_id} was changed by someone else: you edited version "
            f"{your_version}, the registry now holds version {current_version}"
        )


class StillReferencedError(ServiceError):
    """A record cannot be deleted for good while others refer to it."""

    def __init__(self, entity: str, record_id: int, referrers: dict[str, int]) -> None:
        self.entity, self.record_id, self.referrers = entity, record_id, referrers
        where = ", ".join(f"{count} in {name}" for name, count in referrers.items())
        super().__init__(f"{entity} #{record_id} is still referred to: {where}")
