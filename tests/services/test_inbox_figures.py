"""Inbox complaint figures, hand-counted; the inbox, the scorecards and the CLI agree per collector."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from decimal import Decimal

import pytest

from collectdesk.domain.enums import Channel, Direction, FeedbackKind, Outcome
from collectdesk.services.activities import log_activity
from collectdesk.services.inbox.entries import CallInput, LetterInput, record_call, record_letter
from collectdesk.services.inbox.figures import inbox_figures
from collectdesk.services.inbox.items import InboxFilter, count_items
from collectdesk.services.scorecards import scorecard
from collectdesk.store.models import FeedbackItem

MARCH = (date(2026, 3, 1), date(2026, 3, 31))
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=timezone.utc)


def at(day: int, month: int = 3) -> datetime:
    return datetime(2026, month, day, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def march(database, org, make_account):
    a1, a2, a3 = make_account(), make_account(), make_account(collector=org.jan)
    call, rpc, noans = Channel.CALL, Outcome.RIGHT_PARTY_CONTACT, Outcome.NO_ANSWER
    for account, outcome, day in ((a1, rpc, 2), (a1, rpc, 3), (a2, rpc, 4), (a2, noans, 5),
                                  (a3, rpc, 2), (a3, rpc, 3), (a3, rpc, 4), (a3, rpc, 5)):
        log_activity(database.ctx, account, channel=call, direction=Direction.OUTBOUND, outcome=outcome,
                     occurred_at=at(day), check_compliance=False)
    ctx = database.ctx
    ids = dict(
        tone_anna=record_letter(ctx, LetterInput(received_at=at(2), sender_name="A", subject="rude", topic="tone",
                                                 account_id=a1, satisfaction=1)),
        freq_anna=record_call(ctx, CallInput(called_at=at(3), caller="B", number="", summary="too many calls",
                                             topic="contact_frequency", account_id=a2, satisfaction=2)),
        tone_jan=record_letter(ctx, LetterInput(received_at=at(4), sender_name="C", subject="rude", topic="tone",
                                                account_id=a3)),
        unlinked=record_letter(ctx, LetterInput(received_at=at(5), sender_name="D", subject="who?")),
        february=record_letter(ctx, LetterInput(received_at=at(2, 2), sender_name="E", subject="old",
                                                account_id=a1, satisfaction=4)),
        praise=record_letter(ctx, LetterInput(received_at=at(6), sender_name="F", subject="thanks",
                                              kind=FeedbackKind.COMPLIMENT, account_id=a3, satisfaction=5)),
    )
    with ctx.transaction() as s:  # acknowledged and resolved at known moments
        s.get(FeedbackItem, ids["tone_anna"]).acknowledged_at = at(4)
        s.get(FeedbackItem, ids["tone_anna"]).resolved_at = at(12)
        s.get(FeedbackItem, ids["tone_anna"]).status = "resolved"
        s.get(FeedbackItem, ids["tone_jan"]).acknowledged_at = at(5)
    return ids


def test_hand_counted_figures(database, org, march):
    fig = inbox_figures(database.ctx, *MARCH, now=NOW)
    anna, jan = fig.for_collector(org.anna), fig.for_collector(org.jan)
    # anna: 2 complaints, 3 right-party contacts on 2 accounts; jan: 1 complaint, 4 contacts on 1 account
    assert (anna.complaints, anna.contacts, anna.accounts) == (2, 3, 2)
    assert (anna.per_1000_contacts, anna.per_1000_accounts) == (Decimal("666.7"), Decimal("1000.0"))
    assert (jan.complaints, jan.contacts, jan.accounts) == (1, 4, 1)
    assert (jan.per_1000_contacts, jan.per_1000_accounts) == (Decimal("250.0"), Decimal("1000.0"))
    [team] = fig.by_team
    assert (team.key, team.complaints, team.contacts, team.accounts) == (org.team, 3, 7, 3)
    # the department also counts the complaint nobody is linked to
    assert (fig.complaints, fig.contacts, fig.accounts) == (4, 7, 3)
    assert (fig.per_1000_contacts, fig.per_1000_accounts) == (Decimal("571.4"), Decimal("1333.3"))
    assert {g.key: g.complaints for g in fig.by_topic} == {"tone": 2, "contact_frequency": 1, None: 1}
    assert {g.key: g.complaints for g in fig.by_channel} == {"letter": 3, "call": 1}
    # satisfaction in March: 1, 2 and 5 (February's 4 only in the trend)
    assert (fig.satisfaction_average, fig.satisfaction_count) == (Decimal("2.67"), 3)
    trend = {m: (avg, n) for m, avg, n in fig.satisfaction_trend}
    assert len(fig.satisfaction_trend) == 12 and fig.satisfaction_trend[-1][0] == date(2026, 3, 1)
    assert trend[date(2026, 2, 1)] == (Decimal("4.00"), 1) and trend[date(2026, 3, 1)] == (Decimal("2.67"), 3)
    assert trend[date(2026, 1, 1)] == (None, 0)
    # acknowledged after 2 and 1 days; one resolved after 10 days
    assert (fig.ack_median_days, fig.ack_mean_days, fig.acknowledged) == (Decimal("1.5"), Decimal("1.5"), 2)
    assert (fig.resolve_median_days, fig.resolve_mean_days, fig.resolved) == (Decimal("10.0"), Decimal("10.0"), 1)
    # on 20 March, unacknowledged past their 5 working days: the call, the unlinked letter, February's
    assert (fig.overdue, fig.overdue_all, fig.overdue_complaints) == (3, 3, 3)
    assert fig.compliments == 1
    team_only = inbox_figures(database.ctx, *MARCH, team_id=org.team, now=NOW)
    assert team_only.complaints == 3 and team_only.overdue == 2


def test_inbox_scorecards_and_cli_agree_per_collector(database, org, march, capsys):
    from collectdesk.cli import main

    fig = inbox_figures(database.ctx, *MARCH, now=NOW)
    card = scorecard(database.ctx, *MARCH)
    url = database.engine.url.render_as_string(hide_password=False)
    assert main(["scorecards", "--period", "2026-03", "--db", url, "--format", "json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    cli = {r["staff_id"]: r for r in printed["staff"]}
    for staff in (org.anna, org.jan):
        mine = fig.for_collector(staff)
        theirs = next(r for r in card.rows if r.staff_id == staff)
        listed = count_items(database.ctx, InboxFilter(kinds=(FeedbackKind.COMPLAINT,), staff_id=staff,
                                                       received_from=MARCH[0], received_to=MARCH[1]))
        assert mine.complaints == theirs.complaints == listed == int(cli[str(staff)]["complaints"])
        assert mine.per_1000_contacts == theirs.complaints_per_1000
        assert Decimal(str(cli[str(staff)]["complaints_per_1000"])) == mine.per_1000_contacts


def test_empty_period(database, org):
    fig = inbox_figures(database.ctx, date(2026, 1, 1), date(2026, 1, 31), now=NOW)
    assert fig.complaints == 0 and fig.per_1000_contacts is None and fig.satisfaction_average is None
    assert [g.complaints for g in fig.by_collector] == [0, 0] and fig.ack_median_days is None
    with pytest.raises(ValueError):
        inbox_figures(database.ctx, date(2026, 2, 1), date(2026, 1, 1))


def test_dashboard_counts_overdue_complaints_as_the_inbox_does(database, org):
    """A complaint past its acknowledgement deadline, unacknowledged, is overdue on both."""
    from datetime import date, datetime, timedelta, timezone

    from collectdesk.domain.enums import FeedbackKind, FeedbackSource, FeedbackStatus
    from collectdesk.services.dashboard import dashboard_figures
    from collectdesk.services.inbox.items import InboxFilter, count_items
    from collectdesk.store.models import FeedbackItem

    now = datetime.now(timezone.utc)
    with database.ctx.transaction() as s:
        s.add(FeedbackItem(source=FeedbackSource.LETTER, kind=FeedbackKind.COMPLAINT, status=FeedbackStatus.NEW,
                           subject="Late", received_at=now - timedelta(days=10), ack_due_by=now - timedelta(days=3),
                           due_by=now + timedelta(days=40)))
    dash = dashboard_figures(database.ctx, date.today(), timezone.utc, now=now)
    inbox = count_items(database.ctx, InboxFilter(kinds=(FeedbackKind.COMPLAINT,), only_overdue=True), now=now)
    assert dash.complaints_overdue == inbox == 1
