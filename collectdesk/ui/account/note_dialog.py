"""Add a free-text note to the account."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from collectdesk import i18n
from collectdesk.services import notes
from collectdesk.services.account_view import AccountDetail
from collectdesk.services.context import ServiceContext
from collectdesk.ui.account.action_dialog import ActionDialog


class NoteDialog(ActionDialog):
    def __init__(self, ctx: ServiceContext, detail: AccountDetail, parent: QWidget | None = None):
        super().__init__(ctx, detail, parent)
        self.note_id = None
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(120)
        self.text_label = QLabel(self)
        self.counter = QLabel(self)
        self.add_row(self.text_label, self.text)
        self.form.addRow("", self.counter)
        self.watch(self.text.textChanged)
        self.text.textChanged.connect(self._count)
        self.finish()

    def _count(self) -> None:
        n = len(self.text.toPlainText().strip())
        self.counter.setText(self.tr("{count} of {limit} characters").format(
            count=i18n.format_count(n), limit=i18n.format_count(notes.MAX_NOTE_CHARS)))

    def validate(self) -> str | None:
        text = self.text.toPlainText().strip()
        if not text:
            return self.tr("Write the note.")
        if len(text) > notes.MAX_NOTE_CHARS:
            return self.tr("The note is too long; shorten it to {limit} characters.").format(
                limit=i18n.format_count(notes.MAX_NOTE_CHARS))
        return None

    def submit(self) -> None:
        self.note_id = notes.add_note(self.ctx, self.detail.id, self.text.toPlainText(),
                                      expected_version=self.detail.version)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a note"))
        self.text_label.setText(self.tr("&Note:"))
        self.ok_button().setText(self.tr("&Add note"))
        self._count()
