"""Dates and times as European exports write them.

Dates: dd.mm.yyyy, dd/mm/yyyy, dd-mm-yyyy (day first, never month first; one-digit day or month
allowed) or ISO yyyy-mm-dd; an XLSX date cell; a time of midnight after the date is ignored.
Two-digit years are refused (is 03 1903 or 2003?).

Times (activities): ISO 8601 with an offset ("2025-03-14T09:30:00+01:00", "...Z") is an instant;
without an offset ("2025-03-14 09:30", "14.03.2025 09:30:15", an XLSX datetime) it is the local
time of the debtor (Debtor.timezone). A local time that does not exist (the hour skipped when
clocks go forward) is a row error; a repeated one (clocks go back) is the first of the two.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from collectdesk.services.imports import messages
from collectdesk.services.imports.cells import CACHE_LIMIT, CellError

_DMY = re.compile(r"([0-9]{1,2})([./-])([0-9]{1,2})\2([0-9]{4})(?:[ T]0?0:00(?::00(?:\.0+)?)?)?")
_YMD = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[ T]0?0:00(?::00(?:\.0+)?)?)?")
_DT_DMY = re.compile(r"([0-9]{1,2})([./-])([0-9]{1,2})\2([0-9]{4})[ T]+([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?")


class DateParser:
    """Cell -> 'YYYY-MM-DD' (what SQLite stores and PostgreSQL COPY reads); cached per spelling."""

    def __init__(self):
        self.cache: dict[str, str] = {}

    def __call__(self, value) -> str:
        hit = self.cache.get(value) if value.__class__ is str else None
        if hit is not None:
            return hit
        iso = parse_date(value).isoformat()
        if value.__class__ is str:
            if len(self.cache) >= CACHE_LIMIT:
                self.cache.clear()
            self.cache[value] = iso
        return iso


def parse_date(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if value is None:
        raise CellError(messages.required())
    text = str(value).strip()
    if not text:
        raise CellError(messages.required())
    try:
        m = _DMY.fullmatch(text)
        if m:
            return date(int(m.group(4)), int(m.group(3)), int(m.group(1)))
        m = _YMD.fullmatch(text)
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        pass
    raise CellError(messages.not_date(text))


def parse_datetime(value) -> datetime:
    """An aware datetime (offset given) or a naive one (local time of the debtor)."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if value is None:
        raise CellError(messages.required())
    text = str(value).strip()
    if not text:
        raise CellError(messages.required())
    try:
        m = _DT_DMY.fullmatch(text)
        if m:
            return datetime(int(m.group(4)), int(m.group(3)), int(m.group(1)), int(m.group(5)), int(m.group(6)),
                            int(m.group(7) or 0))
        if len(text) >= 16 and text[4] == "-":
            return datetime.fromisoformat(text[:-1] + "+00:00" if text[-1] in "Zz" else text)
    except ValueError:
        pass
    raise CellError(messages.not_datetime(text))


def to_utc(moment: datetime, zone_name: str, shown: str) -> datetime:
    if moment.tzinfo is not None:
        return moment.astimezone(timezone.utc)
    zone = ZoneInfo(zone_name)
    local = moment.replace(tzinfo=zone, fold=0)
    utc = local.astimezone(timezone.utc)
    if utc.astimezone(zone).replace(tzinfo=None) != moment:
        raise CellError(messages.nonexistent_local_time(shown, zone_name))
    return utc


def sqlite_datetime(moment: datetime) -> str:
    """What SQLAlchemy's SQLite DATETIME writes for a UTC instant (naive, with microseconds)."""
    m = moment.astimezone(timezone.utc)
    return (f"{m.year:04d}-{m.month:02d}-{m.day:02d} {m.hour:02d}:{m.minute:02d}:{m.second:02d}."
            f"{m.microsecond:06d}")


FUTURE_TOLERANCE = timedelta(minutes=5)
