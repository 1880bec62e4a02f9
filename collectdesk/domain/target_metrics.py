"""What a target can measure, how target periods follow each other, and how attainment is banded.

Pure Python (no Qt, no SQLAlchemy). The labels below are English source texts marked for
translation in context "TargetMetric"; `collectdesk.services.targets.metric_label` translates them.

Metrics (a small closed list; the value is stored in ``Target.metric``):

    amount_collected      money (amount + currency): Σ payments less overpayments by payment date,
                          the scorecard's ``collected``.
    contacts              count: outbound call attempts, any outcome (the scorecard's
                          ``contact_attempts``).
    right_party_contacts  count: activities with a right-party outcome (``right_party_contacts``).
    promises_made         count: promises to pay obtained (``promises_made``).

Periods: a period that runs from the first to the last day of calendar months is a run of whole
months, and the next one is the same number of months later ("January" -> "February" ends on the
28th or 29th; a quarter -> the next quarter). Any other period moves by its own length in days.

Attainment bands: attainment (percent) at or above ``good`` is "good", at or above ``warn`` is
"warn", below it "bad"; no attainment (no target) is no band.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from collectdesk.domain.periods import add_months


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate looks for)
    """Marks `text` for extraction by pyside6-lupdate without importing Qt into the domain."""
    return text


class MetricKind(StrEnum):
    MONEY = "money"
    COUNT = "count"


@dataclass(frozen=True, slots=True)
class TargetMetric:
    key: str
    kind: MetricKind
    label: str  # English source text, context "TargetMetric"
    scorecard_field: str  # the StaffScore attribute it is measured against
    aliases: tuple[str, ...]  # spellings accepted in imported files (compared after header_key)

    @property
    def is_money(self) -> bool:
        return self.kind is MetricKind.MONEY


METRICS: tuple[TargetMetric, ...] = (
    TargetMetric("amount_collected", MetricKind.MONEY,
                 QT_TRANSLATE_NOOP("TargetMetric", "Amount collected"), "collected",
                 ("collected", "collections", "amount", "money collected", "incassato", "importo incassato",
                  "incassi", "recuperato", "kwota odzyskana", "odzyskano", "windykowana kwota", "wpłaty",
                  "eingezogen", "eingezogener Betrag", "Inkasso", "Inkassobetrag", "beigetrieben")),
    TargetMetric("contacts", MetricKind.COUNT,
                 QT_TRANSLATE_NOOP("TargetMetric", "Contacts"), "contact_attempts",
                 ("contact attempts", "calls", "call attempts", "contatti", "chiamate", "tentativi di contatto",
                  "kontakty", "połączenia", "próby kontaktu", "Kontakte", "Anrufe", "Kontaktversuche")),
    TargetMetric("right_party_contacts", MetricKind.COUNT,
                 QT_TRANSLATE_NOOP("TargetMetric", "Right-party contacts"), "right_party_contacts",
                 ("rpc", "right party contacts", "contatti utili", "contatti con il debitore", "kontakty z dłużnikiem",
                  "kontakty z właściwą osobą", "Schuldnerkontakte", "Kontakte mit dem Schuldner")),
    TargetMetric("promises_made", MetricKind.COUNT,
                 QT_TRANSLATE_NOOP("TargetMetric", "Promises to pay"), "promises_made",
                 ("promises", "ptp", "promises to pay", "promesse", "promesse di pagamento", "obietnice",
                  "obietnice zapłaty", "deklaracje spłaty", "Zahlungsversprechen", "Zahlungszusagen", "Zusagen")),
)

METRIC_KEYS: tuple[str, ...] = tuple(m.key for m in METRICS)
_BY_KEY = {m.key: m for m in METRICS}


def metric(key: str) -> TargetMetric:
    """The definition of `key`; KeyError for a metric that is not in the list."""
    return _BY_KEY[key]


def is_metric(key: str) -> bool:
    return key in _BY_KEY


# Where a branch's money targets are kept when nothing else says (a new target in an empty row).
COUNTRY_CURRENCY = {"IT": "EUR", "DE": "EUR", "AT": "EUR", "FR": "EUR", "ES": "EUR", "NL": "EUR", "BE": "EUR",
                    "PL": "PLN", "CH": "CHF", "CZ": "CZK", "HU": "HUF", "GB": "GBP", "SE": "SEK", "DK": "DKK"}
DEFAULT_CURRENCY = "EUR"


# ---- periods ------------------------------------------------------------------------------------

def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def month_period(day: date) -> tuple[date, date]:
    """The calendar month holding `day`."""
    return day.replace(day=1), month_end(day)


def whole_months(start: date, end: date) -> int:
    """How many calendar months [start, end] spans when it is a run of whole months, else 0."""
    if start.day != 1 or end != month_end(end) or end < start:
        return 0
    return (end.year - start.year) * 12 + end.month - start.month + 1


def shift_period(start: date, end: date, steps: int = 1) -> tuple[date, date]:
    """The period `steps` periods after (negative: before) [start, end], by the rule in the docstring."""
    if end < start:
        raise ValueError(f"period end {end} is before its start {start}")
    months = whole_months(start, end)
    if months:
        new_start = add_months(start, months * steps)
        return new_start, month_end(add_months(new_start, months - 1))
    length = timedelta(days=(end - start).days + 1)
    return start + length * steps, end + length * steps


# ---- attainment bands ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Thresholds:
    """Attainment percentages: at or above `good` is good, at or above `warn` is a warning."""

    good: Decimal
    warn: Decimal
    version: int | None = None  # the department setting's version (None: never saved, the default)


DEFAULT_THRESHOLDS = Thresholds(Decimal("100"), Decimal("90"))


def attainment_band(attainment: Decimal | None, thresholds: Thresholds) -> str | None:
    """"good", "warn" or "bad" for an attainment percentage; None without one."""
    if attainment is None:
        return None
    if attainment >= thresholds.good:
        return "good"
    if attainment >= thresholds.warn:
        return "warn"
    return "bad"
