"""What an e-mail import did: how many messages were imported, how many were already there, and every
message that could not be read (file, which message of an mbox, why). The list can be copied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from collectdesk import i18n


class EmailImportSummary(QDialog):
    def __init__(self, report, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("import_summary")
        errors = list(report.errors)
        self.table = QTableWidget(len(errors), 3, self)
        self.table.setObjectName("import_errors")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        for n, (file, index, text) in enumerate(errors):
            cells = (Path(str(file)).name, "" if index is None else i18n.format_count(int(index)), str(text))
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(str(file) if col == 0 else value)
                self.table.setItem(n, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(errors))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self)
        self.copy_button.setVisible(bool(errors))
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(lambda: QApplication.clipboard().setText(self.text()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 380 if errors else 160)
        self.retranslate()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def retranslate(self) -> None:
        r = self.report
        self.setWindowTitle(self.tr("E-mail imported"))
        parts = [self.tr("%n message(s) imported.", "", r.imported)]
        if r.duplicates:
            parts.append(self.tr("%n message(s) were already in the inbox and were skipped.", "", r.duplicates))
        if r.errors:
            parts.append(self.tr("%n message(s) could not be read; they are listed below.", "", len(r.errors)))
        self.summary.setText(" ".join(parts))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Message"), self.tr("Problem")])
        self.copy_button.setText(self.tr("&Copy list"))

    def text(self) -> str:
        lines = ["\t".join((self.tr("File"), self.tr("Message"), self.tr("Problem")))]
        lines += [f"{file}\t{'' if index is None else index}\t{text}" for file, index, text in self.report.errors]
        return "\n".join(lines)
