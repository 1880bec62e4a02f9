"""What a decided escalation created, in words: one line for its payment plan, one for its settlement and
one per write-off (services.escalation_outcome.outcome). The escalations pane shows these lines in the
case box and the account detail under the debtor's name (ui/account/case_lines.py).

    outcome_lines(outcome) -> ["Payment plan: 12 × 245.50 EUR monthly · On track · next due 1/15/27", ...]

Each plan frequency has its own whole phrase ("{count} × {amount} monthly", "... every two weeks",
"... weekly"), so a translation puts the words in its own order; the line's parts are joined with " · ".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collectdesk import i18n
from collectdesk.domain.enums import PlanFrequency, PlanStatus, SettlementStatus
from collectdesk.ui import labels

_translate = QCoreApplication.translate  # an alias lupdate reads (translations/update.py resolves it)


def installments_text(count: int, amount, currency: str, frequency: PlanFrequency | None) -> str:
    """"12 × 245.50 EUR monthly" (without the frequency when it is not known)."""
    money = i18n.format_money(amount, currency)
    if frequency == PlanFrequency.MONTHLY:
        return _translate("CaseOutcome", "{count} × {amount} monthly").format(count=count, amount=money)
    if frequency == PlanFrequency.FORTNIGHTLY:
        return _translate("CaseOutcome", "{count} × {amount} every two weeks").format(count=count, amount=money)
    if frequency == PlanFrequency.WEEKLY:
        return _translate("CaseOutcome", "{count} × {amount} weekly").format(count=count, amount=money)
    return _translate("CaseOutcome", "{count} × {amount}").format(count=count, amount=money)


def frequency_of(plan) -> PlanFrequency | None:
    """How often the plan's installments fall due (escalation_outcome.PlanOutcome.frequency)."""
    return plan.frequency


def plan_line(plan) -> str:
    """The plan an escalation created (escalation_outcome.PlanOutcome): terms, how it stands, what is next."""
    status = plan.status if plan.status in (PlanStatus.PROPOSED, PlanStatus.CANCELLED) else plan.state
    parts = [_translate("CaseOutcome", "Payment plan: {installments}").format(
        installments=installments_text(plan.installment_count, plan.installment, plan.currency,
                                       frequency_of(plan))),
             labels.plan_status_label(status)]
    if plan.missed:
        parts.append(_translate("CaseOutcome", "%n installment(s) missed", "", plan.missed))
    if plan.next_due is not None and status not in (PlanStatus.COMPLETED, PlanStatus.BROKEN, PlanStatus.CANCELLED):
        parts.append(_translate("CaseOutcome", "next due {date}").format(date=i18n.format_date(plan.next_due)))
    return " · ".join(parts)


def settlement_line(st) -> str:
    parts = [_translate("CaseOutcome", "Settlement: {amount} by {deadline}").format(
        amount=i18n.format_money(st.settle_amount, st.currency), deadline=i18n.format_date(st.deadline)),
             labels.settlement_status_label(st.status)]
    if st.status == SettlementStatus.ACCEPTED:
        parts.append(_translate("CaseOutcome", "paid so far {amount}").format(
            amount=i18n.format_money(st.paid, st.currency)))
    return " · ".join(parts)


def write_off_line(w) -> str:
    text = _translate("CaseOutcome", "Written off on {date}: {amount} · {reason} · approved by {who}").format(
        date=i18n.format_date(w.at), amount=i18n.format_money(w.amount, w.currency),
        reason=labels.write_off_reason_label(w.reason), who=w.approved_by)
    if w.accounting_ref:
        text += " · " + _translate("CaseOutcome", "accounting ref. {ref}").format(ref=w.accounting_ref)
    return text


def outcome_lines(outcome) -> list[str]:
    """Every line of what the escalation created (empty when it created nothing)."""
    if outcome is None:
        return []
    lines = []
    if outcome.plan is not None:
        lines.append(plan_line(outcome.plan))
    if outcome.settlement is not None:
        lines.append(settlement_line(outcome.settlement))
    lines.extend(write_off_line(w) for w in outcome.write_offs)
    return lines
