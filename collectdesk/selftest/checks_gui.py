"""Self-test checks of the window: every pane drawn in every language, a chart, the PDF preview and printing.

A pane passes when it was drawn without an unexpected error and the picture is not one flat colour (a missing
style, font or platform plugin shows as a blank or near-blank picture). The pictures are kept in the self-test
folder (--keep-self-test) for a person to look at.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, QSize
from PySide6.QtGui import QImage

from collectdesk.selftest.runner import SelfTestContext

tr = QCoreApplication.translate
MIN_COLOURS = 6          # a drawn pane has text, lines, icons, selection: many more than this


def colours(image: QImage) -> int:
    """Distinct colours in a 160×100 reduction of `image` (1: a flat, blank picture)."""
    small = image.scaled(160, 100)
    return len({small.pixel(x, y) for x in range(small.width()) for y in range(small.height())})


def scratch_settings(ctx: SelfTestContext):
    from collectdesk.ui.settings import AppSettings

    if ctx.settings is None:
        ctx.settings = AppSettings(QSettings(str(ctx.workdir / "settings.ini"), QSettings.Format.IniFormat))
    return ctx.settings


def panes(ctx: SelfTestContext) -> str:
    from collectdesk import i18n
    from collectdesk.ui.main_window import MainWindow
    from collectdesk.ui.shots import settle

    folder = ctx.workdir / "panes"
    folder.mkdir(exist_ok=True)
    drawn = 0
    count = 0
    try:
        for lang in ctx.languages:
            i18n.install(lang)
            window = MainWindow(ctx.database, scratch_settings(ctx), restore_state=False)
            window.resize(QSize(1280, 800))
            window.show()
            try:
                count = len(window.panes)
                for i, pane in enumerate(window.panes):
                    window.nav.setCurrentRow(i)
                    settle(0.2)
                    image = window.grab().toImage()
                    image.save(str(folder / f"{lang}-{i + 1:02d}-{pane.icon_name}.png"))
                    if image.isNull() or colours(image) < MIN_COLOURS:
                        raise RuntimeError(tr("SelfTest", "the {pane} pane ({language}) was drawn blank").format(
                            pane=pane.title(), language=lang))
                    drawn += 1
            finally:
                window.close()
                window.deleteLater()
                settle(0.1)
    finally:
        i18n.install(ctx.language)
    return tr("SelfTest", "{panes} panes in {languages} languages ({drawn} pictures)").format(
        panes=count, languages=len(ctx.languages), drawn=drawn)


def chart(ctx: SelfTestContext) -> str:
    from PySide6.QtCharts import QBarSeries, QBarSet, QChart, QChartView

    bars = QBarSet("2026")
    bars.append([3, 5, 2, 7])
    series = QBarSeries()
    series.append(bars)
    chart = QChart()
    chart.addSeries(series)
    view = QChartView(chart)
    view.resize(400, 300)
    image = view.grab().toImage()
    if colours(image) < MIN_COLOURS:
        raise RuntimeError(tr("SelfTest", "a chart was drawn blank"))
    return tr("SelfTest", "a bar chart drawn ({colours} colours)").format(colours=colours(image))


def preview_and_print(ctx: SelfTestContext) -> str:
    """The report preview (QtPdf renders a page) and printing (QtPrintSupport, to a PDF-file printer)."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from collectdesk.ui.reports.printing import load_document, new_printer, print_document

    source = next(iter(ctx.report_pdfs.values()))
    document = load_document(source)
    try:
        page = document.render(0, QSize(595, 842))
        if page.isNull() or colours(page) < 3:
            raise RuntimeError(tr("SelfTest", "the PDF preview drew an empty page"))
        printer = new_printer(document)
        out = ctx.workdir / "printed.pdf"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        pages = min(2, document.pageCount())     # two pages prove it; all of them take seconds at 600 dpi
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(1, pages)
        printed = print_document(document, printer)
    finally:
        document.close()
    copy = QPdfDocument()
    try:
        if copy.load(str(out)) != QPdfDocument.Error.None_ or copy.pageCount() != pages:
            raise RuntimeError(tr("SelfTest", "printing to a PDF file gave {got} pages instead of {expected}").format(
                got=copy.pageCount(), expected=pages))
    finally:
        copy.close()
    printers = len(QPrinterInfo.availablePrinterNames())
    return tr("SelfTest", "preview rendered, {pages} pages printed to a PDF file; {printers} printers on this machine").format(
        pages=printed, printers=printers)
