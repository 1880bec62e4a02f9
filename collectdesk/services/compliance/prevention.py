"""Prevention at the point of contact: the hits a contact would cause, before it is saved.

    check_contact(ctx, account_id, channel=, direction=, at=, ...) -> Verdict    (the dialog, as the user types)
    check_day(ctx, account_id, day, channel) -> DayVerdict                       (scheduling a next action)
    ContactChecker(ctx, account_id)          the same, with the profile and the user's role read once
    enforce(verdict, reason) -> Decision     what log_activity does with a verdict (raises when refused)
    audit_in(session, verdict, decision, reason, activity_id) / record_blocked(ctx, verdict, reason)
    decisions(ctx, account_id) -> [AuditedDecision]   the decisions recorded for an account, newest first

Which contacts are checked: outbound ones only (an inbound call is the debtor calling; it still counts as
history, e.g. a conversation that starts a pause). Each rule judges only the channels it names, so a letter
is judged only by the rules that cover letters. The profile is the account's effective profile
(services.compliance.profiles); the history is the debtor's activities on the accounts that profile applies
to, ``lookback_days(profile)`` back from the contact (compliance.engine.evaluate_proposed).

Who may go ahead despite a hit (``Rule.override``): ``nobody``; ``supervisor``: the logged-in user is an
active staff member (staff.staff_of_login) whose role is a supervisor's or a manager's
(escalations.DECIDING_ROLES); ``anyone`` (the loader's default for warnings). A login that is no staff
member may override only ``anyone`` rules. Going ahead always needs a reason.

The decision (``enforce``), for a contact that is saved with ``check_compliance=True``:

- no hits: allowed. **No audit row** beyond the activity's own insert row: the trail stays lean (most
  contacts are clean), and a contact without a compliance row was either clean or logged unchecked (bulk
  history, which the scan judges instead);
- hits, each overridable by this user, and a reason: saved; audited as ``warned`` (warnings only) or
  ``overridden`` (at least one block);
- warnings only, overridable, no reason: refused with ReasonRequired (nothing attempted against a rule,
  so nothing audited; the message names each rule and its source);
- anything else (a hit this user may not override, or a block without a reason): refused with
  ComplianceBlocked and audited as ``blocked`` in a transaction of its own (the activity is not saved).

An audit row: entity ``account``, the account id, field ``compliance_check``, action ``bulk``; new_value is
JSON (decision, rule ids and severities, profile code and version, reason, login, staff id and role,
channel, direction, time, the activity id when saved); summary says the same in words (the writer's
language, as other audit summaries).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from collectdesk.compliance.engine import evaluate_proposed
from collectdesk.compliance.model import DebtorFacts, Event, Hit, OverrideBy, Profile, Rule, RuleType
from collectdesk.domain.enums import Channel, Direction, FindingSeverity, Outcome, StaffRole
from collectdesk.domain.errors import NotFoundError, ValidationError
from collectdesk.services.audit import bulk_entry
from collectdesk.services.compliance import facts
from collectdesk.services.compliance.profiles import ProfileResolver, resolver
from collectdesk.services.context import ServiceContext
from collectdesk.services.escalations import DECIDING_ROLES
from collectdesk.services.staff import StaffRow, staff_of_login
from collectdesk.store.models import Account, AuditEntry

_translate = QCoreApplication.translate

AUDIT_ENTITY = "account"
AUDIT_FIELD = "compliance_check"
MAX_REASON = 1000
DAY_SEARCH = 366  # how far next_open_day looks


class Decision(StrEnum):
    ALLOWED = "allowed"
    WARNED = "warned"
    OVERRIDDEN = "overridden"
    BLOCKED = "blocked"


@dataclass(frozen=True, slots=True)
class CheckedHit:
    hit: Hit
    override_by: OverrideBy
    may_override: bool          # this user may go ahead (with a reason)

    @property
    def rule(self) -> Rule:
        return self.hit.rule

    @property
    def is_block(self) -> bool:
        return self.hit.severity == FindingSeverity.BLOCK


@dataclass(frozen=True, slots=True)
class Verdict:
    account_id: uuid.UUID
    profile_code: str
    profile_version: str
    blocks: tuple[CheckedHit, ...] = ()
    warnings: tuple[CheckedHit, ...] = ()
    checked: bool = True        # False: not checked (an inbound contact)
    login: str = ""
    staff_id: uuid.UUID | None = None
    staff_role: StaffRole | None = None
    channel: str = ""
    direction: str = ""
    at: datetime | None = None

    @property
    def hits(self) -> tuple[CheckedHit, ...]:
        return self.blocks + self.warnings

    @property
    def clear(self) -> bool:
        return not self.blocks and not self.warnings

    @property
    def overridable(self) -> bool:
        """Every hit may be overridden by this user (with a reason)."""
        return all(h.may_override for h in self.hits)

    @property
    def rule_ids(self) -> list[str]:
        return [h.rule.id for h in self.hits]

    def decision(self, reason: str | None) -> Decision | None:
        """What saving it with `reason` comes to; None: warnings only and the reason is missing."""
        if self.clear:
            return Decision.ALLOWED
        if self.overridable and (reason or "").strip():
            return Decision.OVERRIDDEN if self.blocks else Decision.WARNED
        if self.overridable and not self.blocks:
            return None
        return Decision.BLOCKED


class ComplianceBlocked(ValidationError):
    """The contact is refused by a rule this user may not override, or by a block without a reason."""

    def __init__(self, message: str, verdict: Verdict):
        super().__init__(message)
        self.verdict = verdict


class ReasonRequired(ValidationError):
    """Warnings only: the contact is saved once a reason for going ahead is given."""

    def __init__(self, message: str, verdict: Verdict):
        super().__init__(message)
        self.verdict = verdict


# ------------------------------------------------------------------------------------------- checking

def may_override(override: OverrideBy, staff: StaffRow | None) -> bool:
    if override == OverrideBy.NOBODY:
        return False
    if override == OverrideBy.ANYONE:
        return True
    return staff is not None and staff.active and staff.role in DECIDING_ROLES


class ContactChecker:
    """Checks for one account, reading the profiles, settings and the user's staff row once (a dialog keeps
    one while it is open; each check reads the debtor's flags and history afresh)."""

    def __init__(self, ctx: ServiceContext, account_id: uuid.UUID, *, actor_staff: StaffRow | None = None,
                 profiles: ProfileResolver | None = None):
        self.ctx = ctx
        self.account_id = account_id
        self.staff = actor_staff if actor_staff is not None else staff_of_login(ctx)
        self.resolver = profiles or resolver(ctx)

    def _load(self, s: Session) -> tuple[Profile, DebtorFacts, Any]:
        """The account's effective profile, the debtor's facts for the accounts it applies to, and the
        debtor's record (services.compliance.facts, the scan's loader)."""
        debtor_id = s.scalar(select(Account.debtor_id).where(Account.id == self.account_id))
        if debtor_id is None:
            raise NotFoundError(_translate("Storage", "The record no longer exists: {what}").format(
                what=str(self.account_id)))
        conn = s.connection()
        loaded = facts.load_debtors(conn, [facts.raw_id(debtor_id, facts.is_sqlite(conn))])
        if loaded:
            _raw, record, rows = loaded[0]
            for profile, group in record.groups(self.resolver):
                if self.account_id in group.accounts:
                    return profile, group, (record, rows)
        raise NotFoundError(_translate("Storage", "The record no longer exists: {what}").format(
            what=str(self.account_id)))

    def _history(self, s: Session, group: DebtorFacts, loaded: Any) -> list[Event]:
        record, rows = loaded
        sqlite = facts.is_sqlite(s.connection())
        return facts.group_events(facts.EventMaker(sqlite).events(rows, record), group, record.facts)

    def content_tags(self, channel: Channel) -> list[str]:
        """The content tags the account's profile looks for in a contact on `channel` (what a first letter
        must carry, the notices a flag still allows, what a deadline waits for), in the profile's order."""
        with self.ctx.reading() as s:
            profile, _group, _record = self._load(s)
        return tags_of(profile, Channel(channel))

    def check(self, *, channel: Channel, direction: Direction, at: datetime, contact_value: str | None = None,
              outcome: Outcome | None = None, tags: Iterable[str] = ()) -> Verdict:
        with self.ctx.reading() as s:
            return self.check_in(s, channel=channel, direction=direction, at=at, contact_value=contact_value,
                                 outcome=outcome, tags=tags)

    def check_in(self, s: Session, *, channel: Channel, direction: Direction, at: datetime,
                 contact_value: str | None = None, outcome: Outcome | None = None, tags: Iterable[str] = (),
                 collector_id: uuid.UUID | None = None) -> Verdict:
        """The verdict inside a running session (log_activity's transaction, after locking the debtor)."""
        if at.tzinfo is None:
            raise ValidationError(_translate("Activities", "The time of the contact has no time zone."))
        at = at.astimezone(UTC)
        staff = self.staff
        common = dict(account_id=self.account_id, login=self.ctx.actor, staff_id=staff.id if staff else None,
                      staff_role=staff.role if staff else None, channel=str(Channel(channel)),
                      direction=str(Direction(direction)), at=at)
        if Direction(direction) != Direction.OUTBOUND:
            return Verdict(profile_code="", profile_version="", checked=False, **common)
        profile, group, record = self._load(s)
        if collector_id is None:
            collector_id = s.scalar(select(Account.collector_id).where(Account.id == self.account_id))
        proposed = Event(id=None, account_id=self.account_id, at=at, channel=Channel(channel),
                         direction=Direction.OUTBOUND, outcome=Outcome(outcome) if outcome else None,
                         collector_id=collector_id, contact_value=contact_value or None,
                         tags=frozenset(t for t in tags if t))
        blocks, warnings = [], []
        for hit in evaluate_proposed(profile, group, self._history(s, group, record), proposed):
            checked = CheckedHit(hit=hit, override_by=hit.rule.override,
                                 may_override=may_override(hit.rule.override, staff))
            (blocks if checked.is_block else warnings).append(checked)
        return Verdict(profile_code=profile.code, profile_version=profile.version, blocks=tuple(blocks),
                       warnings=tuple(warnings), **common)

    def check_day(self, day: date, channel: Channel = Channel.CALL) -> DayVerdict:
        with self.ctx.reading() as s:
            profile, group, _record = self._load(s)
        return day_verdict(profile, group, self.account_id, day, Channel(channel))

    def next_open_day(self, after: date, channel: Channel = Channel.CALL) -> date | None:
        """The first day after `after` that no blocking rule closes for the channel (None within a year)."""
        with self.ctx.reading() as s:
            profile, group, _record = self._load(s)
        for n in range(1, DAY_SEARCH + 1):
            day = after + timedelta(days=n)
            if not day_verdict(profile, group, self.account_id, day, Channel(channel)).refused:
                return day
        return None


def tags_of(profile: Profile, channel: Channel) -> list[str]:
    """The content tags rules look for on `channel`: a require_content rule's tags for its channels; the
    tags a flag rule allows and a deadline waits for, on letters and e-mails (what carries content)."""
    written = str(channel) in ("letter", "email")
    found: list[str] = []
    for rule in profile.rules:
        p = rule.params
        channels = {str(c) for c in p.get("channels", ())}
        if rule.type == RuleType.REQUIRE_CONTENT and str(channel) in channels:
            found.extend(p.get("tags", ()))
        elif rule.type == RuleType.BLOCK_WHILE_FLAG and written and str(channel) in channels:
            found.extend(p.get("allowed_tags", ()))
        elif rule.type == RuleType.DEADLINE and written and str(p.get("must", "")).startswith("tag:"):
            found.append(str(p["must"])[4:])
    return list(dict.fromkeys(str(t) for t in found))


def check_contact(ctx: ServiceContext, account_id: uuid.UUID, *, channel: Channel, direction: Direction,
                  at: datetime, contact_value: str | None = None, outcome: Outcome | None = None,
                  tags: Iterable[str] = (), actor_staff: StaffRow | None = None) -> Verdict:
    """The hits the contact would cause, blocks and warnings apart, with who may override each.
    `actor_staff`: the user whose right to override is judged (default: the logged-in user's staff row)."""
    return ContactChecker(ctx, account_id, actor_staff=actor_staff).check(
        channel=channel, direction=direction, at=at, contact_value=contact_value, outcome=outcome, tags=tags)


# ------------------------------------------------------------------------------------------- days

@dataclass(frozen=True, slots=True)
class Closure:
    """Why a day is closed for contact: ``weekday`` (no window that day), ``holiday``, ``hours`` (the
    windows of two rules do not meet), ``flag`` (a debtor flag a rule blocks contact under)."""

    kind: str
    rule: Rule
    severity: FindingSeverity
    holiday: str | None = None      # the holiday's name in the calendar's language (calendar, region below)
    calendar: str | None = None
    region: str | None = None
    flag: str | None = None

    @property
    def is_block(self) -> bool:
        return self.severity == FindingSeverity.BLOCK


@dataclass(frozen=True, slots=True)
class DayVerdict:
    day: date
    channel: str
    profile_code: str
    profile_version: str
    closures: tuple[Closure, ...] = ()

    @property
    def closed(self) -> bool:
        """The whole day is closed by some rule (a warning, a block, or a flag)."""
        return bool(self.closures)

    @property
    def refused(self) -> bool:
        """A blocking rule closes the day on the calendar (weekday, holiday, hours): nothing is scheduled.
        A flag is not the day's: it may be lifted before then, and the next action may be to resolve it."""
        return any(c.is_block and c.kind != "flag" for c in self.closures)


def check_day(ctx: ServiceContext, account_id: uuid.UUID, day: date, channel: Channel = Channel.CALL) -> DayVerdict:
    """Whether contact on `day` (the debtor's local calendar day) is closed by the account's profile."""
    return ContactChecker(ctx, account_id).check_day(day, channel)


_DAY_TYPES = (RuleType.TIME_WINDOW, RuleType.BLOCK_WHILE_FLAG)


def day_verdict(profile: Profile, debtor: DebtorFacts, account_id: uuid.UUID, day: date,
                channel: Channel) -> DayVerdict:
    """Probes the day at the start of every window of the rules that cover the channel (and at noon): the
    day is open if one probe meets no hours or flag rule; else the closures of the least closed probe."""
    from collectdesk.compliance.rules.base import zone
    from collectdesk.compliance.rules.hours import TimeWindow

    minutes = {12 * 60}
    for rule in profile.rules:
        if rule.type == RuleType.TIME_WINDOW and str(channel) in {str(c) for c in rule.params.get("channels", ())}:
            minutes.update(start for start, _end in TimeWindow(rule).windows[day.weekday()])
    tz, _fallback = zone(debtor.timezone)
    best: list[Hit] | None = None
    for m in sorted(minutes):
        local = datetime.combine(day, time(m // 60, m % 60), tzinfo=tz)
        probe = Event(id=None, account_id=account_id, at=local.astimezone(UTC), channel=channel,
                      direction=Direction.OUTBOUND, outcome=None, collector_id=None)
        hits = [h for h in evaluate_proposed(profile, debtor, (), probe) if h.rule.type in _DAY_TYPES]
        if not hits:
            return DayVerdict(day, str(channel), profile.code, profile.version)
        rank = (sum(h.severity == FindingSeverity.BLOCK for h in hits), len(hits))
        if best is None or rank < (sum(h.severity == FindingSeverity.BLOCK for h in best), len(best)):
            best = hits
    closures = []
    for h in best or ():
        f = h.facts
        if h.rule.type == RuleType.BLOCK_WHILE_FLAG:
            closures.append(Closure("flag", h.rule, h.severity, flag=f.get("flag")))
        elif f.get("reason") == "holiday":
            closures.append(Closure("holiday", h.rule, h.severity, holiday=f.get("holiday") or None,
                                    calendar=f.get("calendar"), region=f.get("region")))
        elif f.get("reason") == "closed_day":
            closures.append(Closure("weekday", h.rule, h.severity))
        else:
            closures.append(Closure("hours", h.rule, h.severity))
    return DayVerdict(day, str(channel), profile.code, profile.version, tuple(closures))


# ------------------------------------------------------------------------------------------- deciding

def enforce(verdict: Verdict, reason: str | None) -> Decision:
    """The decision for saving the contact, or the refusal (ComplianceBlocked, ReasonRequired)."""
    from collectdesk.compliance.explain import explain

    reason = (reason or "").strip()
    if len(reason) > MAX_REASON:
        raise ValidationError(_translate(
            "Compliance", "The reason for going ahead is too long (at most {max} characters).").format(
            max=MAX_REASON))
    decision = verdict.decision(reason)
    if decision is not None and decision is not Decision.BLOCKED:
        return decision
    if decision is None:  # warnings only, without a reason
        raise ReasonRequired(_translate(
            "Compliance", "This contact goes against a compliance rule. Give a reason for going ahead to log "
            "it:\n{hits}").format(hits="\n".join(explain(h.hit) for h in verdict.warnings)), verdict)
    standing = [h for h in verdict.hits if not h.may_override] or list(verdict.blocks)
    if any(h.override_by == OverrideBy.NOBODY for h in standing):
        tail = _translate("Compliance", "Nobody may override this rule.")
    elif any(not h.may_override for h in standing):
        tail = _translate("Compliance", "Only a supervisor or manager may go ahead, and only with a reason.")
    else:
        tail = _translate("Compliance", "To go ahead anyway, give a reason.")
    raise ComplianceBlocked(_translate(
        "Compliance", "The contact was not logged:\n{hits}\n{what_now}").format(
        hits="\n".join(explain(h.hit) for h in standing), what_now=tail), verdict)


def audit_in(s: Session, verdict: Verdict, decision: Decision, reason: str | None,
             activity_id: uuid.UUID | None = None) -> AuditEntry:
    """The audit row of a decision, in the running transaction."""
    reason = (reason or "").strip() or None
    body: dict[str, Any] = {
        "decision": str(decision), "profile_code": verdict.profile_code, "profile_version": verdict.profile_version,
        "rules": [{"id": h.rule.id, "severity": str(h.hit.severity), "override": str(h.override_by),
                   "may_override": h.may_override} for h in verdict.hits],
        "reason": reason, "login": verdict.login, "staff_id": str(verdict.staff_id) if verdict.staff_id else None,
        "role": str(verdict.staff_role) if verdict.staff_role else None, "channel": verdict.channel,
        "direction": verdict.direction, "at": verdict.at.isoformat() if verdict.at else None,
        "activity_id": str(activity_id) if activity_id else None}
    rules = ", ".join(verdict.rule_ids)
    profile = f"{verdict.profile_code} {verdict.profile_version}"
    if decision is Decision.BLOCKED:
        summary = _translate("Compliance", "Contact not logged, blocked by {rules} (profile {profile})").format(
            rules=rules, profile=profile)
        if reason:
            summary = _translate("Compliance", "{summary}; reason given: {reason}").format(
                summary=summary, reason=reason)
    elif decision is Decision.OVERRIDDEN:
        summary = _translate("Compliance", "Contact logged despite {rules} (profile {profile}); "
                             "reason: {reason}").format(rules=rules, profile=profile, reason=reason)
    else:
        summary = _translate("Compliance", "Contact logged with the warnings {rules} (profile {profile}); "
                             "reason: {reason}").format(rules=rules, profile=profile, reason=reason)
    entry = bulk_entry(s, AUDIT_ENTITY, summary, entity_id=str(verdict.account_id))
    entry.field = AUDIT_FIELD
    entry.new_value = json.dumps(body, ensure_ascii=False, sort_keys=True)
    return entry


def record_blocked(ctx: ServiceContext, verdict: Verdict, reason: str | None) -> None:
    """The audit row of a refused contact, in a transaction of its own (the contact's was rolled back)."""
    with ctx.transaction() as s:
        audit_in(s, verdict, Decision.BLOCKED, reason)


@dataclass(frozen=True, slots=True)
class AuditedDecision:
    at: datetime
    login: str
    decision: Decision
    rule_ids: tuple[str, ...]
    profile_code: str
    profile_version: str
    reason: str | None
    activity_id: uuid.UUID | None
    role: str | None
    summary: str


def decisions(ctx: ServiceContext, account_id: uuid.UUID) -> list[AuditedDecision]:
    with ctx.reading() as s:
        rows = s.scalars(select(AuditEntry).where(
            AuditEntry.entity == AUDIT_ENTITY, AuditEntry.entity_id == str(account_id),
            AuditEntry.field == AUDIT_FIELD).order_by(AuditEntry.occurred_at.desc())).all()
    out = []
    for row in rows:
        body = json.loads(row.new_value or "{}")
        out.append(AuditedDecision(
            at=row.occurred_at, login=row.actor, decision=Decision(body.get("decision", "blocked")),
            rule_ids=tuple(r["id"] for r in body.get("rules", ())), profile_code=body.get("profile_code", ""),
            profile_version=body.get("profile_version", ""), reason=body.get("reason"),
            activity_id=uuid.UUID(body["activity_id"]) if body.get("activity_id") else None,
            role=body.get("role"), summary=row.summary or ""))
    return out
