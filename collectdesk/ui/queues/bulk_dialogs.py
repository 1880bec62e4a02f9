"""Small dialogs for the bulk actions on selected accounts."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QVBoxLayout)


class ChoiceDialog(QDialog):
    """"Do X to N accounts": one combo box of choices, OK/Cancel."""

    def __init__(self, title: str, prompt: str, label: str, choices: list[tuple[str, object]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.combo = QComboBox(self)
        self._values = [value for _text, value in choices]  # Python objects stay in Python
        for text, _value in choices:
            self.combo.addItem(text)
        form = QFormLayout()
        caption = QLabel(label, self)
        caption.setBuddy(self.combo)
        form.addRow(caption, self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(choices))
        layout = QVBoxLayout(self)
        text = QLabel(prompt, self)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self):
        i = self.combo.currentIndex()
        return self._values[i] if 0 <= i < len(self._values) else None

    def index_of(self, value) -> int:
        return self._values.index(value) if value in self._values else -1


class DateDialog(QDialog):
    def __init__(self, title: str, prompt: str, label: str, clear_label: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edit = QDateEdit(QDate.currentDate().addDays(1), self)
        self.edit.setCalendarPopup(True)
        self.clear = QCheckBox(clear_label, self)
        self.clear.toggled.connect(lambda on: self.edit.setEnabled(not on))
        form = QFormLayout()
        caption = QLabel(label, self)
        caption.setBuddy(self.edit)
        form.addRow(caption, self.edit)
        form.addRow("", self.clear)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        text = QLabel(prompt, self)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self):
        return None if self.clear.isChecked() else self.edit.date().toPython()
