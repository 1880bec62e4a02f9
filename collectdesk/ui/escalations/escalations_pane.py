"""EscalationsPane: the approvals queue, the selected case, and the decisions on it.

    pane = EscalationsPane(database)      # pane_name "escalations", icon "escalation"
    pane.refresh()                        # reloads the queue (F5)

The queue (services.escalations.approvals_queue, oldest first, age in days) filtered by state; for the
selected case: the account as it stood when raised (the snapshot), why routing sends it to a senior
manager, and the decision history. Every button records one step with escalations.decide(); a
DomainError (four-eyes, a senior manager's case, a missing note) is shown under the buttons and nothing
changes. "Decide as" names the staff member who decides (the login's by default; on a single-user
database the supervisor may enter a senior manager's decision, which the history records as typed in
by the login).
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QListWidget, QPlainTextEdit, QPushButton, QSpinBox,
                               QScrollArea, QSplitter, QTableView, QVBoxLayout, QWidget)
from sqlalchemy import select

from collectdesk import i18n
from collectdesk.domain.enums import EscalationAction, EscalationDecision
from collectdesk.domain.errors import DomainError
from collectdesk.services import escalations
from collectdesk.services.escalations import EscalationDetail
from collectdesk.store.models import StaffMember
from collectdesk.ui import labels
from collectdesk.ui.account.action_dialog import fill_combo, find_data
from collectdesk.ui.account.money_edit import MoneyEdit
from collectdesk.ui.escalations.approvals_queue_model import COL_DEBTOR, ROW_ROLE, ApprovalsQueueModel
from collectdesk.ui.escalations.plan_calculator import PlanCalculatorDialog
from collectdesk.ui.icons import icon
from collectdesk.ui.pane import Pane
from collectdesk.ui.tasks import run_task

ALL_STATES = "all"


class EscalationsPane(Pane):
    pane_name = "escalations"
    icon_name = "escalation"

    def __init__(self, database, parent: QWidget | None = None):
        super().__init__(database, parent)
        self.ctx = database.ctx
        self.case: EscalationDetail | None = None
        self.calculator: PlanCalculatorDialog | None = None
        self.last_error: str | None = None

        # queue with its filter
        self.state_filter = QComboBox(self)
        self.state_label = QLabel(self)
        self.state_label.setBuddy(self.state_filter)
        self.model = ApprovalsQueueModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(COL_DEBTOR, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.empty = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.state_label)
        top.addWidget(self.state_filter)
        top.addStretch(1)
        top.addWidget(self.empty)
        queue_box = QWidget(self)
        queue_layout = QVBoxLayout(queue_box)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_layout.addLayout(top)
        queue_layout.addWidget(self.table)

        # the case
        self.case_box = QGroupBox(self)
        self.summary = QLabel(self.case_box)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.routing = QLabel(self.case_box)
        self.routing.setWordWrap(True)
        self.routing.setTextFormat(Qt.TextFormat.PlainText)
        self.history = QListWidget(self.case_box)
        self.history_label = QLabel(self.case_box)
        self.history_label.setBuddy(self.history)
        case_layout = QVBoxLayout(self.case_box)
        case_layout.addWidget(self.summary)
        case_layout.addWidget(self.routing)
        case_layout.addWidget(self.history_label)
        case_layout.addWidget(self.history, 1)

        # the decision
        self.decide_box = QGroupBox(self)
        form = QFormLayout()
        self.decider = QComboBox(self.decide_box)
        self.decider_label = QLabel(self.decide_box)
        form.addRow(self.decider_label, self.decider)
        self.decider_label.setBuddy(self.decider)
        self.note = QPlainTextEdit(self.decide_box)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)
        self.note_label = QLabel(self.decide_box)
        self.note_label.setBuddy(self.note)
        form.addRow(self.note_label, self.note)
        self.counter_installments = QSpinBox(self.decide_box)
        self.counter_installments.setRange(1, 360)
        self.counter_amount = MoneyEdit("", self.decide_box)
        terms_row = QHBoxLayout()
        terms_row.addWidget(self.counter_installments)
        terms_row.addWidget(self.counter_amount, 1)
        self.counter_label = QLabel(self.decide_box)
        self.counter_label.setBuddy(self.counter_installments)
        form.addRow(self.counter_label, terms_row)
        self.senior = QComboBox(self.decide_box)
        self.senior_label = QLabel(self.decide_box)
        self.senior_label.setBuddy(self.senior)
        form.addRow(self.senior_label, self.senior)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        keys = ["approve", "reject", "counter", "info", "refer", "pdf", "account", "plan"]
        for n, key in enumerate(keys):
            button = QPushButton(self.decide_box)
            button.setObjectName(f"escalation_{key}")
            self.buttons[key] = button
            grid.addWidget(button, n // 3, n % 3)  # three a row: German labels are long
        self.buttons["approve"].setIcon(icon("status"))
        self.buttons["pdf"].setIcon(icon("print"))
        self.buttons["plan"].setIcon(icon("payment"))
        self.message = QLabel(self.decide_box)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setObjectName("decisionMessage")
        decide_layout = QVBoxLayout(self.decide_box)
        decide_layout.addLayout(form)
        decide_layout.addLayout(grid)
        decide_layout.addWidget(self.message)

        actions = {EscalationAction.APPROVED: "approve", EscalationAction.REJECTED: "reject",
                   EscalationAction.COUNTER_PROPOSAL: "counter", EscalationAction.INFO_REQUESTED: "info",
                   EscalationAction.REFERRED: "refer"}
        for action, key in actions.items():
            self.buttons[key].clicked.connect(lambda _c=False, a=action: self.decide(a))
        self.buttons["pdf"].clicked.connect(self.save_referral_pdf)
        self.buttons["account"].clicked.connect(self._open_account)
        self.buttons["plan"].clicked.connect(self.open_plan_calculator)
        self.state_filter.currentIndexChanged.connect(lambda *_: self._fill_queue())

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.case_box, 1)
        right_layout.addWidget(self.decide_box)
        # the case and the decision fields scroll on a small screen instead of forcing the window taller
        scroller = QScrollArea(self)
        scroller.setWidget(right)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(queue_box)
        splitter.addWidget(scroller)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        for first, second in zip([self.state_filter, self.table, self.history, self.decider, self.note,
                                  self.counter_installments, self.counter_amount, self.senior,
                                  *self.buttons.values()],
                                 [self.table, self.history, self.decider, self.note, self.counter_installments,
                                  self.counter_amount, self.senior, *self.buttons.values()]):
            QWidget.setTabOrder(first, second)
        self._rows: list = []
        self._decider_chosen = False
        self.decider.activated.connect(lambda *_: self._show_selected())  # routing counts the decider's limit
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Escalations")

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        keep = self.case.id if self.case else None
        try:
            self._rows = escalations.approvals_queue(self.ctx)
            self._load_staff()
        except DomainError as exc:
            self._rows = []
            self._say(exc.message)
        self._fill_queue(keep)

    def _load_staff(self) -> None:
        with self.ctx.reading() as s:
            staff = s.execute(select(StaffMember.id, StaffMember.full_name, StaffMember.role, StaffMember.username)
                              .where(StaffMember.active.is_(True), StaffMember.role.in_(escalations.DECIDING_ROLES))
                              .order_by(StaffMember.full_name)).all()
        me = next((m.id for m in staff if m.username == self.ctx.actor), None)
        fill_combo(self.decider, [(m.id, f"{m.full_name} ({labels.role_label(m.role)})") for m in staff])
        if not self._decider_chosen and me is not None:  # the login's own staff member, the first time
            self.decider.setCurrentIndex(max(0, find_data(self.decider, me)))
            self._decider_chosen = True
        fill_combo(self.senior, [(m.id, m.full_name) for m in staff if m.role in escalations.SENIOR_ROLES])

    def _fill_queue(self, keep: uuid.UUID | None = None) -> None:
        keep = keep or (self.case.id if self.case else None)
        state = self.state_filter.currentData()
        rows = [r for r in self._rows if state in (None, ALL_STATES) or r.status == state]
        self.model.set_rows(rows)
        self.empty.setText(self.tr("%n open case(s)", "", len(rows)))
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._show_selected()

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE).id if index.isValid() else None

    def select(self, escalation_id: uuid.UUID) -> None:
        row = self.model.row_of(escalation_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _show_selected(self) -> None:
        escalation_id = self.selected_id()
        self.case = None
        self.history.clear()
        if escalation_id is not None:
            try:
                self.case = escalations.get_escalation(self.ctx, escalation_id)
                routing = escalations.route(self.ctx, escalation_id, decider_id=self.decider.currentData())
                steps = escalations.history(self.ctx, escalation_id)
            except DomainError as exc:
                self._say(exc.message)
                self.case = None
        for button in self.buttons.values():
            button.setEnabled(self.case is not None)
        if self.case is None:
            self.summary.setText(self.tr("Select a case to see the account as it stood and its history."))
            self.routing.setText("")
            return
        self.summary.setText(self._summary_text(self.case))
        self.routing.setText(self.tr("Needs a senior manager: {reasons}").format(reasons=" ".join(routing.reasons))
                             if routing.needs_senior else self.tr("A supervisor may decide this case alone."))
        for step in steps:
            line = self.tr("{when} · {action} · {who}").format(
                when=i18n.format_datetime(step.at), action=labels.escalation_action_label(step.action),
                who=step.actor_name)
            self.history.addItem(line + (f"\n{step.note}" if step.note else ""))
        plan = self.case.requested_decision == EscalationDecision.PAYMENT_PLAN
        self.counter_installments.setVisible(plan)
        self.counter_amount.setVisible(not plan)
        self.counter_amount.setCurrency(self.case.currency)
        proposed = (self.case.proposed_terms or {}).get("installments")
        if plan and isinstance(proposed, int):
            self.counter_installments.setValue(proposed)  # a starting point the supervisor changes

    def _summary_text(self, c: EscalationDetail) -> str:
        snap = c.snapshot
        bal, aging = snap["balances"], snap["aging"]  # escalations.normalised_snapshot: one shape
        cur = bal.get("currency", c.currency)
        money = lambda key: i18n.format_money(Decimal(str(bal.get(key) or "0")), cur)  # noqa: E731
        lines = [
            self.tr("{account} · {debtor} · raised by {who} on {when}").format(
                account=c.account_no, debtor=c.debtor_name, who=c.raised_by, when=i18n.format_datetime(c.raised_at)),
            self.tr("{reason}; asks for: {decision}; at stake {amount}").format(
                reason=labels.escalation_reason_label(c.reason),
                decision=labels.escalation_decision_label(c.requested_decision),
                amount=i18n.format_money(c.amount_at_stake, c.currency)),
            self.tr("When raised: open {open} of {original} (paid {paid}); %n day(s) past due", "",
                    int(aging.get("days_past_due", 0))).format(
                open=money("open"), original=money("original"), paid=money("paid")),
            self.tr("Contacts: {contacts} · promises: {promises} · payments: {payments} · open complaints: "
                    "{complaints}").format(
                contacts=len(snap["contacts"]), promises=len(snap["promises"]),
                payments=len(snap["payments"]), complaints=len(snap["open_complaints"])),
        ]
        if c.proposed_terms:
            lines.append(self.tr("Proposed terms: {terms}").format(
                terms=", ".join(f"{k} = {v}" for k, v in c.proposed_terms.items())))
        if c.note:
            lines.append(c.note)
        return "\n".join(lines)

    # ------------------------------------------------------------------ decisions
    def decide(self, action: EscalationAction) -> bool:
        """Record `action` on the selected case as the "Decide as" staff member; False when refused."""
        if self.case is None or self.decider.currentData() is None:
            self._say(self.tr("Choose a case and who decides."))
            return False
        terms = refer_to = None
        if action == EscalationAction.COUNTER_PROPOSAL:
            terms = self._counter_terms()
        if action == EscalationAction.REFERRED:
            refer_to = self.senior.currentData()
        try:
            escalations.decide(self.ctx, self.case.id, action=action, decided_by_id=self.decider.currentData(),
                               note=self.note.toPlainText().strip(), terms=terms, refer_to_id=refer_to,
                               expected_version=self.case.version)
        except DomainError as exc:
            self._say(exc.message)
            return False
        self.note.clear()
        self._say("")
        self.status_message.emit(self.tr("{account}: {action} recorded.").format(
            account=self.case.account_no, action=labels.escalation_action_label(action)))
        self.refresh()
        return True

    def _counter_terms(self) -> dict | None:
        decision = self.case.requested_decision
        if decision == EscalationDecision.PAYMENT_PLAN:
            return {"installments": self.counter_installments.value()}
        value = self.counter_amount.value()
        if value is None:
            return None
        key = "write_off_amount" if decision == EscalationDecision.WRITE_OFF else "settlement_amount"
        return {key: str(value)}

    def _say(self, text: str) -> None:
        self.last_error = text or None
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------ other buttons
    def _open_account(self) -> None:
        if self.case is not None:
            self.open_account.emit(self.case.account_id)

    def open_plan_calculator(self) -> PlanCalculatorDialog | None:
        if self.case is None:
            return None
        try:
            dialog = PlanCalculatorDialog(self.ctx, self.case.account_id, self, escalation_id=self.case.id)
        except DomainError as exc:
            self._say(exc.message)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.status_message.emit(
            self.tr("Payment plan created and approved.") if dialog.approved else
            self.tr("Payment plan proposed; it waits for approval.")))
        self.calculator = dialog
        dialog.open()
        return dialog

    def save_referral_pdf(self) -> None:
        if self.case is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the referral sheet"),
                                              f"referral-{self.case.account_no}.pdf", self.tr("PDF files (*.pdf)"))
        if path:
            self.write_referral(path)

    def write_referral(self, path: str | Path) -> None:
        case_id, language = self.case.id, i18n.current_language()

        def work(_progress, _cancelled):
            from collectdesk.reports.referral_sheet import write_referral_pdf  # ReportLab: imported lazily
            return write_referral_pdf(self.ctx, case_id, path, language=language)

        run_task(self, work, title=self.tr("Referral sheet"), label=self.tr("Writing the referral sheet…"),
                 on_done=lambda p: self.status_message.emit(self.tr("Referral sheet saved: {path}").format(path=p)),
                 on_error=lambda exc: self._say(getattr(exc, "message", str(exc))))

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        fill_combo(self.state_filter, [(ALL_STATES, self.tr("All open"))] + [
            (st, labels.escalation_status_label(st)) for st in escalations.OPEN_STATUSES])
        self.state_label.setText(self.tr("&State:"))
        self.case_box.setTitle(self.tr("Case"))
        self.history_label.setText(self.tr("Decision &history:"))
        self.decide_box.setTitle(self.tr("Decision"))
        self.decider_label.setText(self.tr("Decide &as:"))
        self.note_label.setText(self.tr("&Note:"))
        self.counter_label.setText(self.tr("&Counter terms:"))
        self.counter_installments.setSuffix(self.tr(" installments"))
        self.senior_label.setText(self.tr("Senior &manager:"))
        texts = {"approve": self.tr("A&pprove"), "reject": self.tr("Re&ject"), "counter": self.tr("C&ounter-proposal"),
                 "info": self.tr("Request &information"), "refer": self.tr("Refer to senior manager…"),
                 "pdf": self.tr("Referral sheet PD&F…"), "account": self.tr("Open acco&unt"),
                 "plan": self.tr("&Build payment plan…")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.table.setAccessibleName(self.tr("Escalations waiting for a decision, oldest first"))
        self.model.retranslate()
        self._show_selected()
