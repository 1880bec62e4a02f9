"""A year in the life of one account: calls, letters, e-mails and SMS, promises to pay and payments.

Money always adds up: every payment lowers `Story.balance` as it is written, promises never ask for
more than the balance, and nothing but the final payment of a paid account may bring it to zero.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date

from collectdesk.domain.enums import Outcome, PromiseStatus
from collectdesk.services.demo.core import BranchRt, Gen, Staff, weighted
from collectdesk.services.demo.rows import DAY, EPOCH_ORDINAL
from collectdesk.services.demo.texts import NOTES

NA, BUSY, MSG, RPC, TP, WRONG, PTP, REFUSED, DISPUTE, DELIVERED, RETURNED = (
    Outcome.NO_ANSWER.value, Outcome.BUSY.value, Outcome.LEFT_MESSAGE.value, Outcome.RIGHT_PARTY_CONTACT.value,
    Outcome.THIRD_PARTY.value, Outcome.WRONG_NUMBER.value, Outcome.PROMISE_TO_PAY.value, Outcome.REFUSED.value,
    Outcome.DISPUTE.value, Outcome.DELIVERED.value, Outcome.RETURNED.value)

OUTBOUND_CHANNELS = weighted((("call", 58), ("letter", 13), ("sms", 15), ("email", 12), ("visit", 2)))
CALL_OUTCOMES = weighted(((NA, 44), (BUSY, 7), (MSG, 12), (WRONG, 3), (TP, 6), (RPC, 14), (PTP, 9),
                          (REFUSED, 4), (DISPUTE, 1)))
VISIT_OUTCOMES = weighted(((RPC, 45), (PTP, 25), (TP, 15), (NA, 15)))
INBOUND_CALL = weighted(((RPC, 55), (PTP, 30), (DISPUTE, 5), (REFUSED, 10)))
INBOUND_EMAIL = weighted(((RPC, 60), (PTP, 25), (DISPUTE, 15)))
DURATION = {NA: (20, 45), BUSY: (0, 5), MSG: (35, 80), WRONG: (15, 60), TP: (40, 150), RPC: (90, 900),
            PTP: (180, 900), REFUSED: (40, 300), DISPUTE: (120, 600)}
NO_CONTACT = frozenset({NA, BUSY, MSG, DELIVERED})  # outbound work that reached nobody
TAGGED = frozenset({"letter", "email"})
NOTE_KIND = {RPC: "rpc", PTP: "ptp", REFUSED: "refused", DISPUTE: "dispute", TP: "third_party"}
# local office hours per channel, seconds after midnight
HOURS = {"call": (9 * 3600, 19 * 3600 + 1800), "sms": (10 * 3600, 18 * 3600), "email": (8 * 3600, 19 * 3600),
         "letter": (11 * 3600, 16 * 3600), "visit": (10 * 3600, 18 * 3600)}
PAY_METHODS = {
    "IT": weighted((("bank_transfer", 60), ("card", 18), ("direct_debit", 6), ("cash", 4), ("cheque", 5), ("other", 7))),
    "PL": weighted((("bank_transfer", 64), ("card", 15), ("direct_debit", 3), ("cash", 12), ("other", 6))),
    "DE": weighted((("bank_transfer", 58), ("card", 12), ("direct_debit", 24), ("cash", 2), ("other", 4))),
}
RATE_PER_MONTH = 0.8  # activities per account per month of active collection (about 5 a year per account)

# Compliance slips, made on purpose and rarely (drawn from Gen.slips, so every other row stays as it was),
# for the compliance scan to find: the Compliance pane opens with findings, not the most of them.
# DE letters and e-mails carry the content § 13a RDG requires of a first demand (tags); a few first
# demands miss some of it. Late calls stay before 20:30 local time (German calling hours end at 20:00).
CONTENT_DE = ("client_name_address", "claim_ground", "contract_subject_date", "interest_calculation",
              "collection_costs", "supervisory_authority")
FIRST_DEMAND_INCOMPLETE = 0.08  # share of German first demands missing one or two of the required items
LATE_CALL_DE = 0.012            # German outbound calls made at 20:00-20:29
SATURDAY_CALL_IT = 0.006        # Italian unanswered calls moved to a Saturday afternoon (allowed until 15:00)
BURST = 0.006                   # after an unanswered call: seven more within the week, four on the first day
ESTATE_NOTICE = 0.9             # letters after a death that are addressed to the estate
BURST_OUTCOMES = (NA, NA, NA, BUSY, MSG)


@dataclass(eq=False, slots=True)
class DebtorRt:
    id: str
    name: str
    country: str
    language: str
    company: bool
    phones: list[str]
    mobile: str | None
    email: str | None
    address: str  # one line
    branch: BranchRt
    collector: Staff
    restrict_from: int | None = None  # from this day on: letters only (cease contact, deceased, ...)
    flags: list = field(default_factory=list)  # (flag, set epoch, cleared epoch | None, note)


@dataclass(eq=False, slots=True)
class AccountRt:
    id: str
    no: str
    debtor: DebtorRt
    collector: Staff
    previous: Staff | None  # the collector who worked the account before `handover` (one who left, or a
    handover: int  # colleague before a new hire took it over): from this day on, `collector` works it
    currency: str
    original: int
    due: int
    opened: int
    fate: str
    esc: str | None
    close: int | None  # the day a closed fate (paid, settled, written off, closed) comes true
    capacity: int  # the most the debtor pays in one go (cents): a bigger balance is paid in parts
    monthly: int  # what the debtor can afford each month on a payment plan (cents)
    balance: int = 0
    last_contact: int | None = None
    last_payment: int | None = None
    last_event: int = 0
    payments: int = 0
    # the moment (epoch) of the hand-over: that working day, before the office opens, when the supervisor
    # reassigned the account (its audit row); a payment posted before it is credited to `previous`
    handover_at: int = 0


class Story:
    """Writes the rows of one account's history into the generator's current chunk."""

    def __init__(self, g: Gen, a: AccountRt, calls: dict, poster: Staff | None):
        self.g = g
        self.a = a
        self.cal = a.debtor.branch.calendar
        self.calls = calls
        self.poster = poster.username if poster else "system"
        self.open_promise_until = -1

    # --- single events -------------------------------------------------------------------------

    def collector_at(self, day: int) -> Staff:
        a = self.a
        return a.previous if day < a.handover and a.previous is not None else a.collector

    def holder_at(self, epoch: int) -> Staff:
        """Who held the account at that moment (what the audit trail tells the scorecard's anomalies)."""
        a = self.a
        return a.previous if a.previous is not None and epoch < a.handover_at else a.collector

    def activity(self, day: int, channel: str, direction: str, outcome: str, *, seconds: int | None = None,
                 with_note: bool = True, first_demand: bool = False) -> tuple[str, int]:
        g, a = self.g, self.a
        d = a.debtor
        r = g._random
        if seconds is None:
            lo, hi = HOURS[channel]
            seconds = lo + int(r() * (hi - lo))
            if channel == "call" and direction == "outbound":
                day, seconds = self._slip(day, seconds, outcome)
        tags = self._tags(day, channel, first_demand) if direction == "outbound" and channel in TAGGED else None
        at = self.cal.epoch(day, seconds)
        who = a.previous if day < a.handover and a.previous is not None else a.collector
        if channel == "call":
            lo, hi = DURATION[outcome]
            duration = lo + int(r() * (hi - lo + 1))
            if outcome == PTP and g.habits.get(who.index) == "short_promise_calls" and g.side.random() < 0.8:
                duration = 15 + int(g.side.random() * 40)  # "agreed" in under a minute (the weak habit)
            phones = d.phones
            value = phones[0] if len(phones) == 1 or r() < 0.85 else phones[1]
        elif channel == "sms":
            duration, value = 0, d.mobile
        elif channel == "email":
            duration, value = 0, d.email
        else:
            duration = 600 + int(r() * 1200) if channel == "visit" else 0
            value = d.address
        note = None
        if with_note and outcome in NOTE_KIND and r() < 0.12:
            note = g.pick(NOTES[a.collector.language][NOTE_KIND[outcome]])
        act_id = g.new_id()
        when = g.fmt.ts(at)  # logged as it happened: created_at is the same moment
        g.rows["activity"].append((act_id, a.id, d.id, who.id, channel, direction, outcome, when, duration,
                                   value, note, when, who.username, tags))
        if a.last_contact is None or at > a.last_contact:
            a.last_contact = at
        if at > a.last_event:
            a.last_event = at
        if channel == "call":
            if direction == "outbound":
                key = (who.index, _month_start(day))
                g.calls_out[key] = g.calls_out.get(key, 0) + 1
            if (outcome == RPC or outcome == PTP) and day >= g.today - 190:
                key = (who.index, _month_start(day))
                if key not in self.calls:
                    self.calls[key] = (act_id, a.id)
        return act_id, at

    def _slip(self, day: int, seconds: int, outcome: str) -> tuple[int, int]:
        """Now and then an outbound call at a time the debtor's country does not allow (see the rates)."""
        slips, country = self.g.slips, self.a.debtor.country
        if country == "DE" and slips.random() < LATE_CALL_DE:
            return day, 20 * 3600 + slips.randrange(1800)
        if country == "IT" and outcome in NO_CONTACT and slips.random() < SATURDAY_CALL_IT:
            saturday = day + 5 - date.fromordinal(day).weekday()
            if saturday < self.g.today and saturday not in self.cal.holidays:
                return saturday, 15 * 3600 + 300 + slips.randrange(3 * 3600)
        return day, seconds

    def _tags(self, day: int, channel: str, first_demand: bool) -> str | None:
        """Content tags of an outbound letter or e-mail (activity.tags)."""
        d, slips = self.a.debtor, self.g.slips
        tags = []
        if d.country == "DE":
            tags.extend(CONTENT_DE)
            if first_demand and slips.random() < FIRST_DEMAND_INCOMPLETE:
                for _ in range(1 + (slips.random() < 0.4)):
                    tags.pop(slips.randrange(len(tags)))
        if (channel == "letter" and d.restrict_from is not None and day >= d.restrict_from
                and any(f[0] == "deceased" for f in d.flags) and slips.random() < ESTATE_NOTICE):
            tags.append("estate_notice")
        return " ".join(tags) or None

    def _burst(self, day: int, end: int) -> None:
        """Three more unanswered calls the same day and four on the working days after: eight in a week."""
        g, cal = self.g, self.cal
        limit = min(end, g.today - 1, (self.a.debtor.restrict_from or g.today) - 1, day + 6)
        with g.side_draws(g.slips):
            for _ in range(3):
                self.activity(day, "call", "outbound", g.pick(BURST_OUTCOMES), with_note=False)
            i = bisect.bisect_right(cal.workdays, day)
            later = [w for w in cal.workdays[i:i + 4] if w <= limit]
            for k in range(4 if later else 0):
                self.activity(later[k % len(later)], "call", "outbound", g.pick(BURST_OUTCOMES), with_note=False)

    def payment(self, day: int, amount: int, *, promise_id: str | None = None, installment_id: str | None = None,
                method: str | None = None, overpayment: int = 0) -> int:
        """Post a payment received on `day`; returns when it was posted (epoch)."""
        g, a, rng, fmt = self.g, self.a, self.g.rng, self.g.fmt
        assert 0 < amount - overpayment <= a.balance, (a.no, amount, a.balance)
        a.balance -= amount - overpayment
        a.payments += 1
        posted_day = self.cal.next_workday(day + 1)
        posted = self.cal.epoch(posted_day, rng.randrange(9 * 3600, 12 * 3600))
        if posted_day >= g.today:
            posted = self.cal.epoch(day, rng.randrange(17 * 3600, 19 * 3600))
        method = method or g.pick(PAY_METHODS[a.debtor.country])
        # credited to whoever held the account when it was posted (a payment received on a leaver's last
        # day but posted after the hand-over is the new collector's), as the anomaly check reads the trail
        collector = self.holder_at(posted)
        key = (collector.index, _month_start(day))
        g.collected[key] = g.collected.get(key, 0) + amount - overpayment
        g.rows["payment"].append((g.new_id(), a.id, fmt.money(amount), a.currency, fmt.money(overpayment),
                                  fmt.day(day), method, f"{a.no}/{a.payments}", collector.id,
                                  promise_id, installment_id, fmt.ts(posted), self.poster))
        if a.last_payment is None or day > a.last_payment:
            a.last_payment = day
        if posted > a.last_event:
            a.last_event = posted
        return posted

    def promise(self, act_id: str, at: int, day: int, amount: int, due: int, outcome: str, end: int) -> None:
        """A promise made in activity `act_id`; `outcome` is kept, partial, broken, late or pending."""
        g, a, rng, fmt = self.g, self.a, self.g.rng, self.g.fmt
        pid = g.new_id()
        paid = 0
        resolved = None
        status = PromiseStatus.PENDING.value
        morning_after = (due + 1 - EPOCH_ORDINAL) * DAY + 5 * 3600  # the overnight sweep marks it broken
        if outcome == "kept":
            pay_day = max(day + 1, due - rng.randint(0, 3))
            resolved = self.payment(pay_day, amount, promise_id=pid)
            paid, status = amount, PromiseStatus.KEPT.value
        elif outcome == "partial":
            paid = max(100, amount * rng.randint(30, 80) // 10000 * 100)
            resolved = None
            self.payment(rng.randint(day + 1, due), paid, promise_id=pid)
            status = PromiseStatus.PARTIAL.value
        elif outcome == "broken":
            status, resolved = PromiseStatus.BROKEN.value, morning_after
        elif outcome == "late":
            late = min(end, due + rng.randint(1, 10))
            status, resolved = PromiseStatus.BROKEN.value, morning_after
            if late > due:
                paid = amount
                self.payment(late, amount, promise_id=pid)
        updated = resolved if resolved is not None else at
        row = g.stamps(pid, at, updated) + (a.id, self.collector_at(day).id, act_id, fmt.money(amount), a.currency,
                                            fmt.ts(at), fmt.day(due), status, fmt.money(paid), fmt.ts(resolved), None)
        # payments that point to it are in the same chunk, and promises are flushed first (rows.FLUSH_ORDER)
        g.rows["promise"].append(row)
        self.open_promise_until = due

    # --- the ordinary collection work between two days ------------------------------------------

    def walk(self, start: int, end: int, floor: int, *, intensity: float = 1.0) -> None:
        """Collection activity on working days in [start, end]; promises and payments keep at least `floor`
        on the balance."""
        g, a, d, rng, cal = self.g, self.a, self.a.debtor, self.g.rng, self.cal
        if end < start:
            return
        if start == a.opened and cal.next_workday(start) <= end:  # the letter that announces the placement
            self.activity(cal.next_workday(start), "letter", "outbound", RETURNED if rng.random() < 0.07 else DELIVERED,
                          first_demand=True)
        expected = (end - start + 1) / 30 * RATE_PER_MONTH * intensity
        r = g._random
        n = int(expected * (0.5 + r()) + r())
        i, j = cal.workday_range(start, end)
        if j <= i:
            return
        workdays, width = cal.workdays, j - i
        days = sorted([workdays[i + int(r() * width)] for _ in range(n)])
        restrict_from = d.restrict_from if d.restrict_from is not None else 1 << 30
        for day in days:
            restricted = day >= restrict_from
            if r() < 0.06 and not restricted:
                channel = "email" if d.email and r() < 0.35 else "call"
                table = INBOUND_EMAIL if channel == "email" else INBOUND_CALL
                outcome = table[int(r() * len(table))]
                direction = "inbound"
            else:
                direction = "outbound"
                channel = OUTBOUND_CHANNELS[int(r() * len(OUTBOUND_CHANNELS))]
                if restricted:
                    channel = "letter"
                elif channel == "email" and not d.email:
                    channel = "sms" if d.mobile else "letter"
                elif channel == "sms" and not d.mobile:
                    channel = "letter"
                if channel == "call":
                    outcome = CALL_OUTCOMES[int(r() * len(CALL_OUTCOMES))]
                elif channel == "visit":
                    outcome = VISIT_OUTCOMES[int(r() * len(VISIT_OUTCOMES))]
                else:
                    outcome = RETURNED if r() < (0.08 if channel == "letter" else 0.03) else DELIVERED
            if (g.habits and direction == "outbound" and outcome in NO_CONTACT and not restricted
                    and g.habits.get(self.collector_at(day).index) == "month_end_promises"
                    and self._month_end_promise(day, floor)):
                continue
            if outcome == PTP:
                if day <= self.open_promise_until or not self._try_promise(day, end, floor, channel, direction):
                    outcome = RPC
                else:
                    continue
            act_id, at = self.activity(day, channel, direction, outcome)
            if (channel == "call" and direction == "outbound" and outcome in NO_CONTACT and not restricted
                    and g.slips.random() < BURST):
                self._burst(day, end)
            if outcome == DISPUTE:  # as log_activity does: a dispute flags the debtor, until it is resolved
                cleared = at + rng.randint(10, 40) * DAY
                d.flags.append(("dispute", at, cleared if cleared < g.now else None, None))
            elif outcome in (DELIVERED, RPC) and rng.random() < 0.035:
                self._spontaneous(day, end, floor)

    def _try_promise(self, day: int, end: int, floor: int, channel: str, direction: str) -> bool:
        a, rng = self.a, self.g.rng
        avail = a.balance - floor
        if avail < 1000:
            return False
        due = day + rng.randint(2, 14)
        if due >= min(end, self.g.today - 1):
            return False
        if rng.random() < 0.35:
            amount = avail
        else:
            amount = max(1000, avail * rng.randint(15, 60) // 10000 * 100)
        amount = min(amount, a.capacity)
        act_id, at = self.activity(day, channel, direction, PTP)
        r = rng.random()
        outcome = "kept" if r < 0.6 else "partial" if r < 0.74 else "broken" if r < 0.94 else "late"
        self.promise(act_id, at, day, amount, due, outcome, end)
        return True

    def _month_end_promise(self, day: int, floor: int) -> bool:
        """The weak habit "month_end_promises": in the last three days of a month, outbound work that
        reached nobody (a call not answered, a letter or SMS sent) is logged as a call with a promise to
        pay, which then breaks (promises to make the month's count). Drawn from the side source
        (core.Gen.side_draws)."""
        g, a = self.g, self.a
        if day <= self.open_promise_until or date.fromordinal(day + 3).month == date.fromordinal(day).month:
            return False
        avail = a.balance - floor
        with g.side_draws():
            due = day + g.rng.randint(3, 9)
            if avail < 1000 or due >= g.today - 1 or g.rng.random() < 0.1:
                return False
            amount = min(a.capacity, max(1000, avail * g.rng.randint(20, 60) // 10000 * 100))
            act_id, at = self.activity(day, "call", "outbound", PTP, with_note=False)
            self.promise(act_id, at, day, amount, due, "broken", due)
        return True

    def _spontaneous(self, day: int, end: int, floor: int) -> None:
        a, rng = self.a, self.g.rng
        avail = a.balance - floor
        pay_day = day + rng.randint(2, 12)
        if avail < 1000 or pay_day > min(end, self.g.today - 1):
            return
        self.payment(pay_day, min(a.capacity, max(1000, avail * rng.randint(10, 50) // 10000 * 100)))


_MONTHS: dict[int, int] = {}


def _month_start(day: int) -> int:
    m = _MONTHS.get(day)
    if m is None:
        m = _MONTHS[day] = date.fromordinal(day).replace(day=1).toordinal()
    return m
