"""An agreement's term as written («5 лет», «2019-2022 годы», «до 2022 года», «бессрочно»,
«с автоматической пролонгацией на 5 лет») and what follows from it: the end date, the
open-ended and prolongation flags, and the end of the term running on a given day."""

from __future__ import annotations

from datetime import date
from typing import Any

from .partial_dates import PartialDate, Term, parse_term


def _read(text: Any, signed: Any) -> Term | None:
    if not isinstance(text, str) or not text.strip():
        return None
    try:
        return parse_term(text, signed if isinstance(signed, PartialDate) else None)
    except ValueError:
        return None  # kept as written; the dates stay as typed


def apply_term(values: dict[str, Any]) -> dict[str, Any]:
    """Fill what the term text says (an entity's ``derive``): the end date when it names or
    implies one, the start of a range of years, «бессрочно», automatic prolongation. A term
    that says nothing readable changes nothing."""
    term = _read(values.get("term"), values.get("signed_on"))
    if term is None:
        return values
    if term.open_ended:
        values["open_ended"] = True
        values["valid_to"] = None
    elif term.end is not None:
        values["valid_to"] = term.end
        values["open_ended"] = False
    if (
        term.start is not None
        and values.get("valid_from") is None
        and term.start != values.get("signed_on")
    ):
        values["valid_from"] = term.start
    if term.auto_prolongation:
        values["auto_prolongation"] = True
    return values


def term_of(values: Any) -> Term:
    """The agreement's term from its stored fields (the text, when readable, gives the
    prolongation step; else the text of the prolongation terms; else the term's length)."""
    written = _read(values.get("term"), values.get("signed_on"))
    terms = _read(values.get("prolongation_terms"), None)
    end = values.get("valid_to")
    start = values.get("valid_from") or values.get("signed_on")
    step = (written.prolongation_years if written else None) or (
        terms.prolongation_years or terms.years if terms else None
    )
    years = written.years if written else None
    if years is None and isinstance(start, PartialDate) and isinstance(end, PartialDate):
        years = max(1, end.end.year - start.start.year)
    return Term(
        values.get("term") or "",
        start if isinstance(start, PartialDate) else None,
        end if isinstance(end, PartialDate) else None,
        years,
        open_ended=bool(values.get("open_ended")),
        auto_prolongation=bool(values.get("auto_prolongation")),
        prolongation_years=step,
    )


def end_on(values: Any, day: date) -> date | None:
    """The last day of the term running on ``day``: the prolonged end for an agreement
    prolonged automatically, the written end otherwise."""
    return term_of(values).current_end(day)
