"""Staff anomalies: each detector fires on a small department built for it, stays quiet on a near miss,
and its sentence carries the figures. Both databases."""

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from types import SimpleNamespace

import pytest

from collectdesk.domain.enums import Channel, Direction, Outcome, PromiseStatus, StaffRole
from collectdesk.services.accounts import reassign_accounts
from collectdesk.services.department_settings import set_setting
from collectdesk.services.scorecards import scorecard
from collectdesk.services.staff_anomalies import (
    COLLECTED_DROP,
    FOREIGN_PAYMENTS,
    HIGH,
    KEPT_BELOW_TEAM,
    KEPT_DROP,
    LATE_PROMISES_BROKEN,
    RPC_BELOW_TEAM,
    SHORT_PROMISE_CALLS,
    anomaly_sentence,
    find_anomalies,
    previous_periods,
)
from collectdesk.store.models import Account, Activity, Payment, Promise, StaffMember

START, END = date(2026, 10, 1), date(2026, 10, 31)
AFTER = date(2026, 11, 20)  # "today": October is over
D = Decimal


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


@pytest.fixture
def team(database, org, make_account):
    """Anna and Jan (org) plus Carla, Dario, Elena in the same team; one account each."""
    with database.ctx.transaction() as s:
        extra = [StaffMember(username=u, full_name=n, role=StaffRole.COLLECTOR, team_id=org.team,
                             branch_id=org.branch) for u, n in (("carla", "Carla Conti"), ("dario", "Dario Esposito"),
                                                                ("elena", "Elena Ferri"))]
        s.add_all(extra)
        s.flush()
        people = dict(anna=org.anna, jan=org.jan, carla=extra[0].id, dario=extra[1].id, elena=extra[2].id)
    accounts = {who: make_account(collector=sid) for who, sid in people.items()}
    with database.ctx.reading() as s:
        debtors = {a: s.get(Account, a).debtor_id for a in accounts.values()}
    return SimpleNamespace(people=people, account=accounts, debtor=debtors, ctx=database.ctx)


def promises(t, who, kept, broken, due, *, promised=None, partial=0):
    account = t.account[who]
    with t.ctx.transaction() as s:
        for status, n in ((PromiseStatus.KEPT, kept), (PromiseStatus.BROKEN, broken), (PromiseStatus.PARTIAL, partial)):
            for i in range(n):
                s.add(Promise(account_id=account, collector_id=t.people[who], amount=D("50.00"), currency="EUR",
                              promised_at=promised or utc(due.year, due.month, 1, 9) - timedelta(days=10),
                              due_date=due, status=status))


def calls(t, who, total, rpc, day, *, outcome=Outcome.RIGHT_PARTY_CONTACT, duration=120):
    account = t.account[who]
    with t.ctx.transaction() as s:
        for i in range(total):
            s.add(Activity(account_id=account, debtor_id=t.debtor[account], collector_id=t.people[who],
                           channel=Channel.CALL, direction=Direction.OUTBOUND,
                           outcome=outcome if i < rpc else Outcome.NO_ANSWER, occurred_at=day + timedelta(minutes=i),
                           duration_s=duration))


def of_kind(found, kind):
    return [a for a in found if a.kind == kind]


def test_previous_periods_are_calendar_months_or_equal_day_spans():
    assert previous_periods(START, END, 3) == [(date(2026, 9, 1), date(2026, 9, 30)),
                                               (date(2026, 8, 1), date(2026, 8, 31)),
                                               (date(2026, 7, 1), date(2026, 7, 31))]
    assert previous_periods(date(2026, 10, 5), date(2026, 10, 9), 1) == [(date(2026, 9, 30), date(2026, 10, 4))]


def test_kept_rate_far_below_the_team(team):
    due = date(2026, 10, 15)
    for who, kept in (("jan", 14), ("carla", 15), ("dario", 13), ("elena", 14)):
        promises(team, who, kept, 20 - kept, due)  # 70, 75, 65, 70 %
    promises(team, "anna", 4, 16, due)  # 20 %
    found = find_anomalies(team.ctx, START, END, today=AFTER)
    below = of_kind(found, KEPT_BELOW_TEAM)
    assert [a.staff_id for a in below] == [team.people["anna"]]
    a = below[0]
    card = {r.staff_id: r for r in scorecard(team.ctx, START, END).rows}
    assert a.figures["value"] == card[team.people["anna"]].kept_rate_count == D("20.0")
    # the scale is the person's own sampling noise here: sqrt(70 x 30 / 20) = 10.2 points > sd 4.1
    assert a.figures["team_mean"] == D("70.0") and a.figures["team_sd"] == D("4.1") and a.figures["scale"] == D("10.2")
    assert (a.figures["numerator"], a.figures["denominator"]) == (4, 20)
    assert a.severity == HIGH and a.evidence_kpi == "kept_rate_count"
    text = anomaly_sentence(a)
    assert "20.0%" in text and "70.0%" in text and "4.9 standard deviations" in text and "4 of 20" in text


def test_kept_rate_a_little_below_the_team_is_not_flagged(team):
    due = date(2026, 10, 15)
    for who, kept in (("jan", 14), ("carla", 15), ("dario", 13), ("elena", 14)):
        promises(team, who, kept, 20 - kept, due)
    promises(team, "anna", 10, 6, due)  # 62.5 %: 7.5 points below, the threshold is 2 x 4.1
    promises(team, "anna", 0, 0, due, partial=0)
    assert of_kind(find_anomalies(team.ctx, START, END, today=AFTER), KEPT_BELOW_TEAM) == []


def test_rpc_rate_below_team_uses_the_department_settings(team):
    day = utc(2026, 10, 7, 9)
    for who, rpc in (("jan", 6), ("carla", 5), ("dario", 6), ("elena", 7)):
        calls(team, who, 20, rpc, day)  # 30, 25, 30, 35 %
    calls(team, "anna", 20, 1, day)  # 5 %
    # by default an RPC rate needs 50 outbound calls: 20 is too few to judge anyone
    assert of_kind(find_anomalies(team.ctx, START, END, today=AFTER), RPC_BELOW_TEAM) == []
    set_setting(team.ctx, "anomalies.min_calls", 20)
    found = of_kind(find_anomalies(team.ctx, START, END, today=AFTER), RPC_BELOW_TEAM)
    assert [a.staff_id for a in found] == [team.people["anna"]]
    assert found[0].figures["value"] == D("5.0") and found[0].figures["team_mean"] == D("30.0")
    assert "5.0%" in anomaly_sentence(found[0]) and "1 of 20 outbound calls" in anomaly_sentence(found[0])
    # 25 points below a team with sd 4.1: more than 2 sd, but not more than 7
    set_setting(team.ctx, "anomalies.sigma", "7")
    assert of_kind(find_anomalies(team.ctx, START, END, today=AFTER), RPC_BELOW_TEAM) == []


def test_a_gap_within_the_noise_of_a_small_sample_is_not_flagged(team):
    day = utc(2026, 10, 7, 9)
    for who, rpc in (("jan", 29), ("carla", 30), ("dario", 31), ("elena", 30)):
        calls(team, who, 60, rpc, day)  # a very even team: 48.3 to 51.7 %
    calls(team, "anna", 60, 24, day)  # 40 %: 10 points below, 6 sd of the others, but 60 calls are few
    assert of_kind(find_anomalies(team.ctx, START, END, today=AFTER), RPC_BELOW_TEAM) == []
    calls(team, "anna", 240, 60, day + timedelta(days=1))  # 84 of 300 = 28 %: now it is not chance
    found = of_kind(find_anomalies(team.ctx, START, END, today=AFTER), RPC_BELOW_TEAM)
    assert [(a.staff_id, a.figures["value"]) for a in found] == [(team.people["anna"], D("28.0"))]


def test_lumpy_money_and_leavers_are_not_drops(team):
    with team.ctx.transaction() as s:
        for who, month, amount in (("anna", 7, "0.01"), ("anna", 9, "3000.00"), ("anna", 10, "200.00"),
                                   ("jan", 7, "900.00"), ("jan", 8, "900.00"), ("jan", 9, "900.00"),
                                   ("jan", 10, "100.00")):
            s.add(Payment(account_id=team.account[who], collector_id=team.people[who], amount=D(amount),
                          currency="EUR", paid_on=date(2026, month, 12), posted_at=utc(2026, month, 12, 15)))
        s.get(StaffMember, team.people["jan"]).left_on = date(2026, 10, 15)  # Jan left mid-October
    # Anna: 200 is far below her average (1,000) but not below August's nothing
    assert of_kind(find_anomalies(team.ctx, START, END, today=AFTER), COLLECTED_DROP) == []


def test_drop_against_own_history(team):
    for month in (7, 8, 9):
        promises(team, "anna", 16, 4, date(2026, month, 10))  # 80 %
        promises(team, "jan", 16, 4, date(2026, month, 10))
    promises(team, "anna", 8, 12, date(2026, 10, 10))  # 40 %: 40 points down
    # Jan: 65 %, 15 points down, but 20 promises at 80 % vary by 8.9 points: 2 x 8.9 > 15, chance
    promises(team, "jan", 13, 7, date(2026, 10, 10))
    with team.ctx.transaction() as s:
        for month, amount in ((7, "1000.00"), (8, "1200.00"), (9, "800.00"), (10, "300.00")):
            s.add(Payment(account_id=team.account["anna"], collector_id=team.people["anna"], amount=D(amount),
                          currency="EUR", paid_on=date(2026, month, 12), posted_at=utc(2026, month, 12, 15)))
    found = find_anomalies(team.ctx, START, END, today=AFTER)
    drops = of_kind(found, KEPT_DROP)
    assert [a.staff_id for a in drops] == [team.people["anna"]]
    assert drops[0].figures["baseline"] == D("80.0") and drops[0].figures["value"] == D("40.0")
    assert "40.0%" in anomaly_sentence(drops[0]) and "80.0%" in anomaly_sentence(drops[0])
    money = of_kind(found, COLLECTED_DROP)
    assert [(a.staff_id, a.figures["currency"], a.figures["value"], a.figures["baseline"], a.figures["drop_pct"])
            for a in money] == [(team.people["anna"], "EUR", D("300.00"), D("1000.00"), D("70.0"))]
    assert "300.00\u00a0EUR" in anomaly_sentence(money[0]) and "1,000.00\u00a0EUR" in anomaly_sentence(money[0])
    # while October is not over, its money is not compared (the rates still are)
    during = find_anomalies(team.ctx, START, END, today=date(2026, 10, 20))
    assert of_kind(during, COLLECTED_DROP) == [] and len(of_kind(during, KEPT_DROP)) == 1


def test_promises_just_before_period_end_that_broke(team):
    late = utc(2026, 10, 30, 16)
    promises(team, "anna", 1, 6, date(2026, 11, 5), promised=late)  # 6 of 7 broke
    promises(team, "jan", 1, 4, date(2026, 11, 5), promised=late)  # only 4: below the minimum of 5
    promises(team, "carla", 0, 10, date(2026, 11, 5), promised=utc(2026, 10, 20, 9))  # not at period end
    found = of_kind(find_anomalies(team.ctx, START, END, today=AFTER), LATE_PROMISES_BROKEN)
    assert [a.staff_id for a in found] == [team.people["anna"]]
    f = found[0].figures
    assert (f["count"], f["fell_due"], f["share"], f["days"]) == (6, 7, D("85.7"), 3)
    assert f["examples"] == [str(team.account["anna"])]
    text = anomaly_sentence(found[0])  # "day(s)" until the English plural forms are compiled
    assert text.startswith("6 of 7 promises recorded in the last 3 day") and text.endswith("broke (85.7%).")


def test_short_calls_with_a_promise(team):
    day = utc(2026, 10, 14, 10)
    calls(team, "anna", 4, 4, day, outcome=Outcome.PROMISE_TO_PAY, duration=25)
    calls(team, "anna", 4, 4, day + timedelta(hours=2), outcome=Outcome.PROMISE_TO_PAY, duration=400)
    calls(team, "jan", 2, 2, day, outcome=Outcome.PROMISE_TO_PAY, duration=25)  # 2: below the minimum 3
    calls(team, "jan", 8, 8, day + timedelta(hours=2), outcome=Outcome.PROMISE_TO_PAY, duration=300)
    calls(team, "carla", 5, 5, day, outcome=Outcome.PROMISE_TO_PAY, duration=60)  # 60 s is not under 60 s
    found = of_kind(find_anomalies(team.ctx, START, END, today=AFTER), SHORT_PROMISE_CALLS)
    assert [a.staff_id for a in found] == [team.people["anna"]]
    f = found[0].figures
    assert (f["count"], f["promise_calls"], f["share"]) == (4, 8, D("50.0"))
    assert len(f["examples"]) == 4
    assert anomaly_sentence(found[0]) == ("4 calls ending in a promise to pay lasted less than 60 seconds "
                                          "(50.0% of the calls with a promise).")


def test_payments_on_accounts_assigned_to_someone_else_at_the_time(team, make_account):
    anna, jan = team.people["anna"], team.people["jan"]
    own, jans, carlas = team.account["anna"], team.account["jan"], team.account["carla"]
    annas_then = make_account(collector=anna)
    with team.ctx.transaction() as s:
        def pay(who, account, amount, day, cur="EUR"):
            s.add(Payment(account_id=account, collector_id=who, amount=D(amount), currency=cur,
                          paid_on=date(2026, 10, day), posted_at=utc(2026, 10, day, 12)))
        pay(anna, own, "10.00", 9)
        pay(anna, jans, "100.00", 10)  # Jan's account all along: foreign
        pay(anna, jans, "50.00", 10, "PLN")
        pay(anna, carlas, "70.00", 11)  # Carla's then, Anna's now (below): foreign all the same
        pay(anna, annas_then, "30.00", 12)  # Anna's then, Jan's now (below): not foreign
        pay(jan, jans, "20.00", 13)
        pay(jan, carlas, "9.00", 14)  # Carla's then: foreign for Jan too
    # the reassignments come after the October postings (the audit trail dates them today)
    assert datetime.now(timezone.utc) > utc(2026, 10, 31)
    reassign_accounts(team.ctx, [carlas], anna)
    reassign_accounts(team.ctx, [annas_then], jan)
    found = of_kind(find_anomalies(team.ctx, START, END, today=AFTER), FOREIGN_PAYMENTS)
    by_person = {a.staff_id: a.figures for a in found}
    assert set(by_person) == {anna, jan}
    assert by_person[anna]["count"] == 3
    assert by_person[anna]["amounts"] == {"EUR": D("170.00"), "PLN": D("50.00")}
    assert by_person[anna]["examples"] == [str(jans), str(carlas)]
    assert by_person[jan]["count"] == 1 and by_person[jan]["examples"] == [str(carlas)]
    text = anomaly_sentence(next(a for a in found if a.staff_id == anna))
    assert text.startswith("3 payment") and text.endswith(
        " (170.00\u00a0EUR, 50.00\u00a0PLN) recorded on accounts assigned to someone else at the time.")


def test_without_a_later_reassignment_the_current_collector_counts(team):
    anna = team.people["anna"]
    with team.ctx.transaction() as s:
        s.add(Payment(account_id=team.account["jan"], collector_id=anna, amount=D("40.00"), currency="EUR",
                      paid_on=date(2026, 10, 3), posted_at=utc(2026, 10, 3, 12)))
        s.add(Payment(account_id=team.account["anna"], collector_id=anna, amount=D("40.00"), currency="EUR",
                      paid_on=date(2026, 10, 3), posted_at=utc(2026, 10, 3, 12)))
        s.add(Payment(account_id=team.account["jan"], collector_id=anna, amount=D("40.00"), currency="EUR",
                      paid_on=date(2026, 11, 3), posted_at=utc(2026, 11, 3, 12)))  # November: not in October
    found = of_kind(find_anomalies(team.ctx, START, END, today=AFTER), FOREIGN_PAYMENTS)
    assert [(a.staff_id, a.figures["count"]) for a in found] == [(anna, 1)]


def test_sentence_numbers_follow_the_language(team):
    due = date(2026, 10, 15)
    for who, kept in (("jan", 14), ("carla", 15), ("dario", 13), ("elena", 14)):
        promises(team, who, kept, 20 - kept, due)
    promises(team, "anna", 4, 16, due)
    a = of_kind(find_anomalies(team.ctx, START, END, today=AFTER), KEPT_BELOW_TEAM)[0]
    assert "20,0%" in anomaly_sentence(a, "de") and "70,0%" in anomaly_sentence(a, "de")


def test_a_quiet_department_has_no_anomalies(team):
    due = date(2026, 10, 15)
    for who in team.people:
        promises(team, who, 15, 5, due)
        calls(team, who, 60, 20, utc(2026, 10, 8, 9))
    assert find_anomalies(team.ctx, START, END, today=AFTER) == []
