"""Self-test check of the reports: one collections report, as PDF and spreadsheet, in every language.

Each file is opened with a real reader: the PDF with QtPdf (the engine of the app's preview), whose text must
hold the report's translated title; the spreadsheet with openpyxl, whose cells must hold it too.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from collectdesk.selftest.runner import SelfTestContext

tr = QCoreApplication.translate


def _last_month(today: date) -> tuple[date, date]:
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def reports(ctx: SelfTestContext) -> str:
    from openpyxl import load_workbook
    from PySide6.QtPdf import QPdfDocument

    from collectdesk.reports.generate import generate
    from collectdesk.reports.model import ReportKind, ReportParams

    start, end = _last_month(date.today())
    seen = []
    for lang in ctx.languages:
        folder = ctx.workdir / "reports" / lang
        params = ReportParams(kind=ReportKind.COLLECTIONS, period_start=start, period_end=end, language=lang,
                              author="self-test")
        done = generate(ctx.database.ctx, params, folder, fmt="both")
        title = done.report.title
        pdf, xlsx = done.file("pdf").path, done.file("xlsx").path

        document = QPdfDocument()
        if document.load(str(pdf)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
            raise RuntimeError(tr("SelfTest", "{file} cannot be read back").format(file=pdf.name))
        text = document.getAllText(0).text()
        pages = document.pageCount()
        document.close()
        if title not in text:
            raise RuntimeError(tr("SelfTest", "the {language} PDF does not show its title {title!r}").format(
                language=lang, title=title))

        book = load_workbook(xlsx, read_only=True)
        try:
            cells = [str(v) for ws in book.worksheets for row in ws.iter_rows(max_row=12, values_only=True)
                     for v in row if v is not None]
            sheets = len(book.worksheets)
        finally:
            book.close()
        if not any(title in c for c in cells):
            raise RuntimeError(tr("SelfTest", "the {language} spreadsheet does not show its title {title!r}").format(
                language=lang, title=title))
        ctx.report_pdfs[lang] = pdf
        seen.append(tr("SelfTest", "{language}: \u201c{title}\u201d {pages} p., {sheets} sheets").format(
            language=lang, title=title, pages=pages, sheets=sheets))
    return "; ".join(seen)
