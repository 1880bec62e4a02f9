"""The review and QA criteria: add, rename, deactivate or reactivate, reorder, delete (custom ones
nothing rates yet). Each button is one service call, saved at once; built-in criteria keep their
translated names and can only be deactivated."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QLabel, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from collectdesk.domain.errors import DomainError
from collectdesk.services import evaluations
from collectdesk.services.context import ServiceContext
from collectdesk.services.evaluation_criteria import Criterion
from collectdesk.ui.dashboard.figure_tile import muted_colour

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CriteriaDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, kind: str = evaluations.REVIEW):
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False
        self._rows: list[Criterion] = []
        self.kind_label = QLabel(self)
        self.kind = QComboBox(self)
        self.kind.addItem("", evaluations.REVIEW)
        self.kind.addItem("", evaluations.QA)
        self.kind.setCurrentIndex(0 if kind == evaluations.REVIEW else 1)
        self.kind_label.setBuddy(self.kind)
        self.list = QListWidget(self)
        self.list.setMinimumSize(380, 260)
        self.add_button, self.rename_button = QPushButton(self), QPushButton(self)
        self.active_button, self.delete_button = QPushButton(self), QPushButton(self)
        self.up_button, self.down_button = QPushButton(self), QPushButton(self)
        self.up_button.setShortcut(QKeySequence("Ctrl+Up"))
        self.down_button.setShortcut(QKeySequence("Ctrl+Down"))
        side = QVBoxLayout()
        for b in (self.add_button, self.rename_button, self.active_button, self.delete_button, self.up_button,
                  self.down_button):
            side.addWidget(b)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.kind_label)
        top.addWidget(self.kind, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.list.currentRowChanged.connect(lambda _r: self._enable())
        self.list.itemDoubleClicked.connect(lambda _i: self.rename())
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.active_button.clicked.connect(self.toggle_active)
        self.delete_button.clicked.connect(self.delete)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.retranslate()
        self.reload()

    def current(self) -> Criterion | None:
        row = self.list.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def reload(self, select: uuid.UUID | None = None) -> None:
        select = select or (self.current().id if self.current() else None)
        self._rows = evaluations.criteria(self.ctx, self.kind.currentData(), include_inactive=True)
        self.list.clear()
        muted = muted_colour(QGuiApplication.palette())
        for c in self._rows:
            text = c.name if c.active else self.tr("{name} (inactive)").format(name=c.name)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, c.id)
            if not c.active:
                item.setForeground(muted)
            if c.builtin:
                item.setToolTip(self.tr("Built-in: translated for every language; can be deactivated"))
            self.list.addItem(item)
        row = next((i for i, c in enumerate(self._rows) if c.id == select), 0 if self._rows else -1)
        self.list.setCurrentRow(row)
        self._enable()

    def _enable(self) -> None:
        c = self.current()
        row = self.list.currentRow()
        self.rename_button.setEnabled(c is not None and not c.builtin)
        self.delete_button.setEnabled(c is not None and not c.builtin)
        self.active_button.setEnabled(c is not None)
        self.active_button.setText(self.tr("&Reactivate") if c is not None and not c.active else self.tr("&Deactivate"))
        self.up_button.setEnabled(c is not None and row > 0)
        self.down_button.setEnabled(c is not None and row < len(self._rows) - 1)

    def _run(self, action, select=None) -> bool:
        try:
            result = action()
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return False
        self.changed = True
        self.reload(select or (result if isinstance(result, uuid.UUID) else None))
        return True

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New criterion"), self.tr("Name of the new criterion:"))
        if ok and name.strip():
            self._run(lambda: evaluations.add_criterion(self.ctx, self.kind.currentData(), name))

    def rename(self) -> None:
        c = self.current()
        if c is None or c.builtin:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename criterion"), self.tr("New name:"), text=c.name)
        if ok and name.strip() and name.strip() != c.name:
            self._run(lambda: evaluations.rename_criterion(self.ctx, c.id, name, expected_version=c.version))

    def toggle_active(self) -> None:
        c = self.current()
        if c is not None:
            self._run(lambda: evaluations.set_criterion_active(self.ctx, c.id, not c.active,
                                                               expected_version=c.version), c.id)

    def delete(self) -> None:
        c = self.current()
        if c is None or c.builtin:
            return
        if QMessageBox.question(self, self.tr("Delete criterion"),
                                self.tr("Delete the criterion {name}?").format(name=c.name)) \
                == QMessageBox.StandardButton.Yes:
            self._run(lambda: evaluations.delete_criterion(self.ctx, c.id))

    def move(self, step: int) -> None:
        c = self.current()
        if c is not None:
            self._run(lambda: evaluations.move_criterion(self.ctx, c.id, step), c.id)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Evaluation criteria"))
        self.kind_label.setText(self.tr("&Criteria for:"))
        self.kind.setItemText(0, self.tr("Reviews (rated 1–5)"))
        self.kind.setItemText(1, self.tr("Call monitoring (scored 0–100)"))
        self.add_button.setText(self.tr("&Add…"))
        self.rename_button.setText(self.tr("Re&name…"))
        self.delete_button.setText(self.tr("De&lete…"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self._enable()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "buttons"):
            self.retranslate()
            self.reload()
        super().changeEvent(event)
