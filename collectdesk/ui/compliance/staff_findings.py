"""A staff member's compliance findings of the last 90 days, with their status (a tab of the staff page).

The same rows and columns as the Compliance pane (FindingsModel, without the collector column); Enter or
a double-click opens the finding (its explanation, the activities, the review), and from there the
account. The count above the list is the one the scorecards count for the same days.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from collectdesk import i18n
from collectdesk.domain.enums import FindingStatus
from collectdesk.domain.errors import DomainError
from collectdesk.domain.periods import Period, PeriodKind
from collectdesk.services.compliance import findings as service
from collectdesk.services.compliance.findings import FindingFilter
from collectdesk.ui.compliance.findings_model import COLUMNS, PAGE, ROW_ROLE, FindingsModel

DAYS = 90


class StaffFindingsWidget(QWidget):
    open_account = Signal(object)  # uuid.UUID

    def __init__(self, database, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.database = database
        self._today = today
        self.staff_id: uuid.UUID | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = FindingsModel(database.ctx, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnHidden(COLUMNS.index("collector"), True)
        self.view.activated.connect(self.open_finding)
        self.view.doubleClicked.connect(self.open_finding)
        self.hint = QLabel(self)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self.retranslate()

    @property
    def today(self) -> date:
        return self._today or date.today()

    def period(self) -> Period:
        return Period(PeriodKind.CUSTOM, self.today - timedelta(days=DAYS - 1), self.today)

    def set_staff(self, staff_id: uuid.UUID | None) -> None:
        self.staff_id = staff_id
        self.reload()

    def reload(self) -> None:
        if self.staff_id is None:
            self.model.clear()
            self.summary.clear()
            return
        ctx = self.database.ctx
        flt = FindingFilter(period=self.period(), collector_id=self.staff_id)
        try:
            book = service.rule_book(ctx)
            count = service.count_findings(ctx, flt)
            first = service.list_findings(ctx, flt, limit=PAGE, book=book)
            still_open = service.count_findings(ctx, FindingFilter(period=flt.period, collector_id=self.staff_id,
                                                                   status=FindingStatus.OPEN))
        except DomainError as exc:
            self.model.clear()
            self.summary.setText(exc.message)
            return
        self.model.set_result(flt, count, first, book)
        if count:
            self.view.resizeColumnsToContents()
            self.summary.setText(self.tr("%n finding(s) in the last 90 days, {open} of them not reviewed yet.", "",
                                         count).format(open=i18n.format_count(still_open)))
        else:
            self.summary.setText(self.tr("No compliance findings in the last 90 days."))

    def open_finding(self, index=None):
        from collectdesk.ui.compliance.finding_dialog import FindingDialog

        index = index if index is not None and index.isValid() else self.view.currentIndex()
        row = self.model.data(index, ROW_ROLE) if index.isValid() else None
        if row is None:
            return None
        dialog = FindingDialog(self.database, row.id, self)
        dialog.open_account.connect(self.open_account)
        dialog.changed.connect(lambda _id: self.reload())
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.show()
        return dialog

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Enter or double-click opens a finding: what happened, the rule, and its review."))
        self.model.retranslate()
