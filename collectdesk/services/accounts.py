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
    """Give accounts to a collector (and the collector's team and branch). Returns how many changed.

    Works in SQL chunks so that a bulk action over tens of thousands of selected rows stays one
    transaction without loading them as objects; every account still gets its audit rows.
    """
    ids = list(dict.fromkeys(account_ids))
    with ctx.transaction() as s:
        collector = s.get(StaffMember, collector_id)
        if collector is None or not collector.active:
            raise NotFoundError(QCoreApplication.translate("Accounts", "The chosen collector does not exist or has left."))
        info = s.info
        changed = 0
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            before = s.execute(select(Account.id, Account.collector_id, Account.team_id, Account.version)
                               .where(Account.id.in_(chunk))).all()
            if len(before) != len(chunk):
                raise NotFoundError(QCoreApplication.translate(
                    "Accounts", "Some of the selected accounts no longer exist. Nothing was reassigned."))
            moving = [r for r in before if r.collector_id != collector.id]
            if not moving:
                continue
            s.execute(update(Account).where(Account.id.in_([r.id for r in moving]))
                      .values(collector_id=collector.id, team_id=collector.team_id, branch_id=collector.branch_id,
                              version=Account.version + 1, updated_at=info["now"])
                      .execution_options(synchronize_session=False))
            s.execute(AuditEntry.__table__.insert(), [
                dict(id=uuid.uuid4(), txn_id=info["txn_id"], actor=info["actor"], action="update",
                     entity="account", entity_id=str(r.id), field="collector_id",
                     old_value=str(r.collector_id) if r.collector_id else None, new_value=str(collector.id),
                     occurred_at=info["now"]) for r in moving])
            changed += len(moving)
        bulk_entry(s, "account", QCoreApplication.translate(
            "Accounts", "%n account(s) reassigned to {name}", "", changed).format(name=collector.full_name))
        return changed
