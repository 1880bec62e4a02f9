"""The customer feedback report: its figures equal the inbox's own figures and direct counts of the items."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select
from test_builders_common import MARCH, all_text, column_total, fact, make_report, section, table
from test_builders_common import warsaw  # noqa: F401  (fixture)

from collectdesk.domain.enums import Channel, Direction, FeedbackKind, FeedbackSource, FeedbackStatus, Outcome
from collectdesk.reports.model import ReportKind
from collectdesk.services.activities import log_activity
from collectdesk.services.inbox.entries import CallInput, LetterInput, record_call, record_letter
from collectdesk.services.inbox.figures import inbox_figures
from collectdesk.store.models import Account, FeedbackItem

FEEDBACK = ReportKind.FEEDBACK


def at(day: int, month: int = 3) -> datetime:
    return datetime(2026, month, day, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def inbox(database, org, make_account, warsaw):
    ctx = database.ctx
    a1, a2, a3 = make_account(), make_account(), make_account(collector=org.jan)
    a4 = make_account(collector=warsaw.piotr, currency="PLN", name="Łucja Żak", country="PL")
    with ctx.transaction() as s:
        account = s.get(Account, a4)
        account.team_id, account.branch_id = warsaw.team, warsaw.branch
    for account, days, month in ((a1, (2, 3), 3), (a2, (4,), 3), (a3, (2, 3, 4, 5), 3), (a4, (2, 3), 3),
                                 (a1, (10,), 2), (a3, (11,), 2)):
        for day in days:
            log_activity(ctx, account, channel=Channel.CALL, direction=Direction.OUTBOUND,
                         outcome=Outcome.RIGHT_PARTY_CONTACT, occurred_at=at(day, month), check_compliance=False)
    ids = dict(
        tone_anna=record_letter(ctx, LetterInput(received_at=at(2), sender_name="A", subject="rude", topic="tone",
                                                 account_id=a1, satisfaction=1)),
        freq_anna=record_call(ctx, CallInput(called_at=at(3), caller="B", number="", summary="too many calls",
                                             topic="contact_frequency", account_id=a2, satisfaction=2)),
        tone_jan=record_letter(ctx, LetterInput(received_at=at(4), sender_name="C", subject="rude", topic="tone",
                                                account_id=a3)),
        unlinked=record_letter(ctx, LetterInput(received_at=at(5), sender_name="D", subject="who?")),
        piotr=record_letter(ctx, LetterInput(received_at=at(6), sender_name="E", subject="zła kwota",
                                             topic="wrong_amount", account_id=a4)),
        february=record_letter(ctx, LetterInput(received_at=at(2, 2), sender_name="F", subject="old", topic="tone",
                                                account_id=a1, satisfaction=4)),
        praise=record_letter(ctx, LetterInput(received_at=at(6), sender_name="G", subject="thanks",
                                              kind=FeedbackKind.COMPLIMENT, account_id=a3, satisfaction=5)),
    )
    with ctx.transaction() as s:
        s.get(FeedbackItem, ids["tone_anna"]).acknowledged_at = at(4)        # in time
        s.get(FeedbackItem, ids["tone_anna"]).resolved_at = at(12)           # in time
        s.get(FeedbackItem, ids["tone_anna"]).status = FeedbackStatus.RESOLVED
        s.get(FeedbackItem, ids["tone_jan"]).acknowledged_at = at(20)        # late
        agency = dict(source=FeedbackSource.AGENCY, agency="Barometr Opinii", subject="")
        s.add_all([
            FeedbackItem(**agency, kind=FeedbackKind.SURVEY, status=FeedbackStatus.CLOSED, staff_id=org.anna,
                         satisfaction=4, nps=9, received_at=at(10)),
            FeedbackItem(**agency, kind=FeedbackKind.SURVEY, status=FeedbackStatus.CLOSED, staff_id=org.jan,
                         satisfaction=2, nps=3, received_at=at(11)),
            FeedbackItem(**agency, kind=FeedbackKind.SURVEY, status=FeedbackStatus.CLOSED, staff_id=org.jan,
                         satisfaction=5, nps=10, received_at=at(12)),
            FeedbackItem(**agency, kind=FeedbackKind.COMPLAINT, status=FeedbackStatus.NEW, staff_id=org.anna,
                         topic="other", received_at=at(13), due_by=at(13) + timedelta(days=30)),
            FeedbackItem(**agency, kind=FeedbackKind.SURVEY, status=FeedbackStatus.CLOSED, staff_id=org.anna,
                         satisfaction=3, nps=7, received_at=at(14, 2)),
        ])
    return ids


def test_complaints_equal_the_inbox_figures_and_a_direct_count(database, org, warsaw, inbox):
    report = make_report(database, FEEDBACK)
    fig = inbox_figures(database.ctx, *MARCH)
    with database.ctx.reading() as s:
        direct = s.scalars(select(FeedbackItem.received_at).where(FeedbackItem.kind == FeedbackKind.COMPLAINT)).all()
    in_march = [r for r in direct if r.month == 3]
    assert fact(report, "complaints").value == fig.complaints == len(in_march) == 6
    assert fact(report, "complaints").previous == 1
    assert fact(report, "complaints_per_1000_contacts").value == fig.per_1000_contacts

    topics = {r["name"]: r["complaints"] for r in table(report, "complaints_by_topic").rows}
    assert topics["Collector's tone"] == 2 and topics["Contact frequency"] == 1 and topics["Wrong amount"] == 1
    assert column_total(table(report, "complaints_by_topic"), "complaints") == 6
    channels = {r["name"]: r["complaints"] for r in table(report, "complaints_by_channel").rows}
    assert channels == {"Letter": 4, "Phone call": 1, "Reporting agency": 1}

    collectors = table(report, "complaints_by_collector")
    by_name = {r["name"]: r for r in collectors.rows}
    assert by_name["Anna Rossi"]["complaints"] == 3 and by_name["Anna Rossi"]["previous"] == 1
    assert by_name["Anna Rossi"]["per_1000"] == fig.for_collector(org.anna).per_1000_contacts
    assert by_name["Piotr Wójcik"]["complaints"] == 1
    assert column_total(collectors, "complaints") == 6          # the unlinked one has its own line
    assert any("rose" in s or "worsened" in s for s in section(report, "complaints").sentences)


def test_satisfaction_agencies_and_service_levels(database, org, warsaw, inbox):
    report = make_report(database, FEEDBACK)
    fig = inbox_figures(database.ctx, *MARCH)
    # answers in March: 1, 2 (complaints), 5 (compliment), 4, 2, 5 (agency surveys)
    assert fact(report, "satisfaction").value == fig.satisfaction_average == Decimal("3.17")
    assert fact(report, "satisfaction_answers").value == 6
    trend = section(report, "satisfaction").series[0]
    assert len(trend.categories) == 12 and trend.categories[-1] == "Mar 2026"
    assert trend.lines[0][1][-1] == Decimal("3.17") and trend.lines[0][1][-2] == Decimal("3.50")  # February: 4, 3

    assert fact(report, "agency_answers").value == 4 and fact(report, "agency_answers").previous == 1
    assert fact(report, "agency_satisfaction").value == Decimal("3.67")   # (4 + 2 + 5) / 3
    assert fact(report, "agency_nps").value == Decimal("33.3")            # 2 promoters, 1 detractor of 3
    assert fact(report, "agency_complaints").value == 1

    with database.ctx.reading() as s:
        items = s.scalars(select(FeedbackItem).where(FeedbackItem.kind.in_(["complaint", "dispute"]))).all()
    now = datetime.now(timezone.utc)
    march = [i for i in items if i.received_at.month == 3]
    judged = [i for i in march if i.ack_due_by and (i.acknowledged_at or i.ack_due_by < now)]
    in_time = [i for i in judged if i.acknowledged_at and i.acknowledged_at <= i.ack_due_by]
    assert (len(judged), len(in_time)) == (5, 1)
    assert fact(report, "acknowledged_in_time").value == Decimal("0.2000")
    levels = table(report, "service_levels")
    assert column_total(levels, "received") == 6 and column_total(levels, "ack_on_time") == 1
    assert fact(report, "overdue_now").value == fig.overdue == column_total(levels, "overdue")


def test_notable_cases_list_the_oldest_open_and_the_agency_complaints(database, org, warsaw, inbox):
    rows = table(make_report(database, FEEDBACK), "notable_cases").rows
    assert rows[0]["subject"] == "old" and rows[0]["received"] == date(2026, 2, 2)
    assert [r["received"] for r in rows if r["why"] == "Oldest open"] == sorted(
        r["received"] for r in rows if r["why"] == "Oldest open")
    assert sum(1 for r in rows if r["subject"] == "rude") == 1      # Anna's was resolved: not open
    assert all(r["days_open"] > 200 for r in rows)
    assert [r["why"] for r in rows if r["why"] != "Oldest open"] == ["Through an agency: Barometr Opinii"]


def test_a_branch_sees_only_its_collectors(database, org, warsaw, inbox):
    report = make_report(database, FEEDBACK, scope=f"branch:{warsaw.branch}")
    assert report.subtitle == "March 2026 \u00b7 Warszawa Śródmieście"
    assert fact(report, "complaints").value == 1
    assert [r["name"] for r in table(report, "complaints_by_collector").rows] == ["Piotr Wójcik"]
    assert "agencies" not in [s.key for s in report.sections]
    assert any("Agency data" in note for note in report.notes)
    milan = make_report(database, FEEDBACK, scope=f"team:{org.team}")
    assert fact(milan, "complaints").value == 4                    # Anna 3 (one through the agency), Jan 1


def test_polish_report_formats(database, org, warsaw, inbox):
    report = make_report(database, FEEDBACK, language="pl")
    assert report.subtitle == "marzec 2026"
    text = all_text(report)
    assert "Ton windykatora" in text                                  # the UI's Polish topic label
    sentence = next(s for s in section(report, "satisfaction").sentences if "3,2" in s)
    assert "3.2" not in sentence and "luty 2026" in sentence          # decimal comma; compared with February
