"""The trend of a KPI over several periods equals, period by period, what the scorecard shows."""

from datetime import date
from decimal import Decimal

import pytest
from scorecard_data import build_more

from collectdesk.domain.periods import Period, PeriodKind, last_n, parse_period
from collectdesk.services.scorecard_trend import KPI_SOURCES, trend
from collectdesk.services.scorecards import scorecard

D = Decimal


def test_every_kpi_equals_the_scorecard_in_each_period(database, org, make_account):
    ids = build_more(database, org, make_account)
    periods = last_n(parse_period("2026-04"), 3)  # February, March, April
    cards = [scorecard(database.ctx, p.start, p.end) for p in periods]
    for kpi in KPI_SOURCES:
        t = trend(database.ctx, kpi, periods)
        assert t.periods == periods
        for k, card in enumerate(cards):
            assert t.values[None][k] == getattr(card.department, kpi), (kpi, k)
            for row in card.rows:
                assert t.values[row.staff_id][k] == getattr(row, kpi), (kpi, k, row.name)
    assert set(trend(database.ctx, "collected", periods).values) == {org.anna, org.jan, ids.piotr, None}


def test_hand_counted_months_and_scope(database, org, make_account):
    build_more(database, org, make_account)
    periods = last_n(parse_period("2026-04"), 3)
    collected = trend(database.ctx, "collected", periods, team_id=org.team)
    # Anna: February nothing; March 250 EUR + 70 PLN; April 1 the 500 EUR payment
    assert collected.values[org.anna] == [{}, {"EUR": D("250.00"), "PLN": D("70.00")}, {"EUR": D("500.00")}]
    assert collected.values[None][1] == {"EUR": D("290.00"), "PLN": D("70.00")}  # the team: + Jan's 40
    rpc = trend(database.ctx, "rpc_rate", periods, team_id=org.team)
    # Anna's outbound calls: February 1 (refused, RPC), March 2 of 3, April 0 of 1 (busy)
    assert rpc.values[org.anna] == [D("100.0"), D("66.7"), D("0.0")]
    accounts = trend(database.ctx, "accounts_worked", periods, team_id=org.team)
    assert accounts.values[None] == [1, 4, 1]  # distinct over the team, not 3 + 2
    assert collected.names[org.anna] == "Anna Rossi"


def test_weeks_and_unknown_kpi(database, org, make_account):
    build_more(database, org, make_account)
    weeks = last_n(Period.containing(PeriodKind.WEEK, date(2026, 3, 17)), 2)  # 9-15 and 16-22 March
    jan = trend(database.ctx, "contact_attempts", weeks).values[org.jan]
    assert jan == [2, 2]  # the RPC and a no-answer on the 15th (a Sunday); no-answers on the 16th and 17th
    with pytest.raises(KeyError):
        trend(database.ctx, "name", weeks)
