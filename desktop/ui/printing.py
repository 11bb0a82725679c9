"""Record cards and registry tables for paper or PDF (A4), laid out as HTML in a
QTextDocument and printed with QPrinter or written with QPdfWriter."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileSystemModel, QLineEdit, QToolButton, QWidget

from ..domain.fields import Entity, Field, Kind
from ..services import Query, Services
from . import dialogs
from .text import display, format_date, tr_domain

STYLE = """
body { font-family: sans-serif; font-size: 9pt; }
h1 { font-size: 14pt; margin-bottom: 4px; }
h2 { font-size: 11pt; margin-top: 14px; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #888; padding: 3px; vertical-align: top; }
th { background: #dde4ee; }
td.label { width: 30%; color: #333; }
td.date { white-space: nowrap; }
"""


def _value(services: Services, field: Field, value: Any) -> str:
    if value is None or value == "":
        return ""
    if field.kind is Kind.REF and field.ref:
        return services[field.ref].titles([value]).get(value, f"#{value}")
    if field.kind is Kind.COUNTRY:
        return services.country_name(value)
    return display(field, value)


def record_card_html(
    services: Services, entity: Entity, record_id: int, attachments: list[str] | None = None
) -> str:
    values = services[entity.name].get(record_id)
    title = services[entity.name].titles([record_id]).get(record_id, "")
    rows = "".join(
        f"<tr><td class='label'>{escape(tr_domain(f.label))}</td>"
        f"<td>{escape(_value(services, f, values.get(f.name))).replace(chr(10), '<br>')}</td></tr>"
        for f in entity.fields
        if values.get(f.name) not in (None, "", False)
    )
    parts = [
        f"<h1>{escape(tr_domain(entity.label))}: {escape(title)}</h1>",
        f"<table>{rows}</table>",
    ]
    for child in entity.children:
        child_rows = values.get(child.name) or []
        if not child_rows:
            continue
        head = "".join(f"<th>{escape(tr_domain(f.label))}</th>" for f in child.fields)
        body = "".join(
            "<tr>"
            + "".join(
                f"<td>{escape(_value(services, f, row.get(f.name)))}</td>" for f in child.fields
            )
            + "</tr>"
            for row in child_rows
        )
        parts.append(
            f"<h2>{escape(tr_domain(child.label))}</h2><table><tr>{head}</tr>{body}</table>"
        )
    if attachments:
        items = "".join(f"<li>{escape(name)}</li>" for name in attachments)
        heading = QCoreApplication.translate("Printing", "Attachments")
        parts.append(f"<h2>{escape(heading)}</h2><ul>{items}</ul>")
    stamp = format_date(datetime.now())
    parts.append(f"<p style='color:#666'>{escape(stamp)}</p>")
    return f"<html><head><style>{STYLE}</style></head><body>{''.join(parts)}</body></html>"


DATE_ROOM = 15  # "00.00.0000" with the cell's padding, in the units of Field.width
PRINTABLE_UNITS = 150  # what a landscape A4 line holds at 9 pt, in the same units


def column_weights(fields: Sequence[Field]) -> list[int]:
    """Relative widths of a printed table's columns: a date never narrower than
    «00.00.0000», no header word wider than its column (so none is broken mid-word)."""
    weights = []
    for f in fields:
        longest_word = max((len(word) for word in tr_domain(f.label).split()), default=0)
        room = DATE_ROOM if f.is_date else 0
        weights.append(max(f.width, room, longest_word * 3 // 2 + 2))  # bold, with padding
    return weights


def query_caption(services: Services, entity: Entity, query: Query) -> str:
    """The active search, filters and trash, as the printed title names them."""
    parts = []
    if query.trash:
        parts.append(QCoreApplication.translate("Printing", "trash"))
    if query.text.strip():
        parts.append(
            QCoreApplication.translate("Printing", "search “{text}”").format(
                text=query.text.strip()
            )
        )
    if query.country:
        parts.append(services.country_name(query.country))
    status_field = next((f for f in entity.fields if f.name == "status"), None)
    if query.status and status_field is not None:
        parts.append(display(status_field, query.status))
    if query.year is not None:
        parts.append(QCoreApplication.translate("Printing", "year {year}").format(year=query.year))
    return ", ".join(parts)


def table_html(services: Services, entity: Entity, query: Query, title: str) -> str:
    registry = services[entity.name]
    ids = registry.search(query)
    fields = entity.table_fields
    weights = column_weights(fields)
    total = sum(weights)
    # more columns than a line holds: smaller type rather than dates broken across lines
    size = 9 if total <= PRINTABLE_UNITS else max(6, 9 * PRINTABLE_UNITS // total)
    head = "".join(
        f"<th width='{100 * w // total}%'>{escape(tr_domain(f.label))}</th>"
        for f, w in zip(fields, weights, strict=True)
    )
    body = []
    for start in range(0, len(ids), 1000):
        chunk = ids[start : start + 1000]
        rows = registry.rows(chunk)
        for record_id in chunk:
            cells = rows.get(record_id, ())
            body.append(
                "<tr>"
                + "".join(
                    f"<td class='date'>{escape(display(f, v))}</td>"
                    if f.is_date
                    else f"<td>{escape(display(f, v))}</td>"
                    for f, v in zip(fields, cells, strict=True)
                )
                + "</tr>"
            )
    named = query_caption(services, entity, query)
    caption = escape(f"{title} ({named})" if named else title)
    caption += f" — {len(ids)} ({format_date(date.today())})"
    return (
        f"<html><head><style>{STYLE.replace('9pt', f'{size}pt')}</style></head><body>"
        f"<h1>{caption}</h1><table><tr>{head}</tr>{''.join(body)}</table></body></html>"
    )


def save_pdf(html: str, path: Path | str, landscape: bool = False) -> Path:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    _document(html, writer.pageLayout()).print_(writer)
    del writer  # the file is finished when the writer goes
    return Path(path)


def print_html(parent: QWidget | None, html: str, landscape: bool = False) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    dialog = QPrintDialog(printer, parent)
    guard_print_to_file(dialog)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    target = printer.outputFileName()  # typed into the print-to-file field
    if target and dialogs.refused_as_registry_file(parent, target):
        return False
    _document(html, printer.pageLayout()).print_(printer)
    return True


def _document(html: str, page: QPageLayout) -> QTextDocument:
    """The document laid out on the page's printable width in screen pixels, as on screen,
    and scaled to the printer: left to lay itself out at the printer's resolution, Qt broke
    words ("Directio / n") in columns that fit them on screen."""
    document = QTextDocument()
    document.setHtml(html)
    screen = QGuiApplication.primaryScreen()  # the document's fonts are in its pixels
    dpi = round(screen.logicalDotsPerInchY()) if screen is not None else 96
    document.setPageSize(page.paintRectPixels(dpi).size().toSizeF())
    return document


def guard_print_to_file(dialog: QPrintDialog) -> None:
    """Qt's own print dialog (outside Windows) lists folders for its print-to-file field and
    browses with Qt's file dialog, both reading file content to pick icons (see
    dialogs.NameOnlyIconProvider): its folder list and its browse button get ours."""
    for model in dialog.findChildren(QFileSystemModel):
        model.setIconProvider(dialogs.name_only_icons())
    field = dialog.findChild(QLineEdit, "filename")
    browse = dialog.findChild(QToolButton, "fileBrowser")
    if field is None or browse is None:
        if dialog.findChildren(QFileSystemModel):  # a layout we do not know: no file printing
            dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        return
    browse.clicked.disconnect()

    def choose() -> None:
        title = QCoreApplication.translate("Printing", "Print to file")
        chosen = dialogs.choose_save_file(dialog, title, field.text(), "pdf")
        if chosen:
            field.setText(chosen)

    browse.clicked.connect(choose)
