"""Assign a training module to several staff members: filter by team and role, tick the people, pick the
due date. People who already have the module open are listed but cannot be ticked."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget

from collectdesk.domain.enums import StaffRole
from collectdesk.services import training
from collectdesk.services.context import ServiceContext
from collectdesk.services.training import ModuleRow
from collectdesk.ui import labels
from collectdesk.ui.account.date_edit import DateEdit
from collectdesk.ui.training.form_dialog import FormDialog

DEFAULT_DUE_DAYS = 30
ANY = "__any__"
NO_TEAM = "__none__"


class AssignDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, module: ModuleRow, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(ctx, parent)
        self.module_row = module
        self.today = today or date.today()
        self.created = 0
        self.staff = training.assignable_staff(ctx, module.id)

        self.team = QComboBox(self)
        self.role = QComboBox(self)
        filters = QWidget(self)
        row = QHBoxLayout(filters)
        row.setContentsMargins(0, 0, 0, 0)
        self.team_label, self.role_label = QLabel(self), QLabel(self)
        self.team_label.setBuddy(self.team)
        self.role_label.setBuddy(self.role)
        row.addWidget(self.team_label)
        row.addWidget(self.team, 1)
        row.addWidget(self.role_label)
        row.addWidget(self.role, 1)

        self.people = QListWidget(self)
        self.people.setMinimumHeight(220)
        self.select_all = QPushButton(self)
        self.select_all.clicked.connect(lambda: self._tick_shown(True))
        self.clear_all = QPushButton(self)
        self.clear_all.clicked.connect(lambda: self._tick_shown(False))
        self.mandatory_only = QPushButton(self)
        self.mandatory_only.clicked.connect(self._tick_mandatory)
        self.mandatory_only.setEnabled(bool(module.mandatory_roles))
        buttons = QWidget(self)
        b = QHBoxLayout(buttons)
        b.setContentsMargins(0, 0, 0, 0)
        b.addWidget(self.select_all)
        b.addWidget(self.clear_all)
        b.addWidget(self.mandatory_only)
        b.addStretch(1)

        self.due = DateEdit(self.today + timedelta(days=DEFAULT_DUE_DAYS), self)
        self.due.set_range(self.today, None)
        self.people_label, self.due_label = QLabel(self), QLabel(self)
        self.add_wide(filters, self.team, self.role)
        self.add_row(self.people_label, self.people)
        self.add_wide(buttons, self.select_all, self.clear_all, self.mandatory_only)
        self.add_row(self.due_label, self.due)

        self._fill_people()
        self.team.currentIndexChanged.connect(self._apply_filter)
        self.role.currentIndexChanged.connect(self._apply_filter)
        self.watch(self.people.itemChanged, self.due.dateChanged)
        self.finish()

    # ---- the list ------------------------------------------------------------------------------
    def _fill_people(self) -> None:
        self.people.blockSignals(True)
        for person in self.staff:
            item = QListWidgetItem(self.people)
            item.setData(Qt.ItemDataRole.UserRole, person)
            flags = Qt.ItemFlag.ItemIsEnabled
            if not person.has_open:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.people.blockSignals(False)

    def _label_people(self) -> None:
        self.people.blockSignals(True)
        for i in range(self.people.count()):
            item = self.people.item(i)
            p = item.data(Qt.ItemDataRole.UserRole)
            text = self.tr("{name} · {role} · {team}").format(
                name=p.name, role=labels.role_label(p.role), team=p.team_name or self.tr("no team"))
            if p.has_open:
                text = self.tr("{person} (already assigned)").format(person=text)
            item.setText(text)
        self.people.blockSignals(False)

    def _apply_filter(self, *_args) -> None:
        team, role = self.team.currentData(), self.role.currentData()
        for i in range(self.people.count()):
            item = self.people.item(i)
            p = item.data(Qt.ItemDataRole.UserRole)
            team_ok = team == ANY or (team == NO_TEAM and p.team_id is None) or p.team_id == team
            role_ok = role == ANY or p.role == role
            item.setHidden(not (team_ok and role_ok))

    def _tick_shown(self, on: bool) -> None:
        for i in range(self.people.count()):
            item = self.people.item(i)
            if not item.isHidden() and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _tick_mandatory(self) -> None:
        for i in range(self.people.count()):
            item = self.people.item(i)
            p = item.data(Qt.ItemDataRole.UserRole)
            if (not item.isHidden() and item.flags() & Qt.ItemFlag.ItemIsUserCheckable
                    and p.role in self.module_row.mandatory_roles):
                item.setCheckState(Qt.CheckState.Checked)

    def set_checked(self, staff_id, on: bool = True) -> None:
        for i in range(self.people.count()):
            item = self.people.item(i)
            if item.data(Qt.ItemDataRole.UserRole).id == staff_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def checked_ids(self) -> list:
        """Ticked people that the filters show (hidden ticks are not assigned)."""
        return [self.people.item(i).data(Qt.ItemDataRole.UserRole).id for i in range(self.people.count())
                if not self.people.item(i).isHidden()
                and self.people.item(i).checkState() == Qt.CheckState.Checked]

    # ---- FormDialog ----------------------------------------------------------------------------
    def validate(self) -> str | None:
        if not self.checked_ids():
            return self.tr("Tick the staff members who should take the module.")
        if self.due.value() < self.today:
            return self.tr("The due date cannot be in the past.")
        return None

    def submit(self) -> None:
        self.created = training.assign(self.ctx, self.module_row.id, self.checked_ids(), self.due.value(),
                                       today=self.today)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assign a training module"))
        self.set_header(self.tr("{code} – {title} ({language})").format(
            code=self.module_row.code, title=self.module_row.title,
            language=labels.language_label(self.module_row.language)))
        self.team_label.setText(self.tr("&Team:"))
        self.role_label.setText(self.tr("&Role:"))
        teams = sorted({(p.team_id, p.team_name) for p in self.staff if p.team_id is not None},
                       key=lambda t: (t[1] or "").casefold())
        self._refill(self.team, [(ANY, self.tr("All teams")), *teams, (NO_TEAM, self.tr("No team"))])
        self._refill(self.role, [(ANY, self.tr("All roles")), *labels.choices(StaffRole)])
        self.people_label.setText(self.tr("&People:"))
        self.select_all.setText(self.tr("Tick all shown"))
        self.clear_all.setText(self.tr("Untick all shown"))
        self.mandatory_only.setText(self.tr("Tick those it is mandatory for"))
        self.due_label.setText(self.tr("&Due by:"))
        self.ok_button().setText(self.tr("&Assign"))
        self._label_people()

    @staticmethod
    def _refill(combo: QComboBox, items) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        for i in range(combo.count()):
            if combo.itemData(i) == current:
                combo.setCurrentIndex(i)
        combo.blockSignals(False)
