"""Special portfolios (watchlists): named sets of accounts (special delinquent, high-profile, high-risk
credit, fraud, any name) with an owning supervisor and a reason per account.

    create_portfolio(ctx, name, kind, owner_id, description=None) -> id
    rename_portfolio(ctx, portfolio_id, name, expected_version=None)
    set_owner(ctx, portfolio_id, owner_id, expected_version=None)
    add_accounts(ctx, portfolio_id, account_ids, reason) -> how many were added
    remove_accounts(ctx, portfolio_id, account_ids) -> how many were removed
    portfolio_accounts(ctx, portfolio_id, include_removed=False) -> [Member]
    portfolio_summary(ctx, portfolio_id, today) -> Summary
    my_portfolios(ctx, owner_id, today) -> [Summary] (the dashboard's "my portfolios")

Membership is one PortfolioAccount row per (portfolio, account). Removing sets removed_at/removed_by and
keeps the row, so the portfolio's history shows who was on it and why; adding a removed account again
clears those and records the new reason (the audit trail keeps the earlier period). Each account's change
is an ORM change, so the audit trail gets a row per account.

The summary counts only accounts currently in the portfolio: balance by currency, collected this month
(payments with a value date in today's month, by currency) and the last activity on any of them.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from collectdesk.domain.enums import PortfolioKind, StaffRole
from collectdesk.domain.errors import ValidationError
from collectdesk.services.compliance.profiles import layers
from collectdesk.services.context import ServiceContext, load
from collectdesk.store.models import Account, Activity, Debtor, Payment, Portfolio, PortfolioAccount, StaffMember

CHUNK = 500
OWNER_ROLES = (StaffRole.SUPERVISOR, StaffRole.COLLECTION_MANAGER, StaffRole.SENIOR_MANAGER)


_translate = QCoreApplication.translate  # an alias lupdate reads (translations/update.py resolves it)


@dataclass(frozen=True, slots=True)
class Member:
    account_id: uuid.UUID
    account_no: str
    debtor_name: str
    balance: Decimal
    currency: str
    reason: str
    added_at: datetime
    added_by: str
    removed_at: datetime | None
    removed_by: str | None


@dataclass(frozen=True, slots=True)
class Summary:
    id: uuid.UUID
    version: int
    name: str
    kind: PortfolioKind
    owner_id: uuid.UUID | None
    owner_name: str | None
    accounts: int
    balance: dict[str, Decimal]     # by currency
    collected_this_month: dict[str, Decimal]  # by currency
    last_activity_at: datetime | None
    compliance_profile: str | None = None  # the profile its accounts are checked against (None: the country's)


# ------------------------------------------------------------------------------------------- changes

def create_portfolio(ctx: ServiceContext, name: str, kind: PortfolioKind, owner_id: uuid.UUID | None,
                     description: str | None = None) -> uuid.UUID:
    name = _clean_name(name)
    with ctx.transaction() as s:
        _unique(s, name)
        if owner_id is not None:
            _owner(s, owner_id)
        portfolio = Portfolio(name=name, kind=PortfolioKind(kind), owner_id=owner_id, description=description or None)
        s.add(portfolio)
        s.flush()
        return portfolio.id


def rename_portfolio(ctx: ServiceContext, portfolio_id: uuid.UUID, name: str, *,
                     expected_version: int | None = None) -> None:
    name = _clean_name(name)
    with ctx.transaction() as s:
        portfolio = load(s, Portfolio, portfolio_id, expected_version=expected_version, label=_translate(
            "Portfolios", "Portfolio"))
        if portfolio.name != name:
            _unique(s, name, portfolio_id)
            portfolio.name = name


def set_owner(ctx: ServiceContext, portfolio_id: uuid.UUID, owner_id: uuid.UUID | None, *,
              expected_version: int | None = None) -> None:
    with ctx.transaction() as s:
        portfolio = load(s, Portfolio, portfolio_id, expected_version=expected_version, label=_translate(
            "Portfolios", "Portfolio"))
        if owner_id is not None:
            _owner(s, owner_id)
        portfolio.owner_id = owner_id


def set_compliance_profile(ctx: ServiceContext, portfolio_id: uuid.UUID, code: str | None, *,
                           expected_version: int | None = None) -> None:
    """Check the portfolio's accounts against the base profile `code` instead of their debtor's country's
    (None: back to the country's). The department's overlays still apply on top (docs/compliance.md)."""
    if code is not None:
        layer = layers(ctx).get(code)
        if layer is None or layer.kind != "base":
            raise ValidationError(_translate("Portfolios", "There is no compliance profile {code}.").format(code=code))
    with ctx.transaction() as s:
        portfolio = load(s, Portfolio, portfolio_id, expected_version=expected_version, label=_translate(
            "Portfolios", "Portfolio"))
        portfolio.compliance_profile = code


def add_accounts(ctx: ServiceContext, portfolio_id: uuid.UUID, account_ids: Sequence[uuid.UUID], reason: str) -> int:
    """Put accounts in the portfolio with the reason; ones already in it are left alone. Returns how many
    were added (or added back)."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_translate("Portfolios", "Write why the accounts go into this portfolio."))
    ids = list(dict.fromkeys(account_ids))
    added = 0
    with ctx.transaction() as s:
        load(s, Portfolio, portfolio_id, label=_translate("Portfolios", "Portfolio"))
        now, actor = s.info["now"], ctx.actor
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            known = set(s.scalars(select(Account.id).where(Account.id.in_(chunk))))
            missing = [i for i in chunk if i not in known]
            if missing:
                raise ValidationError(_translate(
                    "Portfolios", "%n account(s) no longer exist; nothing was added.", "", len(missing)))
            rows = {r.account_id: r for r in s.scalars(select(PortfolioAccount).where(
                PortfolioAccount.portfolio_id == portfolio_id, PortfolioAccount.account_id.in_(chunk)))}
            for account_id in chunk:
                row = rows.get(account_id)
                if row is None:
                    s.add(PortfolioAccount(portfolio_id=portfolio_id, account_id=account_id, added_at=now,
                                           added_by=actor, reason=reason))
                elif row.removed_at is not None:
                    row.removed_at = row.removed_by = None
                    row.added_at, row.added_by, row.reason = now, actor, reason
                else:
                    continue
                added += 1
            s.flush()
    return added


def remove_accounts(ctx: ServiceContext, portfolio_id: uuid.UUID, account_ids: Sequence[uuid.UUID]) -> int:
    """Take accounts out of the portfolio; their rows stay (with the date and who removed them)."""
    ids = list(dict.fromkeys(account_ids))
    removed = 0
    with ctx.transaction() as s:
        load(s, Portfolio, portfolio_id, label=_translate("Portfolios", "Portfolio"))
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            for row in s.scalars(select(PortfolioAccount).where(
                    PortfolioAccount.portfolio_id == portfolio_id, PortfolioAccount.account_id.in_(chunk),
                    PortfolioAccount.removed_at.is_(None))):
                row.removed_at, row.removed_by = s.info["now"], ctx.actor
                removed += 1
        s.flush()
    return removed


# ------------------------------------------------------------------------------------------- reading

def portfolio_accounts(ctx: ServiceContext, portfolio_id: uuid.UUID, *, include_removed: bool = False) -> list[Member]:
    query = (select(PortfolioAccount, Account.account_no, Debtor.name, Account.balance, Account.currency)
             .join(Account, Account.id == PortfolioAccount.account_id).join(Debtor, Debtor.id == Account.debtor_id)
             .where(PortfolioAccount.portfolio_id == portfolio_id)
             .order_by(PortfolioAccount.added_at, Account.account_no))
    if not include_removed:
        query = query.where(PortfolioAccount.removed_at.is_(None))
    with ctx.reading() as s:
        return [Member(account_id=m.account_id, account_no=no, debtor_name=name, balance=bal, currency=cur,
                       reason=m.reason or "", added_at=m.added_at, added_by=m.added_by, removed_at=m.removed_at,
                       removed_by=m.removed_by)
                for m, no, name, bal, cur in s.execute(query).all()]


def portfolio_summary(ctx: ServiceContext, portfolio_id: uuid.UUID, today: date) -> Summary:
    with ctx.reading() as s:
        portfolio = load(s, Portfolio, portfolio_id, label=_translate("Portfolios", "Portfolio"))
        return _summary(s, portfolio, today)


def my_portfolios(ctx: ServiceContext, owner_id: uuid.UUID, today: date) -> list[Summary]:
    """The portfolios `owner_id` owns, by name, each summarised."""
    with ctx.reading() as s:
        portfolios = s.scalars(select(Portfolio).where(Portfolio.owner_id == owner_id).order_by(Portfolio.name)).all()
        return [_summary(s, p, today) for p in portfolios]


def all_portfolios(ctx: ServiceContext) -> list[tuple[uuid.UUID, str, PortfolioKind, uuid.UUID | None]]:
    """(id, name, kind, owner id) of every portfolio, by name: for choosers."""
    with ctx.reading() as s:
        return [tuple(r) for r in s.execute(select(Portfolio.id, Portfolio.name, Portfolio.kind, Portfolio.owner_id)
                                            .order_by(Portfolio.name)).all()]


def _summary(s, portfolio: Portfolio, today: date) -> Summary:
    active = select(PortfolioAccount.account_id).where(PortfolioAccount.portfolio_id == portfolio.id,
                                                       PortfolioAccount.removed_at.is_(None))
    by_currency = s.execute(select(Account.currency, func.count(), func.sum(Account.balance))
                            .where(Account.id.in_(active)).group_by(Account.currency)).all()
    month_start = today.replace(day=1)
    next_month = (month_start.replace(year=month_start.year + 1, month=1) if month_start.month == 12
                  else month_start.replace(month=month_start.month + 1))
    collected = s.execute(select(Payment.currency, func.sum(Payment.amount))
                          .where(Payment.account_id.in_(active), Payment.paid_on >= month_start,
                                 Payment.paid_on < next_month).group_by(Payment.currency)).all()
    last = s.scalar(select(func.max(Activity.occurred_at)).where(Activity.account_id.in_(active)))
    owner_name = (s.scalar(select(StaffMember.full_name).where(StaffMember.id == portfolio.owner_id))
                  if portfolio.owner_id else None)
    return Summary(id=portfolio.id, version=portfolio.version, name=portfolio.name, kind=portfolio.kind,
                   owner_id=portfolio.owner_id, owner_name=owner_name, accounts=sum(int(n) for _, n, _ in by_currency),
                   balance={cur: total for cur, _, total in sorted(by_currency)},
                   collected_this_month={cur: total for cur, total in sorted(collected)},
                   last_activity_at=last, compliance_profile=portfolio.compliance_profile)


# -------------------------------------------------------------------------------------------- helpers

def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError(_translate("Portfolios", "The portfolio needs a name."))
    if len(name) > 120:
        raise ValidationError(_translate("Portfolios", "The name is too long: at most 120 characters."))
    return name


def _unique(s, name: str, own_id: uuid.UUID | None = None) -> None:
    clash = s.scalar(select(Portfolio.id).where(func.lower(Portfolio.name) == name.lower()))
    if clash is not None and clash != own_id:
        raise ValidationError(_translate("Portfolios", "A portfolio named {name} already exists.").format(name=name))


def _owner(s, owner_id: uuid.UUID) -> StaffMember:
    owner = load(s, StaffMember, owner_id, label=_translate("Portfolios", "Staff member"))
    if owner.role not in OWNER_ROLES:
        raise ValidationError(_translate(
            "Portfolios", "{name} is not a supervisor or manager and cannot own a portfolio.").format(
            name=owner.full_name))
    return owner
