"""Import of a registry from .xlsx: read everything and validate every row into a plan; the
plan is written (all of it in one transaction, or nothing) by ``services.importing``.

Accepted: our own export, our empty template, or an office's own sheet whose headers match
the Russian or English column names (case and spaces aside), with a title block above the
header row allowed. Fully empty rows are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.fields import Kind
from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from ..domain.text import normalise_text
from ..domain.validation import clean
from ..services import Services
from .columns import (
    CHILD_SEPARATOR,
    CellError,
    Codec,
    SheetColumn,
    header,
    normalise_header,
    sheet_columns,
)
from .exporter import LISTS_SHEET, reference_names
from .isolated import read_sheets

HEADER_SEARCH_ROWS = 30


def plain(value: Any) -> Any:
    """A cell as the user typed it: calamine reads every number as a float, and an id or a
    count shown as "1.0" is not what the sheet says."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


@dataclass(frozen=True)
class ImportProblem:
    sheet: str
    row: int | None  # as Excel numbers rows, from 1
    column: str | None  # the header as written in the file
    value: Any
    message: str  # English source text with {placeholders}
    params: tuple[tuple[str, str], ...] = ()

    def text(self, language: str = "en") -> str:
        where = translate(QT_TRANSLATE_NOOP("Domain", 'sheet "{sheet}"'), language).format(
            sheet=self.sheet
        )
        if self.row is not None:
            where += ", " + translate(QT_TRANSLATE_NOOP("Domain", "row {row}"), language).format(
                row=self.row
            )
        if self.column:
            where += ", " + translate(
                QT_TRANSLATE_NOOP("Domain", 'column "{column}"'), language
            ).format(column=self.column)
        if self.value not in (None, ""):
            where += f" ({str(plain(self.value))[:60]!r})"
        params = {k: translate(v, language) for k, v in self.params}
        return f"{where}: {translate(self.message, language).format(**params)}"


@dataclass
class ImportPlan:
    kind: str
    path: Path
    sheet: str = ""
    header_row: int = 0
    mapping: list[tuple[str, SheetColumn | None]] = field(default_factory=list)
    preview: list[list[Any]] = field(default_factory=list)
    creates: list[tuple[int, int | None, dict[str, Any]]] = field(default_factory=list)
    updates: list[tuple[int, int, dict[str, Any]]] = field(default_factory=list)
    duplicates: list[tuple[int, int, dict[str, Any]]] = field(default_factory=list)
    unchanged: list[tuple[int, int]] = field(default_factory=list)  # (row, id): same as stored
    problems: list[ImportProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _rows(path: Path) -> list[tuple[str, list[list[Any]]]]:
    # checked first (excel/untrusted.py), then read in a child process (excel/isolated.py)
    return read_sheets(path, skip=frozenset({LISTS_SHEET}))


class RegistryImporter:
    def __init__(self, services: Services, kind: str, language: str) -> None:
        self.services, self.kind, self.language = services, kind, language
        self.registry = services[kind]
        self.entity = self.registry.entity
        self.columns = sheet_columns(self.entity)
        self.titles = _Titles(services, reference_names(services, kind))
        self.codec = Codec(language, self.titles)
        self.by_header: dict[str, SheetColumn] = {}
        for column in self.columns:
            for text in (header(column, "ru"), header(column, "en"), column.key):
                self.by_header[normalise_header(text)] = column

    def _find_header(self, rows: list[list[Any]]) -> int | None:
        best, best_count = None, 1
        for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
            count = sum(1 for cell in row if normalise_header(cell) in self.by_header)
            if count > best_count:
                best, best_count = index, count
        return best

    def read(self, path: Path | str) -> ImportPlan:
        path = Path(path)
        plan = ImportPlan(self.kind, path)
        sheets = _rows(path)
        for name, rows in sheets:
            header_index = self._find_header(rows)
            if header_index is not None:
                plan.sheet, plan.header_row = name, header_index + 1
                self._read_sheet(plan, rows, header_index)
                return plan
        expected = ", ".join(header(c, self.language) for c in self.columns[1:6])
        plan.sheet = sheets[0][0] if sheets else ""
        plan.problems.append(
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

    def _problem(
        self,
        plan: ImportPlan,
        row: int,
        column: str | None,
        value: Any,
        message: str,
        **params: str,
    ) -> None:
        plan.problems.append(
            ImportProblem(plan.sheet, row, column, plain(value), message, tuple(params.items()))
        )

    def _read_sheet(self, plan: ImportPlan, rows: list[list[Any]], header_index: int) -> None:
        headers = rows[header_index]
        plan.mapping = [
            (str(h), self.by_header.get(normalise_header(h))) for h in headers if str(h).strip()
        ]
        positions: dict[str, int] = {}
        header_of: dict[str, str] = {}  # column key -> its header as written in the file
        for index, text in enumerate(headers):
            column = self.by_header.get(normalise_header(text))
            if column is not None and column.key not in positions:
                positions[column.key], header_of[column.key] = index, str(text)
        for field_ in self.entity.fields:
            if (
                field_.required
                and field_.name not in positions
                and f"{field_.name}__id" not in positions
            ):
                self._problem(
                    plan,
                    plan.header_row,
                    None,
                    None,
                    QT_TRANSLATE_NOOP("Domain", 'Required column "{name}" is missing'),
                    name=translate(field_.label, self.language),
                )
        if plan.problems:
            return  # without a required column every row would repeat the same complaint
        data = [(header_index + 2 + i, row) for i, row in enumerate(rows[header_index + 1 :])]
        data = [(number, row) for number, row in data if any(str(cell).strip() for cell in row)]
        plan.preview = [[plain(cell) for cell in row] for _, row in data[:20]]
        file_ids = set()
        self._known: dict[str, set[int]] = {}
        if "id" in positions:
            for _, row in data:
                raw = row[positions["id"]] if positions["id"] < len(row) else None
                if isinstance(raw, int | float) and float(raw).is_integer():
                    file_ids.add(int(raw))
        existing_ids = set(self.titles.get(self.kind) or self.registry.all_ids())
        lookups = _Lookups(self.titles)
        natural = self.registry.natural_keys()
        for number, row in data:
            self._read_row(
                plan, number, row, positions, header_of, existing_ids, file_ids, lookups, natural
            )

    def _known_ids(self, ref: str, file_ids: set[int]) -> set[int]:
        """Ids a reference to ``ref`` may name: built once per file, not once per cell."""
        known = self._known.get(ref)
        if known is None:
            known = set(self.titles.get(ref, {}))
            self._known[ref] = known | file_ids if ref == self.kind else known
        return self._known[ref]

    def _read_row(
        self,
        plan: ImportPlan,
        number: int,
        row: list[Any],
        positions: dict[str, int],
        header_of: dict[str, str],
        existing_ids: set[int],
        file_ids: set[int],
        lookups: dict[str, dict[str, list[int]]],
        natural: dict[tuple[Any, ...], int],
    ) -> None:
        def cell(key: str) -> Any:
            index = positions.get(key)
            return row[index] if index is not None and index < len(row) else None

        before = len(plan.problems)
        values: dict[str, Any] = {}
        record_id = None
        raw_id = cell("id")
        if raw_id not in (None, ""):
            try:
                record_id = int(float(raw_id))
            except (TypeError, ValueError):
                self._problem(
                    plan,
                    number,
                    header_of.get("id"),
                    raw_id,
                    QT_TRANSLATE_NOOP("Domain", "Not an id number"),
                )
        for field_ in self.entity.fields:
            if field_.kind is Kind.STATUS:
                continue  # derived from the history, never imported
            id_key = f"{field_.name}__id"
            if field_.name not in positions and id_key not in positions:
                continue
            try:
                if field_.kind is Kind.REF:
                    values[field_.name] = self.codec.read_ref(
                        field_,
                        cell(field_.name),
                        cell(id_key),
                        lookups[field_.ref or ""],
                        self._known_ids(field_.ref or "", file_ids),
                    )
                else:
                    values[field_.name] = self.codec.read(field_, cell(field_.name))
            except CellError as error:
                column = field_.name if field_.name in positions else id_key
                self._problem(
                    plan, number, header_of.get(column), cell(column), error.message, **error.params
                )
        for child in self.entity.children:
            if child.name in positions:
                values[child.name] = self._read_child(
                    plan, number, header_of[child.name], child, cell(child.name), lookups, file_ids
                )
        if len(plan.problems) > before:
            return
        update = record_id is not None and record_id in existing_ids
        stored = self.registry.get(record_id) if update and record_id is not None else {}
        merged = {**stored, **values} if update else values
        cleaned, problems = clean(self.entity, merged)
        for problem in problems:
            key = problem.child or problem.field
            column = (
                header_of.get(key)
                or header_of.get(f"{key}__id")
                or translate(
                    self.entity.field(key).label if not problem.child else key, self.language
                )
            )
            self._problem(
                plan,
                number,
                column,
                merged.get(key) if not problem.child else None,
                problem.message,
                **dict(problem.params),
            )
        if problems:
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

    def _read_child(
        self,
        plan: ImportPlan,
        number: int,
        column: str,
        child: Any,
        raw: Any,
        lookups: dict[str, dict[str, list[int]]],
        file_ids: set[int],
    ) -> list[dict[str, Any]]:
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
                            lookups[field_.ref or ""],
                            self._known_ids(field_.ref or "", file_ids),
                        )
                    else:
                        entry[field_.name] = self.codec.read(field_, text)
                except CellError as error:
                    self._problem(plan, number, column, line, error.message, **error.params)
            result.append(entry)
        return result


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
    services: Services, kind: str, path: Path | str, language: str = "ru"
) -> ImportPlan:
    """Read and check a file; nothing is written."""
    return RegistryImporter(services, kind, language).read(path)


def write_problems(problems: list[ImportProblem], path: Path | str, language: str = "ru") -> Path:
    """The error list as a workbook the office can work through."""
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from .files import safe_value, save_atomically, set_text_type

    workbook = Workbook()
    ws = workbook.active
    assert isinstance(ws, Worksheet)  # a new workbook's one sheet
    ws.title = translate(QT_TRANSLATE_NOOP("Domain", "Problems"), language)[:31]
    ws.append(
        [
            translate(text, language)
            for text in (
                QT_TRANSLATE_NOOP("Domain", "Sheet"),
                QT_TRANSLATE_NOOP("Domain", "Row"),
                QT_TRANSLATE_NOOP("Domain", "Column"),
                QT_TRANSLATE_NOOP("Domain", "Value"),
                QT_TRANSLATE_NOOP("Domain", "What is wrong"),
            )
        ]
    )
    for problem in problems:
        params = {k: translate(v, language) for k, v in problem.params}
        ws.append(
            [
                problem.sheet,
                problem.row,
                problem.column,
                None if problem.value is None else str(problem.value),
                translate(problem.message, language).format(**params),
            ]
        )
    for row in ws.iter_rows():
        for cell in row:
            cell.value = safe_value(cell.value)
            set_text_type(cell)
    for letter, width in zip("ABCDE", (16, 8, 24, 30, 70), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    return save_atomically(workbook, path)
