"""The staff performance report: the scorecard's figures, performers against target, findings, QA, training."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from test_builders_common import MARCH, column_total, fact, make_report, section, table
from test_builders_common import warsaw  # noqa: F401  (fixture)

from collectdesk.domain.enums import (Channel, Direction, FindingSeverity, Outcome, PromiseStatus, StaffRole,
                                      TrainingStatus)
from collectdesk.reports.model import ReportKind
from collectdesk.services.activities import log_activity
from collectdesk.services.scorecards import scorecard
from collectdesk.services.training_status import training_alerts
from collectdesk.store.models import (Account, ComplianceFinding, Evaluation, Payment, Promise, StaffMember, Target,
                                      TrainingModule, TrainingRecord)

STAFF = ReportKind.STAFF
D = Decimal


def utc(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=timezone.utc)


@pytest.fixture
def people(database, org, make_account, warsaw):
    """Anna 120 % of an EUR target, Piotr 75 % (PLN), Jan 40 % (EUR), Ewa 10 % (PLN), in March."""
    ctx = database.ctx
    with ctx.transaction() as s:
        ewa = StaffMember(username="ewa", full_name="Ewa Żółkiewska", role=StaffRole.COLLECTOR, team_id=warsaw.team,
                          branch_id=warsaw.branch)
        s.add(ewa)
        s.flush()
        ewa_id = ewa.id
    a1, a2 = make_account(), make_account(collector=org.jan)
    a3 = make_account(collector=warsaw.piotr, currency="PLN", country="PL")
    a4 = make_account(collector=ewa_id, currency="PLN", country="PL")
    with ctx.transaction() as s:
        for a, who in ((a3, warsaw.piotr), (a4, ewa_id)):
            s.get(Account, a).team_id, s.get(Account, a).branch_id = warsaw.team, warsaw.branch
        debtor = {a: s.get(Account, a).debtor_id for a in (a1, a2, a3, a4)}

        def pay(who, a, amount, cur, day, month=3):
            s.add(Payment(account_id=a, collector_id=who, amount=D(amount), currency=cur,
                          paid_on=date(2026, month, day), posted_at=utc(month, day)))

        def target(who, amount, cur, month=3):
            start = date(2026, month, 1)
            end = date(2026, 3, 31) if month == 3 else date(2026, 2, 28)
            s.add(Target(staff_id=who, metric="amount_collected", period_start=start, period_end=end,
                         amount=D(amount), currency=cur))

        pay(org.anna, a1, "1200.00", "EUR", 10)
        pay(org.anna, a1, "800.00", "EUR", 10, month=2)
        pay(org.jan, a2, "200.00", "EUR", 11)
        pay(warsaw.piotr, a3, "1500.00", "PLN", 12)
        pay(ewa_id, a4, "100.00", "PLN", 13)
        target(org.anna, "1000.00", "EUR")
        target(org.anna, "1000.00", "EUR", month=2)
        target(org.jan, "500.00", "EUR")
        target(warsaw.piotr, "2000.00", "PLN")
        target(ewa_id, "1000.00", "PLN")
        for who, a, status in ((org.anna, a1, PromiseStatus.KEPT), (org.anna, a1, PromiseStatus.BROKEN),
                               (org.jan, a2, PromiseStatus.KEPT)):
            s.add(Promise(account_id=a, collector_id=who, amount=D("50.00"), currency="EUR", promised_at=utc(3, 2),
                          due_date=date(2026, 3, 9), status=status))
        for who, when in ((org.anna, utc(3, 5)), (org.anna, utc(3, 6)), (warsaw.piotr, utc(3, 7)),
                          (org.jan, utc(2, 7))):
            s.add(ComplianceFinding(collector_id=who, rule_code="R1", profile_code="IT", profile_version="1",
                                    severity=FindingSeverity.WARN, found_at=when))
        for who, score, on in ((org.anna, 80, date(2026, 3, 10)), (org.anna, 90, date(2026, 3, 20)),
                               (org.jan, 70, date(2026, 2, 5))):
            s.add(Evaluation(staff_id=who, evaluated_on=on, qa_score=score))
        module = TrainingModule(code="GDPR-01", title="Ochrona danych", mandatory_roles="")
        s.add(module)
        s.flush()
        s.add_all([TrainingRecord(staff_id=org.anna, module_id=module.id, status=TrainingStatus.ASSIGNED,
                                  assigned_on=date(2026, 3, 1), due_on=date(2026, 3, 20)),
                   TrainingRecord(staff_id=warsaw.piotr, module_id=module.id, status=TrainingStatus.COMPLETED,
                                  assigned_on=date(2025, 1, 1), completed_on=date(2025, 1, 10),
                                  expires_on=date(2026, 1, 10))])
    log_activity(ctx, a1, channel=Channel.CALL, direction=Direction.OUTBOUND, outcome=Outcome.RIGHT_PARTY_CONTACT,
                 occurred_at=utc(3, 2), check_compliance=False)
    log_activity(ctx, a1, channel=Channel.CALL, direction=Direction.OUTBOUND, outcome=Outcome.NO_ANSWER,
                 occurred_at=utc(3, 3), check_compliance=False)
    return ewa_id


def test_the_scorecard_table_is_the_scorecards_figures(database, org, warsaw, people):
    report = make_report(database, STAFF)
    card = scorecard(database.ctx, *MARCH)
    rows = {r["name"]: r for r in table(report, "scorecard").rows}
    assert set(rows) == {r.name for r in card.rows} == {"Anna Rossi", "Jan Kowalski", "Piotr Wójcik",
                                                        "Ewa Żółkiewska"}
    anna = next(r for r in card.rows if r.staff_id == org.anna)
    assert rows["Anna Rossi"]["rpc_rate"] == anna.rpc_rate / 100 == D("0.5")
    assert rows["Anna Rossi"]["kept_rate"] == D("0.5") and rows["Anna Rossi"]["findings"] == 2
    assert column_total(table(report, "scorecard"), "findings") == card.department.compliance_findings == 3

    eur, pln = table(report, "collected_EUR"), table(report, "collected_PLN")
    assert column_total(eur, "collected") == card.department.collected["EUR"] == D("1400.00")
    assert column_total(pln, "collected") == card.department.collected["PLN"] == D("1600.00")
    assert {c.currency for c in eur.columns if c.currency} == {"EUR"}     # one currency per table
    assert next(r for r in eur.rows if r["name"] == "Anna Rossi")["attainment"] == D("1.2")
    collected = fact(report, "collected_EUR")
    assert (collected.value, collected.target, collected.previous) == (D("1400.00"), D("1500.00"), D("800.00"))
    assert section(report, "scorecard").series[0].categories[-1] == "Mar 2026"


def test_top_and_bottom_performers_against_target(database, org, warsaw, people):
    report = make_report(database, STAFF)
    rows = table(report, "performers").rows
    assert [(r["group"], r["name"], r["attainment"]) for r in rows] == [
        ("Top", "Anna Rossi", D("1.2")), ("Top", "Piotr Wójcik", D("0.75")), ("Top", "Jan Kowalski", D("0.4")),
        ("Bottom", "Ewa Żółkiewska", D("0.1"))]
    assert rows[0]["currency"] == "EUR" and rows[1]["currency"] == "PLN" and rows[0]["previous"] == D("0.8")
    first = section(report, "performers").sentences[0]
    assert "Anna Rossi" in first and "120.0" in first


def test_findings_qa_and_training(database, org, warsaw, people):
    report = make_report(database, STAFF)
    findings = {r["name"]: (r["findings"], r["previous"]) for r in table(report, "findings_by_collector").rows}
    assert findings == {"Anna Rossi": (2, 0), "Piotr Wójcik": (1, 0), "Jan Kowalski": (0, 1)}
    assert (fact(report, "findings").value, fact(report, "findings").previous) == (3, 1)
    qa = fact(report, "qa_score")
    assert (qa.value, qa.previous) == (D("85.0"), D("70.0"))
    assert [(r["name"], r["qa"], r["evaluations"]) for r in table(report, "qa_scores").rows] == [
        ("Anna Rossi", D("85.0"), 2), ("Jan Kowalski", None, 0)]
    alerts = training_alerts(database.ctx, date(2026, 3, 31))
    assert fact(report, "training_overdue").value == alerts.counts.overdue == 1
    assert fact(report, "training_expired").value == alerts.counts.expired == 1
    assert {(r["name"], r["state"]) for r in table(report, "training").rows} == {
        ("Anna Rossi", "Overdue"), ("Piotr Wójcik", "Expired")}


def test_a_team_sees_its_people_only(database, org, warsaw, people):
    report = make_report(database, STAFF, scope=f"team:{org.team}")
    assert {r["name"] for r in table(report, "scorecard").rows} == {"Anna Rossi", "Jan Kowalski"}
    assert [t.key for t in report.all_tables if t.key.startswith("collected_")] == ["collected_EUR"]
    assert [r["name"] for r in table(report, "performers").rows] == ["Anna Rossi", "Jan Kowalski"]
    assert {r["name"] for r in table(report, "findings_by_collector").rows} == {"Anna Rossi", "Jan Kowalski"}
    branch = make_report(database, STAFF, scope=f"branch:{warsaw.branch}")
    assert {r["name"] for r in table(branch, "findings_by_collector").rows} == {"Piotr Wójcik"}
    assert fact(branch, "training_expired").value == 1 and fact(branch, "training_overdue").value == 0


def test_polish_report_formats(database, org, warsaw, people):
    report = make_report(database, STAFF, language="pl")
    assert report.subtitle == "marzec 2026"
    first = section(report, "performers").sentences[0]
    assert "120,0\u00a0%" in first and "1\u00a0200,00" in first.replace(" ", "\u00a0")
    assert {r["state"] for r in table(report, "training").rows} >= {"Po terminie"}   # the UI's Polish label


def test_without_a_compliance_scan_the_findings_are_left_out(database, org):
    report = make_report(database, STAFF)
    assert "findings" not in [s.key for s in report.sections]
    assert any(note.startswith("Compliance findings per collector") for note in report.notes)
