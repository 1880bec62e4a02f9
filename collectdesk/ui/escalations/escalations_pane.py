"""EscalationsPane: the approvals queue, the selected case, and the decisions on it.

    pane = EscalationsPane(database)      # pane_name "escalations", icon "escalation"
    pane.refresh()                        # reloads the queue (F5)

The queue (services.escalations.approvals_queue, oldest first, age in days) filtered by state; for the
selected case: the account as it stood when raised (the snapshot), why routing sends it to a senior
manager, what the decision created (escalation_outcome: the plan, the settlement, the write-offs), its
files (CaseFiles) and the decision history. Every button records one step with escalations.decide();
Approve first opens the ApproveDialog, which says what approval will do and asks for what it needs. A
DomainError (four-eyes, a senior manager's case, a missing note) is shown and nothing changes.

"Decide as" (escalations.deciders) names the staff member who decides: the login's by default; on a
single-user database the supervisor may enter a senior manager's decision, which the history records as
typed in by the login. On a shared database it is the login's own staff member and cannot be changed.

A decided case leaves the queue but stays in the case box (with what it created and "Plan letter…")
until another case is chosen. The state filter's last choice, "Decided in the last 90 days"
(escalations.decided_cases: approved, rejected or withdrawn, the newest decision first), lists the cases
decided lately, so an older case's outcome and plan letter can still be reached.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QListWidget, QPlainTextEdit, QPushButton, QSpinBox,
                               QScrollArea, QSplitter, QTableView, QVBoxLayout, QWidget)

from collectdesk import i18n
from collectdesk.domain.enums import EscalationAction, EscalationDecision, PlanStatus
from collectdesk.domain.errors import DomainError
from collectdesk.services import escalation_outcome, escalations
from collectdesk.services.escalations import EscalationDetail
from collectdesk.ui import labels
from collectdesk.ui.account.action_dialog import fill_combo, find_data
from collectdesk.ui.account.money_edit import MoneyEdit
from collectdesk.ui.account.flow_layout import FlowLayout
from collectdesk.ui.escalations.approvals_queue_model import COL_DEBTOR, ROW_ROLE, ApprovalsQueueModel
from collectdesk.ui.escalations.approve_dialog import ApproveDialog
from collectdesk.ui.escalations.case_documents import CaseDocuments
from collectdesk.ui.escalations.case_files import CaseFiles
from collectdesk.ui.escalations.case_summary import summary_text
from collectdesk.ui.escalations.outcome_text import outcome_lines
from collectdesk.ui.escalations.plan_calculator import PlanCalculatorDialog
from collectdesk.ui.icons import icon
from collectdesk.ui.pane import Pane

ALL_STATES = "all"
DECIDED = "decided"  # the state filter's choice of the cases decided in the last DECIDED_DAYS
DECIDED_DAYS = 90


class EscalationsPane(CaseDocuments, Pane):
    pane_name = "escalations"
    icon_name = "escalation"

    def __init__(self, database, parent: QWidget | None = None):
        super().__init__(database, parent)
        self.ctx = database.ctx
        self.case: EscalationDetail | None = None
        self.outcome = None  # escalation_outcome.Outcome of the case shown
        self.calculator: PlanCalculatorDialog | None = None
        self.approve_dialog: ApproveDialog | None = None
        self.last_error: str | None = None
        self._pinned: uuid.UUID | None = None  # a case just decided: shown until another is chosen
        self._me = None  # the login's own staff member among the deciders
        self._names: dict[uuid.UUID, str] = {}  # the deciders' full names
        self.shared = escalations.is_shared(self.ctx)

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
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
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
        self.outcome_label = QLabel(self.case_box)
        self.outcome_label.setObjectName("caseOutcome")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.files = CaseFiles(self.ctx, self.case_box)
        self.files.message.connect(self._say)
        self.files_label = QLabel(self.case_box)
        self.files_label.setBuddy(self.files.list)
        self.history = QListWidget(self.case_box)
        self.history_label = QLabel(self.case_box)
        self.history_label.setBuddy(self.history)
        case_layout = QVBoxLayout(self.case_box)
        case_layout.addWidget(self.summary)
        case_layout.addWidget(self.routing)
        case_layout.addWidget(self.outcome_label)
        case_layout.addWidget(self.files_label)
        case_layout.addWidget(self.files)
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
        # the buttons flow onto as many rows as the width needs (German labels are long): nothing is cut off
        button_box = QWidget(self.decide_box)
        flow = FlowLayout(button_box)
        flow.setContentsMargins(0, 0, 0, 0)
        keys = ["approve", "reject", "counter", "info", "refer", "pdf", "letter", "plan", "account"]
        for key in keys:
            button = QPushButton(button_box)
            button.setObjectName(f"escalation_{key}")
            self.buttons[key] = button
            flow.addWidget(button)
        self.buttons["approve"].setIcon(icon("status"))
        self.buttons["pdf"].setIcon(icon("print"))
        self.buttons["plan"].setIcon(icon("payment"))
        self.buttons["letter"].setIcon(icon("print"))
        self.message = QLabel(self.decide_box)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setObjectName("decisionMessage")
        decide_layout = QVBoxLayout(self.decide_box)
        decide_layout.addLayout(form)
        decide_layout.addWidget(button_box)
        decide_layout.addWidget(self.message)

        actions = {EscalationAction.REJECTED: "reject", EscalationAction.COUNTER_PROPOSAL: "counter",
                   EscalationAction.INFO_REQUESTED: "info", EscalationAction.REFERRED: "refer"}
        for action, key in actions.items():
            self.buttons[key].clicked.connect(lambda _c=False, a=action: self.decide(a))
        self.buttons["approve"].clicked.connect(self.open_approve_dialog)
        self.buttons["pdf"].clicked.connect(self.save_referral_pdf)
        self.buttons["account"].clicked.connect(self._open_account)
        self.buttons["plan"].clicked.connect(lambda: self.open_plan_calculator())
        self.buttons["letter"].clicked.connect(self.save_plan_letter)
        self.state_filter.currentIndexChanged.connect(lambda *_: self._filter_changed())

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
        splitter.setSizes([3000, 2000])  # 3:2 whatever the language (long German buttons would squeeze the queue)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        chain = [self.state_filter, self.table, *self.files.focus_chain(), self.history, self.decider, self.note,
                 self.counter_installments, self.counter_amount, self.senior, *self.buttons.values()]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self._rows: list = []
        self._rows_decided: bool | None = None  # whether _rows holds decided cases (None: not loaded yet)
        self._decider_chosen = False
        self.decider.activated.connect(lambda *_: self._show_selected())  # routing counts the decider's limit
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Escalations")

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        keep = self.case.id if self.case else None
        self._load_rows()
        try:
            self._load_staff()
        except DomainError as exc:
            self._say(exc.message)
        self._fill_queue(keep)

    def _showing_decided(self) -> bool:
        return self.state_filter.currentData() == DECIDED

    def _load_rows(self) -> None:
        """The open cases, or with the filter on "Decided in the last 90 days" the cases decided lately."""
        decided = self._showing_decided()
        try:
            self._rows = (escalations.decided_cases(self.ctx, days=DECIDED_DAYS) if decided
                          else escalations.approvals_queue(self.ctx))
        except DomainError as exc:
            self._rows = []
            self._say(exc.message)
        self._rows_decided = decided

    def _filter_changed(self) -> None:
        if self._rows_decided is not None and self._rows_decided != self._showing_decided():
            self._load_rows()  # between the open and the decided cases: another query
        self._fill_queue(unpin=True)

    def _load_staff(self) -> None:
        staff = escalations.deciders(self.ctx)
        me = next((m for m in staff if m.username.casefold() == (self.ctx.actor or "").casefold()), None)
        if self.shared:  # everyone decides under their own login (escalations.decide refuses anyone else)
            fill_combo(self.decider, [(me.id, self._decider_text(me))] if me else [])
        else:
            fill_combo(self.decider, [(m.id, self._decider_text(m)) for m in staff])
            if not self._decider_chosen and me is not None:  # the login's own staff member, the first time
                self.decider.setCurrentIndex(max(0, find_data(self.decider, me.id)))
                self._decider_chosen = True
        self.decider.setEnabled(not self.shared and bool(staff))
        self._me = me
        self._names = {m.id: m.full_name for m in staff}
        fill_combo(self.senior, [(m.id, m.full_name) for m in staff if m.senior])

    def _decider_text(self, m) -> str:
        return self.tr("{name} ({role})").format(name=m.full_name, role=labels.role_label(m.role))

    def _decider_tip(self) -> str:
        if not self.shared:
            return self.tr("Who takes the decision. On this single-user database you may enter a senior "
                           "manager's decision; the history records that you typed it in.")
        if self._me is None:
            return self.tr("On a shared database each manager decides under their own login, and your login "
                           "({login}) is not a supervisor's or manager's.").format(login=self.ctx.actor)
        return self.tr("On a shared database each manager decides under their own login: a senior manager "
                       "signs in to decide.")

    def _fill_queue(self, keep: uuid.UUID | None = None, *, unpin: bool = False) -> None:
        if unpin:
            self._pinned = None
        keep = keep or (self.case.id if self.case else None)
        state = self.state_filter.currentData()
        decided = bool(self._rows_decided)
        rows = [r for r in self._rows if state in (None, ALL_STATES, DECIDED) or r.status == state]
        self.model.set_rows(rows, decided=decided)
        self.empty.setText(self.tr("%n decided case(s)", "", len(rows)) if decided else
                           self.tr("%n open case(s)", "", len(rows)))
        self.table.setAccessibleName(self.tr("Escalations decided lately, newest first") if decided else
                                     self.tr("Escalations waiting for a decision, oldest first"))
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and rows and self._pinned is None:
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.table.selectionModel().clear()
        self._show_selected()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._pinned = None  # the user chose a case in the queue
        self._show_selected()

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE).id if index.isValid() else None

    def select(self, escalation_id: uuid.UUID) -> None:
        row = self.model.row_of(escalation_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _show_selected(self) -> None:
        escalation_id = self.selected_id() or self._pinned
        self.case = self.outcome = None
        self.history.clear()
        if escalation_id is not None:
            try:
                self.case = escalations.get_escalation(self.ctx, escalation_id)
                routing = escalations.route(self.ctx, escalation_id, decider_id=self.decider.currentData())
                steps = escalations.history(self.ctx, escalation_id)
                self.outcome = escalation_outcome.outcome(self.ctx, escalation_id)
            except DomainError as exc:
                self._say(exc.message)
                self.case = None
        is_open = self.case is not None and self.case.status in escalations.OPEN_STATUSES
        for key, button in self.buttons.items():
            button.setEnabled(self.case is not None and (is_open or key in ("pdf", "account")))
        plan = self.outcome.plan if self.outcome else None
        self.buttons["letter"].setEnabled(plan is not None and plan.status not in (PlanStatus.PROPOSED,
                                                                                   PlanStatus.CANCELLED))
        self.files.set_case(self.case.id if self.case else None, is_open)
        lines = outcome_lines(self.outcome)
        self.outcome_label.setText("\n".join(lines))
        self.outcome_label.setVisible(bool(lines))
        self.decider.setToolTip(self._decider_tip())
        if self.case is None:
            self.summary.setText(self.tr("Select a case to see the account as it stood and its history."))
            self.routing.setText("")
            return
        self.summary.setText(summary_text(self.case))
        if not is_open:
            self.routing.setText(self.tr("{status} by {who} on {when}.").format(
                status=labels.escalation_status_label(self.case.status), who=self.case.decided_by or "–",
                when=i18n.format_datetime(self.case.decided_at) if self.case.decided_at else "–"))
        else:
            self.routing.setText(self.tr("Needs a senior manager: {reasons}").format(
                reasons=" ".join(routing.reasons)) if routing.needs_senior else
                self.tr("A supervisor may decide this case alone."))
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
        self._decided(self.case.id, self.tr("{account}: {action} recorded.").format(
            account=self.case.account_no, action=labels.escalation_action_label(action)))
        return True

    def _decided(self, case_id: uuid.UUID, text: str) -> None:
        """After a step: the note is used, the queue reloads, and a case that left it stays in view."""
        self.note.clear()
        self._say("")
        self.status_message.emit(text)
        self._pinned = case_id
        self.refresh()
        if self.case is None or self.case.id != case_id or self.case.status in escalations.OPEN_STATUSES:
            self._pinned = None  # still in the queue (information requested, referred): it is selected there

    def open_approve_dialog(self) -> ApproveDialog | None:
        """Approve the selected case: the dialog says what it will do and asks for what it needs."""
        if self.case is None or self.decider.currentData() is None:
            self._say(self.tr("Choose a case and who decides."))
            return None
        case = self.case
        try:
            dialog = ApproveDialog(self.ctx, case, self.decider.currentData(),
                                   self._names.get(self.decider.currentData(), self.decider.currentText()), self,
                                   note=self.note.toPlainText().strip())
        except DomainError as exc:
            self._say(exc.message)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._decided(case.id, self.tr("{account}: approved ({decision}).").format(
            account=case.account_no, decision=labels.escalation_decision_label(case.requested_decision))))
        dialog.stale.connect(lambda exc: (self._say(exc.message), self.refresh()))
        dialog.calculator_requested.connect(lambda: self.open_plan_calculator(then_approve=True))
        self.approve_dialog = dialog
        dialog.open()
        return dialog

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

    def open_plan_calculator(self, then_approve: bool = False) -> PlanCalculatorDialog | None:
        if self.case is None:
            return None
        try:
            dialog = PlanCalculatorDialog(self.ctx, self.case.account_id, self, escalation_id=self.case.id)
        except DomainError as exc:
            self._say(exc.message)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.status_message.emit(
            self.tr("Payment plan proposed; approving the case puts it into effect.")))
        dialog.accepted.connect(self._show_selected)  # the case shows the plan built for it
        if then_approve:
            dialog.accepted.connect(self.open_approve_dialog)
        self.calculator = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        fill_combo(self.state_filter, [(ALL_STATES, self.tr("All open"))] + [
            (st, labels.escalation_status_label(st)) for st in escalations.OPEN_STATUSES] + [
            (DECIDED, self.tr("Decided in the last %n day(s)", "", DECIDED_DAYS))])
        self.state_label.setText(self.tr("&State:"))
        self.case_box.setTitle(self.tr("Case"))
        self.history_label.setText(self.tr("Decision &history:"))
        self.files_label.setText(self.tr("A&ttachments:"))
        self.decide_box.setTitle(self.tr("Decision"))
        self.decider_label.setText(self.tr("Decide &as:"))
        self.note_label.setText(self.tr("&Note:"))
        self.counter_label.setText(self.tr("&Counter terms:"))
        self.counter_installments.setSuffix(self.tr(" installments"))
        self.senior_label.setText(self.tr("Senior &manager:"))
        texts = {"approve": self.tr("A&pprove"), "reject": self.tr("Re&ject"), "counter": self.tr("C&ounter-proposal"),
                 "info": self.tr("Request &information"), "refer": self.tr("Refer to senior manager…"),
                 "pdf": self.tr("Referral sheet PD&F…"), "account": self.tr("Open acco&unt"),
                 "plan": self.tr("&Build payment plan…"), "letter": self.tr("Plan lette&r…")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.table.setAccessibleName(self.tr("Escalations decided lately, newest first") if self._rows_decided else
                                     self.tr("Escalations waiting for a decision, oldest first"))
        self.buttons["letter"].setToolTip(self.tr("The letter confirming the approved payment plan to the debtor, "
                                                  "in the debtor's language, as a PDF"))
        self.model.retranslate()
        self._show_selected()
