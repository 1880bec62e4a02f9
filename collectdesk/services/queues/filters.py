"""QueueFilter: what a queue shows, as plain data (saved as JSON) and as SQL conditions on `account`.

Every condition is written so that it can use an index on `account` (or an indexed EXISTS on a
small side table; an escalation or plan state: an IN over the side table's status index, case.py):
aging buckets and days past due become due-date ranges, "no contact for N days"
becomes a last_contact_at bound, and the search box becomes index range scans where it can.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from sqlalchemy import and_, exists, false, or_, select

from collectdesk.domain.aging import AgingBucket, due_date_range
from collectdesk.domain.enums import OPEN_STATUSES, AccountStatus, DebtorFlag, PromiseStatus
from collectdesk.services.queues.case import open_escalation_condition, plan_state_condition
from collectdesk.store.models import Account, DebtorContact, DebtorFlagEntry, PortfolioAccount, Promise


@dataclass(frozen=True)
class QueueFilter:
    open_only: bool = True
    statuses: tuple[str, ...] = ()
    aging: tuple[str, ...] = ()
    dpd_min: int | None = None
    dpd_max: int | None = None
    balance_min: Decimal | None = None
    balance_max: Decimal | None = None
    countries: tuple[str, ...] = ()
    currencies: tuple[str, ...] = ()
    collector_ids: tuple[uuid.UUID, ...] = ()
    team_ids: tuple[uuid.UUID, ...] = ()
    branch_ids: tuple[uuid.UUID, ...] = ()
    portfolio_id: uuid.UUID | None = None
    flags: tuple[str, ...] = ()
    last_contact_from: date | None = None
    last_contact_to: date | None = None
    no_contact_days: int | None = None
    next_action_from: date | None = None
    next_action_to: date | None = None
    promise_due_on: date | None = None
    broken_promise_days: int | None = None
    open_escalation: bool = False  # an escalation awaiting a decision (services/queues/case.py)
    plan_states: tuple[str, ...] = ()  # PlanStatus values: the account's payment plan is in one of them
    plan_broken_days: int | None = None  # with "broken" among plan_states: broken in the last N days only
    search: str = ""

    # ---- JSON (saved queues) -------------------------------------------------------------
    def to_json(self) -> str:
        def enc(v):
            if isinstance(v, (uuid.UUID, Decimal, date)):
                return str(v) if not isinstance(v, date) else v.isoformat()
            if isinstance(v, tuple):
                return [enc(x) for x in v]
            return v

        return json.dumps({k: enc(v) for k, v in asdict(self).items() if v not in (None, (), "")},
                          ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> QueueFilter:
        raw = json.loads(text)
        kw = {}
        for f in fields(cls):
            if f.name not in raw:
                continue
            v = raw[f.name]
            t = str(f.type)
            if "uuid.UUID, ...]" in t:
                v = tuple(uuid.UUID(x) for x in v)
            elif "tuple" in t:
                v = tuple(v)
            elif "uuid.UUID" in t:
                v = uuid.UUID(v)
            elif "Decimal" in t:
                v = Decimal(v)
            elif "date" in t:
                v = date.fromisoformat(v)
            kw[f.name] = v
        return cls(**kw)

    @property
    def bounded_by_case(self) -> bool:
        """Only accounts with an open escalation or a payment plan: never more than those small tables
        hold, so a queue reads its ordered keys once instead of a SQL window per page (window.py)."""
        return self.open_escalation or bool(self.plan_states)

    def replace(self, **changes) -> QueueFilter:
        from dataclasses import replace

        return replace(self, **changes)

    # ---- SQL -----------------------------------------------------------------------------
    def conditions(self, today: date) -> list:
        a = Account
        out = []
        if self.statuses:
            out.append(a.status.in_([AccountStatus(s) for s in self.statuses]))
        elif self.open_only:
            out.append(a.status.in_(OPEN_STATUSES))
        if self.aging:
            ranges = []
            for b in self.aging:
                earliest, latest = due_date_range(AgingBucket(b), today)
                if AgingBucket(b) is AgingBucket.CURRENT:
                    ranges.append(a.due_date >= earliest)
                else:
                    conds = [a.due_date <= latest]
                    if earliest is not None:
                        conds.append(a.due_date >= earliest)
                    ranges.append(and_(*conds))
            out.append(or_(*ranges))
        if self.dpd_min is not None:
            out.append(a.due_date <= today - timedelta(days=self.dpd_min))
        if self.dpd_max is not None:
            out.append(a.due_date >= today - timedelta(days=self.dpd_max))
        if self.balance_min is not None:
            out.append(a.balance >= self.balance_min)
        if self.balance_max is not None:
            out.append(a.balance <= self.balance_max)
        if self.countries:
            out.append(a.country.in_(self.countries))
        if self.currencies:
            out.append(a.currency.in_(self.currencies))
        if self.collector_ids:
            out.append(a.collector_id.in_(self.collector_ids))
        if self.team_ids:
            out.append(a.team_id.in_(self.team_ids))
        if self.branch_ids:
            out.append(a.branch_id.in_(self.branch_ids))
        if self.portfolio_id is not None:
            out.append(exists().where(PortfolioAccount.account_id == a.id,
                                      PortfolioAccount.portfolio_id == self.portfolio_id,
                                      PortfolioAccount.removed_at.is_(None)))  # removed ones keep their history
        if self.flags:
            wanted = [DebtorFlag(f) for f in self.flags]
            out.append(exists().where(DebtorFlagEntry.debtor_id == a.debtor_id, DebtorFlagEntry.flag.in_(wanted),
                                      DebtorFlagEntry.cleared_at.is_(None)))
        if self.last_contact_from is not None:
            out.append(a.last_contact_at >= _start(self.last_contact_from))
        if self.last_contact_to is not None:
            out.append(a.last_contact_at < _start(self.last_contact_to + timedelta(days=1)))
        if self.no_contact_days is not None:
            cutoff = _start(today - timedelta(days=self.no_contact_days))
            out.append(or_(a.last_contact_at.is_(None), a.last_contact_at < cutoff))
        if self.next_action_from is not None:
            out.append(a.next_action_on >= self.next_action_from)
        if self.next_action_to is not None:
            out.append(a.next_action_on <= self.next_action_to)
        if self.promise_due_on is not None:
            out.append(exists().where(Promise.account_id == a.id, Promise.status == PromiseStatus.PENDING,
                                      Promise.due_date == self.promise_due_on))
        if self.broken_promise_days is not None:
            since = today - timedelta(days=self.broken_promise_days)
            out.append(exists().where(Promise.account_id == a.id, Promise.status == PromiseStatus.BROKEN,
                                      Promise.due_date >= since))
        if self.open_escalation:
            out.append(open_escalation_condition())
        if self.plan_states:
            out.append(plan_state_condition(self.plan_states, self.plan_broken_days, today))
        if self.search.strip():
            out.append(search_condition(self.search))
        return out


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=timezone.utc)


def _prefix_range(column, prefix: str):
    return and_(column >= prefix, column < prefix + "\uffff")


def search_condition(text: str):
    """Debtor name (contains), account number (prefix), phone or e-mail (prefix of the digits / address)."""
    term = text.strip()
    digits = "".join(ch for ch in term if ch.isdigit())
    conds = [_prefix_range(Account.account_no, term), _prefix_range(Account.account_no, term.upper())]
    if "@" in term:
        conds.append(Account.debtor_id.in_(select(DebtorContact.debtor_id).where(
            _prefix_range(DebtorContact.search_key, term.lower()))))
    elif len(digits) >= 4 and len(digits) >= len(term.replace(" ", "").replace("+", "").replace("-", "")) - 1:
        conds.append(Account.debtor_id.in_(select(DebtorContact.debtor_id).where(
            _prefix_range(DebtorContact.search_key, digits))))
    key = term.casefold()
    if any(ch.isalpha() for ch in key):
        conds.append(Account.debtor_name_key.contains(key, autoescape=True))
    return or_(*conds) if conds else false()
