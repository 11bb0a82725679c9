"""Workbooks from outside (imports, report templates), checked before any reader sees them.

python-calamine allocates the whole rectangle a sheet declares: one cell at XFD1048576 in a
1.7 KB file asks for 512 GiB and the process aborts (a Rust abort, no ``except`` catches it);
a zip bomb unpacks to gigabytes. So, before a reader opens a workbook, ``check_workbook``
streams its parts - never more than a chunk in memory - and refuses, with the sheet and the
limit, a used area or an unpacked size beyond what a registry needs, a password-protected
file and XML that declares entities. The readers then run in a child process
(excel/isolated.py), so that whatever they still do wrong ends as an error and not as the
death of the window.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..domain.i18n import QT_TRANSLATE_NOOP
from .errors import ExcelFileError

# A registry of 100,000 records by 30 columns fits well inside these; a sheet beyond them is
# not data someone typed. calamine holds ~40 bytes per cell of the rectangle: 5 million
# cells stay near 200 MB.
MAX_ROWS = 500_000
MAX_COLUMNS = 2_000
MAX_CELLS = 5_000_000
MAX_UNPACKED_MB = 300  # all parts of the file together, unpacked
MAX_RATIO = 200  # a part of over 10 MB packed more tightly than this is a bomb

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls files
CHUNK = 1 << 20
_SHEET_PART = re.compile(r"xl/worksheets/[^/]+\.xml")
_ROOT = re.compile(rb"<(?:([A-Za-z_][\w.-]*):)?worksheet[\s>]")


class _Patterns:
    """The tags a sheet's area is read from, for the namespace prefix the sheet uses
    (usually none). A fixed prefix lets the regex engine skip to each literal "<c": an
    optional prefix group made the scan of a 50 MB sheet take 8 s instead of 1."""

    def __init__(self, prefix: bytes) -> None:
        p = re.escape(prefix + b":") if prefix else b""
        self.tag = re.compile(rb"<" + p + rb"(row|c)(?=[\s/>])([^>]*)>")
        self.row = re.compile(rb"<" + p + rb"row(?=[\s/>])([^>]*)>")
        self.row_number = re.compile(rb"<" + p + rb"""row\s[^>]*?\br\s*=\s*["'](\d+)""")
        self.cell_reference = re.compile(
            rb"<" + p + rb"""c\s[^>]*?\br\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d*)"""
        )
        self.area = re.compile(
            rb"<" + p + rb"""(?:dimension|mergeCell)\s[^>]*?\bref\s*=\s*["']([^"']*)["']"""
        )
        self.area_words = (
            b"<" + (prefix + b":" if prefix else b"") + b"dimension",
            b"<" + (prefix + b":" if prefix else b"") + b"mergeCell",
        )
        self.last_cell = b"<" + (prefix + b":" if prefix else b"") + b"c "
        self.last_row = b"<" + (prefix + b":" if prefix else b"") + b"row"


_ATTRIBUTE = re.compile(rb"""\s(r)\s*=\s*["']([^"']*)["']""")
_CELL = re.compile(r"\$?([A-Za-z]{0,3})\$?(\d*)")
_ENTITY = re.compile(rb"<!(?:DOCTYPE|ENTITY)")


class RefusedWorkbookError(ExcelFileError):
    """A workbook that is not read: what is wrong is in the message's own words (a class
    may have several sentences: ``message`` chooses one)."""

    def __init__(self, path: Path | str, message: str | None = None, **params: object) -> None:
        if message is not None:
            self.message = message
        self.values = {k: str(v) for k, v in params.items()}
        super().__init__(path)

    def params(self) -> dict[str, str]:
        return {**super().params(), **self.values}


class SheetTooLargeError(RefusedWorkbookError):
    """Which of the sheet's limits it passes decides the sentence (``kind``)."""

    messages = {
        "rows": QT_TRANSLATE_NOOP(
            "Domain",
            'Workbook {path}, sheet "{sheet}": it reaches row {row}, beyond the limit of '
            "{limit} rows, so it is not read. Delete the far rows that hold no data, or "
            "split the sheet.",
        ),
        "columns": QT_TRANSLATE_NOOP(
            "Domain",
            'Workbook {path}, sheet "{sheet}": it reaches column {column}, beyond the limit of '
            "{limit} columns, so it is not read. Delete the far columns that hold no data.",
        ),
        "cells": QT_TRANSLATE_NOOP(
            "Domain",
            'Workbook {path}, sheet "{sheet}": it spans {area}, {cells} cells, beyond the '
            "limit of {limit} cells, so it is not read. Delete the far rows and columns that "
            "hold no data, or split the sheet.",
        ),
    }

    def __init__(self, path: Path | str, kind: str, **params: object) -> None:
        super().__init__(path, self.messages[kind], **params)


class PackedTooLargeError(RefusedWorkbookError):
    # {limit} is a size ("300 MB") or, for a part packed too tightly, a ratio ("200")
    ratio_message = QT_TRANSLATE_NOOP(
        "Domain",
        "Workbook {path}: its part {part} unpacks to {size}, more than {limit} times its packed "
        "size, so it is not read. Such a workbook is built to harm; ask for another copy.",
    )
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "Workbook {path} unpacks to {size}, most of it in {part} (the limit is {limit}), so "
        "it is not read. A workbook this large is damaged or built to harm; ask for another "
        "copy.",
    )


class PasswordProtectedError(RefusedWorkbookError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} is protected by a password, so it cannot be read. Open it in Excel, remove "
        "the password (File, Info, Protect Workbook), save it and try again.",
    )


class OldExcelFormatError(RefusedWorkbookError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "{path} is an Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice, save it "
        "as .xlsx and try again.",
    )


class EntityDeclarationError(RefusedWorkbookError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "Workbook {path}: its part {part} declares XML entities, which Excel and LibreOffice "
        "never write, so it is not read. Ask the sender for a copy saved by Excel.",
    )


class DamagedWorkbookError(RefusedWorkbookError):
    message = QT_TRANSLATE_NOOP(
        "Domain",
        "Workbook {path} is damaged: its part {part} does not match its own header, so it is "
        "not read. Open it in Excel, save it as a new .xlsx, or ask for another copy.",
    )


def column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _megabytes(size: int) -> str:
    return f"{size / (1 << 20):,.0f} MB"


class _SheetArea:
    """The farthest row and column a sheet's XML reaches, followed tag by tag: explicit
    ``r`` references, cells and rows that leave them out (each then follows the previous
    one), the declared used area and merged ranges."""

    def __init__(self, path: Path, sheet: str) -> None:
        self.path, self.sheet = path, sheet
        self.rows = self.columns = 0
        self.row = self.column = 0  # the current row, and the current cell within it
        self.patterns: _Patterns | None = None

    def feed(self, data: bytes) -> None:
        if self.patterns is None:  # the first chunk holds the root element
            root = _ROOT.search(data)
            self.patterns = _Patterns(root.group(1) or b"" if root else b"")
        tags = self.patterns
        if any(word in data for word in tags.area_words):
            for reference in tags.area.findall(data):  # the declared used area, merged ranges
                letters, digits = _cell(reference.decode("ascii", "replace").split(":")[-1])
                self.reach(int(digits or 0), column_number(letters) if letters else 0)
        references = tags.cell_reference.findall(data)
        # counting substrings is ten times faster than a regex; a cell tag written any other
        # way ("<c\n") makes the counts differ and takes the slow, exact path
        cells = sum(data.count(tags.last_cell[:-1] + end) for end in (b" ", b">", b"/>"))
        if cells == len(references):
            self._feed_referenced(data, references)  # the usual case: every cell names itself
        else:
            self._feed_each(data)

    def _feed_referenced(self, data: bytes, references: list[tuple[bytes, bytes]]) -> None:
        """Rows one by one (some may leave out ``r``), cells in one go."""
        assert self.patterns is not None
        rows, numbers = self.patterns.row.findall(data), self.patterns.row_number.findall(data)
        highest = self.row
        if len(numbers) == len(rows) and rows:  # every row numbered
            highest, self.row = max(map(int, numbers)), int(numbers[-1])
        elif not numbers:  # none numbered: each follows the one before
            self.row += len(rows)
            highest = self.row
        else:
            for attributes in rows:
                found = _ATTRIBUTE.search(attributes)
                number = found.group(2) if found else b""
                self.row = int(number) if number.isdigit() else self.row + 1
                highest = max(highest, self.row)
        self.reach(highest, 0)
        if references:
            letters, digits = zip(*references, strict=True)
            widest = max(set(letters), key=lambda text: (len(text), text.upper()))
            self.reach(max(map(int, filter(None, digits)), default=0), 0)
            self.reach(self.rows, column_number(widest.decode("ascii")))
        last_cell = data.rfind(self.patterns.last_cell)
        last_row = data.rfind(self.patterns.last_row)
        self.column = 0 if last_row > last_cell else self.columns

    def _feed_each(self, data: bytes) -> None:
        """Tag by tag, for sheets whose cells leave out their references."""
        assert self.patterns is not None
        for tag, attributes in self.patterns.tag.findall(data):
            found = _ATTRIBUTE.search(attributes)
            reference = found.group(2).decode("ascii", "replace") if found else ""
            if tag == b"c":
                letters, _ = _cell(reference)
                self.column = column_number(letters) if letters else self.column + 1
                self.reach(self.row, self.column)
            else:
                self.row = int(reference) if reference.isdigit() else self.row + 1
                self.column = 0
                self.reach(self.row, 0)

    def reach(self, row: int, column: int) -> None:
        self.rows, self.columns = max(self.rows, row), max(self.columns, column)
        if self.rows > MAX_ROWS:
            self._refuse("rows", row=f"{self.rows:,}", limit=f"{MAX_ROWS:,}")
        if self.columns > MAX_COLUMNS:
            self._refuse("columns", column=column_letters(self.columns), limit=f"{MAX_COLUMNS:,}")
        if self.rows * self.columns > MAX_CELLS:
            self._refuse(
                "cells",
                area=f"A1:{column_letters(self.columns)}{self.rows}",
                cells=f"{self.rows * self.columns:,}",
                limit=f"{MAX_CELLS:,}",
            )

    def _refuse(self, kind: str, **params: str) -> None:
        raise SheetTooLargeError(self.path, kind, sheet=self.sheet, **params)


def _cell(reference: str) -> tuple[str, str]:
    match = _CELL.fullmatch(reference.strip())
    return (match.group(1), match.group(2)) if match else ("", "")


def _chunks(stream: IO[bytes]) -> Iterator[bytes]:
    """The stream in chunks cut after a tag's end, so that no tag is split between two."""
    rest = b""
    while data := stream.read(CHUNK):
        data = rest + data
        cut = data.rfind(b">") + 1
        rest = data[cut:]
        if len(rest) > CHUNK:  # no tag ends in a whole chunk: text, never a tag we read
            rest = rest[-1024:]
        yield data[:cut]
    if rest:
        yield rest


def _sheet_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Part name -> the sheet's name as the user sees it (the part's name where unknown)."""
    try:
        parts = [archive.getinfo(n) for n in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels")]
        if any(part.file_size > 10 << 20 for part in parts):
            return {}  # not worth reading whole: the sheets are then named by their parts
        book, rels = (archive.read(part).decode("utf-8", "replace") for part in parts)
    except (KeyError, zipfile.BadZipFile, OSError, EOFError):
        return {}
    targets = dict(re.findall(r'Id="([^"]+)"[^>]*?Target="/?(?:xl/)?([^"]+)"', rels))
    targets.update(
        {k: v for v, k in re.findall(r'Target="/?(?:xl/)?([^"]+)"[^>]*?Id="([^"]+)"', rels)}
    )
    names = {}
    for attributes in re.findall(r"<(?:\w+:)?sheet\s([^>]*)>", book):
        name = re.search(r'\sname="([^"]*)"', " " + attributes)
        rel = re.search(r':id="([^"]*)"', attributes)
        if name and rel and rel.group(1) in targets:
            names["xl/" + targets[rel.group(1)]] = name.group(1)
    return names


def _check_signature(path: Path) -> None:
    with path.open("rb") as handle:
        head = handle.read(len(OLE_SIGNATURE))
    if head != OLE_SIGNATURE:
        return
    import msoffcrypto  # only for OLE files: an encrypted .xlsx or an old .xls

    try:
        with path.open("rb") as handle:
            office = msoffcrypto.OfficeFile(handle)
            encrypted = office.is_encrypted()
            old_excel = type(office).__name__ == "Xls97File"
    except Exception:  # noqa: BLE001 - any OLE file it cannot tell is at least not ours
        encrypted = old_excel = False
    if encrypted:
        raise PasswordProtectedError(path)
    if old_excel:
        # calamine reads an Excel 97-2003 workbook; the format itself bounds a sheet to
        # 65,536 x 256 cells, and the reading child's memory ceiling holds the rest
        return
    raise OldExcelFormatError(path)


def check_workbook(path: Path | str) -> None:
    """Refuse, with a one-line reason, a workbook no reader should be given. Files that are
    not workbooks at all pass here: the reader itself says that."""
    path = Path(path)
    if not path.is_file():
        return
    _check_signature(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return
    with archive:
        members = archive.infolist()
        declared = sum(m.file_size for m in members)
        if declared > MAX_UNPACKED_MB << 20:
            biggest = max(members, key=lambda m: m.file_size)
            _too_big(path, biggest.filename, _megabytes(declared))
        for member in members:
            if member.file_size > 10 << 20 and member.file_size > MAX_RATIO * max(
                member.compress_size, 1
            ):
                raise PackedTooLargeError(
                    path,
                    PackedTooLargeError.ratio_message,
                    part=member.filename,
                    size=_megabytes(member.file_size),
                    limit=str(MAX_RATIO),
                )
        parts = [m for m in members if m.filename.endswith((".xml", ".rels"))]
        names = _sheet_names(archive)  # the reader finds sheets through these, anywhere
        sheets = [m for m in parts if _SHEET_PART.fullmatch(m.filename) or m.filename in names]
        budget = MAX_UNPACKED_MB << 20  # what the parts may really unpack to, together
        for member in [m for m in parts if m not in sheets]:
            budget -= _scan_part(path, archive, member, budget, None)
        for member in sheets:
            area = _SheetArea(path, names.get(member.filename, member.filename))
            budget -= _scan_part(path, archive, member, budget, area)


def _too_big(path: Path, part: str, size: str) -> None:
    raise PackedTooLargeError(path, part=part, size=size, limit=f"{MAX_UNPACKED_MB} MB")


def _scan_part(
    path: Path,
    archive: zipfile.ZipFile,
    member: zipfile.ZipInfo,
    budget: int,
    area: _SheetArea | None,
) -> int:
    """Stream one part: no entity declarations, no more than ``budget`` bytes, the area a
    sheet reaches within the limits. Returns the bytes it unpacked to."""
    unpacked = 0
    try:
        with archive.open(member) as stream:
            for data in _chunks(stream):
                unpacked += len(data)
                if unpacked > budget:  # more than its header said
                    _too_big(path, member.filename, _megabytes(unpacked))
                if _ENTITY.search(data):
                    raise EntityDeclarationError(path, part=member.filename)
                if area is not None:
                    area.feed(data)
    except (zipfile.BadZipFile, EOFError) as exc:
        # a part unlike its own header (a size that lies, a wrong checksum) is not given to
        # a reader that may trust the data over the header
        raise DamagedWorkbookError(path, part=member.filename, detail=str(exc)) from exc
    except (NotImplementedError, RuntimeError, OSError):
        pass  # packed in a way Python cannot unpack: the reader, in its child, gives the verdict
    return unpacked
