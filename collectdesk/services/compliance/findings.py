"""Compliance findings for the pane, the scorecards' drill-down, the staff page and reports; their review.

    list_findings(ctx, flt, limit=100, offset=0) -> [FindingRow]   newest first (found_at, then id)
    count_findings(ctx, flt) -> int
    group_counts(ctx, flt, by) -> [GroupCount]      per rule / collector / team: the period and the one before
    trend(ctx, flt, kind, n, ending) -> [TrendBucket]   findings per week or month, per severity
    finding_detail(ctx, finding_id, language=None) -> FindingDetail   explanation, rule, activities, account
    review(ctx, finding_id, outcome, note, expected_version=...) -> version
    reopen(ctx, finding_id, expected_version=None) -> version
    findings_for_staff(ctx, staff_id, period) -> [FindingRow]
    choices(ctx) -> FilterChoices                   the rules and profiles findings exist for

Counting: a finding belongs to the period whose UTC dates contain its ``found_at`` (when the breach
happened), as in the scorecards (scorecard_read.utc_bounds), so a collector's count for a period here is
the scorecard's "compliance findings" figure for them, and a team's count the team's total (the team is
the collector's team, as the scorecard groups staff). Every status counts unless the filter picks one:
the scorecard counts dismissed findings too.

Review: a note is required. ``FALSE_POSITIVE`` dismisses the finding (status DISMISSED); every other
outcome marks it REVIEWED. Who and when are recorded, and the audit trail keeps every change (the
transaction's hooks). A stale version fails loudly (StaleEditError, naming who changed it). Reopening
clears the review and makes the finding open again.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication
from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased

from collectdesk.compliance.model import Rule
from collectdesk.domain.enums import (AccountStatus, Channel, Direction, FindingReview, FindingSeverity,
                                      FindingStatus, Outcome)
from collectdesk.domain.errors import NotFoundError, ValidationError
from collectdesk.domain.periods import Period, PeriodKind, last_n
from collectdesk.services.compliance.finding_text import RuleBook, explain_finding, parse_detail
from collectdesk.services.compliance.profiles import layers
from collectdesk.services.context import ServiceContext, load
from collectdesk.services.scorecard_read import utc_bounds
from collectdesk.store.models import Account, Activity, ComplianceFinding, Debtor, StaffMember, Team, utcnow

_translate = QCoreApplication.translate

MAX_NOTE = 4000
GROUPINGS = ("rule", "collector", "team")
F = ComplianceFinding
_Collector = aliased(StaffMember, name="collector")


@dataclass(frozen=True)
class FindingFilter:
    period: Period | None = None              # found_at's UTC date in [start, end]; None: any time
    rule_code: str | None = None
    severity: FindingSeverity | None = None
    status: FindingStatus | None = None       # None: every status
    collector_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None          # the collector's team
    profile_code: str | None = None


@dataclass(frozen=True)
class FindingRow:
    id: uuid.UUID
    version: int
    found_at: datetime
    rule_code: str
    rule_name: str                            # in the reader's language; the code when the rule is gone
    severity: FindingSeverity
    status: FindingStatus
    review: FindingReview | None
    collector_id: uuid.UUID | None
    collector: str | None
    team: str | None
    account_id: uuid.UUID | None
    account_no: str | None
    debtor_id: uuid.UUID | None
    debtor: str | None
    profile_code: str
    profile_version: str
    reviewed_by: str | None
    reviewed_at: datetime | None
    review_note: str | None


@dataclass(frozen=True)
class GroupCount:
    key: object                               # rule code, collector id or team id (None: no collector/team)
    label: str
    count: int
    previous: int | None                      # the same filter over the period before; None without a period

    @property
    def change(self) -> int | None:
        return None if self.previous is None else self.count - self.previous


@dataclass(frozen=True)
class TrendBucket:
    period: Period
    block: int
    warn: int

    @property
    def total(self) -> int:
        return self.block + self.warn


@dataclass(frozen=True)
class ActivityLine:
    id: uuid.UUID
    offending: bool                           # the finding's own activity (else one of the others involved)
    occurred_at: datetime                     # UTC
    local_at: datetime                        # in the debtor's time zone (UTC when it is unknown)
    zone: str
    channel: Channel
    direction: Direction
    outcome: Outcome
    collector: str | None
    contact_value: str | None
    note: str | None


@dataclass(frozen=True)
class FindingDetail:
    row: FindingRow
    explanation: str
    rule: Rule | None                         # None: no profile has the rule any more
    facts: dict
    activities: list[ActivityLine]
    account_status: AccountStatus | None = None
    balance: object = None                    # Decimal
    currency: str | None = None
    creditor: str | None = None
    debtor_country: str | None = None
    debtor_timezone: str | None = None
    missing_activities: int = 0               # ids in the finding the activity log no longer has


@dataclass(frozen=True)
class FilterChoices:
    rules: list[tuple[str, str]] = field(default_factory=list)     # (code, name), by name


def rule_book(ctx: ServiceContext) -> RuleBook:
    return RuleBook(layers(ctx))


# ------------------------------------------------------------------------------------------------ reading

def _where(flt: FindingFilter, period: Period | None) -> list:
    where = []
    if period is not None:
        lo, hi = utc_bounds(period.start, period.end)
        where += [F.found_at >= lo, F.found_at < hi]
    if flt.rule_code:
        where.append(F.rule_code == flt.rule_code)
    if flt.severity is not None:
        where.append(F.severity == FindingSeverity(flt.severity))
    if flt.status is not None:
        where.append(F.status == FindingStatus(flt.status))
    if flt.collector_id is not None:
        where.append(F.collector_id == flt.collector_id)
    if flt.team_id is not None:
        where.append(F.collector_id.in_(select(StaffMember.id).where(StaffMember.team_id == flt.team_id)))
    if flt.profile_code:
        where.append(F.profile_code == flt.profile_code)
    return where


def _row_query():
    return (select(F.id, F.version, F.found_at, F.rule_code, F.severity, F.status, F.review, F.collector_id,
                   _Collector.full_name, Team.name, F.account_id, Account.account_no, F.debtor_id, Debtor.name,
                   F.profile_code, F.profile_version, F.reviewed_by, F.reviewed_at, F.review_note)
            .outerjoin(_Collector, _Collector.id == F.collector_id)
            .outerjoin(Team, Team.id == _Collector.team_id)
            .outerjoin(Account, Account.id == F.account_id)
            .outerjoin(Debtor, Debtor.id == Account.debtor_id))


def _to_row(r, book: RuleBook, language: str | None) -> FindingRow:
    return FindingRow(id=r[0], version=r[1], found_at=r[2], rule_code=r[3],
                      rule_name=book.name(r[3], r[14], r[15], language), severity=FindingSeverity(r[4]),
                      status=FindingStatus(r[5]), review=FindingReview(r[6]) if r[6] else None,
                      collector_id=r[7], collector=r[8], team=r[9], account_id=r[10], account_no=r[11],
                      debtor_id=r[12], debtor=r[13], profile_code=r[14], profile_version=r[15],
                      reviewed_by=r[16], reviewed_at=r[17], review_note=r[18])


def list_findings(ctx: ServiceContext, flt: FindingFilter, *, limit: int = 100, offset: int = 0,
                  book: RuleBook | None = None, language: str | None = None, total: int | None = None) -> list[FindingRow]:
    """`limit` findings from `offset`, newest first (the breach's time, then the id). With `total` (the
    count, when the caller knows it), a page in the older half is read from the other end (a short OFFSET)."""
    book = book or rule_book(ctx)
    q = _row_query().where(*_where(flt, flt.period))
    if total is not None and offset > total // 2:
        end = min(offset + limit, total)
        q = q.order_by(F.found_at.asc(), F.id.desc()).limit(max(0, end - offset)).offset(total - end)
        with ctx.reading() as s:
            return [_to_row(r, book, language) for r in s.execute(q)][::-1]
    q = q.order_by(F.found_at.desc(), F.id).limit(limit).offset(offset)
    with ctx.reading() as s:
        return [_to_row(r, book, language) for r in s.execute(q)]


def count_findings(ctx: ServiceContext, flt: FindingFilter) -> int:
    with ctx.reading() as s:
        return int(s.execute(select(func.count()).select_from(F).where(*_where(flt, flt.period))).scalar_one())


def findings_for_staff(ctx: ServiceContext, staff_id: uuid.UUID, period: Period, *, limit: int = 1000,
                       language: str | None = None) -> list[FindingRow]:
    """A collector's findings in `period` (every status), newest first."""
    return list_findings(ctx, FindingFilter(period=period, collector_id=staff_id), limit=limit, language=language)


def _grouped(s: Session, by: str, flt: FindingFilter, period: Period | None) -> tuple[dict, dict]:
    """({key: count}, {rule code: (profile code, version)} naming each rule as most of its findings do)."""
    where = _where(flt, period)
    if by == "rule":
        counts: dict = defaultdict(int)
        best: dict = {}
        q = (select(F.rule_code, F.profile_code, F.profile_version, func.count()).where(*where)
             .group_by(F.rule_code, F.profile_code, F.profile_version))
        for code, profile, version, n in s.execute(q):
            counts[code] += int(n)
            if code not in best or int(n) > best[code][0]:
                best[code] = (int(n), profile, version)
        return dict(counts), {code: (p, v) for code, (_n, p, v) in best.items()}
    if by == "collector":
        q = select(F.collector_id, func.count()).where(*where).group_by(F.collector_id)
    else:
        q = (select(_Collector.team_id, func.count()).select_from(F)
             .outerjoin(_Collector, _Collector.id == F.collector_id).where(*where).group_by(_Collector.team_id))
    return {k: int(n) for k, n in s.execute(q)}, {}


def group_counts(ctx: ServiceContext, flt: FindingFilter, by: str, *, book: RuleBook | None = None,
                 language: str | None = None) -> list[GroupCount]:
    """The filter's findings per rule, collector or team, most first; with a period, also the counts for the
    period before it (same filter), and the groups that had findings only then (count 0)."""
    if by not in GROUPINGS:
        raise ValueError(f"group by one of {', '.join(GROUPINGS)}, not {by!r}")
    with ctx.reading() as s:
        now, profiles = _grouped(s, by, flt, flt.period)
        before = None
        if flt.period is not None:
            before, earlier = _grouped(s, by, flt, flt.period.previous())
            profiles = {**earlier, **profiles}
        keys = set(now) | set(before or ())
        names: dict = {}
        ids = [k for k in keys if k is not None]
        if by == "collector" and ids:
            names = dict(s.execute(select(StaffMember.id, StaffMember.full_name).where(StaffMember.id.in_(ids))).all())
        elif by == "team" and ids:
            names = dict(s.execute(select(Team.id, Team.name).where(Team.id.in_(ids))).all())
    if by == "rule":
        book = book or rule_book(ctx)
        for code in keys:
            profile, version = profiles.get(code, (None, None))
            names[code] = book.name(code, profile, version, language)
    out = []
    for k in keys:
        if k is None:
            label = (_translate("Compliance", "No collector") if by == "collector"
                     else _translate("Compliance", "No team"))
        else:
            label = names.get(k) or str(k)
        out.append(GroupCount(k, label, now.get(k, 0), None if before is None else before.get(k, 0)))
    out.sort(key=lambda g: (-g.count, -(g.previous or 0), g.label.casefold()))
    return out


def trend(ctx: ServiceContext, flt: FindingFilter, *, kind: PeriodKind = PeriodKind.MONTH, n: int = 12,
          ending: date | None = None) -> list[TrendBucket]:
    """Findings per week or month (the `n` ending with the one containing `ending`, default the filter's
    period end, else today), by severity; the filter's other conditions apply, its period does not."""
    kind = PeriodKind(kind)
    if kind not in (PeriodKind.WEEK, PeriodKind.MONTH):
        raise ValueError(f"a trend is per week or month, not per {kind.value}")
    last = Period.containing(kind, ending or (flt.period.end if flt.period else date.today()))
    periods = last_n(last, n)
    bounds = [utc_bounds(p.start, p.end) for p in periods]
    k = case(*((and_(F.found_at >= lo, F.found_at < hi), i) for i, (lo, hi) in enumerate(bounds)))
    span = and_(F.found_at >= bounds[0][0], F.found_at < bounds[-1][1])
    counts: dict = defaultdict(int)
    with ctx.reading() as s:
        q = (select(k, F.severity, func.count()).where(span, *_where(flt, None)).group_by(k, F.severity))
        for i, severity, number in s.execute(q):
            if i is not None:
                counts[int(i), FindingSeverity(severity)] = int(number)
    return [TrendBucket(p, counts[i, FindingSeverity.BLOCK], counts[i, FindingSeverity.WARN])
            for i, p in enumerate(periods)]


def choices(ctx: ServiceContext, *, book: RuleBook | None = None, language: str | None = None) -> FilterChoices:
    """The rules that findings exist for (for the filter combo), by name. Read from the rule_code index
    alone; the names are the profiles' of today (RuleBook.name without a profile)."""
    with ctx.reading() as s:
        codes = s.scalars(select(F.rule_code).distinct()).all()
    book = book or rule_book(ctx)
    named = sorted(((code, book.name(code, language=language)) for code in codes),
                   key=lambda cn: (cn[1].casefold(), cn[0]))
    return FilterChoices(named)


# ------------------------------------------------------------------------------------------------- detail

def _zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def finding_detail(ctx: ServiceContext, finding_id: uuid.UUID, *, language: str | None = None,
                   book: RuleBook | None = None) -> FindingDetail:
    """The finding with its explanation (rebuilt from its rule and facts), the activities involved (the
    offending one and the others, in the debtor's local time), the account and the debtor."""
    book = book or rule_book(ctx)
    with ctx.reading() as s:
        r = s.execute(_row_query().where(F.id == finding_id)).first()
        if r is None:
            raise NotFoundError(_translate("Compliance", "This finding no longer exists; a rescan may have "
                                                         "removed it."))
        row = _to_row(r, book, language)
        finding = s.get(F, finding_id)
        facts, related, _ = parse_detail(finding.detail)
        account = s.get(Account, row.account_id) if row.account_id else None
        debtor = s.get(Debtor, row.debtor_id or (account.debtor_id if account else None)) \
            if (row.debtor_id or account) else None
        zone = _zone(debtor.timezone if debtor else None)
        ids = ([finding.activity_id] if finding.activity_id else []) + [i for i in related if i != finding.activity_id]
        activities = []
        if ids:
            q = (select(Activity, StaffMember.full_name).outerjoin(StaffMember, StaffMember.id == Activity.collector_id)
                 .where(Activity.id.in_(ids)).order_by(Activity.occurred_at, Activity.id))
            for a, name in s.execute(q):
                local = a.occurred_at.astimezone(zone)
                activities.append(ActivityLine(
                    id=a.id, offending=a.id == finding.activity_id, occurred_at=a.occurred_at, local_at=local,
                    zone=local.tzname() or zone.key, channel=Channel(a.channel), direction=Direction(a.direction),
                    outcome=Outcome(a.outcome), collector=name, contact_value=a.contact_value, note=a.note))
        explanation, rule = explain_finding(
            book, rule_code=finding.rule_code, profile_code=finding.profile_code,
            profile_version=finding.profile_version, severity=finding.severity, account_id=finding.account_id,
            found_at=finding.found_at, activity_id=finding.activity_id, collector_id=finding.collector_id,
            detail=finding.detail, language=language)
        return FindingDetail(
            row=row, explanation=explanation, rule=rule, facts=facts, activities=activities,
            account_status=AccountStatus(account.status) if account else None,
            balance=account.balance if account else None, currency=account.currency if account else None,
            creditor=account.creditor if account else None, debtor_country=debtor.country if debtor else None,
            debtor_timezone=debtor.timezone if debtor else None, missing_activities=len(ids) - len(activities))


def explanations(s: Session, ids: list[uuid.UUID], book: RuleBook, language: str | None = None) -> dict:
    """{finding id: (rule name, explanation)} for a listing (the scorecards' drill-down)."""
    out = {}
    for chunk in range(0, len(ids), 500):
        for f in s.scalars(select(F).where(F.id.in_(ids[chunk:chunk + 500]))):
            text, rule = explain_finding(
                book, rule_code=f.rule_code, profile_code=f.profile_code, profile_version=f.profile_version,
                severity=f.severity, account_id=f.account_id, found_at=f.found_at, activity_id=f.activity_id,
                collector_id=f.collector_id, detail=f.detail, language=language)
            out[f.id] = (book.name(f.rule_code, f.profile_code, f.profile_version, language), text)
    return out


# ------------------------------------------------------------------------------------------------ changes

def _label(f: ComplianceFinding) -> str:
    from collectdesk.i18n import format_datetime  # formatting only

    return _translate("Compliance", "The finding {rule} of {when}").format(
        rule=f.rule_code, when=format_datetime(f.found_at))


def check_note(note: str | None) -> str:
    """The review note as it will be saved; ValidationError (in words) when it cannot be."""
    text = (note or "").strip()
    if not text:
        raise ValidationError(_translate("Compliance", "Write a note: what was done about the finding, and why."))
    if len(text) > MAX_NOTE:
        raise ValidationError(_translate("Compliance", "The note is too long: at most {max} characters, this one "
                                         "has {count}.").format(max=MAX_NOTE, count=len(text)))
    return text


def review(ctx: ServiceContext, finding_id: uuid.UUID, outcome: FindingReview, note: str, *,
           expected_version: int) -> int:
    """Record what was done about a finding; returns its new version. FALSE_POSITIVE dismisses it."""
    text = check_note(note)
    try:
        outcome = FindingReview(outcome)
    except ValueError as exc:
        raise ValidationError(_translate("Compliance", "Choose what was done about the finding.")) from exc
    with ctx.transaction() as s:
        f = s.get(F, finding_id)
        f = load(s, F, finding_id, expected_version=expected_version, label=_label(f) if f else "")
        f.review = outcome
        f.review_note = text
        f.status = FindingStatus.DISMISSED if outcome is FindingReview.FALSE_POSITIVE else FindingStatus.REVIEWED
        f.reviewed_by = ctx.actor
        f.reviewed_at = s.info.get("now") or utcnow()
        s.flush()
        return f.version


def reopen(ctx: ServiceContext, finding_id: uuid.UUID, *, expected_version: int | None = None) -> int:
    """Make a reviewed or dismissed finding open again (the review is cleared; the audit trail keeps it)."""
    with ctx.transaction() as s:
        f = s.get(F, finding_id)
        f = load(s, F, finding_id, expected_version=expected_version, label=_label(f) if f else "")
        if f.status is FindingStatus.OPEN:
            return f.version
        f.status = FindingStatus.OPEN
        f.review = None
        f.review_note = None
        f.reviewed_by = None
        f.reviewed_at = None
        s.flush()
        return f.version


__all__ = ["ActivityLine", "FilterChoices", "FindingDetail", "FindingFilter", "FindingRow", "GROUPINGS",
           "GroupCount", "TrendBucket", "check_note", "choices", "count_findings", "explanations", "finding_detail",
           "findings_for_staff", "group_counts", "list_findings", "reopen", "review", "rule_book", "trend"]
