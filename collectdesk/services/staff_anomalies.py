"""Anomalies in staff work worth a supervisor's look, each told in one sentence.

`find_anomalies(ctx, start, end, team_id=None, branch_id=None, today=None)` runs five detectors over the
period [start, end] (inclusive dates; timestamps compared by their UTC date, as in the scorecard):
below_team (kept rate or RPC rate far below the rest of the team), drop (against the person's own
previous periods), late_broken (promises recorded in the last days of the period that broke),
short_calls (promise-to-pay calls shorter than a few seconds) and foreign_pay (payments on accounts
assigned to someone else when the payment was posted, read from the audit trail). docs/anomalies.md
states every rule and threshold; the thresholds are department settings "anomalies.*" (defaults in
services/department_settings.DEFAULTS).

Every count comes from SQL GROUP BY queries (one per source, all periods at once via a CASE bucket);
Python only compares the few numbers per person. `anomaly_sentence(anomaly, language)` says it in words.
"""

from __future__ import annotations

import calendar
import json
import logging
import statistics
import uuid
from collections import defaultdict
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLocale
from sqlalchemy import String, and_, case, cast, exists, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from collectdesk import i18n
from collectdesk.domain import kpis
from collectdesk.domain.enums import RIGHT_PARTY_OUTCOMES, Channel, Direction, Outcome, PromiseStatus
from collectdesk.domain.periods import add_months
from collectdesk.services.context import ServiceContext
from collectdesk.services.department_settings import DEFAULTS
from collectdesk.services.scorecards import SCORED_ROLES
from collectdesk.store.models import Account, Activity, AppSetting, AuditEntry, Payment, Promise, StaffMember, Team

log = logging.getLogger(__name__)

KEPT_BELOW_TEAM = "kept_rate_below_team"
RPC_BELOW_TEAM = "rpc_rate_below_team"
KEPT_DROP = "kept_rate_drop"
RPC_DROP = "rpc_rate_drop"
COLLECTED_DROP = "collected_drop"
LATE_PROMISES_BROKEN = "late_promises_broken"
SHORT_PROMISE_CALLS = "short_promise_calls"
FOREIGN_PAYMENTS = "payments_on_others_accounts"
KINDS = (KEPT_BELOW_TEAM, RPC_BELOW_TEAM, KEPT_DROP, RPC_DROP, COLLECTED_DROP, LATE_PROMISES_BROKEN,
         SHORT_PROMISE_CALLS, FOREIGN_PAYMENTS)

HIGH, MEDIUM = "high", "medium"
EXAMPLES = 5
MAX_HISTORY = 6
ONE = Decimal("0.1")
_RPC = sorted(o.value for o in RIGHT_PARTY_OUTCOMES)
_FELL_DUE = (PromiseStatus.KEPT, PromiseStatus.PARTIAL, PromiseStatus.BROKEN)


@dataclass(frozen=True)
class Anomaly:
    """One finding. `figures` holds the numbers behind it (Decimal/int/str, lists of ids as strings)."""

    kind: str
    staff_id: uuid.UUID
    staff_name: str
    team: str | None
    severity: str  # HIGH or MEDIUM
    figures: dict = field(default_factory=dict)
    evidence_kpi: str | None = None  # the StaffScore field to drill into


@dataclass(frozen=True)
class AnomalyRules:
    """The thresholds; each field is the department setting "anomalies.<name>"."""

    sigma: Decimal
    min_sd_pp: Decimal
    min_team: int
    min_promises_due: int
    min_calls: int
    history_periods: int
    drop_pp: Decimal
    drop_collected_pct: Decimal
    period_end_days: int
    late_broken_min: int
    late_broken_share: Decimal
    short_call_s: int
    short_call_min: int
    short_call_share: Decimal

    @classmethod
    def from_values(cls, values: dict) -> AnomalyRules:
        """Rules from {"anomalies.sigma": "2.5", ...}; a missing or unreadable value takes its default."""
        out = {}
        for f in fields(cls):
            key = f"anomalies.{f.name}"
            kind = Decimal if f.type in ("Decimal", Decimal) else int
            for candidate in (values.get(key), DEFAULTS[key]):
                try:
                    value = kind(str(candidate))
                except (InvalidOperation, ValueError, TypeError):
                    if candidate is not None:
                        log.warning("setting %s has an unreadable value %r; using the default", key, candidate)
                    continue
                if value >= 0:
                    out[f.name] = value
                    break
        return cls(**out)


def read_rules(s: Session) -> AnomalyRules:
    rows = s.execute(select(AppSetting.key, AppSetting.value).where(AppSetting.key.like("anomalies.%"))).all()
    return AnomalyRules.from_values({k: json.loads(v) for k, v in rows})


# ---- periods ------------------------------------------------------------------------------------

def _add_months(d: date, months: int) -> date:
    """The first of the month `months` from `d`'s month."""
    return add_months(d.replace(day=1), months)


def previous_periods(start: date, end: date, n: int) -> list[tuple[date, date]]:
    """The `n` periods of the same length before [start, end], newest first. Whole calendar months
    step back by months (October -> September, August, July); any other period by its number of days."""
    if start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]:
        months = (end.year * 12 + end.month) - (start.year * 12 + start.month) + 1
        return [(_add_months(start, -k * months), _add_months(start, -(k - 1) * months) - timedelta(days=1))
                for k in range(1, n + 1)]
    days = (end - start).days + 1
    return [(start - timedelta(days=k * days), end - timedelta(days=k * days)) for k in range(1, n + 1)]


def _utc(d: date) -> datetime:
    return datetime.combine(d, time(), timezone.utc)


def _bucket_instant(column, periods):
    """CASE: index of the period whose UTC dates hold the timestamp, else NULL."""
    return case(*[(and_(column >= _utc(lo), column < _utc(hi + timedelta(days=1))), i)
                  for i, (lo, hi) in enumerate(periods)], else_=None)


def _bucket_date(column, periods):
    return case(*[(and_(column >= lo, column <= hi), i) for i, (lo, hi) in enumerate(periods)], else_=None)


def _uuid_text(column, dialect: str):
    """The UUID column as the text str(uuid) gives (how the audit trail stores ids), in SQL."""
    if dialect == "postgresql":
        return cast(column, String)
    raw = type_coerce(column, String)  # SQLite keeps 32 hex digits
    return (func.substr(raw, 1, 8) + "-" + func.substr(raw, 9, 4) + "-" + func.substr(raw, 13, 4) + "-"
            + func.substr(raw, 17, 4) + "-" + func.substr(raw, 21, 12))


# ---- the detectors ------------------------------------------------------------------------------

@dataclass
class _Person:
    staff_id: uuid.UUID
    name: str
    team_id: uuid.UUID | None
    team: str | None
    present: bool = True  # employed through the whole period (drops of a joiner or leaver are expected)
    calls: list = field(default_factory=lambda: [0] * (MAX_HISTORY + 1))  # outbound calls per period (0 = current)
    rpc: list = field(default_factory=lambda: [0] * (MAX_HISTORY + 1))
    due: list = field(default_factory=lambda: [0] * (MAX_HISTORY + 1))     # promises fallen due (kept+partial+broken)
    kept: list = field(default_factory=lambda: [0] * (MAX_HISTORY + 1))
    collected: dict = field(default_factory=lambda: defaultdict(lambda: defaultdict(lambda: Decimal("0.00"))))

    def anomaly(self, kind: str, severity: str, figures: dict, kpi: str | None) -> Anomaly:
        return Anomaly(kind=kind, staff_id=self.staff_id, staff_name=self.name, team=self.team, severity=severity,
                       figures=figures, evidence_kpi=kpi)


def _staff(s: Session, team_id, branch_id, start: date, end: date) -> dict[uuid.UUID, _Person]:
    q = (select(StaffMember.id, StaffMember.full_name, StaffMember.team_id, Team.name, StaffMember.active,
                StaffMember.hire_date, StaffMember.left_on)
         .outerjoin(Team, Team.id == StaffMember.team_id).where(StaffMember.role.in_(SCORED_ROLES)))
    if team_id is not None:
        q = q.where(StaffMember.team_id == team_id)
    if branch_id is not None:
        q = q.where(or_(StaffMember.branch_id == branch_id,
                        and_(StaffMember.branch_id.is_(None), Team.branch_id == branch_id)))
    return {sid: _Person(sid, name, tid, tname, present=(hired is None or hired <= start)
                         and (left > end if left is not None else bool(active)))
            for sid, name, tid, tname, active, hired, left in s.execute(q.order_by(StaffMember.full_name,
                                                                                    StaffMember.id))}


def _read_volumes(s: Session, people: dict, periods: list, ids: list) -> None:
    """Outbound calls, RPC calls, promises fallen due and kept, collected money: per person and period."""
    bucket = _bucket_instant(Activity.occurred_at, periods).label("bucket")
    outbound = and_(Activity.channel == Channel.CALL, Activity.direction == Direction.OUTBOUND)
    for sid, b, calls, rpc in s.execute(
            select(Activity.collector_id, bucket, func.count(),
                   func.coalesce(func.sum(case((Activity.outcome.in_(_RPC), 1), else_=0)), 0))
            .where(Activity.collector_id.in_(ids), outbound, Activity.occurred_at >= _utc(periods[-1][0]),
                   Activity.occurred_at < _utc(periods[0][1] + timedelta(days=1)))
            .group_by(Activity.collector_id, bucket)):
        if b is not None:
            people[sid].calls[b], people[sid].rpc[b] = int(calls), int(rpc)

    bucket = _bucket_date(Promise.due_date, periods).label("bucket")
    for sid, b, due, kept in s.execute(
            select(Promise.collector_id, bucket, func.count(),
                   func.coalesce(func.sum(case((Promise.status == PromiseStatus.KEPT, 1), else_=0)), 0))
            .where(Promise.collector_id.in_(ids), Promise.status.in_(_FELL_DUE),
                   Promise.due_date >= periods[-1][0], Promise.due_date <= periods[0][1])
            .group_by(Promise.collector_id, bucket)):
        if b is not None:
            people[sid].due[b], people[sid].kept[b] = int(due), int(kept)

    bucket = _bucket_date(Payment.paid_on, periods).label("bucket")
    for sid, b, cur, amount, over in s.execute(
            select(Payment.collector_id, bucket, Payment.currency, func.sum(Payment.amount),
                   func.sum(Payment.overpayment))
            .where(Payment.collector_id.in_(ids), Payment.paid_on >= periods[-1][0],
                   Payment.paid_on <= periods[0][1])
            .group_by(Payment.collector_id, bucket, Payment.currency)):
        if b is not None:
            people[sid].collected[cur][b] += (amount or Decimal(0)) - (over or Decimal(0))


def _q(value: Decimal) -> Decimal:
    return value.quantize(ONE, rounding=ROUND_HALF_UP)


def _below_team(people: dict, rules: AnomalyRules) -> list[Anomaly]:
    found = []
    metrics = ((KEPT_BELOW_TEAM, "kept_rate_count", lambda p: p.due[0], lambda p: p.kept[0], rules.min_promises_due,
                kpis.promise_kept_rate_by_count),
               (RPC_BELOW_TEAM, "rpc_rate", lambda p: p.calls[0], lambda p: p.rpc[0], rules.min_calls, kpis.rpc_rate))
    for kind, kpi, denominator, numerator, minimum, formula in metrics:
        teams = defaultdict(list)
        for p in people.values():
            if p.team_id is not None and minimum and denominator(p) >= minimum:
                teams[p.team_id].append((p, formula(numerator(p), denominator(p))))
        for members in teams.values():
            if len(members) < max(rules.min_team, 3):
                continue
            for p, value in members:
                others = [v for q, v in members if q is not p]
                mean = sum(others) / len(others)
                sd = statistics.stdev(others)
                # the person's own sampling noise: the standard deviation of a rate over `denominator`
                # trials at the team's mean (a small sample far from the mean may be chance)
                noise = (mean * (100 - mean) / denominator(p)).sqrt() if 0 < mean < 100 else Decimal(0)
                scale = max(sd, rules.min_sd_pp, noise)
                if scale == 0 or mean - value <= rules.sigma * scale:
                    continue
                sigmas = (mean - value) / scale
                found.append(p.anomaly(kind, HIGH if sigmas >= rules.sigma + 1 else MEDIUM, {
                    "value": value, "team_mean": _q(mean), "team_sd": _q(sd), "scale": _q(scale), "sigmas": _q(sigmas),
                    "threshold": _q(mean - rules.sigma * scale), "team_size": len(members),
                    "numerator": numerator(p), "denominator": denominator(p)}, kpi))
    return found


def _drops(people: dict, rules: AnomalyRules, history: int, period_over: bool) -> list[Anomaly]:
    if history < 1:
        return []
    found = []
    metrics = ((KEPT_DROP, "kept_rate_count", "due", "kept", rules.min_promises_due, kpis.promise_kept_rate_by_count),
               (RPC_DROP, "rpc_rate", "calls", "rpc", rules.min_calls, kpis.rpc_rate))
    for p in people.values():
        if not p.present:
            continue
        for kind, kpi, den_name, num_name, minimum, formula in metrics:
            den, num = getattr(p, den_name), getattr(p, num_name)
            if not minimum or den[0] < minimum:
                continue
            past = [formula(num[b], den[b]) for b in range(1, history + 1) if den[b] >= minimum]
            if len(past) < min(2, history):
                continue
            value, baseline = formula(num[0], den[0]), _q(sum(past) / len(past))
            drop = baseline - value
            # and beyond chance: more than sigma x the sampling noise of this period's rate at the baseline
            noise = (baseline * (100 - baseline) / den[0]).sqrt() if 0 < baseline < 100 else Decimal(0)
            if drop >= rules.drop_pp and drop > 0 and drop > rules.sigma * noise:
                found.append(p.anomaly(kind, HIGH if drop >= 2 * rules.drop_pp else MEDIUM, {
                    "value": value, "baseline": baseline, "drop_pp": _q(drop), "periods": len(past), "noise": _q(noise),
                    "threshold": rules.drop_pp, "numerator": num[0], "denominator": den[0]}, kpi))
        if not period_over or not rules.drop_collected_pct:
            continue
        for cur, by_period in sorted(p.collected.items()):
            past = [by_period.get(b, Decimal("0.00")) for b in range(1, history + 1)]
            baseline = (sum(past) / len(past)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            value = by_period.get(0, Decimal("0.00"))
            if baseline <= 0 or value >= min(past):  # lumpy money: a drop is below every recent period
                continue
            drop_pct = _q((baseline - value) * 100 / baseline)
            if drop_pct >= rules.drop_collected_pct:
                found.append(p.anomaly(COLLECTED_DROP, HIGH if drop_pct >= 80 else MEDIUM, {
                    "currency": cur, "value": value, "baseline": baseline, "drop_pct": drop_pct,
                    "periods": len(past), "threshold": rules.drop_collected_pct}, "collected"))
    return found


def _late_broken(s: Session, people: dict, ids: list, start: date, end: date, rules: AnomalyRules) -> list[Anomaly]:
    if not rules.period_end_days:
        return []
    late_from = max(start, end - timedelta(days=rules.period_end_days - 1))
    late = Promise.promised_at >= _utc(late_from)
    found = []
    for sid, made, late_made, late_due, late_broken in s.execute(
            select(Promise.collector_id, func.count(),
                   func.coalesce(func.sum(case((late, 1), else_=0)), 0),
                   func.coalesce(func.sum(case((and_(late, Promise.status.in_(_FELL_DUE)), 1), else_=0)), 0),
                   func.coalesce(func.sum(case((and_(late, Promise.status == PromiseStatus.BROKEN), 1), else_=0)), 0))
            .where(Promise.collector_id.in_(ids), Promise.promised_at >= _utc(start),
                   Promise.promised_at < _utc(end + timedelta(days=1)))
            .group_by(Promise.collector_id)):
        late_broken, late_due = int(late_broken), int(late_due)
        if late_broken < max(rules.late_broken_min, 1):
            continue
        share = kpis.rate(late_broken, late_due)
        if share is None or share < rules.late_broken_share:
            continue
        found.append(people[sid].anomaly(LATE_PROMISES_BROKEN, HIGH if share >= 75 else MEDIUM, {
            "count": late_broken, "fell_due": late_due, "share": share, "late_made": int(late_made),
            "made": int(made), "days": rules.period_end_days, "from": late_from.isoformat(),
            "threshold": rules.late_broken_share, "min_count": rules.late_broken_min,
            "examples": _examples(s, select(Promise.collector_id, Promise.account_id).where(
                Promise.collector_id == sid, Promise.promised_at >= _utc(late_from),
                Promise.promised_at < _utc(end + timedelta(days=1)), Promise.status == PromiseStatus.BROKEN)
                .order_by(Promise.promised_at))}, "kept_rate_count"))
    return found


def _examples(s: Session, query) -> list[str]:
    seen = []
    for _sid, item in s.execute(query.limit(EXAMPLES * 4)):
        if str(item) not in seen:
            seen.append(str(item))
        if len(seen) == EXAMPLES:
            break
    return seen


def _short_calls(s: Session, people: dict, ids: list, start: date, end: date, rules: AnomalyRules) -> list[Anomaly]:
    if not rules.short_call_s:
        return []
    short = Activity.duration_s < rules.short_call_s
    where = (Activity.collector_id.in_(ids), Activity.channel == Channel.CALL,
             Activity.outcome == Outcome.PROMISE_TO_PAY, Activity.occurred_at >= _utc(start),
             Activity.occurred_at < _utc(end + timedelta(days=1)))
    found = []
    for sid, calls, n_short in s.execute(
            select(Activity.collector_id, func.count(), func.coalesce(func.sum(case((short, 1), else_=0)), 0))
            .where(*where).group_by(Activity.collector_id)):
        n_short = int(n_short)
        share = kpis.rate(n_short, int(calls))
        if n_short < max(rules.short_call_min, 1) or share is None or share < rules.short_call_share:
            continue
        found.append(people[sid].anomaly(SHORT_PROMISE_CALLS, HIGH if share >= 50 else MEDIUM, {
            "count": n_short, "promise_calls": int(calls), "share": share, "seconds": rules.short_call_s,
            "threshold": rules.short_call_share, "min_count": rules.short_call_min,
            "examples": _examples(s, select(Activity.collector_id, Activity.id).where(
                *where[1:], Activity.collector_id == sid, short).order_by(Activity.occurred_at))}, "ptp_rate"))
    return found


def _foreign_payments(s: Session, people: dict, ids: list, start: date, end: date) -> list[Anomaly]:
    dialect = s.get_bind().dialect.name
    account_text = _uuid_text(Payment.account_id, dialect)
    later = and_(AuditEntry.entity == "account", AuditEntry.entity_id == account_text,
                 AuditEntry.field == "collector_id", AuditEntry.occurred_at > Payment.posted_at)
    first_change_old = (select(AuditEntry.old_value).where(later)
                        .order_by(AuditEntry.occurred_at, AuditEntry.id).limit(1).scalar_subquery())
    assigned_then = case((exists().where(later), first_change_old), else_=_uuid_text(Account.collector_id, dialect))
    foreign = and_(assigned_then.is_not(None), assigned_then != _uuid_text(Payment.collector_id, dialect))
    base = (select(Payment.collector_id).join(Account, Account.id == Payment.account_id)
            .where(Payment.collector_id.in_(ids), Payment.paid_on >= start, Payment.paid_on <= end, foreign))
    tallies = defaultdict(lambda: {"count": 0, "amounts": {}})
    for sid, cur, n, amount in s.execute(
            base.add_columns(Payment.currency, func.count(), func.sum(Payment.amount))
            .group_by(Payment.collector_id, Payment.currency)):
        tallies[sid]["count"] += int(n)
        tallies[sid]["amounts"][cur] = amount or Decimal("0.00")
    found = []
    for sid, t in tallies.items():
        examples = _examples(s, base.add_columns(Payment.account_id).where(Payment.collector_id == sid)
                             .order_by(Payment.paid_on, Payment.id))
        found.append(people[sid].anomaly(FOREIGN_PAYMENTS, HIGH if t["count"] >= 3 else MEDIUM, {
            "count": t["count"], "amounts": dict(sorted(t["amounts"].items())), "examples": examples},
            "collected"))
    return found


_ORDER = {HIGH: 0, MEDIUM: 1}


def find_anomalies(ctx: ServiceContext, start: date, end: date, *, team_id: uuid.UUID | None = None,
                   branch_id: uuid.UUID | None = None, today: date | None = None,
                   rules: AnomalyRules | None = None) -> list[Anomaly]:
    """Every anomaly in [start, end] for the staff in scope, high severity first, then by name."""
    if end < start:
        raise ValueError(f"period end {end} is before its start {start}")
    today = today or datetime.now(timezone.utc).date()
    with ctx.reading() as s:
        rules = rules or read_rules(s)
        people = _staff(s, team_id, branch_id, start, end)
        if not people:
            return []
        ids = list(people)
        history = min(rules.history_periods, MAX_HISTORY)
        periods = [(start, end), *previous_periods(start, end, history)]
        _read_volumes(s, people, periods, ids)
        found = _below_team(people, rules)
        found += _drops(people, rules, history, period_over=today > end)
        found += _late_broken(s, people, ids, start, end, rules)
        found += _short_calls(s, people, ids, start, end, rules)
        found += _foreign_payments(s, people, ids, start, end)
    order = {sid: i for i, sid in enumerate(people)}
    return sorted(found, key=lambda a: (_ORDER.get(a.severity, 9), order[a.staff_id], KINDS.index(a.kind)))


# ---- the sentence -------------------------------------------------------------------------------

def _locale(language: str | None) -> QLocale:
    return QLocale(i18n.normalise(language)) if language else i18n.locale()


def _num(value, decimals: int, language: str | None) -> str:
    """A Decimal in the locale's digits (through i18n's formatter for the user's own language)."""
    value = Decimal(value)
    if language is None or i18n.normalise(language) == i18n.current_language():
        return i18n.format_decimal(value, decimals)
    loc = _locale(language)
    q = abs(value).quantize(Decimal(1).scaleb(-decimals))
    whole, _, frac = f"{q:f}".partition(".")
    text = ("-" if value < 0 else "") + loc.toString(int(whole))
    return text + (f"{loc.decimalPoint()}{frac}" if decimals else "")


def _money(amount, currency: str, language: str | None) -> str:
    return f"{_num(amount, 2, language)}\u00a0{currency}"


def anomaly_sentence(anomaly: Anomaly, language: str | None = None) -> str:
    """The finding in plain words with its figures, e.g. "Kept rate 38.0% is far below the team's 71.5%
    (2.4 standard deviations; 19 of 50 promises kept)." Numbers in `language`'s format (default: the
    user's); the words come from the installed translation."""
    f = anomaly.figures
    tr = QCoreApplication.translate

    def pct(key):
        return _num(f[key], 1, language)

    def count(key):
        return _num(f[key], 0, language)

    kind = anomaly.kind
    if kind == KEPT_BELOW_TEAM:
        return tr("Anomalies", "Kept rate {value}% is far below the team's {mean}% ({sigmas} standard deviations; "
                  "{kept} of {due} promises kept).").format(value=pct("value"), mean=pct("team_mean"),
                                                           sigmas=pct("sigmas"), kept=count("numerator"),
                                                           due=count("denominator"))
    if kind == RPC_BELOW_TEAM:
        return tr("Anomalies", "Right-party contact rate {value}% is far below the team's {mean}% ({sigmas} standard "
                  "deviations; {rpc} of {calls} outbound calls).").format(
            value=pct("value"), mean=pct("team_mean"), sigmas=pct("sigmas"), rpc=count("numerator"),
            calls=count("denominator"))
    if kind == KEPT_DROP:
        return tr("Anomalies", "Kept rate fell to {value}% from an average of {baseline}% over the previous %n "
                  "period(s) ({drop} points lower).", "", f["periods"]).format(
            value=pct("value"), baseline=pct("baseline"), drop=pct("drop_pp"))
    if kind == RPC_DROP:
        return tr("Anomalies", "Right-party contact rate fell to {value}% from an average of {baseline}% over the "
                  "previous %n period(s) ({drop} points lower).", "", f["periods"]).format(
            value=pct("value"), baseline=pct("baseline"), drop=pct("drop_pp"))
    if kind == COLLECTED_DROP:
        return tr("Anomalies", "Collected {value}, {drop}% less than the average of {baseline} over the previous %n "
                  "period(s).", "", f["periods"]).format(
            value=_money(f["value"], f["currency"], language), drop=pct("drop_pct"),
            baseline=_money(f["baseline"], f["currency"], language))
    if kind == LATE_PROMISES_BROKEN:
        return tr("Anomalies", "{broken} of {due} promises recorded in the last %n day(s) of the period broke "
                  "({share}%).", "", f["days"]).format(broken=count("count"), due=count("fell_due"), share=pct("share"))
    if kind == SHORT_PROMISE_CALLS:
        return tr("Anomalies", "{count} calls ending in a promise to pay lasted less than {seconds} seconds ({share}% "
                  "of the calls with a promise).").format(count=count("count"), seconds=count("seconds"),
                                                          share=pct("share"))
    if kind == FOREIGN_PAYMENTS:
        amounts = ", ".join(_money(a, cur, language) for cur, a in sorted(f["amounts"].items()))
        return tr("Anomalies", "%n payment(s) ({amounts}) recorded on accounts assigned to someone else at the time.",
                  "", f["count"]).format(amounts=amounts)
    return kind
