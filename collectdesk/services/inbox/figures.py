"""Complaint figures of the feedback inbox, for the inbox, the dashboard, scorecards and reports.

Definitions (period [start, end], both inclusive, UTC dates as the scorecards count them):

complaints            feedback items of kind complaint with ``received_at`` in the period; per collector
                      by ``staff_id`` — exactly the scorecard's ``complaints`` (scorecard_read.read_tallies
                      is what counts them here too, so the two cannot drift apart).
contacts              right-party contacts in the period (the scorecard's ``right_party_contacts``).
accounts              distinct accounts the collectors worked in the period (the scorecard's
                      ``accounts_worked``; a team's and the department's counted once).
per_1000_contacts     complaints / contacts x 1,000, 1 dp half-up (kpis.per_thousand_contacts) — the
                      scorecard's ``complaints_per_1000``.
per_1000_accounts     complaints / accounts x 1,000, same rounding.
by topic and channel  the complaints of each topic / channel against the scope's contacts and accounts.
satisfaction          mean of the ``satisfaction`` (1-5) given on items received in the period (survey
                      answers, letters, calls, ...), 2 dp; ``satisfaction_trend``: the same per calendar
                      month for the 12 months ending with the period's last month.
ack/resolve times     complaints and disputes received in the period that were acknowledged / resolved:
                      days from ``received_at`` to ``acknowledged_at`` / ``resolved_at``, median and mean,
                      1 dp.
overdue               open complaints and disputes past their acknowledgement or resolution deadline now
                      (items.overdue_condition), whenever received; ``overdue_complaints`` complaints
                      only; ``overdue_all`` every category.

Scope: with ``team_id``/``branch_id``, items about the collectors of that team/branch (as the scorecard
chooses its staff); without, the whole department, including complaints not yet linked to anyone.
"""

from __future__ import annotations

import statistics
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select

from collectdesk.domain import kpis
from collectdesk.domain.enums import FeedbackKind
from collectdesk.domain.periods import add_months
from collectdesk.services.context import ServiceContext
from collectdesk.services.inbox.items import overdue_condition
from collectdesk.services.scorecard_read import distinct_accounts, read_tallies, staff_rows, utc_bounds
from collectdesk.store.models import FeedbackItem, utcnow

CASE_KINDS = (FeedbackKind.COMPLAINT, FeedbackKind.DISPUTE)
ONE_DP, TWO_DP = Decimal("0.1"), Decimal("0.01")


@dataclass(frozen=True)
class GroupFigure:
    key: object  # staff id, team id, topic key, channel (FeedbackSource value); None: not linked / no topic
    name: str  # staff or team name; for topics and channels the key (labels are the UI's)
    complaints: int
    accounts: int
    contacts: int
    per_1000_accounts: Decimal | None
    per_1000_contacts: Decimal | None


@dataclass(frozen=True)
class InboxFigures:
    start: date
    end: date
    complaints: int
    accounts: int
    contacts: int
    per_1000_accounts: Decimal | None
    per_1000_contacts: Decimal | None
    by_collector: list[GroupFigure]
    by_team: list[GroupFigure]
    by_topic: list[GroupFigure]
    by_channel: list[GroupFigure]
    satisfaction_average: Decimal | None
    satisfaction_count: int
    satisfaction_trend: list[tuple[date, Decimal | None, int]]  # (first of month, average, answers)
    ack_median_days: Decimal | None
    ack_mean_days: Decimal | None
    resolve_median_days: Decimal | None
    resolve_mean_days: Decimal | None
    acknowledged: int
    resolved: int
    overdue: int
    overdue_all: int
    overdue_complaints: int = 0  # complaints only (what the dashboard's tile counts)
    compliments: int = 0
    by_collector_index: dict = field(default_factory=dict, repr=False)  # staff id -> GroupFigure

    def for_collector(self, staff_id: uuid.UUID) -> GroupFigure | None:
        return self.by_collector_index.get(staff_id)


def _group(key, name, complaints, accounts, contacts) -> GroupFigure:
    return GroupFigure(key, name, complaints, accounts, contacts,
                       kpis.per_thousand_contacts(complaints, accounts),  # the same arithmetic, per account
                       kpis.per_thousand_contacts(complaints, contacts))


def _days(delta_seconds: list[float]) -> tuple[Decimal | None, Decimal | None]:
    if not delta_seconds:
        return None, None
    days = [s / 86400 for s in delta_seconds]

    def q(x: float) -> Decimal:
        return Decimal(str(x)).quantize(ONE_DP, rounding=ROUND_HALF_UP)

    return q(statistics.median(days)), q(statistics.fmean(days))


def _month_add(day: date, months: int) -> date:
    """The first of the month `months` from `day`'s month."""
    return add_months(day.replace(day=1), months)


def inbox_figures(ctx: ServiceContext, start: date, end: date, *, team_id: uuid.UUID | None = None,
                  branch_id: uuid.UUID | None = None, now: datetime | None = None) -> InboxFigures:
    if end < start:
        raise ValueError(f"period end {end} is before its start {start}")
    now = now or utcnow()
    lo, hi = utc_bounds(start, end)
    f = FeedbackItem
    with ctx.reading() as s:
        staff = staff_rows(s, team_id, branch_id)
        ids = [row[0] for row in staff]
        tallies = read_tallies(s, ids, [(start, end)], sources=frozenset({"activities", "accounts", "feedback"}))
        by_team_accounts = distinct_accounts(s, ids, [(start, end)], by_team=True)
        all_accounts = distinct_accounts(s, ids, [(start, end)], by_team=False).get((None, 0), 0)
        scoped = team_id is not None or branch_id is not None
        in_scope = [f.staff_id.in_(ids)] if scoped else []
        in_period = [f.received_at >= lo, f.received_at < hi]
        complaint_rows = s.execute(select(f.topic, f.source, func.count()).where(
            f.kind == FeedbackKind.COMPLAINT, *in_period, *in_scope).group_by(f.topic, f.source)).all()
        sat_sum, sat_n = s.execute(select(func.sum(f.satisfaction), func.count(f.satisfaction)).where(
            *in_period, *in_scope, f.satisfaction.is_not(None))).one()
        trend_from = _month_add(end.replace(day=1), -11)
        trend_lo, _ = utc_bounds(trend_from, end)
        trend_rows = s.execute(select(f.received_at, f.satisfaction).where(
            f.received_at >= trend_lo, f.received_at < hi, f.satisfaction.is_not(None), *in_scope)).all()
        times = s.execute(select(f.received_at, f.acknowledged_at, f.resolved_at).where(
            f.kind.in_(CASE_KINDS), *in_period, *in_scope)).all()
        overdue = s.execute(select(func.count()).select_from(f).where(
            f.kind.in_(CASE_KINDS), overdue_condition(now), *in_scope)).scalar_one()
        overdue_complaints = s.execute(select(func.count()).select_from(f).where(
            f.kind == FeedbackKind.COMPLAINT, overdue_condition(now), *in_scope)).scalar_one()
        overdue_all = s.execute(select(func.count()).select_from(f).where(
            overdue_condition(now), *in_scope)).scalar_one()

    by_collector, team_sum = [], defaultdict(lambda: [0, 0])
    team_names: dict = {}
    compliments = 0
    for sid, name, _role, tid, team_name, _branch, active in staff:
        t = tallies.get((sid, 0))
        complaints = t.complaints if t else 0
        compliments += t.compliments if t else 0
        if t is None and not active:
            continue
        by_collector.append(_group(sid, name, complaints, t.accounts_worked if t else 0,
                                   t.right_party_contacts if t else 0))
        team_sum[tid][0] += complaints
        team_sum[tid][1] += t.right_party_contacts if t else 0
        team_names[tid] = team_name or ""
    by_team = [_group(tid, team_names[tid], c, by_team_accounts.get((tid, 0), 0), rpc)
               for tid, (c, rpc) in team_sum.items()]
    by_team.sort(key=lambda g: g.name)
    contacts = sum(g.contacts for g in by_collector)
    if len({row[3] for row in staff}) == 1:
        all_accounts = sum(by_team_accounts.values())
    topics, channels = defaultdict(int), defaultdict(int)
    for topic, source, n in complaint_rows:
        topics[topic] += n
        channels[str(source.value if hasattr(source, "value") else source)] += n
    total = sum(topics.values())
    by_topic = sorted((_group(k, k or "", n, all_accounts, contacts) for k, n in topics.items()),
                      key=lambda g: (-g.complaints, g.name))
    by_channel = sorted((_group(k, k, n, all_accounts, contacts) for k, n in channels.items()),
                        key=lambda g: (-g.complaints, g.name))

    months: dict[date, list[int]] = {_month_add(trend_from, i): [] for i in range(12)}
    for received, sat in trend_rows:
        key = received.date().replace(day=1)
        if key in months:
            months[key].append(int(sat))
    trend = [(m, (Decimal(sum(v)) / len(v)).quantize(TWO_DP, rounding=ROUND_HALF_UP) if v else None, len(v))
             for m, v in months.items()]
    ack = [(a - r).total_seconds() for r, a, _ in times if a is not None]
    res = [(z - r).total_seconds() for r, _, z in times if z is not None]
    ack_median, ack_mean = _days(ack)
    res_median, res_mean = _days(res)
    index = {g.key: g for g in by_collector}
    return InboxFigures(
        start=start, end=end, complaints=total, accounts=all_accounts, contacts=contacts,
        per_1000_accounts=kpis.per_thousand_contacts(total, all_accounts),
        per_1000_contacts=kpis.per_thousand_contacts(total, contacts),
        by_collector=by_collector, by_team=by_team, by_topic=by_topic, by_channel=by_channel,
        satisfaction_average=((Decimal(int(sat_sum)) / int(sat_n)).quantize(TWO_DP, rounding=ROUND_HALF_UP)
                              if sat_n else None),
        satisfaction_count=int(sat_n or 0), satisfaction_trend=trend,
        ack_median_days=ack_median, ack_mean_days=ack_mean, resolve_median_days=res_median,
        resolve_mean_days=res_mean, acknowledged=len(ack), resolved=len(res), overdue=int(overdue),
        overdue_all=int(overdue_all), overdue_complaints=int(overdue_complaints), compliments=compliments,
        by_collector_index=index)
