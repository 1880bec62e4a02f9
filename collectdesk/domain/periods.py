"""Reporting periods: a day, an ISO week, a month, a quarter, a year or a custom range of dates.

A `Period` is an inclusive range of calendar dates ``[start, end]`` with a kind. Arithmetic keeps the
kind: ``previous()`` is the period just before (the month before a month, the ISO week before a week;
for a custom range, the same number of days ending the day before ``start``), ``shift(n)`` moves n
periods (negative: back), ``same_last_year()`` is the comparable period one year earlier:

- day: the same date a year earlier (29 February -> 28 February);
- week: the ISO week with the same number in the previous ISO year (week 53 -> week 52 when the
  previous year has no week 53), so weekdays line up;
- month, quarter, year: the same month, quarter or year a year earlier;
- custom: both ends a year earlier (29 February -> 28 February).

``parse_period(text)`` reads "2026-10" (month), "2026-Q3" (quarter), "2026" (year), "2026-W05" (ISO
week), "2026-10-05" (day) and "2026-10-01..2026-10-15" (custom, inclusive). Bad text raises ValueError
with a message saying what was expected (the services translate it for the user).

Pure Python: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class PeriodKind(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


_MONTHS_PER = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def add_months(day: date, months: int) -> date:
    """The same day of the month `months` later (or earlier); the month's last day when that month is
    shorter (31 January + 1 = 28/29 February). The one month arithmetic of the project."""
    year, month = _add_months(day.year, day.month, months)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _year_earlier(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def iso_weeks_in_year(iso_year: int) -> int:
    """52 or 53: 28 December is always in the last ISO week of its year."""
    return date(iso_year, 12, 28).isocalendar().week


@dataclass(frozen=True, order=True)
class Period:
    kind: PeriodKind
    start: date
    end: date

    def __post_init__(self):
        object.__setattr__(self, "kind", PeriodKind(self.kind))
        if self.end < self.start:
            raise ValueError(f"period end {self.end} is before its start {self.start}")
        if self.kind is not PeriodKind.CUSTOM and _bounds(self.kind, self.start) != (self.start, self.end):
            raise ValueError(f"{self.start}..{self.end} is not a whole {self.kind.value}")

    @classmethod
    def containing(cls, kind: PeriodKind | str, day: date) -> Period:
        """The day, ISO week (Monday to Sunday), month, quarter or year that contains `day`."""
        kind = PeriodKind(kind)
        return cls(kind, *_bounds(kind, day))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def shift(self, n: int) -> Period:
        """The period n steps later (n < 0: earlier), of the same kind and, for custom, the same length."""
        if n == 0:
            return self
        if self.kind is PeriodKind.DAY:
            return Period(self.kind, self.start + timedelta(days=n), self.end + timedelta(days=n))
        if self.kind is PeriodKind.WEEK:
            return Period(self.kind, self.start + timedelta(weeks=n), self.end + timedelta(weeks=n))
        if self.kind is PeriodKind.CUSTOM:
            step = timedelta(days=self.days * n)
            return Period(self.kind, self.start + step, self.end + step)
        months = _MONTHS_PER[self.kind]
        y, m = _add_months(self.start.year, self.start.month, months * n)
        ey, em = _add_months(y, m, months - 1)
        return Period(self.kind, date(y, m, 1), _month_end(ey, em))

    def previous(self) -> Period:
        return self.shift(-1)

    def same_last_year(self) -> Period:
        if self.kind is PeriodKind.WEEK:
            iso_year, week, _ = self.start.isocalendar()
            week = min(week, iso_weeks_in_year(iso_year - 1))
            start = date.fromisocalendar(iso_year - 1, week, 1)
            return Period(self.kind, start, start + timedelta(days=6))
        if self.kind in _MONTHS_PER:
            return self.shift(-12 // _MONTHS_PER[self.kind])
        return Period(self.kind, _year_earlier(self.start), _year_earlier(self.end))

    def label(self) -> str:
        """The period in the text parse_period reads (e.g. 2026-W05, 2026-Q3): a stable key, not a UI label."""
        if self.kind is PeriodKind.DAY:
            return self.start.isoformat()
        if self.kind is PeriodKind.WEEK:
            iso_year, week, _ = self.start.isocalendar()
            return f"{iso_year}-W{week:02d}"
        if self.kind is PeriodKind.MONTH:
            return f"{self.start.year}-{self.start.month:02d}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.kind is PeriodKind.YEAR:
            return str(self.start.year)
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def _bounds(kind: PeriodKind, day: date) -> tuple[date, date]:
    if kind is PeriodKind.DAY:
        return day, day
    if kind is PeriodKind.WEEK:
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if kind is PeriodKind.MONTH:
        return day.replace(day=1), _month_end(day.year, day.month)
    if kind is PeriodKind.QUARTER:
        first = (day.month - 1) // 3 * 3 + 1
        return date(day.year, first, 1), _month_end(day.year, first + 2)
    if kind is PeriodKind.YEAR:
        return date(day.year, 1, 1), date(day.year, 12, 31)
    raise ValueError("a custom period has no natural bounds: give its start and end")


def last_n(period: Period, n: int) -> list[Period]:
    """The n periods ending with `period`, oldest first (for a trend of the last n months, weeks, ...)."""
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    return [period.shift(i) for i in range(-(n - 1), 1)]


_EXPECTED = ("a month (2026-10), a quarter (2026-Q3), a year (2026), an ISO week (2026-W05), "
             "a day (2026-10-05) or a range (2026-10-01..2026-10-15)")


def parse_period(text: str) -> Period:
    """Read a period from text; ValueError (saying what is expected) when it is not one."""
    t = (text or "").strip()

    def bad(reason: str = "") -> ValueError:
        return ValueError(f"not a period: {text!r}{' (' + reason + ')' if reason else ''}; use {_EXPECTED}")

    try:
        if m := re.fullmatch(r"(\d{4})", t):
            return Period.containing(PeriodKind.YEAR, date(int(m[1]), 1, 1))
        if m := re.fullmatch(r"(\d{4})-(\d{2})", t):
            month = int(m[2])
            if not 1 <= month <= 12:
                raise bad(f"there is no month {month}")
            return Period.containing(PeriodKind.MONTH, date(int(m[1]), month, 1))
        if m := re.fullmatch(r"(\d{4})-[Qq]([1-4])", t):
            return Period.containing(PeriodKind.QUARTER, date(int(m[1]), int(m[2]) * 3 - 2, 1))
        if m := re.fullmatch(r"(\d{4})-[Ww](\d{2})", t):
            year, week = int(m[1]), int(m[2])
            if not 1 <= week <= iso_weeks_in_year(year):
                raise bad(f"{year} has ISO weeks 1 to {iso_weeks_in_year(year)}")
            return Period.containing(PeriodKind.WEEK, date.fromisocalendar(year, week, 1))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
            return Period(PeriodKind.DAY, *(date.fromisoformat(t),) * 2)
        if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})", t):
            start, end = date.fromisoformat(m[1]), date.fromisoformat(m[2])
            if end < start:
                raise bad("the range ends before it starts")
            return Period(PeriodKind.CUSTOM, start, end)
    except ValueError as exc:
        if str(exc).startswith("not a period"):
            raise
        raise bad(str(exc)) from exc
    raise bad()
