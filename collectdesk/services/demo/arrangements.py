"""Payment plans with their installments, settlements and write-offs.

A plan's installments add up to its total (the balance when it was agreed); a settlement is paid and
the rest written off; a write-off takes what is left. Every amount goes through Story.payment or
write_off here, so the account's balance is always original - payments - write-offs.
"""

from __future__ import annotations

from collectdesk.services.demo.core import Staff, add_months, weighted
from collectdesk.services.demo.history import DELIVERED, Story

FREQUENCIES = weighted((("monthly", 80), ("fortnightly", 12), ("weekly", 8)))


def _due(first: int, frequency: str, i: int) -> int:
    """The due date of installment i (0 is the first)."""
    if frequency == "weekly":
        return first + 7 * i
    if frequency == "fortnightly":
        return first + 14 * i
    return add_months(first, i)


def _dues(first: int, frequency: str, k: int) -> list[int]:
    return [_due(first, frequency, i) for i in range(k)]


def plan(s: Story, day: int, *, mode: str, approved_by: Staff, escalation_id: str | None = None,
         count: int | None = None, first: int | None = None) -> int | None:
    """A plan agreed on `day` for the whole balance. mode: running (the account is on it today), completed
    (paid off before today) or broken (two installments missed, back to normal collection). `count`
    monthly installments from `first` on, when given (a completed plan that ends when the account is paid).
    Returns the next installment date on or after today (None when there is none); for a broken plan,
    the date of its last missed installment."""
    g, a, rng, fmt, today = s.g, s.a, s.g.rng, s.g.fmt, s.g.today
    total = a.balance
    frequency = "monthly" if mode != "running" or total < 50_000 else g.pick(FREQUENCIES)
    # as many installments as the debtor can afford each month, within the usual plan lengths
    per_installment = a.monthly * {"weekly": 7, "fortnightly": 14}.get(frequency, 30) // 30
    k = count or max(4 if mode == "broken" else 2, min(24, -(-total // per_installment)))
    first = first or day + rng.randint(7, 14)
    dues = _dues(first, frequency, k)
    if mode == "completed":  # paid off: every installment before today
        while len(dues) > 2 and dues[-1] >= today:
            dues.pop()
        assert dues[-1] < today, (a.no, day)
    elif mode == "running":  # still running: the last installment lies ahead
        while dues[-1] < today:
            dues.append(_due(first, frequency, len(dues)))
    k = len(dues)
    per = total // k
    amounts = [per] * (k - 1) + [total - per * (k - 1)]
    plan_id = g.new_id()
    misses = 0
    next_due = None
    agreed = s.cal.epoch(day, rng.randrange(10 * 3600, 17 * 3600))
    last_event = agreed
    for seq, (due, amount) in enumerate(zip(dues, amounts), start=1):
        iid = g.new_id()
        status, paid = "due", 0
        if due < today:
            if mode == "completed" or (mode == "broken" and seq <= 2):
                status = "paid"
            elif mode == "broken":
                status = "missed"
            else:  # running: most paid, at most one missed or part-paid
                r = rng.random()
                status = "paid" if misses or r < 0.86 else "partial" if r < 0.9 else "missed"
            if status == "paid":
                paid = amount
            elif status == "partial":
                paid = max(100, amount * rng.randint(30, 70) // 10000 * 100)
            if status != "paid":
                misses += 1
            if paid:
                pay_day = min(today - 1, max(day + 1, due + rng.randint(-3, 2)))
                method = "direct_debit" if rng.random() < 0.5 else "bank_transfer"
                last_event = max(last_event, s.payment(pay_day, paid, installment_id=iid, method=method))
            reminder = s.cal.next_workday(due - 2)
            if day < reminder < today and rng.random() < 0.4:
                s.activity(reminder, "sms", "outbound", DELIVERED, with_note=False)
        elif next_due is None:
            next_due = due
        g.rows["plan_installment"].append((iid, 1, plan_id, seq, fmt.day(due), fmt.money(amount), a.currency,
                                           fmt.money(paid), status))
    if mode == "completed":
        status = "completed"
    elif mode == "broken":
        status = "broken"
    elif any(d < today for d in dues):
        status = "missed" if misses else "on_track"
    else:
        status = "active"
    g.rows["payment_plan"].append(g.stamps(plan_id, agreed, last_event) + (
        a.id, fmt.money(total), a.currency, fmt.money(0), fmt.money(0), None, frequency, k, fmt.day(first), 5,
        status, approved_by.username, fmt.ts(agreed), escalation_id))
    if mode == "broken":
        return max((d for d in dues if d < today), default=day)
    return next_due


def settlement(s: Story, offer_day: int, *, status: str, decided_by: Staff, pay_day: int | None = None,
               escalation_id: str | None = None) -> int:
    """A settlement offer on the current balance. Fulfilled: paid on `pay_day` and the rest written off.
    Returns the settled amount."""
    g, a, rng, fmt = s.g, s.a, s.g.rng, s.g.fmt
    balance = a.balance
    amount = max(100, balance * rng.randint(45, 85) // 10000 * 100)
    deadline = offer_day + 30
    offered = s.cal.epoch(offer_day, rng.randrange(10 * 3600, 17 * 3600))
    updated = offered
    if status == "fulfilled":
        assert pay_day is not None and offer_day < pay_day <= deadline
        updated = s.payment(pay_day, amount)
        write_off(s, pay_day, "settlement", approved_by=decided_by, escalation_id=escalation_id)
    g.rows["settlement"].append(g.stamps(g.new_id(), offered, updated) + (
        a.id, fmt.money(balance), fmt.money(amount), a.currency, fmt.day(deadline), status,
        decided_by.username if status != "offered" else None, escalation_id))
    return amount


def write_off(s: Story, day: int, reason: str, *, approved_by: Staff, escalation_id: str | None = None,
              note: str | None = None) -> None:
    """Write off the whole remaining balance on `day`."""
    g, a, fmt = s.g, s.a, s.g.fmt
    amount = a.balance
    assert amount > 0, a.no
    a.balance = 0
    at = s.cal.epoch(day, 16 * 3600) + g.rng.randrange(3600)
    a.last_event = max(a.last_event, at)
    g.rows["write_off"].append((g.new_id(), fmt.ts(at), fmt.ts(at), a.id, fmt.money(amount), a.currency, reason,
                                fmt.day(day), approved_by.username, note, escalation_id))

