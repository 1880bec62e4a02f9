"""Staff records: who works in the department, in which role, team and branch, since when, and who left.

Rules (each refused with a translated ValidationError, nothing saved):

- the username is required, at most 64 characters without spaces, and unique (compared without case);
- the full name is required;
- the hire date may lie in the future (a new hire starting soon), but at most 90 days after today;
- a team belongs to one branch: when both are given they must agree; a team without a branch takes
  the team's branch;
- an approval limit is zero or more, with a currency;
- ``left_on`` (mark_left) is on or after the hire date and at most 90 days after today; the member
  becomes inactive (their history stays; the scorecard lists a leaver while they have figures).

Every change is one transaction with audit rows (the ORM listener); edits take the version the user
saw (`expected_version`) and fail with StaleEditError when someone else saved first.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from collectdesk.domain.enums import StaffRole
from collectdesk.domain.errors import NotFoundError, ValidationError
from collectdesk.services.context import ServiceContext, load
from collectdesk.store.models import Branch, StaffMember, Team

LANGUAGES = ("en", "it", "pl", "de")
FUTURE_HIRE_DAYS = 90
REVIEWER_ROLES = (StaffRole.SUPERVISOR, StaffRole.COLLECTION_MANAGER, StaffRole.SENIOR_MANAGER)


@dataclass(frozen=True)
class StaffRow:
    id: uuid.UUID
    version: int
    username: str
    full_name: str
    email: str | None
    role: StaffRole
    team_id: uuid.UUID | None
    team: str | None
    branch_id: uuid.UUID | None  # the member's own branch, else their team's
    branch: str | None
    country: str | None
    language: str
    hire_date: date | None
    left_on: date | None
    active: bool
    approval_limit: Decimal | None
    approval_currency: str | None


@dataclass(frozen=True)
class Choice:
    """A team or branch for a combo box."""

    id: uuid.UUID
    name: str
    branch_id: uuid.UUID | None = None
    country: str | None = None


def _query():
    team_branch = aliased(Branch)
    own_branch = aliased(Branch)
    branch_id = func.coalesce(StaffMember.branch_id, Team.branch_id)
    q = (select(StaffMember.id, StaffMember.version, StaffMember.username, StaffMember.full_name,
                StaffMember.email, StaffMember.role, StaffMember.team_id, Team.name,
                branch_id, func.coalesce(own_branch.name, team_branch.name),
                func.coalesce(own_branch.country, team_branch.country), StaffMember.language,
                StaffMember.hire_date, StaffMember.left_on, StaffMember.active, StaffMember.approval_limit,
                StaffMember.approval_currency)
         .outerjoin(Team, Team.id == StaffMember.team_id)
         .outerjoin(team_branch, team_branch.id == Team.branch_id)
         .outerjoin(own_branch, own_branch.id == StaffMember.branch_id))
    return q, team_branch


def _row(r) -> StaffRow:
    return StaffRow(id=r[0], version=r[1], username=r[2], full_name=r[3], email=r[4], role=StaffRole(r[5]),
                    team_id=r[6], team=r[7], branch_id=r[8], branch=r[9], country=r[10], language=r[11],
                    hire_date=r[12], left_on=r[13], active=bool(r[14]), approval_limit=r[15],
                    approval_currency=r[16])


def list_staff(ctx: ServiceContext, *, include_left: bool = False, team_id: uuid.UUID | None = None,
               branch_id: uuid.UUID | None = None, role: StaffRole | None = None,
               search: str = "") -> list[StaffRow]:
    """Staff members by name. `search` matches the name or username anywhere, without case; `branch_id`
    matches the member's branch, or their team's when they have none of their own."""
    q, team_branch = _query()
    if not include_left:
        q = q.where(StaffMember.active.is_(True))
    if team_id is not None:
        q = q.where(StaffMember.team_id == team_id)
    if branch_id is not None:
        q = q.where(or_(StaffMember.branch_id == branch_id,
                        and_(StaffMember.branch_id.is_(None), Team.branch_id == branch_id)))
    if role is not None:
        q = q.where(StaffMember.role == StaffRole(role))
    with ctx.reading() as s:
        rows = [_row(r) for r in s.execute(q.order_by(StaffMember.full_name, StaffMember.id)).all()]
    text = search.strip().casefold()
    if text:  # in Python: SQLite's lower() knows only ASCII ("Żak"), and a department has hundreds of staff
        rows = [r for r in rows if text in r.full_name.casefold() or text in r.username.casefold()]
    return rows


def get_staff(ctx: ServiceContext, staff_id: uuid.UUID) -> StaffRow:
    q, _ = _query()
    with ctx.reading() as s:
        row = s.execute(q.where(StaffMember.id == staff_id)).first()
    if row is None:
        raise NotFoundError(QCoreApplication.translate("Staff", "This staff member no longer exists."))
    return _row(row)


def staff_of_login(ctx: ServiceContext, login: str | None = None) -> StaffRow | None:
    """The staff member who uses `login` (default: the one acting, ctx.actor), the username compared
    without case; None when the login is no staff member's."""
    login = (ctx.actor if login is None else login or "").strip()
    if not login:
        return None
    q, _ = _query()
    with ctx.reading() as s:
        row = s.execute(q.where(StaffMember.username == login)).first()
        if row is None:  # usernames are unique without case (_check), so at most one matches
            row = s.execute(q.where(func.lower(StaffMember.username) == login.lower())).first()
    return _row(row) if row is not None else None


def reviewers(ctx: ServiceContext) -> list[StaffRow]:
    """Active supervisors and managers: who may write a review or a QA entry."""
    return [r for r in list_staff(ctx) if r.role in REVIEWER_ROLES]


def branches(ctx: ServiceContext) -> list[Choice]:
    with ctx.reading() as s:
        rows = s.execute(select(Branch.id, Branch.name, Branch.country).order_by(Branch.name)).all()
    return [Choice(id=r[0], name=r[1], country=r[2]) for r in rows]


def teams(ctx: ServiceContext, branch_id: uuid.UUID | None = None) -> list[Choice]:
    q = select(Team.id, Team.name, Team.branch_id).order_by(Team.name, Team.id)
    if branch_id is not None:
        q = q.where(Team.branch_id == branch_id)
    with ctx.reading() as s:
        rows = s.execute(q).all()
    return [Choice(id=r[0], name=r[1], branch_id=r[2]) for r in rows]


# ---- changes --------------------------------------------------------------------------------------

@dataclass
class StaffFields:
    """What the staff dialog edits."""

    username: str
    full_name: str
    role: StaffRole
    team_id: uuid.UUID | None = None
    branch_id: uuid.UUID | None = None
    language: str = "en"
    hire_date: date | None = None
    email: str | None = None
    approval_limit: Decimal | None = None
    approval_currency: str | None = None


def _fail(text: str) -> ValidationError:
    return ValidationError(text)


def _check(s, fields: StaffFields, today: date, staff_id: uuid.UUID | None) -> StaffFields:
    username = (fields.username or "").strip()
    full_name = " ".join((fields.full_name or "").split())
    if not username:
        raise _fail(QCoreApplication.translate("Staff", "Enter a username."))
    if len(username) > 64 or any(ch.isspace() for ch in username):
        raise _fail(QCoreApplication.translate("Staff", "A username has at most 64 characters and no spaces."))
    if not full_name:
        raise _fail(QCoreApplication.translate("Staff", "Enter the staff member's full name."))
    if len(full_name) > 160:
        raise _fail(QCoreApplication.translate("Staff", "The name is too long (at most 160 characters)."))
    try:
        role = StaffRole(fields.role)
    except ValueError:
        raise _fail(QCoreApplication.translate("Staff", "Choose a role.")) from None
    taken = s.execute(select(StaffMember.id, StaffMember.full_name)
                      .where(func.lower(StaffMember.username) == username.lower())).first()
    if taken is not None and taken[0] != staff_id:
        raise _fail(QCoreApplication.translate("Staff", "The username {username} is already used by {name}.").format(
            username=username, name=taken[1]))
    if fields.hire_date is not None and fields.hire_date > today + timedelta(days=FUTURE_HIRE_DAYS):
        raise _fail(QCoreApplication.translate(
            "Staff", "The hire date can be at most {days} days from today.").format(days=FUTURE_HIRE_DAYS))
    language = (fields.language or "en").strip().lower()
    if language not in LANGUAGES:
        raise _fail(QCoreApplication.translate("Staff", "Choose one of the department's languages."))
    branch_id = fields.branch_id
    if fields.team_id is not None:
        team = s.get(Team, fields.team_id)
        if team is None:
            raise _fail(QCoreApplication.translate("Staff", "The chosen team no longer exists."))
        if branch_id is None:
            branch_id = team.branch_id
        elif branch_id != team.branch_id:
            raise _fail(QCoreApplication.translate("Staff", "The team {team} belongs to another branch.").format(
                team=team.name))
    if branch_id is not None and s.get(Branch, branch_id) is None:
        raise _fail(QCoreApplication.translate("Staff", "The chosen branch no longer exists."))
    limit, currency = fields.approval_limit, (fields.approval_currency or "").strip().upper() or None
    if limit is not None:
        if limit < 0:
            raise _fail(QCoreApplication.translate("Staff", "The approval limit cannot be negative."))
        if currency is None or len(currency) != 3:
            raise _fail(QCoreApplication.translate("Staff", "Choose the currency of the approval limit."))
    else:
        currency = None
    email = (fields.email or "").strip() or None
    if email is not None and ("@" not in email or len(email) > 254):
        raise _fail(QCoreApplication.translate("Staff", "The e-mail address is not valid."))
    return StaffFields(username=username, full_name=full_name, role=role, team_id=fields.team_id,
                       branch_id=branch_id, language=language, hire_date=fields.hire_date, email=email,
                       approval_limit=limit, approval_currency=currency)


def _apply(member: StaffMember, f: StaffFields) -> None:
    member.username, member.full_name, member.role = f.username, f.full_name, f.role
    member.team_id, member.branch_id, member.language = f.team_id, f.branch_id, f.language
    member.hire_date, member.email = f.hire_date, f.email
    member.approval_limit, member.approval_currency = f.approval_limit, f.approval_currency


def create_staff(ctx: ServiceContext, fields: StaffFields, *, today: date | None = None) -> uuid.UUID:
    today = today or date.today()
    with ctx.transaction() as s:
        checked = _check(s, fields, today, None)
        member = StaffMember(active=True)
        _apply(member, checked)
        s.add(member)
        s.flush()
        return member.id


def update_staff(ctx: ServiceContext, staff_id: uuid.UUID, fields: StaffFields, *, expected_version: int,
                 today: date | None = None) -> int:
    """Save the dialog's fields; returns the new version."""
    today = today or date.today()
    with ctx.transaction() as s:
        member = load(s, StaffMember, staff_id, expected_version=expected_version, label=fields.full_name)
        checked = _check(s, fields, today, staff_id)
        if member.left_on is not None and checked.hire_date is not None and checked.hire_date > member.left_on:
            raise _fail(QCoreApplication.translate("Staff", "The hire date cannot be after the leaving date."))
        _apply(member, checked)
        s.flush()
        return member.version


def mark_left(ctx: ServiceContext, staff_id: uuid.UUID, left_on: date, *, expected_version: int | None = None,
              today: date | None = None) -> None:
    today = today or date.today()
    with ctx.transaction() as s:
        member = load(s, StaffMember, staff_id, expected_version=expected_version, label=str(staff_id))
        if member.hire_date is not None and left_on < member.hire_date:
            raise _fail(QCoreApplication.translate(
                "Staff", "The leaving date cannot be before the hire date ({date}).").format(
                date=member.hire_date.isoformat()))
        if left_on > today + timedelta(days=FUTURE_HIRE_DAYS):
            raise _fail(QCoreApplication.translate(
                "Staff", "The leaving date can be at most {days} days from today.").format(days=FUTURE_HIRE_DAYS))
        member.left_on = left_on
        member.active = False


# ---- scorecard history ------------------------------------------------------------------------------

@dataclass(frozen=True)
class MonthFigures:
    """One calendar month of a staff member's scorecard (None: no scorecard row that month)."""

    month: date  # first day
    score: object | None  # collectdesk.services.scorecards.StaffScore


def month_starts(today: date, months: int) -> list[date]:
    """First days of the last `months` months, the current one included, newest first."""
    out, year, month = [], today.year, today.month
    for _ in range(months):
        out.append(date(year, month, 1))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return out


def scorecard_history(ctx: ServiceContext, staff_id: uuid.UUID, *, months: int = 12, today: date | None = None,
                      cancelled=None) -> list[MonthFigures]:
    """The staff member's scorecard row for each of the last `months` calendar months (the current
    month up to today), newest first: the same figures the Scorecards pane shows for each month.
    `cancelled()` is asked between months (worker threads)."""
    from collectdesk.services.scorecards import scorecard

    today = today or date.today()
    person = get_staff(ctx, staff_id)
    out = []
    for start in month_starts(today, months):
        if cancelled is not None and cancelled():
            break
        nxt = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        end = min(nxt - timedelta(days=1), today)
        card = scorecard(ctx, start, end, team_id=person.team_id)
        out.append(MonthFigures(month=start, score=next((r for r in card.rows if r.staff_id == staff_id), None)))
    return out
