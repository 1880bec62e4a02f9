"""The Reports pane's Archive tab: every file a report run wrote, newest first.

    Report [All reports ▾]                                                    12 archived files
    generated | report | period | language | format | size | by | file
    [Reopen] [Reprint…] [Save as…] [Delete…]

Reopen (Enter, double-click) shows the PDF in the pane's preview (`reopened(path, row)`); a spreadsheet has no
preview and is offered to Save as. Reprint has the pane print the archived PDF exactly as it was generated
(`reprint_requested(path)`: print dialog, then the pages in a worker). Delete asks first. The list is read in the background (a newer read supersedes an older one).
"""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget)

from collectdesk.domain.errors import DomainError
from collectdesk.reports import catalogue
from collectdesk.reports.model import ReportKind
from collectdesk.services import report_archive
from collectdesk.services.report_archive import ArchivedReport
from collectdesk.ui.icons import icon
from collectdesk.ui.reports.archive_model import COLUMNS, ROW_ROLE, ArchiveModel
from collectdesk.ui.tasks import Task, run_task

log = logging.getLogger(__name__)


def kind_title(kind: str) -> str:
    try:
        return catalogue.title(ReportKind(kind))
    except ValueError:
        return kind


class ArchivePage(QWidget):
    reopened = Signal(object, object)  # (Path, ArchivedReport)
    reprint_requested = Signal(object)  # Path of the archived PDF, written to the pane's folder
    status_message = Signal(str)

    def __init__(self, ctx, folder: Path, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.folder = folder
        self.task: Task | None = None
        self._generation = 0
        self.kind_label = QLabel(self)
        self.kind = QComboBox(self)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(22)
        self.kind.addItem("", None)
        self.kind_label.setBuddy(self.kind)
        self.count_label = QLabel(self)
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.model = ArchiveModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.reopen_button = QPushButton(icon("report"), "", self)
        self.reprint_button = QPushButton(icon("print"), "", self)
        self.save_button = QPushButton(icon("save"), "", self)
        self.delete_button = QPushButton(icon("remove"), "", self)
        self.delete_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))

        top = QHBoxLayout()
        top.addWidget(self.kind_label)
        top.addWidget(self.kind)
        top.addStretch(1)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for b in (self.reopen_button, self.reprint_button, self.save_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.view.activated.connect(self.reopen)
        self.view.doubleClicked.connect(self.reopen)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.reopen_button.clicked.connect(self.reopen)
        self.reprint_button.clicked.connect(self.reprint)
        self.save_button.clicked.connect(self.save_as)
        self.delete_button.clicked.connect(self.delete)
        self.retranslate()
        self._update_buttons()

    # ---- reading ---------------------------------------------------------------------------------
    def refresh(self, select_id=None) -> Task:
        self._generation += 1
        generation = self._generation
        ctx, kind = self.ctx, self.kind.currentData()
        current = self.current()
        keep = select_id or (current.id if current else None)

        def work(_progress, _cancelled):
            return report_archive.list_reports(ctx, kind=kind), report_archive.kinds(ctx)

        def done(result) -> None:
            if generation != self._generation or not shiboken6.isValid(self):
                return
            rows, kinds = result
            self._fill_kinds(kinds)
            self.model.set_rows(rows)
            self._size_columns()
            self.count_label.setText(self.tr("%n archived file(s)", "", len(rows)))
            row = self.model.row_of(keep) if keep else -1
            self.view.selectRow(row if row >= 0 else 0)
            self._update_buttons()

        def failed(exc) -> None:
            if generation != self._generation or not shiboken6.isValid(self):
                return
            if not isinstance(exc, DomainError):
                log.error("reading the report archive failed", exc_info=exc)
            self.count_label.setText(exc.message if isinstance(exc, DomainError) else self.tr(
                "The archive could not be read ({error}).").format(error=type(exc).__name__))

        self.task = run_task(self, work, on_done=done, on_error=failed)
        return self.task

    def _size_columns(self) -> None:
        """Each column to its contents; the report's title and the file name at most about 34 and 44
        characters (whole in the tooltip), so the size and who made it stay in view."""
        chars = self.view.fontMetrics().averageCharWidth()
        self.view.resizeColumnsToContents()
        for key, cap in (("title", 34), ("filename", 44)):
            column = COLUMNS.index(key)
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), cap * chars))

    def _fill_kinds(self, kinds: list[str]) -> None:
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        while self.kind.count() > 1:
            self.kind.removeItem(1)
        for kind in sorted(set(kinds) | ({current} if current else set()), key=kind_title):
            self.kind.addItem(kind_title(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)) if current else 0)
        self.kind.blockSignals(False)

    def current(self) -> ArchivedReport | None:
        index = self.view.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def _update_buttons(self, *_args) -> None:
        row = self.current()
        self.reopen_button.setEnabled(row is not None and row.file_format == "pdf")
        self.reprint_button.setEnabled(row is not None and row.file_format == "pdf")
        self.save_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)

    # ---- actions ---------------------------------------------------------------------------------
    def _fail(self, exc: Exception) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        QMessageBox.warning(self, self.tr("Report archive"), exc.message)

    def _open(self, row: ArchivedReport) -> Path | None:
        try:
            return report_archive.open_report(self.ctx, row.id, self.folder / row.id.hex)
        except DomainError as exc:
            self._fail(exc)
            return None

    def reopen(self, *_args) -> Path | None:
        row = self.current()
        if row is None:
            return None
        if row.file_format != "pdf":
            self.save_as()
            return None
        path = self._open(row)
        if path is not None:
            self.reopened.emit(path, row)
        return path

    def reprint(self) -> Path | None:
        """Ask the pane to print the archived PDF exactly as it was generated (`reprint_requested`)."""
        row = self.current()
        path = self._open(row) if row is not None and row.file_format == "pdf" else None
        if path is not None:
            self.reprint_requested.emit(path)
        return path

    def save_as(self) -> Path | None:
        row = self.current()
        if row is None:
            return None
        filters = self.tr("PDF files (*.pdf)") if row.file_format == "pdf" else self.tr("Spreadsheets (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the archived report"),
                                              str(Path.home() / row.filename), filters)
        if not path:
            return None
        try:
            written = report_archive.export(self.ctx, row.id, path)
        except DomainError as exc:
            self._fail(exc)
            return None
        self.status_message.emit(self.tr("Saved {file}.").format(file=written))
        return written

    def delete(self) -> bool:
        row = self.current()
        if row is None:
            return False
        answer = QMessageBox.question(self, self.tr("Delete archived report"), self.tr(
            "Delete {file} from the archive? It cannot be reopened or reprinted afterwards.").format(
            file=row.filename), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            report_archive.delete(self.ctx, row.id)
        except DomainError as exc:
            self._fail(exc)
        self.refresh()
        return True

    def retranslate(self) -> None:
        self.kind_label.setText(self.tr("Re&port:"))
        self.kind.setItemText(0, self.tr("All reports"))
        for i in range(1, self.kind.count()):
            self.kind.setItemText(i, kind_title(self.kind.itemData(i)))
        self.reopen_button.setText(self.tr("Re&open"))
        self.reopen_button.setToolTip(self.tr("Show the archived PDF in the preview (Enter)"))
        self.reprint_button.setText(self.tr("Re&print\u2026"))
        self.save_button.setText(self.tr("&Save as\u2026"))
        self.delete_button.setText(self.tr("&Delete\u2026"))
        self.model.retranslate()
