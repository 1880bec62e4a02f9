"""Reading the file: CSV (encoding and separator detected) or XLSX (openpyxl, read-only, streamed).

A source yields `(line, cells)` for every non-empty row after the header. `line` is what the user
finds in their editor: for CSV the physical line where the record starts (the header is line 1,
a quoted value spanning lines counts all its lines), for XLSX the sheet's row number.
"""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterator
from pathlib import Path

from collectdesk.domain.errors import ValidationError
from collectdesk.services.imports import messages
from collectdesk.services.imports.encoding import resolve_encoding

CANDIDATE_DELIMITERS = (";", ",", "\t", "|")
SNIFF_BYTES = 64 * 1024
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old binary .xls


def open_source(path: Path, *, encoding: str | None, delimiter: str | None):
    """A CsvSource or XlsxSource; ValidationError when the file cannot be read as either."""
    try:
        if not path.is_file():
            raise ValidationError(messages.file_missing(str(path)))
        with open(path, "rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError:
        raise ValidationError(messages.file_missing(str(path))) from None
    if not head.strip():
        raise ValidationError(messages.file_empty(path.name))
    if head.startswith(ZIP_MAGIC):
        return XlsxSource(path)
    if head.startswith(OLE_MAGIC) or path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise ValidationError(messages.file_not_tabular(path.name))
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValidationError(messages.file_not_tabular(path.name))
    return CsvSource(path, encoding=encoding, delimiter=delimiter)


class CsvSource:
    def __init__(self, path: Path, *, encoding: str | None, delimiter: str | None):
        self.path = path
        self.encoding = resolve_encoding(path, encoding)
        if delimiter is not None:
            if delimiter in ("\\t", "tab", "TAB"):
                delimiter = "\t"
            if len(delimiter) != 1:
                raise ValidationError(messages.bad_delimiter(delimiter))
        self.delimiter = delimiter or self._sniff()
        self.header: list[str] = []
        self.header_line = 0
        self._file = None
        self._reader = None

    # -- set-up ---------------------------------------------------------------------------------

    def _text_head(self) -> str:
        with open(self.path, "rb") as f:
            raw = f.read(SNIFF_BYTES)
        text = raw.decode(self.encoding, errors="replace")
        cut = max(text.rfind("\n"), 0)
        return text[:cut] if cut else text

    def _sniff(self) -> str:
        """The candidate that splits the first lines into the same number (> 1) of columns."""
        lines = [ln for ln in self._text_head().splitlines() if ln.strip()][:50]
        best, best_score = ",", (False, 0)
        for cand in CANDIDATE_DELIMITERS:
            try:
                rows = list(csv.reader(lines, delimiter=cand))
            except csv.Error:
                continue
            if not rows:
                continue
            width = len(rows[0])
            consistent = width > 1 and all(len(r) == width for r in rows[1:-1] or rows[:1])
            score = (consistent, width)
            if score > best_score:
                best, best_score = cand, score
        return best

    def open(self) -> None:
        self._file = open(self.path, encoding=self.encoding, newline="")
        self._reader = csv.reader(self._file, delimiter=self.delimiter)
        for line, cells in self._records():
            if any(c.strip() for c in cells):
                self.header, self.header_line = cells, line
                return
        raise ValidationError(messages.file_empty(self.path.name))

    def _records(self) -> Iterator[tuple[int, list[str]]]:
        reader = self._reader
        last = reader.line_num
        try:
            for cells in reader:
                yield last + 1, cells
                last = reader.line_num
        except UnicodeDecodeError:
            raise ValidationError(messages.undecodable(self.encoding, reader.line_num + 1)) from None
        except csv.Error as exc:
            raise ValidationError(messages.csv_broken(reader.line_num, str(exc))) from None

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        reader = self._reader
        last = reader.line_num
        try:
            for cells in reader:
                if cells and (cells[0] or "".join(cells).strip()):  # skip blank and ";;;;" lines
                    yield last + 1, cells
                last = reader.line_num
        except UnicodeDecodeError:
            raise ValidationError(messages.undecodable(self.encoding, reader.line_num + 1)) from None
        except csv.Error as exc:
            raise ValidationError(messages.csv_broken(reader.line_num, str(exc))) from None

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    @property
    def approx_rows(self) -> int:
        """A size estimate for choosing the bulk strategy (bytes / bytes of the first lines' rows)."""
        head = self._text_head()
        lines = max(len(head.splitlines()), 1)
        per_line = max(len(head.encode(self.encoding, errors="replace")) / lines, 1)
        return int(self.path.stat().st_size / per_line)

    @property
    def label_encoding(self) -> str:
        return self.encoding


class XlsxSource:
    encoding = ""
    delimiter = ""

    def __init__(self, path: Path):
        self.path = path
        self.header: list[str] = []
        self.header_line = 0
        self._wb = None
        self._fh = None
        self._rows = None
        self._approx = 0

    def open(self) -> None:
        import openpyxl  # lazily: start-up time (ARCHITECTURE.md)

        self._fh = open(self.path, "rb")  # a file object: openpyxl would refuse a .csv name
        try:
            self._wb = openpyxl.load_workbook(self._fh, read_only=True, data_only=True)
        except Exception as exc:  # a damaged or foreign zip fails in many ways inside openpyxl
            self.close()
            raise ValidationError(messages.xlsx_broken(str(exc) or type(exc).__name__)) from None
        ws = self._wb.active if self._wb.active is not None else self._wb.worksheets[0]
        self._approx = ws.max_row or 0
        self._rows = enumerate(ws.iter_rows(min_row=1, values_only=True), start=1)
        for line, cells in self._rows:
            if any(c is not None and str(c).strip() for c in cells):
                self.header = ["" if c is None else str(c) for c in cells]
                self.header_line = line
                return
        raise ValidationError(messages.file_empty(self.path.name))

    def rows(self) -> Iterator[tuple[int, tuple]]:
        try:
            for line, cells in self._rows:
                for c in cells:
                    if c is not None and (c.__class__ is not str or c.strip()):
                        yield line, cells
                        break
        except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
            raise ValidationError(messages.xlsx_broken(str(exc) or type(exc).__name__)) from None

    def close(self) -> None:
        if self._wb is not None:
            self._wb.close()
            self._wb = None
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    @property
    def approx_rows(self) -> int:
        return self._approx


__all__ = ["open_source", "CsvSource", "XlsxSource"]
