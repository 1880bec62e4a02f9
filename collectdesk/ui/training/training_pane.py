"""The Training pane: the modules (top) and the records of the selected module (bottom).

Top: a summary of the department's alerts (overdue, expiring within 30 days, expired, mandatory not
assigned), the modules table with New…, Edit…, Deactivate/Activate and "Show deactivated". Bottom: the
selected module's records (staff, assigned, due, completed, expires, score, state; overdue in red,
expiring in amber) with Assign…, Mark completed… and "Show only overdue, expiring or expired".
Tens of modules and a few hundred records: read in the GUI thread in short queries.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from collectdesk.domain.errors import DomainError
from collectdesk.services import training
from collectdesk.services.database import Database
from collectdesk.services.training import ModuleRow, StatusRow
from collectdesk.ui.dashboard.figure_tile import tone_colour
from collectdesk.ui.icons import icon
from collectdesk.ui.pane import Pane
from collectdesk.ui.training.assign_dialog import AssignDialog
from collectdesk.ui.training.completion_dialog import CompletionDialog
from collectdesk.ui.training.module_dialog import ModuleDialog
from collectdesk.ui.training.module_table_model import COL_TITLE, ModuleTableModel
from collectdesk.ui.training.record_table_model import COL_STAFF, RecordTableModel


def _table(parent: QWidget, model, stretch: int) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class TrainingPane(Pane):
    icon_name = "training"
    pane_name = "training"

    def __init__(self, database: Database, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(database, parent)
        self._today = today
        self.error: str | None = None

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        top = QWidget(self)
        self.modules_label = QLabel(top)
        self.modules_model = ModuleTableModel(self)
        self.modules_view = _table(top, self.modules_model, COL_TITLE)
        self.modules_label.setBuddy(self.modules_view)
        self.modules_view.selectionModel().selectionChanged.connect(self._module_selected)
        self.modules_view.doubleClicked.connect(lambda _i: self.edit_module())
        self.new_button = QPushButton(icon("add"), "", top)
        self.new_button.clicked.connect(self.new_module)
        self.edit_button = QPushButton(top)
        self.edit_button.clicked.connect(self.edit_module)
        self.active_button = QPushButton(top)
        self.active_button.clicked.connect(self.toggle_active)
        self.show_inactive = QCheckBox(top)
        self.show_inactive.toggled.connect(lambda _on: self.refresh())
        top_buttons = QHBoxLayout()
        for w in (self.new_button, self.edit_button, self.active_button):
            top_buttons.addWidget(w)
        top_buttons.addStretch(1)
        top_buttons.addWidget(self.show_inactive)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.modules_label)
        top_layout.addWidget(self.modules_view, 1)
        top_layout.addLayout(top_buttons)

        bottom = QWidget(self)
        self.records_label = QLabel(bottom)
        self.records_model = RecordTableModel(self)
        self.records_view = _table(bottom, self.records_model, COL_STAFF)
        self.records_label.setBuddy(self.records_view)
        self.records_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.records_view.doubleClicked.connect(lambda _i: self.mark_completed())
        self.assign_button = QPushButton(icon("user"), "", bottom)
        self.assign_button.clicked.connect(self.assign)
        self.complete_button = QPushButton(icon("save"), "", bottom)
        self.complete_button.clicked.connect(self.mark_completed)
        self.flagged_only = QCheckBox(bottom)
        self.flagged_only.toggled.connect(lambda _on: self._load_records())
        bottom_buttons = QHBoxLayout()
        bottom_buttons.addWidget(self.assign_button)
        bottom_buttons.addWidget(self.complete_button)
        bottom_buttons.addStretch(1)
        bottom_buttons.addWidget(self.flagged_only)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.records_label)
        bottom_layout.addWidget(self.records_view, 1)
        bottom_layout.addLayout(bottom_buttons)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)

        for keys, slot in (("Ctrl+N", self.new_module), ("Ctrl+E", self.edit_module),
                           ("Ctrl+Shift+A", self.assign), ("Ctrl+Shift+C", self.mark_completed)):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()
        self.refresh()

    # ---- Pane --------------------------------------------------------------------------------
    @property
    def today(self) -> date:
        return self._today or date.today()

    def title(self) -> str:
        return self.tr("Training")

    def focus_search(self) -> None:
        self.modules_view.setFocus()

    def refresh(self) -> None:
        selected = self.selected_module()
        self.error = None
        try:
            rows = training.modules(self.database.ctx, include_inactive=self.show_inactive.isChecked(),
                                    today=self.today)
            alerts = training.training_alerts(self.database.ctx, self.today, limit=0).counts
        except DomainError as exc:
            self.error = exc.message
            rows, alerts = [], None
        self.modules_model.set_rows(rows)
        self._render_summary(alerts)
        if rows:
            index = self.modules_model.row_of(selected.id) if selected else -1
            self.select_module_row(max(index, 0))
        else:
            self._load_records()

    # ---- selection ---------------------------------------------------------------------------
    def selected_module(self) -> ModuleRow | None:
        rows = self.modules_view.selectionModel().selectedRows()
        return self.modules_model.row_at(rows[0].row()) if rows else None

    def select_module_row(self, row: int) -> None:
        self.modules_view.selectRow(row)
        self._load_records()

    def select_module(self, module_id) -> None:
        row = self.modules_model.row_of(module_id)
        if row >= 0:
            self.select_module_row(row)

    def selected_record(self) -> StatusRow | None:
        rows = self.records_view.selectionModel().selectedRows()
        return self.records_model.row_at(rows[0].row()) if rows else None

    def _module_selected(self, *_args) -> None:
        self._load_records()

    def _load_records(self) -> None:
        m = self.selected_module()
        rows: list[StatusRow] = []
        if m is not None:
            try:
                rows = training.module_records(self.database.ctx, m.id, self.today,
                                               flagged_only=self.flagged_only.isChecked())
            except DomainError as exc:
                self.status_message.emit(exc.message)
        self.records_model.set_rows(rows)
        self._render_records_label()
        self._update_buttons()

    # ---- actions -----------------------------------------------------------------------------
    def new_module(self) -> None:
        dialog = ModuleDialog(self.database.ctx, None, self)
        if dialog.exec():
            self.refresh()
            self.select_module(dialog.module_id)

    def edit_module(self) -> None:
        m = self.selected_module()
        if m is None:
            return
        dialog = ModuleDialog(self.database.ctx, m, self)
        if dialog.exec():
            self.refresh()

    def toggle_active(self) -> None:
        m = self.selected_module()
        if m is None:
            return
        if m.active:
            answer = QMessageBox.question(self, self.tr("Deactivate module"), self.tr(
                "Deactivate {code}? It can no longer be assigned, and its records stop counting as overdue or "
                "expiring. The records are kept.").format(code=m.code))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            training.set_module_active(self.database.ctx, m.id, not m.active, expected_version=m.version)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Training"), exc.message)
        self.refresh()

    def assign(self) -> None:
        m = self.selected_module()
        if m is None or not m.active:
            return
        dialog = AssignDialog(self.database.ctx, m, self, today=self.today)
        if dialog.exec():
            self.status_message.emit(self.tr("%n assignment(s) created.", "", dialog.created))
            self.refresh()

    def mark_completed(self) -> None:
        row = self.selected_record()
        if row is None or not row.is_open:
            return
        dialog = CompletionDialog(self.database.ctx, row, self, today=self.today)
        if dialog.exec():
            self.refresh()

    # ---- display -----------------------------------------------------------------------------
    def _render_summary(self, counts: training.AlertCounts | None) -> None:
        if counts is None:
            colour = tone_colour("bad", self.palette()).name()
            self.summary.setText(f'<span style="color:{colour}">{escape(self.error or "")}</span>')
            return
        parts = []
        for n, tone, text in (
                (counts.overdue, "bad", self.tr("%n overdue", "", counts.overdue)),
                (counts.expired, "bad", self.tr("%n expired", "", counts.expired)),
                (counts.missing, "bad", self.tr("%n mandatory not assigned", "", counts.missing)),
                (counts.expiring, "warn", self.tr("%n expiring within 30 days", "", counts.expiring))):
            if n:
                parts.append(f'<span style="color:{tone_colour(tone, self.palette()).name()}">{escape(text)}</span>')
        body = " · ".join(parts) if parts else escape(self.tr("No training is overdue or expiring."))
        self.summary.setText(escape(self.tr("Active staff: ")) + body)

    def _render_records_label(self) -> None:
        m = self.selected_module()
        self.records_label.setText(self.tr("&Records of {code}").format(code=m.code) if m
                                   else self.tr("&Records (select a module)"))

    def _update_buttons(self, *_args) -> None:
        m = self.selected_module()
        self.edit_button.setEnabled(m is not None)
        self.active_button.setEnabled(m is not None)
        self.active_button.setText(self.tr("&Activate") if m is not None and not m.active
                                   else self.tr("&Deactivate"))
        self.assign_button.setEnabled(m is not None and m.active)
        rec = self.selected_record()
        self.complete_button.setEnabled(rec is not None and rec.is_open)

    def retranslate(self) -> None:
        self.modules_label.setText(self.tr("Training &modules"))
        self.new_button.setText(self.tr("&New…"))
        self.new_button.setToolTip(self.tr("Create a training module (Ctrl+N)"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected module (Ctrl+E)"))
        self.show_inactive.setText(self.tr("Show deactivated"))
        self.assign_button.setText(self.tr("A&ssign…"))
        self.assign_button.setToolTip(self.tr("Assign the selected module to staff members (Ctrl+Shift+A)"))
        self.complete_button.setText(self.tr("Mark &completed…"))
        self.complete_button.setToolTip(self.tr("Record the completion of the selected assignment (Ctrl+Shift+C)"))
        self.flagged_only.setText(self.tr("Show only &overdue, expiring or expired"))
        self.modules_view.setAccessibleName(self.tr("Training modules"))
        self.records_view.setAccessibleName(self.tr("Records of the selected module"))
        self._render_records_label()
        self._update_buttons()
        if self.modules_model.rowCount():
            self.refresh()
