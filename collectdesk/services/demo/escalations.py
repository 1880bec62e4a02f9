"""Escalation forms: hard accounts taken to the supervisor, the collection manager or a senior manager."""

from __future__ import annotations

import json
from datetime import date

from collectdesk.domain.enums import EscalationDecision as D
from collectdesk.domain.enums import EscalationReason as R
from collectdesk.services.demo.core import Staff, eur_equivalent, weighted
from collectdesk.services.demo.history import Story
from collectdesk.services.demo.organisation import approver
from collectdesk.services.demo.texts import DECISION_NOTES, ESCALATION_NOTES

REASONS = weighted(((R.REFUSES_TO_PAY, 25), (R.HARDSHIP, 20), (R.UNREACHABLE, 15), (R.LARGE_BALANCE, 15),
                    (R.LEGAL_THREAT, 8), (R.SUSPECTED_FRAUD, 7), (R.VULNERABLE_CUSTOMER, 5), (R.OTHER, 5)))
REQUESTS = {
    R.REFUSES_TO_PAY: (D.LEGAL_REFERRAL, D.SETTLEMENT), R.HARDSHIP: (D.PAYMENT_PLAN, D.SETTLEMENT),
    R.UNREACHABLE: (D.WRITE_OFF, D.LEGAL_REFERRAL), R.LARGE_BALANCE: (D.SETTLEMENT, D.SENIOR_REVIEW),
    R.LEGAL_THREAT: (D.HOLD, D.SENIOR_REVIEW), R.SUSPECTED_FRAUD: (D.HOLD,),
    R.VULNERABLE_CUSTOMER: (D.HOLD, D.WRITE_OFF), R.OTHER: (D.SENIOR_REVIEW,), R.DISPUTE: (D.HOLD,),
}


def money_text(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def escalate(s: Story, *, status: str, raised_day: int, reason: R | None = None, requested: D | None = None,
             decided_day: int | None = None, amount: int | None = None, terms: dict | None = None) -> str:
    """Write one escalation of account `s.a`; returns its id. `decided_day` is when it was approved,
    rejected or withdrawn."""
    g, a, rng, cal, fmt = s.g, s.a, s.g.rng, s.cal, s.g.fmt
    reason = reason or g.pick(REASONS)
    requested = requested or g.pick(REQUESTS[reason])
    amount = a.balance if amount is None else amount
    raised_by: Staff = s.collector_at(raised_day)
    boss = approver(a.debtor.branch, a.collector, eur_equivalent(amount, a.currency))
    raised = cal.epoch(raised_day, rng.randrange(9 * 3600, 18 * 3600))
    decided = cal.epoch(decided_day, rng.randrange(9 * 3600, 18 * 3600)) if decided_day is not None else None
    if decided is not None and decided <= raised:
        decided = raised + rng.randrange(1800, 6 * 3600)
    assigned = None if status == "draft" else boss
    if status == "referred":
        assigned = a.debtor.branch.senior
    decision = decided_by = note_key = None
    decider: Staff | None = None
    if status == "approved":
        decision, decider, note_key = requested.value, boss, "approved"
    elif status == "rejected":
        decider, note_key = boss, "rejected"
    elif status == "withdrawn":
        decider = raised_by
    if decider is not None and status != "withdrawn":
        decided_by = decider.full_name  # as escalations.decide writes it
    lang = a.collector.language
    if terms is None:
        terms = _terms(requested, amount, raised_day)
    days = max(0, raised_day - a.due)
    paid = max(0, a.original - a.balance)
    # the shape escalation_snapshot.account_snapshot writes (lists empty: the demo keeps no per-contact copy)
    snapshot = {"account_no": a.no,
                "balances": {"currency": a.currency, "original": money_text(a.original), "paid": money_text(paid),
                             "open": money_text(a.balance), "overpayment": "0.00"},
                "aging": {"due_date": date.fromordinal(a.due).isoformat(), "days_past_due": days},
                "contacts": [], "promises": [], "payments": [], "open_complaints": []}
    eid = g.new_id()
    g.rows["escalation"].append(g.stamps(eid, raised, decided if decided is not None else raised) + (
        a.id, raised_by.id, reason.value, requested.value, status, fmt.money(amount), a.currency,
        json.dumps(terms) if terms else None, ESCALATION_NOTES[lang][reason.value],
        json.dumps(snapshot), assigned.id if assigned else None, decision, decided_by, fmt.ts(decided),
        DECISION_NOTES[lang][note_key] if note_key else None))
    # the decision history: raised, then the decision (the pane's history list reads these); their ids come
    # from the side source so every other row stays as it was
    with g.side_draws():
        events = [(g.new_id(), eid, "raised", raised_by.username, raised_by.id, fmt.ts(raised),
                   ESCALATION_NOTES[lang][reason.value], json.dumps(terms) if terms else None)]
        if decider is not None and decided is not None:
            events.append((g.new_id(), eid, status, decider.username, decider.id, fmt.ts(decided),
                           DECISION_NOTES[lang][note_key] if note_key else None, None))
    g.rows["escalation_event"].extend(events)
    return eid


def _terms(requested: D, amount: int, day: int) -> dict | None:
    """Proposed terms in the keys escalations.decide reads (docs/escalations.md)."""
    if requested is D.PAYMENT_PLAN:
        return {"installments": 12, "frequency": "monthly", "first_due": date.fromordinal(day + 14).isoformat()}
    if requested is D.SETTLEMENT:
        return {"settlement_amount": money_text(amount * 60 // 10000 * 100),
                "deadline": date.fromordinal(day + 30).isoformat()}
    if requested is D.WRITE_OFF:
        return {"write_off_amount": money_text(amount)}
    return None
