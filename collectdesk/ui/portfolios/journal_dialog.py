"""Export the write-off journal (every write-off in a period, for accounting) as XLSX or CSV.

    JournalExportDialog(database, parent).exec()

The period (default: last calendar month), the format and the file are checked as the user types;
Export writes the file in the background (`services.write_offs.write_journal` in run_task, with a
progress dialog and Cancel) and the dialog then says how many lines were written, or what went wrong.
The CSV follows the user's language (";" and a decimal comma in Italian, Polish and German).
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from collectdesk import i18n
from collectdesk.domain.errors import DomainError
from collectdesk.services.database import Database
from collectdesk.services.write_offs import write_journal
from collectdesk.ui.account.date_edit import DateEdit
from collectdesk.ui.tasks import Task, run_task

log = logging.getLogger(__name__)
FOLDER_KEY = "write_offs/journal_folder"
FORMATS = ("xlsx", "csv")


def last_month(today: date) -> tuple[date, date]:
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


class JournalExportDialog(QDialog):
    exported = Signal(int)  # lines written
    failed = Signal(str)  # the message shown

    def __init__(self, database: Database, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.database = database
        self.task: Task | None = None
        self.lines_written: int | None = None
        start, end = last_month(today or date.today())

        self.start_edit = DateEdit(start, self)
        self.end_edit = DateEdit(end, self)
        self.format_combo = QComboBox(self)
        for fmt in FORMATS:
            self.format_combo.addItem("", fmt)
        self.file_edit = QLineEdit(self)
        self.file_edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)

        self.start_label, self.end_label, self.format_label, self.file_label = (QLabel(self) for _ in range(4))
        for label, field in ((self.start_label, self.start_edit), (self.end_label, self.end_edit),
                             (self.format_label, self.format_combo), (self.file_label, self.file_edit)):
            label.setBuddy(field)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.start_label, self.start_edit)
        form.addRow(self.end_label, self.end_edit)
        form.addRow(self.format_label, self.format_combo)
        form.addRow(self.file_label, file_row)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for first, second in zip((self.start_edit, self.end_edit, self.format_combo, self.file_edit),
                                 (self.end_edit, self.format_combo, self.file_edit, self.browse_button)):
            QWidget.setTabOrder(first, second)
        self.setMinimumWidth(480)

        self.start_edit.dateChanged.connect(self.revalidate)
        self.end_edit.dateChanged.connect(self.revalidate)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.file_edit.textChanged.connect(self.revalidate)
        self.retranslate()
        self.start_edit.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export write-off journal"))
        self.start_label.setText(self.tr("&From:"))
        self.end_label.setText(self.tr("&To:"))
        self.format_label.setText(self.tr("F&ormat:"))
        self.file_label.setText(self.tr("F&ile:"))
        self.format_combo.setItemText(0, self.tr("Excel workbook (XLSX)"))
        self.format_combo.setItemText(1, self.tr("CSV (for other accounting software)"))
        self.browse_button.setText(self.tr("&Browse\u2026"))
        self.export_button.setText(self.tr("&Export"))
        self.revalidate()

    # ---- values ------------------------------------------------------------------------------
    @property
    def fmt(self) -> str:
        return self.format_combo.currentData()

    def path(self) -> Path | None:
        text = self.file_edit.text().strip()
        return Path(text).expanduser() if text else None

    def problem(self) -> str | None:
        start, end = self.start_edit.value(), self.end_edit.value()
        if end < start:
            return self.tr("The period ends before it starts.")
        path = self.path()
        if path is None:
            return self.tr("Choose the file to write.")
        if path.is_dir():
            return self.tr("{file} is a folder: add a file name.").format(file=str(path))
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=str(path.parent))
        if path.suffix.lower() != "." + self.fmt:
            return self.tr("The file name should end in .{ext}.").format(ext=self.fmt)
        return None

    def revalidate(self, *_args) -> None:
        problem = self.problem()
        running = self.task is not None and self.task.running
        self.export_button.setEnabled(problem is None and not running)
        if problem is not None:
            self.message.setText(problem)
        elif self.lines_written is None:
            self.message.setText(self.tr("Write-offs dated {start} to {end}, both included.").format(
                start=i18n.format_date(self.start_edit.value()), end=i18n.format_date(self.end_edit.value())))

    def _format_changed(self, *_args) -> None:
        path = self.path()
        if path is not None and path.suffix.lower() in (".xlsx", ".csv"):
            self.file_edit.setText(str(path.with_suffix("." + self.fmt)))
        self.revalidate()

    def choose_file(self) -> None:
        folder = Path(QSettings().value(FOLDER_KEY, str(Path.home())))
        suggested = self.path() or folder / "write_off_journal_{start}_{end}.{ext}".format(
            start=self.start_edit.value().isoformat(), end=self.end_edit.value().isoformat(), ext=self.fmt)
        pattern = self.tr("Excel workbooks (*.xlsx)") if self.fmt == "xlsx" else self.tr("CSV files (*.csv)")
        chosen, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), str(suggested), pattern)
        if chosen:
            if not chosen.lower().endswith("." + self.fmt):
                chosen += "." + self.fmt
            self.file_edit.setText(chosen)

    # ---- export ------------------------------------------------------------------------------
    def export(self) -> None:
        if self.problem() is not None or (self.task is not None and self.task.running):
            return
        ctx, start, end, path, fmt = (self.database.ctx, self.start_edit.value(), self.end_edit.value(),
                                      self.path(), self.fmt)
        language = i18n.current_language()
        self.lines_written = None
        QSettings().setValue(FOLDER_KEY, str(path.parent))

        def work(progress, _cancelled):
            progress(0, 0)
            return write_journal(ctx, start, end, path, fmt, language)

        self.message.setText(self.tr("Writing the journal\u2026"))
        self.task = run_task(self, work, on_done=lambda n: self._done(n, path), on_error=self._failed,
                             title=self.windowTitle(), label=self.tr("Writing the write-off journal\u2026"))
        self.revalidate()

    def _done(self, lines: int, path: Path) -> None:
        if not shiboken6.isValid(self):
            return
        self.lines_written = lines
        self.message.setText(self.tr("%n line(s) written to {file}.", "", lines).format(file=str(path)))
        self.revalidate()
        self.exported.emit(lines)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(exc, DomainError):
            text = exc.message
        else:
            log.error("the write-off journal could not be written", exc_info=exc)
            text = self.tr("The journal could not be written: {error}").format(error=str(exc) or type(exc).__name__)
        self.lines_written = None
        self.message.setText(text)
        self.revalidate()
        self.message.setText(text)
        self.failed.emit(text)
