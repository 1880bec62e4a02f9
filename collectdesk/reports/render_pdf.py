"""The narrative PDF of a report (ReportLab platypus), in the report's language.

    render_pdf(report, path, *, page_size="A4" | "Letter", tables_appended=False, recipient=None,
               progress=None, cancel=None) -> Path

Pages: a cover (department, title, subtitle, period, department, author, generation time, "Copy for
{recipient}" when a copy is printed for a named department head, the contents); the executive summary
(Report.summary as points) with the key figures as cards (value, ▲/▼ change against the previous period in
green when it is for the better and red when for the worse, the previous value, target attainment) and
what the report leaves out (Report.notes); then each section: heading, its sentences, its method, its charts
(reports/charts.py) and its tables marked pdf=True. With tables_appended=True every table follows in an
appendix, the spreadsheet-only listings too: the combined PDF of "Both". Every page after the cover has the
report's title and period at the top and the generation time, the recipient and "Page n of m" at the foot;
n counts the cover, so the numbers are the ones a print dialog's page range uses.

Every word the renderer adds is in the report's language (render_pdf_text.Texts), never the window's.
The font is the shipped DejaVu (reports/fonts.py), embedded, so ł ś ż ä ß ò print.

Work and its end: progress(done, total) in units of one per piece of text and one per table row, reported
as the layout places them; cancel() -> True is honoured there too (ReportCancelled). The file is written
beside `path` under a temporary name and moved into place when finished: a cancelled or failed run leaves
no file, and a file already at `path` stays as it was. A missing folder, no permission or a full disk raise
StorageError with a message in the application's language. Import this module lazily (ReportLab costs
start-up time).

Tables (render_pdf_grid, render_pdf_tables): fitted to the width in steps (the currency of a one-currency
column in its header, a short wide table turned on its side, smaller type, wrapping text); a table still too
wide gets landscape pages of its own. Long tables are laid out a page at a time: 5,000 rows (116 pages) take
1 to 2 s on a quiet machine here, where one LongTable grows with the square of its rows.

Modules: render_pdf (this: the file, the pages, head and foot), render_pdf_story (the flowables in order),
render_pdf_text (the renderer's words and styles), render_pdf_grid and render_pdf_tables (tables), charts.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from collectdesk.domain.errors import StorageError
from collectdesk.reports.fonts import BOLD, register_fonts
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import Report, ReportCancelled
from collectdesk.reports.render_pdf_story import story, table_units
from collectdesk.reports.render_pdf_text import Styles, Texts

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
LEFT = RIGHT = 18 * mm
TOP, BOTTOM = 22 * mm, 20 * mm       # room for the running head and the foot
COVER_TOP = 16 * mm


def render_pdf(report: Report, path: str | os.PathLike, *, page_size: str = "A4", tables_appended: bool = False,
               recipient: str | None = None, progress: Callable[[int, int], None] | None = None,
               cancel: Callable[[], bool] | None = None) -> Path:
    """Write the report's PDF at `path` (see the module docstring); returns the path."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size {page_size!r}: one of {tuple(PAGE_SIZES)}")
    if cancel is not None and cancel():
        raise ReportCancelled()
    size = PAGE_SIZES[page_size]
    lang = ReportLanguage(report.language)
    recipient = (recipient or "").strip() or None
    t = Texts(report, lang, recipient)
    st = Styles(register_fonts())
    width, wide = size[0] - LEFT - RIGHT, size[1] - LEFT - RIGHT
    flowables = story(report, lang, t, st, width, wide, tables_appended=tables_appended, cancel=cancel)
    total = table_units(report, tables_appended)

    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".~", suffix=".pdf.tmp", dir=folder)
        os.close(fd)
        doc = _ReportDoc(tmp, size, report, t, total=total, progress=progress, cancel=cancel)
        head = (t.title, t.period, t.generated, t.copy_for or "", t.page)

        def canvas_maker(*args, **kwargs):
            return _ReportCanvas(*args, head=head, font=st.font, **kwargs)

        doc.build(flowables, canvasmaker=canvas_maker)
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise _write_error(target, exc) from exc
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    if progress is not None:
        progress(total, total)
    return target


class _ReportDoc(BaseDocTemplate):
    """Two page templates (the cover without running head and foot, the body with them) and the progress
    and Cancel hook after each placed flowable that stands for work (`_cd_units`)."""

    def __init__(self, filename: str, size, report: Report, t: Texts, *, total: int, progress, cancel):
        super().__init__(filename, pagesize=size, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                         bottomMargin=BOTTOM, title=report.title, subject=report.subtitle or t.period,
                         author=report.params.author or report.params.department, creator="CollectDesk",
                         keywords=[report.params.kind, report.params.period_start.isoformat(),
                                   report.params.period_end.isoformat()],
                         lang=report.language)
        width = size[0] - LEFT - RIGHT
        self.addPageTemplates([
            PageTemplate("cover", [Frame(LEFT, BOTTOM, width, size[1] - COVER_TOP - BOTTOM, id="cover",
                                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]),
            PageTemplate("body", [Frame(LEFT, BOTTOM, width, size[1] - TOP - BOTTOM, id="body",
                                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)],
                         pagesize=size),
            PageTemplate("wide", [Frame(LEFT, BOTTOM, size[1] - LEFT - RIGHT, size[0] - TOP - BOTTOM, id="wide",
                                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)],
                         pagesize=landscape(size)),
        ])
        self._total, self._done = total, 0
        self._progress, self._cancel = progress, cancel

    def afterFlowable(self, flowable):  # noqa: N802 - ReportLab's name
        units = getattr(flowable, "_cd_units", 0)
        if not units:
            return
        self._done = min(self._total, self._done + units)
        if self._progress is not None:
            self._progress(self._done, self._total)
        if self._cancel is not None and self._cancel():
            raise ReportCancelled()


class _ReportCanvas(Canvas):
    """Keeps the pages until the last one is known, then draws the running head and foot on every page
    after the cover: title and period at the top; generation time, recipient and "Page n of m" below."""

    def __init__(self, *args, head: tuple[str, str, str, str, str], font: str, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved: list[dict] = []
        self._head = head
        self._font = font

    def showPage(self):  # noqa: N802 - ReportLab's name
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            if self._pageNumber > 1:
                self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        title, period, generated, copy_for, page = self._head
        width, height = self._pagesize
        right = width - RIGHT
        self.saveState()
        self.setFillColorRGB(0.2, 0.24, 0.3)
        top = height - TOP + 8 * mm
        self.setFont(self._font, 8)
        self.drawRightString(right, top, period)
        room = right - LEFT - stringWidth(period, self._font, 8) - 8 * mm
        self.setFont(BOLD, 8)
        self.drawString(LEFT, top, _fit(title, BOLD, 8, room))
        self.setStrokeColorRGB(0.72, 0.76, 0.8)
        self.setLineWidth(0.5)
        self.line(LEFT, top - 2.5 * mm, right, top - 2.5 * mm)
        foot = BOTTOM - 11 * mm
        self.line(LEFT, foot + 3.5 * mm, right, foot + 3.5 * mm)
        self.setFont(self._font, 7.5)
        self.drawString(LEFT, foot, generated)
        if copy_for:
            self.drawCentredString(width / 2, foot, copy_for)
        self.drawRightString(right, foot, page.format(page=self._pageNumber, pages=total))
        self.restoreState()


def _fit(text: str, font: str, size: float, room: float) -> str:
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "\u2026", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "\u2026"


def _write_error(path: Path, exc: OSError) -> StorageError:
    """The reason a PDF could not be written, for the user (the application's language)."""
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
