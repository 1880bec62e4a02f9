"""require_content: letters and e-mails must carry given content tags.

Params: ``channels``, ``when`` (``always``: every outbound contact on the channels; ``first_demand``: only
the first outbound contact on the channels on each account, i.e. the first letter or e-mail), ``tags``.
A hit names the missing tags in ``facts["missing"]``, in the order the rule lists them.
"""

from __future__ import annotations

from collectdesk.compliance.model import Hit, Rule
from collectdesk.compliance.rules.base import ALL_HISTORY, Prepared, channel_set


class RequireContent:
    __slots__ = ("rule", "channels", "first_only", "tags")
    proposed = True

    def __init__(self, rule: Rule):
        p = rule.params
        self.rule = rule
        self.channels = channel_set(p.get("channels"))
        self.first_only = str(p.get("when", "always")) == "first_demand"
        self.tags = tuple(str(t) for t in p.get("tags") or ())

    def lookback_days(self) -> int:
        return ALL_HISTORY if self.first_only else 0

    def scan(self, p: Prepared) -> list[Hit]:
        hits: list[Hit] = []
        seen: set[int] = set()
        channels, out, acc, first_only = self.channels, p.out, p.acc, self.first_only
        for i, e in enumerate(p.events):
            if not out[i] or e.channel not in channels:
                continue
            if first_only:
                if acc[i] in seen:
                    continue
                seen.add(acc[i])
            hit = self._judge(p, i)
            if hit is not None:
                hits.append(hit)
        return hits

    def check(self, p: Prepared, i: int) -> list[Hit]:
        e = p.events[i]
        if not p.out[i] or e.channel not in self.channels:
            return []
        if self.first_only and any(p.out[j] and p.events[j].channel in self.channels
                                   and p.acc[j] == p.acc[i] for j in range(i)):
            return []
        hit = self._judge(p, i)
        return [hit] if hit is not None else []

    def _judge(self, p: Prepared, i: int) -> Hit | None:
        carried = p.events[i].tags
        missing = [t for t in self.tags if t not in carried]
        if not missing:
            return None
        return p.hit(self.rule, i, when="first_demand" if self.first_only else "always", missing=missing,
                     required=list(self.tags))
