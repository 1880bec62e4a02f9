"""Stand-ins for a report builder and the two renderers, with the contract's signatures, so the generate job,
the archive and the Reports pane can be tested on their own: the builder reads the accounts through the
context, the PDF has a known number of pages (two more with the tables appended) and names its recipient, the
XLSX is a real workbook. `gate` holds the builder until the test cancels (to test Cancel mid-run).

Tests that need the real builders and renderers import them and skip until they exist."""

from __future__ import annotations

import os
import threading
from datetime import UTC, datetime

from collectdesk.reports.model import (Column, ColumnKind, Fact, Report, ReportCancelled, ReportKind, ReportParams,
                                       Section, Table)

PAGES = 3
TABLE_PAGES = 2
TITLES = {"en": "Collections report", "de": "Inkassobericht", "it": "Rapporto incassi", "pl": "Raport windykacji"}


class StandIns:
    def __init__(self) -> None:
        self.gate: threading.Event | None = None
        self.built = 0
        self.pdfs: list[dict] = []
        self.started = threading.Event()

    def install(self, monkeypatch) -> StandIns:
        from collectdesk.reports import catalogue, generate

        monkeypatch.setattr(catalogue, "available", lambda: [ReportKind.COLLECTIONS, ReportKind.AGING])
        monkeypatch.setattr(catalogue, "build", self.build)
        monkeypatch.setattr(generate, "renderer",
                            lambda name: {"render_pdf": self.render_pdf, "render_xlsx": self.render_xlsx}[name])
        return self

    # ---- the builder ---------------------------------------------------------------------------
    def build(self, ctx, params: ReportParams, progress=None, cancel=None) -> Report:
        from sqlalchemy import func, select

        from collectdesk.store.models import Account

        self.started.set()
        if self.gate is not None:
            while not self.gate.wait(0.02):
                if cancel is not None and cancel():
                    raise ReportCancelled()
        with ctx.reading() as s:
            accounts = s.scalar(select(func.count()).select_from(Account))
        if progress:
            progress(1, 2)
        if cancel is not None and cancel():
            raise ReportCancelled()
        self.built += 1
        table = Table(key="accounts", title="Accounts", columns=(Column("n", "Accounts", ColumnKind.INTEGER),),
                      rows=({"n": accounts},))
        section = Section(key="main", title="Summary", sentences=(f"{accounts} accounts.",),
                          facts=(Fact("accounts", "Accounts", accounts, ColumnKind.INTEGER),), tables=(table,))
        return Report(params=params, title=TITLES.get(params.language, TITLES["en"]),
                      subtitle=params.period_label or str(params.period_start), summary=section.sentences,
                      sections=(section,), generated_at=datetime.now(UTC), language=params.language)

    # ---- the renderers ---------------------------------------------------------------------------
    def render_pdf(self, report: Report, path, *, page_size="A4", tables_appended=False, recipient=None,
                   progress=None, cancel=None):
        from reportlab.lib.pagesizes import A4, LETTER
        from reportlab.pdfgen.canvas import Canvas

        from collectdesk.reports.fonts import register_fonts

        font = register_fonts()
        pages = PAGES + (TABLE_PAGES if tables_appended else 0)
        tmp = f"{path}.part"
        canvas = Canvas(tmp, pagesize=A4 if page_size == "A4" else LETTER)
        for n in range(pages):
            if cancel is not None and cancel():
                os.unlink(tmp) if os.path.exists(tmp) else None
                raise ReportCancelled()
            canvas.setFont(font, 18)
            canvas.drawString(72, 720, report.title if n == 0 else f"{report.title} {n + 1}")
            if recipient and n == 0:
                canvas.drawString(72, 690, f"Copy for {recipient}")
            canvas.rect(60, 60, 300, 200)
            canvas.showPage()
            if progress:
                progress(n + 1, pages)
        canvas.save()
        os.replace(tmp, path)
        self.pdfs.append(dict(path=str(path), page_size=page_size, tables_appended=tables_appended,
                              recipient=recipient))
        return path

    def render_xlsx(self, report: Report, path, progress=None, cancel=None):
        from openpyxl import Workbook

        if cancel is not None and cancel():
            raise ReportCancelled()
        wb = Workbook()
        ws = wb.active
        ws.title = report.title[:31]
        ws.append(["Accounts"])
        ws.append([report.sections[0].tables[0].rows[0]["n"]])
        tmp = f"{path}.part"
        wb.save(tmp)
        os.replace(tmp, path)
        if progress:
            progress(1, 1)
        return path
