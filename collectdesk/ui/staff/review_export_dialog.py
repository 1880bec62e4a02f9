"""Export a review as PDF: the language (default: the staff member's) and the paper size, then the file.
The PDF is written in the background (run_task) and opened afterwards if the user wishes."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QMessageBox,
                               QVBoxLayout, QWidget)

from collectdesk.domain.errors import DomainError
from collectdesk.services.context import ServiceContext
from collectdesk.ui.account.action_dialog import find_data
from collectdesk.ui.staff.staff_dialog import LANGUAGE_NAMES
from collectdesk.ui.tasks import run_task

PAPER_KEY = "staff/review_pdf_paper"
FOLDER_KEY = "staff/review_pdf_folder"


class ReviewExportDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, find_data(self.language, language)))
        self.paper = QComboBox(self)
        self.paper.addItem("A4", "A4")
        self.paper.addItem("Letter", "Letter")
        self.paper.setCurrentIndex(max(0, find_data(self.paper, QSettings().value(PAPER_KEY, "A4"))))
        self.language_label, self.paper_label = QLabel(self), QLabel(self)
        self.language_label.setBuddy(self.language)
        self.paper_label.setBuddy(self.paper)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.paper_label, self.paper)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Export review as PDF"))
        self.language_label.setText(self.tr("&Language of the document:"))
        self.paper_label.setText(self.tr("&Paper size:"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Choose file…"))


def export_review(parent: QWidget, ctx: ServiceContext, review_id: uuid.UUID, staff_name: str, language: str,
                  reviewed_on_iso: str) -> None:
    """Ask for language, paper and file, then write the PDF in a worker."""
    options = ReviewExportDialog(language, parent)
    if options.exec() != QDialog.DialogCode.Accepted:
        return
    lang, paper = options.language.currentData(), options.paper.currentData()
    QSettings().setValue(PAPER_KEY, paper)
    safe = re.sub(r"[^\w\-]+", "_", staff_name, flags=re.UNICODE).strip("_")
    folder = QSettings().value(FOLDER_KEY, str(Path.home()))
    suggested = str(Path(folder) / f"review_{safe}_{reviewed_on_iso}.pdf")
    path, _ = QFileDialog.getSaveFileName(parent, options.windowTitle(), suggested,
                                          QCoreApplication.translate("ReviewExportDialog", "PDF documents (*.pdf)"))
    if not path:
        return
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    QSettings().setValue(FOLDER_KEY, str(Path(path).parent))

    def work(_progress, _cancelled):
        from collectdesk.reports.evaluation_pdf import write_review_pdf  # ReportLab: only when exporting

        return write_review_pdf(ctx, review_id, path, language=lang, page_size=paper)

    def done(written) -> None:
        text = QCoreApplication.translate("ReviewExportDialog", "The review was saved as {file}.").format(
            file=str(written))
        box = QMessageBox(QMessageBox.Icon.Information, options.windowTitle(), text,
                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, parent)
        if box.exec() == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

    def failed(exc) -> None:
        text = exc.message if isinstance(exc, DomainError) else QCoreApplication.translate(
            "ReviewExportDialog", "The PDF could not be written: {error}").format(error=str(exc) or type(exc).__name__)
        QMessageBox.warning(parent, options.windowTitle(), text)

    run_task(parent, work, on_done=done, on_error=failed, title=options.windowTitle(),
             label=QCoreApplication.translate("ReviewExportDialog", "Writing the PDF…"))
