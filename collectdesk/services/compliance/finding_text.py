"""A stored finding in words: its rule (found again in the profiles) and its explanation.

A finding keeps the rule's code, the effective profile's code and version, and the hit's facts (JSON in
``detail``); the sentence is written at display time in the reader's language (compliance.explain).

`RuleBook` finds the rule of a finding: the effective profile named by the finding (its base code and
the overlays its version names, e.g. "2026.1+INTERNAL.2026.1r3") rebuilt from today's layers, else any
layer that has a rule with that id (overlays first, as they win when stacked). A rule that no layer has
any more (deleted from an edited profile) is still explained from the stored facts: the rule type is
taken from the facts (``rule_type`` when the scan stored it, else recognised from the facts each rule
type writes), and the sentence names the rule code and says the rule is gone.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from collectdesk import i18n
from collectdesk.compliance import explain as explaining
from collectdesk.compliance.model import Basis, Hit, Profile, Rule, RuleType
from collectdesk.compliance.profile_loader import ProfileLayer, effective
from collectdesk.domain.enums import FindingSeverity


def parse_detail(detail: str | None) -> tuple[dict[str, Any], list[uuid.UUID], dict[str, Any]]:
    """(facts, related activity ids, the whole detail) from the stored JSON; empty when unreadable."""
    try:
        body = json.loads(detail) if detail else {}
    except (TypeError, ValueError):
        body = {}
    if not isinstance(body, dict):
        body = {}
    facts = body.get("facts") if isinstance(body.get("facts"), dict) else {}
    related = []
    for value in body.get("related") or ():
        try:
            related.append(uuid.UUID(str(value)))
        except ValueError:
            continue
    return facts, related, body


class RuleBook:
    """The rules of today's profile layers, for naming and explaining findings (one per read)."""

    def __init__(self, layers: Mapping[str, ProfileLayer]):
        self.layers = dict(layers)
        self._any: dict[str, Rule] = {}
        for layer in sorted(self.layers.values(), key=lambda la: (la.kind == "overlay", la.code)):
            for rule in layer.rules:
                self._any[rule.id] = rule
        self._profiles: dict[tuple[str, str], Profile | None] = {}

    def _profile(self, code: str, version: str) -> Profile | None:
        key = (code, version)
        if key not in self._profiles:
            self._profiles[key] = self._rebuild(code, version)
        return self._profiles[key]

    def _rebuild(self, code: str, version: str) -> Profile | None:
        first = self.layers.get((code or "").split("+")[0])
        parts = (version or "").split("+")
        base = first if first is not None and first.kind == "base" else None
        names = [p.split(".", 1)[0] for p in (parts[1:] if base is not None else parts)]
        overlays = [self.layers[n] for n in names if n in self.layers and self.layers[n].kind == "overlay"]
        if base is None and not overlays:
            return None
        try:
            return effective(base, overlays, jurisdiction=base.jurisdiction if base else "")
        except ValueError:
            return None

    def rule(self, rule_code: str, profile_code: str | None = None, profile_version: str | None = None) -> Rule | None:
        if profile_code:
            profile = self._profile(profile_code, profile_version or "")
            found = profile.rule(rule_code) if profile is not None else None
            if found is not None:
                return found
        return self._any.get(rule_code)

    def name(self, rule_code: str, profile_code: str | None = None, profile_version: str | None = None,
             language: str | None = None) -> str:
        rule = self.rule(rule_code, profile_code, profile_version)
        return rule.display_name(_lang(language)) if rule is not None else rule_code


def _lang(language: str | None) -> str:
    return i18n.normalise(language) if language else i18n.current_language()


# the facts only one rule type writes (compliance.rules), to recognise the type of a rule that is gone
_TYPE_MARKS: tuple[tuple[RuleType, str], ...] = (
    (RuleType.RETENTION, "retention_end"),
    (RuleType.LIMITATION, "limitation_end"),
    (RuleType.DEADLINE, "deadline"),
    (RuleType.REQUIRE_CONTENT, "missing"),
    (RuleType.COOLDOWN_AFTER, "conversation_date"),
    (RuleType.MIN_INTERVAL, "previous_local_time"),
    (RuleType.BLOCK_WHILE_FLAG, "flag_since"),
    (RuleType.PARTY_RESTRICTION, "mode"),
    (RuleType.ROLLING_COUNT_CAP, "max"),
    (RuleType.TIME_WINDOW, "windows"),
)


def rule_type_of(facts: Mapping[str, Any], body: Mapping[str, Any] | None = None) -> RuleType | None:
    for stored in ((body or {}).get("rule_type"), facts.get("rule_type")):
        try:
            return RuleType(stored)
        except ValueError:
            continue
    for rule_type, key in _TYPE_MARKS:
        if key in facts:
            return rule_type
    return None


def stored_hit(rule: Rule, *, profile_code: str, profile_version: str, severity: FindingSeverity,
               account_id: uuid.UUID | None, found_at: datetime, activity_id: uuid.UUID | None,
               collector_id: uuid.UUID | None, facts: Mapping[str, Any], related: list[uuid.UUID]) -> Hit:
    return Hit(rule=rule, profile_code=profile_code, profile_version=profile_version, severity=severity,
               account_id=account_id, at=found_at, event_id=activity_id, collector_id=collector_id,
               related_event_ids=tuple(related), facts=dict(facts))


def explain_finding(book: RuleBook, *, rule_code: str, profile_code: str, profile_version: str,
                    severity: FindingSeverity, account_id, found_at: datetime, activity_id, collector_id,
                    detail: str | None, language: str | None = None) -> tuple[str, Rule | None]:
    """The explanation of a stored finding in `language` (None: the application's) and its rule
    (None: no profile has the rule any more)."""
    facts, related, body = parse_detail(detail)
    rule = book.rule(rule_code, profile_code, profile_version)
    args = dict(profile_code=profile_code, profile_version=profile_version, severity=FindingSeverity(severity),
                account_id=account_id, found_at=found_at, activity_id=activity_id, collector_id=collector_id,
                facts=facts, related=related)
    if rule is not None:
        try:
            return explaining.explain(stored_hit(rule, **args), language), rule
        except (KeyError, ValueError, TypeError, IndexError):
            pass  # the rule was changed into another type since: explain from the facts alone
    return _without_rule(rule_code, rule_type_of(facts, body), args, language), rule


def _without_rule(rule_code: str, rule_type: RuleType | None, args: dict, language: str | None) -> str:
    if rule_type is not None:
        stand_in = Rule(id=rule_code, type=rule_type, params={}, severity=args["severity"], basis=Basis.INTERNAL,
                        source="", verified=False, name={"en": rule_code})
        lang = _lang(language)
        try:
            # the "what happened" half of compliance.explain; the rule's half cannot be written without it
            what, note = explaining._WHAT[rule_type](args["facts"], stored_hit(stand_in, **args), QLocale(lang), lang)
        except (KeyError, ValueError, TypeError, IndexError):
            what, note = "", ""
        if what:
            text = QCoreApplication.translate(
                "Compliance", "{what} (rule {rule}, which no compliance profile has any more).").format(
                what=what, rule=rule_code)
            return f"{text} {note}" if note else text
    return QCoreApplication.translate(
        "Compliance", "A finding of the rule {rule}, which no compliance profile has any more; its details "
        "cannot be put into words.").format(rule=rule_code)
