"""Rows in the driver's own form, the columns of every table the demo writes, branch calendars.

Why rows are prepared here rather than converted by BulkInserter: at 1,000,000 accounts the demo writes
about 12 million rows, and BulkInserter's per-value conversion (UUID -> hex, datetime -> UTC text,
Decimal -> cents) costs about 8 microseconds a row, measured here: a minute and a half of a
few-minute build. So the generator produces exactly what that conversion would produce, once:

- ids: 32 hex digits (SQLite's CHAR(32) form of Uuid; PostgreSQL's uuid input accepts it too) of
  version-4 UUIDs from the seeded generator. Their first 48 bits count up (core.Gen.new_id), so B-tree
  inserts append instead of landing on random pages: at 200,000 accounts on SQLite the inserts took
  22 s instead of 40 s with fully random ids;
- money: integer cents on SQLite (MoneyAmount), "123.45" text for PostgreSQL's NUMERIC;
- timestamps: "YYYY-MM-DD HH:MM:SS" in UTC (what BulkInserter writes on SQLite), with "+00" on PostgreSQL;
- dates: ISO text; booleans: 0/1 on SQLite, bool on PostgreSQL;
- audit rows: ids and txn ids as 32 hex digits like any id, the account ids inside them (entity_id,
  old and new collector) as str(uuid) text, occurred_at with microseconds (Formats.instant), exactly
  what the ORM writes for a reassignment (tests/services/test_demo_anomalies.py compares the two).

tests/services/test_demo.py reads every kind of value back through the ORM on both backends.

This module imports neither Qt nor SQLAlchemy: the generator can run in a worker process (stream.py).
"""

from __future__ import annotations

import bisect
from datetime import date, timedelta

EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
DAY = 86400
_MASK128 = (1 << 128) - 1
_CLEAR = _MASK128 & ~((0xF << 76) | (0x3 << 62))
_SET = (0x4 << 76) | (0x2 << 62)


def uuid_hex(bits: int) -> str:
    """The hex of uuid.UUID(int=bits, version=4), without building the object."""
    return "%032x" % ((bits & _CLEAR) | _SET)


def uuid_text(hex32: str) -> str:
    """str(uuid.UUID(hex32)): how the audit trail writes ids (entity_id, old and new values)."""
    return f"{hex32[:8]}-{hex32[8:12]}-{hex32[12:16]}-{hex32[16:20]}-{hex32[20:]}"


class Formats:
    """Values as the driver takes them for one dialect."""

    def __init__(self, dialect: str):
        self.sqlite = dialect == "sqlite"
        # SQLite: the text SQLAlchemy writes for a DateTime (always with microseconds), so that range
        # comparisons against bound datetimes are exact even at a whole second
        self._suffix = ".000000" if self.sqlite else "+00"
        self._days: dict[int, str] = {}
        self._hms = [f"{h:02d}:{m:02d}:{s:02d}{self._suffix}" for h in range(24) for m in range(60) for s in range(60)]

    def money(self, cents: int):
        if self.sqlite:
            return cents
        sign = "-" if cents < 0 else ""
        whole, part = divmod(abs(cents), 100)
        return f"{sign}{whole}.{part:02d}"

    def day(self, ordinal: int | None) -> str | None:
        if ordinal is None:
            return None
        text_ = self._days.get(ordinal)
        if text_ is None:
            text_ = self._days[ordinal] = date.fromordinal(ordinal).isoformat()
        return text_

    def ts(self, epoch: int | None) -> str | None:
        """Seconds since 1970-01-01 UTC -> timestamp text in UTC."""
        if epoch is None:
            return None
        d, s = divmod(epoch, DAY)
        prefix = self._days.get(d + EPOCH_ORDINAL) or self.day(d + EPOCH_ORDINAL)
        return f"{prefix} {self._hms[s]}"

    def flag(self, value: bool):
        return int(value) if self.sqlite else bool(value)

    def instant(self, epoch: int, micro: int) -> str:
        """A timestamp with microseconds, as the ORM stores utcnow() (audit rows): on SQLite SQLAlchemy
        always writes six digits ("2026-10-01 05:12:09.004211"), PostgreSQL reads the same text + "+00"."""
        text_ = self.ts(epoch)  # ends in ".000000" on SQLite, "+00" on PostgreSQL
        return f"{text_[:-7]}.{micro:06d}" if self.sqlite else f"{text_[:-3]}.{micro:06d}+00"


class BranchCalendar:
    """Working days and the UTC offset of one branch (all demo branches keep Central European Time)."""

    def __init__(self, country: str, subdiv: str | None, first: int, last: int):
        import holidays

        years = list(range(date.fromordinal(first).year, date.fromordinal(last).year + 1))
        off = holidays.country_holidays(country, subdiv=subdiv, years=years)
        self.holidays = frozenset(d.toordinal() for d in off)
        self.workdays: list[int] = []
        self.saturdays: list[int] = []
        for o in range(first, last + 1):
            wd = date.fromordinal(o).weekday()
            if o in self.holidays or wd == 6:
                continue
            (self.saturdays if wd == 5 else self.workdays).append(o)
        self._dst = {y: _eu_summer_time(y) for y in years}
        self._offsets = {o: self.offset(o) for o in range(first, last + 1)}

    def offset(self, ordinal: int) -> int:
        """Local minus UTC, in seconds, at midday of that day (CET/CEST, the EU rule)."""
        year = date.fromordinal(ordinal).year
        dst = self._dst.get(year)
        if dst is None:
            dst = self._dst[year] = _eu_summer_time(year)
        start, end = dst
        return 7200 if start <= ordinal < end else 3600

    def epoch(self, ordinal: int, local_seconds: int) -> int:
        off = self._offsets.get(ordinal)
        if off is None:
            off = self.offset(ordinal)
        return (ordinal - EPOCH_ORDINAL) * DAY + local_seconds - off

    def workday_range(self, lo: int, hi: int) -> tuple[int, int]:
        """Indexes [i, j) of the working days in [lo, hi] in `workdays`."""
        return bisect.bisect_left(self.workdays, lo), bisect.bisect_right(self.workdays, hi)

    def workday_between(self, rng, lo: int, hi: int) -> int:
        """A random working day in [lo, hi]; the last one before `hi` when there is none."""
        i = bisect.bisect_left(self.workdays, lo)
        j = bisect.bisect_right(self.workdays, hi)
        if j > i:
            return self.workdays[rng.randrange(i, j)]
        return self.workdays[j - 1] if j > 0 else lo

    def workday_on_or_before(self, ordinal: int) -> int:
        j = bisect.bisect_right(self.workdays, ordinal)
        return self.workdays[j - 1] if j > 0 else ordinal

    def next_workday(self, ordinal: int) -> int:
        i = bisect.bisect_left(self.workdays, ordinal)
        return self.workdays[i] if i < len(self.workdays) else ordinal


def _eu_summer_time(year: int) -> tuple[int, int]:
    """Ordinals of the last Sundays of March and October (summer time runs between them)."""
    def last_sunday(month: int) -> int:
        d = date(year, month, 31)
        return (d - timedelta(days=(d.weekday() + 1) % 7)).toordinal()

    return last_sunday(3), last_sunday(10)


_STAMPS = ("id", "version", "created_at", "updated_at")

# the columns the demo writes, in the order the generators build row tuples
COLUMNS: dict[str, tuple[str, ...]] = {
    "branch": _STAMPS + ("name", "country", "city", "timezone"),
    "team": _STAMPS + ("name", "branch_id"),
    "staff_member": _STAMPS + ("username", "full_name", "email", "role", "team_id", "branch_id", "language",
                               "hire_date", "left_on", "active", "approval_limit", "approval_currency"),
    "training_module": _STAMPS + ("code", "title", "description", "language", "link", "mandatory_roles",
                                  "validity_months", "active"),
    "training_record": _STAMPS + ("staff_id", "module_id", "status", "assigned_on", "due_on", "completed_on",
                                  "expires_on", "score"),
    "target": _STAMPS + ("staff_id", "team_id", "metric", "period_start", "period_end", "amount", "currency",
                         "count"),
    "debtor": _STAMPS + ("debtor_type", "name", "name_key", "country", "language", "timezone", "tax_id",
                         "birth_date", "address", "note", "region"),
    "debtor_contact": _STAMPS + ("debtor_id", "kind", "value", "search_key", "label", "is_primary", "valid",
                                 "do_not_use"),
    "debtor_flag": ("id", "version", "debtor_id", "flag", "set_at", "set_by", "note", "cleared_at", "cleared_by"),
    "account": _STAMPS + ("account_no", "debtor_id", "creditor", "creditor_ref", "currency", "original_amount",
                          "balance", "due_date", "opened_on", "status", "collector_id", "team_id", "branch_id",
                          "country", "debtor_name_key", "priority", "last_contact_at", "next_action_on",
                          "last_payment_on"),
    "activity": ("id", "account_id", "debtor_id", "collector_id", "channel", "direction", "outcome",
                 "occurred_at", "duration_s", "contact_value", "note", "created_at", "created_by", "tags"),
    # written by the builder from each chunk's rows (compliance_check.py), not by the generator
    "compliance_finding": ("id", "version", "created_at", "updated_at", "activity_id", "account_id", "debtor_id",
                           "collector_id", "rule_code", "profile_code", "profile_version", "event_key", "severity",
                           "status", "detail", "found_at"),
    "escalation": _STAMPS + ("account_id", "raised_by_id", "reason", "requested_decision", "status",
                             "amount_at_stake", "currency", "proposed_terms", "note", "snapshot", "assigned_to_id",
                             "decision", "decided_by", "decided_at", "decision_note"),
    "escalation_event": ("id", "escalation_id", "action", "actor", "actor_id", "at", "note", "terms"),
    "promise": _STAMPS + ("account_id", "collector_id", "activity_id", "amount", "currency", "promised_at",
                          "due_date", "status", "paid_amount", "resolved_at", "note"),
    "payment_plan": _STAMPS + ("account_id", "total_amount", "currency", "down_payment", "fee", "interest_rate_pct",
                               "frequency", "installment_count", "first_due", "grace_days", "status", "approved_by",
                               "approved_at", "escalation_id"),
    "plan_installment": ("id", "version", "plan_id", "seq", "due_date", "amount", "currency", "paid_amount",
                         "status"),
    "settlement": _STAMPS + ("account_id", "balance_at_offer", "settle_amount", "currency", "deadline", "status",
                             "decided_by", "escalation_id"),
    "write_off": ("id", "created_at", "updated_at", "account_id", "amount", "currency", "reason",
                  "written_off_on", "approved_by", "note", "escalation_id"),
    "payment": ("id", "account_id", "amount", "currency", "overpayment", "paid_on", "method", "reference",
                "collector_id", "promise_id", "installment_id", "posted_at", "posted_by"),
    "feedback_item": _STAMPS + ("source", "kind", "status", "account_id", "debtor_id", "staff_id",
                                "submitted_by_id", "anonymous", "category", "agency", "subject", "body",
                                "satisfaction", "nps", "received_at", "due_by", "answered_at", "reply",
                                "message_id", "sender_name", "sender_address", "language", "topic", "severity",
                                "owner_id", "read_at", "ack_due_by", "acknowledged_at", "resolved_at", "resolution",
                                "outcome"),
    "portfolio": _STAMPS + ("name", "kind", "owner_id", "description"),
    "portfolio_account": ("portfolio_id", "account_id", "added_at", "added_by"),
    "evaluation": _STAMPS + ("staff_id", "evaluator_id", "evaluated_on", "account_id", "activity_id", "call_reference",
                              "qa_score", "notes"),
    "qa_score": ("id", "evaluation_id", "criterion_id", "score"),
    "review": _STAMPS + ("staff_id", "reviewer_id", "reviewed_on", "period_start", "period_end", "comments",
                         "strengths", "goals"),
    "review_rating": ("id", "review_id", "criterion_id", "rating", "note"),
    # the hand-overs' trail, as services/accounts.reassign_accounts writes it (portfolio.AccountMaker)
    "audit_entry": ("id", "occurred_at", "txn_id", "actor", "action", "entity", "entity_id", "field", "old_value",
                    "new_value"),
}

# parents before children: SQLite checks foreign keys row by row
FLUSH_ORDER = ("branch", "team", "staff_member", "training_module", "training_record", "target", "portfolio",
               "debtor", "debtor_contact", "debtor_flag", "account", "activity", "compliance_finding", "escalation",
               "escalation_event", "promise", "payment_plan", "plan_installment", "settlement", "write_off", "payment", "feedback_item",
               "portfolio_account", "evaluation", "qa_score", "review", "review_rating", "audit_entry")

# the summary's name for each table (the keys of collectdesk.store.maintenance.COUNTED where there is one)
SUMMARY_KEYS = {
    "branch": "branches", "team": "teams", "staff_member": "staff", "training_module": "training_modules",
    "training_record": "training_records", "target": "targets", "portfolio": "portfolios", "debtor": "debtors",
    "debtor_contact": "contacts", "debtor_flag": "debtor_flags", "account": "accounts",
    "activity": "activities", "compliance_finding": "compliance_findings", "escalation": "escalations",
    "escalation_event": "escalation_events",
    "promise": "promises",
    "payment_plan": "payment_plans", "plan_installment": "installments", "settlement": "settlements",
    "write_off": "write_offs", "payment": "payments", "feedback_item": "feedback",
    "portfolio_account": "portfolio_accounts", "evaluation": "evaluations", "qa_score": "qa_scores",
    "review": "reviews", "review_rating": "review_ratings", "audit_entry": "audit_entries",
}

assert set(COLUMNS) == set(FLUSH_ORDER) == set(SUMMARY_KEYS)
