"""What the training dialogs share: a QFormLayout of fields with buddy labels in tab order, a message line
that says what is still wrong as the user types (OK stays disabled until nothing is), and a submit that
calls one service. A DomainError is shown in the dialog (which stays open, nothing lost); a
StaleEditError is shown too, with the advice to reload. The base class translates with the literal
context "TrainingDialog" (lupdate would not find strings under a subclass's name)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout,
                               QWidget)

from collectdesk.domain.errors import DomainError
from collectdesk.services.context import ServiceContext
from collectdesk.ui.icons import icon

log = logging.getLogger(__name__)


class FormDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.error_text: str | None = None
        self._touched = False
        self._quiet = False
        self._fields: list[QWidget] = []
        self.setSizeGripEnabled(True)
        self.setMinimumWidth(440)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def add_row(self, label: QLabel, field: QWidget, *focusable: QWidget) -> None:
        label.setBuddy(focusable[0] if focusable else field)
        self.form.addRow(label, field)
        self._fields.extend(focusable or (field,))

    def add_wide(self, widget: QWidget, *focusable: QWidget) -> None:
        self.form.addRow(widget)
        self._fields.extend(focusable)

    def watch(self, *signals) -> None:
        for signal in signals:
            signal.connect(self._edited)

    def finish(self) -> None:
        self.message_icon = QLabel(self)
        self.message_icon.setFixedWidth(18)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setObjectName("validationMessage")
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        row = QHBoxLayout()
        row.addWidget(self.message_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.message, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
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

    def set_header(self, text: str) -> None:
        self.header.setText(text)
        self.header.setVisible(bool(text))

    # subclass hooks
    def validate(self) -> str | None:
        return None

    def submit(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        pass

    # behaviour
    def _edited(self, *_args) -> None:
        if self._quiet:
            return
        self._touched = True
        self.error_text = None
        self.revalidate()

    def revalidate(self) -> None:
        problem = self.validate()
        self.ok_button().setEnabled(problem is None)
        text = self.error_text or problem or ""
        warn = bool(self.error_text) or (bool(problem) and self._touched)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message_icon.setVisible(warn)
        if warn:
            self.message_icon.setPixmap(icon("warning").pixmap(16, 16))

    def show_error(self, text: str) -> None:
        self.error_text = text
        self.revalidate()

    def accept(self) -> None:
        if self.validate() is not None:
            self._touched = True
            self.revalidate()
            return
        try:
            self.submit()
        except DomainError as exc:
            self.show_error(exc.message)
            return
        except Exception as exc:  # a bug: keep the input, say so in words, details in the log
            log.exception("training dialog failed: %s", type(self).__name__)
            self.show_error(QCoreApplication.translate(
                "TrainingDialog", "This could not be saved because of an unexpected error ({error}). "
                "Nothing was changed.").format(error=type(exc).__name__))
            return
        super().accept()

    def _retranslate_all(self) -> None:
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
