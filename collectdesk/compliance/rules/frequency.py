"""How often: rolling_count_cap (at most ``max`` contacts in any window) and min_interval (redials).

rolling_count_cap params: ``channels``, ``window_days`` (local calendar days: 7 = this day and the six
before it, so "1 per day" means per local day) or ``window_hours`` (a rolling span of hours before the
contact, in real time), ``max``, ``counts`` (``attempts``: every outbound contact on the channels;
``conversations``: outbound ones whose outcome is a right-party contact), ``scope`` (``debtor`` or
``account``). The hit is the (max+1)-th counted contact in a window and each later one while over the cap;
related = the earlier counted contacts in the window (the latest 100 at most). A proposed contact whose
outcome is not known yet counts as a conversation for a conversations cap (``facts["if_conversation"]``):
the warning is that it must not become one.

min_interval params: ``channels``, ``minutes``, ``same_destination`` (default true: compare the contact
value; two unknown values count as the same). A hit when an outbound attempt follows the previous one
(to the same destination) by less than ``minutes``; related = that previous attempt.
"""

from __future__ import annotations

from collections import deque
from datetime import timedelta
from typing import Any

from collectdesk.compliance.model import Hit, Rule
from collectdesk.compliance.rules.base import CONVERSATIONS, Prepared, channel_set

MAX_RELATED = 100


class RollingCountCap:
    __slots__ = ("rule", "channels", "days", "hours", "max", "conversations", "per_account")
    proposed = True

    def __init__(self, rule: Rule):
        p = rule.params
        self.rule = rule
        self.channels = channel_set(p.get("channels"))
        self.days = int(p["window_days"]) if p.get("window_days") is not None else None
        self.hours = int(p["window_hours"]) if self.days is None else None
        self.max = int(p["max"])
        self.conversations = str(p.get("counts", "attempts")) == "conversations"
        self.per_account = str(p.get("scope", "debtor")) == "account"

    def lookback_days(self) -> int:
        return self.days + 1 if self.days is not None else -(-self.hours // 24) + 1

    def _counted(self, p: Prepared, i: int) -> bool:
        e = p.events[i]
        if not p.out[i] or e.channel not in self.channels:
            return False
        if not self.conversations:
            return True
        return e.outcome in CONVERSATIONS or (e.outcome is None and p.proposed and i == len(p.events) - 1)

    def _in_window(self, p: Prepared, j: int, i: int) -> bool:
        if self.days is not None:
            return p.day[i] - p.day[j] < self.days
        return p.events[i].at - p.events[j].at < timedelta(hours=self.hours)

    def scan(self, p: Prepared) -> list[Hit]:
        hits: list[Hit] = []
        queues: dict[int, deque[int]] = {}
        events, out, channels, day, acc = p.events, p.out, self.channels, p.day, p.acc
        conversations, days, limit = self.conversations, self.days, self.max
        span = timedelta(hours=self.hours) if self.hours is not None else None
        for i, e in enumerate(events):
            if not out[i] or e.channel not in channels:
                continue
            if conversations and e.outcome not in CONVERSATIONS:
                continue
            key = acc[i] if self.per_account else -1
            q = queues.get(key)
            if q is None:
                q = queues[key] = deque()
            if days is not None:
                first = day[i] - days
                while q and day[q[0]] <= first:
                    q.popleft()
            else:
                first_at = e.at - span
                while q and events[q[0]].at <= first_at:
                    q.popleft()
            if len(q) >= limit:
                hits.append(self._hit(p, i, q))
            q.append(i)
        return hits

    def check(self, p: Prepared, i: int) -> list[Hit]:
        if not self._counted(p, i):
            return []
        account = p.acc[i]
        earlier: deque[int] = deque()
        for j in range(i - 1, -1, -1):
            if not self._in_window(p, j, i):
                break
            if self._counted(p, j) and (not self.per_account or p.acc[j] == account):
                earlier.appendleft(j)
        return [self._hit(p, i, earlier)] if len(earlier) >= self.max else []

    def _hit(self, p: Prepared, i: int, earlier: deque[int]) -> Hit:
        facts: dict[str, Any] = {"count": len(earlier) + 1, "max": self.max,
                                 "counts": "conversations" if self.conversations else "attempts",
                                 "scope": "account" if self.per_account else "debtor"}
        if self.days is not None:
            facts["window_days"] = self.days
        else:
            facts["window_hours"] = self.hours
        if self.conversations and p.events[i].outcome is None:
            facts["if_conversation"] = True
        related = list(earlier)[-MAX_RELATED:]
        return p.hit(self.rule, i, related, **facts)


class MinInterval:
    __slots__ = ("rule", "channels", "span", "minutes", "same_destination")
    proposed = True

    def __init__(self, rule: Rule):
        p = rule.params
        self.rule = rule
        self.channels = channel_set(p.get("channels"))
        self.minutes = int(p["minutes"])
        self.span = timedelta(minutes=self.minutes)
        self.same_destination = bool(p.get("same_destination", True))

    def lookback_days(self) -> int:
        return -(-self.minutes // 1440) + 1

    def scan(self, p: Prepared) -> list[Hit]:
        hits: list[Hit] = []
        last: dict[Any, int] = {}
        events, out, channels, span, same = p.events, p.out, self.channels, self.span, self.same_destination
        for i, e in enumerate(events):
            if not out[i] or e.channel not in channels:
                continue
            key = e.contact_value if same else None
            j = last.get(key, -1)
            if j >= 0 and e.at - events[j].at < span:
                hits.append(self._hit(p, i, j))
            last[key] = i
        return hits

    def check(self, p: Prepared, i: int) -> list[Hit]:
        e = p.events[i]
        if not p.out[i] or e.channel not in self.channels:
            return []
        for j in range(i - 1, -1, -1):
            other = p.events[j]
            if e.at - other.at >= self.span:
                break
            if p.out[j] and other.channel in self.channels and (
                    not self.same_destination or other.contact_value == e.contact_value):
                return [self._hit(p, i, j)]
        return []

    def _hit(self, p: Prepared, i: int, j: int) -> Hit:
        gap = int((p.events[i].at - p.events[j].at).total_seconds())
        previous = p.local[j]
        return p.hit(self.rule, i, (j,), minutes=self.minutes, gap_seconds=gap, gap_minutes=gap // 60,
                     same_destination=self.same_destination,
                     previous_local_time=f"{previous.hour:02d}:{previous.minute:02d}",
                     previous_channel=str(p.events[j].channel))
