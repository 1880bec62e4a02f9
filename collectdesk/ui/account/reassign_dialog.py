"""Give the account to another collector (one of the active collectors)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from collectdesk.services import accounts, account_view
from collectdesk.services.account_view import AccountDetail
from collectdesk.services.context import ServiceContext
from collectdesk.ui.account.action_dialog import ActionDialog, fill_combo


class ReassignDialog(ActionDialog):
    def __init__(self, ctx: ServiceContext, detail: AccountDetail, parent: QWidget | None = None):
        super().__init__(ctx, detail, parent)
        self.collectors = account_view.active_collectors(ctx)
        self.collector = QComboBox(self)
        self.collector.setMinimumContentsLength(24)
        self.collector_label = QLabel(self)
        self.add_row(self.collector_label, self.collector)
        self.watch(self.collector.currentIndexChanged)
        self.finish()
        if detail.collector_id is not None:
            self.preselect(self.collector, detail.collector_id)

    def selected(self) -> uuid.UUID | None:
        return self.collector.currentData()

    def validate(self) -> str | None:
        if not self.collectors:
            return self.tr("There are no active collectors.")
        if self.selected() == self.detail.collector_id:
            return self.tr("The account is already assigned to {name}.").format(name=self.detail.collector_name)
        return None

    def advice(self) -> str | None:
        if self.detail.collector_name:
            return self.tr("Now assigned to {name}.").format(name=self.detail.collector_name)
        return self.tr("The account has no collector.")

    def submit(self) -> None:
        # reassign_accounts is a bulk service without a version check: check it here first
        account_view.current_version(self.ctx, self.detail.id, self.detail.version)
        accounts.reassign_accounts(self.ctx, [self.detail.id], self.selected())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reassign the account"))
        self.collector_label.setText(self.tr("C&ollector:"))
        self.ok_button().setText(self.tr("&Reassign"))
        fill_combo(self.collector, [
            (c.id, self.tr("{name} ({team})").format(name=c.full_name, team=c.team_name) if c.team_name
             else c.full_name) for c in self.collectors])
