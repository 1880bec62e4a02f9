"""New or edit a staff member (StaffDialog), and mark one as having left (LeaveDialog)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from collectdesk.domain.enums import StaffRole
from collectdesk.services import staff
from collectdesk.services.context import ServiceContext
from collectdesk.services.staff import StaffFields, StaffRow
from collectdesk.ui import labels
from collectdesk.ui.account.action_dialog import fill_combo, find_data
from collectdesk.ui.account.date_edit import DateEdit
from collectdesk.ui.account.money_edit import MoneyEdit
from collectdesk.ui.training.form_dialog import FormDialog

# a language is named in itself, whatever the window's language
LANGUAGE_NAMES = (("en", "English"), ("it", "Italiano"), ("pl", "Polski"), ("de", "Deutsch"))
CURRENCIES = ("EUR", "PLN", "CHF")
NO_DATE = date(1970, 1, 1)  # the hire date field's "not known"


class StaffDialog(FormDialog):
    """`row` None: a new staff member; otherwise edit that one (its version is checked on save)."""

    def __init__(self, ctx: ServiceContext, row: StaffRow | None = None, parent: QWidget | None = None, *,
                 today: date | None = None):
        super().__init__(ctx, parent)
        self.row = row
        self.today = today or date.today()
        self.saved_id: uuid.UUID | None = None
        self._branches = staff.branches(ctx)
        self._teams = staff.teams(ctx)

        self.full_name = QLineEdit(self)
        self.full_name.setMaxLength(160)
        self.username = QLineEdit(self)
        self.username.setMaxLength(64)
        self.email = QLineEdit(self)
        self.email.setMaxLength(254)
        self.role = QComboBox(self)
        self.branch = QComboBox(self)
        self.team = QComboBox(self)
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.hire_date = DateEdit(self.today, self)
        self.hire_date.set_range(NO_DATE, self.today + timedelta(days=staff.FUTURE_HIRE_DAYS))
        self.hire_date.setSpecialValueText("\u2013")  # shown at NO_DATE: not known
        self.limit = MoneyEdit("EUR", self, allow_zero=True)
        self.currency = QComboBox(self)
        self.currency.addItems(CURRENCIES)
        limit_row = QWidget(self)
        box = QHBoxLayout(limit_row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.limit, 1)
        box.addWidget(self.currency)

        self.name_label, self.username_label, self.email_label = QLabel(self), QLabel(self), QLabel(self)
        self.role_label, self.branch_label, self.team_label = QLabel(self), QLabel(self), QLabel(self)
        self.language_label, self.hire_label, self.limit_label = QLabel(self), QLabel(self), QLabel(self)
        self.add_row(self.name_label, self.full_name)
        self.add_row(self.username_label, self.username)
        self.add_row(self.email_label, self.email)
        self.add_row(self.role_label, self.role)
        self.add_row(self.branch_label, self.branch)
        self.add_row(self.team_label, self.team)
        self.add_row(self.language_label, self.language)
        self.add_row(self.hire_label, self.hire_date)
        self.add_row(self.limit_label, limit_row, self.limit, self.currency)

        self._fill_combos()
        if row is not None:
            self._load(row)
        self.branch.currentIndexChanged.connect(self._branch_changed)
        self.currency.currentTextChanged.connect(self.limit.setCurrency)
        self.watch(self.full_name.textChanged, self.username.textChanged, self.email.textChanged,
                   self.role.currentIndexChanged, self.branch.currentIndexChanged, self.team.currentIndexChanged,
                   self.language.currentIndexChanged, self.hire_date.dateChanged, self.limit.textChanged,
                   self.currency.currentIndexChanged)
        self.finish()

    def _fill_combos(self) -> None:
        fill_combo(self.role, [(r, text) for r, text in labels.choices(StaffRole)])
        fill_combo(self.branch, [(None, self.tr("(none)"))] + [(b.id, b.name) for b in self._branches])
        self._branch_changed()

    def _branch_changed(self, *_args) -> None:
        branch_id = self.branch.currentData()
        teams = [t for t in self._teams if branch_id is None or t.branch_id == branch_id]
        fill_combo(self.team, [(None, self.tr("(no team)"))] + [(t.id, t.name) for t in teams])

    def _load(self, row: StaffRow) -> None:
        self.full_name.setText(row.full_name)
        self.username.setText(row.username)
        self.email.setText(row.email or "")
        self.role.setCurrentIndex(max(0, find_data(self.role, row.role)))
        self.branch.setCurrentIndex(max(0, find_data(self.branch, row.branch_id)))
        self._branch_changed()
        self.team.setCurrentIndex(max(0, find_data(self.team, row.team_id)))
        self.language.setCurrentIndex(max(0, find_data(self.language, row.language)))
        self.hire_date.set_date(row.hire_date or NO_DATE)
        if row.approval_currency:
            if self.currency.findText(row.approval_currency) < 0:
                self.currency.addItem(row.approval_currency)
            self.currency.setCurrentText(row.approval_currency)
            self.limit.setCurrency(row.approval_currency)
        self.limit.setValue(row.approval_limit)

    def fields(self) -> StaffFields:
        return StaffFields(username=self.username.text(), full_name=self.full_name.text(),
                           role=self.role.currentData(), team_id=self.team.currentData(),
                           branch_id=self.branch.currentData(), language=self.language.currentData(),
                           hire_date=None if self.hire_date.value() == NO_DATE else self.hire_date.value(),
                           email=self.email.text(),
                           approval_limit=self.limit.value(),
                           approval_currency=self.currency.currentText() if self.limit.text().strip() else None)

    def validate(self) -> str | None:
        if not self.full_name.text().strip():
            return self.tr("Enter the staff member's full name.")
        username = self.username.text().strip()
        if not username:
            return self.tr("Enter a username (the name they log in with).")
        if any(ch.isspace() for ch in username):
            return self.tr("A username has no spaces.")
        email = self.email.text().strip()
        if email and "@" not in email:
            return self.tr("The e-mail address is not valid.")
        if self.limit.text().strip():
            problem = self.limit.problem()
            if problem:
                return problem
        return None

    def submit(self) -> None:
        if self.row is None:
            self.saved_id = staff.create_staff(self.ctx, self.fields(), today=self.today)
        else:
            staff.update_staff(self.ctx, self.row.id, self.fields(), expected_version=self.row.version,
                               today=self.today)
            self.saved_id = self.row.id

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New staff member") if self.row is None
                            else self.tr("Edit {name}").format(name=self.row.full_name))
        self.name_label.setText(self.tr("Full &name:"))
        self.username_label.setText(self.tr("&Username:"))
        self.email_label.setText(self.tr("&E-mail:"))
        self.role_label.setText(self.tr("&Role:"))
        self.branch_label.setText(self.tr("&Branch:"))
        self.team_label.setText(self.tr("&Team:"))
        self.language_label.setText(self.tr("&Language:"))
        self.hire_label.setText(self.tr("&Hire date:"))
        self.limit_label.setText(self.tr("&Approval limit:"))
        self.limit.setPlaceholderText(self.tr("none"))
        self.limit.setToolTip(self.tr("Escalations above this amount go to a senior manager; leave empty for none."))
        self._fill_combos()


class LeaveDialog(FormDialog):
    """The date a staff member left (or leaves): they become inactive; their history stays."""

    def __init__(self, ctx: ServiceContext, row: StaffRow, parent: QWidget | None = None, *,
                 today: date | None = None):
        super().__init__(ctx, parent)
        self.row = row
        self.today = today or date.today()
        self.left_on = DateEdit(self.today, self)
        self.left_on.set_range(row.hire_date, self.today + timedelta(days=staff.FUTURE_HIRE_DAYS))
        self.left_label = QLabel(self)
        self.add_row(self.left_label, self.left_on)
        self.watch(self.left_on.dateChanged)
        self.finish()

    def submit(self) -> None:
        staff.mark_left(self.ctx, self.row.id, self.left_on.value(), expected_version=self.row.version,
                        today=self.today)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mark {name} as left").format(name=self.row.full_name))
        self.set_header(self.tr("{name} will no longer be offered for new work. Their scorecards, evaluations "
                                "and training records stay.").format(name=self.row.full_name))
        self.left_label.setText(self.tr("&Last day:"))
        self.ok_button().setText(self.tr("&Mark as left"))
