"""Change the account's status (put it on hold, send it to legal, close it, ...)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from collectdesk.domain.enums import AccountStatus
from collectdesk.services import accounts
from collectdesk.services.account_view import AccountDetail
from collectdesk.services.context import ServiceContext
from collectdesk.ui import labels
from collectdesk.ui.account.action_dialog import ActionDialog, fill_combo


class StatusDialog(ActionDialog):
    def __init__(self, ctx: ServiceContext, detail: AccountDetail, parent: QWidget | None = None):
        super().__init__(ctx, detail, parent)
        self.status = QComboBox(self)
        self.status_label = QLabel(self)
        self.add_row(self.status_label, self.status)
        self.watch(self.status.currentIndexChanged)
        self.finish()
        self.preselect(self.status, detail.status)

    def selected(self) -> AccountStatus:
        return AccountStatus(self.status.currentData())

    def validate(self) -> str | None:
        if self.selected() is self.detail.status:
            return self.tr("The account is already {status}.").format(status=labels.status_label(self.detail.status))
        if self.selected() is AccountStatus.PAID and self.detail.balances.open != 0:
            return self.tr("An account with an open balance cannot be marked as paid.")
        return None

    def submit(self) -> None:
        accounts.change_status(self.ctx, self.detail.id, self.selected(), expected_version=self.detail.version)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change the status"))
        self.status_label.setText(self.tr("&Status:"))
        self.ok_button().setText(self.tr("C&hange status"))
        fill_combo(self.status, labels.choices(AccountStatus))
