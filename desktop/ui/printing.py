"""Record cards and registry tables for paper or PDF (A4), laid out as HTML in a
QTextDocument and printed with QPrinter or written with QPdfWriter."""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
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


def table_html(services: Services, entity: Entity, query: Query, title: str) -> str:
    registry = services[entity.name]
    ids = registry.search(query)
    fields = entity.table_fields
    total = sum(max(f.width, 13) for f in fields)  # dates need room too
    head = "".join(
        f"<th width='{100 * max(f.width, 13) // total}%'>{escape(tr_domain(f.label))}</th>"
        for f in fields
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
                    f"<td>{escape(display(f, v))}</td>" for f, v in zip(fields, cells, strict=True)
                )
                + "</tr>"
            )
    caption = f"{escape(title)} — {len(ids)} ({format_date(date.today())})"
    return (
        f"<html><head><style>{STYLE}</style></head><body><h1>{caption}</h1>"
        f"<table><tr>{head}</tr>{''.join(body)}</table></body></html>"
    )


def save_pdf(html: str, path: Path | str, landscape: bool = False) -> Path:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)
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
    document = QTextDocument()
    document.setHtml(html)
    document.print_(printer)
    return True


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
