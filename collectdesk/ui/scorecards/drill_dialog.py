"""What is behind a scorecard figure: the activities, promises, payments, ... that make it up.

Opened by double-click or Enter on a figure. The rows are read in the background; the header says
what the figure is, for whom and for which period, and how many rows there are (at most `LIMIT`
are listed, newest first). Double-click or Enter on a row opens that account (`open_account`); the
dialog stays open so the supervisor can go through several.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView,
                               QVBoxLayout)

from collectdesk import i18n
from collectdesk.domain.errors import DomainError
from collectdesk.services.database import Database
from collectdesk.ui.scorecards.drill_model import ACCOUNT_ROLE, DrillModel
from collectdesk.ui.tasks import run_task

LIMIT = 2000


class DrillDialog(QDialog):
    open_account = Signal(object)  # uuid.UUID

    def __init__(self, database: Database, *, kpi: str, kpi_name: str, who: str, period_text: str, start, end,
                 staff_id: uuid.UUID | None = None, team_id: uuid.UUID | None = None,
                 branch_id: uuid.UUID | None = None, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.database = database
        self.setWindowTitle(self.tr("{figure} \u2013 {who}").format(figure=kpi_name, who=who))
        self.heading = QLabel(self.tr("<b>{figure}</b> for {who}, {period}").format(
            figure=kpi_name, who=who, period=period_text), self)
        self.count_label = QLabel(self.tr("Loading\u2026"), self)
        self.model = DrillModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        self.hint = QLabel(self.tr("Double-click a row or press Enter to open the account."), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.resize(980, 560)
        self.kind = None
        self.total = None

        ctx = database.ctx

        def work(_progress, _cancelled):
            from collectdesk.services.scorecard_drill import drill

            return drill(ctx, kpi, start, end, staff_id=staff_id, team_id=team_id, branch_id=branch_id, limit=LIMIT)

        self.task = run_task(self, work, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, result) -> None:
        self.kind, self.total = result.kind, result.total
        self.model.set_rows(result.rows)
        used = self.model.used_columns()
        for column in range(self.model.columnCount()):
            self.view.setColumnHidden(column, column not in used)
        self.view.resizeColumnsToContents()
        if result.total > len(result.rows):
            text = self.tr("{total} rows; the newest {shown} are listed.").format(
                total=i18n.format_count(result.total), shown=i18n.format_count(len(result.rows)))
        else:
            text = self.tr("%n row(s).", "", result.total)
        self.count_label.setText(text)
        if result.rows:
            self.view.selectRow(0)
            self.view.setFocus()

    def _failed(self, exc: BaseException) -> None:
        message = str(exc) if isinstance(exc, DomainError) else self.tr(
            "The rows could not be read. Try again in a moment.")
        self.count_label.setText(message)

    def _activated(self, index) -> None:
        account_id = self.model.data(index, ACCOUNT_ROLE)
        if account_id is not None:
            self.open_account.emit(account_id)
