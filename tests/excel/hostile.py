"""Hostile workbooks, built in code (nothing large is committed): a minimal .xlsx whose sheet
XML says what the test wants, and a zip bomb streamed so that it stays small on disk."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterable
from pathlib import Path

_XML = '<?xml version="1.0" encoding="UTF-8"?>'
_OOXML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006"
_RELATIONS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = (
    f'{_XML}<Types xmlns="{_PACKAGE}/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_OOXML}.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    f'ContentType="{_OOXML}.worksheet+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    f'{_XML}<Relationships xmlns="{_PACKAGE}/relationships">'
    f'<Relationship Id="rId1" Type="{_RELATIONS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    f'{_XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    f'xmlns:r="{_RELATIONS}">'
    '<sheets><sheet name="Данные" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    f'{_XML}<Relationships xmlns="{_PACKAGE}/relationships">'
    f'<Relationship Id="rId1" Type="{_RELATIONS}/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)
SHEET_OPEN = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def sheet_xml(body: str, dimension: str | None = None, prolog: str = "") -> str:
    head = SHEET_OPEN.replace("<worksheet", prolog + "<worksheet") if prolog else SHEET_OPEN
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f"{head}{dim}<sheetData>{body}</sheetData></worksheet>"


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def workbook(path: Path, sheet: str | Iterable[bytes]) -> Path:
    """A workbook whose one sheet is ``sheet`` (text, or chunks streamed into the zip)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        if isinstance(sheet, str):
            archive.writestr("xl/worksheets/sheet1.xml", sheet)
        else:
            info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
            info.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(info, "w", force_zip64=True) as stream:
                for chunk in sheet:
                    stream.write(chunk)
    return path


def bomb_rows(rows: int, per_chunk: int = 100_000) -> Iterable[bytes]:
    """A sheet of ``rows`` rows of one cell each, generated chunk by chunk."""
    yield SHEET_OPEN.encode() + b"<sheetData>"
    row = b"<row><c><v>1</v></c></row>"  # no r attributes: rows follow each other
    for start in range(0, rows, per_chunk):
        yield row * min(per_chunk, rows - start)
    yield b"</sheetData></worksheet>"


def lie_about_size(path: Path, part: str, size: int) -> Path:
    """Write ``size`` as the unpacked size of ``part`` in the zip's central directory, as a
    bomb does to slip past a reader that trusts the header."""
    data = bytearray(path.read_bytes())
    name = part.encode()
    entry = data.rfind(b"PK\x01\x02")
    while entry != -1:
        length = struct.unpack_from("<H", data, entry + 28)[0]
        if data[entry + 46 : entry + 46 + length] == name:
            struct.pack_into("<I", data, entry + 24, size)
            path.write_bytes(bytes(data))
            return path
        entry = data.rfind(b"PK\x01\x02", 0, entry)
    raise KeyError(part)
