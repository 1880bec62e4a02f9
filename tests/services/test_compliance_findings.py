"""Compliance findings as the supervisor reads them: listed newest first and filtered, counted per rule,
collector and team against the previous period (and equal to the scorecards' count), a trend per week or
month by severity, a finding explained from its rule and facts, reviewed with a note (a false positive
dismisses it), stale reviews refused, reopened. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from collectdesk.domain.enums import (Channel, Direction, FindingReview, FindingSeverity, FindingStatus, Outcome,
                                      StaffRole)
from collectdesk.domain.errors import StaleEditError, ValidationError
from collectdesk.domain.periods import Period, PeriodKind
from collectdesk.services.compliance import findings as fs
from collectdesk.services.context import ServiceContext
from collectdesk.services.scorecards import scorecard
from collectdesk.store.models import Activity, AuditEntry, ComplianceFinding, StaffMember, Team

MARCH = Period.containing(PeriodKind.MONTH, date(2026, 3, 1))


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def add_finding(database, *, collector, account_id=None, when, rule="IT.calling_hours", severity="warn",
                status=FindingStatus.OPEN, profile="IT_GARANTE_UNIREC", version="2026.1+INTERNAL.2026.1",
                facts=None, activity_id=None, related=()):
    with database.ctx.transaction() as s:
        f = ComplianceFinding(collector_id=collector, account_id=account_id, rule_code=rule, profile_code=profile,
                              profile_version=version, event_key=uuid.uuid4().hex, severity=FindingSeverity(severity),
                              status=status, found_at=when, activity_id=activity_id,
                              detail=json.dumps({"facts": facts or {}, "related": [str(r) for r in related]}))
        s.add(f)
        s.flush()
        return f.id


@pytest.fixture
def data(database, org, make_account):
    """Anna and Jan (team Recupero 1), Piotr (team 2); findings in March 2026 and February 2026."""
    with database.ctx.transaction() as s:
        team2 = Team(name="Windykacja 2", branch_id=org.branch)
        s.add(team2)
        s.flush()
        piotr = StaffMember(username="piotr", full_name="Piotr Nowak", role=StaffRole.COLLECTOR, team_id=team2.id,
                            branch_id=org.branch, language="pl")
        s.add(piotr)
        s.flush()
    acc = make_account(name="Mario Rossi")
    add = lambda **kw: add_finding(database, account_id=acc, **kw)  # noqa: E731
    ids = SimpleNamespace(account=acc, team2=team2.id, piotr=piotr.id)
    # March: anna 3 (2 hours, 1 daily cap block), jan 1 (hours), piotr 2 (daily cap; one dismissed)
    ids.a1 = add(collector=org.anna, when=utc(2026, 3, 2, 20, 30))
    ids.a2 = add(collector=org.anna, when=utc(2026, 3, 9, 20, 45))
    ids.a3 = add(collector=org.anna, when=utc(2026, 3, 31, 23, 30), rule="INT.calls_per_day", severity="block")
    ids.j1 = add(collector=org.jan, when=utc(2026, 3, 15, 6, 0))
    ids.p1 = add(collector=piotr.id, when=utc(2026, 3, 20, 9, 0), rule="INT.calls_per_day")
    ids.p2 = add(collector=piotr.id, when=utc(2026, 3, 21, 9, 0), rule="INT.calls_per_day",
                 status=FindingStatus.DISMISSED)
    # February: anna 1, jan 2; April 1 (after) and 31 Dec 2025 (long before)
    ids.f1 = add(collector=org.anna, when=utc(2026, 2, 27, 21, 0))
    ids.f2 = add(collector=org.jan, when=utc(2026, 2, 10, 7, 0))
    ids.f3 = add(collector=org.jan, when=utc(2026, 2, 28, 23, 59, 59), rule="INT.calls_per_day")
    ids.after = add(collector=org.anna, when=utc(2026, 4, 1, 0, 0))
    ids.old = add(collector=org.jan, when=utc(2025, 12, 31, 12, 0), severity="block")
    return ids


def test_listing_is_newest_first_filtered_and_paged(database, org, data):
    ctx = database.ctx
    rows = fs.list_findings(ctx, fs.FindingFilter(period=MARCH))
    assert [r.id for r in rows] == [data.a3, data.p2, data.p1, data.j1, data.a2, data.a1]
    assert fs.count_findings(ctx, fs.FindingFilter(period=MARCH)) == 6
    top = rows[0]
    assert (top.rule_name, top.collector, top.team, top.account_no, top.debtor) == (
        "Daily call limit per debtor", "Anna Rossi", "Recupero 1", rows[0].account_no, "Mario Rossi")
    assert top.severity is FindingSeverity.BLOCK and top.status is FindingStatus.OPEN

    page2 = fs.list_findings(ctx, fs.FindingFilter(period=MARCH), limit=4, offset=4)
    assert [r.id for r in page2] == [data.a2, data.a1]
    everything = fs.list_findings(ctx, fs.FindingFilter(), limit=100)
    for offset in range(0, 11):  # a page in the older half is read from the other end: the same rows
        assert fs.list_findings(ctx, fs.FindingFilter(), limit=3, offset=offset, total=11) == everything[offset:offset + 3]
    by_jan = fs.FindingFilter(period=MARCH, collector_id=org.jan)
    assert [r.id for r in fs.list_findings(ctx, by_jan)] == [data.j1]
    team2 = fs.FindingFilter(period=MARCH, team_id=data.team2)
    assert {r.id for r in fs.list_findings(ctx, team2)} == {data.p1, data.p2}
    assert fs.count_findings(ctx, fs.FindingFilter(period=MARCH, status=FindingStatus.OPEN)) == 5
    assert fs.count_findings(ctx, fs.FindingFilter(period=MARCH, severity=FindingSeverity.BLOCK)) == 1
    assert fs.count_findings(ctx, fs.FindingFilter(period=MARCH, rule_code="IT.calling_hours")) == 3
    assert fs.count_findings(ctx, fs.FindingFilter(profile_code="IT_GARANTE_UNIREC")) == 11
    assert fs.count_findings(ctx, fs.FindingFilter(profile_code="PL_BASE")) == 0

    german = fs.list_findings(ctx, fs.FindingFilter(period=MARCH, rule_code="INT.calls_per_day"), language="de")
    assert german[0].rule_name == "Tägliches Anruflimit pro Schuldner"
    found = fs.choices(ctx)
    assert found.rules == [("IT.calling_hours", "Contact hours (UNIREC code)"),
                           ("INT.calls_per_day", "Daily call limit per debtor")]


def test_counts_per_rule_collector_and_team_against_the_previous_period(database, org, data):
    ctx = database.ctx
    by_rule = {g.key: (g.label, g.count, g.previous) for g in fs.group_counts(ctx, fs.FindingFilter(period=MARCH),
                                                                              "rule")}
    assert by_rule == {"IT.calling_hours": ("Contact hours (UNIREC code)", 3, 2),
                       "INT.calls_per_day": ("Daily call limit per debtor", 3, 1)}
    by_collector = fs.group_counts(ctx, fs.FindingFilter(period=MARCH), "collector")
    assert [(g.label, g.count, g.previous, g.change) for g in by_collector] == [
        ("Anna Rossi", 3, 1, 2), ("Piotr Nowak", 2, 0, 2), ("Jan Kowalski", 1, 2, -1)]
    by_team = {g.label: (g.count, g.previous) for g in fs.group_counts(ctx, fs.FindingFilter(period=MARCH), "team")}
    assert by_team == {"Recupero 1": (4, 3), "Windykacja 2": (2, 0)}
    open_only = {g.label: g.count for g in fs.group_counts(
        ctx, fs.FindingFilter(period=MARCH, status=FindingStatus.OPEN), "team")}
    assert open_only == {"Recupero 1": 4, "Windykacja 2": 1}
    everything = fs.group_counts(ctx, fs.FindingFilter(), "collector")
    assert {g.label: (g.count, g.previous) for g in everything} == {
        "Anna Rossi": (5, None), "Jan Kowalski": (4, None), "Piotr Nowak": (2, None)}
    with pytest.raises(ValueError):
        fs.group_counts(ctx, fs.FindingFilter(), "branch")


def test_counts_equal_the_scorecards_count(database, org, data):
    ctx = database.ctx
    for period in (MARCH, MARCH.previous(), Period(PeriodKind.CUSTOM, date(2026, 2, 15), date(2026, 3, 10))):
        card = scorecard(ctx, period.start, period.end)
        mine = {g.key: g.count for g in fs.group_counts(ctx, fs.FindingFilter(period=period), "collector")}
        assert {r.staff_id: r.compliance_findings for r in card.rows if r.compliance_findings} == mine
        teams = {g.key: g.count for g in fs.group_counts(ctx, fs.FindingFilter(period=period), "team")}
        assert {tid: t.compliance_findings for tid, t in card.team_totals.items() if t.compliance_findings} == teams
        assert card.department.compliance_findings == fs.count_findings(ctx, fs.FindingFilter(period=period))
        for staff_id in (org.anna, org.jan, data.piotr):
            assert len(fs.findings_for_staff(ctx, staff_id, period)) == mine.get(staff_id, 0)


def test_trend_per_month_and_week_by_severity(database, org, data):
    ctx = database.ctx
    months = fs.trend(ctx, fs.FindingFilter(period=MARCH), kind=PeriodKind.MONTH, n=5)
    assert [(b.period.label(), b.block, b.warn) for b in months] == [
        ("2025-11", 0, 0), ("2025-12", 1, 0), ("2026-01", 0, 0), ("2026-02", 0, 3), ("2026-03", 1, 5)]
    weeks = fs.trend(ctx, fs.FindingFilter(collector_id=org.anna), kind=PeriodKind.WEEK, n=3, ending=date(2026, 3, 31))
    # ISO weeks 12 (16-22 March), 13 (23-29), 14 (30 March - 5 April: a3 on the 31st, "after" on 1 April)
    assert [(b.period.label(), b.total) for b in weeks] == [("2026-W12", 0), ("2026-W13", 0), ("2026-W14", 2)]
    with pytest.raises(ValueError):
        fs.trend(ctx, fs.FindingFilter(), kind=PeriodKind.QUARTER)


@pytest.fixture
def scanned(database, org, make_account):
    """Real activities through the real scan: Anna calls Mario at 22:15 in Rome (after the UNIREC hours),
    Jan calls Lucia four times in 30 minutes (the department's daily limit is three)."""
    from collectdesk.services.compliance.scan import scan

    mario, lucia = make_account(name="Mario Rossi"), make_account(name="Lucia Bruno")
    with database.ctx.transaction() as s:
        from collectdesk.store.models import Account

        def call(account_id, collector, when):
            a = Activity(account_id=account_id, debtor_id=s.get(Account, account_id).debtor_id,
                         collector_id=collector, channel=Channel.CALL, direction=Direction.OUTBOUND,
                         outcome=Outcome.NO_ANSWER, occurred_at=when, contact_value="+39 333 1234567")
            s.add(a)
            s.flush()
            return a.id

        late = call(mario, org.anna, utc(2026, 3, 2, 21, 15))
        fourth = [call(lucia, org.jan, utc(2026, 3, 12, 9, 10 * i)) for i in range(4)]
    result = scan(database.ctx, today=date(2026, 3, 31))
    assert result.new == 2
    with database.ctx.reading() as s:
        by_rule = {f.rule_code: f.id for f in s.scalars(select(ComplianceFinding))}
    return SimpleNamespace(hours=by_rule["IT.calling_hours"], cap=by_rule["INT.calls_per_day"], late=late,
                           calls=fourth, mario=mario, lucia=lucia)


def test_review_with_a_note_dismiss_a_false_positive_stale_and_reopen(database, org, scanned):
    ctx = ServiceContext(database.engine, "sara")
    row = fs.finding_detail(ctx, scanned.hours).row
    assert (row.status, row.collector) == (FindingStatus.OPEN, "Anna Rossi")
    with pytest.raises(ValidationError, match="Write a note"):
        fs.review(ctx, scanned.hours, FindingReview.COACHING, "   ", expected_version=row.version)
    version = fs.review(ctx, scanned.hours, FindingReview.COACHING, " Talked Anna through the calling hours. ",
                        expected_version=row.version)
    after = fs.finding_detail(ctx, scanned.hours).row
    assert (after.status, after.review, after.review_note, after.reviewed_by, after.version) == (
        FindingStatus.REVIEWED, FindingReview.COACHING, "Talked Anna through the calling hours.", "sara", version)
    assert after.reviewed_at is not None

    other = ServiceContext(database.engine, "marco")
    with pytest.raises(StaleEditError, match="sara"):  # marco still had the version before sara's review
        fs.review(other, scanned.hours, FindingReview.FALSE_POSITIVE, "consent on file",
                  expected_version=row.version)
    assert fs.finding_detail(ctx, scanned.hours).row.review is FindingReview.COACHING

    fs.review(other, scanned.hours, FindingReview.FALSE_POSITIVE, "Consent to evening calls on file.",
              expected_version=version)
    dismissed = fs.finding_detail(ctx, scanned.hours).row
    assert (dismissed.status, dismissed.reviewed_by) == (FindingStatus.DISMISSED, "marco")
    assert fs.count_findings(ctx, fs.FindingFilter(period=MARCH, status=FindingStatus.DISMISSED)) == 1
    for outcome in (FindingReview.ESCALATED, FindingReview.NOTED):
        v = fs.finding_detail(ctx, scanned.cap).row.version
        fs.review(ctx, scanned.cap, outcome, "seen", expected_version=v)
        assert fs.finding_detail(ctx, scanned.cap).row.status is FindingStatus.REVIEWED
    with pytest.raises(ValidationError, match="too long"):
        fs.review(ctx, scanned.cap, FindingReview.NOTED, "x" * (fs.MAX_NOTE + 1),
                  expected_version=fs.finding_detail(ctx, scanned.cap).row.version)

    fs.reopen(ctx, scanned.hours, expected_version=dismissed.version)
    again = fs.finding_detail(ctx, scanned.hours).row
    assert (again.status, again.review, again.review_note, again.reviewed_by) == (FindingStatus.OPEN, None, None,
                                                                                  None)
    with ctx.reading() as s:
        changes = s.execute(select(AuditEntry.actor, AuditEntry.field, AuditEntry.new_value).where(
            AuditEntry.entity == "compliance_finding", AuditEntry.entity_id == str(scanned.hours),
            AuditEntry.field == "status").order_by(AuditEntry.occurred_at)).all()
    assert [(c.actor, c.new_value) for c in changes] == [("sara", "reviewed"), ("marco", "dismissed"),
                                                          ("sara", "open")]


def test_a_finding_is_explained_from_its_rule_with_the_activities_in_local_time(database, org, scanned):
    ctx = database.ctx
    detail = fs.finding_detail(ctx, scanned.hours)
    assert detail.rule is not None and detail.rule.id == "IT.calling_hours"
    assert "10:15\u202fPM" in detail.explanation and "Europe/Rome" in detail.explanation  # English clock
    assert "22:15" in fs.finding_detail(ctx, scanned.hours, language="de").explanation
    assert "Contact hours (UNIREC code)" in detail.explanation and "not verified" in detail.explanation
    assert [(a.id, a.offending, a.local_at.strftime("%H:%M"), a.zone, a.collector) for a in detail.activities] == [
        (scanned.late, True, "22:15", "CET", "Anna Rossi")]
    assert (detail.row.debtor, detail.currency, detail.debtor_timezone) == ("Mario Rossi", "EUR", "Europe/Rome")

    cap = fs.finding_detail(ctx, scanned.cap)
    assert cap.rule.id == "INT.calls_per_day" and "number 4" in cap.explanation
    assert [a.id for a in cap.activities] == scanned.calls
    assert [a.offending for a in cap.activities] == [False, False, False, True]

    # the department drops its daily call limit: the finding stays, explained from what was stored
    from collectdesk.compliance.profile_loader import dump_layer, load_shipped
    from collectdesk.services.compliance.profiles import save_layer

    body = dump_layer(load_shipped()["INTERNAL"])
    body["rules"] = [r for r in body["rules"] if r["id"] != "INT.calls_per_day"]
    save_layer(ctx, body, expected_revision=None)
    gone = fs.finding_detail(ctx, scanned.cap)
    assert gone.rule is None and gone.row.rule_name == "INT.calls_per_day"
    assert "number 4" in gone.explanation and "INT.calls_per_day" in gone.explanation
    assert "no compliance profile has any more" in gone.explanation
    assert len(gone.activities) == 4
    blank = add_finding(database, collector=org.anna, account_id=scanned.mario, when=utc(2026, 3, 3),
                        rule="X.unknown")
    assert "X.unknown" in fs.finding_detail(ctx, blank).explanation


def test_drill_down_of_the_findings_figure_shows_the_explanation(database, org, make_account):
    from collectdesk.services.scorecard_drill import drill

    acc = make_account()
    facts = {"channel": "call", "direction": "outbound", "local_date": "2026-03-02", "local_time": "21:40",
             "weekday": "mon", "timezone": "Europe/Rome", "reason": "outside_hours",
             "windows": [["08:30", "21:00"]]}
    add_finding(database, collector=org.anna, account_id=acc, when=utc(2026, 3, 2, 20, 40), facts=facts)
    result = drill(database.ctx, "compliance_findings", MARCH.start, MARCH.end, staff_id=org.anna)
    assert result.total == 1
    row = result.rows[0]
    assert row.outcome_or_status == "Contact hours (UNIREC code)"
    assert row.detail.startswith("Call at 9:40\u202fPM on Monday") and "{" not in row.detail


def test_missing_finding_says_so(database):
    from collectdesk.domain.errors import NotFoundError

    with pytest.raises(NotFoundError):
        fs.finding_detail(database.ctx, uuid.uuid4())
    with pytest.raises(NotFoundError):
        fs.review(database.ctx, uuid.uuid4(), FindingReview.NOTED, "x", expected_version=1)
    assert fs.list_findings(database.ctx, fs.FindingFilter(period=MARCH)) == []
    assert [b.total for b in fs.trend(database.ctx, fs.FindingFilter(), n=2, ending=date(2026, 3, 1))] == [0, 0]
