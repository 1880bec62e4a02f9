"""deadline: something must happen within N days of an event.

Params: ``start`` (``first_contact`` | ``flag_set:<flag>``), ``days``, ``business_days`` (optional: count
working days, skipping weekends and the profile calendar's holidays), ``must`` (``tag:<tag>``: an outbound
contact carrying the tag | ``flag_cleared``: the flag's span ends).

- first_contact: per account, the first communication with the debtor: a contact whose outcome is a
  right-party contact (either direction, any channel), or an outbound letter, e-mail or SMS that did not come
  back. The tagged contact may come before it (the notice was the first letter) or up to the deadline.
- flag_set:<flag>: each span of the debtor flag starts a deadline; the tagged contact (any account) must
  come at or after the flag was set. A debtor-level deadline is put on one account: the one the late
  contact was on, else the lowest account number among those open when the flag was set.

The deadline is the local day ``start day + days`` (or ``days`` working days later); done on or before it
is in time. Missed: nothing by the deadline and ``as_of`` is after it: a hit with no event, at the start of
the day after the deadline. Late: done after the deadline: a hit on the late contact (tag), or at the same
instant as a missed one (flag cleared late). Deadlines are never judged for a proposed contact.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from collectdesk.compliance.model import Hit, Rule
from collectdesk.compliance.rules.base import CONVERSATIONS, Prepared, add_business_days, iso
from collectdesk.compliance.rules.flags import spans_of

WRITTEN = frozenset({"letter", "email", "sms"})
RETURNED = "returned"


def is_contact(p: Prepared, i: int) -> bool:
    e = p.events[i]
    if e.outcome in CONVERSATIONS:
        return True
    return p.out[i] and e.channel in WRITTEN and e.outcome != RETURNED


class Deadline:
    __slots__ = ("rule", "flag", "days", "business", "tag", "start_text", "must_text")
    proposed = False

    def __init__(self, rule: Rule):
        p = rule.params
        self.rule = rule
        self.start_text = str(p.get("start", "first_contact"))
        self.flag = self.start_text.partition(":")[2] if self.start_text.startswith("flag_set:") else None
        self.days = int(p["days"])
        self.business = bool(p.get("business_days", False))
        self.must_text = str(p.get("must", ""))
        self.tag = self.must_text.partition(":")[2] if self.must_text.startswith("tag:") else None

    def lookback_days(self) -> int:
        return 0

    def check(self, p: Prepared, i: int) -> list[Hit]:
        return []

    def _deadline(self, p: Prepared, start_day: int) -> int:
        if self.business:
            return add_business_days(date.fromordinal(start_day), self.days, p.country, p.region).toordinal()
        return start_day + self.days

    def scan(self, p: Prepared) -> list[Hit]:
        if self.flag is None:
            return self._first_contact(p) if self.tag is not None else []
        return self._flag_set(p)

    def _first_contact(self, p: Prepared) -> list[Hit]:
        first: dict[int, int] = {}
        tagged: dict[int, int] = {}
        acc, tag = p.acc, self.tag
        for i, e in enumerate(p.events):
            a = acc[i]
            if a not in first and is_contact(p, i):
                first[a] = i
            if a not in tagged and p.out[i] and tag in e.tags:
                tagged[a] = i
        hits = []
        for a, i in first.items():
            hit = self._judge(p, p.events[i].account_id, p.day[i], tagged.get(a))
            if hit is not None:
                hits.append(hit)
        return hits

    def _flag_set(self, p: Prepared) -> list[Hit]:
        hits = []
        for start, end, _span in spans_of(p, frozenset({self.flag})):
            start_day = start.astimezone(p.tz).toordinal()
            account = self._account(p, start)
            if self.tag is not None:
                done = next((j for j, e in enumerate(p.events)
                             if p.out[j] and e.at >= start and self.tag in e.tags), None)
                hit = self._judge(p, account, start_day, done)
            elif self.must_text == "flag_cleared":
                end_day = end.astimezone(p.tz).toordinal() if end is not None else None
                hit = self._judge(p, account, start_day, None, cleared=end_day)
            else:
                hit = None
            if hit is not None:
                hits.append(hit)
        return hits

    def _judge(self, p: Prepared, account: Any, start_day: int, done: int | None, *,
               cleared: int | None = None) -> Hit | None:
        deadline = self._deadline(p, start_day)
        facts: dict[str, Any] = {"start": self.start_text, "start_date": iso(start_day), "days": self.days,
                                 "business_days": self.business, "deadline": iso(deadline), "must": self.must_text}
        if self.tag is not None:
            facts["tag"] = self.tag
        if self.flag is not None:
            facts["flag"] = self.flag
        done_day = p.day[done] if done is not None else cleared
        if done_day is not None and done_day <= deadline:
            return None
        if done_day is not None:
            facts.update(status="late", done_on=iso(done_day))
            if done is not None:
                return p.hit_at(self.rule, p.events[done].account_id, p.events[done].at, facts, event=done)
        else:
            if p.as_of is None or deadline >= p.as_of.toordinal():
                return None
            facts["status"] = "missed"
        if account is None:
            return None
        return p.hit_at(self.rule, account, p.midnight(deadline + 1), facts)

    @staticmethod
    def _account(p: Prepared, since) -> Any:
        day = since.astimezone(p.tz).date()
        open_then = [a for a in p.debtor.accounts.values() if a.closed_on is None or a.closed_on >= day]
        if open_then:
            return min(open_then, key=lambda a: a.account_no).id
        before = [e for e in p.events if e.at <= since]
        if before:
            return before[-1].account_id
        return p.events[0].account_id if p.events else None
