"""The values of one record row of an office's sheet, as its words say them: dates in any
form with their precision, countries by any name (or from the partner), free-text parties,
a term in words, a status word; what has no field is kept in the notes. Every problem of the
row is collected, none stops the others."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from ..domain.countries import fold_name
from ..domain.fields import Field, Kind
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.partial_dates import (
    NoYearError,
    PartialDate,
    Precision,
    parse_partial_date,
    parse_term,
)
from ..domain.status_words import twin_step_of
from .columns import CHILD_SEPARATOR, CellError
from .headers import KEEP, SKIP, STATUS_WORD, TERM, ColumnMatch
from .office_dates import office_date
from .plan import NOTE, WARNING, plain
from .reconcile import (
    Found,
    PendingRef,
    country_of,
    fold_city,
    fold_place,
    place_and_country,
    region_values,
    split_parties,
)
from .status_steps import agreement_steps, twin_steps

# a twin pair's status as its history's last step leaves it
_TWIN_STATUS_OF = {
    "established": "active",
    "resumed": "active",
    "suspended": "dormant",
    "ended": "terminated",
}

if TYPE_CHECKING:
    from .importer import RegistryImporter

_COUNTRY_NOTES = {"корея": "KR", "korea": "KR"}  # read one way of two: said in the preview
_DASHES = {"", "-", "—", "–"}


@dataclass
class RowResult:
    values: dict[str, Any] = field(default_factory=dict)
    record_id: int | None = None
    notes: list[str] = field(default_factory=list)  # «header: value» lines for the notes
    failed: set[str] = field(default_factory=set)  # keys whose cells had an error


class RowReader:
    """Reads rows for one importer (its codec, resolver, matches and problems)."""

    def __init__(self, importer: RegistryImporter, matches: list[ColumnMatch]) -> None:
        self.imp = importer
        self.entity = importer.entity
        self.matches = matches
        self.by_target = {m.target: m for m in matches if m.target not in (KEEP, SKIP)}
        self._facts: dict[tuple[str, int], dict[str, Any]] = {}

    def fact(self, registry: str, record_id: int, name: str) -> Any:
        """A field of a record the row refers to (a region's country, a party's side)."""
        key = (registry, record_id)
        if key not in self._facts:
            self._facts[key] = self.imp.services[registry].get(record_id)
        return self._facts[key].get(name)

    def read(self, number: int, cells: list[Any], section: str) -> RowResult:
        result = RowResult()
        self.number, self.result = number, result
        first_problem = len(self.imp.plan.problems)

        def cell(target: str) -> Any:
            match = self.by_target.get(target)
            if match is None or match.index >= len(cells):
                return None
            value = cells[match.index]
            return value.strip() if isinstance(value, str) else value

        self.cell = cell
        raw_id = cell("id")
        if raw_id not in (None, ""):
            try:
                result.record_id = int(float(raw_id))
            except (TypeError, ValueError):
                self.error("id", raw_id, QT_TRANSLATE_NOOP("Domain", "Not an id number"))
        partials: dict[str, PartialDate] = {}
        country = self.entity.country_field
        if country and country in self.by_target:
            self._country(country, cell(country))
        for field_ in self.entity.fields:
            if field_.name == country or field_.kind is Kind.STATUS:
                continue
            if field_.name not in self.by_target and f"{field_.name}__id" not in self.by_target:
                continue
            value = cell(field_.name)
            try:
                if field_.kind in (Kind.DATE, _PARTIAL_DATE):
                    result.values[field_.name], partial = self._date(field_, value)
                    if partial is not None:
                        partials[field_.name] = partial
                elif field_.kind is Kind.REF:
                    result.values[field_.name] = self._ref(
                        field_, value, cell(f"{field_.name}__id"), section
                    )
                elif field_.kind is Kind.CHOICE and field_.name == self.entity.status_field:
                    result.values[field_.name] = self._status_choice(field_, value)
                else:
                    if field_.kind is Kind.TEXT and isinstance(value, str):
                        value = " ".join(value.split())  # a line break in a title's cell
                    result.values[field_.name] = self.imp.codec.read(field_, value)
            except CellError as error:
                self.error(field_.name, value, error.message, **error.params)
        if country and not result.values.get(country):
            self._country_from_partner(country, section)
        for child in self.entity.children:
            if child.name in self.by_target:
                result.values[child.name] = self._child(child, cell(child.name))
        if TERM in self.by_target and TERM not in {f.name for f in self.entity.fields}:
            self._term(cell(TERM), partials.get("signed_on"))  # no field of its own yet
        status_column = self.entity.status_field and self.entity.field(self.entity.status_field)
        history = next((c for c in self.entity.children if c.derived), None)
        if history is not None and history.name not in self.by_target:
            word = cell(STATUS_WORD) or (
                cell(status_column.name)
                if status_column and status_column.kind is Kind.STATUS
                else None
            )
            steps = None
            if self.entity.name == "agreements":
                # no status word: a signing date says it was signed (the report counts it)
                written = "подписано" if word in (None, "") else str(word)
                steps = agreement_steps(written, result.values, partials.get("signed_on"))
            elif word not in (None, ""):
                steps = twin_steps(str(word), result.values, history)
            if steps is not None:
                result.values[history.name] = steps
            elif word not in (None, ""):  # no step or date for it, or a twin's history
                key = STATUS_WORD if STATUS_WORD in self.by_target else self.entity.status_field
                self.keep(key or STATUS_WORD, word)
                self.warn(key or STATUS_WORD, word, _STATUS_KEPT)
        for match in self.matches:
            if match.target == KEEP and match.index < len(cells):
                value = plain(cells[match.index])
                if value not in (None, "") and str(value).strip():
                    result.notes.append(f"{match.text}: {_shown(value)}")
        # the row's problems in the order of its columns (the country was read first)
        order = {m.text: m.index for m in self.matches}
        problems = self.imp.plan.problems
        problems[first_problem:] = sorted(
            problems[first_problem:], key=lambda p: order.get(p.column or "", len(order))
        )
        return result

    # -- problems --------------------------------------------------------------------------

    def column_of(self, key: str) -> str | None:
        match = self.by_target.get(key) or self.by_target.get(f"{key}__id")
        return match.text if match else None

    def error(self, key: str, value: Any, message: str, **params: str) -> None:
        self.result.failed.add(key)
        self.imp.problem(self.number, self.column_of(key), value, message, **params)

    def warn(self, key: str, value: Any, message: str, level: str = WARNING, **params: str) -> None:
        self.imp.problem(self.number, self.column_of(key), value, message, level=level, **params)

    def keep(self, key: str, value: Any) -> None:
        self.result.notes.append(f"{self.column_of(key) or key}: {_shown(plain(value))}")

    # -- values ------------------------------------------------------------------------------

    def _date(self, field_: Field, value: Any) -> tuple[Any, PartialDate | None]:
        """A day date for the field; a month or year, or a date without its year, kept in
        the notes with a warning (the field stays empty) until the domain stores them."""
        written, quarter = value, False
        try:
            value, quarter = office_date(value)
            partial = parse_partial_date(value)
        except NoYearError:
            if not any(ch.isdigit() for ch in str(value)):  # «вчера» is no date in a register
                raise CellError(_NOT_A_DATE) from None
            self.keep(field_.name, value)
            self.warn(
                field_.name,
                value,
                QT_TRANSLATE_NOOP(
                    "Domain",
                    "The date has no year: the field is left empty, the text kept in the notes",
                ),
            )
            return None, None
        except (ValueError, TypeError):
            raise CellError(_NOT_A_DATE) from None
        if quarter:  # no precision holds a quarter: its year, and the text kept
            self.keep(field_.name, written)
            self.warn(field_.name, written, _QUARTER_READ)
        if partial is not None and field_.kind is _PARTIAL_DATE:
            return partial, partial  # the field holds it with its precision
        if partial is None or partial.precision is Precision.DAY:
            return (partial.start if partial else None), partial
        self.keep(field_.name, value)
        self.warn(
            field_.name,
            value,
            QT_TRANSLATE_NOOP(
                "Domain",
                "Known to the {precision} only: kept in the notes, the date field left empty",
            ),
            precision=_PRECISION_WORDS[partial.precision],
        )
        return None, partial

    def _country(self, name: str, value: Any) -> None:
        if value in (None, ""):
            return
        text = " ".join(str(plain(value)).split())
        if text in _DASHES:
            return
        found = self.imp.resolver.country(text, self.number)
        if found.to_notes:
            self.keep(name, text)
            return
        if found.value is None:
            self.error(
                name,
                text,
                QT_TRANSLATE_NOOP("Domain", "Unknown country: write its name or ISO code"),
            )
            return
        self.result.values[name] = found.value
        if fold_name(text) in _COUNTRY_NOTES:
            self.warn(
                name,
                text,
                QT_TRANSLATE_NOOP(
                    "Domain", "Read as the Republic of Korea (KR); the DPRK is written «КНДР»"
                ),
                level=NOTE,
            )

    def _country_from_partner(self, name: str, section: str) -> None:
        """A blank country: the partner region's, else the section's («КИТАЙСКАЯ НАРОДНАЯ
        РЕСПУБЛИКА» above the rows); else a problem when the field is required."""
        values = self.result.values
        for field_ in self.entity.fields:
            ref = values.get(field_.name)
            if field_.kind is Kind.REF and field_.ref == "regions" and isinstance(ref, int):
                found = (
                    ref.values.get("country_code")
                    if isinstance(ref, PendingRef)
                    else self.fact("regions", ref, "country_code")
                )
                if found:
                    values[name] = found
                    return
        from_section = country_of(section) if section else None
        if from_section:
            values[name] = from_section
        elif self.entity.field(name).required and name not in self.result.failed:
            self.error(
                name,
                None,
                QT_TRANSLATE_NOOP(
                    "Domain", "The country is not given, and the partner does not tell it"
                ),
            )

    def _ref(self, field_: Field, name: Any, record_id: Any, section: str) -> int | None:
        text = "" if name is None else str(plain(name)).strip()
        if record_id not in (None, "") or "[#" in text:
            return self.imp.codec.read_ref(
                field_,
                text,
                record_id,
                self.imp.lookups[field_.ref or ""],
                self.imp.known_ids(field_.ref or ""),
            )
        if not text or text in ("-", "—"):
            return None
        registry = field_.ref or ""
        if registry == "regions":  # «Харбин (КНР)»: the place, and the country if none
            text, named = place_and_country(text)
            country_field = self.entity.country_field
            if named and country_field and not self.result.values.get(country_field):
                self.result.values[country_field] = named
        country = self.result.values.get("country_code") or (
            country_of(section) if section else None
        )
        if registry == "regions":
            extra = region_values(text, country, city=self.entity.name == "twins")
        elif registry == "organisations":
            ours = field_.name.startswith("our_")
            extra = {
                "name_ru": text,
                "side": "ours" if ours else "foreign",
                "country_code": "RU" if ours else country,
                "kind": "municipality"
                if ours and self.entity.name == "twins"
                else "regional_government",
            }
        else:
            extra = {}
        fold = fold_name
        if registry == "regions":
            fold = fold_city if self.entity.name == "twins" else fold_place
        found = self.imp.resolver.find(registry, text, self.number, extra, fold)
        return self._found(field_.name, text, found)

    def _found(self, key: str, text: str, found: Found) -> int | None:
        if found.to_notes:
            self.keep(key, text)
        elif found.unresolved:
            self.error(
                key, text, QT_TRANSLATE_NOOP("Domain", "Not in the registry: «{name}»"), name=text
            )
        return found.value

    def _status_choice(self, field_: Field, value: Any) -> Any:
        try:
            return self.imp.codec.read(field_, value)
        except CellError:
            found = twin_step_of(str(value))
            code = _TWIN_STATUS_OF.get(found.step) if found is not None else None
            if code is None:
                raise
            self.keep(field_.name, value)  # «приостановлены польской стороной (апрель 2022)»
            return code

    def _child(self, child: Any, raw: Any) -> list[dict[str, Any]]:
        text = str(plain(raw) or "")
        if child.name != "parties" or CHILD_SEPARATOR.strip() in text or "[#" in text:
            return self.imp.read_child(self.number, self.column_of(child.name) or "", child, raw)
        rows = []
        parties = split_parties(text)
        org = next(f for f in child.fields if f.kind is Kind.REF)
        resolver = self.imp.resolver
        for position, name in enumerate(parties):
            side = "ours" if position == 0 and len(parties) > 1 else "foreign"
            found = resolver.existing(org.ref or "", name)
            region = None
            if found is None and side == "foreign":
                region = resolver.region_named(name, self.result.values.get("region_id"))
                government = self._government_of(region)
                found = Found(government) if government is not None else None
            if found is None:
                extra = {
                    "name_ru": name,
                    "side": side,
                    "country_code": "RU"
                    if side == "ours"
                    else self.result.values.get("country_code"),
                }
                if region is not None:  # the government of the region it names
                    extra.update(region_id=region, kind="regional_government")
                found = resolver.find(org.ref or "", name, self.number, extra)
            record_id = self._found(child.name, name, found)
            if record_id is None:
                continue
            if not isinstance(record_id, PendingRef):
                side = self.fact("organisations", record_id, "side") or side
            rows.append({"side": side, org.name: record_id})
        return rows

    def _government_of(self, region: Any) -> int | None:
        """The one foreign regional government the registry has in ``region``."""
        if region is None or isinstance(region, PendingRef):
            return None
        governments = self.imp.governments()
        found = governments.get(region, [])
        return found[0] if len(found) == 1 else None

    def _term(self, value: Any, signed: PartialDate | None) -> None:
        if value in (None, ""):
            return
        self.keep(TERM, value)  # the term as written, until the registry holds it
        try:
            term = parse_term(str(plain(value)), signed)
        except ValueError:
            self.warn(
                TERM,
                value,
                QT_TRANSLATE_NOOP("Domain", "The term could not be read: it is kept in the notes"),
            )
            return
        values = self.result.values
        if term.open_ended:
            values["open_ended"] = True
        if term.auto_prolongation:
            values["auto_prolongation"] = True
            values.setdefault("prolongation_terms", str(value))
        if term.end is not None and not values.get("valid_to"):
            values["valid_to"] = term.end.end
        if term.start is not None and term.start.precision is Precision.DAY:
            values.setdefault("valid_from", term.start.start)


# A field holding a date with its precision (the domain's Kind.PARTIAL_DATE, issue 12): it
# takes the PartialDate; a plain date field takes a day and keeps a month or year in the notes.
_PARTIAL_DATE = getattr(Kind, "PARTIAL_DATE", None)
_STATUS_KEPT = QT_TRANSLATE_NOOP(
    "Domain", "The status could not be placed in the history: it is kept in the notes"
)
_QUARTER_READ = QT_TRANSLATE_NOOP(
    "Domain", "A quarter is read as its year; the text is kept in the notes"
)
_NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Domain", "Not a date: write dd.mm.yyyy, «13 июля 1995 года», «июль 2016» or «2012»"
)
_PRECISION_WORDS = {
    Precision.MONTH: QT_TRANSLATE_NOOP("Domain", "month"),
    Precision.YEAR: QT_TRANSLATE_NOOP("Domain", "year"),
}


def _shown(value: Any) -> str:
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return " ".join(str(value).split())
