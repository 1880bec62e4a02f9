"""The customer feedback report: complaints by topic, channel and collector; satisfaction and its trend;
agency data; service levels; notable cases. Each figure is set against the period before.

Sources and definitions:

- Complaints, per 1,000 right-party contacts, by topic / channel / collector, compliments, satisfaction
  (average of the 1-5 answers received in the period) and its 12-month trend, median days to acknowledge
  and to resolve: services/inbox/figures.inbox_figures, whose definitions these are (the collector figures
  are the scorecard's). The collector table adds a line for complaints about nobody in the list (not yet
  linked, or about a supervisor), so its total is the report's complaint count.
- Agency data: feedback received through a reporting agency (source agency) in the period, per agency:
  answers, their average satisfaction, the net promoter score (% of NPS answers 9-10 minus % 0-6) and the
  agency's complaints.
- Service levels: complaints and disputes received in the period. "Acknowledged within the deadline" is
  acknowledged_at <= ack_due_by over the items whose acknowledgement deadline has passed or that were
  acknowledged (an item still inside its deadline is not judged yet); "resolved within the deadline" the
  same with resolved_at and due_by. Overdue now: open items past a deadline today, whenever received
  (inbox overdue_condition), by category.
- Notable cases: the ten oldest open complaints, and the complaints that came through an agency in the
  period.

Scope: a team or branch keeps the items about its collectors (inbox_figures' rule); the whole department
includes items linked to nobody.
"""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from sqlalchemy import case, func, select

from collectdesk.domain.enums import OPEN_FEEDBACK, FeedbackKind, FeedbackSource, FeedbackStatus
from collectdesk.domain.periods import Period, PeriodKind
from collectdesk.reports import narrative
from collectdesk.reports.builders.common import (Steps, enum_text, finish, left_out, period_label, ratio, read_scope,
                                                  report_period, scoped_staff, short_period_label, top_rows,
                                                  topic_text)
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import (Column, ColumnKind, Fact, Report, ReportParams, Section, Series, SeriesKind,
                                       Table)
from collectdesk.services.inbox.figures import CASE_KINDS, InboxFigures, inbox_figures
from collectdesk.services.inbox.items import overdue_condition
from collectdesk.services.scorecard_read import utc_bounds
from collectdesk.store.models import Account, Debtor, FeedbackItem, StaffMember

NOTABLE_OLDEST = 10
NOTABLE_AGENCY = 50
F = FeedbackItem


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def build(ctx, params: ReportParams, progress=None, cancel=None) -> Report:
    lang = ReportLanguage(params.language)
    say = QCoreApplication.translate  # what lupdate reads say(...) as
    say = lang.translate
    steps = Steps(6, progress, cancel)
    period = report_period(params)
    before = period.previous()
    scope = read_scope(ctx, params, lang)
    vs = period_label(lang, before)  # what the sentences compare with
    now = datetime.now(timezone.utc)
    kw = dict(team_id=scope.team_id, branch_id=scope.branch_id, now=now)
    fig = inbox_figures(ctx, period.start, period.end, **kw)
    prev = inbox_figures(ctx, before.start, before.end, **kw)
    staff_ids = None if scope.whole else list(scoped_staff(ctx, scope, scored_only=True))
    steps.next()

    summary: list[str] = []
    notes: list[str] = []
    sections = [_complaints(lang, fig, prev, vs)]
    summary += sections[0].sentences[:2]
    steps.next()

    title = say("FeedbackReport", "Satisfaction")
    if fig.satisfaction_count or any(n for _m, _a, n in fig.satisfaction_trend):
        sections.append(_satisfaction(lang, fig, prev, title, vs))
        summary.append(sections[-1].sentences[0])
    else:
        notes.append(left_out(lang, title, say("FeedbackReport", "no satisfaction answers in the last 12 months.")))
    steps.next()

    title = say("FeedbackReport", "Agency data")
    agencies = _agency_rows(ctx, period, staff_ids), _agency_rows(ctx, before, staff_ids)
    if agencies[0] or agencies[1]:
        sections.append(_agencies(lang, *agencies, title, vs))
    else:
        notes.append(left_out(lang, title, say("FeedbackReport", "no agency data in this period or the one before.")))
    steps.next()

    sla = _sla(ctx, lang, fig, prev, period, before, staff_ids, now, vs)
    sections.append(sla)
    summary += sla.sentences[:1]
    steps.next()

    title = say("FeedbackReport", "Notable cases")
    notable = _notable(ctx, lang, period, staff_ids, now, title)
    if notable is not None:
        sections.append(notable)
    else:
        notes.append(left_out(lang, title, say("FeedbackReport", "no open complaints and no agency complaints.")))
    steps.next()
    return finish(params, lang, period, scope, title=say("ReportCatalogue", "Customer feedback report"),
                  summary=summary, sections=sections, notes=notes)


# ------------------------------------------------------------------------------------------- complaints

def _complaints(lang: ReportLanguage, fig: InboxFigures, prev: InboxFigures, vs: str) -> Section:
    say = QCoreApplication.translate
    say = lang.translate
    facts = (
        Fact("complaints", say("FeedbackReport", "Complaints"), fig.complaints, ColumnKind.INTEGER,
             previous=prev.complaints, higher_is_better=False),
        Fact("complaints_per_1000_contacts", say("FeedbackReport", "Complaints per 1,000 right-party contacts"),
             fig.per_1000_contacts, ColumnKind.DECIMAL, previous=prev.per_1000_contacts, higher_is_better=False),
        Fact("compliments", say("FeedbackReport", "Compliments about collectors"), fig.compliments,
             ColumnKind.INTEGER, previous=prev.compliments),
    )
    count = Column("complaints", say("FeedbackReport", "Complaints"), ColumnKind.INTEGER, total=True)
    earlier = Column("previous", say("FeedbackReport", "Period before"), ColumnKind.INTEGER, total=True)
    share = Column("share", say("FeedbackReport", "Share"), ColumnKind.PERCENT)

    def grouped(now, then, name):
        before = {g.key: g.complaints for g in then}
        rows = [{"name": name(g.key), "complaints": g.complaints, "previous": before.pop(g.key, 0),
                 "share": ratio(g.complaints, fig.complaints)} for g in now]
        rows += [{"name": name(k), "complaints": 0, "previous": n, "share": ratio(0, fig.complaints)}
                 for k, n in sorted(before.items(), key=lambda kv: -kv[1])]
        return tuple(rows)

    topics = Table("complaints_by_topic", say("FeedbackReport", "Complaints by topic"),
                   (Column("name", say("FeedbackReport", "Topic"), width=28), count, earlier, share),
                   grouped(fig.by_topic, prev.by_topic, lambda k: topic_text(lang, k)))
    channels = Table("complaints_by_channel", say("FeedbackReport", "Complaints by channel"),
                     (Column("name", say("FeedbackReport", "Channel"), width=22), count, earlier, share),
                     grouped(fig.by_channel, prev.by_channel, lambda k: enum_text(lang, FeedbackSource(k))))

    before = {g.key: g.complaints for g in prev.by_collector}
    rows = [{"name": g.name, "complaints": g.complaints, "previous": before.get(g.key, 0),
             "contacts": g.contacts, "per_1000": g.per_1000_contacts}
            for g in fig.by_collector if g.complaints or before.get(g.key)]
    rows.sort(key=lambda r: (-r["complaints"], -r["previous"], r["name"].casefold()))
    other_now = fig.complaints - sum(g.complaints for g in fig.by_collector)
    other_then = prev.complaints - sum(g.complaints for g in prev.by_collector)
    if other_now or other_then:
        rows.append({"name": say("FeedbackReport", "Not linked to a collector in this list"),
                     "complaints": other_now, "previous": other_then, "contacts": None, "per_1000": None})
    collectors = Table("complaints_by_collector", say("FeedbackReport", "Complaints by collector"), (
        Column("name", say("FeedbackReport", "Collector"), width=28), count, earlier,
        Column("contacts", say("FeedbackReport", "Right-party contacts"), ColumnKind.INTEGER, total=True),
        Column("per_1000", say("FeedbackReport", "Per 1,000 contacts"), ColumnKind.DECIMAL, decimals=1)),
        tuple(rows))

    sentences = [narrative.change_sentence(lang, facts[0], vs)]
    if fig.by_topic and fig.complaints:
        top = fig.by_topic[0]
        sentences.append(say("FeedbackReport", "Most complaints were about {topic}: {count} of {total} ({share}).")
                         .format(topic=topic_text(lang, top.key), count=lang.integer(top.complaints),
                                 total=lang.integer(fig.complaints),
                                 share=lang.percent(ratio(top.complaints, fig.complaints))))
    if fig.per_1000_contacts is not None:
        sentences.append(narrative.change_sentence(lang, facts[1], vs))
    worst = next((r for r in rows if r["per_1000"] is not None and r["complaints"] >= 2), None)
    if worst is not None:
        sentences.append(say("FeedbackReport", "{name} drew the most complaints: {count}, {rate} per 1,000 "
                                               "right-party contacts.").format(
            name=worst["name"], count=lang.integer(worst["complaints"]), rate=lang.decimal(worst["per_1000"], 1)))
    series = (Series("complaints_by_topic", say("FeedbackReport", "Complaints by topic"), SeriesKind.BAR,
                     tuple(r["name"] for r in topics.rows),
                     ((say("FeedbackReport", "This period"), tuple(r["complaints"] for r in topics.rows)),
                      (say("FeedbackReport", "Period before"), tuple(r["previous"] for r in topics.rows)))),)
    return Section("complaints", say("FeedbackReport", "Complaints"), tuple(sentences), facts,
                   (topics, channels, *top_rows(lang, collectors)), series)


# ----------------------------------------------------------------------------------------- satisfaction

def _satisfaction(lang: ReportLanguage, fig: InboxFigures, prev: InboxFigures, title: str, vs: str) -> Section:
    say = QCoreApplication.translate
    say = lang.translate
    facts = (
        Fact("satisfaction", say("FeedbackReport", "Average satisfaction (1 to 5)"), fig.satisfaction_average,
             ColumnKind.DECIMAL, previous=prev.satisfaction_average),
        Fact("satisfaction_answers", say("FeedbackReport", "Satisfaction answers"), fig.satisfaction_count,
             ColumnKind.INTEGER, previous=prev.satisfaction_count),
    )
    months = [Period.containing(PeriodKind.MONTH, m) for m, _a, _n in fig.satisfaction_trend]
    labels = tuple(short_period_label(lang, m) for m in months)
    averages = tuple(a for _m, a, _n in fig.satisfaction_trend)
    table = Table("satisfaction_by_month", say("FeedbackReport", "Satisfaction by month"), (
        Column("month", say("FeedbackReport", "Month"), width=14),
        Column("average", say("FeedbackReport", "Average (1 to 5)"), ColumnKind.DECIMAL, decimals=2),
        Column("answers", say("FeedbackReport", "Answers"), ColumnKind.INTEGER, total=True)),
        tuple({"month": label, "average": a, "answers": n}
              for label, (_m, a, n) in zip(labels, fig.satisfaction_trend)))
    series = (Series("satisfaction_trend", say("FeedbackReport", "Average satisfaction, last 12 months"),
                     SeriesKind.LINE, labels,
                     ((say("FeedbackReport", "Average satisfaction"), averages),),
                     unit="1\u20135"),)
    sentences = [narrative.change_sentence(lang, facts[0], vs) if fig.satisfaction_average is not None
                 else say("FeedbackReport", "No satisfaction answers came in this period.")]
    known = [(label, a) for label, (_m, a, _n) in zip(labels, fig.satisfaction_trend) if a is not None]
    if len(known) >= 2:
        sentences.append(say("FeedbackReport", "Over the last 12 months the monthly average went from {first} "
                                               "({first_month}) to {last} ({last_month}).").format(
            first=lang.decimal(known[0][1], 2), first_month=known[0][0], last=lang.decimal(known[-1][1], 2),
            last_month=known[-1][0]))
    return Section("satisfaction", title, tuple(sentences), facts, (table,), series)


# ---------------------------------------------------------------------------------------------- agencies

def _scope_filter(staff_ids) -> list:
    return [] if staff_ids is None else [F.staff_id.in_(staff_ids)]


def _agency_rows(ctx, period: Period, staff_ids) -> dict:
    """{agency: (items, satisfaction answers, Σ satisfaction, NPS answers, promoters, detractors, complaints)}"""
    lo, hi = utc_bounds(period.start, period.end)
    q = (select(F.agency, func.count(), func.count(F.satisfaction), func.sum(F.satisfaction), func.count(F.nps),
                func.sum(case((F.nps >= 9, 1), else_=0)), func.sum(case((F.nps <= 6, 1), else_=0)),
                func.sum(case((F.kind == FeedbackKind.COMPLAINT, 1), else_=0)))
         .where(F.source == FeedbackSource.AGENCY, F.received_at >= lo, F.received_at < hi, *_scope_filter(staff_ids))
         .group_by(F.agency))
    with ctx.reading() as s:
        return {agency: tuple(int(v or 0) for v in rest) for agency, *rest in s.execute(q)}


def _nps(promoters: int, detractors: int, answers: int) -> Decimal | None:
    if not answers:
        return None
    return (Decimal(promoters - detractors) * 100 / answers).quantize(Decimal("0.1"))


def _average(total: int, n: int) -> Decimal | None:
    return (Decimal(total) / n).quantize(Decimal("0.01")) if n else None


def _agencies(lang: ReportLanguage, now: dict, then: dict, title: str, vs: str) -> Section:
    say = QCoreApplication.translate
    say = lang.translate

    def totals(rows: dict):
        return [sum(r[i] for r in rows.values()) for i in range(7)]

    t, p = totals(now), totals(then)
    facts = (
        Fact("agency_answers", say("FeedbackReport", "Answers from agencies"), t[0], ColumnKind.INTEGER, previous=p[0]),
        Fact("agency_satisfaction", say("FeedbackReport", "Average satisfaction reported by agencies"),
             _average(t[2], t[1]), ColumnKind.DECIMAL, previous=_average(p[2], p[1])),
        Fact("agency_nps", say("FeedbackReport", "Net promoter score"), _nps(t[4], t[5], t[3]), ColumnKind.DECIMAL,
             previous=_nps(p[4], p[5], p[3])),
        Fact("agency_complaints", say("FeedbackReport", "Complaints through agencies"), t[6], ColumnKind.INTEGER,
             previous=p[6], higher_is_better=False),
    )
    rows = []
    for agency, (n, sat_n, sat, nps_n, pro, det, complaints) in sorted(now.items(), key=lambda kv: -kv[1][0]):
        rows.append({"agency": agency or say("FeedbackReport", "Agency not named"), "answers": n,
                     "previous": then.get(agency, (0,))[0], "satisfaction": _average(sat, sat_n),
                     "nps": _nps(pro, det, nps_n), "complaints": complaints})
    rows += [{"agency": agency or say("FeedbackReport", "Agency not named"), "answers": 0, "previous": r[0],
              "satisfaction": None, "nps": None, "complaints": 0} for agency, r in then.items() if agency not in now]
    table = Table("agencies", say("FeedbackReport", "Agency data"), (
        Column("agency", say("FeedbackReport", "Agency"), width=26),
        Column("answers", say("FeedbackReport", "Answers"), ColumnKind.INTEGER, total=True),
        Column("previous", say("FeedbackReport", "Period before"), ColumnKind.INTEGER, total=True),
        Column("satisfaction", say("FeedbackReport", "Average satisfaction"), ColumnKind.DECIMAL, decimals=2),
        Column("nps", say("FeedbackReport", "Net promoter score"), ColumnKind.DECIMAL, decimals=1),
        Column("complaints", say("FeedbackReport", "Complaints"), ColumnKind.INTEGER, total=True)), tuple(rows))
    sentences = [narrative.change_sentence(lang, facts[0], vs)]
    if facts[2].value is not None:
        sentences.append(narrative.change_sentence(lang, facts[2], vs))
    return Section("agencies", title, tuple(sentences), facts, (table,))


# -------------------------------------------------------------------------------------------------- SLA

def _sla_counts(ctx, period: Period, staff_ids, now: datetime) -> dict:
    """{kind: [received, ack judged, ack on time, resolve judged, resolved on time]}"""
    lo, hi = utc_bounds(period.start, period.end)
    ack_judged = (F.ack_due_by.is_not(None)) & (F.acknowledged_at.is_not(None) | (F.ack_due_by < now))
    res_judged = (F.due_by.is_not(None)) & (F.resolved_at.is_not(None) | (F.due_by < now))
    q = (select(F.kind, func.count(), func.sum(case((ack_judged, 1), else_=0)),
                func.sum(case((ack_judged & (F.acknowledged_at <= F.ack_due_by), 1), else_=0)),
                func.sum(case((res_judged, 1), else_=0)),
                func.sum(case((res_judged & (F.resolved_at <= F.due_by), 1), else_=0)))
         .where(F.kind.in_(CASE_KINDS), F.received_at >= lo, F.received_at < hi, *_scope_filter(staff_ids))
         .group_by(F.kind))
    with ctx.reading() as s:
        return {FeedbackKind(kind): [int(v or 0) for v in rest] for kind, *rest in s.execute(q)}


def _overdue_by_kind(ctx, staff_ids, now: datetime) -> dict:
    q = (select(F.kind, func.count()).where(F.kind.in_(CASE_KINDS), overdue_condition(now), *_scope_filter(staff_ids))
         .group_by(F.kind))
    with ctx.reading() as s:
        return {FeedbackKind(k): int(n) for k, n in s.execute(q)}


def _sla(ctx, lang: ReportLanguage, fig: InboxFigures, prev: InboxFigures, period: Period, before: Period,
         staff_ids, now: datetime, vs: str) -> Section:
    say = QCoreApplication.translate
    say = lang.translate
    counts, earlier = _sla_counts(ctx, period, staff_ids, now), _sla_counts(ctx, before, staff_ids, now)
    overdue = _overdue_by_kind(ctx, staff_ids, now)

    def total(rows: dict, i: int) -> int:
        return sum(r[i] for r in rows.values())

    facts = (
        Fact("acknowledged_in_time", say("FeedbackReport", "Acknowledged within the deadline"),
             ratio(total(counts, 2), total(counts, 1)), ColumnKind.PERCENT,
             previous=ratio(total(earlier, 2), total(earlier, 1))),
        Fact("resolved_in_time", say("FeedbackReport", "Resolved within the deadline"),
             ratio(total(counts, 4), total(counts, 3)), ColumnKind.PERCENT,
             previous=ratio(total(earlier, 4), total(earlier, 3))),
        Fact("overdue_now", say("FeedbackReport", "Complaints and disputes overdue now"), fig.overdue,
             ColumnKind.INTEGER, higher_is_better=False),
        Fact("ack_median_days", say("FeedbackReport", "Median days to acknowledge"), fig.ack_median_days,
             ColumnKind.DECIMAL, previous=prev.ack_median_days, higher_is_better=False),
        Fact("resolve_median_days", say("FeedbackReport", "Median days to resolve"), fig.resolve_median_days,
             ColumnKind.DECIMAL, previous=prev.resolve_median_days, higher_is_better=False),
    )
    rows = []
    for kind in CASE_KINDS:
        received, ack_n, ack_ok, res_n, res_ok = counts.get(kind, [0] * 5)
        rows.append({"category": enum_text(lang, kind), "received": received, "ack_judged": ack_n,
                     "ack_on_time": ack_ok, "ack_rate": ratio(ack_ok, ack_n), "resolve_judged": res_n,
                     "resolved_on_time": res_ok, "resolve_rate": ratio(res_ok, res_n),
                     "overdue": overdue.get(kind, 0)})
    table = Table("service_levels", say("FeedbackReport", "Deadlines met, by category"), (
        Column("category", say("FeedbackReport", "Category"), width=16),
        Column("received", say("FeedbackReport", "Received"), ColumnKind.INTEGER, total=True),
        Column("ack_judged", say("FeedbackReport", "Acknowledgement due"), ColumnKind.INTEGER, total=True),
        Column("ack_on_time", say("FeedbackReport", "Acknowledged in time"), ColumnKind.INTEGER, total=True),
        Column("ack_rate", say("FeedbackReport", "In time"), ColumnKind.PERCENT),
        Column("resolve_judged", say("FeedbackReport", "Resolution due"), ColumnKind.INTEGER, total=True),
        Column("resolved_on_time", say("FeedbackReport", "Resolved in time"), ColumnKind.INTEGER, total=True),
        Column("resolve_rate", say("FeedbackReport", "In time"), ColumnKind.PERCENT),
        Column("overdue", say("FeedbackReport", "Overdue now"), ColumnKind.INTEGER, total=True)), tuple(rows),
        note=say("FeedbackReport", "Items received in the period; an item still inside its deadline is not "
                                   "counted as due yet. Overdue now counts every open item past a deadline."))
    sentences = []
    if facts[0].value is not None:
        sentences.append(say("FeedbackReport", "{share} of complaints and disputes were acknowledged within the "
                                               "deadline and {resolved} resolved within it; {overdue} are overdue "
                                               "now.").format(
            share=lang.percent(facts[0].value), resolved=lang.percent(facts[1].value),
            overdue=lang.integer(fig.overdue)))
    else:
        sentences.append(say("FeedbackReport", "No acknowledgement deadline of this period's complaints has passed "
                                               "yet; {overdue} complaints and disputes are overdue now.").format(
            overdue=lang.integer(fig.overdue)))
    if facts[3].value is not None:
        sentences.append(narrative.change_sentence(lang, facts[3], vs))
    return Section("service_levels", say("FeedbackReport", "Service levels"), tuple(sentences), facts, (table,))


# ------------------------------------------------------------------------------------------------ notable

def _notable(ctx, lang: ReportLanguage, period: Period, staff_ids, now: datetime, title: str) -> Section | None:
    say = QCoreApplication.translate
    say = lang.translate
    lo, hi = utc_bounds(period.start, period.end)
    columns = (F.id, F.received_at, F.source, F.status, F.subject, F.due_by, F.agency, Account.account_no,
               Debtor.name, StaffMember.full_name)

    def query():
        return (select(*columns).select_from(F).outerjoin(Account, Account.id == F.account_id)
                .outerjoin(Debtor, Debtor.id == F.debtor_id).outerjoin(StaffMember, StaffMember.id == F.staff_id)
                .where(F.kind == FeedbackKind.COMPLAINT, *_scope_filter(staff_ids)))

    with ctx.reading() as s:
        oldest = s.execute(query().where(F.status.in_(sorted(OPEN_FEEDBACK)))
                           .order_by(F.received_at, F.id).limit(NOTABLE_OLDEST)).all()
        agency = s.execute(query().where(F.source == FeedbackSource.AGENCY, F.received_at >= lo, F.received_at < hi)
                           .order_by(F.received_at, F.id).limit(NOTABLE_AGENCY)).all()
        agency_count = s.execute(select(func.count()).select_from(F).where(
            F.kind == FeedbackKind.COMPLAINT, F.source == FeedbackSource.AGENCY, F.received_at >= lo,
            F.received_at < hi, *_scope_filter(staff_ids))).scalar_one()
    if not oldest and not agency:
        return None
    oldest_text = say("FeedbackReport", "Oldest open")
    agency_text = say("FeedbackReport", "Through an agency: {agency}")
    rows, seen = [], set()
    for found in (oldest, agency):
        for r in found:
            if r.id in seen:
                continue
            seen.add(r.id)
            status = FeedbackStatus(r.status)
            received = _aware(r.received_at)
            from_agency = FeedbackSource(r.source) is FeedbackSource.AGENCY
            why = agency_text.format(agency=r.agency or "") if from_agency else oldest_text
            rows.append({"why": why, "received": received.date(),
                         "days_open": (now - received).days if status in OPEN_FEEDBACK else None,
                         "subject": r.subject or "", "account": r.account_no or "", "debtor": r.name or "",
                         "collector": r.full_name or "",
                         "status": enum_text(lang, status), "due": _aware(r.due_by).date() if r.due_by else None})
    table = Table("notable_cases", say("FeedbackReport", "Notable cases"), (
        Column("why", say("FeedbackReport", "Listed as"), width=26),
        Column("received", say("FeedbackReport", "Received"), ColumnKind.DATE),
        Column("days_open", say("FeedbackReport", "Days open"), ColumnKind.INTEGER),
        Column("subject", say("FeedbackReport", "Subject"), width=34),
        Column("account", say("FeedbackReport", "Account"), width=14),
        Column("debtor", say("FeedbackReport", "Debtor"), width=24),
        Column("collector", say("FeedbackReport", "Collector"), width=20),
        Column("status", say("FeedbackReport", "Status"), width=16),
        Column("due", say("FeedbackReport", "Resolve by"), ColumnKind.DATE)), tuple(rows))
    sentences = []
    if oldest:
        first = _aware(oldest[0].received_at)
        sentences.append(say("FeedbackReport", "The oldest open complaint was received on {date}, %n day(s) ago.",
                             None, (now - first).days).format(date=lang.date(first.date())))
    if agency:
        sentences.append(say("FeedbackReport", "%n complaint(s) came through a reporting agency in this period.",
                             None, agency_count))
    return Section("notable_cases", title, tuple(sentences), (), (table,))
