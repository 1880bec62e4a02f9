"""The account's case in words: an escalation awaiting a decision, the running payment plan, and what a
decided escalation created (the account detail panel shows these lines under the debtor's name).

    case_lines(detail, outcome=detail.outcome)   # outcome: escalation_outcome.Outcome of the account's
                                                 # newest escalation approved in the last 180 days
                                                 # (services.account_view.AccountDetail.outcome)

The outcome lines are the escalations pane's own (ui/escalations/outcome_text.py), so both say the same.
A plan that an outcome line already describes is not described a second time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collectdesk import i18n
from collectdesk.ui import labels
from collectdesk.ui.escalations.outcome_text import outcome_lines


def case_lines(d, outcome=None) -> list[str]:
    """The escalation awaiting a decision, the running payment plan and what a decided escalation created,
    in words (empty without them)."""
    t = QCoreApplication.translate  # the context is written out in each call, so lupdate files them there
    lines = []
    esc = getattr(d, "open_escalation", None)
    if esc is not None:
        lines.append(t("AccountDetailPanel", "Escalated: {status}, asks for {decision} (raised {date})").format(
            status=labels.escalation_status_label(esc.status),
            decision=labels.escalation_decision_label(esc.requested_decision),
            date=i18n.format_date(esc.raised_at.date())))
    outcome = outcome if outcome is not None else getattr(d, "outcome", None)
    plan = getattr(d, "plan", None)
    if outcome is not None and outcome.plan is not None and plan is not None and outcome.plan.id == plan.id:
        plan = None  # the outcome's line says how it stands
    if plan is not None:
        st = plan.state
        text = t("AccountDetailPanel", "Payment plan: {status}; paid {paid} of {payable}").format(
            status=labels.plan_status_label(st.status), paid=i18n.format_money(st.paid, d.currency),
            payable=i18n.format_money(st.payable, d.currency))
        if st.next_due is not None:
            text += t("AccountDetailPanel", "; next {amount} due {date}").format(
                amount=i18n.format_money(st.next_amount, d.currency), date=i18n.format_date(st.next_due))
        if st.missed:
            text += " " + t("AccountDetailPanel", "(%n installment(s) missed)", "", st.missed)
        lines.append(text)
    lines.extend(outcome_lines(outcome))
    return lines
