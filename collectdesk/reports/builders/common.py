"""What the report builders share: the period and scope of a request, progress and Cancel, the report's
own labels for the domain's vocabularies. The sentences on facts are reports/narrative.py's.

    period = report_period(params)              # a domain Period (day, ISO week, month, quarter, year, custom)
    scope = read_scope(ctx, params, lang)       # team_id / branch_id / staff ids, and the scope's name
    steps = Steps(5, progress, cancel)          # steps.next() between sections: raises ReportCancelled
    enum_text(lang, FeedbackKind.COMPLAINT)     # "Reklamacja" in a Polish report, whatever the UI speaks

Labels are the UI's own messages (same context, source and disambiguation as ui/labels.py and the other
label modules), translated with the report's ReportLanguage, so a German report made from an Italian
window says "Beschwerde" and no message needs translating twice. Texts are literal `say(...)` calls with
`say` bound twice (reports/language.py).

Percentages: the services give rates as percentages (66.7 means 66.7 %); a Report holds fractions
(0.667), so `fraction()` divides by 100 exactly.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale
from sqlalchemy import and_, or_, select

from collectdesk.domain.aging import AgingBucket
from collectdesk.domain.enums import (EscalationDecision, EscalationReason, EscalationStatus, FeedbackKind,
                                      FeedbackSource, FeedbackStatus, FindingSeverity, FindingStatus, PortfolioKind,
                                      SettlementStatus, StaffRole, WriteOffReason)
from collectdesk.domain.errors import ValidationError
from collectdesk.domain.periods import Period, PeriodKind
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import Report, ReportCancelled, ReportParams, Section, Table
from collectdesk.services.context import ServiceContext, load
from collectdesk.services.scorecard_read import SCORED_ROLES
from collectdesk.services.training_status import RecordState
from collectdesk.store.models import Branch, StaffMember, Team
from collectdesk.ui import labels

HUNDRED = Decimal(100)
PDF_ROWS = 15   # the rows of a long ranking the PDF prints (the XLSX has them all)


# ------------------------------------------------------------------------------------------ period, scope

def report_period(params: ReportParams) -> Period:
    """The request's dates as a Period of the narrowest kind whose bounds they are (else custom)."""
    start, end = params.period_start, params.period_end
    for kind in (PeriodKind.DAY, PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR):
        p = Period.containing(kind, start)
        if (p.start, p.end) == (start, end):
            return p
    return Period(PeriodKind.CUSTOM, start, end)


def today_utc() -> date:
    return datetime.now(timezone.utc).date()


def as_of(period: Period, today: date | None = None) -> date:
    """The day a stock (the book, the queue, training) is read for: the period's end, or today while it runs."""
    return min(period.end, today or today_utc())


@dataclass(frozen=True)
class Scope:
    team_id: uuid.UUID | None = None
    branch_id: uuid.UUID | None = None
    name: str = ""                      # the team's or branch's name; "" for the whole department

    @property
    def whole(self) -> bool:
        return self.team_id is None and self.branch_id is None

    def staff_condition(self):
        """SQL: the staff member is in scope (as the scorecard chooses its staff)."""
        if self.team_id is not None:
            return StaffMember.team_id == self.team_id
        if self.branch_id is not None:
            team_branch = select(Team.branch_id).where(Team.id == StaffMember.team_id).scalar_subquery()
            return or_(StaffMember.branch_id == self.branch_id,
                       and_(StaffMember.branch_id.is_(None), team_branch == self.branch_id))
        return None

    def account_conditions(self, account) -> list:
        """SQL: the account (model or alias) is in scope by its current team / branch."""
        if self.team_id is not None:
            return [account.team_id == self.team_id]
        if self.branch_id is not None:
            return [account.branch_id == self.branch_id]
        return []


def read_scope(ctx: ServiceContext, params: ReportParams, lang: ReportLanguage) -> Scope:
    """'all', 'team:<uuid>' or 'branch:<uuid>'; anything else is refused in the report's language."""
    say = QCoreApplication.translate  # what lupdate reads say(...) as
    say = lang.translate
    text = (params.scope or "all").strip()
    if text in ("", "all"):
        return Scope()
    kind, _, ident = text.partition(":")
    try:
        key = uuid.UUID(ident.strip())
    except ValueError:
        key = None
    if kind not in ("team", "branch") or key is None:
        raise ValidationError(say("Reports", "Unknown report scope {scope}: use all, team:<id> or branch:<id>.")
                              .format(scope=text))
    with ctx.reading() as s:
        if kind == "team":
            team = load(s, Team, key, label=say("Reports", "Team"))
            return Scope(team_id=team.id, name=team.name)
        branch = load(s, Branch, key, label=say("Reports", "Branch"))
        return Scope(branch_id=branch.id, name=branch.name)


def scoped_staff(ctx: ServiceContext, scope: Scope, *, scored_only: bool = False) -> dict[uuid.UUID, str]:
    """{id: full name} of the staff in scope (every role, or the scorecard's roles)."""
    q = select(StaffMember.id, StaffMember.full_name)
    cond = scope.staff_condition()
    if cond is not None:
        q = q.where(cond)
    if scored_only:
        q = q.where(StaffMember.role.in_(SCORED_ROLES))
    with ctx.reading() as s:
        return dict(s.execute(q).all())


# ------------------------------------------------------------------------------------------- progress

class Steps:
    """Progress between sections; Cancel is honoured at every step."""

    def __init__(self, total: int, progress: Callable[[int, int], None] | None = None,
                 cancel: Callable[[], bool] | None = None):
        self.total, self.done = total, 0
        self.progress, self.cancel = progress, cancel
        self.check()

    def check(self) -> None:
        if self.cancel is not None and self.cancel():
            raise ReportCancelled()

    def next(self) -> None:
        self.done = min(self.total, self.done + 1)
        if self.progress is not None:
            self.progress(self.done, self.total)
        self.check()


# ------------------------------------------------------------------------------------------ labels, text

def period_label(lang: ReportLanguage, period: Period) -> str:
    """October 2026 / week 5 of 2026 / 12 March 2026 / Q3 2026 / 2026 / 1 Oct 2026 to 15 Oct 2026."""
    say = QCoreApplication.translate
    say = lang.translate
    start = period.start
    if period.kind is PeriodKind.DAY:
        return lang.long_date(start)
    if period.kind is PeriodKind.WEEK:
        iso_year, week, _ = start.isocalendar()
        return say("Reports", "Week {week} of {year}", "an ISO week").format(week=week, year=iso_year)
    if period.kind is PeriodKind.MONTH:
        month = lang.locale.standaloneMonthName(start.month, QLocale.FormatType.LongFormat)
        return say("Reports", "{month} {year}", "a calendar month").format(month=month, year=start.year)
    if period.kind is PeriodKind.QUARTER:
        return say("Reports", "Q{quarter} {year}", "a calendar quarter").format(
            quarter=(start.month - 1) // 3 + 1, year=start.year)
    if period.kind is PeriodKind.YEAR:
        return str(start.year)
    return say("Reports", "{start} to {end}", "a range of dates").format(
        start=lang.date(period.start), end=lang.date(period.end))


def short_period_label(lang: ReportLanguage, period: Period) -> str:
    """A chart's category: "Oct 2026", "W05 2026", a short date."""
    say = QCoreApplication.translate
    say = lang.translate
    if period.kind is PeriodKind.MONTH:
        month = lang.locale.standaloneMonthName(period.start.month, QLocale.FormatType.ShortFormat)
        return say("Reports", "{month} {year}", "a calendar month").format(month=month, year=period.start.year)
    if period.kind is PeriodKind.WEEK:
        iso_year, week, _ = period.start.isocalendar()
        return say("Reports", "W{week} {year}", "an ISO week, short").format(week=f"{week:02d}", year=iso_year)
    return period_label(lang, period)


def finish(params: ReportParams, lang: ReportLanguage, period: Period, scope: Scope, *, title: str,
           summary: list[str], sections: list[Section], notes: list[str]) -> Report:
    """The Report, with the period's label filled in and the scope named in the subtitle."""
    label = params.period_label or period_label(lang, period)
    subtitle = f"{label} \u00b7 {scope.name}" if scope.name else label
    return Report(params=replace(params, period_label=label, language=lang.code), title=title, subtitle=subtitle,
                  summary=tuple(s for s in summary if s), sections=tuple(sections),
                  generated_at=datetime.now(timezone.utc), language=lang.code, notes=tuple(notes))


def fraction(pct: Decimal | None) -> Decimal | None:
    """A service's percentage (66.7) as the report's fraction (0.667)."""
    return None if pct is None else Decimal(pct) / HUNDRED


def ratio(part: int, whole: int) -> Decimal | None:
    """part / whole as a fraction to 4 places (0.1235 = 12.35 %); None when whole is 0."""
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001")) if whole else None


def top_rows(lang: ReportLanguage, table: Table, limit: int = PDF_ROWS) -> tuple[Table, ...]:
    """A long table ordered most first: its first `limit` rows for the PDF, the whole table for the spreadsheet
    only (a reader reads the head of a ranking; the department head filters the rest in the XLSX)."""
    say = QCoreApplication.translate
    say = lang.translate
    if len(table.rows) <= limit:
        return (table,)
    title = say("Reports", "{title}: the first {count}", "the head of a ranking").format(
        title=table.title, count=lang.integer(limit))
    note = say("Reports", "The spreadsheet lists all %n.", None, len(table.rows))
    return (replace(table, key=f"{table.key}_top", title=title, rows=table.rows[:limit],
                    note=f"{table.note} {note}" if table.note else note),
            replace(table, pdf=False))


def left_out(lang: ReportLanguage, section_title: str, reason: str) -> str:
    say = QCoreApplication.translate
    say = lang.translate
    return say("Reports", "{section} is left out: {reason}").format(section=section_title, reason=reason)


def topic_text(lang: ReportLanguage, key: str | None) -> str:
    """A feedback topic (ui/labels.topic_label's words); a department's own topic as its key with spaces."""
    say = QCoreApplication.translate
    say = lang.translate
    if not key:
        return say("Reports", "No topic", "feedback topic")
    known = {
        "tone": say("Labels", "Collector's tone", "feedback topic"),
        "contact_frequency": say("Labels", "Contact frequency", "feedback topic"),
        "wrong_amount": say("Labels", "Wrong amount", "feedback topic"),
        "privacy": say("Labels", "Privacy", "feedback topic"),
        "payment_not_recorded": say("Labels", "Payment not recorded", "feedback topic"),
        "other": say("Labels", "Other", "feedback topic"),
    }
    return known.get(key, key.replace("_", " "))


# vocabularies whose words are the window's (collectdesk.ui.labels tables, context "Labels")
_SHARED = (FeedbackKind, FeedbackSource, FeedbackStatus, EscalationReason, EscalationDecision, EscalationStatus,
           SettlementStatus, RecordState, StaffRole)


def enum_text(lang: ReportLanguage, member) -> str:
    """A member of one of the vocabularies the reports name, in the report's language."""
    if isinstance(member, _SHARED):  # the window's label tables, in the report's language
        return labels.label_in(member, lang.translate)
    say = QCoreApplication.translate
    say = lang.translate
    if isinstance(member, WriteOffReason):  # the write-off journal's own words (services.write_offs)
        return {
            WriteOffReason.BAD_DEBT: say("WriteOffs", "Uncollectable"),
            WriteOffReason.SETTLEMENT: say("WriteOffs", "Settlement"),
            WriteOffReason.DECEASED: say("WriteOffs", "Deceased"),
            WriteOffReason.BANKRUPTCY: say("WriteOffs", "Bankrupt"),
            WriteOffReason.STATUTE_BARRED: say("WriteOffs", "Statute-barred"),
            WriteOffReason.UNECONOMIC: say("WriteOffs", "Small balance"),
            WriteOffReason.FRAUD: say("WriteOffs", "Fraud"),
            WriteOffReason.OTHER: say("WriteOffs", "Other"),
        }[member]
    if isinstance(member, PortfolioKind):
        return {
            PortfolioKind.HIGH_RISK: say("PortfolioKind", "High-risk credit"),
            PortfolioKind.HIGH_PROFILE: say("PortfolioKind", "High-profile"),
            PortfolioKind.FRAUD: say("PortfolioKind", "Fraud"),
            PortfolioKind.SPECIAL: say("PortfolioKind", "Special delinquent"),
            PortfolioKind.WATCHLIST: say("PortfolioKind", "Watchlist"),
        }[member]
    if isinstance(member, FindingSeverity):
        return {
            FindingSeverity.BLOCK: say("Compliance", "Block"),
            FindingSeverity.WARN: say("Compliance", "Warning"),
        }[member]
    if isinstance(member, FindingStatus):
        return {
            FindingStatus.OPEN: say("ComplianceLabels", "Open", "finding status"),
            FindingStatus.REVIEWED: say("ComplianceLabels", "Reviewed", "finding status"),
            FindingStatus.DISMISSED: say("ComplianceLabels", "Dismissed", "finding status"),
        }[member]
    if isinstance(member, AgingBucket):
        return {
            AgingBucket.CURRENT: say("Dashboard", "Not yet due"),
            AgingBucket.D1_30: say("Dashboard", "1\u201330 days"),
            AgingBucket.D31_60: say("Dashboard", "31\u201360 days"),
            AgingBucket.D61_90: say("Dashboard", "61\u201390 days"),
            AgingBucket.D91_180: say("Dashboard", "91\u2013180 days"),
            AgingBucket.D180_PLUS: say("Dashboard", "Over 180 days"),
        }[member]
    raise KeyError(f"no report label for {member!r}")
