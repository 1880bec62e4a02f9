"""Escalation widgets (issue 6) on SQLite: raising one through the form, the payment plan calculator, and
deciding in the approvals pane (four-eyes refused in the approval dialog, nothing changes; another
supervisor approves). SQLite only: these name another supervisor as deciding under the test's login,
which only the single-user database allows (the shared-database cases: test_escalation_decisions_ui.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select, update

from collectdesk.domain.enums import EscalationDecision, EscalationReason, EscalationStatus, StaffRole
from collectdesk.services import escalations as esc
from collectdesk.store.models import PaymentPlan, PlanInstallment, StaffMember
from collectdesk.store.models.escalations import Escalation, EscalationEvent
from collectdesk.ui.account.action_dialog import find_data
from collectdesk.ui.escalations.escalations_pane import EscalationsPane
from collectdesk.ui.escalations.plan_calculator import PlanCalculatorDialog
from collectdesk.ui.escalations.raise_dialog import RaiseEscalationDialog

SQLITE_ONLY = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


@pytest.fixture
def people(database, org):
    with database.ctx.transaction() as s:
        sup = StaffMember(username="sara", full_name="Sara Conti", role=StaffRole.SUPERVISOR, team_id=org.team)
        sup2 = StaffMember(username="piotr", full_name="Piotr Wójcik", role=StaffRole.SUPERVISOR, team_id=org.team)
        s.add_all([sup, sup2])
        s.flush()
        return SimpleNamespace(sup=sup.id, sup2=sup2.id)


@SQLITE_ONLY
def test_raise_through_the_form_stores_the_escalation_and_its_snapshot(qtbot, database, people, make_account):
    account = make_account(balance=Decimal("2400.00"))
    dialog = RaiseEscalationDialog(database.ctx, account, people.sup)
    qtbot.addWidget(dialog)
    assert dialog.amount.value() == Decimal("2400.00")  # defaults to the open balance
    assert not dialog.ok_button().isEnabled()
    dialog.reason.setCurrentIndex(find_data(dialog.reason, EscalationReason.HARDSHIP))
    dialog.decision.setCurrentIndex(find_data(dialog.decision, EscalationDecision.PAYMENT_PLAN))
    assert dialog.installments.isVisible() or not dialog.isVisible()
    dialog.installments.setValue(10)
    assert not dialog.ok_button().isEnabled() and "note" in dialog.message.text()  # the note is still missing
    qtbot.keyClicks(dialog.note, "Lost her job in March")
    assert dialog.ok_button().isEnabled(), dialog.message.text()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    assert dialog.result() == dialog.DialogCode.Accepted
    with database.ctx.reading() as s:
        rows = s.scalars(select(Escalation)).all()
    assert len(rows) == 1 and rows[0].id == dialog.escalation_id
    case = esc.get_escalation(database.ctx, dialog.escalation_id)
    assert case.reason == EscalationReason.HARDSHIP and case.requested_decision == EscalationDecision.PAYMENT_PLAN
    assert case.amount_at_stake == Decimal("2400.00") and case.raised_by_id == people.sup
    assert case.proposed_terms["installments"] == 10 and case.note == "Lost her job in March"
    assert case.snapshot["balances"]["open"] == "2400.00" and case.snapshot["account_no"].startswith("T-")


@SQLITE_ONLY
def test_settlement_above_the_amount_at_stake_is_refused_as_typed(qtbot, database, people, make_account):
    account = make_account(balance=Decimal("500.00"))
    dialog = RaiseEscalationDialog(database.ctx, account, people.sup)
    qtbot.addWidget(dialog)
    dialog.reason.setCurrentIndex(find_data(dialog.reason, EscalationReason.DISPUTE))
    dialog.decision.setCurrentIndex(find_data(dialog.decision, EscalationDecision.SETTLEMENT))
    qtbot.keyClicks(dialog.note, "Offers to settle")
    qtbot.keyClicks(dialog.settlement_amount, "600")
    assert not dialog.ok_button().isEnabled() and "less than the amount at stake" in dialog.message.text()
    dialog.accept()  # Enter on a disabled OK: nothing is saved
    with database.ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(Escalation)) == 0


@SQLITE_ONLY
def test_calculator_shows_twelve_rows_summing_exactly_and_creates_the_plan(qtbot, database, people, make_account):
    account = make_account(balance=Decimal("1000.00"))
    dialog = PlanCalculatorDialog(database.ctx, account)
    qtbot.addWidget(dialog)
    dialog.first_due.set_date(date.today() + timedelta(days=30))
    dialog.count.setValue(12)
    model = dialog.schedule_model
    assert model.rowCount() == 12
    amounts = [model.rows[i].amount for i in range(12)]
    assert sum(amounts) == Decimal("1000.00") and dialog.schedule.total_payable == Decimal("1000.00")
    assert "1,000.00" in dialog.total.text()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    assert dialog.plan_id is not None
    with database.ctx.reading() as s:
        stored = s.scalars(select(PlanInstallment.amount).where(PlanInstallment.plan_id == dialog.plan_id)).all()
        plan = s.get(PaymentPlan, dialog.plan_id)
        assert str(plan.status) == "proposed"
    assert len(stored) == 12 and sum(stored) == Decimal("1000.00")
    assert sorted(stored) == sorted(amounts)


@SQLITE_ONLY
def test_calculator_refuses_more_than_the_open_balance(qtbot, database, people, make_account):
    account = make_account(balance=Decimal("300.00"))
    dialog = PlanCalculatorDialog(database.ctx, account)
    qtbot.addWidget(dialog)
    dialog.amount.setText("400")
    assert not dialog.ok_button().isEnabled() and "larger than the open balance" in dialog.message.text()
    assert dialog.schedule_model.rowCount() == 0


@SQLITE_ONLY
def test_pane_refuses_the_raisers_approval_and_takes_another_supervisors(qtbot, database, people, make_account):
    account = make_account(balance=Decimal("800.00"))
    case_id = esc.raise_escalation(database.ctx, account, raised_by_id=people.sup, reason=EscalationReason.HARDSHIP,
                                   requested_decision=EscalationDecision.PAYMENT_PLAN,
                                   proposed_terms={"installments": 6}, note="Short-time work")
    with database.ctx.transaction() as s:  # raised three days ago
        s.execute(update(Escalation).values(created_at=datetime.now(timezone.utc) - timedelta(days=3, hours=1)))
    pane = EscalationsPane(database)
    qtbot.addWidget(pane)
    assert pane.model.rowCount() == 1 and pane.selected_id() == case_id
    assert pane.model.index(0, 6).data().startswith("3 ")  # age in days
    assert "800.00" in pane.summary.text()

    def events():
        with database.ctx.reading() as s:
            return s.scalar(select(func.count()).select_from(EscalationEvent))

    pane.decider.setCurrentIndex(find_data(pane.decider, people.sup))  # the raiser
    qtbot.mouseClick(pane.buttons["approve"], Qt.MouseButton.LeftButton)
    dialog = pane.approve_dialog
    assert dialog.installments.value() == 6  # no plan built yet: the proposed terms to start from
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Four-eyes" in dialog.message.text()
    assert esc.get_escalation(database.ctx, case_id).status == EscalationStatus.SUBMITTED and events() == 1
    dialog.reject()
    assert pane.model.rowCount() == 1

    pane.decider.setCurrentIndex(find_data(pane.decider, people.sup2))
    qtbot.mouseClick(pane.buttons["approve"], Qt.MouseButton.LeftButton)
    dialog = pane.approve_dialog
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.message.text()
    assert pane.last_error is None, pane.last_error
    case = esc.get_escalation(database.ctx, case_id)
    assert case.status == EscalationStatus.APPROVED and case.decided_by == "Piotr Wójcik" and events() == 2
    with database.ctx.reading() as s:  # the plan asked for is built from the terms and runs
        plan = s.scalars(select(PaymentPlan).where(PaymentPlan.escalation_id == case_id)).one()
        assert (plan.installment_count, plan.approved_by) == (6, "Piotr Wójcik")
    assert pane.model.rowCount() == 0  # no longer open


@SQLITE_ONLY
def test_pane_state_filter_and_open_account(qtbot, database, people, make_account):
    first, second = make_account(), make_account()
    for account in (first, second):
        esc.raise_escalation(database.ctx, account, raised_by_id=people.sup, reason=EscalationReason.DISPUTE,
                             requested_decision=EscalationDecision.HOLD, proposed_terms=None, note="n")
    second_case = esc.approvals_queue(database.ctx)[1].id
    esc.decide(database.ctx, second_case, action="info_requested", decided_by_id=people.sup2, note="Payslips?")
    pane = EscalationsPane(database)
    qtbot.addWidget(pane)
    assert pane.model.rowCount() == 2
    pane.state_filter.setCurrentIndex(find_data(pane.state_filter, EscalationStatus.INFO_REQUESTED))
    assert pane.model.rowCount() == 1 and pane.selected_id() == second_case
    assert pane.history.count() == 2 and "Payslips?" in pane.history.item(1).text()
    with qtbot.waitSignal(pane.open_account) as signal:
        qtbot.mouseClick(pane.buttons["account"], Qt.MouseButton.LeftButton)
    assert signal.args == [second]
