"""Rows written by the bulk writer compare with bound datetimes exactly as ORM-written rows do, also at a
whole second (an activity imported at exactly midnight UTC belongs to that day)."""

import uuid
from datetime import datetime, timezone

from sqlalchemy import func, select

from collectdesk.domain.enums import Channel, Direction, Outcome
from collectdesk.store.bulk import BulkInserter
from collectdesk.store.models import Account, Activity


def test_bulk_timestamps_at_a_whole_second_compare_like_orm_ones(database, make_account):
    account = make_account()
    midnight = datetime(2026, 3, 1, tzinfo=timezone.utc)
    with database.ctx.reading() as s:
        debtor = s.get(Account, account).debtor_id
    columns = ("id", "account_id", "debtor_id", "channel", "direction", "outcome", "occurred_at", "duration_s",
               "created_at", "created_by")
    with database.engine.begin() as conn, BulkInserter(conn, Activity.__table__, columns) as bulk:
        bulk.add((uuid.uuid4(), account, debtor, Channel.CALL, Direction.OUTBOUND, Outcome.NO_ANSWER, midnight, 0,
                  midnight, "import"))
    with database.ctx.transaction() as s:
        s.add(Activity(account_id=account, debtor_id=debtor, channel=Channel.CALL, direction=Direction.OUTBOUND,
                       outcome=Outcome.BUSY, occurred_at=midnight, created_by="orm"))
    with database.ctx.reading() as s:
        on_or_after = s.scalar(select(func.count()).select_from(Activity).where(Activity.occurred_at >= midnight))
        before = s.scalar(select(func.count()).select_from(Activity).where(Activity.occurred_at < midnight))
    assert (on_or_after, before) == (2, 0)
