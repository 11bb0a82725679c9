"""What reading a workbook found: the records it would write, the rows it skipped and why,
the columns it could not place, the names it could not find, and every problem — grouped by
kind for the reader ("18 rows: unknown country «КНР»")."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from .columns import SheetColumn
    from .headers import ColumnMatch
    from .reconcile import Missing, Unresolved

ERROR, WARNING, NOTE = "error", "warning", "note"

SKIP_REASONS = {
    "numbers": QT_TRANSLATE_NOOP("Domain", "the column numbers under the header"),
    "section": QT_TRANSLATE_NOOP("Domain", "a section heading"),
    "total": QT_TRANSLATE_NOOP("Domain", "a total row"),
    "footnote": QT_TRANSLATE_NOOP("Domain", "a footnote below the total"),
}


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
    level: str = ERROR  # ERROR keeps the row out; WARNING and NOTE are for the reader

    def what(self, language: str = "en") -> str:
        """The message alone, translated: «Unknown country»."""
        params = {k: translate(v, language) for k, v in self.params}
        return translate(self.message, language).format(**params)

    def text(self, language: str = "en") -> str:
        where = translate(QT_TRANSLATE_NOOP("Domain", 'sheet "{sheet}"'), language).format(
            sheet=self.sheet
        )
        if self.row is not None:
            where += ", " + translate(QT_TRANSLATE_NOOP("Domain", "row {row}"), language).format(
                row=int(self.row)
            )
        if self.column:
            where += ", " + translate(
                QT_TRANSLATE_NOOP("Domain", 'column "{column}"'), language
            ).format(column=self.column)
        if self.value not in (None, ""):
            where += f" ({str(plain(self.value))[:60]!r})"
        return f"{where}: {self.what(language)}"


@dataclass(frozen=True)
class SkippedRow:
    row: int  # as Excel numbers rows
    reason: str  # a key of SKIP_REASONS
    text: str

    def why(self, language: str) -> str:
        return translate(SKIP_REASONS[self.reason], language)


@dataclass
class ImportPlan:
    kind: str
    path: Path
    sheet: str = ""
    header_row: int = 0  # the header's last row, as Excel numbers rows
    columns: list[ColumnMatch] = field(default_factory=list)
    mapping: list[tuple[str, SheetColumn | None]] = field(default_factory=list)
    preview: list[list[Any]] = field(default_factory=list)
    creates: list[tuple[int, int | None, dict[str, Any]]] = field(default_factory=list)
    updates: list[tuple[int, int, dict[str, Any]]] = field(default_factory=list)
    duplicates: list[tuple[int, int, dict[str, Any]]] = field(default_factory=list)
    unchanged: list[tuple[int, int]] = field(default_factory=list)  # (row, id): same as stored
    problems: list[ImportProblem] = field(default_factory=list)  # errors
    warnings: list[ImportProblem] = field(default_factory=list)  # warnings and notes
    skipped: list[SkippedRow] = field(default_factory=list)
    missing: list[Missing] = field(default_factory=list)  # to create (--create-missing)
    unresolved: list[Unresolved] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)  # the header as written, per column
    bad_rows: dict[int, list[Any]] = field(default_factory=dict)  # row -> its cells, untouched
    # what the user said (remembered after the import): header -> target, and registry ->
    # folded name -> id or "notes"
    user_mapping: dict[str, str] = field(default_factory=dict)
    choices: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def kept_columns(self) -> list[str]:
        """Headers no field took: their values go to the notes."""
        from .headers import KEEP

        return [c.text for c in self.columns if c.target == KEEP]

    def add(self, problem: ImportProblem) -> None:
        (self.problems if problem.level == ERROR else self.warnings).append(problem)


def grouped(
    problems: list[ImportProblem], language: str, by_value: bool = True
) -> list[tuple[list[int], str]]:
    """(rows, "what") per kind of problem, the most frequent first: the same message about
    the same value in 18 rows is one line («Unknown country «КНР»»); ``by_value=False``
    makes one line of a message whatever the value, naming a few of them."""
    rows: dict[str, set[int]] = {}
    values: dict[str, list[str]] = {}
    for problem in problems:
        text = problem.what(language)
        value = "" if problem.value in (None, "") else f"«{str(plain(problem.value))[:60]}»"
        if by_value and value and value not in text:
            text += f" {value}"
        if problem.column:
            text = f"{problem.column}: {text}"
        rows.setdefault(text, set()).update([] if problem.row is None else [int(problem.row)])
        if value and value not in values.setdefault(text, []):
            values[text].append(value)
    if not by_value:
        rows = {
            (f"{t} ({', '.join(values[t][:3])}{', …' if len(values[t]) > 3 else ''})"
             if values.get(t) else t): r
            for t, r in rows.items()
        }  # fmt: skip
    return sorted(((sorted(r), t) for t, r in rows.items()), key=lambda i: (-len(i[0]), i[1]))


def group_line(rows: list[int], what: str, language: str) -> str:
    """«18 row(s): Страна: Unknown country «КНР» (rows 5, 6, 9, …)»."""
    if not rows:
        return what
    if len(rows) == 1:
        return translate(QT_TRANSLATE_NOOP("Domain", "{what} (row {row})"), language).format(
            what=what, row=rows[0]
        )
    shown = ", ".join(str(r) for r in rows[:12]) + (", …" if len(rows) > 12 else "")
    return translate(
        QT_TRANSLATE_NOOP("Domain", "{count} row(s): {what} (rows {rows})"), language
    ).format(count=len(rows), what=what, rows=shown)
