"""The collections report: daily, weekly, monthly (any range of dates), for the department, a branch or a team.

    build(ctx, params, progress=None, cancel=None, *, today=None) -> Report

Sections (definitions in docs/reports.md):
  collected   collected against target by branch, team and collector, per currency, with the variance and the
              comparison period (the same length just before: the month before a month); a trend of the last
              TREND_PERIODS periods of collected against target (builders/collections_collected.py)
  promises    made, due, kept, partly paid, broken: counts, amounts, kept and broken rates
  payments    by method, per currency
  aging       accounts and balances per aging bucket at the period's start and end, roll rates
  cei         the collection effectiveness index per currency
  projection  projected collections to the end of the period and for the next period (builders/projection.py),
              with the method written out in the report's language
and the executive summary: the collected figures against target, then the largest changes (reports/narrative:
largest size class first), three to five sentences.

Every fact carries the comparison period's value and, where there is one, its target. `today` (default: today's
UTC date) is the day the projection stands on. progress(done, total) after every read; cancel() is checked
between them (ReportCancelled).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from collectdesk.domain.periods import Period, PeriodKind
from collectdesk.domain.target_metrics import shift_period
from collectdesk.reports import narrative
from collectdesk.reports.builders import collections_collected as cc
from collectdesk.reports.builders import collections_sections as cs
from collectdesk.reports.builders.collections_data import read
from collectdesk.reports.builders.common import (Steps, finish, period_label, read_scope, short_period_label,
                                                 today_utc)
from collectdesk.reports.builders.projection import project
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import Fact, Report, ReportParams, Section

TREND_PERIODS = 12
SUMMARY_MAX = 5
SUMMARY_MIN = 3


def as_period(start: date, end: date) -> Period:
    """The dates as a Period of the narrowest kind whose bounds they are (else custom), for its label."""
    for kind in (PeriodKind.DAY, PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR):
        p = Period.containing(kind, start)
        if (p.start, p.end) == (start, end):
            return p
    return Period(PeriodKind.CUSTOM, start, end)


def periods_for(start: date, end: date, n: int = TREND_PERIODS) -> tuple[list[tuple[date, date]], tuple[date, date]]:
    """The n periods ending with [start, end] (oldest first) and the next one (target_metrics.shift_period:
    whole months move by months, anything else by its own length)."""
    return [shift_period(start, end, -k) for k in range(n - 1, -1, -1)], shift_period(start, end, 1)


def summary(lang: ReportLanguage, collected: list[Fact], others: list[Fact], comparison: str) -> list[str]:
    """The collected figures against target (up to two currencies), then the largest changes, 3-5 sentences."""
    out, used = [], set()
    for fact in collected[:2]:
        sentence = narrative.target_sentence(lang, fact)
        if sentence:
            out.append(sentence)
            used.add(fact.key)
    room = max(SUMMARY_MAX - len(out), 0)
    wanted = max(SUMMARY_MIN - len(out), 0)
    candidates = [f for f in [*collected, *others] if f.key not in used]
    for fact in narrative.most_important(candidates, n=room, minimum=wanted):
        out.append(narrative.change_sentence(lang, fact, comparison))
    return out


def build(ctx, params: ReportParams, progress=None, cancel=None, *, today: date | None = None) -> Report:
    lang = ReportLanguage(params.language)
    say = QCoreApplication.translate  # what lupdate reads say(...) as
    say = lang.translate              # at run time: the report's language
    today = today or today_utc()
    steps = Steps(6, progress, cancel)
    scope = read_scope(ctx, params, lang)
    start, end = params.period_start, params.period_end
    periods, next_period = periods_for(start, end)
    period, previous, following = as_period(start, end), as_period(*periods[-2]), as_period(*next_period)
    comparison = period_label(lang, previous)

    data = read(ctx, scope, periods, next_period, progress=steps.next)
    steps.next()
    targets = cc.Targets(data)
    currencies = cc.currencies(data, targets)
    k = len(periods) - 1
    collected_facts = cc.facts(lang, data, targets, currencies)
    tables = []
    for level in ("branch", "team", "collector"):
        rows = cc.groups(lang, data, targets, level, scope.whole)
        tables += [t for cur in currencies if (t := cc.table(lang, level, cur, rows, k, comparison)) is not None]
    categories = tuple(short_period_label(lang, as_period(a, b)) for a, b in periods)
    sentences = []
    for fact in collected_facts:
        sentences += [s for s in (narrative.target_sentence(lang, fact),
                                  narrative.change_sentence(lang, fact, comparison)) if s]
    collected = Section("collected", say("CollectionsReport", "Collected against target"), tuple(sentences),
                        tuple(collected_facts), tuple(tables), tuple(cc.trend(lang, data, targets, currencies,
                                                                              categories)))

    sections = [collected, cs.promises_section(lang, data, scope.whole, comparison),
                cs.methods_section(lang, data, comparison, comparison),
                cs.aging_section(lang, data, comparison),
                cs.cei_section(lang, data.aging, data.aging_previous, comparison)]
    steps.next()
    forecast = project(ctx, [(start, end), next_period], today=today,
                       collector_ids=None if scope.whole else data.ids)
    sections.append(cs.projection_section(
        lang, forecast, (period_label(lang, period), period_label(lang, following)),
        (targets.total(k), targets.total(k + 1)), data.collected_total[k - 1], comparison))
    steps.next()

    others = [f for s in sections[1:] for f in s.facts if not f.key.startswith("projected")]
    notes = []
    if not any(targets.total(k).values()):
        notes.append(say("CollectionsReport", "No collection targets are set for this period and scope, so "
                                              "collected is not compared with a target."))
    report = finish(params, lang, period, scope, title=say("CollectionsReport", "Collections report"),
                    summary=summary(lang, collected_facts, others, comparison), sections=sections, notes=notes)
    steps.next()
    return report


__all__ = ["build", "periods_for", "summary", "TREND_PERIODS"]
