"""Which field each column of an office's sheet holds: by the field's label in either
language, the synonyms declared for it (``domain/entities/synonyms.py``), the user's own
mapping (``--map``, the window's mapping step, the choices remembered for the registry), with
case, ё/е and punctuation folded; the closest field suggested for the rest."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..domain.countries import fold_name
from ..domain.entities.synonyms import HEADER_SYNONYMS
from ..domain.fields import Entity
from ..domain.i18n import QT_TRANSLATE_NOOP, translate
from .columns import header, sheet_columns
from .layout import HeaderCell, is_row_number_header

TERM = "term"  # the import's own columns, beside the entity's (synonyms.py)
STATUS_WORD = "status_word"
SKIP = "skip"  # read nothing from it (the running number «№ п/п»)
_BRACKETED = re.compile(r"\([^()]*\)")
KEEP = "keep"  # no field: its values are kept in the record's notes as «header: value»

PSEUDO_LABELS = {
    TERM: QT_TRANSLATE_NOOP("Domain", "Term (as written)"),
    STATUS_WORD: QT_TRANSLATE_NOOP("Domain", "Status (as a word)"),
    SKIP: QT_TRANSLATE_NOOP("Domain", "(not read)"),
    KEEP: QT_TRANSLATE_NOOP("Domain", "(kept in the notes)"),
}


def fold_header(text: object) -> str:
    """A header reduced to its words: «Примечание*:» = «примечание», «Ё» = «е»."""
    return fold_name(str(text or "").replace("ё", "е").replace("Ё", "Е"))


@dataclass(frozen=True)
class ColumnMatch:
    index: int  # 0-based column in the sheet
    text: str  # the header as written (a two-row one joined: «Группа / Столбец»)
    target: str  # a sheet column's key, TERM, STATUS_WORD, SKIP or KEEP
    suggestion: str | None = None  # for KEEP: the closest field's key
    chosen: bool = False  # named by the user (or remembered), not recognised


class HeaderMatcher:
    """The targets of one entity's import and every spelling that names each."""

    def __init__(self, entity: Entity, user: Mapping[str, str] | None = None) -> None:
        self.entity = entity
        self.user = {fold_header(k): v for k, v in (user or {}).items()}
        self.spellings: dict[str, str] = {}  # folded spelling -> target
        for column in sheet_columns(entity):
            for text in (header(column, "ru"), header(column, "en"), column.key, column.label):
                self.spellings.setdefault(fold_header(text), column.key)
        for key, texts in HEADER_SYNONYMS.get(entity.name, {}).items():
            for text in texts:
                self.spellings.setdefault(fold_header(text), key)
        self.targets = {column.key for column in sheet_columns(entity)}
        self.targets |= set(HEADER_SYNONYMS.get(entity.name, {})) | {SKIP, KEEP}

    def recognised(self, cell: HeaderCell) -> str | None:
        bare = _BRACKETED.sub(" ", cell.column)  # «Город-побратим (страна)», «Дата (год)»
        for text in (cell.text, cell.column, bare):
            folded = fold_header(text)
            if folded in self.user:
                return self.user[folded]
            if folded in self.spellings:
                return self.spellings[folded]
        return SKIP if is_row_number_header(cell.column) else None

    def known(self, cell: HeaderCell) -> bool:
        """For finding the header row: a cell naming a field."""
        return self.recognised(cell) not in (None, SKIP)

    def suggest(self, text: str) -> str | None:
        """The field whose longest spelling the header contains («Примечания к документу»:
        notes), else the closest spelling."""
        folded = fold_header(text)
        inside = [s for s in self.spellings if len(s) >= 5 and f" {s} " in f" {folded} "]
        if inside:
            return self.spellings[max(inside, key=len)]
        close = difflib.get_close_matches(folded, list(self.spellings), 1, 0.75)
        return self.spellings[close[0]] if close else None

    def match(self, cells: list[HeaderCell]) -> list[ColumnMatch]:
        """One match per non-empty header; a field named twice is read from its first
        column, the second one kept in the notes."""
        taken: set[str] = set()
        result = []
        for index, cell in enumerate(cells):
            if not cell.text:
                continue
            target = self.recognised(cell)
            chosen = any(fold_header(t) in self.user for t in (cell.text, cell.column))
            if target is not None and target not in self.targets:
                target = None  # a remembered or typed mapping to a field that is gone
            if target is None or (target in taken and target not in (SKIP, KEEP)):
                suggestion = None if target in taken else self.suggest(cell.text)
                result.append(ColumnMatch(index, cell.text, KEEP, suggestion, chosen))
                continue
            taken.add(target)
            result.append(ColumnMatch(index, cell.text, target, None, chosen))
        return result

    def label(self, target: str, language: str) -> str:
        """What the preview calls a target."""
        if target in PSEUDO_LABELS:
            return translate(PSEUDO_LABELS[target], language)
        for column in sheet_columns(self.entity):
            if column.key == target:
                return header(column, language)
        return target


def parse_mapping(items: list[str]) -> dict[str, str]:
    """``--map "Срок действия=term"`` pairs; ValueError for one without «=»."""
    mapping = {}
    for item in items:
        text, sep, target = item.rpartition("=")
        if not sep or not text.strip() or not target.strip():
            raise ValueError(item)
        mapping[text.strip()] = target.strip()
    return mapping
