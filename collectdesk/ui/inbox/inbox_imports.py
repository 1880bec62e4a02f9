"""Getting feedback into the inbox, and attachments out of it.

The tool bar: New letter… (Ctrl+Shift+L), Log a call… (Ctrl+Shift+P), New suggestion… (Ctrl+Shift+G),
Import e-mail… (Ctrl+Shift+M; files, or a whole folder), Import agency data… (Ctrl+Shift+Y). Files and
folders dropped on the pane are imported as e-mail. Imports run in run_task with progress and Cancel
and end with a summary (every message that could not be read) or, for agency data, the errors dialog.

An attachment is opened by writing it to a private temporary folder (kept while the app runs) and
handing it to the desktop (`open_url`, replaceable in tests).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QToolBar, QToolButton

from collectdesk import i18n
from collectdesk.ui.icons import icon
from collectdesk.ui.tasks import run_task

MAIL_SUFFIXES = (".eml", ".mbox", ".mbx")


def _safe_name(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "._- " else "_" for c in Path(name).name).strip(" .")
    return cleaned or "attachment"


class InboxImports(QObject):
    def __init__(self, pane):
        super().__init__(pane)
        self.pane = pane
        self.dialog = None
        self.task = None
        self.open_url = QDesktopServices.openUrl
        self._temp: tempfile.TemporaryDirectory | None = None
        self.toolbar = QToolBar(pane)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.act_letter = self._action("letter", "Ctrl+Shift+L", self.new_letter)
        self.act_call = self._action("phone", "Ctrl+Shift+P", self.log_call)
        self.act_suggestion = self._action("suggestion", "Ctrl+Shift+G", self.new_suggestion)
        self.act_email = self._action("mail", "Ctrl+Shift+M", self.choose_email_files)
        self.act_email_folder = self._action("mail", None, self.choose_email_folder)
        self.act_agency = self._action("agency", "Ctrl+Shift+Y", self.choose_agency_file)
        self.email_menu = QMenu(pane)
        self.email_menu.addAction(self.act_email)
        self.email_menu.addAction(self.act_email_folder)
        for action in (self.act_letter, self.act_call, self.act_suggestion):
            self.toolbar.addAction(action)
        self.email_button = QToolButton(self.toolbar)
        self.email_button.setDefaultAction(self.act_email)
        self.email_button.setMenu(self.email_menu)
        self.email_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.email_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addWidget(self.email_button)
        self.toolbar.addAction(self.act_agency)

    def _action(self, icon_name: str, shortcut: str | None, slot) -> QAction:
        action = QAction(icon(icon_name), "", self.pane)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.pane.addAction(action)
        action.triggered.connect(slot)
        return action

    def retranslate(self) -> None:
        for action, text, tip in (
                (self.act_letter, self.tr("New &letter\u2026"), self.tr("Enter a letter by hand and attach its scan")),
                (self.act_call, self.tr("Log a &call\u2026"), self.tr("Record a phone call: caller, number, time, "
                                                                    "summary")),
                (self.act_suggestion, self.tr("New su&ggestion\u2026"), self.tr("Record a staff member's "
                                                                              "suggestion")),
                (self.act_email, self.tr("Import &e-mail\u2026"), self.tr("Import .eml and .mbox files; you can "
                                                                         "also drop files or folders on the list")),
                (self.act_email_folder, self.tr("Import an e-mail &folder\u2026"),
                 self.tr("Import every .eml and .mbox file in a folder")),
                (self.act_agency, self.tr("Import a&gency data\u2026"), self.tr("Import survey and complaint data "
                                                                              "from a reporting agency (CSV or "
                                                                              "XLSX)"))):
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(self.tr("{what} ({keys})").format(what=tip, keys=keys) if keys else tip)

    # ---- entries -----------------------------------------------------------------------------------
    def _entry(self, dialog) -> None:
        self.dialog = dialog
        dialog.created.connect(self._created)
        dialog.open()

    def new_letter(self) -> None:
        from collectdesk.ui.inbox.entry_dialogs import LetterDialog

        self._entry(LetterDialog(self.pane.database.ctx, self.pane.collectors, self.pane.topics, self.pane))

    def log_call(self) -> None:
        from collectdesk.ui.inbox.entry_dialogs import CallDialog

        self._entry(CallDialog(self.pane.database.ctx, self.pane.collectors, self.pane.topics, self.pane))

    def new_suggestion(self) -> None:
        from collectdesk.ui.inbox.entry_dialogs import SuggestionDialog

        self._entry(SuggestionDialog(self.pane.database.ctx, self.pane.people, self.pane.topics, self.pane))

    def _created(self, item_id) -> None:
        self.pane.say(self.tr("Saved in the inbox."))
        self.pane.reload_list(keep=item_id)

    # ---- e-mail --------------------------------------------------------------------------------------
    def choose_email_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self.pane, self.tr("Import e-mail"), "",
                                                self.tr("E-mail (*.eml *.mbox *.mbx);;All files (*)"))
        if paths:
            self.import_email([Path(p) for p in paths])

    def choose_email_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.pane, self.tr("Import an e-mail folder"))
        if folder:
            self.import_email([Path(folder)])

    def droppable(self, mime) -> list[Path]:
        """The local files and folders in a drag (empty: not something to import)."""
        if not mime.hasUrls():
            return []
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        return [p for p in paths if p.is_dir() or p.suffix.lower() in MAIL_SUFFIXES]

    def import_email(self, paths: list[Path]) -> None:
        ctx = self.pane.database.ctx
        what = paths[0].name if len(paths) == 1 else self.tr("%n file(s) and folder(s)", "", len(paths))

        def work(progress, cancelled):
            from collectdesk.services.inbox.email_import import import_messages

            return import_messages(ctx, [str(p) for p in paths], progress=progress, cancelled=cancelled)

        self.task = run_task(self.pane, work, on_done=self._email_imported, on_error=self._import_failed,
                             title=self.tr("Import e-mail"),
                             label=self.tr("Importing e-mail from {what}\u2026").format(what=what))

    def _email_imported(self, report) -> None:
        if not shiboken6.isValid(self.pane):
            return
        from collectdesk.ui.inbox.email_import_summary import EmailImportSummary

        self.pane.say(self.tr("E-mail: %n message(s) imported.", "", report.imported))
        self.last_report = report
        if report.errors or report.duplicates or not report.imported:
            self.dialog = EmailImportSummary(report, self.pane)
            self.dialog.open()
        self.pane.reload_list(keep=report.item_ids[0] if report.item_ids else None)

    def _import_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self.pane):
            return
        if type(exc).__name__ in ("ImportCancelled", "EmailImportCancelled"):
            self.pane.say(self.tr("Import cancelled; nothing was imported."))
            self.pane.reload_list()
        else:
            self.pane.show_error(exc)

    # ---- agency data -----------------------------------------------------------------------------------
    def choose_agency_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.pane, self.tr("Import agency data"), "",
                                              self.tr("Spreadsheets (*.xlsx *.csv)"))
        if path:
            self.import_agency(Path(path))

    def import_agency(self, path: Path) -> None:
        ctx = self.pane.database.ctx

        def work(progress, cancelled):
            from collectdesk.services.inbox.agency_import import import_agency

            return import_agency(ctx, path, progress=progress, cancelled=cancelled)

        self.task = run_task(self.pane, work, on_done=self._agency_imported, on_error=self._import_failed,
                             title=self.tr("Import agency data"),
                             label=self.tr("Importing agency data from {file}\u2026").format(file=path.name))

    def _agency_imported(self, report) -> None:
        if not shiboken6.isValid(self.pane):
            return
        self.last_report = report
        if report.ok:
            text = self.tr("Agency data from {file}:").format(file=report.filename) + " " + ", ".join((
                self.tr("%n complaint(s)", "", report.complaints),
                self.tr("%n survey answer(s)", "", report.surveys),
                self.tr("%n row(s) already imported", "", report.duplicates)))
            self.pane.say(text)
            self.pane.reload_list()
        else:
            from collectdesk.ui.inbox.agency_errors_dialog import AgencyErrorsDialog

            self.dialog = AgencyErrorsDialog(report, self.pane)
            self.dialog.open()

    # ---- attachments ---------------------------------------------------------------------------------
    def open_attachment(self, attachment_id) -> None:
        ctx = self.pane.database.ctx

        def work(_p, _c):
            from collectdesk.services.inbox.items import attachment

            return attachment(ctx, attachment_id)

        def done(result) -> None:
            if not shiboken6.isValid(self.pane):
                return
            filename, _media_type, data = result
            if self._temp is None:
                self._temp = tempfile.TemporaryDirectory(prefix="collectdesk-")
            folder = Path(self._temp.name) / str(attachment_id)
            folder.mkdir(exist_ok=True)
            path = folder / _safe_name(filename)
            try:
                path.write_bytes(data)
            except OSError as exc:
                self.pane.say(self.tr("The attachment could not be written to a temporary file: {error}").format(
                    error=exc.strerror or exc))
                return
            self.last_opened = path
            if not self.open_url(QUrl.fromLocalFile(str(path))):
                self.pane.say(self.tr("No program on this computer opens {file}.").format(file=path.name))
            else:
                self.pane.say(self.tr("Opened {file} ({size}).").format(
                    file=path.name, size=i18n.locale().formattedDataSize(len(data))))

        run_task(self.pane, work, on_done=done, on_error=self.pane.show_error)
