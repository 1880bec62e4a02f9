"""The compliance report: findings by rule, team and collector against the period before, their trend,
reviewed against open, and the procedure anomalies found in the staff's work.

Sources: services/compliance/findings (group_counts per rule / team / collector with the period before,
trend per week or month by severity, count_findings per status; a finding belongs to the period whose UTC
dates hold its found_at, every status counted, as the scorecard counts), services/staff_anomalies
(find_anomalies over the period, with its thresholds).

The trend is per month for months, quarters, years and long custom ranges, per week for days, weeks and
short ranges: the 12 buckets ending with the one holding the period's end.

Scope: a team is the findings' filter (the collector's team). A branch is the sum over its teams (findings
of a collector with no team cannot be placed in a branch and are left out of a branch's report); the
collector table keeps the staff the scorecard lists for the branch.

Before the first compliance scan (no scan watermark and no finding stored) the findings sections are left out
and the notes say so; when the last finished scan started before the period's end, a note says which contacts
are not checked yet (services/compliance/scan.read_state).

Anomaly sentences are services/staff_anomalies.anomaly_sentence's words (context "Anomalies"), said here in
the report's language with its number formats.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import datetime, timezone
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from collectdesk.domain.enums import FindingSeverity, FindingStatus
from collectdesk.domain.periods import PeriodKind
from collectdesk.reports import narrative
from collectdesk.reports.builders.common import (Scope, Steps, as_of, enum_text, finish, left_out, period_label, ratio,
                                                  read_scope, report_period, scoped_staff, short_period_label,
                                                  top_rows)
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import (Column, ColumnKind, Fact, Report, ReportParams, Section, Series, SeriesKind,
                                       Table)
from collectdesk.services import staff_anomalies as sa
from collectdesk.services.compliance import findings
from collectdesk.services.compliance.findings import FindingFilter, GroupCount
from collectdesk.services.compliance.scan import read_state
from collectdesk.store.models import Branch, ComplianceFinding, Team

TREND_BUCKETS = 12


def _filters(ctx, scope: Scope, **kw) -> list[FindingFilter]:
    """The findings filters whose union is the scope (a branch: one per team)."""
    if scope.branch_id is None:
        return [FindingFilter(team_id=scope.team_id, **kw)]
    with ctx.reading() as s:
        teams = s.scalars(select(Team.id).where(Team.branch_id == scope.branch_id)).all()
    return [FindingFilter(team_id=t, **kw) for t in teams]


def _grouped(ctx, flts: list[FindingFilter], by: str, language: str) -> list[GroupCount]:
    """group_counts summed over the filters, most first."""
    now: dict = defaultdict(int)
    then: dict = defaultdict(int)
    labels: dict = {}
    book = findings.rule_book(ctx) if by == "rule" else None
    for flt in flts:
        for g in findings.group_counts(ctx, flt, by, book=book, language=language):
            now[g.key] += g.count
            then[g.key] += g.previous or 0
            labels[g.key] = g.label
    out = [GroupCount(k, labels[k], now[k], then[k]) for k in labels]
    out.sort(key=lambda g: (-g.count, -(g.previous or 0), g.label.casefold()))
    return out


def _team_places(ctx, ids: list) -> dict:
    """{team id: "team (branch)"} for the teams whose name another team shares."""
    if not ids:
        return {}
    with ctx.reading() as s:
        rows = s.execute(select(Team.id, Team.name, Branch.name).join(Branch, Branch.id == Team.branch_id)
                         .where(Team.id.in_(ids))).all()
    names = defaultdict(int)
    for _id, name, _branch in rows:
        names[name] += 1
    return {tid: f"{name} ({branch})" for tid, name, branch in rows if names[name] > 1}


def _count(ctx, flts: list[FindingFilter]) -> int:
    return sum(findings.count_findings(ctx, flt) for flt in flts)


def build(ctx, params: ReportParams, progress=None, cancel=None) -> Report:
    lang = ReportLanguage(params.language)
    say = QCoreApplication.translate  # what lupdate reads say(...) as
    say = lang.translate
    period = report_period(params)
    before = period.previous()
    scope = read_scope(ctx, params, lang)
    vs = period_label(lang, before)
    now_flts, then_flts = _filters(ctx, scope, period=period), _filters(ctx, scope, period=before)
    sections, notes = [], []
    state = read_state(ctx)
    with ctx.reading() as s:
        scanned = state is not None or s.scalar(select(ComplianceFinding.id).limit(1)) is not None
    steps = Steps(4 if scanned else 1, progress, cancel)
    if not scanned:
        notes.append(left_out(lang, say("ComplianceReport", "Compliance findings"),
                              say("ComplianceReport", "the compliance scan has not been run yet.")))
    else:
        checked = _checked_day(state)
        if checked is not None and checked < as_of(period):
            notes.append(say("ComplianceReport", "The last compliance scan ran on {date}: contacts logged after "
                                                 "it are not checked yet.").format(date=lang.date(checked)))
        sections += _findings(ctx, lang, scope, now_flts, vs)
        steps.next()
        sections.append(_trend(ctx, lang, period, scope))
        steps.next()
        sections.append(_review(ctx, lang, now_flts, then_flts, vs))
        steps.next()
    anomalies = _anomalies(ctx, lang, period, scope)
    sections.append(anomalies)
    steps.next()
    head = sections[0].sentences[:3] if len(sections) > 1 else ()
    review = [s.sentences[0] for s in sections if s.key == "findings_review" and s.sentences]
    summary = [*head, *review, *anomalies.sentences[:1]]
    return finish(params, lang, period, scope, title=say("ReportCatalogue", "Compliance report"), summary=summary,
                  sections=sections, notes=notes)


def _checked_day(state: dict | None):
    """The UTC day the last finished scan started (what it vouches for), or None."""
    try:
        return datetime.fromisoformat(state["checked_at"]).astimezone(timezone.utc).date() if state else None
    except (KeyError, TypeError, ValueError):
        return None


def _findings(ctx, lang: ReportLanguage, scope: Scope, now_flts: list, vs: str) -> list[Section]:
    say = QCoreApplication.translate
    say = lang.translate
    by_rule = _grouped(ctx, now_flts, "rule", lang.code)
    by_team = _grouped(ctx, now_flts, "team", lang.code)
    by_collector = _grouped(ctx, now_flts, "collector", lang.code)
    if scope.branch_id is not None:
        inside = scoped_staff(ctx, scope)
        by_collector = [g for g in by_collector if g.key in inside]
    total = sum(g.count for g in by_rule)
    previous = sum(g.previous or 0 for g in by_rule)
    blocking = _count(ctx, [replace(f, severity=FindingSeverity.BLOCK) for f in now_flts])
    blocking_before = _count(ctx, [replace(f, severity=FindingSeverity.BLOCK, period=f.period.previous())
                                   for f in now_flts])
    facts = (Fact("findings", say("ComplianceReport", "Compliance findings"), total, ColumnKind.INTEGER,
                  previous=previous, higher_is_better=False),
             Fact("blocking_findings", say("ComplianceReport", "Findings of blocking rules"), blocking,
                  ColumnKind.INTEGER, previous=blocking_before, higher_is_better=False))
    rule_table = _group_table(lang, "findings_by_rule", say("ComplianceReport", "Findings by rule"),
                              say("ComplianceReport", "Rule"), by_rule, total)
    sentences = [narrative.change_sentence(lang, facts[0], vs), narrative.change_sentence(lang, facts[1], vs)]
    if by_rule and by_rule[0].count:
        sentences.append(say("ComplianceReport", "The rule broken most often was \u201c{rule}\u201d, with {count} of "
                                                 "{total} findings ({share}).").format(
            rule=by_rule[0].label, count=lang.integer(by_rule[0].count), total=lang.integer(total),
            share=lang.percent(ratio(by_rule[0].count, total))))
    sections = [Section("findings_by_rule", say("ComplianceReport", "Findings by rule"), tuple(sentences), facts,
                        rule_table)]
    no_team = say("ComplianceReport", "No team")
    places = _team_places(ctx, [g.key for g in by_team if g.key is not None])
    team_rows = [GroupCount(g.key, places.get(g.key, g.label) if g.key is not None else no_team, g.count, g.previous)
                 for g in by_team]
    team_sentences = []
    moved = [g for g in team_rows if g.change]
    if moved:
        worst = max(moved, key=lambda g: g.change)
        if worst.change > 0:
            team_sentences.append(say("ComplianceReport", "{team} had the largest rise: {count} findings, {change} "
                                                          "more than in {comparison}.").format(
                team=worst.label, count=lang.integer(worst.count), change=lang.integer(worst.change), comparison=vs))
    sections.append(Section("findings_by_team", say("ComplianceReport", "Findings by team"), tuple(team_sentences), (),
                            _group_table(lang, "findings_by_team", say("ComplianceReport", "Findings by team"),
                                         say("ComplianceReport", "Team"), team_rows, total)))
    no_collector = say("ComplianceReport", "No collector named")
    collector_rows = [GroupCount(g.key, g.label if g.key is not None else no_collector, g.count, g.previous)
                      for g in by_collector]
    collector_sentences = []
    if collector_rows and collector_rows[0].count:
        top = collector_rows[0]
        collector_sentences.append(say("ComplianceReport", "{name} had the most findings: %n.", None, top.count)
                                   .format(name=top.label))
    title = say("ComplianceReport", "Findings by collector")
    sections.append(Section("findings_by_collector", title, tuple(collector_sentences), (),
                            _group_table(lang, "findings_by_collector", title, say("ComplianceReport", "Collector"),
                                         collector_rows, sum(g.count for g in collector_rows))))
    return sections


def _group_table(lang: ReportLanguage, key: str, title: str, name_title: str, groups: list[GroupCount],
                 total: int) -> tuple[Table, ...]:
    say = QCoreApplication.translate
    say = lang.translate
    columns = (Column("name", name_title, width=40),
               Column("findings", say("ComplianceReport", "Findings"), ColumnKind.INTEGER, total=True),
               Column("previous", say("ComplianceReport", "Period before"), ColumnKind.INTEGER, total=True),
               Column("change", say("ComplianceReport", "Change"), ColumnKind.INTEGER, total=True),
               Column("share", say("ComplianceReport", "Share"), ColumnKind.PERCENT))
    rows = tuple({"name": g.label, "findings": g.count, "previous": g.previous or 0,
                  "change": g.count - (g.previous or 0), "share": ratio(g.count, total)} for g in groups)
    return top_rows(lang, Table(key, title, columns, rows))


def _trend(ctx, lang: ReportLanguage, period, scope: Scope) -> Section:
    say = QCoreApplication.translate
    say = lang.translate
    weekly = period.kind in (PeriodKind.DAY, PeriodKind.WEEK) or (period.kind is PeriodKind.CUSTOM
                                                                   and period.days <= 31)
    kind = PeriodKind.WEEK if weekly else PeriodKind.MONTH
    block: dict = defaultdict(int)
    warn: dict = defaultdict(int)
    buckets = []
    for flt in _filters(ctx, scope):
        buckets = findings.trend(ctx, flt, kind=kind, n=TREND_BUCKETS, ending=period.end)
        for b in buckets:
            block[b.period] += b.block
            warn[b.period] += b.warn
    periods = [b.period for b in buckets]
    labels = tuple(short_period_label(lang, p) for p in periods)
    rows = tuple({"period": label, "block": block[p], "warn": warn[p], "total": block[p] + warn[p]}
                 for label, p in zip(labels, periods))
    block_name = enum_text(lang, FindingSeverity.BLOCK)
    warn_name = enum_text(lang, FindingSeverity.WARN)
    table = Table("findings_trend", say("ComplianceReport", "Findings over time"), (
        Column("period", say("ComplianceReport", "Period"), width=14),
        Column("block", block_name, ColumnKind.INTEGER, total=True),
        Column("warn", warn_name, ColumnKind.INTEGER, total=True),
        Column("total", say("ComplianceReport", "Findings"), ColumnKind.INTEGER, total=True)), rows)
    series = (Series("findings_trend", say("ComplianceReport", "Findings by severity"), SeriesKind.STACKED_BAR, labels,
                     ((block_name, tuple(r["block"] for r in rows)), (warn_name, tuple(r["warn"] for r in rows)))),)
    sentences = ()
    if rows:
        peak = max(rows, key=lambda r: r["total"])
        if peak["total"]:
            sentences = (say("ComplianceReport", "Over the last {count} periods findings peaked in {period} at {n}.")
                         .format(count=len(rows), period=peak["period"], n=lang.integer(peak["total"])),)
    return Section("findings_trend", say("ComplianceReport", "Findings over time"), sentences, (), (table,), series)


def _review(ctx, lang: ReportLanguage, now_flts, then_flts, vs: str) -> Section:
    say = QCoreApplication.translate
    say = lang.translate

    def by_status(flts):
        return {st: _count(ctx, [replace(f, status=st) for f in flts]) for st in FindingStatus}

    now, then = by_status(now_flts), by_status(then_flts)
    total = sum(now.values())
    facts = (Fact("open_findings", say("ComplianceReport", "Findings still open"), now[FindingStatus.OPEN],
                  ColumnKind.INTEGER, previous=then[FindingStatus.OPEN], higher_is_better=False),
             Fact("reviewed_share", say("ComplianceReport", "Share reviewed or dismissed"),
                  ratio(total - now[FindingStatus.OPEN], total), ColumnKind.PERCENT,
                  previous=ratio(sum(then.values()) - then[FindingStatus.OPEN], sum(then.values()))))
    rows = tuple({"status": enum_text(lang, st), "findings": now[st], "previous": then[st],
                  "share": ratio(now[st], total)} for st in FindingStatus)
    table = Table("findings_by_status", say("ComplianceReport", "Reviewed and open findings"), (
        Column("status", say("ComplianceReport", "Status"), width=16),
        Column("findings", say("ComplianceReport", "Findings"), ColumnKind.INTEGER, total=True),
        Column("previous", say("ComplianceReport", "Period before"), ColumnKind.INTEGER, total=True),
        Column("share", say("ComplianceReport", "Share"), ColumnKind.PERCENT)), rows,
        note=say("ComplianceReport", "The findings of each period as they stand today."))
    sentences = [say("ComplianceReport", "{reviewed} of the period's {total} findings have been reviewed or "
                                         "dismissed; {open} are still open.").format(
        reviewed=lang.integer(total - now[FindingStatus.OPEN]), total=lang.integer(total),
        open=lang.integer(now[FindingStatus.OPEN]))] if total else []
    if facts[1].value is not None and facts[1].previous is not None:
        sentences.append(narrative.change_sentence(lang, facts[1], vs))
    return Section("findings_review", say("ComplianceReport", "Reviewed and open findings"), tuple(sentences), facts,
                   (table,))


# ---------------------------------------------------------------------------------------------- anomalies

def anomaly_text(lang: ReportLanguage, anomaly: sa.Anomaly) -> str:
    """staff_anomalies.anomaly_sentence in the report's language (the same messages)."""
    say = QCoreApplication.translate
    say = lang.translate
    f = anomaly.figures

    def pct(key):
        return lang.decimal(Decimal(f[key]), 1)

    def count(key):
        return lang.decimal(Decimal(f[key]), 0)

    def money(amount, currency):
        return f"{lang.decimal(Decimal(amount), 2)}\u00a0{currency}"

    kind = anomaly.kind
    if kind == sa.KEPT_BELOW_TEAM:
        return say("Anomalies", "Kept rate {value}% is far below the team's {mean}% ({sigmas} standard deviations; "
                   "{kept} of {due} promises kept).").format(value=pct("value"), mean=pct("team_mean"),
                                                            sigmas=pct("sigmas"), kept=count("numerator"),
                                                            due=count("denominator"))
    if kind == sa.RPC_BELOW_TEAM:
        return say("Anomalies", "Right-party contact rate {value}% is far below the team's {mean}% ({sigmas} standard "
                   "deviations; {rpc} of {calls} outbound calls).").format(
            value=pct("value"), mean=pct("team_mean"), sigmas=pct("sigmas"), rpc=count("numerator"),
            calls=count("denominator"))
    if kind == sa.KEPT_DROP:
        return say("Anomalies", "Kept rate fell to {value}% from an average of {baseline}% over the previous %n "
                   "period(s) ({drop} points lower).", "", f["periods"]).format(
            value=pct("value"), baseline=pct("baseline"), drop=pct("drop_pp"))
    if kind == sa.RPC_DROP:
        return say("Anomalies", "Right-party contact rate fell to {value}% from an average of {baseline}% over the "
                   "previous %n period(s) ({drop} points lower).", "", f["periods"]).format(
            value=pct("value"), baseline=pct("baseline"), drop=pct("drop_pp"))
    if kind == sa.COLLECTED_DROP:
        return say("Anomalies", "Collected {value}, {drop}% less than the average of {baseline} over the previous %n "
                   "period(s).", "", f["periods"]).format(
            value=money(f["value"], f["currency"]), drop=pct("drop_pct"), baseline=money(f["baseline"], f["currency"]))
    if kind == sa.LATE_PROMISES_BROKEN:
        return say("Anomalies", "{broken} of {due} promises recorded in the last %n day(s) of the period broke "
                   "({share}%).", "", f["days"]).format(broken=count("count"), due=count("fell_due"),
                                                         share=pct("share"))
    if kind == sa.SHORT_PROMISE_CALLS:
        return say("Anomalies", "{count} calls ending in a promise to pay lasted less than {seconds} seconds ({share}% "
                   "of the calls with a promise).").format(count=count("count"), seconds=count("seconds"),
                                                           share=pct("share"))
    if kind == sa.FOREIGN_PAYMENTS:
        amounts = ", ".join(money(a, cur) for cur, a in sorted(f["amounts"].items()))
        return say("Anomalies", "%n payment(s) ({amounts}) recorded on accounts assigned to someone else at the "
                   "time.", "", f["count"]).format(amounts=amounts)
    return kind


def _anomalies(ctx, lang: ReportLanguage, period, scope: Scope) -> Section:
    say = QCoreApplication.translate
    say = lang.translate
    found = sa.find_anomalies(ctx, period.start, period.end, team_id=scope.team_id, branch_id=scope.branch_id)
    high = sum(1 for a in found if a.severity == sa.HIGH)
    severity = {sa.HIGH: say("AnomaliesModel", "High"), sa.MEDIUM: say("AnomaliesModel", "Medium")}
    rows = tuple({"severity": severity.get(a.severity, a.severity), "name": a.staff_name, "team": a.team or "",
                  "what": anomaly_text(lang, a)} for a in found)
    facts = (Fact("anomalies", say("ComplianceReport", "Procedure anomalies"), len(found), ColumnKind.INTEGER,
                  higher_is_better=False),
             Fact("anomalies_high", say("ComplianceReport", "Anomalies of high severity"), high, ColumnKind.INTEGER,
                  higher_is_better=False))
    table = Table("anomalies", say("ComplianceReport", "Procedure anomalies"), (
        Column("severity", say("AnomaliesModel", "Severity"), width=10),
        Column("name", say("AnomaliesModel", "Staff member"), width=22),
        Column("team", say("AnomaliesModel", "Team"), width=16),
        Column("what", say("AnomaliesModel", "What was found"), width=70)), rows)
    if found:
        sentence = say("ComplianceReport", "The checks of the staff's work found %n anomaly(ies), {high} of high "
                                           "severity.", None, len(found)).format(high=lang.integer(high))
    else:
        sentence = say("ComplianceReport", "The checks of the staff's work found no anomalies.")
    return Section("anomalies", say("ComplianceReport", "Procedure anomalies"), (sentence,), facts, (table,))
