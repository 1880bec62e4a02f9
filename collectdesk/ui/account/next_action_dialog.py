"""Set (or clear) the date of the account's next action."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from collectdesk import i18n
from collectdesk.services import accounts
from collectdesk.services.account_view import AccountDetail
from collectdesk.services.context import ServiceContext
from collectdesk.ui.account.action_dialog import ActionDialog
from collectdesk.ui.account.date_edit import DateEdit


class NextActionDialog(ActionDialog):
    def __init__(self, ctx: ServiceContext, detail: AccountDetail, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(ctx, detail, parent)
        self.today = today or date.today()
        current = detail.next_action_on
        self.day = DateEdit(current if current and current >= self.today else self.today + timedelta(days=1), self)
        self.day.set_range(self.today, None)
        self.clear = QCheckBox(self)
        self.day_label = QLabel(self)
        self.add_row(self.day_label, self.day)
        self.add_wide(self.clear)
        self.clear.toggled.connect(lambda on: self.day.setEnabled(not on))
        self.watch(self.day.dateChanged, self.clear.toggled)
        self.finish()

    def chosen(self) -> date | None:
        return None if self.clear.isChecked() else self.day.value()

    def validate(self) -> str | None:
        if self.chosen() == self.detail.next_action_on:
            if self.chosen() is None:
                return self.tr("The account has no next action date.")
            return self.tr("This is already the next action date.")
        if self.chosen() is not None and self.chosen() < self.today:
            return self.tr("The next action cannot be in the past.")
        return None

    def advice(self) -> str | None:
        if self.detail.next_action_on is not None:
            return self.tr("Currently {date}.").format(date=i18n.format_date(self.detail.next_action_on))
        return None

    def submit(self) -> None:
        accounts.set_next_action(self.ctx, self.detail.id, self.chosen(), expected_version=self.detail.version)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Next action"))
        self.day_label.setText(self.tr("Next action &on:"))
        self.clear.setText(self.tr("&No next action (clear the date)"))
        self.ok_button().setText(self.tr("&Set date"))
