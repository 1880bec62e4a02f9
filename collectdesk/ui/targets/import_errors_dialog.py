"""What a refused targets import found: every bad row with its column and reason (nothing was
imported). The list can be copied (tab-separated, to paste into the spreadsheet), and a sample file
with the expected columns can be saved next to the user's file."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QFileDialog, QHeaderView,
                               QLabel, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from collectdesk.services.imports.report import ImportReport


class ImportErrorsDialog(QDialog):
    def __init__(self, report: ImportReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(report.errors), 3, self)
        self.table.setObjectName("import_errors")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        for n, error in enumerate(report.errors):
            for col, text in enumerate((str(error.line), error.column, error.reason)):
                self.table.setItem(n, col, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self)
        self.sample_button = QPushButton(self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.sample_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.sample_button.clicked.connect(self.save_sample)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 420)
        self.retranslate()
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())  # wrapped reasons fit

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Targets not imported"))
        rows = len({e.line for e in self.report.errors})
        text = " ".join((self.tr("Nothing was imported from {file}.").format(file=self.report.filename),
                         self.tr("%n row(s) need correcting.", "", rows),
                         self.tr("Correct the file and import it again.")))
        if self.report.error_count > len(self.report.errors):
            text += " " + self.tr("The first %n problem(s) are listed.", "", len(self.report.errors))
        self.summary.setText(text)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.copy_button.setText(self.tr("&Copy list"))
        self.sample_button.setText(self.tr("Save a &sample file\u2026"))
        self.sample_button.setToolTip(self.tr("A spreadsheet with the columns the import expects and example rows"))

    def text(self) -> str:
        lines = ["\t".join((self.tr("Row"), self.tr("Column"), self.tr("Problem")))]
        lines += [f"{e.line}\t{e.column}\t{e.reason}" for e in self.report.errors]
        return "\n".join(lines)

    def copy_to_clipboard(self) -> None:
        QApplication.clipboard().setText(self.text())

    def save_sample(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a sample file"), "targets_sample.xlsx",
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            from collectdesk.services.target_import import SAMPLE_RESOURCE

            try:
                Path(path).write_bytes(resources.files("collectdesk.resources").joinpath(*SAMPLE_RESOURCE).read_bytes())
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Save a sample file"), self.tr("The file could not be saved: {error}")
                                    .format(error=exc.strerror or exc))
