"""Help > About: what support asks for first.

Which CollectDesk (the version comes from the package metadata, the one place it is written), on which Qt,
PySide6, Python, system and SQLAlchemy; which database (a file path, or a server URL without its password)
at which schema revision; and where this computer keeps the data folder, the settings and the log.
Every value can be selected, and "Copy details" puts all of it on the clipboard as plain text, ready to paste
into an e-mail.
"""

from __future__ import annotations

import platform

import PySide6
import sqlalchemy
from PySide6.QtCore import QEvent, QSysInfo, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)
from sqlalchemy.exc import SQLAlchemyError

from collectdesk import APP_NAME, __version__, paths
from collectdesk.services.database import Database
from collectdesk.store.engine import is_sqlite
from collectdesk.store.migrate import current_revision, head_revision
from collectdesk.ui.icons import icon
from collectdesk.ui.settings import AppSettings

LOG_FILE_NAME = "collectdesk.log"  # written by collectdesk.app.install_error_handler in the data folder


def system_name() -> str:
    """'Debian GNU/Linux 12 (bookworm), Linux x86_64', 'Windows 11 Version 24H2, Windows AMD64', ..."""
    return f"{QSysInfo.prettyProductName()}, {platform.system()} {platform.machine()}".strip(", ")


class AboutDialog(QDialog):
    ROWS = ("version", "qt", "pyside", "python", "system", "sqlalchemy", "database", "schema", "data_dir",
            "settings", "log")

    def __init__(self, database: Database, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.settings = settings
        self.data_dir = paths.data_dir()
        self.setWindowIcon(icon("app"))

        logo = QLabel(self)
        logo.setPixmap(icon("app").pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tagline = QLabel(self)
        self.tagline.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.tagline)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addLayout(heading, 1)

        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in self.ROWS:
            caption, value = QLabel(self), QLabel(self)
            value.setTextFormat(Qt.TextFormat.PlainText)  # a path or URL is never read as HTML
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"about_{key}")
            self.captions[key], self.values[key] = caption, value
            form.addRow(caption, value)

        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.copy_button = QPushButton(self)
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button = QPushButton(self)
        self.folder_button.setAutoDefault(False)
        self.folder_button.clicked.connect(self.open_data_folder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)  # Close and Escape
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.feedback)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self._revision = self._read_revision()
        self.retranslate()

    # ---- what is shown ---------------------------------------------------------------------
    def _read_revision(self) -> tuple[str | None, bool]:
        """(schema revision, reachable), read once when the dialog opens, not on every language change."""
        try:
            return current_revision(self.database.engine), True
        except SQLAlchemyError:  # the server went away since the database was opened: say so, never a traceback
            return None, False

    def _schema_text(self) -> str:
        head = head_revision()
        revision, reachable = self._revision
        if not reachable:
            return self.tr("unknown: the database cannot be reached (this version expects {head})").format(head=head)
        if revision == head:
            return self.tr("{revision} (up to date)").format(revision=revision)
        return self.tr("{revision} (this version expects {head})").format(revision=revision or "-", head=head)

    def _database_text(self) -> str:
        kind = self.tr("Local file") if is_sqlite(self.database.url) else self.tr("Shared server")
        return f"{kind}: {self.database.label}"  # the label never shows a password

    def details(self) -> dict[str, str]:
        """The values, by row key (the same text the dialog shows)."""
        return {
            "version": __version__,
            "qt": qVersion(),
            "pyside": PySide6.__version__,
            "python": platform.python_version(),
            "system": system_name(),
            "sqlalchemy": sqlalchemy.__version__,
            "database": self._database_text(),
            "schema": self._schema_text(),
            "data_dir": str(self.data_dir),
            "settings": self.settings.q.fileName(),
            "log": str(self.data_dir / LOG_FILE_NAME),
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About CollectDesk"))
        self.title.setText(self.tr("{app} {version}").format(app=APP_NAME, version=__version__))
        self.tagline.setText(self.tr("The collection supervisor's workbench: queues, scorecards, feedback, "
                                     "escalations, compliance and reports."))
        captions = {
            "version": self.tr("CollectDesk version:"), "qt": self.tr("Qt (running):"), "pyside": self.tr("PySide6:"),
            "python": self.tr("Python:"), "system": self.tr("System:"), "sqlalchemy": self.tr("SQLAlchemy:"),
            "database": self.tr("Database:"), "schema": self.tr("Schema revision:"),
            "data_dir": self.tr("Data folder:"), "settings": self.tr("Settings file:"), "log": self.tr("Log file:"),
        }
        for key, text in self.details().items():
            self.captions[key].setText(captions[key])
            self.values[key].setText(text)
        self.copy_button.setText(self.tr("&Copy details"))
        self.copy_button.setToolTip(self.tr("Put all of the above on the clipboard, to paste into a message to "
                                            "support"))
        self.folder_button.setText(self.tr("&Open data folder"))
        self.feedback.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- buttons ---------------------------------------------------------------------------
    def details_text(self) -> str:
        """Plain text, one 'caption value' line per row, as support wants it pasted."""
        lines = [self.title.text()]
        lines += [f"{self.captions[key].text()} {self.values[key].text()}" for key in self.ROWS]
        return "\n".join(lines) + "\n"

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.feedback.setText(self.tr("The details are on the clipboard."))

    def open_data_folder(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir))):
            self.feedback.setText(self.tr("The folder could not be opened here. It is: {folder}").format(
                folder=self.data_dir))
