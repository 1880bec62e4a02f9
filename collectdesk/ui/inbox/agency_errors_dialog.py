"""What a refused agency import found: every bad row with its column and reason; nothing was imported.
The targets import's dialog with its own title and without a sample file (the columns are described in
docs/agency-import.md and in the message)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from collectdesk.ui.targets.import_errors_dialog import ImportErrorsDialog


class AgencyErrorsDialog(ImportErrorsDialog):
    def __init__(self, report, parent: QWidget | None = None):
        super().__init__(report, parent)
        self.sample_button.hide()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Agency data not imported"))
        rows = len({e.line for e in self.report.errors})
        text = " ".join((self.tr("Nothing was imported from {file}.").format(file=self.report.filename),
                         self.tr("%n row(s) need correcting.", "", rows),
                         self.tr("Each row needs a date, an account or a collector, and a satisfaction, NPS or "
                                 "complaint code. Correct the file and import it again.")))
        if self.report.error_count > len(self.report.errors):
            text += " " + self.tr("The first %n problem(s) are listed.", "", len(self.report.errors))
        self.summary.setText(text)
