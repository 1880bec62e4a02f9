"""A person's training, for the staff page: records and missing mandatory modules with their states.

    widget = StaffTrainingWidget(database)
    widget.set_staff(staff_id)   # None clears it
    widget.refresh()             # reads again (after changes made elsewhere)
    widget.changed               # emitted after this widget changed the person's training

Buttons: Assign module…, Mark completed… (the selected open record), Create onboarding checklist
(assigns every mandatory module of the person's role they have no record of; enabled when some are
missing). A person's training is a few dozen rows, read in one short query.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from collectdesk.domain.errors import DomainError
from collectdesk.services import training
from collectdesk.services.database import Database
from collectdesk.services.training import RecordState, StatusRow
from collectdesk.store.models import StaffMember
from collectdesk.ui.dashboard.figure_tile import tone_colour
from collectdesk.ui.icons import icon
from collectdesk.ui.training.assign_module_dialog import AssignModuleDialog
from collectdesk.ui.training.completion_dialog import CompletionDialog
from collectdesk.ui.training.staff_training_model import COL_MODULE, StaffTrainingModel


class StaffTrainingWidget(QWidget):
    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.database = database
        self._today = today
        self.staff_id: uuid.UUID | None = None
        self.staff_name = ""
        self.error: str | None = None

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.model = StaffTrainingModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MODULE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.mark_completed())

        self.assign_button = QPushButton(icon("add"), "", self)
        self.assign_button.clicked.connect(self.assign_module)
        self.complete_button = QPushButton(icon("save"), "", self)
        self.complete_button.clicked.connect(self.mark_completed)
        self.onboarding_button = QPushButton(icon("calendar"), "", self)
        self.onboarding_button.clicked.connect(self.create_onboarding)
        buttons = QHBoxLayout()
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.complete_button)
        buttons.addWidget(self.onboarding_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, self.assign_module,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()
        self._update_buttons()

    # ---- API ---------------------------------------------------------------------------------
    @property
    def today(self) -> date:
        return self._today or date.today()

    def set_staff(self, staff_id: uuid.UUID | None) -> None:
        self.staff_id = staff_id
        self.refresh()

    def refresh(self) -> None:
        self.error = None
        rows: list[StatusRow] = []
        self.staff_name = ""
        if self.staff_id is not None:
            try:
                with self.database.ctx.reading() as s:
                    person = s.get(StaffMember, self.staff_id)
                    self.staff_name = person.full_name if person else ""
                rows = training.training_status(self.database.ctx, self.staff_id, self.today)
            except DomainError as exc:
                self.error = exc.message
        self.model.set_rows(rows)
        self._render_summary()
        self._update_buttons()

    def rows(self) -> list[StatusRow]:
        return self.model.rows()

    def selected_row(self) -> StatusRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    # ---- actions -----------------------------------------------------------------------------
    def assign_module(self) -> None:
        if self.staff_id is None:
            return
        busy = {r.module_id for r in self.rows() if r.is_open}
        dialog = AssignModuleDialog(self.database.ctx, self.staff_id, self.staff_name, self, today=self.today,
                                    exclude=busy)
        row = self.selected_row()
        if row is not None and row.module_id not in busy:
            dialog.select_module(row.module_id)
        if dialog.exec():
            self._changed()

    def mark_completed(self) -> None:
        row = self.selected_row()
        if row is None or not row.is_open:
            return
        dialog = CompletionDialog(self.database.ctx, row, self, today=self.today)
        if dialog.exec():
            self._changed()

    def create_onboarding(self) -> None:
        if self.staff_id is None:
            return
        try:
            created = training.create_onboarding(self.database.ctx, self.staff_id, today=self.today)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Onboarding checklist"), exc.message)
            return
        self._changed()
        QMessageBox.information(self, self.tr("Onboarding checklist"), self.tr(
            "%n mandatory module(s) assigned to {name}.", "", created).format(name=self.staff_name))

    # ---- display -----------------------------------------------------------------------------
    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def counts(self) -> dict[RecordState, int]:
        out: dict[RecordState, int] = {}
        for r in self.rows():
            if not r.superseded:
                out[r.state] = out.get(r.state, 0) + 1
        return out

    def _render_summary(self) -> None:
        from html import escape

        if self.error:
            self.summary.setText(f'<span style="color:{tone_colour("bad", self.palette()).name()}">'
                                 f"{escape(self.error)}</span>")
            return
        if self.staff_id is None:
            self.summary.setText(escape(self.tr("Select a staff member to see their training.")))
            return
        c = self.counts()
        parts = []
        for state, tone, text in (
                (RecordState.OVERDUE, "bad", self.tr("%n overdue", "", c.get(RecordState.OVERDUE, 0))),
                (RecordState.EXPIRED, "bad", self.tr("%n expired", "", c.get(RecordState.EXPIRED, 0))),
                (RecordState.NOT_ASSIGNED, "bad", self.tr("%n mandatory not assigned", "",
                                                          c.get(RecordState.NOT_ASSIGNED, 0))),
                (RecordState.EXPIRING, "warn", self.tr("%n expiring within 30 days", "",
                                                       c.get(RecordState.EXPIRING, 0)))):
            if c.get(state):
                parts.append(f'<span style="color:{tone_colour(tone, self.palette()).name()}">{escape(text)}</span>')
        if not parts:
            parts.append(escape(self.tr("Nothing overdue or expiring.") if self.rows()
                                else self.tr("No training recorded.")))
        self.summary.setText(" · ".join(parts))

    def _update_buttons(self, *_args) -> None:
        has_person = self.staff_id is not None and self.error is None
        row = self.selected_row()
        self.assign_button.setEnabled(has_person)
        self.complete_button.setEnabled(has_person and row is not None and row.is_open)
        missing = any(r.state is RecordState.NOT_ASSIGNED for r in self.rows())
        self.onboarding_button.setEnabled(has_person and missing)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Training"))
        self.assign_button.setText(self.tr("&Assign module…"))
        self.assign_button.setToolTip(self.tr("Assign a training module to this person (Ctrl+Shift+A)."))
        self.complete_button.setText(self.tr("Mark &completed…"))
        self.complete_button.setToolTip(self.tr("Record the completion date and score of the selected training."))
        self.onboarding_button.setText(self.tr("Create &onboarding checklist"))
        self.onboarding_button.setToolTip(self.tr(
            "Assign every module that is mandatory for this person's role and not yet assigned, due 30 days "
            "after the hire date (or from today)."))
        self.table.setAccessibleName(self.tr("Training of the staff member"))
        self._render_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
