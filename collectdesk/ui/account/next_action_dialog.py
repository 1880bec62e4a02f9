"""Set (or clear) the date of the account's next action.

The next action is the next contact (a call): the chosen day is checked against the account's compliance
profile (services.compliance.prevention.check_day, in the debtor's calendar). A day a rule closes (a
Sunday, a public holiday of the debtor's country or region, a flag that stops contact) is shown in a
ComplianceNotice; a day a blocking rule closes on the calendar cannot be chosen, and the next day open for
contact is offered with a button. A flag only warns: it is not the day's, it may be lifted before then,
and the next action may be to resolve it.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QWidget

from collectdesk import i18n
from collectdesk.domain.enums import Channel
from collectdesk.domain.errors import DomainError
from collectdesk.services import accounts
from collectdesk.services.account_view import AccountDetail
from collectdesk.services.compliance import prevention
from collectdesk.services.context import ServiceContext
from collectdesk.ui.account.action_dialog import ActionDialog
from collectdesk.ui.account.compliance_notice import ComplianceNotice, day_items, day_open_item
from collectdesk.ui.account.date_edit import DateEdit
from collectdesk.ui.account.log_activity_dialog import reserve_message_lines

NEXT_ACTION_CHANNEL = Channel.CALL


def _long(day: date) -> str:
    """With the weekday: which day is open matters here (a Sunday, a Monday after a holiday)."""
    return i18n.locale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


class NextActionDialog(ActionDialog):
    def __init__(self, ctx: ServiceContext, detail: AccountDetail, parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(ctx, detail, parent)
        self.today = today or date.today()
        self.day_verdict: prevention.DayVerdict | None = None
        self.next_open: date | None = None
        self._checker: prevention.ContactChecker | None = None
        self._checked: date | None = None
        self._shown: tuple | None = None
        current = detail.next_action_on
        self.day = DateEdit(current if current and current >= self.today else self.today + timedelta(days=1), self)
        self.day.set_range(self.today, None)
        self.clear = QCheckBox(self)
        self.day_label = QLabel(self)
        self.notice = ComplianceNotice(self, lines=6)
        self.use_next = QPushButton(self)
        policy = self.use_next.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # appearing, it does not move the buttons below
        self.use_next.setSizePolicy(policy)
        self.use_next.setVisible(False)
        self.use_next.setAutoDefault(False)
        self.add_row(self.day_label, self.day)
        self.add_wide(self.notice)
        self.add_wide(self.use_next)
        self.add_wide(self.clear)
        self.clear.toggled.connect(lambda on: self.day.setEnabled(not on))
        self.use_next.clicked.connect(self._use_next)
        self.watch(self.day.dateChanged, self.clear.toggled)
        self.finish()
        reserve_message_lines(self)

    def chosen(self) -> date | None:
        return None if self.clear.isChecked() else self.day.value()

    # ------------------------------------------------------------------ the compliance check
    def _check(self) -> None:
        day = self.chosen()
        if day == self._checked:
            return
        self._checked = day
        self.day_verdict, self.next_open = None, None
        if day is None:
            return
        try:
            if self._checker is None:
                self._checker = prevention.ContactChecker(self.ctx, self.detail.id)
            self.day_verdict = self._checker.check_day(day, NEXT_ACTION_CHANNEL)
            if self.day_verdict.refused:
                self.next_open = self._checker.next_open_day(day, NEXT_ACTION_CHANNEL)
        except DomainError:  # no profile to check against (a setting names a missing one): the date is the user's
            self.day_verdict = None

    def _show_check(self) -> None:
        self._check()
        shown = (self._checked, id(self.day_verdict), i18n.current_language())
        if shown != self._shown:
            self._shown = shown
            verdict = self.day_verdict
            self.notice.set_items([] if verdict is None else day_items(verdict) or [day_open_item(verdict)])
            if self.next_open is not None:
                self.use_next.setText(self.tr("&Use {date} instead").format(date=_long(self.next_open)))
        offer = self.day_verdict is not None and self.day_verdict.refused and self.next_open is not None
        self.use_next.setVisible(offer)

    def _use_next(self) -> None:
        if self.next_open is not None:
            self.day.set_date(self.next_open)
            self.day.setFocus()

    def revalidate(self) -> None:
        self._show_check()
        super().revalidate()

    # ------------------------------------------------------------------ hooks
    def validate(self) -> str | None:
        if self.chosen() == self.detail.next_action_on:
            if self.chosen() is None:
                return self.tr("The account has no next action date.")
            return self.tr("This is already the next action date.")
        if self.chosen() is not None and self.chosen() < self.today:
            return self.tr("The next action cannot be in the past.")
        if self.day_verdict is not None and self.day_verdict.refused:
            if self.next_open is None:
                return self.tr("No contact is allowed on {date}, nor on any day in the year after it.").format(
                    date=_long(self.day_verdict.day))
            return self.tr("No contact is allowed on {date}. The next day open for contact is {next}.").format(
                date=_long(self.day_verdict.day), next=_long(self.next_open))
        return None

    def advice(self) -> str | None:
        if self.day_verdict is not None and self.day_verdict.closed:
            if any(c.kind == "flag" for c in self.day_verdict.closures):
                return self.tr("The date can be set, but no contact is allowed while the debtor's flag stays set.")
            return self.tr("Careful: {date} is closed for contact (see above).").format(
                date=_long(self.day_verdict.day))
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
        self._shown = None  # the notice's words are in the language just installed
