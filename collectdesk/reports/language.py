"""A report's language: translations and number, money, percent and date formats for one of en, it, pl, de,
without touching the application's own translators (a report can be in German while the UI is Italian).

Texts must stay visible to lupdate: inside a function bind the name twice, as reports/plan_letter_pdf.py does:

    say = QCoreApplication.translate   # what lupdate reads say("Context", "...") as
    say = lang.translate               # at run time: the report's language

then call say("Context", "literal text", "disambiguation or None", n) with literal strings only.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from collectdesk.reports.model import ColumnKind
from collectdesk.reports.plan_letter import LetterLanguage


class ReportLanguage(LetterLanguage):
    def integer(self, value: int) -> str:
        return self.locale.toString(int(value))

    def percent(self, fraction: Decimal | None, places: int = 1) -> str:
        """0.125 -> "12.5 %" (12,5 % in it/pl/de); None -> an en dash."""
        if fraction is None:
            return "\u2013"
        return f"{self.decimal(Decimal(fraction) * 100, places)}\u00a0%"

    def points(self, fraction: Decimal, places: int = 1) -> str:
        """A change of a rate in percentage points, signed: +1.5 pp."""
        value = Decimal(fraction) * 100
        sign = "+" if value > 0 else ""
        return self.translate("ReportFormats", "{value} pp", "percentage points").format(
            value=f"{sign}{self.decimal(value, places)}")

    def value(self, value, kind: ColumnKind, currency: str | None = None, places: int = 2) -> str:
        """Any table or fact value as text in this language (None -> empty)."""
        if value is None:
            return ""
        if kind == ColumnKind.MONEY:
            return self.money(Decimal(value), currency) if currency else self.grouped(Decimal(value))
        if kind == ColumnKind.PERCENT:
            return self.percent(Decimal(value))
        if kind == ColumnKind.INTEGER:
            return self.integer(value)
        if kind == ColumnKind.DECIMAL:
            return self.decimal(Decimal(value), places)
        if kind == ColumnKind.DATE and isinstance(value, date):
            return self.date(value)
        if kind == ColumnKind.DATETIME and isinstance(value, datetime):
            return self.datetime(value)
        return str(value)
