"""What every triage dialog of the inbox shares (assign, link, categorise, status, resolve).

Like the account panel's ActionDialog: fields added with `add_row()` (a buddy label with a mnemonic,
in tab order), `watch()` on what the user changes, `validate()` shown under the form as the user types
(OK stays disabled until it is None), and `submit()` calling one service with the version the user
saw. A DomainError stays in the dialog as a message; a StaleEditError closes the dialog and is
reported through `stale` (the pane says so and reloads the item).

Strings of the base class use the literal context "InboxItemDialog" (lupdate finds them there).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QSizePolicy,
                               QVBoxLayout, QWidget)

from collectdesk.domain.errors import DomainError, StaleEditError
from collectdesk.services.context import ServiceContext
from collectdesk.ui.icons import icon

log = logging.getLogger(__name__)


class InboxItemDialog(QDialog):
    stale = Signal(object)  # StaleEditError

    def __init__(self, ctx: ServiceContext, item, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.item = item  # the ItemDetail the user is looking at
        self.stale_error: StaleEditError | None = None
        self.error_text: str | None = None
        self._touched = False
        self._quiet = False
        self._fields: list[QWidget] = []
        self.setSizeGripEnabled(True)
        self.setMinimumWidth(440)
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    # ---- building -------------------------------------------------------------------------------
    def add_row(self, label: QLabel, field: QWidget) -> None:
        label.setBuddy(field)
        self.form.addRow(label, field)
        self._fields.append(field)

    def watch(self, *signals) -> None:
        for signal in signals:
            signal.connect(self._edited)

    def finish(self) -> None:
        self.message_icon = QLabel(self)
        self.message_icon.setFixedWidth(18)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.message.setObjectName("validationMessage")
        row = QHBoxLayout()
        row.addWidget(self.message_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.message, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(self.form)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        chain = [*self._fields, self.ok_button(), self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self.ok_button().setDefault(True)
        self._retranslate_all()
        if self._fields:
            self._fields[0].setFocus()

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # ---- subclass hooks -----------------------------------------------------------------------
    def validate(self) -> str | None:
        return None

    def advice(self) -> str | None:
        return None

    def submit(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        pass

    # ---- behaviour ------------------------------------------------------------------------------
    def _edited(self, *_args) -> None:
        if self._quiet:
            return
        self._touched = True
        self.error_text = None
        self.revalidate()

    def revalidate(self) -> None:
        problem = self.validate()
        self.ok_button().setEnabled(problem is None)
        if self.error_text:
            text, warn = self.error_text, True
        elif problem:
            text, warn = problem, self._touched
        else:
            text, warn = self.advice() or "", False
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message_icon.setVisible(bool(text) and warn)
        if warn:
            self.message_icon.setPixmap(icon("warning").pixmap(16, 16))

    def accept(self) -> None:
        if self.validate() is not None:
            self._touched = True
            self.revalidate()
            return
        try:
            self.submit()
        except StaleEditError as exc:
            self.stale_error = exc
            self.done(QDialog.DialogCode.Rejected)
            self.stale.emit(exc)
            return
        except DomainError as exc:
            self.error_text = exc.message
            self.revalidate()
            return
        except Exception as exc:  # a bug: keep the input, say so in words, details in the log
            log.exception("inbox action failed: %s", type(self).__name__)
            self.error_text = QCoreApplication.translate(
                "InboxItemDialog", "This could not be saved because of an unexpected error ({error}). "
                "Nothing was changed.").format(error=type(exc).__name__)
            self.revalidate()
            return
        super().accept()

    def _retranslate_all(self) -> None:
        item = self.item
        sender = getattr(item, "sender_name", None) or getattr(item, "sender_address", None) or ""
        subject = getattr(item, "subject", "") or QCoreApplication.translate("InboxItemDialog", "(no subject)")
        self.header.setText(QCoreApplication.translate("InboxItemDialog", "{subject}\nFrom: {sender}").format(
            subject=subject, sender=sender or "\u2014"))
        self._quiet = True
        try:
            self.retranslate()
        finally:
            self._quiet = False
        self.revalidate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "buttons"):
            self._retranslate_all()
        super().changeEvent(event)
