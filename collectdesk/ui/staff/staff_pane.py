"""The Staff pane: on the left the staff list (search, role, team, and whether to show people who left),
on the right the chosen person's page (collectdesk.ui.staff.staff_page).

    pane.show_staff(staff_id)   # other panes open a person's page (the filters widen if needed)

The list is the department's staff (hundreds of rows at most), read in one query; the page's slow part,
the twelve monthly scorecards, is read in the background.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QSplitter, QTableView, QVBoxLayout, QWidget)

from collectdesk.domain.enums import StaffRole
from collectdesk.domain.errors import DomainError
from collectdesk.services import staff
from collectdesk.services.database import Database
from collectdesk.ui import labels
from collectdesk.ui.account.action_dialog import fill_combo, find_data
from collectdesk.ui.pane import Pane
from collectdesk.ui.staff.staff_list_model import COL_NAME, StaffListModel
from collectdesk.ui.staff.staff_page import StaffPage


class StaffPane(Pane):
    icon_name = "user"
    pane_name = "staff"

    staff_selected = Signal(object)  # uuid.UUID | None

    def __init__(self, database: Database, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(database, parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.role = QComboBox(self)
        self.team = QComboBox(self)
        self.show_left = QCheckBox(self)
        self.search_label, self.role_label, self.team_label = QLabel(self), QLabel(self), QLabel(self)
        for label, field in ((self.search_label, self.search), (self.role_label, self.role),
                             (self.team_label, self.team)):
            label.setBuddy(field)
        filters = QFormLayout()
        filters.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        filters.addRow(self.search_label, self.search)
        filters.addRow(self.role_label, self.role)
        filters.addRow(self.team_label, self.team)
        filters.addRow(self.show_left)

        self.model = StaffListModel(self)
        self.list = QTableView(self)
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.setAlternatingRowColors(True)
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel(self)
        left = QWidget(self)
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(filters)
        box.addWidget(self.list, 1)
        box.addWidget(self.count_label)

        self.page = StaffPage(database, self, today=today)
        self.page.staff_changed.connect(self._staff_changed)
        self.page.open_account.connect(self.open_account)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([380, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search.textChanged.connect(lambda _t: self.reload())
        self.role.currentIndexChanged.connect(lambda _i: self.reload())
        self.team.currentIndexChanged.connect(lambda _i: self.reload())
        self.show_left.toggled.connect(lambda _b: self.reload())
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)
        self._fill_filters()
        self.retranslate()
        self.reload()

    def title(self) -> str:
        return self.tr("Staff")

    # ------------------------------------------------------------------ data
    def _fill_filters(self) -> None:
        fill_combo(self.role, [(None, self.tr("All roles"))] + [(r, t) for r, t in labels.choices(StaffRole)])
        try:
            teams = staff.teams(self.database.ctx)
        except DomainError:
            teams = []
        fill_combo(self.team, [(None, self.tr("All teams"))] + [(t.id, t.name) for t in teams])

    def current_staff_id(self) -> uuid.UUID | None:
        row = self.model.staff_at(self.list.currentIndex().row())
        return row.id if row else None

    def reload(self, select: uuid.UUID | None = None) -> None:
        keep = select or self.current_staff_id()
        try:
            rows = staff.list_staff(self.database.ctx, include_left=self.show_left.isChecked(),
                                    team_id=self.team.currentData(), role=self.role.currentData(),
                                    search=self.search.text())
        except DomainError as exc:
            QMessageBox.warning(self, self.title(), exc.message)
            return
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n staff member(s)", "", len(rows)))
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and rows and keep is None:
            row = 0
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row, COL_NAME),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.page.set_staff(None)

    def _current_changed(self, current, _previous) -> None:
        row = self.model.staff_at(current.row())
        staff_id = row.id if row else None
        if staff_id != (self.page.person.id if self.page.person else None):
            self.page.set_staff(staff_id)
        self.staff_selected.emit(staff_id)

    def _staff_changed(self, staff_id) -> None:
        self._fill_filters()
        self.reload(select=staff_id)
        if staff_id is not None and self.model.row_of(staff_id) < 0:
            self.show_staff(staff_id)  # saved outside the filters: widen them
        self.page.refresh()

    def show_staff(self, staff_id: uuid.UUID) -> None:
        """Open a staff member's page, clearing the filters that would hide them."""
        self.reload(select=staff_id)
        if self.model.row_of(staff_id) < 0:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            for combo in (self.role, self.team):
                combo.blockSignals(True)
                combo.setCurrentIndex(max(0, find_data(combo, None)))
                combo.blockSignals(False)
            self.show_left.blockSignals(True)
            self.show_left.setChecked(True)
            self.show_left.blockSignals(False)
            self.reload(select=staff_id)

    def refresh(self) -> None:
        self._fill_filters()
        self.reload()
        self.page.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Find:"))
        self.search.setPlaceholderText(self.tr("Name or username"))
        self.role_label.setText(self.tr("R&ole:"))
        self.team_label.setText(self.tr("Te&am:"))
        self.show_left.setText(self.tr("Show people who &left"))
        self._fill_filters()
        self.count_label.setText(self.tr("%n staff member(s)", "", self.model.rowCount()))
