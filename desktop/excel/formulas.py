"""A template's formulas as Excel leaves them when rows are inserted under a repeated row.

Excel, inserting rows, moves every reference to a row below the insertion point down (an
absolute ``$A$6`` as well as a relative ``A6``, from any sheet), and a range that spans the
repeated row grows with it: ``=COUNTA(B4:B4)`` under a row 4 that became five rows counts
``B4:B8``. openpyxl's ``insert_rows`` moves the cells but not the formulas; this does the rest.
Copying the repeated row's own formula to each new row is openpyxl's ``Translator``.
"""

from __future__ import annotations

import re

from openpyxl.formula.tokenizer import Token, Tokenizer
from openpyxl.formula.translate import Translator

_CELL = re.compile(r"(\$?[A-Za-z]{1,3}\$?)(\d+)")
_ROW = re.compile(r"(\$?)(\d+)")  # one end of a whole-row range such as 4:4


def _moved(part: str, row: int, extra: int, end: bool) -> str:
    """One end of a reference after ``extra`` rows are inserted under ``row``: rows below
    move down, and so does the far end of a range that reaches ``row``."""
    match = _CELL.fullmatch(part) or _ROW.fullmatch(part)
    if match is None:
        return part  # a whole column, a name: no row to move
    number = int(match.group(2))
    if number > row or (end and number == row):
        number += extra
    return match.group(1) + str(number)


def shift_reference(text: str, sheet: str, own: bool, row: int, extra: int) -> str:
    """One reference (``A6``, ``$B$4:$B$4``, ``'Форма 1'!A6``, ``4:4``) after the insertion."""
    if "!" in text:
        prefix, reference = text.rsplit("!", 1)
        name = prefix[1:-1].replace("''", "'") if prefix.startswith("'") else prefix
        if name != sheet:
            return text
        prefix += "!"
    elif own:
        prefix, reference = "", text
    else:
        return text
    ends = reference.split(":")
    if len(ends) == 1:
        return prefix + _moved(ends[0], row, extra, end=False)
    if len(ends) == 2:
        return prefix + ":".join(
            (_moved(ends[0], row, extra, end=False), _moved(ends[1], row, extra, end=True))
        )
    return text


def shift_formula(formula: str, sheet: str, own: bool, row: int, extra: int) -> str:
    """``formula`` after ``extra`` rows were inserted under ``row`` of ``sheet``; ``own``
    says whether the formula stands on that sheet (its unqualified references are then to
    it)."""
    try:
        tokens = Tokenizer(formula)
    except Exception:  # noqa: BLE001 - a formula openpyxl cannot parse is left as it was
        return formula
    changed = False
    for token in tokens.items:
        if token.type == Token.OPERAND and token.subtype == Token.RANGE:
            moved = shift_reference(token.value, sheet, own, row, extra)
            changed |= moved != token.value
            token.value = moved
    return tokens.render() if changed else formula


def copied_formula(formula: str, origin: str, target: str) -> str:
    """The formula of cell ``origin`` as Excel writes it when the cell is copied to
    ``target``: relative references move with it."""
    return Translator(formula, origin=origin).translate_formula(target)


def is_formula(cell: object) -> bool:
    value = getattr(cell, "value", None)
    return getattr(cell, "data_type", None) == "f" and isinstance(value, str)
