"""Settings: language (applied at once), database, profile (name, role), display currency."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from collectdesk.domain.enums import StaffRole
from collectdesk.ui.database_dialog import DatabaseChoice, DatabaseDialog
from collectdesk.ui.settings import AppSettings

LANGUAGES = (("", None), ("en", "English"), ("it", "Italiano"), ("pl", "Polski"), ("de", "Deutsch"))


class SettingsDialog(QDialog):
    database_chosen = Signal(object)  # DatabaseChoice

    def __init__(self, settings: AppSettings, database_label: str, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.language = QComboBox(self)
        self.name = QLineEdit(settings.user_name, self)
        self.role = QComboBox(self)
        self.currency = QComboBox(self)
        for code in ("EUR", "PLN", "CHF", "GBP", "USD"):
            self.currency.addItem(code, code)
        self.currency.setCurrentIndex(max(0, self.currency.findData(settings.display_currency)))
        self.database_label = QLabel(database_label, self)
        self.database_label.setWordWrap(True)
        self.change_db = QPushButton(self)
        self.change_db.clicked.connect(self._choose_database)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        db_row = QWidget(self)
        db_layout = QHBoxLayout(db_row)
        db_layout.setContentsMargins(0, 0, 0, 0)
        db_layout.addWidget(self.database_label, 1)
        db_layout.addWidget(self.change_db)
        self.form_labels = [QLabel(self) for _ in range(5)]
        form = QFormLayout()
        for label, widget in zip(self.form_labels, (self.language, self.name, self.role, self.currency, db_row)):
            label.setBuddy(widget if widget is not db_row else self.change_db)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        current_lang = self.language.currentData() if self.language.count() else self.settings.language
        self.language.clear()
        for code, name in LANGUAGES:
            self.language.addItem(name or self.tr("System language"), code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_lang or "")))
        current_role = self.role.currentData() if self.role.count() else self.settings.user_role
        self.role.clear()
        for role, text in ((StaffRole.SUPERVISOR, self.tr("Collection supervisor")),
                           (StaffRole.COLLECTION_MANAGER, self.tr("Collection manager")),
                           (StaffRole.SENIOR_MANAGER, self.tr("Senior manager")),
                           (StaffRole.COLLECTOR, self.tr("Collector")),
                           (StaffRole.ACCOUNTANT, self.tr("Accountant")),
                           (StaffRole.CUSTOMER_SERVICE, self.tr("Customer-service representative"))):
            self.role.addItem(text, role.value)
        self.role.setCurrentIndex(max(0, self.role.findData(current_role)))
        for label, text in zip(self.form_labels, (self.tr("&Language"), self.tr("Your &name"), self.tr("Your &role"),
                                                  self.tr("Display &currency"), self.tr("Data&base"))):
            label.setText(text)
        self.change_db.setText(self.tr("C&hange\u2026"))
        self.note.setText(self.tr("The language changes at once. Reports use the language chosen when they are made."))

    def _choose_database(self) -> None:
        dialog = DatabaseDialog(self)
        if dialog.exec() and dialog.choice is not None:
            self.database_chosen.emit(dialog.choice)
            self.database_label.setText(dialog.choice.location)

    def _accept(self) -> None:
        self.settings.language = self.language.currentData() or ""
        self.settings.user_name = self.name.text().strip()
        self.settings.user_role = self.role.currentData()
        self.settings.display_currency = self.currency.currentData()
        self.settings.sync()
        self.accept()


__all__ = ["SettingsDialog", "DatabaseChoice"]
