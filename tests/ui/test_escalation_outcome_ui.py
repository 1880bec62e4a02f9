"""What a decided escalation created, where the supervisor looks for it later, on SQLite and PostgreSQL:
the plan's line names how often it falls due; the account detail shows the outcome of the account's last
approved escalation and its state follows the payments; the escalations pane's "Decided in the last 90
days" lists the decided case, whose plan letter can still be written.

The login of the test database ("tester") is a supervisor here, so decisions are taken under the decider's
own login, as a shared database requires."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal as D
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from collectdesk import i18n
from collectdesk.domain.enums import (EscalationAction, EscalationDecision, EscalationReason, EscalationStatus,
                                      PlanFrequency, PlanStatus, StaffRole)
from collectdesk.domain.plans import add_months
from collectdesk.services import escalations as esc
from collectdesk.services import payments
from collectdesk.services.escalation_outcome import PlanOutcome
from collectdesk.store.models import StaffMember
from collectdesk.ui import labels
from collectdesk.ui.account.action_dialog import find_data
from collectdesk.ui.account.detail_panel import AccountDetailPanel
from collectdesk.ui.escalations.approvals_queue_model import COL_AGE
from collectdesk.ui.escalations.escalations_pane import ALL_STATES, DECIDED, EscalationsPane
from collectdesk.ui.escalations.outcome_text import plan_line

TODAY = date.today()


def tr(context: str, text: str, n: int) -> str:
    """A plural text as the user reads it ("1 installment missed" once the English plurals are compiled)."""
    return QCoreApplication.translate(context, text, "", n)


@pytest.fixture
def staff(database, org):
    """The login's own supervisor (tester) and another supervisor who raises the cases."""
    with database.ctx.transaction() as s:
        me = StaffMember(username="tester", full_name="Tina Tester", role=StaffRole.SUPERVISOR, team_id=org.team)
        sara = StaffMember(username="sara", full_name="Sara Conti", role=StaffRole.SUPERVISOR, team_id=org.team)
        s.add_all([me, sara])
        s.flush()
        return SimpleNamespace(me=me.id, sara=sara.id)


def plan_case(database, staff, account, *, first_due: date, decided_on: date | None = None) -> uuid.UUID:
    """A payment plan of 6 installments asked for by Sara and approved by the login (Tina)."""
    eid = esc.raise_escalation(database.ctx, account, raised_by_id=staff.sara, reason=EscalationReason.HARDSHIP,
                               requested_decision=EscalationDecision.PAYMENT_PLAN, note="Lost her job",
                               proposed_terms={"installments": 6, "first_due": first_due.isoformat()})
    esc.decide(database.ctx, eid, action=EscalationAction.APPROVED, decided_by_id=staff.me, note="Affordable",
               today=decided_on)
    return eid


def money(amount: str) -> str:
    return i18n.format_money(D(amount), "EUR")


def test_the_plan_line_says_how_often_the_installments_fall_due(qtbot):
    def plan(frequency):
        return PlanOutcome(id=uuid.uuid4(), status=PlanStatus.ACTIVE, state=PlanStatus.ON_TRACK, installment_count=6,
                           installment=D("200.00"), frequency=frequency, currency="EUR", next_due=date(2027, 1, 15),
                           next_amount=D("200.00"), paid=D("200.00"), payable=D("1200.00"), missed=0)

    state, due, six = labels.plan_status_label(PlanStatus.ON_TRACK), i18n.format_date(date(2027, 1, 15)), money("200")
    assert plan_line(plan(PlanFrequency.MONTHLY)) == f"Payment plan: 6 × {six} monthly · {state} · next due {due}"
    assert plan_line(plan(PlanFrequency.FORTNIGHTLY)).startswith(f"Payment plan: 6 × {six} every two weeks ·")
    assert plan_line(plan(PlanFrequency.WEEKLY)).startswith(f"Payment plan: 6 × {six} weekly ·")


def test_the_account_detail_shows_the_approved_plan_and_its_state_follows_the_payments(
        qtbot, database, staff, make_account):
    account = make_account(balance=D("1200.00"))
    first_due = TODAY - timedelta(days=10)  # approved twelve days ago: the first installment is overdue now
    plan_case(database, staff, account, first_due=first_due, decided_on=TODAY - timedelta(days=12))
    panel = AccountDetailPanel(database)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    panel.show_account(account)
    qtbot.waitUntil(panel.case_line.isVisible, timeout=10_000)
    missed, one = labels.plan_status_label(PlanStatus.MISSED), tr("CaseOutcome", "%n installment(s) missed", 1)
    assert panel.case_line.text().splitlines() == [  # the running plan is this plan: described once
        f"Payment plan: 6 × {money('200')} monthly · {missed} · {one} · next due {i18n.format_date(first_due)}"]

    payments.record_payment(database.ctx, account, amount=D("200.00"), paid_on=TODAY)
    panel.reload()
    on_track = labels.plan_status_label(PlanStatus.ON_TRACK)
    assert panel.case_line.text() == (f"Payment plan: 6 × {money('200')} monthly · {on_track} · next due "
                                      f"{i18n.format_date(add_months(first_due, 1))}")


def test_a_decided_case_is_reached_under_decided_in_the_last_90_days(qtbot, database, staff, make_account):
    decided = plan_case(database, staff, make_account(balance=D("1200.00")), first_due=TODAY + timedelta(days=20))
    waiting = esc.raise_escalation(database.ctx, make_account(), raised_by_id=staff.sara,
                                   reason=EscalationReason.HARDSHIP, requested_decision=EscalationDecision.HOLD,
                                   proposed_terms=None, note="In hospital")
    pane = EscalationsPane(database)
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    pane.show()
    assert [pane.model.rows[i].id for i in range(pane.model.rowCount())] == [waiting]  # the open queue

    index = find_data(pane.state_filter, DECIDED)
    assert pane.state_filter.itemText(index) == tr("EscalationsPane", "Decided in the last %n day(s)", 90)
    assert "90" in pane.state_filter.itemText(index)
    pane.state_filter.setCurrentIndex(index)
    assert [r.id for r in pane.model.rows] == [decided]
    assert pane.empty.text() == tr("EscalationsPane", "%n decided case(s)", 1)
    assert pane.model.rows[0].status == EscalationStatus.APPROVED
    assert pane.model.headerData(COL_AGE, Qt.Orientation.Horizontal) == "Decided"
    assert pane.model.data(pane.model.index(0, COL_AGE)) == tr("ApprovalsQueueModel", "%n day(s) ago", 0)
    pane.table.selectRow(0)
    assert pane.case is not None and pane.case.id == decided
    assert pane.outcome_label.text().startswith(f"Payment plan: 6 × {money('200')} monthly")
    assert pane.buttons["letter"].isEnabled() and pane.buttons["account"].isEnabled()
    assert not pane.buttons["approve"].isEnabled()  # decided: nothing more to decide

    pane.state_filter.setCurrentIndex(find_data(pane.state_filter, ALL_STATES))
    assert [r.id for r in pane.model.rows] == [waiting]
    assert pane.empty.text() == tr("EscalationsPane", "%n open case(s)", 1)
