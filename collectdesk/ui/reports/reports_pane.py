"""The Reports pane: make a report, see it, print it, hand out copies; and the archive of every report made.

Report tab::

    Report [Collections report ▾]  Format [PDF ▾]  Language [Deutsch ▾]  Paper [A4 ▾]
    Period [Month ▾] [◀] October 2026 [▶] [Current]   Scope [Whole department ▾]
    [Generate]  [██████░░░░ 60 %] [Cancel]  Generated in 2.1 s and kept in the archive.
    ┌ files ───────────┐ [Save as…] [Print…] [Print preview…] [Copies for department heads…] [Present]
    │ PDF              │ ┌ preview (QtPdf): pages, page navigation, zoom ─────────────────────────┐
    │ Spreadsheet      │ │                                                                        │
    └──────────────────┘ └────────────────────────────────────────────────────────────────────────┘

Generate runs reports.generate.generate in a worker (progress bar, Cancel: nothing written, nothing archived)
into the pane's temporary folder; Save as copies the files out under their e-mail-ready names. Print and Print
preview print the previewed PDF's own pages (ui/reports/printing.py). Copies for department heads renders one
PDF per ticked recipient (the cover names the reader) and prints one copy of each, or, with no printer set up,
saves them to a folder. Archive tab: ArchivePage; Reopen shows an archived PDF here.
"""

from __future__ import annotations

import logging
import shutil
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDir, QTemporaryDir, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox,
                               QProgressBar, QPushButton, QSizePolicy, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from collectdesk.domain.errors import DomainError
from collectdesk.reports.model import ReportCancelled
from collectdesk.ui.account.flow_layout import FlowLayout
from collectdesk.ui.icons import icon
from collectdesk.ui.pane import Pane
from collectdesk.ui.reports.archive_page import ArchivePage
from collectdesk.ui.reports.pdf_preview import PdfPreview
from collectdesk.ui.reports.printing import PrintCancelled
from collectdesk.ui.reports.report_options import ReportOptions
from collectdesk.ui.settings import AppSettings
from collectdesk.ui.tasks import Task, run_task

log = logging.getLogger(__name__)
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class ReportsPane(Pane):
    icon_name = "report"
    pane_name = "reports"

    def __init__(self, database, parent=None, *, settings: AppSettings | None = None):
        super().__init__(database, parent)
        self.settings = settings or AppSettings()
        self._temp = QTemporaryDir(QDir.tempPath() + "/collectdesk-reports-XXXXXX")
        self.folder = Path(self._temp.path())
        self._runs = 0
        self._kinds_loaded = False
        self.task: Task | None = None
        self.setup_task: Task | None = None
        self.current = None          # reports.generate.Generated of the last run
        self.archived = None         # the ArchivedReport shown, when the preview is one from the archive
        self.last_copies: list[str] = []

        self.options = ReportOptions(self, settings=self.settings)
        self.generate_button = QPushButton(icon("report"), "", self)
        self.generate_button.setShortcut(QKeySequence("Ctrl+G"))
        self.generate_button.setDefault(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        run_row = QHBoxLayout()
        for w in (self.generate_button, self.progress, self.cancel_button):
            run_row.addWidget(w)
        run_row.addWidget(self.status, 1)

        self.files = QListWidget(self)
        self.files.setMinimumWidth(150)
        self.save_button = QPushButton(icon("save"), "", self)
        self.print_button = QPushButton(icon("print"), "", self)
        self.preview_button = QPushButton(self)
        self.copies_button = QPushButton(icon("user"), "", self)
        self.present_button = QPushButton(self)
        actions = QWidget(self)
        flow = FlowLayout(actions, spacing=6)
        for b in (self.save_button, self.print_button, self.preview_button, self.copies_button, self.present_button):
            flow.addWidget(b)
        self.preview = PdfPreview(self)
        right = QWidget(self)
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(actions)
        box.addWidget(self.preview, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.files)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 900])

        report_tab = QWidget(self)
        box = QVBoxLayout(report_tab)
        box.addWidget(self.options)
        box.addLayout(run_row)
        box.addWidget(self.splitter, 1)
        self.archive = ArchivePage(database.ctx, self.folder / "archive", self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(report_tab, icon("report"), "")
        self.tabs.addTab(self.archive, icon("save"), "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.generate_button.clicked.connect(self.generate)
        self.cancel_button.clicked.connect(self.cancel)
        self.files.currentItemChanged.connect(self._file_chosen)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_current)
        self.preview_button.clicked.connect(self.print_preview)
        self.copies_button.clicked.connect(lambda: self.print_copies())
        self.present_button.clicked.connect(self.present)
        self.options.changed.connect(self._update)
        self.archive.reopened.connect(self.show_archived)
        self.archive.reprint_requested.connect(self.print_path)
        self.archive.status_message.connect(self.status_message)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.retranslate()
        self._set_busy(False)

    def title(self) -> str:
        return self.tr("Reports")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._kinds_loaded:
            self.refresh()

    def refresh(self) -> None:
        """The report kinds of this build (importing the builders takes a second: in the worker), the branches
        and teams for the scope, and the archive."""
        self._kinds_loaded = True
        ctx = self.database.ctx

        def work(_progress, _cancelled):
            from collectdesk.reports import catalogue
            from collectdesk.services import staff

            return catalogue.available(), staff.branches(ctx), staff.teams(ctx)

        def done(result) -> None:
            if not shiboken6.isValid(self):
                return
            kinds, branches, teams = result
            self.options.set_kinds(kinds)
            names = {b.id: b.name for b in branches}
            self.options.set_scopes([(b.id, b.name) for b in branches],
                                    [(t.id, t.name, names.get(t.branch_id, "")) for t in teams])
            if not kinds:
                self._say(self.tr("No report can be made in this build yet."))
            self._update()

        self.setup_task = run_task(self, work, on_done=done,
                                   on_error=lambda exc: log.error("reading the report choices failed", exc_info=exc))
        self.archive.refresh()
        self._update()

    # ---- generating ----------------------------------------------------------------------------------
    def generate(self) -> Task | None:
        if self.task is not None and self.task.running:
            return self.task
        params = self.options.params(author=self.settings.user_name or self.database.ctx.actor)
        if params is None:
            return None
        self.options.remember_kind()
        fmt, page_size, scope_name = self.options.fmt(), self.options.page_size(), self.options.scope()[1]
        self._runs += 1
        folder = self.folder / f"run-{self._runs}"
        ctx = self.database.ctx
        started = time.perf_counter()

        def work(progress, cancelled):
            from collectdesk.reports.generate import generate

            return generate(ctx, params, folder, fmt=fmt, page_size=page_size, scope_name=scope_name,
                            progress=progress, cancel=cancelled)

        def done(result) -> None:
            self._set_busy(False)
            self.show_generated(result)
            self._say(self.tr("Generated in {seconds} s and kept in the archive.").format(
                seconds=f"{time.perf_counter() - started:.1f}"))
            self.archive.refresh(select_id=result.files[0].archive_id if result.files else None)

        return self._start(work, done, self.tr("Generating the report\u2026"))

    def _start(self, work, done, text: str) -> Task:
        def failed(exc) -> None:
            self._set_busy(False)
            if isinstance(exc, ReportCancelled):
                self._say(self.tr("Cancelled. Nothing was written and nothing was kept in the archive."))
            elif isinstance(exc, PrintCancelled):
                self._say(self.tr("Printing cancelled; the print job was withdrawn."))
            elif isinstance(exc, DomainError):
                self._say(exc.message)
            elif isinstance(exc, OSError):
                self._say(self.tr("A file could not be written: {reason}").format(reason=exc.strerror or exc))
            else:
                log.error("report job failed", exc_info=exc)
                self._say(self.tr("The report could not be made ({error}). Nothing was kept in the archive.")
                          .format(error=type(exc).__name__))

        task = run_task(self, work, on_done=done, on_error=failed)
        task.signals.progress.connect(self._progress)
        self.task = task
        self.progress.setValue(0)
        self._set_busy(True)
        self._say(text)
        return task

    def cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Cancelling\u2026"))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setValue(int(done * 1000 / total))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self._update()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status_message.emit(text)

    # ---- showing ---------------------------------------------------------------------------------------
    def show_generated(self, generated) -> None:
        self.current, self.archived = generated, None
        names = {"pdf": self.tr("Report (PDF)"), "xlsx": self.tr("Spreadsheet (XLSX)"),
                 "pdf_tables": self.tr("Report with tables (PDF)")}
        self._list_files([(names.get(f.key, f.key), f.path) for f in generated.files])

    def show_archived(self, path: Path, row) -> None:
        self.current, self.archived = None, row
        self._list_files([(self.tr("Archived: {title}").format(title=row.title), path)])
        self.tabs.setCurrentIndex(0)

    def _list_files(self, files: list[tuple[str, Path]]) -> None:
        self.files.clear()
        first_pdf = None
        for label, path in files:
            item = QListWidgetItem(icon("report" if path.suffix == ".pdf" else "export"), label, self.files)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(path.name)
            if first_pdf is None and path.suffix == ".pdf":
                first_pdf = item
        # the list as wide as its longest entry (at most a third of the pane), the preview gets the rest
        width = min(self.files.sizeHintForColumn(0) + 2 * self.files.frameWidth() + 8, self.width() // 3)
        if width > self.splitter.sizes()[0]:
            self.splitter.setSizes([width, max(1, sum(self.splitter.sizes()) - width)])
        if first_pdf is not None:
            self.files.setCurrentItem(first_pdf)
        else:
            self.files.setCurrentRow(0)
            self.preview.clear(self.tr("A spreadsheet has no preview here. Save it with Save as\u2026 and open it in "
                                       "your spreadsheet program."))
        self._update()

    def _file_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        path = Path(item.data(PATH_ROLE)) if item is not None else None
        if path is not None and path.suffix == ".pdf":
            self.preview.load(path)
        self._update()

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).data(PATH_ROLE)) for i in range(self.files.count())]

    def page_count(self) -> int:
        return self.preview.page_count()

    def _update(self) -> None:
        busy = self.task is not None and self.task.running
        has_pdf = self.preview.page_count() > 0
        self.generate_button.setEnabled(not busy and self.options.kind() is not None)
        self.save_button.setEnabled(bool(self.paths()))
        for b in (self.print_button, self.preview_button):
            b.setEnabled(has_pdf)
        self.copies_button.setEnabled(not busy and self.current is not None and self.current.pdf is not None)
        self.present_button.setEnabled(self.current is not None and _can_present())

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.archive:
            self.archive.refresh()

    # ---- saving and printing ----------------------------------------------------------------------------
    def save_as(self) -> list[Path]:
        """Copy the files out: one file to a name the user picks, several into a folder they pick."""
        paths = self.paths()
        if not paths:
            return []
        if len(paths) == 1:
            pdf = paths[0].suffix == ".pdf"
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), str(Path.home() / paths[0].name),
                                                    self.tr("PDF files (*.pdf)") if pdf
                                                    else self.tr("Spreadsheets (*.xlsx)"))
            targets = [(paths[0], Path(target))] if target else []
        else:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Save the report's files in"), str(Path.home()))
            targets = [(p, Path(folder) / p.name) for p in paths] if folder else []
            existing = [t.name for _p, t in targets if t.exists()]
            if existing and QMessageBox.question(self, self.tr("Save report"), self.tr(
                    "Replace the files already in that folder?\n{files}").format(files="\n".join(existing)),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
                return []
        written = []
        try:
            for source, target in targets:
                shutil.copyfile(source, target)
                written.append(target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save report"), self.tr("{file} could not be written: {reason}")
                                .format(file=target, reason=exc.strerror or exc))
        if written:
            self._say(self.tr("Saved: {files}").format(files=", ".join(str(p) for p in written)))
        return written

    def _title(self) -> str:
        return self.preview.path.stem if self.preview.path else "CollectDesk"

    def print_current(self, printer: QPrinter | None = None) -> Task | None:
        """Print the previewed PDF: through the print dialog, or straight to `printer` (tests, scripts)."""
        if not self.preview.page_count():
            return None
        return self.print_path(self.preview.path, printer)

    def print_path(self, path: Path, printer: QPrinter | None = None) -> Task | None:
        """Print a PDF's pages in a worker (progress, Cancel withdraws the job); asks for the printer first
        unless one is given."""
        from collectdesk.ui.reports import printing

        if self.task is not None and self.task.running:
            return None
        if printer is None:
            try:
                document = printing.load_document(path, self)
            except DomainError as exc:
                self._say(exc.message)
                return None
            try:
                printer = printing.ask_printer(document, self, title=path.stem)
            finally:
                document.close()
                document.deleteLater()
            if printer is None:
                return None
        to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat

        def work(progress, cancelled):
            return printing.print_file(path, printer, progress, cancelled)

        def done(pages: int) -> None:
            self._set_busy(False)
            if to_file:
                self._say(self.tr("Printed %n page(s) to {file}.", "", pages).format(file=printer.outputFileName()))
            else:
                self._say(self.tr("Printed %n page(s) on {printer}.", "", pages).format(printer=printer.printerName()))

        return self._start(work, done, self.tr("Printing {file}\u2026").format(file=path.name))

    def print_preview_dialog(self):
        from collectdesk.ui.reports import printing

        return printing.preview_dialog(self.preview.document, self, title=self._title())

    def print_preview(self) -> None:
        if self.preview.page_count():
            self.print_preview_dialog().exec()

    def print_copies(self, names: list[str] | None = None, printer: QPrinter | None = None,
                     folder: Path | None = None) -> Task | None:
        """One copy for each recipient (their name on the cover): printed, or saved into `folder` when no
        printer is set up. Without arguments it asks for the names and the printer (or folder). Making and
        printing the copies both run in the worker."""
        from collectdesk.ui.reports import printing
        from collectdesk.ui.reports.recipients_dialog import RecipientsDialog

        generated = self.current
        if generated is None or generated.pdf is None or (self.task is not None and self.task.running):
            return None
        if names is None:
            dialog = RecipientsDialog(self.settings, self)
            if not dialog.exec():
                return None
            names = dialog.chosen()
        if not names:
            return None
        if printer is None and folder is None:
            if QPrinterInfo.availablePrinters():
                printer = printing.ask_printer(self.preview.document, self, title=self._title())
                if printer is None:
                    return None
            else:
                chosen = QFileDialog.getExistingDirectory(self, self.tr(
                    "No printer is set up: save the copies in a folder"), str(Path.home()))
                if not chosen:
                    return None
                folder = Path(chosen)
        if printer is not None:
            printer.setCopyCount(1)  # one copy each
        self._runs += 1
        out = self.folder / f"copies-{self._runs}"

        def work(progress, cancelled):
            from collectdesk.reports.generate import PROGRESS_TOTAL, render_copies

            half = PROGRESS_TOTAL // 2
            copies = render_copies(generated.report, names, out, page_size=generated.page_size,
                                   scope_name=generated.scope_name, cancel=cancelled,
                                   progress=lambda d, t: progress(d * half // max(t, 1), PROGRESS_TOTAL))
            if printer is not None:
                outputs = printing.print_files(copies, printer, cancel=cancelled, progress=lambda d, t: progress(
                    half + d * half // max(t, 1), PROGRESS_TOTAL))
            else:
                outputs = []
                for _name, path in copies:
                    shutil.copyfile(path, folder / path.name)
                    outputs.append(str(folder / path.name))
            return copies, outputs

        def done(result) -> None:
            self._set_busy(False)
            copies, self.last_copies = result
            if printer is not None:
                self._say(self.tr("Printed %n copy(ies): {names}", "", len(copies)).format(
                    names=", ".join(n for n, _p in copies)))
            else:
                self._say(self.tr("Saved %n copy(ies) in {folder}.", "", len(copies)).format(folder=folder))

        return self._start(work, done, self.tr("Making a copy for each recipient\u2026"))

    def present(self):
        """The report full screen as slides (the presentation mode), when this build has it."""
        if self.current is None or not _can_present():
            return None
        from collectdesk.ui.reports.presentation import PresentationWindow

        window = PresentationWindow(self.current.report, self)
        window.show_presenting()
        return window

    # ---- texts -------------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.options.report.setFocus()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Report"))
        self.tabs.setTabText(1, self.tr("&Archive"))
        self.generate_button.setText(self.tr("&Generate"))
        self.generate_button.setToolTip(self.tr("Make the report with these choices (Ctrl+G)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("&Save as\u2026"))
        self.save_button.setToolTip(self.tr("Copy the files out, under names ready to attach to an e-mail"))
        self.print_button.setText(self.tr("&Print\u2026"))
        self.print_button.setToolTip(self.tr("Print the report shown: printer, copies, paper size (Ctrl+P)"))
        self.preview_button.setText(self.tr("Print pre&view\u2026"))
        self.copies_button.setText(self.tr("&Copies for department heads\u2026"))
        self.copies_button.setToolTip(self.tr("Print one copy for each person, with their name on the cover"))
        self.present_button.setText(self.tr("Pre&sent"))
        self.present_button.setToolTip(self.tr("Show the report's key figures full screen, slide by slide"))
        self.options.retranslate()
        self.preview.retranslate()
        self.archive.retranslate()


def _can_present() -> bool:
    import importlib.util

    return importlib.util.find_spec("collectdesk.ui.reports.presentation") is not None
