"""The selected escalation in words for the pane's case box: the account as it stood when raised (the
snapshot), what is asked for, and the proposed terms. The texts keep the pane's translation context."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from collectdesk import i18n
from collectdesk.domain.enums import PlanFrequency, WriteOffReason
from collectdesk.services.escalations import EscalationDetail
from collectdesk.ui import labels


def summary_text(c: EscalationDetail) -> str:
    t = QCoreApplication.translate
    snap = c.snapshot
    bal, aging = snap["balances"], snap["aging"]  # escalations.normalised_snapshot: one shape
    cur = bal.get("currency", c.currency)

    def money(key: str) -> str:
        return i18n.format_money(Decimal(str(bal.get(key) or "0")), cur)

    lines = [
        t("EscalationsPane", "{account} · {debtor} · raised by {who} on {when}").format(
            account=c.account_no, debtor=c.debtor_name, who=c.raised_by, when=i18n.format_datetime(c.raised_at)),
        t("EscalationsPane", "{reason}; asks for: {decision}; at stake {amount}").format(
            reason=labels.escalation_reason_label(c.reason),
            decision=labels.escalation_decision_label(c.requested_decision),
            amount=i18n.format_money(c.amount_at_stake, c.currency)),
        t("EscalationsPane", "When raised: open {open} of {original} (paid {paid}); %n day(s) past due", "",
          int(aging.get("days_past_due", 0))).format(open=money("open"), original=money("original"),
                                                     paid=money("paid")),
        t("EscalationsPane", "Contacts: {contacts} · promises: {promises} · payments: {payments} · open complaints: "
                             "{complaints}").format(
            contacts=len(snap["contacts"]), promises=len(snap["promises"]),
            payments=len(snap["payments"]), complaints=len(snap["open_complaints"])),
    ]
    if c.proposed_terms:
        lines.append(t("EscalationsPane", "Proposed terms: {terms}").format(
            terms=terms_text(c.proposed_terms, c.currency)))
    if c.note:
        lines.append(c.note)
    return "\n".join(lines)


def terms_text(terms: dict, currency: str) -> str:
    """Proposed or counter-proposed terms in words ("10 installments, first due 1/15/27"); a key this
    does not know is shown as it is stored."""
    t = QCoreApplication.translate
    parts = []
    for key, value in terms.items():
        text = None
        try:
            if key == "installments":
                text = t("EscalationsPane", "%n installment(s)", "", int(value))
            elif key in ("first_due", "deadline"):
                when = i18n.format_date(date.fromisoformat(str(value)))
                text = (t("EscalationsPane", "first due {date}") if key == "first_due" else
                        t("EscalationsPane", "paid by {date}")).format(date=when)
            elif key == "frequency":  # inside a sentence: lower case where the language writes it so
                text = {PlanFrequency.WEEKLY: t("EscalationsPane", "weekly", "plan terms, inside a sentence"),
                        PlanFrequency.FORTNIGHTLY: t("EscalationsPane", "every two weeks",
                                                     "plan terms, inside a sentence"),
                        PlanFrequency.MONTHLY: t("EscalationsPane", "monthly", "plan terms, inside a sentence")}[
                    PlanFrequency(value)]
            elif key in ("settlement_amount", "write_off_amount", "plan_amount"):
                money = i18n.format_money(Decimal(str(value)), currency)
                text = {"settlement_amount": t("EscalationsPane", "settle for {amount}"),
                        "write_off_amount": t("EscalationsPane", "write off {amount}"),
                        "plan_amount": t("EscalationsPane", "plan for {amount}")}[key].format(amount=money)
            elif key == "discount_pct":
                text = t("EscalationsPane", "{pct} % discount").format(
                    pct=i18n.format_decimal(Decimal(str(value)), 1))
            elif key == "write_off_reason":
                text = labels.write_off_reason_label(WriteOffReason(value))
            elif key == "accounting_ref":
                text = t("EscalationsPane", "accounting ref. {ref}").format(ref=value)
        except (ValueError, TypeError, InvalidOperation):
            text = None
        if value is not None and value != "":
            parts.append(text or f"{key} = {value}")
    return ", ".join(parts)
