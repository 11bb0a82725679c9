"""Checking and normalising the values of one record before it is saved.

Values travel as a plain dict keyed by field name, with Python values (str, date, bool, int,
None). ``clean`` returns the normalised values and the problems found; a record with problems
is not saved.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from .countries import NewCountry, find_country
from .fields import Child, Entity, Field, Kind
from .i18n import QT_TRANSLATE_NOOP
from .partial_dates import NoYearError, date_bounds, parse_partial_date

# Numbers written without a country code are read as Russian ones: the office's own phones.
DEFAULT_PHONE_REGION = "RU"
_PHONE_SPLIT = re.compile(r"[;,\n]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_TEXT = 4000


@dataclass(frozen=True)
class Problem:
    """What is wrong and where: a field of the record, or a cell of one of its child lists."""

    field: str
    message: str  # English source text with {placeholders}; translated in the UI
    params: tuple[tuple[str, str], ...] = ()
    child: str | None = None
    row: int | None = None

    def text(self) -> str:
        return self.message.format(**dict(self.params))


def parse_date(value: Any) -> date | None:
    """A date from a date, a datetime, or text as dd.mm.yyyy or yyyy-mm-dd; ValueError if not."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
            try:
                return datetime.strptime(text, pattern).date()
            except ValueError:
                continue
    raise ValueError(value)


# An unquoted ASCII local part (RFC 5322 dot-atom): email-validator accepts it as it is.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_PLAIN_LOCAL = re.compile(rf"{_ATOM}(?:\.{_ATOM})*\Z")


# email-validator and phonenumbers are imported when first needed: together they cost 70 ms
# of every start-up, for checks that run only when something is saved.


@lru_cache(maxsize=4096)
def _checked_domain(domain: str) -> str:
    from email_validator import validate_email

    return validate_email(f"x@{domain}", check_deliverability=False).domain


def normalise_email(text: str) -> str:
    """The address as email-validator normalises it; EmailNotValidError if it is not one.

    Checking the domain is most of the library's cost (IDNA tables), and an import of 10,000
    people has a handful of domains: the library checks each domain once, and a plain ASCII
    local part needs no more than the dot-atom rule (tested equal to the library's verdict).
    """
    from email_validator import validate_email

    local, at, domain = text.rpartition("@")
    if at and len(local) <= 64 and len(text) <= 254 and _PLAIN_LOCAL.match(local):
        return f"{local}@{_checked_domain(domain)}"
    return validate_email(text, check_deliverability=False).normalized


def _clean_text(value: Any) -> str | None:
    if value is None:
        return None
    # one stored form: no invisible characters, ordinary spaces (desktop/domain/text.py)
    from .text import normalise_text

    text = normalise_text(_CONTROL.sub("", str(value))).strip()
    return text or None


def _clean_phones(text: str) -> str:
    """The numbers in international format; ValueError naming the first that is not one."""
    import phonenumbers

    numbers = []
    for part in filter(None, (p.strip() for p in _PHONE_SPLIT.split(text))):
        try:
            parsed = phonenumbers.parse(part, DEFAULT_PHONE_REGION)
        except phonenumbers.NumberParseException as exc:
            raise ValueError(part) from exc
        if not phonenumbers.is_valid_number(parsed):
            raise ValueError(part)
        numbers.append(
            phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        )
    return "; ".join(numbers)


def clean_value(field: Field, value: Any) -> tuple[Any, Problem | None]:
    """The stored form of one value, or the problem that keeps it from being stored."""

    def problem(message: str, **params: str) -> tuple[Any, Problem]:
        return value, Problem(field.name, message, tuple(params.items()))

    kind = field.kind
    if kind is Kind.BOOL:
        return bool(value) if value is not None else bool(field.default), None
    if kind is Kind.DATE:
        try:
            result: Any = parse_date(value)
        except (ValueError, TypeError):
            return problem(QT_TRANSLATE_NOOP("Domain", "Not a date: write it as dd.mm.yyyy"))
    elif kind is Kind.PARTIAL_DATE:
        try:
            result = parse_partial_date(value)
        except NoYearError:
            return problem(
                QT_TRANSLATE_NOOP("Domain", "No year in it: write 2012, 07.2016 or 08.12.1999")
            )
        except (ValueError, TypeError):
            return problem(
                QT_TRANSLATE_NOOP("Domain", "Not a date: write 2012, 07.2016 or 08.12.1999")
            )
    elif kind is Kind.REF:
        if value in (None, ""):
            result = None
        elif isinstance(value, int) and not isinstance(value, bool) and value > 0:
            result = value
        else:
            return problem(QT_TRANSLATE_NOOP("Domain", "Pick a record from the list"))
    elif kind is Kind.MULTI_CHOICE:
        codes = value if isinstance(value, list | tuple) else (_clean_text(value) or "").split(",")
        codes = [str(c).strip() for c in codes if str(c).strip()]
        unknown = [c for c in codes if field.choices is not None and c not in field.choices]
        if unknown:
            return problem(
                QT_TRANSLATE_NOOP("Domain", "Unknown value: {value}"), value=", ".join(unknown)
            )
        result = ",".join(codes) or None
    else:
        result = _clean_text(value)
        if result is not None and len(result) > MAX_TEXT:
            return problem(
                QT_TRANSLATE_NOOP("Domain", "Too long: at most {limit} characters"),
                limit=str(MAX_TEXT),
            )
        if result is None:
            pass
        elif kind in (Kind.CHOICE, Kind.STATUS):
            if field.choices is not None and result not in field.choices:
                return problem(QT_TRANSLATE_NOOP("Domain", "Unknown value: {value}"), value=result)
        elif kind is Kind.COUNTRY:
            # a country an import adds in the same transaction is one already
            code = value if isinstance(value, NewCountry) else find_country(result)
            if code is None:
                message = QT_TRANSLATE_NOOP("Domain", "Unknown country: {value}")
                return problem(message, value=result)
            result = code
        elif kind is Kind.EMAIL:
            try:
                result = normalise_email(result)
            except ValueError:  # email-validator's EmailNotValidError is one
                return problem(QT_TRANSLATE_NOOP("Domain", "Not a valid e-mail address"))
        elif kind is Kind.PHONES:
            try:
                result = _clean_phones(result) or None
            except ValueError:
                return problem(
                    QT_TRANSLATE_NOOP(
                        "Domain", "Not a valid phone number; write it as +7 912 345-67-89"
                    )
                )
    if result is None and field.required:
        return None, Problem(field.name, QT_TRANSLATE_NOOP("Domain", "Required"))
    return result, None


def _clean_fields(
    fields: tuple[Field, ...],
    values: Mapping[str, Any],
    problems: list[Problem],
    child: str | None = None,
    row: int | None = None,
) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for field in fields:
        if not field.editable:
            continue
        raw = values.get(field.name, field.default if field.name not in values else None)
        result, problem = clean_value(field, raw)
        cleaned[field.name] = result
        if problem is not None:
            problems.append(Problem(problem.field, problem.message, problem.params, child, row))
    return cleaned


def _clean_child(
    child: Child,
    rows: list[Mapping[str, Any]],
    problems: list[Problem],
    record: Mapping[str, Any],
) -> tuple[list, list]:
    """The cleaned rows, and the same with every cell that failed its own check as None."""
    cleaned = [
        _clean_fields(child.fields, row, problems, child.name, i) for i, row in enumerate(rows)
    ]
    own = [p for p in problems if p.child == child.name]
    bad_cells = {(p.row, p.field) for p in own}
    # The list's rules see a cell that failed its own field check as empty: a date still
    # being typed ("1", "12.0") is never compared with real dates.
    checked = [
        {name: None if (i, name) in bad_cells else value for name, value in row.items()}
        for i, row in enumerate(cleaned)
    ]
    rows_with_problems = {p.row for p in own}
    issues = child.check(checked) if child.check is not None else []
    if child.check_record is not None:
        issues += child.check_record(checked, record)
    for issue in issues:
        if issue.row not in rows_with_problems:  # a bad cell is reported once
            problem = Problem(issue.field, issue.message, issue.params, child.name, issue.row)
            problems.append(problem)
    return cleaned, checked


def _agree(value: Any, stated: Any) -> bool:
    """The same value, or dates one of which lies within the other: «08.12.1999» in the
    field and «1999» in the history say the same, only one more precisely."""
    if value == stated:
        return True
    mine, theirs = date_bounds(value), date_bounds(stated)
    if mine is None or theirs is None:
        return False
    return (theirs[0] <= mine[0] and mine[1] <= theirs[1]) or (
        mine[0] <= theirs[0] and theirs[1] <= mine[1]
    )


def _link(child: Child, rows: list, cleaned: dict[str, Any], problems: list[Problem]) -> None:
    """The parent fields the child list states too: filled when empty, checked when not."""
    for link in child.linked:
        stated = link.compute(rows)
        if stated is None or any(p.field == link.field and p.child is None for p in problems):
            continue
        if cleaned.get(link.field) is None:
            cleaned[link.field] = stated
        elif not _agree(cleaned[link.field], stated):
            shown = f"{stated:%d.%m.%Y}" if isinstance(stated, date) else str(stated)
            problems.append(Problem(link.field, link.message, (("value", shown),)))


def derive(entity: Entity, cleaned: dict[str, Any]) -> dict[str, Any]:
    """Fill the fields computed from child lists (an agreement's status from its history)
    and from other fields (an agreement's end from its term as written)."""
    for child in entity.children:
        if child.derived is not None:
            cleaned[child.derived.field] = child.derived.compute(cleaned.get(child.name) or [])
    return entity.derive(cleaned) if entity.derive is not None else cleaned


def clean(entity: Entity, values: Mapping[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    """Normalise every field and child list of a record, fill the derived fields; list what
    keeps it from saving."""
    problems: list[Problem] = []
    cleaned = _clean_fields(entity.fields, values, problems)
    for child in entity.children:
        rows, checked = _clean_child(child, list(values.get(child.name) or []), problems, cleaned)
        cleaned[child.name] = rows
        _link(child, checked, cleaned, problems)

    cleaned = derive(entity, cleaned)
    if entity.date_range:
        first, last = (date_bounds(cleaned.get(name)) for name in entity.date_range)
        if first and last and last[1] < first[0]:
            end = entity.date_range[1]
            problems.append(
                Problem(end, QT_TRANSLATE_NOOP("Domain", "The end date is before the start date"))
            )
    return cleaned, problems
