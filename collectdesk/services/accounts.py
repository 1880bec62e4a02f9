"""Account changes: status, next action, reassignment (one or many at once)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select, update

from collectdesk.domain.enums import AccountStatus
from collectdesk.domain.errors import NotFoundError, ValidationError
from collectdesk.services.audit import bulk_entry
from collectdesk.services.context import ServiceContext, load
from collectdesk.store.models import Account, AuditEntry, StaffMember

CHUNK = 500


def change_status(ctx: ServiceContext, account_id: uuid.UUID, status: AccountStatus, *,
                  expected_version: int | None = None) -> None:
    with ctx.transaction() as s:
        account = load(s, Account, account_id, expected_version=expected_version, label=str(account_id))
        new = AccountStatus(status)
        if new is AccountStatus.PAID and account.balance != 0:
            raise ValidationError(QCoreApplication.translate(
                "Accounts", "An account with an open balance cannot be marked as paid."))
        account.status = new


def set_next_action(ctx: ServiceContext, account_id: uuid.UUID, day: date | None, *,
                    expected_version: int | None = None) -> None:
    with ctx.transaction() as s:
        account = load(s, Account, account_id, expected_version=expected_version, label=str(account_id))
        account.next_action_on = day


def reassign_accounts(ctx: ServiceContext, account_ids: Sequence[uuid.UUID], collector_id: uuid.UUID) -> int:
    """Give accounts to a collector (and the collector's team and branch). Returns how many changed."""
    with ctx.transaction() as s:
        collector = s.get(StaffMember, collector_id) if collector_id is not None else None
        if collector is None or not collector.active:
            raise NotFoundError(QCoreApplication.translate("Accounts", "The chosen collector does not exist or has left."))
        changed = _bulk_set_in(s, account_ids, "collector_id", collector.id,
                               also={"team_id": collector.team_id, "branch_id": collector.branch_id},
                               missing=QCoreApplication.translate(
                                   "Accounts", "Some of the selected accounts no longer exist. Nothing was reassigned."))
        bulk_entry(s, "account", QCoreApplication.translate(
            "Accounts", "%n account(s) reassigned to {name}", "", changed).format(name=collector.full_name))
        return changed


def _bulk_set(ctx: ServiceContext, account_ids: Sequence[uuid.UUID], field: str, value, *,
              summary_text) -> int:
    with ctx.transaction() as s:
        changed = _bulk_set_in(s, account_ids, field, value)
        bulk_entry(s, "account", summary_text(changed))
        return changed


def _bulk_set_in(s, account_ids: Sequence[uuid.UUID], field: str, value, *, also: dict | None = None,
                 missing: str | None = None) -> int:
    """Within a transaction: set `field` (and the `also` columns with it) on many accounts in SQL chunks,
    bumping `version` and writing an audit row per changed account, without loading them as objects
    (a bulk action over tens of thousands of selected rows stays one transaction). With `missing`,
    accounts that no longer exist fail the whole change with that message."""
    column = getattr(Account, field)
    ids = list(dict.fromkeys(account_ids))
    info = s.info
    changed = 0
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        before = s.execute(select(Account.id, column).where(Account.id.in_(chunk))).all()
        if missing is not None and len(before) != len(chunk):
            raise NotFoundError(missing)
        moving = [r for r in before if r[1] != value]
        if not moving:
            continue
        s.execute(update(Account).where(Account.id.in_([r[0] for r in moving]))
                  .values({field: value, **(also or {}), "version": Account.version + 1, "updated_at": info["now"]})
                  .execution_options(synchronize_session=False))
        s.execute(AuditEntry.__table__.insert(), [
            dict(id=uuid.uuid4(), txn_id=info["txn_id"], actor=info["actor"], action="update",
                 entity="account", entity_id=str(r[0]), field=field, old_value=_text(r[1]),
                 new_value=_text(value), occurred_at=info["now"]) for r in moving])
        changed += len(moving)
    return changed


def _text(value) -> str | None:
    if value is None:
        return None
    return str(getattr(value, "value", value.isoformat() if hasattr(value, "isoformat") else value))


def bulk_change_status(ctx: ServiceContext, account_ids: Sequence[uuid.UUID], status: AccountStatus) -> int:
    new = AccountStatus(status)
    if new is AccountStatus.PAID:
        raise ValidationError(QCoreApplication.translate(
            "Accounts", "Accounts are marked as paid by posting their payments, not in bulk."))
    return _bulk_set(ctx, account_ids, "status", new, summary_text=lambda n: QCoreApplication.translate(
        "Accounts", "Status {status} set on %n account(s)", "", n).format(status=new.value))


def bulk_set_next_action(ctx: ServiceContext, account_ids: Sequence[uuid.UUID], day: date | None) -> int:
    return _bulk_set(ctx, account_ids, "next_action_on", day, summary_text=lambda n: QCoreApplication.translate(
        "Accounts", "Next action date {day} set on %n account(s)", "", n).format(day=day.isoformat() if day else "-"))


def add_to_portfolio(ctx: ServiceContext, account_ids: Sequence[uuid.UUID], portfolio_id: uuid.UUID) -> int:
    """Put accounts on a watchlist or special portfolio; ones already on it are left alone."""
    from collectdesk.store.models import Portfolio, PortfolioAccount

    ids = list(dict.fromkeys(account_ids))
    with ctx.transaction() as s:
        portfolio = s.get(Portfolio, portfolio_id)
        if portfolio is None:
            raise NotFoundError(QCoreApplication.translate("Accounts", "The watchlist no longer exists."))
        info = s.info
        added = 0
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            rows = dict(s.execute(select(PortfolioAccount.account_id, PortfolioAccount.removed_at).where(
                PortfolioAccount.portfolio_id == portfolio_id, PortfolioAccount.account_id.in_(chunk))).all())
            back = [i for i, removed in rows.items() if removed is not None]  # removed earlier: put back
            if back:
                s.execute(update(PortfolioAccount).where(PortfolioAccount.portfolio_id == portfolio_id,
                                                         PortfolioAccount.account_id.in_(back))
                          .values(removed_at=None, removed_by=None, added_at=info["now"], added_by=info["actor"]))
                s.execute(AuditEntry.__table__.insert(), [
                    dict(id=uuid.uuid4(), txn_id=info["txn_id"], actor=info["actor"], action="update",
                         entity="portfolio_account", entity_id=f"{portfolio_id},{i}", field="removed_at",
                         new_value=None, occurred_at=info["now"]) for i in back])
                added += len(back)
            new = [i for i in chunk if i not in rows]
            if not new:
                continue
            s.execute(PortfolioAccount.__table__.insert(), [
                dict(portfolio_id=portfolio_id, account_id=i, added_at=info["now"], added_by=info["actor"])
                for i in new])
            s.execute(AuditEntry.__table__.insert(), [
                dict(id=uuid.uuid4(), txn_id=info["txn_id"], actor=info["actor"], action="insert",
                     entity="portfolio_account", entity_id=f"{portfolio_id},{i}", field="account_id",
                     new_value=str(i), occurred_at=info["now"]) for i in new])
            added += len(new)
        bulk_entry(s, "portfolio_account", QCoreApplication.translate(
            "Accounts", "%n account(s) added to {name}", "", added).format(name=portfolio.name))
        return added
