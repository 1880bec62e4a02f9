"""The account detail says when the account is escalated and how its payment plan stands, and the plan's
line follows the payments."""

from datetime import date
from decimal import Decimal

import pytest

from collectdesk import i18n
from collectdesk.domain.plans import add_months
from collectdesk.domain.enums import EscalationDecision, EscalationReason, PlanFrequency
from collectdesk.services import escalations, payments, plans
from collectdesk.ui.account.detail_panel import AccountDetailPanel

SQLITE_ONLY = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
D = Decimal


@SQLITE_ONLY
def test_escalation_and_plan_state_show_on_the_account(qtbot, database, org, make_account):
    account = make_account(balance=D("1200.00"))
    today = date.today()
    escalations.raise_escalation(database.ctx, account, raised_by_id=org.anna, reason=EscalationReason.HARDSHIP,
                                 requested_decision=EscalationDecision.PAYMENT_PLAN,
                                 proposed_terms={"installments": 12}, note="Lost her job in May")
    plan = plans.create_plan(database.ctx, account, frequency=PlanFrequency.MONTHLY, first_due=today, count=12)
    plans.approve_plan(database.ctx, plan, "Sara Verdi")

    panel = AccountDetailPanel(database)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    panel.show_account(account)
    qtbot.waitUntil(lambda: panel.case_line.isVisible(), timeout=10_000)
    text = panel.case_line.text()
    assert "Escalated: Submitted, asks for Payment plan" in text
    assert f"paid {i18n.format_money(D('0.00'), 'EUR')} of {i18n.format_money(D('1200.00'), 'EUR')}" in text
    assert f"next {i18n.format_money(D('100.00'), 'EUR')} due {i18n.format_date(today)}" in text

    payments.record_payment(database.ctx, account, amount=D("100.00"), paid_on=today)
    panel.reload()
    qtbot.waitUntil(lambda: f"paid {i18n.format_money(D('100.00'), 'EUR')}" in panel.case_line.text(), timeout=10_000)
    second = add_months(today, 1)  # the first installment is paid: the second is next
    assert f"next {i18n.format_money(D('100.00'), 'EUR')} due {i18n.format_date(second)}" in panel.case_line.text()
