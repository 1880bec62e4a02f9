"""Mark a training record completed: the completion date (not in the future) and an optional score 0-100."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from collectdesk import i18n
from collectdesk.services import training
from collectdesk.services.context import ServiceContext
from collectdesk.services.training import StatusRow
from collectdesk.ui.account.date_edit import DateEdit
from collectdesk.ui.training.form_dialog import FormDialog

NO_SCORE = -1


class CompletionDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, row: StatusRow, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(ctx, parent)
        self.row = row
        self.today = today or date.today()
        self.expires_on: date | None = None
        self.completed = DateEdit(self.today, self)
        self.completed.set_range(date(2000, 1, 1), self.today)
        self.score = QSpinBox(self)
        self.score.setRange(NO_SCORE, 100)
        self.score.setValue(NO_SCORE)
        self.completed_label, self.score_label = QLabel(self), QLabel(self)
        self.add_row(self.completed_label, self.completed)
        self.add_row(self.score_label, self.score)
        self.watch(self.completed.dateChanged, self.score.valueChanged)
        self.finish()

    def validate(self) -> str | None:
        if self.completed.value() > self.today:
            return self.tr("The completion date cannot be in the future.")
        return None

    def score_value(self) -> int | None:
        return None if self.score.value() == NO_SCORE else self.score.value()

    def submit(self) -> None:
        self.expires_on = training.complete(self.ctx, self.row.record_id, self.completed.value(), self.score_value(),
                                            expected_version=self.row.version, today=self.today)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mark training completed"))
        self.set_header(self.tr("{module} · {person}\nAssigned on {assigned}").format(
            module=f"{self.row.module_code} – {self.row.module_title}", person=self.row.staff_name,
            assigned=i18n.format_date(self.row.assigned_on) if self.row.assigned_on else "–"))
        self.completed_label.setText(self.tr("&Completed on:"))
        self.score_label.setText(self.tr("&Score (0–100):"))
        self.score.setSpecialValueText(self.tr("No score"))
        self.score.setToolTip(self.tr("The test result in percent, if the course has a test."))
        self.ok_button().setText(self.tr("&Mark completed"))
