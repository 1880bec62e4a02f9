"""Training: modules (courses), who must take them, assignments and completions, and what is late.

Definitions (keep the help text in the panes in step with these):

Module
    ``code`` (unique, case as typed), title, description, ``language`` (en/it/pl/de; None = any or
    multilingual), ``link`` (http, https or file URL), one attached file (stored in ``attachment`` with
    owner_kind "training_module"), ``mandatory_roles`` (comma-separated StaffRole values; empty =
    optional) and ``validity_months`` (renewal interval, 1..120; None = never expires).
    A deactivated module is no longer tracked: it gives no alerts and no onboarding items.

Record (one assignment of a module to a staff member)
    open = status assigned or in progress. Completing sets ``completed_on``, the score (0..100 or
    none) and ``expires_on`` = completed_on + validity months, month-end safe (31 Jan + 1 month =
    28/29 Feb). A completed record whose ``expires_on`` is before today is expired
    (`expire_training` writes that status; the states below do not wait for it).

Current record
    Per staff member and module, the latest record (by ``assigned_on``, then creation time). Older
    ones are history (``superseded``): a renewed course does not keep flagging its expired
    predecessor.

State of a record on `today` (`RecordState`)
    done      completed, and not expiring within 30 days (or never expiring);
    expiring  completed, ``expires_on`` between today and today + 30 days;
    expired   ``expires_on`` before today (or status expired);
    due       open, due date today or later (or none);
    overdue   open, due date before today;
    not_assigned  a mandatory module for the person's role with no record at all.

Alerts (`training_alerts`, the dashboard tile)
    over active staff members and active modules, current records only: overdue, expiring, expired,
    and missing mandatory (not_assigned) counts; ``team_id`` keeps that team's members, ``branch_id``
    those of that branch (the member's branch, else their team's branch). Counted in SQL with one
    GROUP BY (records) and one COUNT over staff × mandatory modules.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlparse

from PySide6.QtCore import QCoreApplication
from sqlalchemy import case, delete, func, insert, select, update
from sqlalchemy.orm import Session

from collectdesk.domain.enums import StaffRole, TrainingStatus
from collectdesk.i18n import format_decimal  # formatting only
from collectdesk.domain.errors import ValidationError
from collectdesk.domain.periods import add_months  # noqa: F401  (re-exported: training.add_months)
from collectdesk.services.audit import bulk_entry
from collectdesk.services.context import ServiceContext, load
from collectdesk.services.training_status import (  # noqa: F401  (re-exported: training.X as before)
    ALERT_ROW_LIMIT, EXPIRING_DAYS, FLAGGED_STATES, OPEN_STATUSES, AlertCounts, ChecklistItem, RecordState,
    StaffChoice, StatusRow, TrainingAlerts, _is_current, _missing_rows, _state_case, alert_counts, assignable_staff, module_records, onboarding_checklist,
    parse_roles, record_state, training_alerts, training_status)
from collectdesk.store.models import AuditEntry, StaffMember, TrainingModule, TrainingRecord
from collectdesk.store.models.shared_files import Attachment

OWNER_KIND = "training_module"
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
MAX_VALIDITY_MONTHS = 120
LANGUAGES = ("en", "it", "pl", "de")


_translate = QCoreApplication.translate  # an alias lupdate reads (translations/update.py resolves it)


# ---- data ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ModuleInput:
    code: str
    title: str
    description: str | None = None
    language: str | None = None
    link: str | None = None
    mandatory_roles: tuple[StaffRole, ...] = ()
    validity_months: int | None = None
    active: bool = True


@dataclass(frozen=True)
class ModuleRow:
    id: uuid.UUID
    version: int
    code: str
    title: str
    description: str | None
    language: str | None
    link: str | None
    mandatory_roles: tuple[StaffRole, ...]
    validity_months: int | None
    active: bool
    attachment_name: str | None
    attachment_size: int | None
    assigned: int  # current open records
    completed: int  # current completed records still valid
    overdue: int  # current open records past their due date


# ---- small rules --------------------------------------------------------------------------------


def _validate(s: Session, data: ModuleInput, module_id: uuid.UUID | None) -> ModuleInput:
    code = (data.code or "").strip()
    title = (data.title or "").strip()
    if not code:
        raise ValidationError(_translate("Training", "The module needs a code."))
    if len(code) > 40:
        raise ValidationError(_translate("Training", "The code may be at most 40 characters long."))
    if not title:
        raise ValidationError(_translate("Training", "The module needs a title."))
    if len(title) > 200:
        raise ValidationError(_translate("Training", "The title may be at most 200 characters long."))
    clash = s.scalar(select(TrainingModule.id).where(func.lower(TrainingModule.code) == code.lower()))
    if clash is not None and clash != module_id:
        raise ValidationError(_translate("Training", "Another module already has the code {code}.").format(code=code))
    language = (data.language or "").strip().lower() or None
    if language is not None and language not in LANGUAGES:
        raise ValidationError(_translate("Training", "Unknown language: {language}.").format(language=language))
    link = (data.link or "").strip() or None
    if link is not None:
        problem = link_problem(link)
        if problem:
            raise ValidationError(problem)
    roles = []
    for role in data.mandatory_roles:
        try:
            roles.append(StaffRole(role))
        except ValueError:
            raise ValidationError(_translate("Training", "Unknown staff role: {role}.").format(role=role)) from None
    validity = data.validity_months
    if validity is not None and not (1 <= int(validity) <= MAX_VALIDITY_MONTHS):
        raise ValidationError(_translate(
            "Training", "The renewal interval must be between 1 and {max} months, or never.").format(
            max=MAX_VALIDITY_MONTHS))
    ordered = tuple(r for r in StaffRole if r in roles)
    return ModuleInput(code=code, title=title, description=(data.description or "").strip() or None,
                       language=language, link=link, mandatory_roles=ordered,
                       validity_months=int(validity) if validity is not None else None, active=bool(data.active))


def link_problem(link: str) -> str | None:
    """None when `link` is an http(s) address with a host or a file URL; else what is wrong (translated)."""
    if len(link) > 1000:
        return _translate("Training", "The link may be at most 1000 characters long.")
    parsed = urlparse(link)
    if parsed.scheme in ("http", "https") and parsed.netloc:
        return None
    if parsed.scheme == "file" and parsed.path:
        return None
    return _translate("Training",
                      "The link must start with http://, https:// or file:// (for example https://intranet/course).")


# ---- modules ------------------------------------------------------------------------------------

def _module_counts(s: Session, today: date) -> dict[uuid.UUID, tuple[int, int, int]]:
    r = TrainingRecord
    state = _state_case(today)
    rows = s.execute(
        select(r.module_id,
               func.sum(case((r.status.in_(OPEN_STATUSES), 1), else_=0)),
               func.sum(case((state.in_([RecordState.DONE.value, RecordState.EXPIRING.value]), 1), else_=0)),
               func.sum(case((state == RecordState.OVERDUE.value, 1), else_=0)))
        .join(StaffMember, StaffMember.id == r.staff_id)
        .where(_is_current(), StaffMember.active.is_(True))
        .group_by(r.module_id))
    return {mid: (int(a or 0), int(c or 0), int(o or 0)) for mid, a, c, o in rows}


def modules(ctx: ServiceContext, include_inactive: bool = False, today: date | None = None) -> list[ModuleRow]:
    """Every module (active ones unless asked), by code, with their current assigned/completed/overdue counts."""
    today = today or date.today()
    with ctx.reading() as s:
        query = select(TrainingModule).order_by(func.lower(TrainingModule.code))
        if not include_inactive:
            query = query.where(TrainingModule.active.is_(True))
        found = s.scalars(query).all()
        counts = _module_counts(s, today)
        files = {owner: (name, size) for owner, name, size in s.execute(
            select(Attachment.owner_id, Attachment.filename, Attachment.size)
            .where(Attachment.owner_kind == OWNER_KIND))}
        return [_module_row(m, counts.get(m.id, (0, 0, 0)), files.get(m.id)) for m in found]


def module(ctx: ServiceContext, module_id: uuid.UUID, today: date | None = None) -> ModuleRow:
    today = today or date.today()
    with ctx.reading() as s:
        m = load(s, TrainingModule, module_id, label=_translate("Training", "Training module"))
        counts = _module_counts(s, today)
        file = s.execute(select(Attachment.filename, Attachment.size).where(
            Attachment.owner_kind == OWNER_KIND, Attachment.owner_id == module_id)).first()
        return _module_row(m, counts.get(m.id, (0, 0, 0)), tuple(file) if file else None)


def _module_row(m: TrainingModule, counts: tuple[int, int, int], file) -> ModuleRow:
    return ModuleRow(id=m.id, version=m.version, code=m.code, title=m.title, description=m.description,
                     language=m.language, link=m.link, mandatory_roles=parse_roles(m.mandatory_roles),
                     validity_months=m.validity_months, active=m.active,
                     attachment_name=file[0] if file else None, attachment_size=file[1] if file else None,
                     assigned=counts[0], completed=counts[1], overdue=counts[2])


def create_module(ctx: ServiceContext, data: ModuleInput) -> uuid.UUID:
    with ctx.transaction() as s:
        clean = _validate(s, data, None)
        m = TrainingModule(code=clean.code, title=clean.title, description=clean.description,
                           language=clean.language, link=clean.link,
                           mandatory_roles=",".join(r.value for r in clean.mandatory_roles),
                           validity_months=clean.validity_months, active=clean.active)
        s.add(m)
        s.flush()
        return m.id


def update_module(ctx: ServiceContext, module_id: uuid.UUID, data: ModuleInput, expected_version: int) -> None:
    with ctx.transaction() as s:
        m = load(s, TrainingModule, module_id, expected_version=expected_version,
                 label=_translate("Training", "Training module"))
        clean = _validate(s, data, module_id)
        m.code, m.title, m.description = clean.code, clean.title, clean.description
        m.language, m.link = clean.language, clean.link
        m.mandatory_roles = ",".join(r.value for r in clean.mandatory_roles)
        m.validity_months, m.active = clean.validity_months, clean.active


def set_module_active(ctx: ServiceContext, module_id: uuid.UUID, active: bool,
                      expected_version: int | None = None) -> None:
    with ctx.transaction() as s:
        m = load(s, TrainingModule, module_id, expected_version=expected_version,
                 label=_translate("Training", "Training module"))
        m.active = bool(active)


# ---- the attached file --------------------------------------------------------------------------

def attach_file(ctx: ServiceContext, module_id: uuid.UUID, path: str | os.PathLike) -> str:
    """Store the file at `path` as the module's attachment (replacing the previous one). Returns its name.

    The bytes go through Core statements (an ORM insert would copy them into the audit trail); one
    audit row names the file, its size and its SHA-256."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(_translate("Training", "The file cannot be read: {error}").format(
            error=exc.strerror or exc)) from exc
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(_translate("Training", "The file is {size} MB; files up to {limit} MB can be attached. "
                                  "Put larger files on a shared drive and give the module a link instead.").format(
            size=format_decimal(Decimal(size) / (1024 * 1024), 1), limit=MAX_ATTACHMENT_BYTES // (1024 * 1024)))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(_translate("Training", "The file cannot be read: {error}").format(
            error=exc.strerror or exc)) from exc
    if len(data) > MAX_ATTACHMENT_BYTES:  # it grew between stat and read
        raise ValidationError(_translate("Training", "The file is larger than {limit} MB.").format(
            limit=MAX_ATTACHMENT_BYTES // (1024 * 1024)))
    digest = hashlib.sha256(data).hexdigest()
    media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    name = path.name[:255]
    with ctx.transaction() as s:
        load(s, TrainingModule, module_id, label=_translate("Training", "Training module"))
        s.execute(delete(Attachment).where(Attachment.owner_kind == OWNER_KIND, Attachment.owner_id == module_id))
        s.execute(insert(Attachment).values(
            id=uuid.uuid4(), owner_kind=OWNER_KIND, owner_id=module_id, filename=name, media_type=media,
            size=len(data), sha256=digest, data=data, created_by=ctx.actor,
            created_at=s.info["now"], updated_at=s.info["now"]))
        bulk_entry(s, OWNER_KIND, _translate("Training", "File {name} attached ({size} bytes, SHA-256 {sha})").format(
            name=name, size=len(data), sha=digest), entity_id=str(module_id))
    return name


def remove_attachment(ctx: ServiceContext, module_id: uuid.UUID) -> bool:
    with ctx.transaction() as s:
        result = s.execute(delete(Attachment).where(Attachment.owner_kind == OWNER_KIND,
                                                    Attachment.owner_id == module_id))
        if result.rowcount:
            bulk_entry(s, OWNER_KIND, _translate("Training", "Attached file removed"), entity_id=str(module_id))
        return bool(result.rowcount)


def attachment(ctx: ServiceContext, module_id: uuid.UUID) -> tuple[str, bytes] | None:
    """The module's file as (filename, bytes), or None without one."""
    with ctx.reading() as s:
        row = s.execute(select(Attachment.filename, Attachment.data).where(
            Attachment.owner_kind == OWNER_KIND, Attachment.owner_id == module_id)).first()
        return (row[0], bytes(row[1])) if row else None


# ---- assignments and completions ----------------------------------------------------------------

def assign(ctx: ServiceContext, module_id: uuid.UUID, staff_ids, due_on: date | None,
           today: date | None = None) -> int:
    """Assign the module to each staff member who has no open assignment of it. Returns how many were
    created (one transaction)."""
    today = today or date.today()
    wanted = list(dict.fromkeys(staff_ids))
    if due_on is not None and due_on < today:
        raise ValidationError(_translate("Training", "The due date cannot be in the past."))
    with ctx.transaction() as s:
        m = load(s, TrainingModule, module_id, label=_translate("Training", "Training module"))
        if not m.active:
            raise ValidationError(_translate(
                "Training", "The module {code} is deactivated; activate it before assigning it.").format(
                code=m.code))
        if not wanted:
            return 0
        known = set(s.scalars(select(StaffMember.id).where(StaffMember.id.in_(wanted))))
        missing = [i for i in wanted if i not in known]
        if missing:
            raise ValidationError(_translate("Training", "A staff member no longer exists; reload and try again."))
        busy = set(s.scalars(select(TrainingRecord.staff_id).where(
            TrainingRecord.module_id == module_id, TrainingRecord.staff_id.in_(wanted),
            TrainingRecord.status.in_(OPEN_STATUSES))))
        fresh = [i for i in wanted if i not in busy]
        s.add_all([TrainingRecord(staff_id=i, module_id=module_id, status=TrainingStatus.ASSIGNED,
                                  assigned_on=today, due_on=due_on) for i in fresh])
        return len(fresh)


def start(ctx: ServiceContext, record_id: uuid.UUID, expected_version: int | None = None) -> None:
    with ctx.transaction() as s:
        rec = load(s, TrainingRecord, record_id, expected_version=expected_version,
                   label=_translate("Training", "Training record"))
        if rec.status is not TrainingStatus.ASSIGNED:
            raise ValidationError(_translate("Training", "Only an assigned module can be started."))
        rec.status = TrainingStatus.IN_PROGRESS


def complete(ctx: ServiceContext, record_id: uuid.UUID, completed_on: date, score: int | None = None,
             expected_version: int | None = None, today: date | None = None) -> date | None:
    """Record the completion; returns the expiry date (None when the module never expires)."""
    today = today or date.today()
    if completed_on > today:
        raise ValidationError(_translate("Training", "The completion date cannot be in the future."))
    if score is not None and not (0 <= int(score) <= 100):
        raise ValidationError(_translate("Training", "The score must be between 0 and 100."))
    with ctx.transaction() as s:
        rec = load(s, TrainingRecord, record_id, expected_version=expected_version,
                   label=_translate("Training", "Training record"))
        if rec.status not in OPEN_STATUSES:
            raise ValidationError(_translate("Training", "This training is already completed."))
        m = s.get(TrainingModule, rec.module_id)
        expires = add_months(completed_on, m.validity_months) if m and m.validity_months else None
        rec.completed_on = completed_on
        rec.score = int(score) if score is not None else None
        rec.expires_on = expires
        rec.status = TrainingStatus.EXPIRED if expires is not None and expires < today else TrainingStatus.COMPLETED
        return expires


def expire_training(ctx: ServiceContext, today: date | None = None) -> int:
    """Completed records whose ``expires_on`` is before today become expired. Returns how many.

    Set-based, one audit row per record plus a summary, in one transaction (called on open)."""
    today = today or date.today()
    with ctx.transaction() as s:
        ids = list(s.scalars(select(TrainingRecord.id).where(
            TrainingRecord.status == TrainingStatus.COMPLETED, TrainingRecord.expires_on < today)))
        if not ids:
            return 0
        info = s.info
        for begin in range(0, len(ids), 500):
            chunk = ids[begin:begin + 500]
            s.execute(update(TrainingRecord)
                      .where(TrainingRecord.id.in_(chunk), TrainingRecord.status == TrainingStatus.COMPLETED)
                      .values(status=TrainingStatus.EXPIRED, version=TrainingRecord.version + 1,
                              updated_at=info["now"])
                      .execution_options(synchronize_session=False))
            s.execute(insert(AuditEntry), [
                dict(id=uuid.uuid4(), txn_id=info["txn_id"], actor=info["actor"], action="update",
                     entity="training_record", entity_id=str(i), field="status", old_value="completed",
                     new_value="expired", occurred_at=info["now"]) for i in chunk])
        bulk_entry(s, "training_record", QCoreApplication.translate(
            "Training", "%n training record(s) expired", "", len(ids)))
        return len(ids)


# ---- a person's training ------------------------------------------------------------------------


def onboarding_due_date(hire_date: date | None, today: date, due_days: int = 30) -> date:
    """(hire date, else today) + due_days; never before today + due_days' worth when that lies in the past."""
    due = (hire_date or today) + timedelta(days=due_days)
    return due if due >= today else today + timedelta(days=due_days)


def create_onboarding(ctx: ServiceContext, staff_id: uuid.UUID, due_days: int = 30,
                      today: date | None = None) -> int:
    """Assign every mandatory module of the person's role that they have no record of. Returns how many."""
    today = today or date.today()
    if not 1 <= due_days <= 365:
        raise ValidationError(_translate("Training", "The onboarding period must be between 1 and 365 days."))
    with ctx.transaction() as s:
        person = load(s, StaffMember, staff_id, label=_translate("Training", "Staff member"))
        if not person.active:
            raise ValidationError(_translate("Training", "{name} is no longer active.").format(name=person.full_name))
        due = onboarding_due_date(person.hire_date, today, due_days)
        missing = _missing_rows(s, today, StaffMember.id == staff_id)
        s.add_all([TrainingRecord(staff_id=staff_id, module_id=row.module_id, status=TrainingStatus.ASSIGNED,
                                  assigned_on=today, due_on=due) for row in missing])
        return len(missing)


# ---- alerts ------------------------------------------------------------------------------------


# ---- who can be assigned -------------------------------------------------------------------------


