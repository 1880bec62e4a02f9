"""cooldown_after: no attempt for N days after a conversation with the debtor.

Params: ``trigger`` (``conversation``), ``channels``, ``days``, ``day_one_is_trigger`` (default true),
``scope`` (``debtor`` or ``account``). A conversation is a contact on the rule's channels (a telephone
conversation for Reg F) whose outcome is a right-party contact, in either direction. After one on local day
D, an outbound attempt on the channels later on days D..D+days-1 (day_one_is_trigger; else D..D+days) is a
hit; related = the latest such conversation. A conversation made during the pause is itself a hit and starts
a new pause.
"""

from __future__ import annotations

from collectdesk.compliance.model import Hit, Rule
from collectdesk.compliance.rules.base import CONVERSATIONS, Prepared, channel_set, iso


class CooldownAfter:
    __slots__ = ("rule", "channels", "days", "span", "day_one", "per_account")
    proposed = True

    def __init__(self, rule: Rule):
        p = rule.params
        self.rule = rule
        self.channels = channel_set(p.get("channels"))
        self.days = int(p["days"])
        self.day_one = bool(p.get("day_one_is_trigger", True))
        self.span = self.days if self.day_one else self.days + 1  # days after D still inside the pause, +1
        self.per_account = str(p.get("scope", "debtor")) == "account"

    def lookback_days(self) -> int:
        return self.span + 1

    def scan(self, p: Prepared) -> list[Hit]:
        hits: list[Hit] = []
        last: dict[int, int] = {}
        events, out, day, acc, channels, span = p.events, p.out, p.day, p.acc, self.channels, self.span
        per_account = self.per_account
        for i, e in enumerate(events):
            if e.channel not in channels:
                continue
            key = acc[i] if per_account else -1
            if out[i]:
                j = last.get(key, -1)
                if j >= 0 and day[i] - day[j] < span:
                    hits.append(self._hit(p, i, j))
            if e.outcome in CONVERSATIONS:
                last[key] = i
        return hits

    def check(self, p: Prepared, i: int) -> list[Hit]:
        e = p.events[i]
        if not p.out[i] or e.channel not in self.channels:
            return []
        for j in range(i - 1, -1, -1):
            if p.day[i] - p.day[j] >= self.span:
                break
            other = p.events[j]
            if (other.channel in self.channels and other.outcome in CONVERSATIONS
                    and (not self.per_account or p.acc[j] == p.acc[i])):
                return [self._hit(p, i, j)]
        return []

    def _hit(self, p: Prepared, i: int, j: int) -> Hit:
        start = p.day[j]
        return p.hit(self.rule, i, (j,), days=self.days, day_one_is_trigger=self.day_one,
                     conversation_date=iso(start), conversation_time=f"{p.local[j].hour:02d}:{p.local[j].minute:02d}",
                     day_number=p.day[i] - start + (1 if self.day_one else 0),
                     pause_until=iso(start + self.span - 1),
                     scope="account" if self.per_account else "debtor")
