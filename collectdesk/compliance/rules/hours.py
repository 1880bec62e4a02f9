"""time_window: outbound contacts only inside the permitted hours of the debtor's local weekday.

Params: ``channels``, ``windows`` ({mon: ["08:30", "21:00"], ..., sun: []}; a missing or empty weekday
means no contact that day; start inclusive, end exclusive, to the minute: 20:59:59 is inside a window
ending at 21:00, 21:00:00 is not), ``holidays`` (no contact on the profile calendar's public holidays,
with the debtor's region). A weekday may also list several ranges: [["08:00", "12:00"], ["14:00", "18:00"]].
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from collectdesk.compliance.model import Hit, Rule
from collectdesk.compliance.rules.base import (
    WEEKDAYS, Prepared, channel_set, holiday_name, holiday_table, is_holiday)


def minutes(text: str) -> int:
    hours, _, mins = str(text).strip().partition(":")
    return int(hours) * 60 + int(mins or 0)


def _ranges(value: Any) -> tuple[tuple[int, int], ...]:
    if not value:
        return ()
    if isinstance(value[0], str):  # ["08:30", "21:00"]
        value = [value]
    return tuple((minutes(a), minutes(b)) for a, b in value)


def _text(ranges: Sequence[tuple[int, int]]) -> list[list[str]]:
    return [[f"{a // 60:02d}:{a % 60:02d}", f"{b // 60:02d}:{b % 60:02d}"] for a, b in ranges]


class TimeWindow:
    __slots__ = ("rule", "channels", "windows", "holidays")
    proposed = True

    def __init__(self, rule: Rule):
        p: Mapping[str, Any] = rule.params
        self.rule = rule
        self.channels = channel_set(p.get("channels"))
        windows = p.get("windows") or {}
        self.windows = tuple(_ranges(windows.get(d)) for d in WEEKDAYS)
        self.holidays = bool(p.get("holidays", False))

    def lookback_days(self) -> int:
        return 0

    def scan(self, p: Prepared) -> list[Hit]:
        hits: list[Hit] = []
        channels, windows, out, local, events = self.channels, self.windows, p.out, p.local, p.events
        check_holidays = self.holidays and p.country is not None
        table = holiday_table(p.country, p.region) if check_holidays else None
        country, region, day = p.country, p.region, p.day
        for i, e in enumerate(events):
            if not out[i] or e.channel not in channels:
                continue
            lt = local[i]
            m = lt.hour * 60 + lt.minute
            for start, end in windows[lt.weekday()]:
                if start <= m < end:
                    if check_holidays:
                        holiday = table.get(day[i])
                        if holiday is None:
                            holiday = is_holiday(country, region, day[i], table)
                        if holiday:
                            hits.append(self._hit(p, i, "holiday"))
                    break
            else:
                hits.append(self._hit(p, i, "outside_hours" if windows[lt.weekday()] else "closed_day"))
        return hits

    def check(self, p: Prepared, i: int) -> list[Hit]:
        e = p.events[i]
        if not p.out[i] or e.channel not in self.channels:
            return []
        lt = p.local[i]
        m = lt.hour * 60 + lt.minute
        ranges = self.windows[lt.weekday()]
        if not any(start <= m < end for start, end in ranges):
            return [self._hit(p, i, "outside_hours" if ranges else "closed_day")]
        if self.holidays and p.holiday(p.day[i]):
            return [self._hit(p, i, "holiday")]
        return []

    def _hit(self, p: Prepared, i: int, reason: str) -> Hit:
        ranges = self.windows[p.local[i].weekday()]
        facts: dict[str, Any] = {"reason": reason, "windows": _text(ranges)}
        if reason == "holiday":
            facts["holiday"] = holiday_name(p.country, p.region, p.day[i]) or ""
            facts["calendar"] = p.country
            if p.region:
                facts["region"] = p.region
        return p.hit(self.rule, i, **facts)
