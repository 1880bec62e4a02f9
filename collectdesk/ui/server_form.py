"""The shared PostgreSQL server form: host, port, database, user, password, Test connection."""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QWidget)
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from collectdesk.services.context import storage_error
from collectdesk.ui import credentials


class ServerForm(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.host = QLineEdit("localhost", self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("collectdesk", self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self)
        self.test_button = QPushButton(self)
        self.test_button.clicked.connect(self.test)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        form = QFormLayout(self)
        self.labels = [QLabel(self) for _ in range(5)]
        for label, widget in zip(self.labels, (self.host, self.port, self.database, self.user, self.password)):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.remember)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.result, 1)
        form.addRow(row)
        self.has_keyring = credentials.keyring_available()
        self.remember.setEnabled(self.has_keyring)
        self.remember.setChecked(self.has_keyring)
        self.retranslate()

    def retranslate(self) -> None:
        for label, text_ in zip(self.labels, (self.tr("&Server"), self.tr("P&ort"), self.tr("&Database"),
                                              self.tr("&User"), self.tr("&Password"))):
            label.setText(text_)
        self.remember.setText(self.tr("&Remember the password in the system keyring") if self.has_keyring else
                              self.tr("No system keyring: the password will be asked at each start"))
        self.test_button.setText(self.tr("&Test connection"))

    def url(self, with_password: bool = True) -> URL:
        return URL.create("postgresql+psycopg", username=self.user.text().strip() or None,
                          password=(self.password.text() or None) if with_password else None,
                          host=self.host.text().strip() or "localhost", port=self.port.value(),
                          database=self.database.text().strip() or None)

    def test(self) -> bool:
        try:
            engine = create_engine(self.url(), connect_args={"connect_timeout": 5})
            with engine.connect() as conn:
                version = conn.execute(text("SHOW server_version")).scalar()
            engine.dispose()
        except Exception as exc:  # every failure becomes a message, never a traceback
            self.result.setText(storage_error(exc).message)
            return False
        self.result.setText(self.tr("Connected: PostgreSQL {version}.").format(version=version))
        return True

    def save_password(self) -> None:
        if self.remember.isChecked() and self.password.text():
            credentials.store_password(self.url(), self.password.text())
