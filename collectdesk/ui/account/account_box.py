"""The account's facts: creditor, due date and days overdue, collector, next action, last contact and
payment; and its balances: original, paid, open, credit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from collectdesk import i18n
from collectdesk.domain.aging import days_past_due
from collectdesk.services.account_view import AccountDetail


def _value_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AccountBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None, today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.today = today
        self.detail: AccountDetail | None = None
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("creditor", "due", "collector", "next_action", "last_contact", "last_payment"):
            caption, value = QLabel(self), _value_label(self)
            self.rows[key] = (caption, value)
            form.addRow(caption, value)
        self.retranslate()

    def set_detail(self, detail: AccountDetail | None) -> None:
        self.detail = detail
        self._render()

    def _render(self) -> None:
        d = self.detail
        if d is None:
            for _caption, value in self.rows.values():
                value.clear()
            return
        creditor = d.creditor or "–"
        if d.creditor_ref:
            creditor = self.tr("{creditor} (ref. {ref})").format(creditor=creditor, ref=d.creditor_ref)
        self.rows["creditor"][1].setText(creditor)
        overdue = days_past_due(d.due_date, self.today())
        due = i18n.format_date(d.due_date)
        if overdue and d.status.is_open and d.balances.open > 0:
            due = self.tr("{date} (%n day(s) overdue)", "", overdue).format(date=due)
        self.rows["due"][1].setText(due)
        collector = d.collector_name or self.tr("unassigned")
        if d.team_name:
            collector = self.tr("{name} ({team})").format(name=collector, team=d.team_name)
        self.rows["collector"][1].setText(collector)
        self.rows["next_action"][1].setText(i18n.format_date(d.next_action_on) if d.next_action_on else "–")
        self.rows["last_contact"][1].setText(
            i18n.format_datetime(d.last_contact_at) if d.last_contact_at else self.tr("never"))
        self.rows["last_payment"][1].setText(
            i18n.format_date(d.last_payment_on) if d.last_payment_on else self.tr("never"))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Account"))
        captions = {
            "creditor": self.tr("Creditor:"),
            "due": self.tr("Due:"),
            "collector": self.tr("Collector:"),
            "next_action": self.tr("Next action:"),
            "last_contact": self.tr("Last contact:"),
            "last_payment": self.tr("Last payment:"),
        }
        for key, text in captions.items():
            self.rows[key][0].setText(text)
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class BalancesBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.detail: AccountDetail | None = None
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("original", "paid", "open", "credit"):
            caption, value = QLabel(self), _value_label(self)
            value.setWordWrap(False)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setObjectName(f"balance_{key}")
            self.rows[key] = (caption, value)
            self.form.addRow(caption, value)
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        for label in self.rows["open"]:
            label.setFont(bold)
        self.retranslate()

    def set_detail(self, detail: AccountDetail | None) -> None:
        self.detail = detail
        self._render()

    def _render(self) -> None:
        d = self.detail
        if d is None:
            for _caption, value in self.rows.values():
                value.clear()
            return
        b = d.balances
        self.rows["original"][1].setText(i18n.format_money(b.original, b.currency))
        self.rows["paid"][1].setText(i18n.format_money(b.paid, b.currency))
        self.rows["open"][1].setText(i18n.format_money(b.open, b.currency))
        self.rows["credit"][1].setText(i18n.format_money(b.overpayment, b.currency))
        self.form.setRowVisible(3, b.overpayment > 0)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Balances"))
        self.rows["original"][0].setText(self.tr("Original:"))
        self.rows["paid"][0].setText(self.tr("Paid:"))
        self.rows["open"][0].setText(self.tr("Open:"))
        self.rows["credit"][0].setText(self.tr("Credit (overpaid):"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
