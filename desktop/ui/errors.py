"""Turning the core's environment errors into one plain sentence for the user."""

from __future__ import annotations

from ..domain.errors import UserError
from .text import tr_domain


def is_user_error(error: BaseException) -> bool:
    """A problem the user can act on (told in a sentence), not a bug (a crash report)."""
    return isinstance(error, UserError | OSError)


def user_message(error: BaseException) -> str:
    """What went wrong and what to do, in the interface language; bugs are re-raised."""
    if isinstance(error, UserError):
        return error.fill(tr_domain(error.message))
    if isinstance(error, OSError):
        return tr_domain(error.strerror or str(error))
    raise error
