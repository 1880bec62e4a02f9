"""The compliance engine's vocabulary: profiles of rules (data), the facts a check reads, and its hits.

Pure domain code: no database, no Qt widgets. The engine (compliance.engine) evaluates a profile's rules
over one debtor's events; the services (services.compliance) load the facts from the database, store the
hits as findings (scan) or show them before a contact is saved (prevention). See docs/compliance.md.

A profile is versioned data: shipped YAML in compliance/profiles/ (code, version, rules) plus user-edited
copies in the compliance_profile table (the same body as JSON, with a revision). The profile that applies
to an account is its portfolio's or creditor's override, else the one for the debtor's country, with the
department's overlays (the internal policy, optional strict overlays) stacked on top: an overlay rule with
the same id replaces the base rule, an overlay's ``disable: [rule ids]`` removes them; an overlay with a
jurisdiction stacks only on a base of that jurisdiction.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from collectdesk.domain.enums import Channel, DebtorFlag, Direction, FindingSeverity, Outcome


class RuleType(StrEnum):
    TIME_WINDOW = "time_window"              # contacts only inside hours, in the debtor's local time, no holidays
    ROLLING_COUNT_CAP = "rolling_count_cap"  # at most `max` counted contacts in any rolling window
    COOLDOWN_AFTER = "cooldown_after"        # no further attempt for N days after a conversation
    MIN_INTERVAL = "min_interval"            # at least N minutes between two attempts (same destination)
    BLOCK_WHILE_FLAG = "block_while_flag"    # no contact while a debtor flag is set (cease contact, dispute, ...)
    PARTY_RESTRICTION = "party_restriction"  # contacts with third parties forbidden or limited
    REQUIRE_CONTENT = "require_content"      # the first letter/e-mail must carry given content tags
    DEADLINE = "deadline"                    # something must happen within N days of an event
    LIMITATION = "limitation"                # demands after the limitation period
    RETENTION = "retention"                  # personal data kept past its retention class


class Basis(StrEnum):
    LAW = "law"
    REGULATION = "regulation"
    GUIDANCE = "guidance"
    INDUSTRY_CODE = "industry_code"
    INTERNAL = "internal"
    DRAFT = "draft"


class OverrideBy(StrEnum):
    """Who may go ahead despite a hit at the point of contact (with a recorded reason)."""

    NOBODY = "nobody"
    SUPERVISOR = "supervisor"
    ANYONE = "anyone"  # the default for warnings


@dataclass(frozen=True, slots=True)
class Rule:
    id: str                          # e.g. "IT.time_window_unirec"; unique within an effective profile
    type: RuleType
    params: Mapping[str, Any]        # per type, validated by compliance.profile_loader
    severity: FindingSeverity        # block or warn
    basis: Basis
    source: str                      # citation, e.g. "12 CFR 1006.14(b)(2)(i)(A)"
    verified: bool                   # False: the number is from a secondary source or a draft (shown as such)
    name: Mapping[str, str]          # short name per language code ("en", "it", "pl", "de"); "en" required
    override: OverrideBy = OverrideBy.SUPERVISOR
    url: str | None = None

    def display_name(self, language: str) -> str:
        return self.name.get(language) or self.name.get("en") or self.id


@dataclass(frozen=True, slots=True)
class Profile:
    """An effective profile: a base with its overlays already applied."""

    code: str                        # e.g. "IT_GARANTE_UNIREC" (the base's code)
    version: str                     # e.g. "2026.1" or "2026.1r2+INTERNAL.2026.1r3" (names every layer that applied)
    title: Mapping[str, str]         # per language
    jurisdiction: str                # ISO country code or "" for overlays
    rules: tuple[Rule, ...]
    holidays: str | None = None      # holiday calendar, e.g. "IT", "PL", "DE" (region from the debtor), "US"
    reviewed_on: date | None = None

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


@dataclass(frozen=True, slots=True)
class FlagSpan:
    flag: DebtorFlag
    start: datetime                  # UTC
    end: datetime | None             # UTC; None while it is set


@dataclass(frozen=True, slots=True)
class AccountFacts:
    id: uuid.UUID
    account_no: str
    due_date: date
    opened_on: date | None
    last_payment_on: date | None
    closed_on: date | None           # None while the account is open


@dataclass(frozen=True, slots=True)
class DebtorFacts:
    id: uuid.UUID
    name: str
    country: str                     # ISO 3166-1 alpha-2
    region: str | None               # ISO 3166-2 subdivision (German Land "BY", ...), for holidays
    timezone: str                    # IANA zone, e.g. "Europe/Berlin"
    flags: tuple[FlagSpan, ...] = ()
    accounts: Mapping[uuid.UUID, AccountFacts] = field(default_factory=dict)
    do_not_use: frozenset[str] = frozenset()   # contact values the debtor asked not to be used


@dataclass(frozen=True, slots=True)
class Event:
    """One activity-log row as the engine reads it (activities are append-only)."""

    id: uuid.UUID | None             # None for a proposed contact not saved yet
    account_id: uuid.UUID
    at: datetime                     # UTC, timezone-aware
    channel: Channel
    direction: Direction
    outcome: Outcome | None          # None for a proposed contact whose outcome is not known yet
    collector_id: uuid.UUID | None
    contact_value: str | None = None
    tags: frozenset[str] = frozenset()  # content tags (letters/e-mails), e.g. "privacy_notice"


@dataclass(frozen=True, slots=True)
class Hit:
    """One breach of one rule. ``facts`` holds what the explanation needs (JSON-safe values only)."""

    rule: Rule
    profile_code: str
    profile_version: str
    severity: FindingSeverity
    account_id: uuid.UUID
    at: datetime                     # when it happened (UTC): the offending event's time, or the deadline
    event_id: uuid.UUID | None       # the offending activity (None: e.g. a deadline that passed)
    collector_id: uuid.UUID | None
    related_event_ids: tuple[uuid.UUID, ...] = ()   # the other activities involved (the 7 earlier calls, ...)
    facts: Mapping[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str]:
        """What identifies a finding across rescans: the rule and the offending activity (or account+time)."""
        anchor = str(self.event_id) if self.event_id else f"{self.account_id}@{self.at.isoformat()}"
        return self.rule.id, anchor
