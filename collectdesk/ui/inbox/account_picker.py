"""An account number field that says which account it found: type the number (or the debtor's name),
and 250 ms later the line below names the account and debtor, or says nothing matches. The queues'
search does the finding (indexed prefix search). `account_id()` is the account found, or None."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from collectdesk import i18n
from collectdesk.domain.errors import DomainError
from collectdesk.services.context import ServiceContext
from collectdesk.services.queues import QueueFilter, QueueQuery


class AccountPicker(QWidget):
    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._found: uuid.UUID | None = None
        self.problem: str | None = None
        self.edit = QLineEdit(self)
        self.edit.setObjectName("account_no")
        self.edit.setClearButtonEnabled(True)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.result)
        self.setFocusProxy(self.edit)
        self.timer = QTimer(self, singleShot=True, interval=250)
        self.timer.timeout.connect(self.lookup)
        self.edit.textChanged.connect(self._typed)
        self.retranslate()

    def _typed(self) -> None:
        self._found = None
        self.timer.start()
        self.changed.emit()

    def pending(self) -> bool:
        return self.timer.isActive()

    def lookup(self) -> None:
        self.timer.stop()
        text = self.edit.text().strip()
        self._found, self.problem = None, None
        if not text:
            self.result.setText("")
        else:
            try:
                rows = QueueQuery(self.ctx.engine, QueueFilter(open_only=False, search=text),
                                  sort_key="account_no", descending=False).page(0, 5)
            except DomainError as exc:
                rows, self.problem = [], exc.message
            exact = [r for r in rows if r.account_no.casefold() == text.casefold()]
            row = exact[0] if exact else (rows[0] if len(rows) == 1 else None)
            if row is not None:
                self._found = row.id
                self.result.setText(self.tr("{account} \u00b7 {debtor} \u00b7 {balance}").format(
                    account=row.account_no, debtor=row.debtor, balance=i18n.format_money(row.balance, row.currency)))
            elif rows:
                self.problem = self.tr("Several accounts match; type the whole account number.")
                self.result.setText(self.problem)
            else:
                self.problem = self.problem or self.tr("No account has this number.")
                self.result.setText(self.problem)
        self.changed.emit()

    def account_id(self) -> uuid.UUID | None:
        return self._found

    def set_text(self, text: str) -> None:
        self.edit.setText(text)
        self.lookup()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Account number (optional)"))
