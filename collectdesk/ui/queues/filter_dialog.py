"""The filter builder: every condition a queue can have, in one dialog."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QSpinBox, QVBoxLayout, QWidget)
from sqlalchemy import select

from collectdesk import i18n
from collectdesk.domain.aging import AgingBucket
from collectdesk.domain.enums import AccountStatus, DebtorFlag
from collectdesk.services.database import Database
from collectdesk.services.queues import QueueFilter
from collectdesk.services.queues.case import CASE_PLAN_STATES
from collectdesk.store.models import Account, Branch, Portfolio, StaffMember, Team
from collectdesk.ui.account.money_edit import MoneyEdit
from collectdesk.ui.labels import country_label, flag_label, plan_status_label, status_label
from collectdesk.ui.queues.value_text import aging_label


class _Checks(QListWidget):
    """A short list of checkable choices."""

    def __init__(self, items: list[tuple[object, str]], chosen, parent=None):
        super().__init__(parent)
        for value, text in items:
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setMinimumWidth(190)
        self.setMinimumHeight(96)
        self.setMaximumHeight(150)

    def chosen(self) -> tuple:
        return tuple(self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                     if self.item(i).checkState() == Qt.CheckState.Checked)


class _OptionalDate(QWidget):
    def __init__(self, value: date | None, parent=None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDate(QDate(value) if value else QDate.currentDate())
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        lay.addWidget(self.check)
        lay.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None


class FilterDialog(QDialog):
    def __init__(self, database: Database, flt: QueueFilter, parent=None):
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Filter accounts"))
        with database.ctx.reading() as s:
            staff = s.execute(select(StaffMember.id, StaffMember.full_name).where(StaffMember.active)
                              .order_by(StaffMember.full_name)).all()
            teams = s.execute(select(Team.id, Team.name, Branch.name).join(Branch, Branch.id == Team.branch_id)
                              .order_by(Branch.name, Team.name)).all()
            branches = s.execute(select(Branch.id, Branch.name).order_by(Branch.name)).all()
            portfolios = s.execute(select(Portfolio.id, Portfolio.name).order_by(Portfolio.name)).all()
            countries = sorted(set(s.scalars(select(Branch.country)))) or ["DE", "IT", "PL"]
            currencies = sorted(set(s.scalars(select(Account.currency).distinct().limit(20))))

        self.statuses = _Checks([(st.value, status_label(st)) for st in AccountStatus], flt.statuses, self)
        self.open_only = QCheckBox(self.tr("Only &open accounts (when no status is ticked)"), self)
        self.open_only.setChecked(flt.open_only)
        self.aging = _Checks([(b.value, aging_label(b)) for b in AgingBucket], flt.aging, self)
        self.flags = _Checks([(f.value, flag_label(f)) for f in DebtorFlag], flt.flags, self)
        self.collectors = _Checks([(i, n) for i, n in staff], flt.collector_ids, self)
        self.teams = _Checks([(i, f"{n} \u00b7 {b}") for i, n, b in teams], flt.team_ids, self)
        self.branches = _Checks([(i, n) for i, n in branches], flt.branch_ids, self)
        self.countries = _Checks([(c, f"{country_label(c)} ({c})") for c in countries], flt.countries, self)
        self.currencies = _Checks([(c, c) for c in currencies], flt.currencies, self)
        from PySide6.QtWidgets import QComboBox

        self.portfolio = QComboBox(self)
        self.portfolio.addItem(self.tr("(any)"), None)
        for pid, name in portfolios:
            self.portfolio.addItem(name, str(pid))
        if flt.portfolio_id is not None:
            self.portfolio.setCurrentIndex(max(0, self.portfolio.findData(str(flt.portfolio_id))))

        self.dpd_min, self.dpd_max = QSpinBox(self), QSpinBox(self)
        for box, value in ((self.dpd_min, flt.dpd_min), (self.dpd_max, flt.dpd_max)):
            box.setRange(-1, 100000)
            box.setSpecialValueText(self.tr("any"))
            box.setValue(-1 if value is None else value)
        self.balance_min, self.balance_max = MoneyEdit(parent=self, allow_zero=True), MoneyEdit(parent=self, allow_zero=True)
        self.balance_min.setValue(flt.balance_min)
        self.balance_max.setValue(flt.balance_max)
        self.no_contact = QSpinBox(self)
        self.no_contact.setRange(-1, 3650)
        self.no_contact.setSpecialValueText(self.tr("any"))
        self.no_contact.setValue(-1 if flt.no_contact_days is None else flt.no_contact_days)
        self.contact_from = _OptionalDate(flt.last_contact_from, self)
        self.contact_to = _OptionalDate(flt.last_contact_to, self)
        self.action_from = _OptionalDate(flt.next_action_from, self)
        self.action_to = _OptionalDate(flt.next_action_to, self)
        self.open_escalation = QCheckBox(self.tr("Has an open &escalation"), self)
        self.open_escalation.setChecked(flt.open_escalation)
        self.plan_states = _Checks([(st.value, plan_status_label(st)) for st in CASE_PLAN_STATES],
                                   flt.plan_states, self)
        self.plan_states.setToolTip(self.tr("Accounts whose payment plan is in one of the ticked states"))
        self.broken_days = QSpinBox(self)
        self.broken_days.setRange(-1, 3650)
        self.broken_days.setSpecialValueText(self.tr("any time"))
        self.broken_days.setValue(-1 if flt.plan_broken_days is None else flt.plan_broken_days)
        self.broken_days.setToolTip(self.tr("With \u201cBroken\u201d ticked: only plans broken in the last so many "
                                            "days (\u201cany time\u201d: every broken plan)"))
        self.search = QLineEdit(flt.search, self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: palette(link)")
        self._base = flt

        numbers = QFormLayout()
        for label, widget in ((self.tr("Days past due, &from"), self.dpd_min), (self.tr("Days past due, &to"), self.dpd_max),
                              (self.tr("Balance, m&inimum"), self.balance_min),
                              (self.tr("Balance, ma&ximum"), self.balance_max),
                              (self.tr("&No contact for (days)"), self.no_contact),
                              (self.tr("Last contact from"), self.contact_from),
                              (self.tr("Last contact until"), self.contact_to),
                              (self.tr("Next action from"), self.action_from),
                              (self.tr("Next action until"), self.action_to),
                              (self.tr("&Watchlist"), self.portfolio),
                              (self.tr("&Search"), self.search)):
            numbers.addRow(label, widget)

        grid = QGridLayout()
        boxes = ((self.tr("Status"), self.statuses), (self.tr("Aging"), self.aging), (self.tr("Debtor flags"), self.flags),
                 (self.tr("Collectors"), self.collectors), (self.tr("Teams"), self.teams),
                 (self.tr("Branches"), self.branches), (self.tr("Countries"), self.countries),
                 (self.tr("Currencies"), self.currencies))
        for i, (title, widget) in enumerate(boxes):
            group = QGroupBox(title, self)
            inner = QVBoxLayout(group)
            inner.addWidget(widget)
            grid.addWidget(group, i // 3, i % 3)
        grid.addWidget(self._case_box(), len(boxes) // 3, len(boxes) % 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.Reset, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Reset).clicked.connect(self._reset)
        self.buttons = buttons
        lists = QVBoxLayout()
        lists.addLayout(grid)
        lists.addWidget(self.open_only)
        columns = QHBoxLayout()
        columns.addLayout(lists, 3)
        columns.addSpacing(12)
        columns.addLayout(numbers, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(1180, 560)
        self.result_filter: QueueFilter | None = None

    def _case_box(self) -> QGroupBox:
        """Escalation and payment plan: the Case column's conditions."""
        group = QGroupBox(self.tr("Case"), self)
        inner = QVBoxLayout(group)
        inner.addWidget(self.open_escalation)
        inner.addWidget(QLabel(self.tr("Payment plan:"), group))
        inner.addWidget(self.plan_states)
        broken = QHBoxLayout()
        label = QLabel(self.tr("&Broken in the last (days)"), group)
        label.setBuddy(self.broken_days)
        broken.addWidget(label)
        broken.addWidget(self.broken_days)
        inner.addLayout(broken)
        return group

    def _reset(self) -> None:
        self.result_filter = QueueFilter()
        self.accept()

    def build(self) -> QueueFilter | None:
        bmin, bmax = self.balance_min.value(), self.balance_max.value()
        if (self.balance_min.text().strip() and bmin is None) or (self.balance_max.text().strip() and bmax is None):
            self.error.setText(self.tr("The balance must be an amount, for example {example}.").format(
                example=i18n.format_decimal(Decimal("1500.00"))))
            return None
        dmin = self.dpd_min.value() if self.dpd_min.value() >= 0 else None
        dmax = self.dpd_max.value() if self.dpd_max.value() >= 0 else None
        if dmin is not None and dmax is not None and dmin > dmax:
            self.error.setText(self.tr("\u201cDays past due from\u201d is larger than \u201cto\u201d."))
            return None
        return QueueFilter(
            open_only=self.open_only.isChecked(), statuses=self.statuses.chosen(), aging=self.aging.chosen(),
            dpd_min=dmin, dpd_max=dmax, balance_min=bmin, balance_max=bmax, countries=self.countries.chosen(),
            currencies=self.currencies.chosen(), collector_ids=self.collectors.chosen(),
            team_ids=self.teams.chosen(), branch_ids=self.branches.chosen(),
            portfolio_id=uuid.UUID(self.portfolio.currentData()) if self.portfolio.currentData() else None,
            flags=self.flags.chosen(),
            last_contact_from=self.contact_from.value(), last_contact_to=self.contact_to.value(),
            no_contact_days=self.no_contact.value() if self.no_contact.value() >= 0 else None,
            next_action_from=self.action_from.value(), next_action_to=self.action_to.value(),
            promise_due_on=self._base.promise_due_on, broken_promise_days=self._base.broken_promise_days,
            open_escalation=self.open_escalation.isChecked(), plan_states=self.plan_states.chosen(),
            plan_broken_days=self.broken_days.value() if self.broken_days.value() >= 0 else None,
            search=self.search.text().strip())

    def _accept(self) -> None:
        flt = self.build()
        if flt is not None:
            self.result_filter = flt
            self.accept()

