"""What every action dialog of the account panel shares.

A subclass builds its fields with `add_row()` (a buddy label with a mnemonic, in tab order), calls
`watch()` on the signals that change its input, implements `validate()` (None, or what is still wrong,
shown under the form as the user types; OK stays disabled until it is None), optionally `advice()`
(a remark that does not block), and `submit()`, which calls one service in the GUI thread (one short
transaction on one row). `finish()` adds the message line and the buttons, then validates once.

On OK: a DomainError becomes a message in the dialog (the dialog stays open, nothing is lost); a
StaleEditError closes the dialog and is handed to the panel through `stale` (it shows who changed what
and reloads); anything unexpected is logged and reported in words, never as a traceback.

The base class translates with the literal context "ActionDialog" (self.tr would take the subclass's
name at run time, and lupdate would not find the strings there).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QSizePolicy, QVBoxLayout, QWidget)

from collectdesk import i18n
from collectdesk.domain.errors import DomainError, StaleEditError
from collectdesk.services.account_view import AccountDetail
from collectdesk.services.context import ServiceContext
from collectdesk.ui.icons import icon

log = logging.getLogger(__name__)


class ActionDialog(QDialog):
    stale = Signal(object)  # StaleEditError

    def __init__(self, ctx: ServiceContext, detail: AccountDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.stale_error: StaleEditError | None = None
        self.error_text: str | None = None
        self._touched = False
        self._quiet = False  # filling the fields ourselves (language change): not the user's edit
        self._fields: list[QWidget] = []
        self.setSizeGripEnabled(True)
        self.setMinimumWidth(420)

        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    # ------------------------------------------------------------------ building
    def add_row(self, label: QLabel, field: QWidget) -> None:
        label.setBuddy(field)
        self.form.addRow(label, field)
        self._fields.append(field)

    def add_wide(self, widget: QWidget) -> None:
        self.form.addRow(widget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            self._fields.append(widget)

    def watch(self, *signals) -> None:
        for signal in signals:
            signal.connect(self._edited)

    def finish(self) -> None:
        self.message_icon = QLabel(self)
        self.message_icon.setFixedWidth(18)
        self.message_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.message.setObjectName("validationMessage")
        message_row = QHBoxLayout()
        message_row.addWidget(self.message_icon, 0, Qt.AlignmentFlag.AlignTop)
        message_row.addWidget(self.message, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(self.form)
        layout.addLayout(message_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        chain = [*self._fields, self.ok_button(), self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self.ok_button().setDefault(True)
        self._retranslate_all()
        if self._fields:
            self._fields[0].setFocus()

    def preselect(self, combo: QComboBox, value: object) -> None:
        """Select the item holding `value` as the dialog's starting point (not counted as the user's edit)."""
        index = find_data(combo, value)
        if index < 0:
            return
        self._quiet = True
        try:
            combo.setCurrentIndex(index)
        finally:
            self._quiet = False
        self.revalidate()

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # ------------------------------------------------------------------ subclass hooks
    def validate(self) -> str | None:
        return None

    def advice(self) -> str | None:
        return None

    def submit(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        pass

    # ------------------------------------------------------------------ behaviour
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
        except StaleEditError as exc:
            self.stale_error = exc
            self.done(QDialog.DialogCode.Rejected)
            self.stale.emit(exc)
            return
        except DomainError as exc:
            self.show_error(exc.message)
            return
        except Exception as exc:  # a bug: keep the user's input, say so in words, keep the details in the log
            log.exception("action failed: %s", type(self).__name__)
            self.show_error(QCoreApplication.translate(
                "ActionDialog", "This could not be saved because of an unexpected error ({error}). "
                "Nothing was changed.").format(error=type(exc).__name__))
            return
        super().accept()

    def header_text(self) -> str:
        """The line above the form: the account and its open balance (other dialogs name their own subject)."""
        return QCoreApplication.translate(
            "ActionDialog", "{account} · {debtor}\nOpen balance: {balance}").format(
            account=self.detail.account_no, debtor=self.detail.debtor.name,
            balance=i18n.format_money(self.detail.balances.open, self.detail.currency))

    def _retranslate_all(self) -> None:
        self.header.setText(self.header_text())
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


def fill_combo(combo: QComboBox, items: list[tuple[object, str]]) -> None:
    """Put (data, text) items in a combo box, keeping the selection; on a language change the same call
    only renames the items."""
    current = combo.currentData()
    same = combo.count() == len(items) and all(combo.itemData(i) == d for i, (d, _t) in enumerate(items))
    if same:
        for i, (_d, text) in enumerate(items):
            combo.setItemText(i, text)
        return
    combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    index = find_data(combo, current) if current is not None else -1
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
    if combo.currentData() != current:
        combo.currentIndexChanged.emit(combo.currentIndex())


def find_data(combo: QComboBox, value: object) -> int:
    """The index of the item whose data equals `value`, or -1. (QComboBox.findData compares Python objects
    such as UUIDs by identity, not by value.)"""
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            return i
    return -1
