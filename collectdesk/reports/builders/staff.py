"""The staff performance report: the scorecard with commentary, top and bottom performers against target,
compliance findings per collector, QA scores and training status.

Sources: services/scorecards.scorecard for the period and the one before (every figure is the scorecard's;
rates there are percentages, here fractions), scorecard_trend.trend for the kept and right-party contact
rates over the last 12 periods, compliance/findings.group_counts per collector (the scorecard's "compliance
findings", with the period before), training_status.training_alerts on the report's day (the period's end,
or today while the period runs).

The findings section is left out (and named in the notes) before the first compliance scan.

Top and bottom performers: the staff with a money target in the period, each ranked by their attainment in
the currency of their largest target (collected / target; ties by name); the three highest, then the three
lowest of the others. Money tables are one per currency (amounts are never added across currencies).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from collectdesk.domain.periods import last_n
from collectdesk.reports import narrative
from collectdesk.reports.builders.common import (Scope, Steps, as_of, enum_text, finish, fraction, left_out,
                                                  period_label, read_scope, report_period, scoped_staff,
                                                  short_period_label, top_rows)
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import (Column, ColumnKind, Fact, Report, ReportParams, Section, Series, SeriesKind,
                                       Table)
from collectdesk.services import scorecard_trend
from collectdesk.services.compliance.findings import FindingFilter, group_counts
from collectdesk.services.compliance.scan import read_state
from collectdesk.services.scorecards import Scorecard, StaffScore, scorecard
from collectdesk.services.training_status import RecordState, training_alerts
from collectdesk.store.models import ComplianceFinding, TrainingRecord

ZERO = Decimal("0.00")
PERFORMERS = 3
TREND_PERIODS = 12


def build(ctx, params: ReportParams, progress=None, cancel=None) -> Report:
    lang = ReportLanguage(params.language)
    say = QCoreApplication.translate  # what lupdate reads say(...) as
    say = lang.translate
    steps = Steps(6, progress, cancel)
    period = report_period(params)
    before = period.previous()
    scope = read_scope(ctx, params, lang)
    vs = period_label(lang, before)
    kw = dict(team_id=scope.team_id, branch_id=scope.branch_id)
    card = scorecard(ctx, period.start, period.end, **kw)
    prev = scorecard(ctx, before.start, before.end, **kw)
    periods = last_n(period, TREND_PERIODS)
    trends = {kpi: scorecard_trend.trend(ctx, kpi, periods, **kw).values[None] for kpi in ("kept_rate_count",
                                                                                         "rpc_rate")}
    steps.next()
    notes: list[str] = []
    board = _scorecard(lang, card, prev, vs, [short_period_label(lang, p) for p in periods], trends)
    sections = [board]
    summary = list(board.sentences[:3])
    steps.next()

    performers = _performers(lang, card, prev)
    if performers is not None:
        sections.append(performers)
        summary += performers.sentences[:2]
    else:
        notes.append(left_out(lang, say("StaffReport", "Top and bottom performers"),
                              say("StaffReport", "nobody in scope has a collection target in this period.")))
    steps.next()

    with ctx.reading() as s:
        scanned = read_state(ctx) is not None or s.scalar(select(ComplianceFinding.id).limit(1)) is not None
    if scanned:
        sections.append(_findings(ctx, lang, period, scope, vs))
    else:
        notes.append(left_out(lang, say("StaffReport", "Compliance findings per collector"),
                              say("StaffReport", "the compliance scan has not been run yet.")))
    steps.next()

    title = say("StaffReport", "QA scores")
    if card.department.qa_count or prev.department.qa_count:
        sections.append(_qa(lang, card, prev, vs, title))
    else:
        notes.append(left_out(lang, title, say("StaffReport", "no call-monitoring evaluations in this period or the "
                                                              "one before.")))
    steps.next()

    title = say("StaffReport", "Training status")
    with ctx.reading() as s:
        any_training = s.scalar(select(TrainingRecord.id).limit(1)) is not None
    if any_training:
        sections.append(_training(ctx, lang, period, scope, title))
    else:
        notes.append(left_out(lang, title, say("StaffReport", "no training has been recorded yet.")))
    steps.next()
    return finish(params, lang, period, scope, title=say("ReportCatalogue", "Staff performance report"),
                  summary=summary, sections=sections, notes=notes)


# -------------------------------------------------------------------------------------------- scorecard

def _scorecard(lang: ReportLanguage, card: Scorecard, prev: Scorecard, vs: str, labels: list[str],
               trends: dict) -> Section:
    say = QCoreApplication.translate
    say = lang.translate
    dept, before = card.department, prev.department
    facts = []
    for cur in sorted(set(dept.collected) | set(dept.target)):
        facts.append(Fact(f"collected_{cur}", say("StaffReport", "Collected ({currency})").format(currency=cur),
                          dept.collected.get(cur, ZERO), ColumnKind.MONEY, currency=cur,
                          previous=before.collected.get(cur, ZERO), target=dept.target.get(cur)))
    facts += [
        Fact("kept_rate", say("StaffReport", "Promises kept (by count)"), fraction(dept.kept_rate_count),
             ColumnKind.PERCENT, previous=fraction(before.kept_rate_count)),
        Fact("rpc_rate", say("StaffReport", "Right-party contact rate"), fraction(dept.rpc_rate), ColumnKind.PERCENT,
             previous=fraction(before.rpc_rate)),
        Fact("complaints_per_1000", say("StaffReport", "Complaints per 1,000 right-party contacts"),
             dept.complaints_per_1000, ColumnKind.DECIMAL, previous=before.complaints_per_1000,
             higher_is_better=False),
    ]
    sentences = []
    for f in facts:
        if f.kind is ColumnKind.MONEY and f.target:
            sentences.append(narrative.target_sentence(lang, f))
        elif f.kind is ColumnKind.MONEY:
            sentences.append(narrative.change_sentence(lang, f, vs))
    sentences += [narrative.change_sentence(lang, f, vs) for f in facts if f.kind is not ColumnKind.MONEY]

    def count(key, title, total=True):
        return Column(key, title, ColumnKind.INTEGER, total=total)

    def rate(key, title):
        return Column(key, title, ColumnKind.PERCENT)

    rows = tuple({
        "name": r.name, "team": r.team or "", "accounts": r.accounts_worked, "attempts": r.contact_attempts,
        "rpc": r.right_party_contacts, "rpc_rate": fraction(r.rpc_rate), "promises": r.promises_made,
        "kept_rate": fraction(r.kept_rate_count), "broken": r.broken_promises,
        "followup_rate": fraction(r.followup_rate), "complaints": r.complaints, "findings": r.compliance_findings,
        "qa": r.qa_score, "escalations": r.escalations_raised} for r in card.rows)
    tables = [Table("scorecard", say("StaffReport", "Scorecard"), (
        Column("name", say("StaffReport", "Staff member"), width=24),
        Column("team", say("StaffReport", "Team"), width=16),
        count("accounts", say("StaffReport", "Accounts worked"), total=False),
        count("attempts", say("StaffReport", "Call attempts")),
        count("rpc", say("StaffReport", "Right-party contacts")),
        rate("rpc_rate", say("StaffReport", "Right-party contact rate")),
        count("promises", say("StaffReport", "Promises made")), rate("kept_rate", say("StaffReport", "Kept rate")),
        count("broken", say("StaffReport", "Broken promises")),
        rate("followup_rate", say("StaffReport", "Followed up")),
        count("complaints", say("StaffReport", "Complaints")), count("findings", say("StaffReport", "Findings")),
        Column("qa", say("StaffReport", "QA score"), ColumnKind.DECIMAL, decimals=1),
        count("escalations", say("StaffReport", "Escalations raised"))), rows,
        note=say("StaffReport", "Accounts worked are not added up: an account worked by two people counts once in "
                                "the department's {accounts}.").format(accounts=lang.integer(dept.accounts_worked)))]
    before_by_id = {r.staff_id: r for r in prev.rows}
    for cur in sorted(set(dept.collected) | set(dept.target)):
        money_rows = []
        for r in card.rows:
            if cur not in r.collected and cur not in r.target:
                continue
            then = before_by_id.get(r.staff_id)
            money_rows.append({"name": r.name, "team": r.team or "", "collected": r.collected.get(cur, ZERO),
                               "target": r.target.get(cur), "attainment": fraction(r.attainment.get(cur)),
                               "previous": then.collected.get(cur, ZERO) if then else ZERO})
        tables.append(Table(f"collected_{cur}", say("StaffReport", "Collected against target ({currency})").format(
            currency=cur), (
            Column("name", say("StaffReport", "Staff member"), width=24),
            Column("team", say("StaffReport", "Team"), width=16),
            Column("collected", say("StaffReport", "Collected"), ColumnKind.MONEY, currency=cur, total=True),
            Column("target", say("StaffReport", "Target"), ColumnKind.MONEY, currency=cur, total=True),
            Column("attainment", say("StaffReport", "Attainment"), ColumnKind.PERCENT),
            Column("previous", say("StaffReport", "Collected in the period before"), ColumnKind.MONEY, currency=cur,
                   total=True)), tuple(money_rows)))
    series = (Series("rates_trend", say("StaffReport", "Kept and right-party contact rates"), SeriesKind.LINE,
                     tuple(labels), (
                         (say("StaffReport", "Kept rate"), tuple(fraction(v) for v in trends["kept_rate_count"])),
                         (say("StaffReport", "Right-party contact rate"),
                          tuple(fraction(v) for v in trends["rpc_rate"]))), unit="%"),)
    return Section("scorecard", say("StaffReport", "Scorecard"), tuple(s for s in sentences if s), tuple(facts),
                   tuple(tables), series)


# ------------------------------------------------------------------------------------------- performers

def main_currency(row: StaffScore) -> str | None:
    """The currency of the staff member's largest target above zero (ties: by code)."""
    targets = [(amount, cur) for cur, amount in row.target.items() if amount and amount > 0]
    if not targets:
        return None
    return sorted(targets, key=lambda t: (-t[0], t[1]))[0][1]


def ranked(card: Scorecard) -> list[tuple[StaffScore, str, Decimal]]:
    """(row, currency, attainment %) of the staff with a target, highest attainment first (ties by name)."""
    out = []
    for r in card.rows:
        cur = main_currency(r)
        if cur is not None and r.attainment.get(cur) is not None:
            out.append((r, cur, r.attainment[cur]))
    return sorted(out, key=lambda t: (-t[2], t[0].name.casefold(), str(t[0].staff_id)))


def split_performers(order: list) -> tuple[list, list]:
    """The top PERFORMERS and, of the rest, the bottom PERFORMERS (lowest first)."""
    top = order[:PERFORMERS]
    rest = order[PERFORMERS:]
    return top, list(reversed(rest[-PERFORMERS:])) if rest else []


def _performers(lang: ReportLanguage, card: Scorecard, prev: Scorecard) -> Section | None:
    say = QCoreApplication.translate
    say = lang.translate
    order = ranked(card)
    if not order:
        return None
    top, bottom = split_performers(order)
    before = {r.staff_id: r for r in prev.rows}
    rows = []
    for group, members in ((say("StaffReport", "Top"), top), (say("StaffReport", "Bottom"), bottom)):
        for r, cur, pct in members:
            then = before.get(r.staff_id)
            rows.append({"group": group, "rank": order.index((r, cur, pct)) + 1, "name": r.name, "team": r.team or "",
                         "currency": cur, "collected": r.collected.get(cur, ZERO), "target": r.target[cur],
                         "attainment": fraction(pct),
                         "previous": fraction(then.attainment.get(cur)) if then else None})
    table = Table("performers", say("StaffReport", "Top and bottom performers against target"), (
        Column("group", say("StaffReport", "Group"), width=10),
        Column("rank", say("StaffReport", "Rank"), ColumnKind.INTEGER),
        Column("name", say("StaffReport", "Staff member"), width=24),
        Column("team", say("StaffReport", "Team"), width=16),
        Column("collected", say("StaffReport", "Collected"), ColumnKind.MONEY, currency_key="currency"),
        Column("target", say("StaffReport", "Target"), ColumnKind.MONEY, currency_key="currency"),
        Column("attainment", say("StaffReport", "Attainment"), ColumnKind.PERCENT),
        Column("previous", say("StaffReport", "Attainment in the period before"), ColumnKind.PERCENT)), tuple(rows),
        note=say("StaffReport", "Ranked by attainment in the currency of each person's largest target; %n people "
                                "have a target.", None, len(order)))

    def line(r: StaffScore, cur: str, pct: Decimal) -> dict:
        return dict(name=r.name, attainment=lang.percent(fraction(pct)),
                    collected=narrative.compact_money(lang, r.collected.get(cur, ZERO), cur),
                    target=narrative.compact_money(lang, r.target[cur], cur))

    sentences = [say("StaffReport", "{name} led with {attainment} of target ({collected} of {target}).").format(
        **line(*top[0]))]
    if bottom:
        sentences.append(say("StaffReport", "{name} was furthest behind with {attainment} of target ({collected} of "
                                            "{target}).").format(**line(*bottom[0])))
    below = sum(1 for _r, _c, pct in order if pct < 100)
    sentences.append(say("StaffReport", "%n of the people with a target were below it.", None, below))
    return Section("performers", say("StaffReport", "Top and bottom performers"), tuple(sentences), (), (table,))


# --------------------------------------------------------------------------------------------- findings

def _findings(ctx, lang: ReportLanguage, period, scope: Scope, vs: str) -> Section:
    say = QCoreApplication.translate
    say = lang.translate
    counts = group_counts(ctx, FindingFilter(period=period, team_id=scope.team_id), "collector", language=lang.code)
    if scope.branch_id is not None:
        inside = scoped_staff(ctx, scope)
        counts = [g for g in counts if g.key in inside]
    rows = tuple({"name": g.label if g.key is not None else say("StaffReport", "No collector named"),
                  "findings": g.count, "previous": g.previous or 0, "change": g.count - (g.previous or 0)}
                 for g in counts)
    total = Fact("findings", say("StaffReport", "Compliance findings"), sum(g.count for g in counts),
                 ColumnKind.INTEGER, previous=sum(g.previous or 0 for g in counts), higher_is_better=False)
    table = Table("findings_by_collector", say("StaffReport", "Compliance findings per collector"), (
        Column("name", say("StaffReport", "Collector"), width=24),
        Column("findings", say("StaffReport", "Findings"), ColumnKind.INTEGER, total=True),
        Column("previous", say("StaffReport", "Period before"), ColumnKind.INTEGER, total=True),
        Column("change", say("StaffReport", "Change"), ColumnKind.INTEGER, total=True)), rows)
    sentences = [narrative.change_sentence(lang, total, vs)]
    if counts and counts[0].count:
        sentences.append(say("StaffReport", "{name} had the most findings: %n.", None, counts[0].count).format(
            name=rows[0]["name"]))
    return Section("findings", say("StaffReport", "Compliance findings per collector"), tuple(sentences), (total,),
                   top_rows(lang, table))


# --------------------------------------------------------------------------------------------------- QA

def _qa(lang: ReportLanguage, card: Scorecard, prev: Scorecard, vs: str, title: str) -> Section:
    say = QCoreApplication.translate
    say = lang.translate
    fact = Fact("qa_score", say("StaffReport", "QA score (call monitoring)"), card.department.qa_score,
                ColumnKind.DECIMAL, previous=prev.department.qa_score)
    before = {r.staff_id: r for r in prev.rows}
    rows = []
    for r in card.rows:
        then = before.get(r.staff_id)
        if r.qa_count or (then and then.qa_count):
            rows.append({"name": r.name, "team": r.team or "", "qa": r.qa_score, "evaluations": r.qa_count,
                         "previous": then.qa_score if then else None})
    rows.sort(key=lambda row: (row["qa"] is None, -(row["qa"] or 0), row["name"].casefold()))
    table = Table("qa_scores", title, (
        Column("name", say("StaffReport", "Staff member"), width=24),
        Column("team", say("StaffReport", "Team"), width=16),
        Column("qa", say("StaffReport", "QA score"), ColumnKind.DECIMAL, decimals=1),
        Column("evaluations", say("StaffReport", "Calls scored"), ColumnKind.INTEGER, total=True),
        Column("previous", say("StaffReport", "QA score in the period before"), ColumnKind.DECIMAL, decimals=1)),
        tuple(rows))
    sentences = [narrative.change_sentence(lang, fact, vs)]
    scored = [row for row in rows if row["qa"] is not None]
    if len(scored) >= 2:
        sentences.append(say("StaffReport", "Scores ranged from {low} ({low_name}) to {high} ({high_name}).").format(
            low=lang.decimal(scored[-1]["qa"], 1), low_name=scored[-1]["name"], high=lang.decimal(scored[0]["qa"], 1),
            high_name=scored[0]["name"]))
    return Section("qa", title, tuple(sentences), (fact,), (table,))


# ---------------------------------------------------------------------------------------------- training

def _training(ctx, lang: ReportLanguage, period, scope: Scope, title: str) -> Section:
    say = QCoreApplication.translate
    say = lang.translate
    day = as_of(period)
    alerts = training_alerts(ctx, day, team_id=scope.team_id, branch_id=scope.branch_id)
    c = alerts.counts
    facts = (
        Fact("training_overdue", say("StaffReport", "Training overdue"), c.overdue, ColumnKind.INTEGER,
             higher_is_better=False),
        Fact("training_expired", say("StaffReport", "Certificates expired"), c.expired, ColumnKind.INTEGER,
             higher_is_better=False),
        Fact("training_missing", say("StaffReport", "Mandatory training not assigned"), c.missing, ColumnKind.INTEGER,
             higher_is_better=False),
        Fact("training_expiring", say("StaffReport", "Certificates expiring within 30 days"), c.expiring,
             ColumnKind.INTEGER, higher_is_better=False),
    )
    rows = tuple({"name": r.staff_name, "module": f"{r.module_code} \u2013 {r.module_title}",
                  "state": enum_text(lang, RecordState(r.state)), "due": r.due_on, "expires": r.expires_on}
                 for r in alerts.rows)
    table = Table("training", say("StaffReport", "Training to act on"), (
        Column("name", say("StaffReport", "Staff member"), width=24),
        Column("module", say("StaffReport", "Module"), width=36),
        Column("state", say("StaffReport", "State"), width=18),
        Column("due", say("StaffReport", "Due"), ColumnKind.DATE),
        Column("expires", say("StaffReport", "Expires"), ColumnKind.DATE)), rows,
        note=say("StaffReport", "As on {date}.").format(date=lang.date(day)))
    if c.total:
        sentences = (say("StaffReport", "On {date}, training overdue: {overdue}; certificates expired: {expired}; "
                                        "mandatory modules not assigned: {missing}.").format(
            date=lang.date(day), overdue=lang.integer(c.overdue), expired=lang.integer(c.expired),
            missing=lang.integer(c.missing)),)
    else:
        sentences = (say("StaffReport", "On {date} everyone's training was up to date.").format(date=lang.date(day)),)
    return Section("training", title, sentences, facts, (table,))
