"""Import of a registry from .xlsx: read everything and validate every row into a plan; the
plan is written (all of it in one transaction, or nothing; or, asked to, the good rows) by
``services.importing``.

Accepted: our own export, our empty template, or an office's own register: a title block, a
header over one or two rows with merged group cells, column-number, section, total and
footnote rows (skipped and listed, ``layout.py``), cells merged down over their group;
headers recognised by label, synonym or the user's mapping (``headers.py``), values as the
office writes them (``row_values.py``), names matched to records or to be created
(``reconcile.py``). Columns with no field are listed and kept in the notes.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.entities import ALL
from ..domain.fields import Kind
from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.text import normalise_text
from ..domain.validation import clean
from ..services import Services
from .columns import CHILD_SEPARATOR, CellError, Codec, header, sheet_columns
from .exporter import LISTS_SHEET, reference_names
from .headers import HeaderMatcher
from .isolated import read_sheets
from .layout import SheetLayout, carry_merged, read_layout
from .plan import ERROR, WARNING, ImportPlan, ImportProblem, SkippedRow, plain
from .problem_book import write_problems
from .reconcile import COUNTRIES, Resolver
from .row_values import RowReader

LATER_REFERENCE = QT_TRANSLATE_NOOP(
    "Domain",
    "Names a record of a registry imported after this one: left empty; import this file "
    "again once that registry is imported",
)

__all__ = ["ImportPlan", "ImportProblem", "RegistryImporter", "read_import", "write_problems"]


def _preview(value: Any) -> Any:
    """A cell as the preview shows it: a date as dd.mm.yyyy, a whole number without ".0"."""
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return plain(value)


def _sheets(path: Path) -> list[tuple[str, list[list[Any]], list[Any]]]:
    # checked first (excel/untrusted.py), then read in a child process (excel/isolated.py)
    return read_sheets(path, skip=frozenset({LISTS_SHEET}))


class RegistryImporter:
    def __init__(
        self,
        services: Services,
        kind: str,
        language: str,
        mapping: Mapping[str, str] | None = None,
        create_missing: bool = False,
        choices: Mapping[str, Mapping[str, Any]] | None = None,
        sheet: str | None = None,
    ) -> None:
        self.services, self.kind, self.language = services, kind, language
        self.sheet = sheet  # the sheet asked for (``--sheet``), else the best one
        self.registry = services[kind]
        self.entity = self.registry.entity
        self.columns = sheet_columns(self.entity)
        self.titles = _Titles(
            services, reference_names(services, kind) | {"regions", "organisations"}
        )
        self.codec = Codec(language, self.titles)
        self.mapping, self.choices = dict(mapping or {}), dict(choices or {})
        self.matcher = HeaderMatcher(self.entity, mapping)
        free_codes = services.custom_countries.free_codes() if create_missing or choices else []
        self.resolver = Resolver(self.titles, create_missing, choices, free_codes)
        self.lookups = _Lookups(self.titles)
        self._known: dict[str, set[int]] = {}
        self._governments: dict[int, list[int]] | None = None
        self.file_ids: set[int] = set()

    def read(self, path: Path | str) -> ImportPlan:
        path = Path(path)
        self.plan = plan = ImportPlan(self.kind, path)
        plan.user_mapping = dict(self.mapping)
        plan.choices = {registry: dict(names) for registry, names in self.choices.items()}
        sheets = _sheets(path)
        chosen = self._choose_sheet(sheets)
        if chosen is not None:
            name, rows, merges, layout = chosen
            plan.sheet, plan.header_row = name, layout.header_rows[-1] + 1
            self._read_sheet(rows, merges, layout)
            return plan
        if plan.problems:
            return plan
        expected = ", ".join(header(c, self.language) for c in self.columns[1:6])
        plan.sheet = sheets[0][0] if sheets else ""
        plan.add(
            ImportProblem(
                plan.sheet,
                None,
                None,
                None,
                QT_TRANSLATE_NOOP(
                    "Domain", "No header row found: expected columns such as {expected}"
                ),
                (("expected", expected),),
            )
        )
        return plan

    def _choose_sheet(
        self, sheets: list[tuple[str, list[list[Any]], list[Any]]]
    ) -> tuple[str, list[list[Any]], list[Any], SheetLayout] | None:
        """The sheet holding this registry: the one asked for, else the one whose header
        has every required column and the most columns this registry knows («Соглашения»
        beside «Побратимы»); a problem naming them when two are as good."""
        ranked = []
        for name, rows, merges in sheets:
            if self.sheet is not None and name != self.sheet:
                continue
            layout = read_layout(rows, merges, self.matcher.known)
            if layout is not None:
                targets = {m.target for m in self.matcher.match(layout.headers)}
                complete = not self._required_missing(targets, layout)
                known = sum(1 for cell in layout.headers if self.matcher.known(cell))
                ranked.append(((complete, known), name, rows, merges, layout))
        names = "«" + "», «".join(name for name, _, _ in sheets) + "»"
        if self.sheet is not None and not any(name == self.sheet for name, _, _ in sheets):
            self.plan.add(
                ImportProblem(self.sheet, None, None, None, _NO_SUCH_SHEET, (("sheets", names),))
            )
            return None
        if not ranked:
            return None
        best = max(rank for rank, *_ in ranked)
        ties = [name for rank, name, *_ in ranked if rank == best]
        if len(ties) > 1 and best[0]:
            self.plan.sheet = ties[0]
            listed = "«" + "», «".join(ties) + "»"
            self.plan.add(
                ImportProblem(ties[0], None, None, None, _SHEETS_ALIKE, (("sheets", listed),))
            )
            return None
        _, name, rows, merges, layout = next(item for item in ranked if item[0] == best)
        return name, rows, merges, layout

    def _required_missing(self, targets: set[str], layout: SheetLayout) -> list[Any]:
        """The required fields no column of the header gives."""
        missing = []
        for field_ in self.entity.fields:
            given = {field_.name, f"{field_.name}__id"} & targets
            if field_.required and field_.default is None and not given:
                regions = {f"{f.name}{end}" for f in self.entity.fields if f.ref == "regions"
                           for end in ("", "__id")}  # fmt: skip
                if field_.kind is Kind.COUNTRY and (layout.sections or regions & targets):
                    continue  # the section rows or the partners name the country (row by row)
                missing.append(field_)
        return missing

    def problem(
        self,
        row: int | None,
        column: str | None,
        value: Any,
        message: str,
        level: str = ERROR,
        **params: str,
    ) -> None:
        self.plan.add(
            ImportProblem(
                self.plan.sheet, row, column, plain(value), message, tuple(params.items()), level
            )
        )

    def _read_sheet(self, grid: list[list[Any]], merges: list[Any], layout: SheetLayout) -> None:
        plan = self.plan
        self.grid = grid
        filled = carry_merged(grid, merges)
        plan.columns = self.matcher.match(layout.headers)
        plan.headers = [cell.text for cell in layout.headers]
        by_key = {c.key: c for c in self.columns}
        plan.mapping = [(m.text, by_key.get(m.target)) for m in plan.columns]
        plan.skipped = [SkippedRow(s.row + 1, s.reason.value, s.text) for s in layout.skipped]
        targets = {m.target for m in plan.columns}
        for field_ in self._required_missing(targets, layout):
            self.problem(
                plan.header_row,
                None,
                None,
                QT_TRANSLATE_NOOP("Domain", 'Required column "{name}" is missing'),
                name=translate(field_.label, self.language),
            )
        if plan.problems:
            return  # without a required column every row would repeat the same complaint
        data = [(r + 1, filled[r]) for r in layout.records]
        plan.preview = [[_preview(cell) for cell in row] for _, row in data[:20]]
        reader = RowReader(self, plan.columns)
        if "id" in targets:
            position = next(m.index for m in plan.columns if m.target == "id")
            for _, row in data:
                raw = row[position] if position < len(row) else None
                if isinstance(raw, int | float) and float(raw).is_integer():
                    self.file_ids.add(int(raw))
        existing_ids = set(self.titles.get(self.kind) or self.registry.all_ids())
        natural = self.registry.natural_keys()
        for r, row in zip(layout.records, (row for _, row in data), strict=True):
            before = len(plan.problems)
            self._read_row(reader, r + 1, row, layout.sections.get(r, ""), existing_ids, natural)
            if len(plan.problems) > before:
                plan.bad_rows[r + 1] = list(grid[r]) if r < len(grid) else []
        self._check_missing()

    def _check_missing(self) -> None:
        """Records to create must be valid records themselves (a region needs its country)."""
        plan = self.plan
        plan.missing = list(self.resolver.missing.values())
        plan.unresolved = list(self.resolver.unresolved.values())
        for missing in plan.missing:
            if missing.registry == COUNTRIES:
                continue  # a name is all a country of the office's own needs
            entity = self.services[missing.registry].entity
            _, problems = clean(entity, missing.values)
            for problem in problems:
                for row in missing.rows:
                    self.problem(
                        row,
                        None,
                        missing.name,
                        QT_TRANSLATE_NOOP(
                            "Domain", "Cannot be created in “{registry}”: {field}: {what}"
                        ),
                        registry=entity.plural,
                        field=entity.field(problem.field).label,
                        what=problem.message,
                    )
                    plan.bad_rows.setdefault(row, list(self.grid[row - 1]))

    def governments(self) -> dict[int, list[int]]:
        """Region id -> the foreign regional governments in it, read once per file and only
        for a file whose parties name a region."""
        if self._governments is None:
            self._governments = {}
            for org in self.services["organisations"].all_values():
                region, kind = org.get("region_id"), org.get("kind")
                if region and kind == "regional_government" and org.get("side") != "ours":
                    self._governments.setdefault(region, []).append(org["id"])
        return self._governments

    def known_ids(self, ref: str) -> set[int]:
        """Ids a reference to ``ref`` may name: built once per file, not once per cell."""
        known = self._known.get(ref)
        if known is None:
            known = set(self.titles.get(ref, {}))
            self._known[ref] = known | self.file_ids if ref == self.kind else known
        return self._known[ref]

    def _read_row(
        self,
        reader: RowReader,
        number: int,
        row: list[Any],
        section: str,
        existing_ids: set[int],
        natural: dict[tuple[Any, ...], int],
    ) -> None:
        plan = self.plan
        result = reader.read(number, row, section)
        values, record_id = result.values, result.record_id
        if result.notes:
            kept = "\n".join(result.notes)
            values["notes"] = f"{values['notes']}\n{kept}" if values.get("notes") else kept
        update = record_id is not None and record_id in existing_ids and not result.failed
        stored = self.registry.get(record_id) if update and record_id is not None else {}
        merged = {**stored, **values} if update else values
        cleaned, problems = clean(self.entity, merged)
        for problem in problems:
            key = problem.child or problem.field
            if key in result.failed or f"{key}__id" in result.failed:
                continue  # its cell's own problem is listed already
            column = reader.column_of(key) or translate(
                self.entity.field(key).label if not problem.child else key, self.language
            )
            self.problem(
                number,
                column,
                merged.get(key) if not problem.child else None,
                problem.message,
                **dict(problem.params),
            )
        if result.failed or problems:
            return
        if update:
            if self._same_as_stored(stored, cleaned, values):
                plan.unchanged.append((number, record_id))  # type: ignore[arg-type]
            else:
                plan.updates.append((number, record_id, values))  # type: ignore[arg-type]
            return
        natural_key = tuple(cleaned.get(name) for name in self.entity.natural_key)
        duplicate = natural.get(natural_key)
        if duplicate is not None and all(v is not None for v in natural_key):
            plan.duplicates.append((number, duplicate, values))
        else:
            plan.creates.append((number, record_id, cleaned))  # checked once, not again

    def _same_as_stored(
        self, stored: dict[str, Any], cleaned: dict[str, Any], values: dict[str, Any]
    ) -> bool:
        """Whether the row's cleaned values are what the record already holds (a re-import
        of our own export changes nothing), compared cleaned with cleaned."""
        before, problems = clean(self.entity, stored)
        if problems:
            return False  # a stored record that no longer passes: the row mends it
        return all(before.get(key) == cleaned.get(key) for key in values)

    def read_child(self, number: int, column: str, child: Any, raw: Any) -> list[dict[str, Any]]:
        """A child list as our export writes it: a line per row, cells joined by « | »."""
        result = []
        for line in str(raw or "").splitlines():
            if not line.strip():
                continue
            parts = [p.strip() for p in line.split(CHILD_SEPARATOR.strip())]
            entry: dict[str, Any] = {}
            for position, field_ in enumerate(child.fields):
                text = parts[position] if position < len(parts) else ""
                try:
                    if field_.kind is Kind.REF:
                        entry[field_.name] = self.codec.read_ref(
                            field_,
                            text,
                            None,
                            self.lookups[field_.ref or ""],
                            self.known_ids(field_.ref or ""),
                        )
                    else:
                        entry[field_.name] = self.codec.read(field_, text)
                except CellError as error:
                    if field_.kind is Kind.REF and self._imported_later(field_.ref or ""):
                        entry[field_.name] = None  # named again by a second import
                        self.problem(number, column, text, LATER_REFERENCE, WARNING)
                        continue
                    self.problem(number, column, line, error.message, **error.params)
            result.append(entry)
        return result

    def _imported_later(self, registry: str) -> bool:
        """Whether ``registry`` comes after this one in the order registries are imported
        (an agreement's result names a delegation, a delegation the agreements it signed)."""
        order = [entity.name for entity in ALL]
        return order.index(registry) > order.index(self.kind)


class _Titles(dict[str, dict[int, str]]):
    """Registry name -> id -> title of the registries an import may refer to, each read the
    first time it is asked for (100,000 organisations are not read for a file naming none)."""

    def __init__(self, services: Services, names: set[str]) -> None:
        super().__init__()
        self.services, self.names = services, names

    def get(self, name: str, default: Any = None) -> Any:
        if name in self.names and not super().__contains__(name):
            self[name] = self.services[name].all_titles()
        return super().get(name, default)


class _Lookups(dict[str, dict[str, list[int]]]):
    """Registry name -> folded title -> ids, made the first time a cell names such a record
    (100,000 organisations are not folded for a file that names none)."""

    def __init__(self, titles: _Titles) -> None:
        super().__init__()
        self.titles = titles

    def __missing__(self, registry: str) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for record_id, title in self.titles.get(registry, {}).items():
            # the cells are read normalised: so are the titles they are matched with
            found.setdefault(normalise_text(title).strip().casefold(), []).append(record_id)
        self[registry] = found
        return found


def read_import(
    services: Services,
    kind: str,
    path: Path | str,
    language: str = "ru",
    mapping: Mapping[str, str] | None = None,
    create_missing: bool = False,
    choices: Mapping[str, Mapping[str, Any]] | None = None,
    sheet: str | None = None,
) -> ImportPlan:
    """Read and check a file; nothing is written."""
    return RegistryImporter(services, kind, language, mapping, create_missing, choices, sheet).read(
        path
    )


_NO_SUCH_SHEET = QT_TRANSLATE_NOOP("Domain", "No such sheet in the file; its sheets are {sheets}")
_SHEETS_ALIKE = QT_TRANSLATE_NOOP(
    "Domain",
    "The sheets {sheets} could each be this registry: name the one to read with --sheet, "
    "or keep one of them in the file",
)
