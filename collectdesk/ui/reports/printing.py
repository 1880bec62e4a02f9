"""Printing a report's PDF: exactly its pages, on paper, in the print preview, or into a PDF file.

QtPdf renders each page to an image at the printer's resolution (at most MAX_DPI; PREVIEW_DPI in the print
preview, which keeps every page in memory), in bands of BAND_ROWS rows so a 600 dpi page never needs one
140 MB image, and the image is painted onto the QPrinter's paper scaled to fit with its aspect kept (an A4
report on Letter paper shrinks a little and is centred). Copies: a printer that makes copies itself
(supportsMultipleCopies) gets the count; otherwise (PDF output) the pages are repeated, collated or not as
the dialog says. The page range of the print dialog is honoured.

    new_printer(document)                       a QPrinter preset to the PDF's paper size
    ask_printer(document, parent)               QPrintDialog (printer, copies, paper, pages) -> QPrinter | None
    print_document(document, printer) -> int    the pages painted (progress, cancel)
    print_file(path, printer) -> int            the same with its own document: for a worker thread
    print_files(paths, printer) -> [outputs]    one print job per file (batch copies); PDF output: one file each
    preview_dialog(document, parent)            a QPrintPreviewDialog that prints the same way

Printing runs in a worker (the pane's run_task): ten Letter pages at 600 dpi take about 9 s here. A grey-scale
print run (the dialog's colour mode) sends one byte a pixel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPaintEngine
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrintPreviewDialog

from collectdesk.domain.errors import DomainError
from collectdesk.reports.filenames import slug

MAX_DPI = 600
PREVIEW_DPI = 120
BAND_ROWS = 1024
OVERLAP_ROWS = 4


Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class PrintError(DomainError):
    pass


class PrintCancelled(Exception):
    """The user cancelled printing; the print job was aborted."""


def load_document(path: Path | str, parent=None) -> QPdfDocument:
    document = QPdfDocument(parent)
    if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
        raise PrintError(QCoreApplication.translate("ReportPrinting", "{file} is not a PDF that can be read.")
                         .format(file=Path(path).name))
    return document


def page_size_of(document: QPdfDocument, page: int = 0) -> QPageSize:
    """The page's paper (A4 and Letter are recognised as such, so the print dialog names them)."""
    return QPageSize(document.pagePointSize(page), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)


def new_printer(document: QPdfDocument, title: str = "") -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    size = document.pagePointSize(0)
    printer.setPageSize(page_size_of(document))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if size.width() > size.height()
                               else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF has its own margins; the paper is the page
    printer.setDocName(title or document.metaData(QPdfDocument.MetaDataField.Title) or "CollectDesk")
    return printer


def page_sequence(printer: QPrinter, count: int) -> list[int]:
    """The 0-based pages to paint, in order: the dialog's range, times the copies the printer does not make."""
    pages = list(range(count))
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), printer.toPage() or count
        pages = list(range(first - 1, min(last, count)))
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        return pages * copies
    return [p for p in pages for _ in range(copies)]


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int, dpi: int,
                gray: bool = False) -> None:
    unit = QPrinter.Unit.DevicePixel
    area = printer.paperRect(unit) if printer.fullPage() else printer.pageRect(unit)
    points = document.pagePointSize(page)
    if points.isEmpty():
        return
    scale = min(area.width() / points.width(), area.height() / points.height())  # device pixels per point
    target = QSizeF(points.width() * scale, points.height() * scale)
    left, top = (area.width() - target.width()) / 2, (area.height() - target.height()) / 2
    image_scale = min(dpi / 72.0, scale)  # no more pixels than the paper shows
    full = QSize(max(1, round(points.width() * image_scale)), max(1, round(points.height() * image_scale)))
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    ratio = target.height() / full.height()
    y = 0
    while y < full.height():
        rows = min(BAND_ROWS, full.height() - y)
        drawn = min(rows + OVERLAP_ROWS, full.height() - y)  # the next band covers the overlap
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(full)
        options.setScaledClipRect(QRect(0, y, full.width(), drawn))
        band = document.render(page, QSize(full.width(), drawn), options)
        painter.drawImage(QRectF(left, top + y * ratio, target.width(), drawn * ratio), _opaque(band, gray))
        y += rows


def _opaque(image: QImage, gray: bool) -> QImage:
    """The band on white paper: QtPdf leaves blank areas transparent; an opaque band hides the edge of the one
    above it (no seam where a printer or viewer resamples) and needs no soft mask in PDF output. For a
    grey-scale print run, one byte a pixel instead of four."""
    out = QImage(image.size(), QImage.Format.Format_RGB32)
    out.fill(Qt.GlobalColor.white)
    painter = QPainter(out)
    painter.drawImage(0, 0, image)
    painter.end()
    return out.convertToFormat(QImage.Format.Format_Grayscale8) if gray else out


def print_document(document: QPdfDocument, printer: QPrinter, progress: Progress | None = None,
                   cancel: Cancel | None = None) -> int:
    """Paint the document's pages onto the printer (one print job); returns how many pages were painted.
    Runs in a worker thread too (QPainter on a QPrinter is allowed there; the pane passes a document loaded in
    that thread). `cancel()` is asked before each page: the job is aborted (a PDF file is removed) and
    PrintCancelled raised."""
    count = document.pageCount()
    if count < 1:
        raise PrintError(QCoreApplication.translate("ReportPrinting", "There is no page to print."))
    sequence = page_sequence(printer, count)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(QCoreApplication.translate(
            "ReportPrinting", "The printer could not be started. Check that it is connected, or print to a "
            "PDF file."))
    painted = 0
    try:
        engine = painter.paintEngine()
        preview = engine is not None and engine.type() == QPaintEngine.Type.Picture
        dpi = min(printer.resolution(), PREVIEW_DPI if preview else MAX_DPI)
        gray = printer.colorMode() == QPrinter.ColorMode.GrayScale
        for page in sequence:
            if cancel is not None and cancel():
                _abort(painter, printer)
                raise PrintCancelled()
            if painted and not printer.newPage():
                raise PrintError(QCoreApplication.translate("ReportPrinting", "The printer stopped after %n "
                                                            "page(s).", "", painted))
            _paint_page(painter, printer, document, page, dpi, gray)
            painted += 1
            if progress is not None:
                progress(painted, len(sequence))
    finally:
        if painter.isActive():
            painter.end()
    return painted


def _abort(painter: QPainter, printer: QPrinter) -> None:
    printer.abort()
    painter.end()
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        Path(printer.outputFileName()).unlink(missing_ok=True)


def print_file(path: Path | str, printer: QPrinter, progress: Progress | None = None,
               cancel: Cancel | None = None) -> int:
    """Print the PDF at `path` (its own QPdfDocument, so this runs in a worker thread)."""
    document = load_document(path)
    try:
        return print_document(document, printer, progress, cancel)
    finally:
        document.close()


def print_files(paths: list[tuple[str, Path]], printer: QPrinter, progress: Progress | None = None,
                cancel: Cancel | None = None) -> list[str]:
    """One print job per (recipient, PDF). To a PDF-file printer each job gets its own file beside the chosen
    one (name-<recipient>.pdf). Returns the printed outputs (file paths, or the printer's name per job)."""
    to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    base = Path(printer.outputFileName() or "copies.pdf")
    outputs = []
    try:
        for n, (name, path) in enumerate(paths, start=1):
            if to_file:
                out = base.with_name(f"{base.stem}-{slug(name) or n}{base.suffix or '.pdf'}")
                printer.setOutputFileName(str(out))
            printer.setDocName(Path(path).stem)
            step = (lambda d, t, n=n: progress((n - 1) * t + d, len(paths) * t)) if progress else None
            print_file(path, printer, step, cancel)
            outputs.append(str(out) if to_file else printer.printerName())
    finally:
        if to_file:
            printer.setOutputFileName(str(base))
    return outputs


def print_dialog(printer: QPrinter, pages: int, parent=None) -> QPrintDialog:
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReportPrinting", "Print report"))
    option = QAbstractPrintDialog.PrintDialogOption
    dialog.setOptions(option.PrintPageRange | option.PrintCollateCopies | option.PrintShowPageSize
                      | option.PrintToFile)
    dialog.setMinMax(1, pages)
    return dialog


def ask_printer(document: QPdfDocument, parent=None, *, title: str = "") -> QPrinter | None:
    """The print dialog (printer, copies, paper size, pages) preset to the PDF's paper; None when cancelled."""
    printer = new_printer(document, title)
    if print_dialog(printer, document.pageCount(), parent).exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def preview_dialog(document: QPdfDocument, parent=None, *, title: str = "") -> QPrintPreviewDialog:
    printer = new_printer(document, title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReportPrinting", "Print preview"))
    dialog.paintRequested.connect(lambda target: print_document(document, target))
    dialog.printer_ = printer  # the dialog does not own it
    dialog.resize(900, 1000)
    return dialog
