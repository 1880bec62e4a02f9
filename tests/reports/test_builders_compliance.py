"""The compliance report: findings by rule, team and collector, trend, review status and anomalies, equal to
services/compliance/findings and services/staff_anomalies."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from test_builders_common import MARCH, column_total, fact, make_report, section, table
from test_builders_common import warsaw  # noqa: F401  (fixture)

from collectdesk.domain.enums import Channel, Direction, FindingSeverity, FindingStatus, Outcome
from collectdesk.domain.periods import Period, PeriodKind
from collectdesk.reports.model import ReportKind
from collectdesk.services import staff_anomalies
from collectdesk.services.activities import log_activity
from collectdesk.services.compliance.findings import FindingFilter, count_findings, group_counts
from collectdesk.services.compliance.scan import STATE_KEY
from collectdesk.services.department_settings import set_setting
from collectdesk.store.models import ComplianceFinding

COMPLIANCE = ReportKind.COMPLIANCE
IT, PL = ("IT_GARANTE_UNIREC", "2026.1+INTERNAL.2026.1"), ("PL_BASE", "2026.1+INTERNAL.2026.1")


def utc(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 10, tzinfo=timezone.utc)


@pytest.fixture
def found(database, org, make_account, warsaw):
    with database.ctx.transaction() as s:
        def finding(who, rule, profile, severity, when, status=FindingStatus.OPEN):
            s.add(ComplianceFinding(collector_id=who, rule_code=rule, profile_code=profile[0],
                                    profile_version=profile[1], severity=severity, found_at=when, status=status))

        block, warn = FindingSeverity.BLOCK, FindingSeverity.WARN
        finding(org.anna, "IT.third_parties", IT, block, utc(3, 2))
        finding(org.anna, "IT.third_parties", IT, block, utc(3, 3), FindingStatus.REVIEWED)
        finding(org.anna, "INT.vulnerable", IT, warn, utc(3, 4), FindingStatus.DISMISSED)
        finding(org.jan, "IT.third_parties", IT, block, utc(3, 5))
        finding(warsaw.piotr, "PL.limitation", PL, warn, utc(3, 6))
        finding(warsaw.piotr, "PL.limitation", PL, warn, utc(3, 31))
        finding(None, "INT.vulnerable", IT, warn, utc(3, 7))
        finding(org.anna, "IT.third_parties", IT, block, utc(2, 10))
        finding(warsaw.piotr, "PL.limitation", PL, warn, utc(2, 11))
    account = make_account(collector=org.jan)
    for day in (2, 3, 4, 5):  # four promise-to-pay calls of 10 seconds: a short-calls anomaly
        log_activity(database.ctx, account, channel=Channel.CALL, direction=Direction.OUTBOUND,
                     outcome=Outcome.PROMISE_TO_PAY, occurred_at=utc(3, day), duration_s=10, collector_id=org.jan,
                     check_compliance=False)


def test_findings_by_rule_team_and_collector_equal_the_service(database, org, warsaw, found):
    report = make_report(database, COMPLIANCE)
    march = Period(PeriodKind.MONTH, *MARCH)
    assert fact(report, "findings").value == count_findings(database.ctx, FindingFilter(period=march)) == 7
    assert fact(report, "findings").previous == 2
    assert fact(report, "blocking_findings").value == 3
    service = {g.label: (g.count, g.previous) for g in group_counts(database.ctx, FindingFilter(period=march), "rule")}
    rules = {r["name"]: (r["findings"], r["previous"]) for r in table(report, "findings_by_rule").rows}
    assert rules == service and sorted(rules.values()) == [(2, 0), (2, 1), (3, 1)]
    teams = {r["name"]: r["findings"] for r in table(report, "findings_by_team").rows}
    assert teams == {"Recupero 1": 4, "Windykacja 1": 2, "No team": 1}
    collectors = {r["name"]: r["findings"] for r in table(report, "findings_by_collector").rows}
    assert collectors == {"Anna Rossi": 3, "Jan Kowalski": 1, "Piotr Wójcik": 2, "No collector named": 1}
    assert column_total(table(report, "findings_by_collector"), "findings") == 7


def test_trend_review_and_anomalies(database, org, warsaw, found):
    report = make_report(database, COMPLIANCE)
    trend = table(report, "findings_trend").rows
    assert len(trend) == 12 and trend[-1] == {"period": "Mar 2026", "block": 3, "warn": 4, "total": 7}
    assert trend[-2]["total"] == 2 and column_total(table(report, "findings_trend"), "total") == 9
    assert section(report, "findings_trend").series[0].lines[0][1][-1] == 3

    status = {r["status"]: (r["findings"], r["previous"]) for r in table(report, "findings_by_status").rows}
    assert status == {"Open": (5, 2), "Reviewed": (1, 0), "Dismissed": (1, 0)}
    assert fact(report, "open_findings").value == 5

    expected = staff_anomalies.find_anomalies(database.ctx, *MARCH)
    assert [a.kind for a in expected] == [staff_anomalies.SHORT_PROMISE_CALLS]
    rows = table(report, "anomalies").rows
    assert [(r["name"], r["severity"]) for r in rows] == [("Jan Kowalski", "High")]
    assert rows[0]["what"] == staff_anomalies.anomaly_sentence(expected[0], "en")   # the service's own words
    assert fact(report, "anomalies").value == 1


def test_a_branch_or_team_sees_its_own_findings(database, org, warsaw, found):
    report = make_report(database, COMPLIANCE, scope=f"branch:{warsaw.branch}")
    assert (fact(report, "findings").value, fact(report, "findings").previous) == (2, 1)
    assert {r["name"] for r in table(report, "findings_by_collector").rows} == {"Piotr Wójcik"}
    assert len(table(report, "findings_by_rule").rows) == 1
    assert table(report, "findings_trend").rows[-1]["total"] == 2
    assert table(report, "anomalies").rows == ()
    team = make_report(database, COMPLIANCE, scope=f"team:{org.team}")
    assert fact(team, "findings").value == 4 and fact(team, "anomalies").value == 1


def test_polish_report_names_rules_in_polish(database, org, warsaw, found):
    report = make_report(database, COMPLIANCE, language="pl")
    march = Period(PeriodKind.MONTH, *MARCH)
    polish = {g.label for g in group_counts(database.ctx, FindingFilter(period=march), "rule", language="pl")}
    assert {r["name"] for r in table(report, "findings_by_rule").rows} == polish
    assert polish != {g.label for g in group_counts(database.ctx, FindingFilter(period=march), "rule",
                                                    language="en")}
    assert table(report, "findings_trend").rows[-1]["period"] == "mar 2026"
    assert "luty 2026" in section(report, "findings_by_rule").sentences[0]
    assert "100,0" in table(report, "anomalies").rows[0]["what"]           # the share in Polish digits


def test_without_a_scan_the_findings_are_left_out_and_a_late_scan_is_named(database, org, warsaw):
    report = make_report(database, COMPLIANCE)
    assert [s.key for s in report.sections] == ["anomalies"]
    assert any("scan has not been run" in note for note in report.notes)
    set_setting(database.ctx, STATE_KEY, {"checked_at": "2026-03-15T08:00:00+00:00"})
    report = make_report(database, COMPLIANCE)
    assert fact(report, "findings").value == 0
    assert report.notes == ("The last compliance scan ran on 3/15/2026: contacts logged after it are not checked "
                            "yet.",)
    assert make_report(database, COMPLIANCE, (date(2026, 2, 1), date(2026, 2, 28))).notes == ()
