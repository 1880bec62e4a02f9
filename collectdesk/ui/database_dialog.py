"""Choosing a database: at first launch, and later from File and Settings.

Three ways: a new local file, the demo database (built with progress), or a shared PostgreSQL server.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (QCommandLinkButton, QDialog, QDialogButtonBox, QFileDialog, QLabel, QStackedWidget,
                               QVBoxLayout, QWidget)

from collectdesk import paths
from collectdesk.ui.server_form import ServerForm


@dataclass(frozen=True)
class DatabaseChoice:
    location: str  # file path or URL without password
    connect_url: str  # what to connect with (may carry the password)
    demo: bool = False


def demo_database_path() -> Path:
    return paths.data_dir() / "demo.sqlite3"


class DatabaseDialog(QDialog):
    def __init__(self, parent=None, *, first_run: bool = False):
        super().__init__(parent)
        self.choice: DatabaseChoice | None = None
        self.first_run = first_run
        self.pages = QStackedWidget(self)
        start = QWidget(self)
        start_layout = QVBoxLayout(start)
        self.intro = QLabel(start)
        self.intro.setWordWrap(True)
        self.new_button = QCommandLinkButton(start)
        self.demo_button = QCommandLinkButton(start)
        self.server_button = QCommandLinkButton(start)
        self.open_button = QCommandLinkButton(start)
        for b in (self.new_button, self.demo_button, self.server_button, self.open_button):
            start_layout.addWidget(b)
        start_layout.insertWidget(0, self.intro)
        start_layout.addStretch(1)
        self.server = ServerForm(self)
        server_page = QWidget(self)
        server_layout = QVBoxLayout(server_page)
        server_layout.addWidget(self.server)
        self.server_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                               QDialogButtonBox.StandardButton.Cancel, server_page)
        self.server_buttons.accepted.connect(self._server_ok)
        self.server_buttons.rejected.connect(lambda: self.pages.setCurrentIndex(0))
        server_layout.addStretch(1)
        server_layout.addWidget(self.server_buttons)
        self.pages.addWidget(start)
        self.pages.addWidget(server_page)
        self.cancel = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.cancel.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.cancel)
        self.pages.currentChanged.connect(lambda page: self.cancel.setVisible(page == 0))
        self.new_button.clicked.connect(self._new)
        self.demo_button.clicked.connect(self._demo)
        self.server_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        self.open_button.clicked.connect(self._open)
        self.resize(560, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to CollectDesk") if self.first_run else self.tr("Choose a database"))
        self.intro.setText(self.tr("CollectDesk keeps its data in a database. Where should it be?"))
        self.new_button.setText(self.tr("&New local database"))
        self.new_button.setDescription(self.tr("A file on this computer; works offline, for one office."))
        self.demo_button.setText(self.tr("&Demo database"))
        self.demo_button.setDescription(self.tr("A realistic department in Italy, Poland and Germany, to try things out."))
        self.server_button.setText(self.tr("&Shared server (PostgreSQL)"))
        self.server_button.setDescription(self.tr("The department's database, shared by everyone."))
        self.open_button.setText(self.tr("&Open an existing file\u2026"))
        self.open_button.setDescription(self.tr("A CollectDesk database file, for example a backup copy."))

    def _new(self) -> None:
        default = paths.default_database_path()
        name, _f = QFileDialog.getSaveFileName(self, self.tr("New local database"), str(default),
                                               self.tr("CollectDesk database (*.sqlite3)"))
        if name:
            self.choice = DatabaseChoice(name, name)
            self.accept()

    def _open(self) -> None:
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Open database"), str(paths.data_dir()),
                                               self.tr("CollectDesk database (*.sqlite3 *.db);;All files (*)"))
        if name:
            self.choice = DatabaseChoice(name, name)
            self.accept()

    def _demo(self) -> None:
        path = str(demo_database_path())
        self.choice = DatabaseChoice(path, path, demo=True)
        self.accept()

    def _server_ok(self) -> None:
        if not self.server.test():
            return
        self.server.save_password()
        from collectdesk.ui.credentials import without_password

        url = self.server.url()
        self.choice = DatabaseChoice(without_password(url), url.render_as_string(hide_password=False))
        self.accept()
