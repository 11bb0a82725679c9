"""Turning the core's environment errors into one plain sentence for the user."""

from __future__ import annotations

from ..domain.errors import UserError
from .text import tr_domain


def user_message(error: BaseException) -> str:
    """What went wrong and what to do, in the interface language; bugs are re-raised."""
    if isinstance(error, UserError):
        text = tr_domain(error.message).format(**error.params())
        detail = error.detail if "{detail}" not in error.message else ""
        return f"{text} ({detail})" if detail else text
    if isinstance(error, OSError):
        return tr_domain(error.strerror or str(error))
    raise error
