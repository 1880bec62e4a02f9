"""Money stays exact to the cent and time stays UTC, on both databases."""

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from collectdesk.store.maintenance import stats
from collectdesk.store.models import Account, Activity


def test_money_round_trips_exactly_and_sums_to_the_cent(database, make_account):
    amounts = [Decimal("0.10"), Decimal("0.20"), Decimal("999999999999.99"), Decimal("1234.56")]
    for a in amounts:
        make_account(balance=a)
    with database.ctx.reading() as s:
        stored = sorted(s.scalars(select(Account.balance)))
        total = s.scalar(select(func.sum(Account.balance)))
    assert stored == sorted(amounts)
    assert all(isinstance(v, Decimal) for v in stored)
    assert total == sum(amounts) == Decimal("1000000001234.85")
    assert stats(database.engine).balance == {"EUR": Decimal("1000000001234.85")}


def test_float_money_is_refused(database, make_account):
    with pytest.raises(Exception):
        make_account(balance=0.1)


def test_times_are_stored_in_utc(database, make_account):
    from collectdesk.domain.enums import Channel, Direction, Outcome
    from collectdesk.services.activities import log_activity

    account = make_account()
    warsaw = timezone(timedelta(hours=1))
    when = datetime(2026, 11, 20, 9, 30, tzinfo=warsaw)
    log_activity(database.ctx, account, channel=Channel.CALL, direction=Direction.OUTBOUND,
                 outcome=Outcome.NO_ANSWER, occurred_at=when)
    with database.ctx.reading() as s:
        stored = s.scalar(select(Activity.occurred_at))
    assert stored == when
    assert stored.utcoffset() == timedelta(0)
    assert stored.hour == 8


def test_naive_datetime_is_refused(database, make_account):
    from collectdesk.domain.enums import Channel, Direction, Outcome
    from collectdesk.domain.errors import ValidationError
    from collectdesk.services.activities import log_activity

    account = make_account()
    with pytest.raises(ValidationError):
        log_activity(database.ctx, account, channel=Channel.CALL, direction=Direction.OUTBOUND,
                     outcome=Outcome.NO_ANSWER, occurred_at=datetime(2026, 1, 1, 9, 0))
    assert date.today()  # nothing else to check: nothing was written
    with database.ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(Activity)) == 0
