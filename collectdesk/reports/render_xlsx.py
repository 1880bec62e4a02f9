"""A Report as an Excel workbook (openpyxl): `render_xlsx(report, path, progress=None, cancel=None) -> Path`.

Sheets: "Summary" (in the report's language) first, then one sheet per section named after its title
(at most 31 characters, without []:*?/\\, unique ignoring case: "Skargi", "Skargi (2)"). Layout of each:
reports/render_xlsx_sheets.py; tables: reports/render_xlsx_tables.py; formats: render_xlsx_formats.py.

- Every number is a number and every date a date, with a number format: money '#,##0.00 "EUR"' (the
  currency in the format; a column whose rows differ in currency gets each row's format and a Currency
  column when the table has none), percent 0.0 %, integers #,##0, decimals with the column's places,
  dates in the report language's short date (times in this computer's time zone: Excel has none).
- Each table is a worksheet table (its own filter buttons) with a bold header; the header is frozen on a
  one-table sheet. Widths come from the content (every value is measured, so no number shows ####) or
  the builder's Column.width.
- Totals, for the columns flagged `total`, are formulas in a row under the table: =SUBTOTAL(109, ...),
  so a filtered table adds up what it shows. A money column whose rows differ in currency is never added
  across currencies: one row per currency, =SUMIFS(amounts, currencies, "EUR") (these count every row,
  filtered or not).
- Each series becomes its block of numbers and a native chart (line, bar, stacked bar) beside the tables.
- Document properties: title, subject (the period), creator and last modified by (the author), keywords
  (kind, period, scope, language), description (the subtitle), language, created (Report.generated_at).

Streaming: the workbook is write-only throughout (rows go to disk as they are written; worksheet tables,
charts, frozen panes and widths are all possible there: widths and panes are set before a sheet's first
row, tables and charts are added as the rows are). A 100,000-row table takes about as long as openpyxl's
own write-only sheet of the same values unstyled (bench/report_xlsx.py prints the ratio).
progress(done, total) counts rows (plus one per sheet and one for the final save); cancel() is asked
every 1,024 rows and between sheets and raises ReportCancelled.

The file is written to a temporary file in the target folder and renamed into place: a Cancel, a full
disk or a folder without write permission leaves no half file (nor openpyxl's temporary sheet files) and
raises a StorageError (a DomainError) with a message in the application's language.
"""

from __future__ import annotations

import errno
import itertools
import os
import tempfile
from datetime import timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from collectdesk.domain.errors import StorageError
from collectdesk.reports.model import Report, ReportCancelled

SAVE_WEIGHT = 1


class _Progress:
    def __init__(self, total: int, progress, cancel):
        self.total, self.done = max(1, total), 0
        self._progress, self._cancel = progress, cancel

    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise ReportCancelled()

    def advance(self, n: int, *, check: bool = True) -> None:
        if n <= 0:
            return
        self.done = min(self.total, self.done + n)
        if check:
            self.check()
        if self._progress is not None:
            self._progress(self.done, self.total)


def render_xlsx(report: Report, path: str | os.PathLike, progress=None, cancel=None) -> Path:
    """Write `report` to `path` (replacing it); returns the path. Raises ReportCancelled (nothing written)
    or StorageError."""
    from openpyxl import Workbook

    from collectdesk.reports.language import ReportLanguage
    from collectdesk.reports.render_xlsx_formats import date_format, datetime_format, sheet_name
    from collectdesk.reports.render_xlsx_sheets import Formats, write_section, write_summary

    say = QCoreApplication.translate  # what lupdate reads say(...) as
    lang = ReportLanguage(report.language or report.params.language)
    say = lang.translate              # at run time: the report's language
    path = Path(path)
    rows = sum(len(t.rows) for t in report.all_tables)
    steps = _Progress(rows + 1 + len(report.sections) + SAVE_WEIGHT, progress, cancel)
    steps.check()

    taken: set[str] = set()
    summary_name = sheet_name(say("ReportXlsx", "Summary", "name of the first sheet"), taken, "Summary")
    names = [sheet_name(s.title, taken, say("ReportXlsx", "Section {number}", "a sheet's name").format(
        number=i)) for i, s in enumerate(report.sections, start=1)]
    fmts = Formats.of(lang, date_format(lang), datetime_format(lang))

    wb = Workbook(write_only=True)
    tmp = None
    try:
        tmp = _TempFile(path)                          # in the target folder: a folder we cannot write fails now
        write_summary(wb.create_sheet(summary_name), report, lang, names, fmts, steps)
        numbers = itertools.count(1)
        for section, name in zip(report.sections, names):
            steps.check()
            write_section(wb.create_sheet(name), section, lang, fmts, steps, numbers)
        _properties(wb, report)
        steps.check()
        tmp.save(wb)
    except OSError as exc:
        raise write_error(path, exc) from exc
    finally:
        _discard_sheet_files(wb)
        if tmp is not None:
            tmp.discard()
    steps.advance(SAVE_WEIGHT, check=False)        # written: too late to cancel
    return path


def _properties(wb, report: Report) -> None:
    params = report.params
    props = wb.properties
    props.title = report.title
    props.subject = params.period_label or f"{params.period_start.isoformat()}..{params.period_end.isoformat()}"
    props.creator = params.author or "CollectDesk"
    props.lastModifiedBy = props.creator
    props.description = report.subtitle
    props.keywords = ", ".join(x for x in (str(getattr(params.kind, "value", params.kind)),
                                           f"{params.period_start.isoformat()}..{params.period_end.isoformat()}",
                                           params.scope, report.language, "CollectDesk") if x)
    props.category = report.title
    props.language = report.language
    created = report.generated_at
    if created.tzinfo is not None:                            # the core properties are UTC
        created = created.astimezone(timezone.utc).replace(tzinfo=None)
    props.created = props.modified = created


class _TempFile:
    """A temporary file beside the target, renamed into place once complete; removed otherwise."""

    def __init__(self, path: Path):
        self.path = path
        folder = path.parent if str(path.parent) else Path(".")
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        fd, self.name = tempfile.mkstemp(prefix=".~", suffix=".xlsx.tmp", dir=folder)
        self.fh = os.fdopen(fd, "wb")

    def save(self, wb) -> None:
        from zipfile import ZIP_DEFLATED, ZipFile

        from openpyxl.writer.excel import ExcelWriter

        archive = ZipFile(self.fh, "w", ZIP_DEFLATED, allowZip64=True)
        try:
            ExcelWriter(wb, archive).write_data()
        except BaseException:
            try:                                       # closed now: not by the garbage collector, later
                archive.close()
            except (OSError, ValueError):
                pass
            raise
        archive.close()
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.name, self.path)
        self.name = None

    def discard(self) -> None:
        try:
            self.fh.close()
        except OSError:
            pass
        if self.name is not None:
            try:
                os.unlink(self.name)
            except OSError:
                pass


def _discard_sheet_files(wb) -> None:
    """openpyxl streams each write-only sheet to a temporary file until the save; after a Cancel or an
    error they would stay until the program ends."""
    for ws in getattr(wb, "_sheets", []):
        rows = getattr(ws, "_rows", None)
        writer = getattr(ws, "_writer", None)
        if writer is None or not os.path.exists(getattr(writer, "out", "") or ""):
            continue
        try:
            if rows is not None:
                rows.close()
            writer.close()
            writer.cleanup()
        except (OSError, ValueError):
            pass


def write_error(path: Path, exc: OSError) -> StorageError:
    """The reason a report file could not be written, for the user (the application's language)."""
    if exc.errno == errno.ENOENT and not path.parent.exists():
        return StorageError(QCoreApplication.translate(
            "ReportFiles", "The folder {folder} does not exist. Nothing was written.").format(folder=path.parent))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(QCoreApplication.translate(
            "ReportFiles", "{file} cannot be written here (no permission). Nothing was written.").format(file=path))
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(QCoreApplication.translate(
            "ReportFiles", "The disk is full: {file} was not written.").format(file=path))
    if exc.errno == errno.EISDIR or path.is_dir():
        return StorageError(QCoreApplication.translate(
            "ReportFiles", "{file} is a folder. Choose a file name.").format(file=path))
    return StorageError(QCoreApplication.translate(
        "ReportFiles", "{file} could not be written: {reason}").format(file=path, reason=exc.strerror or exc))
