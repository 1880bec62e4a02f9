"""What a report is, before it is rendered: plain data a builder returns and every renderer reads.

    builder(ctx, params) -> Report          (services and store only; no Qt widgets, no file formats)
    render_xlsx(report, path) / render_pdf(report, path, page_size=...) / the presentation mode

A Report holds sections; a section holds facts (the key figures, each with its comparison), tables
(typed columns: the XLSX writes real numbers and dates with formats, the PDF formats them for the report's
language), series (for charts) and sentences (the narrative, already written in the report's language by
reports.narrative from the facts). Money is Decimal with its currency on the cell; never float.
Every text in a Report is already translated into `Report.language` when the builder returns it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any


class ReportKind(StrEnum):
    COLLECTIONS = "collections"      # collected against target, promises, payments, aging, CEI, projection
    FEEDBACK = "feedback"            # complaints, satisfaction, agencies, SLA, notable cases
    STAFF = "staff"                  # scorecard, top/bottom performers, findings, QA, training
    COMPLIANCE = "compliance"        # findings by rule/team/collector, trend, reviewed vs open, anomalies
    AGING = "aging"                  # the book by aging bucket, currency, branch
    ESCALATIONS = "escalations"      # escalations, settlements and write-offs with approvals
    PORTFOLIOS = "portfolios"        # special portfolios


class ColumnKind(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    MONEY = "money"        # Decimal; the currency is the column's `currency` or the row's `currency_key` cell
    PERCENT = "percent"    # Decimal fraction: 0.125 is 12.5 %
    DECIMAL = "decimal"    # a plain number with `decimals` places (scores, days)
    DATE = "date"
    DATETIME = "datetime"  # aware, UTC; shown in the reader's time zone


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str                       # translated
    kind: ColumnKind = ColumnKind.TEXT
    currency: str | None = None      # for MONEY columns of one currency
    currency_key: str | None = None  # for MONEY columns whose rows differ: the row key holding the currency
    decimals: int = 2
    total: bool = False              # the table's total row sums this column (a formula in the XLSX)
    width: int | None = None         # characters, a hint for the XLSX and the PDF


@dataclass(frozen=True, slots=True)
class Table:
    key: str                         # stable id, e.g. "collected_by_collector" (sheet names come from title)
    title: str                       # translated
    columns: tuple[Column, ...]
    rows: tuple[dict[str, Any], ...] # values by column key: str, int, Decimal, date, datetime or None
    note: str | None = None          # a line under the table (translated)
    pdf: bool = True                 # False: detail for the spreadsheet only (long listings)


class SeriesKind(StrEnum):
    LINE = "line"
    BAR = "bar"
    STACKED_BAR = "stacked_bar"


@dataclass(frozen=True, slots=True)
class Series:
    key: str
    title: str                                   # translated chart title
    kind: SeriesKind
    categories: tuple[str, ...]                  # x labels, already formatted (e.g. "Oct 2026")
    lines: tuple[tuple[str, tuple[Decimal | int | None, ...]], ...]  # (name, values per category)
    unit: str | None = None                      # e.g. "EUR", "%" (for axis labels)


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"
    FLAT = "flat"


@dataclass(frozen=True, slots=True)
class Fact:
    """A key figure: the value now, what it is compared with, and whether up is good."""

    key: str                          # e.g. "collected_EUR", "broken_promise_rate"
    label: str                        # translated
    value: Decimal | int | None
    kind: ColumnKind                  # how to format it (MONEY, PERCENT, INTEGER, DECIMAL)
    currency: str | None = None
    previous: Decimal | int | None = None   # the comparison period's value
    target: Decimal | int | None = None
    higher_is_better: bool = True

    @property
    def change(self) -> Decimal | None:
        """value - previous (for percentages: percentage points as a fraction)."""
        if self.value is None or self.previous is None:
            return None
        return Decimal(self.value) - Decimal(self.previous)


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str                                   # translated
    sentences: tuple[str, ...] = ()              # the narrative (translated, complete sentences)
    facts: tuple[Fact, ...] = ()
    tables: tuple[Table, ...] = ()
    series: tuple[Series, ...] = ()
    method: str | None = None                    # a paragraph explaining a method (e.g. the projection)


@dataclass(frozen=True, slots=True)
class ReportParams:
    kind: ReportKind
    period_start: date
    period_end: date                             # inclusive
    period_label: str = ""                       # e.g. "October 2026" (translated), filled by the builder if ""
    scope: str = "all"                           # "all", "branch:<uuid>", "team:<uuid>"
    language: str = "en"
    author: str = ""
    department: str = ""


@dataclass(frozen=True, slots=True)
class Report:
    params: ReportParams
    title: str                                   # translated, e.g. "Collections report"
    subtitle: str                                # e.g. "October 2026 · Milan branch"
    summary: tuple[str, ...]                     # the executive summary: the most important sentences
    sections: tuple[Section, ...]
    generated_at: datetime                       # UTC
    language: str
    notes: tuple[str, ...] = field(default_factory=tuple)   # e.g. a section left out because its data is missing

    @property
    def all_tables(self) -> Sequence[Table]:
        return [t for s in self.sections for t in s.tables]


class ReportCancelled(Exception):
    """The user cancelled building or rendering a report; nothing was written."""
