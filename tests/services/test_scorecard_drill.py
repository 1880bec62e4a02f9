"""Every scorecard figure's drill-down lists the records it was counted from: totals, numerators and
amounts equal the scorecard's figures for each staff member, team and the department, on both databases."""

from datetime import date, datetime
from decimal import Decimal

import pytest
from scorecard_data import END, START, build_more

from collectdesk.services.scorecard_drill import DRILL_FIGURES, drill
from collectdesk.services.scorecards import scorecard

D = Decimal


def _check(figure, d, kpi):
    kind, _, total_field, counted_field = DRILL_FIGURES[kpi]
    assert d.kind == kind
    if total_field:
        assert d.total == getattr(figure, total_field), kpi
    if counted_field:
        assert d.counted == getattr(figure, counted_field), kpi
    assert len(d.rows) == min(d.total, 2000)
    if kpi in ("collected", "attainment", "collected_per_rpc"):
        assert d.amounts == figure.collected
    if kpi in ("promises_made", "promised_amount", "ptp_rate"):
        assert d.amounts == figure.promised_amount
    if kpi in ("kept_rate_count", "kept_rate_amount"):
        assert d.amounts == figure.due_amount
        kept = {}
        for r in d.rows:
            if r.counts:
                kept[r.currency] = kept.get(r.currency, D(0)) + r.amount
        assert {c: kept.get(c, D("0.00")) for c in figure.kept_amount} == figure.kept_amount
    if kpi == "target":
        assert d.amounts == figure.target
    if kpi == "escalations_by_status":
        seen = {}
        for r in d.rows:
            seen[r.outcome_or_status] = seen.get(r.outcome_or_status, 0) + 1
        assert seen == figure.escalations_by_status
    if kpi == "qa_score" and d.rows:
        assert sum(int(r.outcome_or_status) for r in d.rows) == figure.qa_total
    whens = [r.when for r in d.rows]
    assert whens == sorted(whens, reverse=True)  # newest first


def test_every_figure_drills_to_its_records(database, org, make_account):
    ids = build_more(database, org, make_account)
    card = scorecard(database.ctx, START, END)
    for kpi in DRILL_FIGURES:
        for row in card.rows:
            _check(row, drill(database.ctx, kpi, START, END, staff_id=row.staff_id), kpi)
        for team_id, team in card.team_totals.items():
            _check(team, drill(database.ctx, kpi, START, END, team_id=team_id), kpi)
        _check(card.department, drill(database.ctx, kpi, START, END), kpi)
    branch = scorecard(database.ctx, START, END, branch_id=org.branch).department
    _check(branch, drill(database.ctx, "accounts_worked", START, END, branch_id=org.branch), "accounts_worked")
    assert ids.piotr in {r.staff_id for r in card.rows}


def test_rows_say_what_a_supervisor_needs(database, org, make_account):
    build_more(database, org, make_account)
    d = drill(database.ctx, "rpc_rate", START, END, staff_id=org.anna)
    # Anna's outbound calls in March, newest first: PTP 31 Mar 23:30, no answer 3 Mar, RPC 2 Mar
    assert [(r.when.date(), r.outcome_or_status, r.counts) for r in d.rows] == [
        (date(2026, 3, 31), "promise_to_pay", True), (date(2026, 3, 3), "no_answer", False),
        (date(2026, 3, 2), "right_party_contact", True)]
    assert (d.total, d.counted) == (3, 2)
    first = d.rows[0]
    assert (first.account_no, first.debtor, first.staff, first.channel) == (
        "T-000002", "Niccolò Bianchi", "Anna Rossi", "call")
    assert isinstance(first.when, datetime) and first.account_id is not None

    pays = drill(database.ctx, "collected", START, END, staff_id=org.anna)
    # 12 March: 120.00 paid, 20.00 of it an overpayment held as credit -> 100.00 collected
    assert [(r.when, r.amount, r.currency) for r in pays.rows] == [
        (date(2026, 3, 25), D("-10.00"), "PLN"), (date(2026, 3, 20), D("80.00"), "PLN"),
        (date(2026, 3, 12), D("100.00"), "EUR"), (date(2026, 3, 10), D("150.00"), "EUR")]

    follow = drill(database.ctx, "followup_rate", START, END, team_id=org.team)
    assert [(r.staff, r.when, r.counts) for r in follow.rows] == [
        ("Jan Kowalski", date(2026, 3, 20), False), ("Anna Rossi", date(2026, 3, 12), True)]

    targets = drill(database.ctx, "contacts_target", START, END, staff_id=org.jan)
    assert (targets.total, targets.counted) == (2, 116)
    money = drill(database.ctx, "target", START, END, staff_id=org.anna)
    assert money.amounts == {"EUR": D("3260.00")}
    assert sorted(r.amount for r in money.rows) == [D("160.00"), D("3100.00")]

    accounts = drill(database.ctx, "accounts_worked", START, END, staff_id=org.anna)
    assert accounts.total == 3 and [r.account_no for r in accounts.rows] == ["T-000002", "T-000003", "T-000001"]
    assert [r.detail for r in accounts.rows] == ["1", "2", "2"]  # activities on each account in March


def test_limit_keeps_the_full_total(database, org, make_account):
    build_more(database, org, make_account)
    d = drill(database.ctx, "contact_attempts", START, END, team_id=org.team, limit=2)
    assert d.total == 7 and len(d.rows) == 2
    assert d.rows[0].when == max(r.when for r in drill(database.ctx, "contact_attempts", START, END,
                                                        team_id=org.team).rows)


def test_unknown_kpi_and_empty_scope(database, org):
    with pytest.raises(KeyError):
        drill(database.ctx, "no_such_figure", START, END)
    empty = drill(database.ctx, "rpc_rate", START, END, staff_id=org.anna)
    assert (empty.total, empty.counted, empty.rows) == (0, 0, [])
