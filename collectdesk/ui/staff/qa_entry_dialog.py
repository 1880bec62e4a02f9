"""A call-monitoring QA entry: the date, the monitored call (picked from the staff member's calls of the
30 days before it, or a typed reference such as a recording id), a 0-100 score per active QA criterion
(slider and spin box; "–" = not scored) and notes. The overall score (the mean, rounded half-up, as the
service stores it) is shown live."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QComboBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QSlider, QSpinBox,
                               QWidget)

from collectdesk import i18n
from collectdesk.services import evaluations, staff
from collectdesk.services.context import ServiceContext
from collectdesk.services.staff import StaffRow
from collectdesk.ui import labels
from collectdesk.ui.account.date_edit import DateEdit
from collectdesk.ui.training.form_dialog import FormDialog

CALL_DAYS = 30
NOT_SCORED = -1


class QaEntryDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, person: StaffRow, parent: QWidget | None = None, *,
                 today: date | None = None):
        super().__init__(ctx, parent)
        self.person = person
        self.today = today or date.today()
        self.saved_id: uuid.UUID | None = None
        self.setMinimumWidth(600)
        self.evaluated_on = DateEdit(self.today, self)
        self.evaluated_on.set_range(None, self.today)
        self.evaluator = QComboBox(self)
        reviewers = [r for r in staff.reviewers(ctx) if r.id != person.id]
        for r in reviewers:
            self.evaluator.addItem(r.full_name, r.id)
        same_team = next((i for i, r in enumerate(reviewers) if r.team_id and r.team_id == person.team_id), 0)
        self.evaluator.setCurrentIndex(same_team)
        self.call = QComboBox(self)
        self.call.setMinimumContentsLength(40)
        self.call.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reference = QLineEdit(self)
        self.reference.setMaxLength(evaluations.MAX_REFERENCE)
        self.date_label, self.evaluator_label = QLabel(self), QLabel(self)
        self.call_label, self.reference_label = QLabel(self), QLabel(self)
        self.add_row(self.date_label, self.evaluated_on)
        self.add_row(self.evaluator_label, self.evaluator)
        self.add_row(self.call_label, self.call)
        self.add_row(self.reference_label, self.reference)

        self.scores_heading = QLabel(self)
        bold = self.scores_heading.font()
        bold.setBold(True)
        self.scores_heading.setFont(bold)
        self.form.addRow(self.scores_heading)
        host = QWidget(self)
        grid = QGridLayout(host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self.criteria = evaluations.criteria(ctx, evaluations.QA)
        self.spins: dict[uuid.UUID, QSpinBox] = {}
        for row, c in enumerate(self.criteria):
            label = QLabel(c.name, host)
            slider = QSlider(Qt.Orientation.Horizontal, host)
            slider.setRange(NOT_SCORED, 100)
            slider.setPageStep(10)
            slider.setAccessibleName(c.name)
            spin = QSpinBox(host)
            spin.setRange(NOT_SCORED, 100)
            spin.setSpecialValueText("\u2013")
            spin.setAccessibleName(c.name)
            spin.setValue(NOT_SCORED)
            slider.setValue(NOT_SCORED)
            slider.valueChanged.connect(spin.setValue)
            spin.valueChanged.connect(slider.setValue)
            label.setBuddy(spin)
            grid.addWidget(label, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(spin, row, 2)
            self.spins[c.id] = spin
            self._fields.append(spin)
            self.watch(spin.valueChanged)
        self.form.addRow(host)
        self.overall = QLabel(self)
        big = QFont(self.overall.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.overall.setFont(big)
        self.overall_label = QLabel(self)
        self.form.addRow(self.overall_label, self.overall)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)
        self.notes_label = QLabel(self)
        self.add_row(self.notes_label, self.notes)

        self._load_calls()
        self.evaluated_on.dateChanged.connect(self._load_calls)
        self.call.currentIndexChanged.connect(self._call_changed)
        self.watch(self.evaluated_on.dateChanged, self.evaluator.currentIndexChanged, self.call.currentIndexChanged,
                   self.reference.textChanged)
        self.finish()
        self._call_changed()

    def _load_calls(self, *_args) -> None:
        day = self.evaluated_on.value()
        current = self.call.currentData()
        calls = evaluations.calls_for_qa(self.ctx, self.person.id, day - timedelta(days=CALL_DAYS), day)
        self.call.blockSignals(True)
        self.call.clear()
        self.call.addItem(self.tr("No call in CollectDesk: type its reference below"), None)
        for c in calls:
            self.call.addItem(self.tr("{when} · {account} · {debtor} · {outcome}").format(
                when=i18n.format_datetime(c.occurred_at), account=c.account_no, debtor=c.debtor_name,
                outcome=labels.outcome_label(c.outcome)), c.activity_id)
        index = next((i for i in range(self.call.count()) if current and self.call.itemData(i) == current),
                     1 if calls else 0)
        self.call.setCurrentIndex(index)
        self.call.blockSignals(False)
        self._call_changed()

    def _call_changed(self, *_args) -> None:
        self.reference.setEnabled(self.call.currentData() is None)

    def scores(self) -> dict[uuid.UUID, int]:
        return {cid: spin.value() for cid, spin in self.spins.items() if spin.value() != NOT_SCORED}

    def overall_score(self) -> int | None:
        scores = self.scores()
        return evaluations.overall_score(scores.values()) if scores else None

    def validate(self) -> str | None:
        if self.call.currentData() is None and not self.reference.text().strip():
            return self.tr("Choose the monitored call, or type its reference.")
        if self.evaluator.currentData() is None:
            return self.tr("There is no supervisor or manager to record as the evaluator.")
        if not self.scores():
            return self.tr("Score at least one criterion (0–100).")
        return None

    def revalidate(self) -> None:
        overall = self.overall_score()
        self.overall.setText("\u2013" if overall is None else i18n.format_count(overall))
        super().revalidate()

    def submit(self) -> None:
        activity = self.call.currentData()
        saved = evaluations.record_qa_entry(
            self.ctx, self.person.id, self.evaluator.currentData(), self.evaluated_on.value(), None, activity,
            None if activity else self.reference.text(), self.scores(), self.notes.toPlainText(), today=self.today)
        self.saved_id = saved.id

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("QA entry for {name}").format(name=self.person.full_name))
        self.date_label.setText(self.tr("&Date:"))
        self.evaluator_label.setText(self.tr("&Evaluator:"))
        self.call_label.setText(self.tr("Monitored &call:"))
        self.reference_label.setText(self.tr("Call &reference:"))
        self.reference.setPlaceholderText(self.tr("Recording or phone system reference"))
        self.scores_heading.setText(self.tr("Scores (0–100; – means not scored)"))
        self.overall_label.setText(self.tr("Overall score:"))
        self.overall.setToolTip(self.tr("The average of the scores given, rounded half up"))
        self.notes_label.setText(self.tr("&Notes:"))
        self.ok_button().setText(self.tr("&Save QA entry"))
        if self.call.count():
            self.call.setItemText(0, self.tr("No call in CollectDesk: type its reference below"))
