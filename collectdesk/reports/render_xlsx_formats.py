"""Number formats, sheet and table names, column widths and cell values for reports/render_xlsx.py.

Excel number format codes are written with the neutral "," (thousands) and "." (decimals): Excel and
LibreOffice show them with the reader's own separators, the number stays a number. Money carries its ISO
code in the format ('#,##0.00 "PLN"'), so a cell reads "1,234.56 PLN" and still adds up.

Dates take the report language's short date pattern from QLocale (the same one the PDF prints, with a
four-digit year): d.MM.yyyy for Polish, dd/MM/yyyy for Italian, dd.MM.yyyy for German, M/d/yyyy for
English. Its separators are escaped (\\/), because an unescaped "/" in an Excel format is replaced by the
reader's date separator. Times come from the language's short time pattern (24 h, or AM/PM for English).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from collectdesk.reports.model import Column, ColumnKind

INTEGER_FORMAT = "#,##0"
PERCENT_FORMAT = "0.0%"
TEXT_FORMAT = "General"
MAX_WIDTH = 60            # characters; longer texts are cut off at the next cell, numbers never are
MIN_WIDTH = 6
SHEET_NAME_MAX = 31       # Excel's limit, in UTF-16 code units
_SHEET_INVALID = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_NAME_INVALID = re.compile(r"[^A-Za-z0-9_]")
_RESERVED_SHEETS = {"history"}   # Excel keeps "History" for change tracking


def money_format(currency: str | None, places: int = 2) -> str:
    number = decimal_format(places)
    if not currency:
        return number
    code = currency.replace('"', "")
    return f'{number} "{code}"'


def decimal_format(places: int) -> str:
    return "#,##0" if places <= 0 else "#,##0." + "0" * places


def signed(number_format: str) -> str:
    """A change: +1,234.00 EUR / -1,234.00 EUR / 0.00 EUR."""
    return f"+{number_format};-{number_format};{number_format}"


def quoted(text: str) -> str:
    """Literal text inside a number format."""
    return '"' + text.replace('"', "") + '"' if text else ""


def points_format(lang) -> str:
    """A change of a rate in percentage points (the cell holds 1.5 for +1.5 pp), in the report's words."""
    say = QCoreApplication.translate  # what lupdate reads say(...) as
    say = lang.translate              # at run time: the report's language
    template = say("ReportFormats", "{value} pp", "percentage points")
    before, _, after = template.partition("{value}")
    number = f"{quoted(before)}0.0{quoted(after)}"
    return signed(number)


def column_format(column: Column, currency: str | None = None) -> str:
    kind = column.kind
    if kind == ColumnKind.MONEY:
        return money_format(currency or column.currency, column.decimals if column.decimals is not None else 2)
    if kind == ColumnKind.PERCENT:
        return PERCENT_FORMAT
    if kind == ColumnKind.INTEGER:
        return INTEGER_FORMAT
    if kind == ColumnKind.DECIMAL:
        return decimal_format(column.decimals)
    return TEXT_FORMAT


def fact_format(kind: ColumnKind, currency: str | None) -> str:
    if kind == ColumnKind.MONEY:
        return money_format(currency)
    if kind == ColumnKind.PERCENT:
        return PERCENT_FORMAT
    if kind == ColumnKind.INTEGER:
        return INTEGER_FORMAT
    return decimal_format(2)


# ------------------------------------------------------------------------------------------------ dates

def qt_to_excel(pattern: str) -> str:
    """A QLocale date/time pattern as an Excel number format (two-digit years widened to four)."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "'":                                   # Qt literal: 'text' ('' is a quote)
            j = pattern.find("'", i + 1)
            j = n if j < 0 else j
            out.append(quoted(pattern[i + 1:j]))
            i = j + 1
            continue
        j = i
        while j < n and pattern[j] == ch:
            j += 1
        run = j - i
        if ch == "d":
            out.append("d" * min(run, 4))
        elif ch == "M":
            out.append("m" * min(run, 4))
        elif ch == "y":
            out.append("yyyy")
        elif ch in "hH":
            out.append("h" * min(run, 2))
        elif ch == "m":
            out.append("mm")
        elif ch == "s":
            out.append("ss")
        elif ch in "aA":
            out.append("AM/PM")
            if j < n and pattern[j] in "pP":
                j += 1
        elif ch in "zt":
            pass                                        # milliseconds, time zone: not in a short format
        elif ch in " \u00a0\u202f":
            out.append(" " * run)
        elif ch == ":":
            out.append(":" * run)
        else:
            out.append(("\\" + ch) * run)
        i = j
    return "".join(out).strip()


def date_format(lang) -> str:
    return qt_to_excel(lang.locale.dateFormat(QLocale.FormatType.ShortFormat))


def datetime_format(lang) -> str:
    return f"{date_format(lang)} {qt_to_excel(lang.locale.timeFormat(QLocale.FormatType.ShortFormat))}"


def local_naive(value: datetime) -> datetime:
    """Excel has no time zones: an aware time in this computer's zone (as the PDF prints it), naive."""
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return value


# ------------------------------------------------------------------------------------------------ names

def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _cut(text: str, limit: int) -> str:
    while _utf16_len(text) > limit:
        text = text[:-1]
    return text.rstrip()


def sheet_name(title: str, taken: set[str], fallback: str) -> str:
    """A valid, unique sheet name from a title: no []:*?/\\, no leading/trailing apostrophe, at most 31
    characters, not "History", unique ignoring case ("Kraków (2)"). Adds it to `taken` (casefolded)."""
    name = " ".join(_SHEET_INVALID.sub(" ", title or "").split()).strip("'").strip()
    if not name or name.casefold() in _RESERVED_SHEETS:
        name = fallback
    base = _cut(name, SHEET_NAME_MAX)
    candidate, n = base, 2
    while candidate.casefold() in taken:
        suffix = f" ({n})"
        candidate = _cut(base, SHEET_NAME_MAX - len(suffix)) + suffix
        n += 1
    taken.add(candidate.casefold())
    return candidate


def table_name(key: str, number: int) -> str:
    """A worksheet table's name: letters, digits, underscores; unique by its number."""
    return f"Table{number}_{_NAME_INVALID.sub('_', key or 'table')}"[:200]


def unique_headers(titles: list[str]) -> list[str]:
    """Table column names must differ (ignoring case): a repeated title gets " (2)"."""
    seen: set[str] = set()
    out = []
    for title in titles:
        base = " ".join((title or "").split()) or "-"
        name, n = base, 2
        while name.casefold() in seen:
            name = f"{base} ({n})"
            n += 1
        seen.add(name.casefold())
        out.append(name)
    return out


# ------------------------------------------------------------------------------------------------ widths

def _number_width(value, places: int) -> int:
    try:
        return len(f"{Decimal(value):,.{places}f}")
    except (ArithmeticError, ValueError, TypeError):
        return len(str(value))


def content_width(kind: ColumnKind, values, *, places: int = 2, currency_len: int = 0,
                  date_len: int = 10, datetime_len: int = 16) -> int:
    """The characters the widest value needs in its format (every value is looked at: a number wider than
    its column would show as ####)."""
    if kind in (ColumnKind.MONEY, ColumnKind.INTEGER, ColumnKind.DECIMAL, ColumnKind.PERCENT):
        numbers = [v for v in values if isinstance(v, (int, Decimal, float)) and not isinstance(v, bool)]
        if not numbers:
            return 0
        hi, lo = max(numbers), min(numbers)
        if kind == ColumnKind.PERCENT:
            return max(_number_width(hi * 100, 1), _number_width(lo * 100, 1)) + 1
        places = 0 if kind == ColumnKind.INTEGER else places
        extra = currency_len + 1 if currency_len else 0
        return max(_number_width(hi, places), _number_width(lo, places)) + extra
    if kind == ColumnKind.DATE:
        return date_len
    if kind == ColumnKind.DATETIME:
        return datetime_len
    return max((len(v) if isinstance(v, str) else len(str(v)) for v in values if v is not None), default=0)


def column_width(header: str, needed: int, hint: int | None) -> float:
    """The width in characters: the builder's hint, else the content (and the header up to 24 characters;
    a longer header wraps), within MIN_WIDTH..MAX_WIDTH, plus room for the filter button."""
    if hint:
        return float(hint)
    return float(max(MIN_WIDTH, min(MAX_WIDTH, max(needed, min(len(header), 24)))) + 3)


def plain_value(value):
    """A value openpyxl can write: aware datetimes made local and naive, anything unknown as text."""
    if value is None or isinstance(value, (str, int, Decimal, float, date)):
        return local_naive(value) if isinstance(value, datetime) else value
    return str(value)
