"""What a service call refuses, with enough detail for the UI to say why: each is a
``UserError`` (one sentence, translated, filled with its parameters)."""

from __future__ import annotations

from typing import Any

from ..domain.errors import UserError
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.validation import Problem


class ServiceError(UserError):
    message = QT_TRANSLATE_NOOP("Domain", "The registry refused this: {detail}")


class ValidationFailed(ServiceError):
    message = QT_TRANSLATE_NOOP("Domain", "{detail}")

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(detail="; ".join(f"{p.field}: {p.text()}" for p in problems))


class NotFound(ServiceError):
    message = QT_TRANSLATE_NOOP("Domain", "{entity} #{record_id} does not exist")

    def __init__(self, entity: str, record_id: int) -> None:
        self.entity, self.record_id = entity, record_id
        super().__init__(entity=entity, record_id=record_id)


class ConflictError(ServiceError):
    """The record changed since the caller read it: both versions are carried along."""

    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{entity} #{record_id} was changed by someone else: you edited version "
        "{your_version}, the registry now holds version {current_version}",
    )

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
            entity=entity,
            record_id=record_id,
            your_version=your_version,
            current_version=current_version,
        )


class StillReferencedError(ServiceError):
    """A record cannot be deleted for good while others refer to it."""

    message = QT_TRANSLATE_NOOP(
        "Domain",
        "This record is still referred to by other records ({where}); "
        "delete or change those first.",
    )

    def __init__(self, entity: str, record_id: int, referrers: dict[str, int]) -> None:
        self.entity, self.record_id, self.referrers = entity, record_id, referrers
        where = ", ".join(f"{name}: {count}" for name, count in referrers.items())
        super().__init__(where=where)
