"""Who gets a printed copy: the department heads, remembered between runs (QSettings, key reports/recipients).

    Print a copy for each person ticked; the cover of each copy names its reader.
    [x] Maria Bianchi — Accounting
    [x] Jürgen Groß
    [ ] Anna Kowalska
    [ name                        ] [Add]   [Remove]
                                             [Print copies] [Cancel]

Names are stored as JSON (a list of {"name", "checked"}), so a list with one name stays a list.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout)

from collectdesk.ui.settings import AppSettings

KEY = "reports/recipients"


def load_recipients(settings: AppSettings | None) -> list[tuple[str, bool]]:
    if settings is None:
        return []
    try:
        rows = json.loads(settings._get(KEY, "[]") or "[]")
        return [(str(r["name"]), bool(r.get("checked", True))) for r in rows if str(r.get("name", "")).strip()]
    except (ValueError, TypeError, KeyError, AttributeError):
        return []


def save_recipients(settings: AppSettings | None, rows: list[tuple[str, bool]]) -> None:
    if settings is not None:
        settings.q.setValue(KEY, json.dumps([{"name": n, "checked": c} for n, c in rows], ensure_ascii=False))


class RecipientsDialog(QDialog):
    def __init__(self, settings: AppSettings | None, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        for name, checked in load_recipients(settings):
            self._add_item(name, checked)
        self.name = QLineEdit(self)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)

        self.add_button.clicked.connect(self.add_name)
        self.name.returnPressed.connect(self.add_name)
        self.remove_button.clicked.connect(self.remove_current)
        self.list.itemChanged.connect(self._update)
        self.list.currentRowChanged.connect(self._update)
        self.name.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._update()
        self.resize(420, 360)

    def _add_item(self, name: str, checked: bool = True) -> QListWidgetItem:
        item = QListWidgetItem(name, self.list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def add_name(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        existing = [self.list.item(i) for i in range(self.list.count())]
        found = next((i for i in existing if i.text().strip().casefold() == name.casefold()), None)
        item = found or self._add_item(name)
        item.setCheckState(Qt.CheckState.Checked)
        self.list.setCurrentItem(item)
        self.name.clear()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
        self._update()

    def rows(self) -> list[tuple[str, bool]]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.text().strip():
                out.append((item.text().strip(), item.checkState() == Qt.CheckState.Checked))
        return out

    def chosen(self) -> list[str]:
        """The ticked names, in the list's order."""
        return [name for name, checked in self.rows() if checked]

    def accept(self) -> None:
        if self.name.text().strip():
            self.add_name()  # typed but not added: the user meant it
        save_recipients(self.settings, self.rows())
        super().accept()

    def _update(self) -> None:
        self.add_button.setEnabled(bool(self.name.text().strip()))
        self.remove_button.setEnabled(self.list.currentRow() >= 0)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.chosen()) or bool(self.name.text().strip()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Copies for department heads"))
        self.intro.setText(self.tr("One copy is printed for each person ticked; the cover of each copy names its "
                                   "reader. The list is remembered."))
        self.name.setPlaceholderText(self.tr("Name, e.g. Maria Bianchi (Accounting)"))
        self.add_button.setText(self.tr("&Add"))
        self.remove_button.setText(self.tr("&Remove"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Print copies"))
