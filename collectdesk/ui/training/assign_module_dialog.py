"""Assign a training module to one staff member (from the staff page): which module, due by when."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from collectdesk.domain.errors import ValidationError
from collectdesk.services import training
from collectdesk.services.context import ServiceContext
from collectdesk.ui import labels
from collectdesk.ui.account.date_edit import DateEdit
from collectdesk.ui.training.form_dialog import FormDialog

DEFAULT_DUE_DAYS = 30


def module_choice_text(m: training.ModuleRow) -> str:
    return f"{m.code} – {m.title} ({labels.language_label(m.language)})"


class AssignModuleDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, staff_id: uuid.UUID, staff_name: str, parent: QWidget | None = None,
                 today: date | None = None, exclude: set[uuid.UUID] | None = None):
        super().__init__(ctx, parent)
        self.staff_id = staff_id
        self.staff_name = staff_name
        self.today = today or date.today()
        self.created = 0
        self.modules = [m for m in training.modules(ctx, today=self.today) if m.id not in (exclude or set())]
        self.module = QComboBox(self)
        self.module.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.module.setMinimumContentsLength(30)
        self.due = DateEdit(self.today + timedelta(days=DEFAULT_DUE_DAYS), self)
        self.due.set_range(self.today, None)
        self.module_label, self.due_label = QLabel(self), QLabel(self)
        self.add_row(self.module_label, self.module)
        self.add_row(self.due_label, self.due)
        self.watch(self.module.currentIndexChanged, self.due.dateChanged)
        self.finish()

    def _fill(self) -> None:
        current = self.module.currentData()
        self.module.blockSignals(True)
        self.module.clear()
        for m in self.modules:
            self.module.addItem(module_choice_text(m), m.id)
        for i in range(self.module.count()):
            if self.module.itemData(i) == current:
                self.module.setCurrentIndex(i)
        self.module.blockSignals(False)

    def select_module(self, module_id: uuid.UUID) -> None:
        for i in range(self.module.count()):
            if self.module.itemData(i) == module_id:
                self.module.setCurrentIndex(i)

    def validate(self) -> str | None:
        if self.module.currentData() is None:
            return self.tr("There is no active module left to assign.")
        if self.due.value() < self.today:
            return self.tr("The due date cannot be in the past.")
        return None

    def submit(self) -> None:
        self.created = training.assign(self.ctx, self.module.currentData(), [self.staff_id], self.due.value(),
                                       today=self.today)
        if not self.created:
            raise ValidationError(self.tr("{name} already has this module assigned and not yet completed.")
                                           .format(name=self.staff_name))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assign a training module"))
        self.set_header(self.tr("Assign to {name}").format(name=self.staff_name))
        self._fill()
        self.module_label.setText(self.tr("&Module:"))
        self.due_label.setText(self.tr("&Due by:"))
        self.ok_button().setText(self.tr("&Assign"))
