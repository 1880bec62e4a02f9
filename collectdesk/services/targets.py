"""Targets per staff member and per team: the table the supervisor edits, copying a period's targets
forward, and the department's attainment thresholds.

Definitions (keep the help text and docs/targets-import.md in step with these):

Who is listed (`targets_for_period`)
    Staff members with role collector, customer service or accountant who are active, or who have a
    target overlapping the period (so a leaver's last month still shows); and every team. ``team_id``
    keeps that team and its members; ``branch_id`` the teams of that branch and the staff members of
    that branch (their own branch, else their team's branch). Rows come grouped: each team (by branch
    name, then team name) followed by its members by name; staff members without a team come last.

A cell (one owner, one metric)
    The target whose period is exactly [start, end] is the cell's target: it is what the supervisor
    edits, with its id and version so that a stale edit fails. Without one, targets of other periods
    that overlap [start, end] are shown pro-rated by calendar days (`dashboard.prorated_target`),
    read-only (``prorated``). Attainment (``with_actuals=True``) is the scorecard's figure for the
    period (`collectdesk.domain.target_metrics`: which figure for which metric) ÷ the cell's target
    (or its pro-rated share) × 100, rounded half-up to one decimal (kpis.attainment); for money in the
    target's currency only.

One target per owner, metric and period
    `set_target` updates the target of that owner/metric/period if there is one and creates it
    otherwise; a value of None deletes it. ``expected_version`` is the version the user saw, 0 when
    the user saw no target: a target created, changed or deleted by someone else since then fails
    with StaleEditError and nothing is written.

Copy forward
    `copy_forward(start, end)` copies every target whose period is exactly [start, end] to the next
    period (`target_metrics.shift_period`: January -> February ending on the 28th/29th), except
    targets of staff members who are no longer active and targets that already exist there. One
    transaction; the ORM's audit listener writes one audit row per target created.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from collectdesk.domain import kpis
from collectdesk.domain.enums import StaffRole
from collectdesk.domain.errors import StaleEditError, ValidationError
from collectdesk.domain.money import is_currency_code
from collectdesk.domain.target_metrics import (COUNTRY_CURRENCY, DEFAULT_CURRENCY, DEFAULT_THRESHOLDS, METRIC_KEYS,
                                               Thresholds, attainment_band, is_metric, metric,
                                               shift_period)
from collectdesk.services.context import ServiceContext, stale_error
from collectdesk.services.dashboard import prorated_target
from collectdesk.services.department_settings import get_setting, set_setting
from collectdesk.store.models import Branch, StaffMember, Target, Team

SCORED_ROLES = (StaffRole.COLLECTOR, StaffRole.CUSTOMER_SERVICE, StaffRole.ACCOUNTANT)
THRESHOLDS_KEY = "scorecard.thresholds"
MAX_AMOUNT = Decimal("999999999999.99")  # NUMERIC(14, 2)
MAX_COUNT = 10_000_000
MAX_PERCENT = Decimal("1000")

__all__ = ["TargetCell", "TargetRow", "Thresholds", "targets_for_period", "set_target", "copy_forward",
           "attainment_thresholds", "set_attainment_thresholds", "attainment_band", "metric_label",
           "check_target_value", "shift_period"]


def metric_label(key: str) -> str:
    """The metric's name in the user's language (the source texts live in domain.target_metrics)."""
    labels = {
        "amount_collected": QCoreApplication.translate("TargetMetric", "Amount collected"),
        "contacts": QCoreApplication.translate("TargetMetric", "Contacts"),
        "right_party_contacts": QCoreApplication.translate("TargetMetric", "Right-party contacts"),
        "promises_made": QCoreApplication.translate("TargetMetric", "Promises to pay"),
    }
    return labels.get(key, key)


# ---- the read model -----------------------------------------------------------------------------

@dataclass(frozen=True)
class TargetCell:
    metric: str
    target_id: uuid.UUID | None = None  # the target for exactly this period, if any
    version: int | None = None
    amount: Decimal | None = None
    currency: str | None = None
    count: int | None = None
    prorated: Decimal | None = None  # no exact target: the overlapping targets' share (money or count)
    actual: Decimal | None = None  # with_actuals: the scorecard's figure (money in `currency`)
    attainment: Decimal | None = None  # percent, one decimal

    @property
    def value(self) -> Decimal | int | None:
        return self.amount if metric(self.metric).is_money else self.count

    @property
    def effective(self) -> Decimal | None:
        """What the period's attainment is measured against: the target, else its pro-rated share."""
        value = self.value
        return Decimal(value) if value is not None else self.prorated

    @property
    def seen_version(self) -> int:
        """What to pass as `expected_version` when saving this cell (0: there was no target)."""
        return self.version if self.target_id is not None else 0


@dataclass(frozen=True)
class TargetRow:
    kind: str  # "staff" or "team"
    staff_id: uuid.UUID | None
    team_id: uuid.UUID | None  # the team row's team, or the staff member's team
    name: str
    username: str | None
    role: StaffRole | None
    team_name: str | None
    branch_id: uuid.UUID | None
    branch_name: str | None
    active: bool
    currency: str  # the currency of this row's money targets (existing, else the branch's)
    cells: dict[str, TargetCell] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, uuid.UUID]:
        return (self.kind, self.staff_id if self.kind == "staff" else self.team_id)

    @property
    def owner(self) -> dict[str, uuid.UUID]:
        """Keyword arguments naming this row's owner for `set_target`."""
        return {"staff_id": self.staff_id} if self.kind == "staff" else {"team_id": self.team_id}


def _staff(s: Session, team_id, branch_id):
    team_branch, own_branch = aliased(Branch), aliased(Branch)
    q = (select(StaffMember.id, StaffMember.full_name, StaffMember.username, StaffMember.role, StaffMember.team_id,
                Team.name, func.coalesce(own_branch.id, team_branch.id),
                func.coalesce(own_branch.name, team_branch.name),
                func.coalesce(own_branch.country, team_branch.country), StaffMember.active)
         .outerjoin(Team, Team.id == StaffMember.team_id)
         .outerjoin(team_branch, team_branch.id == Team.branch_id)
         .outerjoin(own_branch, own_branch.id == StaffMember.branch_id)
         .where(StaffMember.role.in_(SCORED_ROLES)))
    if team_id is not None:
        q = q.where(StaffMember.team_id == team_id)
    if branch_id is not None:
        q = q.where(or_(StaffMember.branch_id == branch_id,
                        and_(StaffMember.branch_id.is_(None), Team.branch_id == branch_id)))
    return s.execute(q.order_by(StaffMember.full_name, StaffMember.id)).all()


def _teams(s: Session, team_id, branch_id):
    q = select(Team.id, Team.name, Branch.id, Branch.name, Branch.country).join(Branch, Branch.id == Team.branch_id)
    if team_id is not None:
        q = q.where(Team.id == team_id)
    if branch_id is not None:
        q = q.where(Team.branch_id == branch_id)
    return s.execute(q.order_by(Branch.name, Team.name, Team.id)).all()


def _owner_key(t) -> tuple[str, uuid.UUID] | None:
    if t.staff_id is not None:
        return ("staff", t.staff_id)
    if t.team_id is not None:
        return ("team", t.team_id)
    return None


def _cell(key: str, rows: list, start: date, end: date, currency: str) -> TargetCell:
    exact = [t for t in rows if t.period_start == start and t.period_end == end]
    if exact:
        t = max(exact, key=lambda t: (t.updated_at, str(t.id)))  # duplicates (a race) are unlikely; newest wins
        return TargetCell(key, t.id, t.version, t.amount, t.currency, t.count)
    if not rows:
        return TargetCell(key, currency=currency if metric(key).is_money else None)
    if metric(key).is_money:
        shares = prorated_target(rows, start, end)
        cur = currency if currency in shares else next(iter(shares), currency)
        return TargetCell(key, currency=cur, prorated=shares.get(cur))
    total = Decimal(0)
    for t in rows:
        if t.count is None:
            continue
        lo, hi = max(start, t.period_start), min(end, t.period_end)
        total += Decimal(t.count) * ((hi - lo).days + 1) / ((t.period_end - t.period_start).days + 1)
    return TargetCell(key, prorated=total.quantize(Decimal("0.1")))


def targets_for_period(ctx: ServiceContext, start: date, end: date, *, team_id: uuid.UUID | None = None,
                       branch_id: uuid.UUID | None = None, with_actuals: bool = False) -> list[TargetRow]:
    """The targets table for [start, end] (inclusive), by the definitions in the module docstring."""
    if end < start:
        raise ValidationError(_period_error())
    with ctx.reading() as s:
        staff = _staff(s, team_id, branch_id)
        teams = _teams(s, team_id, branch_id)
        staff_ids = [r[0] for r in staff]
        team_ids = [r[0] for r in teams]
        owners = []
        if staff_ids:
            owners.append(Target.staff_id.in_(staff_ids))
        if team_ids:
            owners.append(and_(Target.staff_id.is_(None), Target.team_id.in_(team_ids)))
        overlapping, latest_currency = [], {}
        if owners:
            overlapping = s.scalars(select(Target).where(
                or_(*owners), Target.period_start <= end, Target.period_end >= start)).all()
            for sid, tid, cur in s.execute(
                    select(Target.staff_id, Target.team_id, Target.currency)
                    .where(or_(*owners), Target.currency.is_not(None))
                    .order_by(Target.period_start)):  # the latest one wins below
                latest_currency[("staff", sid) if sid is not None else ("team", tid)] = cur
    by_owner: dict = defaultdict(lambda: defaultdict(list))
    for t in overlapping:
        key = _owner_key(t)
        if key is not None and is_metric(t.metric):
            by_owner[key][t.metric].append(t)

    def currency_of(key, country) -> str:
        money = by_owner.get(key, {}).get("amount_collected") or []
        for t in money:
            if t.period_start == start and t.period_end == end and t.currency:
                return t.currency
        if money and money[0].currency:
            return money[0].currency
        return latest_currency.get(key) or COUNTRY_CURRENCY.get(country or "", DEFAULT_CURRENCY)

    def cells(key, currency) -> dict[str, TargetCell]:
        found = by_owner.get(key, {})
        return {m: _cell(m, found.get(m, []), start, end, currency) for m in METRIC_KEYS}

    members: dict = defaultdict(list)
    for sid, name, username, role, tid, team_name, bid, branch_name, country, active in staff:
        key = ("staff", sid)
        if not active and key not in by_owner:
            continue
        cur = currency_of(key, country)
        members[tid].append(TargetRow("staff", sid, tid, name, username, StaffRole(role), team_name, bid,
                                      branch_name, bool(active), cur, cells(key, cur)))
    rows: list[TargetRow] = []
    for tid, name, bid, branch_name, country in teams:
        key = ("team", tid)
        cur = currency_of(key, country)
        rows.append(TargetRow("team", None, tid, name, None, None, name, bid, branch_name, True, cur, cells(key, cur)))
        rows.extend(members.pop(tid, []))
    for leftover in members.values():  # no team, or a team outside the scope's teams
        rows.extend(leftover)
    if with_actuals:
        rows = _with_actuals(ctx, rows, start, end, team_id, branch_id)
    return rows


def _with_actuals(ctx, rows: list[TargetRow], start, end, team_id, branch_id) -> list[TargetRow]:
    from collectdesk.services.scorecards import scorecard

    card = scorecard(ctx, start, end, team_id=team_id, branch_id=branch_id)
    scores = {("staff", r.staff_id): r for r in card.rows}
    scores.update({("team", tid): r for tid, r in card.team_totals.items() if tid is not None})
    out = []
    for row in rows:
        score = scores.get(row.key)
        new_cells = {}
        for key, cell in row.cells.items():
            definition = metric(key)
            figure = getattr(score, definition.scorecard_field) if score is not None else None
            if definition.is_money:
                actual = (figure or {}).get(cell.currency, Decimal("0.00")) if cell.currency else None
            else:
                actual = Decimal(figure or 0)
            goal = cell.effective
            pct = kpis.attainment(actual, goal) if actual is not None and goal is not None and goal > 0 else None
            new_cells[key] = TargetCell(**{**cell.__dict__, "actual": actual, "attainment": pct})
        out.append(TargetRow(**{**row.__dict__, "cells": new_cells}))
    return out


# ---- validation ---------------------------------------------------------------------------------

def _period_error() -> str:
    return QCoreApplication.translate("Targets", "The period must end on or after the day it starts.")


def check_target_value(metric_key: str, amount, currency, count) -> tuple[Decimal | None, str | None, int | None]:
    """The value to store for `metric_key`, or ValidationError with the reason in the user's language.
    All of amount/count None means "no target"."""
    if not is_metric(metric_key):
        raise ValidationError(QCoreApplication.translate(
            "Targets", "'{metric}' is not a target metric. Metrics: {metrics}.").format(
            metric=metric_key, metrics=", ".join(METRIC_KEYS)))
    definition = metric(metric_key)
    if definition.is_money:
        if count is not None:
            raise ValidationError(QCoreApplication.translate(
                "Targets", "{metric} is an amount of money, not a count.").format(metric=metric_label(metric_key)))
        if amount is None:
            return None, None, None
        if isinstance(amount, float) or isinstance(amount, bool):
            raise ValidationError(QCoreApplication.translate("Targets", "The amount must be an exact decimal number."))
        try:
            amount = Decimal(amount)
        except (InvalidOperation, TypeError, ValueError):
            raise ValidationError(QCoreApplication.translate(
                "Targets", "'{value}' is not an amount.").format(value=amount)) from None
        if not amount.is_finite() or amount <= 0:
            raise ValidationError(QCoreApplication.translate("Targets", "The target amount must be greater than zero."))
        if amount != amount.quantize(Decimal("0.01")):
            raise ValidationError(QCoreApplication.translate("Targets", "An amount has at most two decimals."))
        if amount > MAX_AMOUNT:
            raise ValidationError(QCoreApplication.translate("Targets", "The amount is too large."))
        code = (currency or "").strip().upper()
        if not code:
            raise ValidationError(QCoreApplication.translate("Targets", "An amount target needs a currency."))
        if not is_currency_code(code):
            raise ValidationError(QCoreApplication.translate(
                "Targets", "'{value}' is not an ISO 4217 currency code (e.g. EUR, PLN).").format(value=currency))
        return amount.quantize(Decimal("0.01")), code, None
    if amount is not None:
        raise ValidationError(QCoreApplication.translate(
            "Targets", "{metric} is counted, not an amount of money.").format(metric=metric_label(metric_key)))
    if count is None:
        return None, None, None
    if isinstance(count, bool) or not isinstance(count, (int, Decimal)) or count != int(count):
        raise ValidationError(QCoreApplication.translate("Targets", "A count must be a whole number."))
    if count <= 0:
        raise ValidationError(QCoreApplication.translate("Targets", "The target count must be greater than zero."))
    if count > MAX_COUNT:
        raise ValidationError(QCoreApplication.translate("Targets", "The count is too large."))
    return None, None, int(count)


def _owner_filter(staff_id, team_id):
    if staff_id is not None:
        return Target.staff_id == staff_id
    return and_(Target.staff_id.is_(None), Target.team_id == team_id)


def _find(s: Session, staff_id, team_id, metric_key, start, end) -> Target | None:
    found = s.scalars(select(Target).where(
        _owner_filter(staff_id, team_id), Target.metric == metric_key, Target.period_start == start,
        Target.period_end == end).order_by(Target.updated_at.desc(), Target.id)).all()
    return found[0] if found else None


def _gone_error() -> StaleEditError:
    return StaleEditError(QCoreApplication.translate(
        "Targets", "Someone else removed this target after you opened it. Nothing was saved; the table has been "
        "reloaded."), entity="target")


def _created_error() -> StaleEditError:
    return StaleEditError(QCoreApplication.translate(
        "Targets", "Someone else set this target after you opened it. Nothing was saved; the table has been "
        "reloaded."), entity="target")


# ---- changes ------------------------------------------------------------------------------------

def set_target(ctx: ServiceContext, *, staff_id: uuid.UUID | None = None, team_id: uuid.UUID | None = None,
               metric: str, period_start: date, period_end: date, amount: Decimal | None = None,
               currency: str | None = None, count: int | None = None,
               expected_version: int | None = None) -> Target | None:
    """Create, change or (value None) delete the target of one owner/metric/period; returns the target
    as saved, or None when it was deleted (or there was none to delete)."""
    if (staff_id is None) == (team_id is None):
        raise ValidationError(QCoreApplication.translate(
            "Targets", "A target belongs to either a staff member or a team."))
    if period_end < period_start:
        raise ValidationError(_period_error())
    amount, currency, count = check_target_value(metric, amount, currency, count)
    clearing = amount is None and count is None
    with ctx.transaction() as s:
        owner = s.get(StaffMember, staff_id) if staff_id is not None else s.get(Team, team_id)
        if owner is None:
            raise ValidationError(QCoreApplication.translate(
                "Targets", "The staff member or team no longer exists."))
        target = _find(s, staff_id, team_id, metric, period_start, period_end)
        if target is None:
            if expected_version not in (None, 0):
                raise _gone_error()
            if clearing:
                return None
            target = Target(staff_id=staff_id, team_id=team_id if staff_id is None else None, metric=metric,
                            period_start=period_start, period_end=period_end, amount=amount, currency=currency,
                            count=count)
            s.add(target)
            s.flush()
            return target
        if expected_version == 0:
            raise _created_error()
        if expected_version is not None and target.version != expected_version:
            raise stale_error(s, Target.__tablename__, str(target.id), expected_version, metric_label(metric))
        if clearing:
            s.delete(target)
            s.flush()
            return None
        target.amount, target.currency, target.count = amount, currency, count
        s.flush()
        return target


def copy_forward(ctx: ServiceContext, start: date, end: date) -> int:
    """Copy the targets of [start, end] to the next period; returns how many were created."""
    if end < start:
        raise ValidationError(_period_error())
    next_start, next_end = shift_period(start, end)
    with ctx.transaction() as s:
        source = s.scalars(select(Target).where(Target.period_start == start, Target.period_end == end)
                           .order_by(Target.created_at, Target.id)).all()
        existing = {(t.staff_id, t.team_id if t.staff_id is None else None, t.metric) for t in s.scalars(
            select(Target).where(Target.period_start == next_start, Target.period_end == next_end))}
        inactive = set(s.scalars(select(StaffMember.id).where(StaffMember.active.is_(False))))
        created = 0
        for t in source:
            key = (t.staff_id, t.team_id if t.staff_id is None else None, t.metric)
            if key in existing or t.staff_id in inactive:
                continue
            existing.add(key)
            s.add(Target(staff_id=t.staff_id, team_id=t.team_id, metric=t.metric, period_start=next_start,
                         period_end=next_end, amount=t.amount, currency=t.currency, count=t.count))
            created += 1
        s.flush()
    return created


# ---- attainment thresholds ----------------------------------------------------------------------

def attainment_thresholds(ctx: ServiceContext) -> Thresholds:
    """The department's thresholds (percent) with the setting's version (None: still the default)."""
    value, version = get_setting(ctx, THRESHOLDS_KEY)
    try:
        good, warn = Decimal(str(value["good"])), Decimal(str(value["warn"]))
    except (KeyError, TypeError, InvalidOperation):
        return Thresholds(DEFAULT_THRESHOLDS.good, DEFAULT_THRESHOLDS.warn, version)
    return Thresholds(good, warn, version)


def set_attainment_thresholds(ctx: ServiceContext, good: Decimal, warn: Decimal, *,
                              expected_version: int | None = None) -> Thresholds:
    """Save the thresholds (0 < warn < good <= 1000, at most one decimal); returns them with the new version."""
    for value in (good, warn):
        if isinstance(value, float) or not isinstance(value, (Decimal, int)) or not Decimal(value).is_finite():
            raise ValidationError(QCoreApplication.translate("Targets", "A threshold must be a percentage."))
    good, warn = Decimal(good), Decimal(warn)
    if warn <= 0 or good <= 0:
        raise ValidationError(QCoreApplication.translate("Targets", "Both thresholds must be greater than zero."))
    if good > MAX_PERCENT:
        raise ValidationError(QCoreApplication.translate(
            "Targets", "A threshold cannot be above {limit}%.").format(limit=MAX_PERCENT))
    if warn >= good:
        raise ValidationError(QCoreApplication.translate(
            "Targets", "The warning threshold must be below the good threshold."))
    if good != good.quantize(Decimal("0.1")) or warn != warn.quantize(Decimal("0.1")):
        raise ValidationError(QCoreApplication.translate("Targets", "A threshold has at most one decimal."))
    norm = {"good": _plain(good), "warn": _plain(warn)}
    version = set_setting(ctx, THRESHOLDS_KEY, norm, expected_version=expected_version)
    return Thresholds(Decimal(norm["good"]), Decimal(norm["warn"]), version)


def _plain(value: Decimal) -> str:
    text = f"{value.quantize(Decimal('0.1')):f}"
    return text[:-2] if text.endswith(".0") else text

