"""Where people stand with their training: a record's state (done, due, overdue, expiring, expired, or a
mandatory module not assigned), a person's list, a module's records, the onboarding checklist, the
department's alerts (counted in SQL) and who can be assigned. Split from services/training.py, which
keeps the modules, their files, assignments and completions, and re-exports everything here."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from sqlalchemy import and_, case, exists, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from collectdesk.domain.enums import StaffRole, TrainingStatus
from collectdesk.services.context import ServiceContext, load
from collectdesk.store.models import StaffMember, Team, TrainingModule, TrainingRecord

_translate = QCoreApplication.translate  # an alias lupdate reads (translations/update.py resolves it)


def parse_roles(text: str | None) -> tuple[StaffRole, ...]:
    out = []
    for part in (text or "").split(","):
        part = part.strip()
        if part:
            try:
                out.append(StaffRole(part))
            except ValueError:
                continue  # a role this version does not know: ignore rather than fail
    return tuple(out)


EXPIRING_DAYS = 30


OPEN_STATUSES = (TrainingStatus.ASSIGNED, TrainingStatus.IN_PROGRESS)


ALERT_ROW_LIMIT = 500


class RecordState(StrEnum):
    DONE = "done"
    DUE = "due"
    OVERDUE = "overdue"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    NOT_ASSIGNED = "not_assigned"


FLAGGED_STATES = (RecordState.OVERDUE, RecordState.EXPIRING, RecordState.EXPIRED, RecordState.NOT_ASSIGNED)


@dataclass(frozen=True)
class StatusRow:
    """One line of a person's (or a module's) training: a record, or a missing mandatory module."""

    module_id: uuid.UUID
    module_code: str
    module_title: str
    staff_id: uuid.UUID
    staff_name: str
    state: RecordState
    record_id: uuid.UUID | None = None
    version: int | None = None
    status: TrainingStatus | None = None
    assigned_on: date | None = None
    due_on: date | None = None
    completed_on: date | None = None
    expires_on: date | None = None
    score: int | None = None
    mandatory: bool = False
    superseded: bool = False

    @property
    def flagged(self) -> bool:
        return not self.superseded and self.state in FLAGGED_STATES

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


@dataclass(frozen=True)
class AlertCounts:
    overdue: int = 0
    expiring: int = 0
    expired: int = 0
    missing: int = 0

    @property
    def total(self) -> int:
        return self.overdue + self.expiring + self.expired + self.missing


@dataclass(frozen=True)
class TrainingAlerts:
    counts: AlertCounts
    rows: tuple[StatusRow, ...]  # flagged rows, most urgent first (at most ALERT_ROW_LIMIT)


@dataclass(frozen=True)
class ChecklistItem:
    module_id: uuid.UUID
    code: str
    title: str
    state: RecordState
    record_id: uuid.UUID | None
    due_on: date | None
    completed_on: date | None


def record_state(status: TrainingStatus, due_on: date | None, expires_on: date | None, today: date) -> RecordState:
    if status in OPEN_STATUSES:
        return RecordState.OVERDUE if due_on is not None and due_on < today else RecordState.DUE
    if status is TrainingStatus.EXPIRED or (expires_on is not None and expires_on < today):
        return RecordState.EXPIRED
    if expires_on is not None and expires_on <= today + timedelta(days=EXPIRING_DAYS):
        return RecordState.EXPIRING
    return RecordState.DONE


def _state_case(today: date):
    """The RecordState of a training_record row, as SQL (same rule as `record_state`)."""
    r = TrainingRecord
    soon = today + timedelta(days=EXPIRING_DAYS)
    return case(
        (and_(r.status.in_(OPEN_STATUSES), r.due_on.is_not(None), r.due_on < today), RecordState.OVERDUE.value),
        (r.status.in_(OPEN_STATUSES), RecordState.DUE.value),
        (or_(r.status == TrainingStatus.EXPIRED, and_(r.expires_on.is_not(None), r.expires_on < today)),
         RecordState.EXPIRED.value),
        (and_(r.expires_on.is_not(None), r.expires_on <= soon), RecordState.EXPIRING.value),
        else_=RecordState.DONE.value)


def _is_current():
    """SQL: no later record of the same staff member and module exists."""
    later = aliased(TrainingRecord)
    r = TrainingRecord
    return ~exists().where(
        later.staff_id == r.staff_id, later.module_id == r.module_id, later.id != r.id,
        or_(later.assigned_on > r.assigned_on,
            and_(later.assigned_on == r.assigned_on, later.created_at > r.created_at)))


def _role_is_mandatory(module=TrainingModule, staff=StaffMember):
    """SQL: the staff member's role is listed in the module's mandatory roles."""
    return (literal(",") + module.mandatory_roles + literal(",")).like(
        literal("%,") + staff.role + literal(",%"))


def _record_rows(s: Session, today: date, *conditions) -> list[StatusRow]:
    r, m = TrainingRecord, TrainingModule
    current = _is_current().label("current")
    mandatory = _role_is_mandatory().label("mandatory")
    rows = s.execute(
        select(r.id, r.version, r.status, r.assigned_on, r.due_on, r.completed_on, r.expires_on, r.score,
               r.staff_id, StaffMember.full_name, m.id, m.code, m.title, current, mandatory)
        .join(m, m.id == r.module_id).join(StaffMember, StaffMember.id == r.staff_id)
        .where(*conditions)
        .order_by(func.lower(StaffMember.full_name), func.lower(m.code), r.assigned_on.desc()))
    out = []
    for (rid, ver, status, assigned, due, done, expires, score, sid, name, mid, code, title, cur, mand) in rows:
        status = TrainingStatus(status)
        out.append(StatusRow(module_id=mid, module_code=code, module_title=title, staff_id=sid, staff_name=name,
                             state=record_state(status, due, expires, today), record_id=rid, version=ver,
                             status=status, assigned_on=assigned, due_on=due, completed_on=done,
                             expires_on=expires, score=score, mandatory=bool(mand), superseded=not cur))
    return out


def _missing_rows(s: Session, today: date, *conditions) -> list[StatusRow]:
    m = TrainingModule
    rows = s.execute(
        select(StaffMember.id, StaffMember.full_name, m.id, m.code, m.title)
        .join(m, and_(m.active.is_(True), m.mandatory_roles != "", _role_is_mandatory()))
        .where(*conditions, ~exists().where(TrainingRecord.staff_id == StaffMember.id,
                                            TrainingRecord.module_id == m.id))
        .order_by(func.lower(StaffMember.full_name), func.lower(m.code)))
    return [StatusRow(module_id=mid, module_code=code, module_title=title, staff_id=sid, staff_name=name,
                      state=RecordState.NOT_ASSIGNED, mandatory=True) for sid, name, mid, code, title in rows]


def training_status(ctx: ServiceContext, staff_id: uuid.UUID, today: date | None = None) -> list[StatusRow]:
    """The person's records (current first within a module, history marked `superseded`), then the
    mandatory modules of their role they have no record of (state not_assigned)."""
    today = today or date.today()
    with ctx.reading() as s:
        records = _record_rows(s, today, TrainingRecord.staff_id == staff_id)
        missing = _missing_rows(s, today, StaffMember.id == staff_id)
    return records + missing


def module_records(ctx: ServiceContext, module_id: uuid.UUID, today: date | None = None, *,
                   flagged_only: bool = False) -> list[StatusRow]:
    """The module's records by staff name; `flagged_only` keeps the current overdue, expiring or expired
    records of active staff (what the alerts count)."""
    today = today or date.today()
    with ctx.reading() as s:
        conditions = [TrainingRecord.module_id == module_id]
        if flagged_only:
            conditions += [StaffMember.active.is_(True), _is_current(), _state_case(today).in_(
                [RecordState.OVERDUE.value, RecordState.EXPIRING.value, RecordState.EXPIRED.value])]
        return _record_rows(s, today, *conditions)


def onboarding_checklist(ctx: ServiceContext, staff_id: uuid.UUID, today: date | None = None) -> list[ChecklistItem]:
    """The active modules mandatory for the person's role, each with its current record's state."""
    today = today or date.today()
    with ctx.reading() as s:
        person = load(s, StaffMember, staff_id, label=_translate("Training", "Staff member"))
        role = person.role.value
        mods = [m for m in s.scalars(select(TrainingModule).where(TrainingModule.active.is_(True))
                                     .order_by(func.lower(TrainingModule.code)))
                if role in {r.value for r in parse_roles(m.mandatory_roles)}]
        current = {row.module_id: row for row in _record_rows(
            s, today, TrainingRecord.staff_id == staff_id, _is_current())}
    items = []
    for m in mods:
        rec = current.get(m.id)
        items.append(ChecklistItem(
            module_id=m.id, code=m.code, title=m.title,
            state=rec.state if rec else RecordState.NOT_ASSIGNED, record_id=rec.record_id if rec else None,
            due_on=rec.due_on if rec else None, completed_on=rec.completed_on if rec else None))
    return items


def _staff_scope(team_id: uuid.UUID | None, branch_id: uuid.UUID | None) -> list:
    conditions = [StaffMember.active.is_(True)]
    if team_id is not None:
        conditions.append(StaffMember.team_id == team_id)
    if branch_id is not None:
        team_branch = select(Team.branch_id).where(Team.id == StaffMember.team_id).scalar_subquery()
        conditions.append(func.coalesce(StaffMember.branch_id, team_branch) == branch_id)
    return conditions


def alert_counts(s: Session, today: date, *, team_id: uuid.UUID | None = None,
                 branch_id: uuid.UUID | None = None) -> AlertCounts:
    """The four alert counts in two aggregate queries (used by `training_alerts` and the dashboard)."""
    r = TrainingRecord
    state = _state_case(today).label("state")
    by_state = dict(s.execute(
        select(state, func.count())
        .join(StaffMember, StaffMember.id == r.staff_id).join(TrainingModule, TrainingModule.id == r.module_id)
        .where(*_staff_scope(team_id, branch_id), TrainingModule.active.is_(True), _is_current())
        .group_by(state)).all())
    missing = s.scalar(
        select(func.count()).select_from(StaffMember)
        .join(TrainingModule, and_(TrainingModule.active.is_(True), TrainingModule.mandatory_roles != "",
                                   _role_is_mandatory()))
        .where(*_staff_scope(team_id, branch_id),
               ~exists().where(r.staff_id == StaffMember.id, r.module_id == TrainingModule.id)))
    return AlertCounts(overdue=int(by_state.get(RecordState.OVERDUE.value, 0)),
                       expiring=int(by_state.get(RecordState.EXPIRING.value, 0)),
                       expired=int(by_state.get(RecordState.EXPIRED.value, 0)), missing=int(missing or 0))


_URGENCY = {RecordState.OVERDUE: 0, RecordState.EXPIRED: 1, RecordState.NOT_ASSIGNED: 2, RecordState.EXPIRING: 3}


def training_alerts(ctx: ServiceContext, today: date | None = None, *, team_id: uuid.UUID | None = None,
                    branch_id: uuid.UUID | None = None, limit: int = ALERT_ROW_LIMIT) -> TrainingAlerts:
    """Counts of overdue, expiring, expired and missing mandatory training, and the flagged rows."""
    today = today or date.today()
    scope = _staff_scope(team_id, branch_id)
    with ctx.reading() as s:
        counts = alert_counts(s, today, team_id=team_id, branch_id=branch_id)
        if limit <= 0:
            return TrainingAlerts(counts=counts, rows=())
        flagged = _record_rows(s, today, *scope, TrainingModule.active.is_(True), _is_current(), _state_case(today).in_(
            [RecordState.OVERDUE.value, RecordState.EXPIRING.value, RecordState.EXPIRED.value]))
        missing = _missing_rows(s, today, *scope)
    rows = sorted(flagged + missing, key=lambda row: (_URGENCY[row.state], row.staff_name.casefold(),
                                                      row.module_code.casefold()))
    return TrainingAlerts(counts=counts, rows=tuple(rows[:limit]))


@dataclass(frozen=True)
class StaffChoice:
    id: uuid.UUID
    name: str
    role: StaffRole
    team_id: uuid.UUID | None
    team_name: str | None
    language: str
    hire_date: date | None
    has_open: bool  # already has an open assignment of the module


def assignable_staff(ctx: ServiceContext, module_id: uuid.UUID | None = None) -> list[StaffChoice]:
    """Active staff members by name, with their team, and whether they already have the module open."""
    with ctx.reading() as s:
        open_ = (exists().where(TrainingRecord.staff_id == StaffMember.id, TrainingRecord.module_id == module_id,
                                TrainingRecord.status.in_(OPEN_STATUSES))
                 if module_id is not None else literal(False))
        rows = s.execute(
            select(StaffMember.id, StaffMember.full_name, StaffMember.role, StaffMember.team_id, Team.name,
                   StaffMember.language, StaffMember.hire_date, open_)
            .outerjoin(Team, Team.id == StaffMember.team_id)
            .where(StaffMember.active.is_(True)).order_by(func.lower(StaffMember.full_name)))
        return [StaffChoice(i, n, StaffRole(r), t, tn, lang, h, bool(o)) for i, n, r, t, tn, lang, h, o in rows]
