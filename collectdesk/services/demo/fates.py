"""How each account's year ends: open, promised, on a plan, disputed, escalated, paid, settled, ...

`play` runs the ordinary collection walk up to the day the account's fate is decided, then writes the
events that make the fate true (the pending promise, the plan, the settlement, the write-off, the
escalation), and returns the account's status and next action date.
"""

from __future__ import annotations

from collectdesk.domain.enums import EscalationDecision as D
from collectdesk.domain.enums import EscalationReason as R
from collectdesk.services.demo import arrangements as arr
from collectdesk.services.demo.core import add_months, eur_equivalent, weighted
from collectdesk.services.demo.escalations import escalate
from collectdesk.services.demo.feedback import account_feedback
from collectdesk.services.demo.history import DELIVERED, DISPUTE, PTP, RPC, Story
from collectdesk.services.demo.organisation import approver

# (status, escalation status, weight out of 200)
FATES = (
    ("open", None, 64), ("open", "draft", 1), ("open", "rejected", 2), ("open", "withdrawn", 1),
    ("promised", None, 26),
    ("payment_plan", None, 26), ("payment_plan", "approved", 4),
    ("disputed", None, 6),
    ("on_hold", None, 2), ("on_hold", "approved", 1),
    ("escalated", "submitted", 2), ("escalated", "under_review", 2), ("escalated", "referred", 1),
    ("escalated", "info_requested", 1), ("escalated", "counter_proposed", 1),
    ("legal", "approved", 3),
    ("paid", None, 42),
    ("settled", "approved", 6),
    ("written_off", None, 4), ("written_off", "approved", 5),
    ("closed", None, 2),
)
HOLD_FLAGS = weighted((("vulnerable", 40), ("bankrupt", 20), ("deceased", 15), ("fraud", 10),
                       ("breathing_space", 15)))
FEEDBACK_KINDS = weighted((("complaint", 12), ("enquiry", 8), ("compliment", 4), ("survey", 12), (None, 964)))


def paying_months(start: int, close: int) -> int:
    """How many monthly installments fit between an account's first day and the day it is paid off (1-24):
    the first one at least two weeks after `start`, the last one on `close`."""
    return max(1, min(24, (close - start - 14) // 31 + 1))


def play(s: Story, start: int) -> tuple[str, int | None]:
    g, a, rng, today = s.g, s.a, s.g.rng, s.g.today
    last = s.cal.workday_on_or_before(today - 1)
    floor = max(min(2000, a.original // 2), a.original * 15 // 100)
    fate = a.fate

    def day(lo: int, hi: int) -> int:
        hi = min(hi, last)
        return s.cal.workday_between(rng, min(max(lo, start), hi), hi)

    def boss():
        return approver(a.debtor.branch, a.collector, eur_equivalent(a.balance, a.currency))

    def contact(on: int, outcome: str) -> tuple[str, int]:
        restricted = a.debtor.restrict_from is not None and on >= a.debtor.restrict_from
        inbound = restricted or rng.random() < 0.3
        return s.activity(on, "call", "inbound" if inbound else "outbound", outcome)

    kind = g.pick(FEEDBACK_KINDS)
    if kind and start < last:
        account_feedback(s, kind, day(start, last))

    if fate == "open":
        if a.esc is None and rng.random() < 0.05 and last - start > 200:
            plan_day = day(start + 10, last - 150)
            s.walk(start, plan_day - 1, floor)
            contact(plan_day, RPC)
            resume = arr.plan(s, plan_day, mode="broken", approved_by=boss()) or plan_day
            s.walk(resume + 1, last, floor)
        else:
            s.walk(start, last, floor)
        if a.esc == "draft":
            escalate(s, status="draft", raised_day=day(today - 4, last))
        elif a.esc == "rejected":
            raised = day(today - 90, today - 10)
            escalate(s, status="rejected", raised_day=raised, decided_day=min(last, raised + rng.randint(1, 7)))
        elif a.esc == "withdrawn":
            raised = day(today - 120, today - 5)
            escalate(s, status="withdrawn", raised_day=raised, decided_day=min(last, raised + rng.randint(1, 10)))
        r = rng.random()
        if r < 0.03 and a.balance > 0:
            offer = day(today - 200, today - 40) if r < 0.01 else day(today - 20, last)
            status = "lapsed" if r < 0.01 else "offered" if r < 0.02 else "accepted"
            arr.settlement(s, offer, status=status, decided_by=boss())
        return "open", today + rng.randint(-5, 10)

    if fate == "promised":
        ptp_day = day(today - 13, last)
        s.walk(start, ptp_day - 1, floor)
        act_id, at = contact(ptp_day, PTP)
        avail = a.balance - floor
        amount = a.balance if avail < 1000 or rng.random() < 0.4 else max(1000, avail * rng.randint(20, 70) // 10000 * 100)
        due = today if rng.random() < 0.2 else today + rng.randint(1, 14)
        s.promise(act_id, at, ptp_day, amount, due, "pending", last)
        return "promised", due

    if fate == "payment_plan":
        # agreed early in the account's time here: most plans on the books have been running for a while
        plan_day = day(start + 5, min(today - 5, start + 5 + min(75, (today - start) // 3)))
        s.walk(start, plan_day - 1, floor)
        contact(plan_day, RPC)
        esc_id = None
        decider = boss()
        if a.esc == "approved":
            esc_id = escalate(s, status="approved", raised_day=day(plan_day - 5, plan_day - 1),
                              reason=R.HARDSHIP, requested=D.PAYMENT_PLAN, decided_day=plan_day)
        next_due = arr.plan(s, plan_day, mode="running", approved_by=decider, escalation_id=esc_id)
        return "payment_plan", next_due

    if fate == "disputed":
        when = day(today - 75, last)
        s.walk(start, when - 1, floor)
        channel = "email" if a.debtor.email and rng.random() < 0.4 else "call"
        _, at = s.activity(when, channel, "inbound", DISPUTE)
        a.debtor.flags.append(("dispute", at, None, None))
        if channel == "email" or rng.random() < 0.5:  # a dispute by e-mail is a written complaint too
            account_feedback(s, "complaint", when, category="amount_disputed",
                             source="email" if channel == "email" else "letter")
        if when + 3 < last:
            s.activity(day(when + 3, when + 10), "letter", "outbound", DELIVERED, with_note=False)
        return "disputed", when + 30

    if fate == "on_hold":
        when = day(max(start + 10, today - 120), last)
        s.walk(start, when - 1, floor)
        flag = g.pick(HOLD_FLAGS)
        if flag == "deceased" and a.debtor.company:
            flag = "bankrupt"
        _, at = s.activity(when, "call" if flag != "deceased" else "letter", "inbound", RPC)
        a.debtor.flags.append((flag, at, None, None))
        if a.debtor.restrict_from is None or a.debtor.restrict_from > when:
            a.debtor.restrict_from = when
        if a.esc == "approved":
            reason = {"fraud": R.SUSPECTED_FRAUD, "vulnerable": R.VULNERABLE_CUSTOMER}.get(flag, R.OTHER)
            escalate(s, status="approved", raised_day=when, reason=reason, requested=D.HOLD,
                     decided_day=min(last, when + rng.randint(0, 3)))
        return "on_hold", when + rng.randint(30, 90)

    if fate == "escalated":
        when = day(today - 30, last)
        s.walk(start, when, floor)
        escalate(s, status=a.esc, raised_day=when)
        return "escalated", today + rng.randint(0, 7)

    if fate == "legal":
        when = day(start + 30, today - 3)
        s.walk(start, when - 1, floor)
        escalate(s, status="approved", raised_day=day(when - 20, when - 3),
                 reason=R.REFUSES_TO_PAY if rng.random() < 0.6 else R.UNREACHABLE,
                 requested=D.LEGAL_REFERRAL, decided_day=when)
        s.activity(when, "letter", "outbound", DELIVERED, with_note=False)
        return "legal", when + 90

    if fate == "paid":
        close = max(a.close, start)
        if a.balance > a.capacity:  # more than the debtor can pay at once: installments, the last one on `close`
            months = max(2, min(-(-a.balance // a.monthly), paying_months(start, close)))
            first = add_months(close, 1 - months)
            plan_day = s.cal.workday_between(rng, max(start, first - 14), first - 7)
            s.walk(start, plan_day - 1, floor)
            contact(plan_day, RPC)
            arr.plan(s, plan_day, mode="completed", approved_by=boss(), count=months, first=first)
            return "paid", None
        if close - start > 150 and rng.random() < 0.12:
            plan_day = day(start, close - 90)
            s.walk(start, plan_day - 1, floor)
            contact(plan_day, RPC)
            arr.plan(s, plan_day, mode="completed", approved_by=boss())
            return "paid", None
        else:
            s.walk(start, close - 1, floor)
        if rng.random() < 0.4 and close - 1 > start:
            ptp_day = day(close - 7, close - 1)
            if ptp_day < close:
                act_id, at = contact(ptp_day, PTP)
                s.promise(act_id, at, ptp_day, a.balance, close, "kept", last)
                return "paid", None
        extra = rng.randint(100, 5000) if rng.random() < 0.015 else 0
        s.payment(close, a.balance + extra, overpayment=extra)
        return "paid", None

    if fate == "settled":
        close = max(a.close, s.cal.next_workday(start + 7))
        offer = day(close - 25, close - 1)
        if offer >= close:
            offer = close - 1
        s.walk(start, offer - 1, floor)
        contact(offer, RPC)
        decider = boss()
        esc_id = escalate(s, status="approved", raised_day=day(offer - 4, offer), reason=R.HARDSHIP,
                          requested=D.SETTLEMENT, decided_day=offer)
        arr.settlement(s, offer, status="fulfilled", decided_by=decider, pay_day=close, escalation_id=esc_id)
        return "settled", None

    if fate == "written_off":
        close = max(a.close, start)
        s.walk(start, close, floor)
        flags = {f[0] for f in a.debtor.flags}
        if "deceased" in flags:
            reason = "deceased"
        elif "bankrupt" in flags:
            reason = "bankruptcy"
        elif close - a.due > 3 * 365 and rng.random() < 0.5:
            reason = "statute_barred"
        elif eur_equivalent(a.balance, a.currency) < 5000:
            reason = "uneconomic"
        else:
            reason = g.pick(("bad_debt", "bad_debt", "bad_debt", "bankruptcy", "deceased", "other"))
            if reason == "deceased" and a.debtor.company:
                reason = "bankruptcy"
            if reason in ("deceased", "bankruptcy"):
                _, at = s.activity(close, "letter", "inbound", DELIVERED, with_note=False)
                a.debtor.flags.append(("deceased" if reason == "deceased" else "bankrupt", at, None, None))
        decider = boss()
        esc_id = None
        if a.esc == "approved":
            esc_id = escalate(s, status="approved", raised_day=day(close - 20, close - 3),
                              reason=R.UNREACHABLE if reason == "bad_debt" else R.OTHER,
                              requested=D.WRITE_OFF, decided_day=close)
        arr.write_off(s, close, reason, approved_by=decider, escalation_id=esc_id)
        return "written_off", None

    if fate == "closed":
        close = max(a.close, start)
        s.walk(start, close, floor)
        return "closed", None

    raise AssertionError(fate)  # pragma: no cover
