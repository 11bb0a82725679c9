"""Export of a whole registry to .xlsx, one row per record, and the empty template an office
fills in (headers plus drop-down lists for every column with fixed values)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from ..domain.fields import Kind
from ..domain.i18n import translate
from ..services import Services
from .columns import Codec, SheetColumn, header, sheet_columns
from .files import check_target, safe_value, save_atomically, set_text_type
from .report_writer import sheet_name

LISTS_SHEET = "Lists"
TEMPLATE_ROWS = 2000  # rows of an empty template that get the drop-down lists
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_WRAP = Alignment(wrap_text=True, vertical="top")


def reference_names(services: Services, kind: str) -> set[str]:
    """The registries the records of ``kind`` refer to (in fields or child lists)."""
    entity = services[kind].entity
    refs = {f.ref for f in entity.fields if f.kind is Kind.REF}
    refs |= {f.ref for c in entity.children for f in c.fields if f.kind is Kind.REF}
    return {name for name in refs if name}


def reference_titles(services: Services, kind: str) -> dict[str, dict[int, str]]:
    return {name: services[name].all_titles() for name in reference_names(services, kind)}


def _list_values(column: SheetColumn, codec: Codec) -> list[str] | None:
    field = column.field
    if field is None or column.is_ref_id:
        return None
    if field.kind in (Kind.CHOICE, Kind.MULTI_CHOICE) and field.choices:
        return [codec.t(label) for _, label in field.choices.items]
    if field.kind is Kind.BOOL:
        return [codec.write(field, True), codec.write(field, False)]
    if field.kind is Kind.COUNTRY:
        return sorted(codec.country_names.values())
    return None


class RegistryExporter:
    def __init__(self, services: Services, kind: str, language: str) -> None:
        self.services, self.kind, self.language = services, kind, language
        self.registry = services[kind]
        self.entity = self.registry.entity
        self.columns = sheet_columns(self.entity)
        self.codec = Codec(language, reference_titles(services, kind))

    def _cell(self, ws: Any, value: Any, column: SheetColumn | None = None) -> Cell:
        cell = WriteOnlyCell(ws, value=safe_value(value))
        set_text_type(cell)
        if isinstance(value, date):
            cell.number_format = "DD.MM.YYYY"
        elif column is not None and column.child is not None:
            cell.alignment = _WRAP
        return cell

    def _row(self, ws: Any, record: dict[str, Any]) -> list[Cell]:
        cells = []
        for column in self.columns:
            if column.key == "id":
                value: Any = record["id"]
            elif column.child is not None:
                value = self.codec.write_child(column.child, record[column.child.name])
            elif column.is_ref_id:
                value = record[column.field.name]  # type: ignore[union-attr]
            else:
                value = self.codec.write(column.field, record[column.key])  # type: ignore[arg-type]
            cells.append(self._cell(ws, value, column))
        return cells

    def _add_lists(self, workbook: Workbook, ws: Any, last_row: int) -> None:
        """Drop-down lists, kept on a hidden sheet: a literal list may not exceed 255
        characters (the countries alone are thousands)."""
        lists = workbook.create_sheet(LISTS_SHEET)
        lists.sheet_state = "hidden"
        columns: list[list[str]] = []
        for index, column in enumerate(self.columns, 1):
            values = _list_values(column, self.codec)
            if not values:
                continue
            columns.append(values)
            letter = get_column_letter(len(columns))
            name = f"list_{column.key}"
            workbook.defined_names[name] = DefinedName(
                name, attr_text=f"{LISTS_SHEET}!${letter}$1:${letter}${len(values)}"
            )
            validation = DataValidation(
                type="list",
                formula1=f"={name}",
                allow_blank=True,
                # a multiple choice is typed as "a, b": a list cannot allow that, only advise
                showErrorMessage=column.field is None or column.field.kind is not Kind.MULTI_CHOICE,
            )
            target = get_column_letter(index)
            validation.add(f"{target}2:{target}{last_row}")
            ws.data_validations.append(validation)
        for row in range(max((len(c) for c in columns), default=0)):
            lists.append([c[row] if row < len(c) else None for c in columns])

    def write(self, path: Path | str, template: bool = False) -> Path:
        check_target(path)
        workbook = Workbook(write_only=True)
        ws = workbook.create_sheet(
            sheet_name(translate(self.entity.plural, self.language), {LISTS_SHEET.lower()})
        )
        for index, column in enumerate(self.columns, 1):
            width = (
                8
                if column.key == "id" or column.is_ref_id
                else (column.field.width if column.field else 40) + 2
            )
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = "B2"
        records = [] if template else self.registry.all_values()
        headers = []
        for column in self.columns:
            cell = self._cell(ws, header(column, self.language))
            cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
            headers.append(cell)
        ws.append(headers)
        for record in records:
            ws.append(self._row(ws, record))
        last_row = max(len(records) + 1, TEMPLATE_ROWS)
        ws.auto_filter.ref = f"A1:{get_column_letter(len(self.columns))}{len(records) + 1}"
        self._add_lists(workbook, ws, last_row)
        return save_atomically(workbook, path)


def export_registry(
    services: Services, kind: str, path: Path | str, language: str = "ru", template: bool = False
) -> Path:
    return RegistryExporter(services, kind, language).write(path, template)
