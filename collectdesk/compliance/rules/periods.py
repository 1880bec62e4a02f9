"""Periods that run out: limitation (demands on a time-barred debt) and retention (data kept too long).

limitation params: ``years``, ``start`` (``due_date`` | ``last_payment``: the later of the last payment
and the due date), ``year_end`` (the period ends on 31 December of the year it runs out in),
``channels``. The period ends on the day ``years`` after the start (29 Feb -> 28 Feb); an outbound contact
on the channels on a later local day is a hit. Accounts the debtor facts do not describe are skipped.

retention params: ``years``, ``from`` (``closed``: from the closing day | ``closed_year_end``: from the end
of the year the account was closed). An account closed on day C is kept until C + years (or 31 December
of C's year + years); a hit per account when ``as_of`` is later, at the start of the day after.
"""

from __future__ import annotations

from datetime import date

from collectdesk.compliance.model import AccountFacts, Hit, Rule
from collectdesk.compliance.rules.base import Prepared, channel_set


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a year without one
        return day.replace(year=day.year + years, day=28)


class Limitation:
    __slots__ = ("rule", "years", "from_payment", "year_end", "channels")
    proposed = True

    def __init__(self, rule: Rule):
        p = rule.params
        self.rule = rule
        self.years = int(p["years"])
        self.from_payment = str(p.get("start", "due_date")) == "last_payment"
        self.year_end = bool(p.get("year_end", False))
        self.channels = channel_set(p.get("channels"))

    def lookback_days(self) -> int:
        return 0

    def period(self, account: AccountFacts) -> tuple[date, str, date]:
        """(start, which start it is, last day of the period)."""
        start, kind = account.due_date, "due_date"
        if self.from_payment and account.last_payment_on is not None and account.last_payment_on > start:
            start, kind = account.last_payment_on, "last_payment"
        end = add_years(start, self.years)
        if self.year_end:
            end = date(end.year, 12, 31)
        return start, kind, end

    def scan(self, p: Prepared) -> list[Hit]:
        hits: list[Hit] = []
        periods: dict[int, tuple | None] = {}
        accounts, channels, out, day, acc = p.debtor.accounts, self.channels, p.out, p.day, p.acc
        for i, e in enumerate(p.events):
            if not out[i] or e.channel not in channels:
                continue
            period = periods.get(acc[i], 0)
            if period == 0:  # (start, kind, last day, its ordinal), once per account
                account = accounts.get(e.account_id)
                if account is None:
                    period = None
                else:
                    start, kind, end = self.period(account)
                    period = (start, kind, end, end.toordinal())
                periods[acc[i]] = period
            if period is not None and day[i] > period[3]:
                hits.append(self._hit(p, i, period))
        return hits

    def check(self, p: Prepared, i: int) -> list[Hit]:
        e = p.events[i]
        account = p.debtor.accounts.get(e.account_id)
        if not p.out[i] or e.channel not in self.channels or account is None:
            return []
        period = self.period(account)
        return [self._hit(p, i, period)] if p.day[i] > period[2].toordinal() else []

    def _hit(self, p: Prepared, i: int, period: tuple) -> Hit:
        start, kind, end = period[:3]
        return p.hit(self.rule, i, years=self.years, start_kind=kind, start_date=start.isoformat(),
                     limitation_end=end.isoformat(), year_end=self.year_end)


class Retention:
    __slots__ = ("rule", "years", "year_end")
    proposed = False

    def __init__(self, rule: Rule):
        p = rule.params
        self.rule = rule
        self.years = int(p["years"])
        self.year_end = str(p.get("from", "closed")) == "closed_year_end"

    def lookback_days(self) -> int:
        return 0

    def check(self, p: Prepared, i: int) -> list[Hit]:
        return []

    def scan(self, p: Prepared) -> list[Hit]:
        if p.as_of is None:
            return []
        hits = []
        for account in sorted(p.debtor.accounts.values(), key=lambda a: a.account_no):
            if account.closed_on is None:
                continue
            closed = account.closed_on
            end = date(closed.year + self.years, 12, 31) if self.year_end else add_years(closed, self.years)
            if p.as_of > end:
                hits.append(p.hit_at(self.rule, account.id, p.midnight(end.toordinal() + 1), {
                    "years": self.years, "from": "closed_year_end" if self.year_end else "closed",
                    "closed_on": closed.isoformat(), "retention_end": end.isoformat(),
                    "account_no": account.account_no}))
        return hits
