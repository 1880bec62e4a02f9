"""The demo's hand-overs leave the audit trail a real reassignment leaves, so the anomaly check that reads
it (payments on accounts assigned to someone else) finds nothing the demo did not do on purpose."""

from __future__ import annotations

import re
import uuid
from datetime import date

from sqlalchemy import select, text

from collectdesk.services.accounts import reassign_accounts
from collectdesk.services.demo import build_demo
from collectdesk.services.staff_anomalies import FOREIGN_PAYMENTS, find_anomalies
from collectdesk.store.models import Account, Activity, AuditEntry, StaffMember

TODAY = date(2026, 11, 29)


def test_every_hand_over_has_its_audit_row_and_no_payment_is_flagged(database):
    build_demo(database.ctx, accounts=600, seed=3, today=TODAY)
    with database.ctx.reading() as s:
        current = dict(s.execute(select(Account.id, Account.collector_id)).all())
        first: dict = {}
        for account_id, collector_id in s.execute(select(Activity.account_id, Activity.collector_id)
                                                  .order_by(Activity.occurred_at, Activity.id)):
            first.setdefault(account_id, collector_id)
        trail = {(e.entity_id, e.old_value, e.new_value): e for e in s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "account", AuditEntry.field == "collector_id"))}
        supervisors = set(s.scalars(select(StaffMember.username).where(StaffMember.role == "supervisor")))
    moved = [a for a, collector in first.items() if collector != current[a]]
    assert moved, "a demo of 600 accounts has hand-overs (leavers, new hires)"
    for account_id in moved:
        entry = trail.get((str(account_id), str(first[account_id]), str(current[account_id])))
        assert entry is not None, account_id
        assert entry.action == "update" and entry.actor in supervisors and entry.occurred_at.tzinfo is not None
        assert isinstance(entry.txn_id, uuid.UUID) and entry.occurred_at.date() < TODAY
    assert len(trail) >= len(moved)

    found = find_anomalies(database.ctx, date(2026, 10, 1), date(2026, 10, 31), today=TODAY)
    assert [a for a in found if a.kind == FOREIGN_PAYMENTS] == []


def test_demo_audit_rows_are_stored_as_a_real_reassignment_stores_them(database):
    """Raw column values (SQLite keeps text: 32 hex digits, str(uuid), microseconds) of a demo row and of
    one written by services.accounts.reassign_accounts have the same shape on each backend."""
    build_demo(database.ctx, accounts=300, seed=3, today=TODAY)
    with database.ctx.reading() as s:
        account_id, collector_id = s.execute(select(Account.id, Account.collector_id).limit(1)).one()
        other = s.scalars(select(StaffMember.id).where(StaffMember.role == "collector", StaffMember.active.is_(True),
                                                       StaffMember.id != collector_id)).first()
        demo_ids = {str(e.id) for e in s.scalars(select(AuditEntry).where(AuditEntry.field == "collector_id"))}
    assert demo_ids
    reassign_accounts(database.ctx, [account_id], other)
    columns = "id, occurred_at, txn_id, entity_id, old_value, new_value, action, entity"
    with database.engine.connect() as conn:
        rows = conn.execute(text(f"SELECT {columns} FROM audit_entry WHERE field = 'collector_id'")).all()

    def shape(row) -> tuple:
        return tuple(type(v).__name__ if not isinstance(v, str) else re.sub(r"[0-9a-f]", "x", v) for v in row)

    service = [r for r in rows if r.entity_id == str(account_id) and r.new_value == str(other)]
    demo = [r for r in rows if r not in service]
    assert len(service) == 1 and len(demo) == len(demo_ids)
    assert {shape(r) for r in demo} == {shape(service[0])}
