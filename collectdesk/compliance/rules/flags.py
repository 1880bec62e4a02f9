"""Who may be contacted: block_while_flag (debtor flags) and party_restriction (third parties).

block_while_flag params: ``flags``, ``channels``, ``allowed_tags`` (optional). An outbound contact on the
channels at a time inside a span of one of the flags (start inclusive, end exclusive; an open span runs on)
is a hit, unless it is a letter or e-mail carrying one of the allowed tags (e.g. the notice that collection
has stopped). With several matching spans the facts name the one set earliest.

party_restriction params: ``mode`` (``forbidden`` | ``consent_required`` | ``limited``), ``consent_flag``
(optional; a span of it covering the contact means the debtor agreed), ``max_per_third_party`` (limited).
It reads outbound contacts whose outcome is ``third_party``. forbidden: each is a hit. consent_required:
each without the consent flag set is a hit. limited: the (max+1)-th and later contacts with the same
contact value (the same third party) are hits unless consent is set; related = the earlier ones. A
third-party contact without a contact value cannot be told apart from others and is not counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from collectdesk.compliance.model import FlagSpan, Hit, Rule
from collectdesk.compliance.rules.base import ALL_HISTORY, Prepared, channel_set

THIRD_PARTY = "third_party"
TAGGED_CHANNELS = frozenset({"letter", "email"})
MAX_RELATED = 100


def spans_of(p: Prepared, flags: frozenset[str]) -> list[tuple[datetime, datetime | None, FlagSpan]]:
    """The debtor's spans of these flags as (start, end, span), UTC-aware, earliest first."""
    found = []
    for s in p.debtor.flags:
        if s.flag in flags:
            start = s.start if s.start.tzinfo else s.start.replace(tzinfo=UTC)
            end = s.end if s.end is None or s.end.tzinfo else s.end.replace(tzinfo=UTC)
            found.append((start, end, s))
    found.sort(key=lambda t: t[0])
    return found


def covering(spans: Sequence[tuple[datetime, datetime | None, FlagSpan]], at: datetime):
    for start, end, span in spans:
        if start <= at and (end is None or at < end):
            return start, end, span
    return None


class BlockWhileFlag:
    __slots__ = ("rule", "flags", "channels", "allowed")
    proposed = True

    def __init__(self, rule: Rule):
        p = rule.params
        self.rule = rule
        self.flags = channel_set(p.get("flags"))
        self.channels = channel_set(p.get("channels"))
        self.allowed = channel_set(p.get("allowed_tags"))

    def lookback_days(self) -> int:
        return 0

    def scan(self, p: Prepared) -> list[Hit]:
        spans = spans_of(p, self.flags)
        if not spans:
            return []
        hits = []
        for i in range(len(p.events)):
            hit = self._judge(p, i, spans)
            if hit is not None:
                hits.append(hit)
        return hits

    def check(self, p: Prepared, i: int) -> list[Hit]:
        spans = spans_of(p, self.flags)
        hit = self._judge(p, i, spans) if spans else None
        return [hit] if hit is not None else []

    def _judge(self, p: Prepared, i: int, spans) -> Hit | None:
        e = p.events[i]
        if not p.out[i] or e.channel not in self.channels:
            return None
        found = covering(spans, e.at)
        if found is None:
            return None
        if self.allowed and e.channel in TAGGED_CHANNELS and not self.allowed.isdisjoint(e.tags):
            return None
        start, end, span = found
        return p.hit(self.rule, i, flag=str(span.flag), flag_since=start.astimezone(p.tz).date().isoformat(),
                     flag_until=end.astimezone(p.tz).date().isoformat() if end else None,
                     allowed_tags=sorted(self.allowed))


class PartyRestriction:
    __slots__ = ("rule", "mode", "consent_flag", "max")
    proposed = True

    def __init__(self, rule: Rule):
        p = rule.params
        self.rule = rule
        self.mode = str(p.get("mode", "forbidden"))
        self.consent_flag = str(p["consent_flag"]) if p.get("consent_flag") else None
        self.max = int(p.get("max_per_third_party", 1))

    def lookback_days(self) -> int:
        return ALL_HISTORY if self.mode == "limited" else 0

    def _consent(self, p: Prepared):
        if self.mode == "forbidden" or self.consent_flag is None:
            return []
        return spans_of(p, frozenset({self.consent_flag}))

    def scan(self, p: Prepared) -> list[Hit]:
        hits: list[Hit] = []
        consent = self._consent(p)
        seen: dict[str, list[int]] = {}
        for i, e in enumerate(p.events):
            if not p.out[i] or e.outcome != THIRD_PARTY:
                continue
            if self.mode != "limited":
                hit = self._judge(p, i, consent, ())
            else:
                if e.contact_value is None:
                    continue
                earlier = seen.setdefault(e.contact_value, [])
                hit = self._judge(p, i, consent, earlier)
                earlier.append(i)
            if hit is not None:
                hits.append(hit)
        return hits

    def check(self, p: Prepared, i: int) -> list[Hit]:
        e = p.events[i]
        if not p.out[i] or e.outcome != THIRD_PARTY:
            return []
        earlier: list[int] = []
        if self.mode == "limited":
            if e.contact_value is None:
                return []
            earlier = [j for j in range(i) if p.out[j] and p.events[j].outcome == THIRD_PARTY
                       and p.events[j].contact_value == e.contact_value]
        hit = self._judge(p, i, self._consent(p), earlier)
        return [hit] if hit is not None else []

    def _judge(self, p: Prepared, i: int, consent, earlier: Sequence[int]) -> Hit | None:
        if self.mode == "limited" and len(earlier) < self.max:
            return None
        if consent and covering(consent, p.events[i].at) is not None:
            return None
        facts: dict[str, Any] = {"mode": self.mode}
        if self.consent_flag:
            facts["consent_flag"] = self.consent_flag
        if self.mode == "limited":
            facts.update(count=len(earlier) + 1, max=self.max)
        return p.hit(self.rule, i, list(earlier)[-MAX_RELATED:], **facts)
