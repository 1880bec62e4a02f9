"""The Summary sheet and the section sheets of reports/render_xlsx.py, written row by row (write-only).

Summary: title, subtitle, period (its label, first and last day as dates), scope, department, author,
generation time; the contents (a link to each section's sheet); the executive summary; the key figures of
every section (value, previous, change, target as numbers in the fact's format; a rate's change in
percentage points); the sections left out (Report.notes).

A section's sheet: its title; each table (title, bold header, rows, totals, note) as a worksheet table
with its own filter buttons; the section's sentences and method; then each series as a small block of
numbers with its native chart beside the tables (right of the widest table, from the first data row).
With one table the title rows and the header are frozen (and the first column, for a wide table whose
first column is text). With several tables nothing is frozen: a frozen header would name the first
table's columns above the others; Excel shows a worksheet table's header in place of the column letters
while one scrolls through it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink
from PySide6.QtCore import QCoreApplication

from collectdesk.reports.model import ColumnKind, Report, Section, Series, SeriesKind
from collectdesk.reports.render_xlsx_formats import (
    INTEGER_FORMAT, PERCENT_FORMAT, column_width, content_width, decimal_format, fact_format, local_naive,
    money_format, points_format, signed)
from collectdesk.reports.render_xlsx_tables import TablePlan

CHART_ROWS = 16           # rows a chart takes (7.5 cm high) before the next one
MIN_PARAGRAPH_COLUMNS = 6


FONT = "Calibri"          # the workbook's default font, named: a font without a name is a serif in LibreOffice


@dataclass(frozen=True)
class Styles:
    title: Font = Font(name=FONT, bold=True, size=16)
    h1: Font = Font(name=FONT, bold=True, size=14)
    h2: Font = Font(name=FONT, bold=True, size=12)
    bold: Font = Font(name=FONT, bold=True)
    note: Font = Font(name=FONT, italic=True, color="555555")
    subtitle: Font = Font(name=FONT, size=12, color="444444")
    link: Font = Font(name=FONT, bold=True, color="1F4E79", underline="single")
    header_fill: PatternFill = PatternFill("solid", fgColor="E8ECF0")
    header_align: Alignment = Alignment(wrap_text=True, vertical="top")
    header_right: Alignment = Alignment(wrap_text=True, vertical="top", horizontal="right")
    wrap: Alignment = Alignment(wrap_text=True, vertical="top")
    total_border: Border = Border(top=Side(style="thin"))


STYLES = Styles()


class Sheet:
    """A write-only worksheet and the number of the last row written."""

    def __init__(self, ws):
        self.ws = ws
        self.row = 0

    def append(self, cells) -> None:
        self.ws.append(cells)
        self.row += 1

    def cell(self, value, *, font=None, fmt=None, fill=None, alignment=None, border=None, link=None,
             formula: bool = False):
        c = WriteOnlyCell(self.ws)
        if link:
            c.hyperlink = Hyperlink(ref="A1", location=link)
        c.value = value
        if c.data_type == "f" and not formula:
            c.data_type = "s"                                  # report text that starts with "=" stays text
        if font is not None:
            c.font = font
        if fmt:
            c.number_format = fmt
        if fill is not None:
            c.fill = fill
        if alignment is not None:
            c.alignment = alignment
        if border is not None:
            c.border = border
        return c

    def widths(self, widths: list[float]) -> None:
        """Column widths, and the page: as wide as the columns (landscape past ~100 characters), as long
        as it takes. Both before the first row (write-only)."""
        for i, w in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = w
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        self.ws.page_setup.fitToWidth, self.ws.page_setup.fitToHeight = 1, 0
        self.ws.page_setup.orientation = "landscape" if sum(widths) > 100 else "portrait"

    def paragraph(self, text: str, columns: int, widths: list[float], font=None) -> None:
        """A sentence or paragraph over `columns` merged cells, wrapped, its row high enough."""
        chars = max(20.0, sum(widths[:columns]) * 1.15)
        lines = max(1, math.ceil(len(text) / chars))
        row = self.row + 1
        self.ws.row_dimensions[row].height = 15 * lines + 2
        if columns > 1:
            self.ws.merged_cells.add(f"A{row}:{get_column_letter(columns)}{row}")
        self.append([self.cell(text, font=font, alignment=STYLES.wrap)])


def sheet_link(name: str) -> str:
    return "'" + name.replace("'", "''") + "'!A1"


# ------------------------------------------------------------------------------------------------ summary

def write_summary(ws, report: Report, lang, names: list[str], fmts, progress) -> None:
    say = QCoreApplication.translate  # what lupdate reads say(...) as
    say = lang.translate              # at run time: the report's language
    params = report.params
    st, sheet = STYLES, Sheet(ws)
    period = params.period_label or say("ReportXlsx", "{start} to {end}", "a report's period").format(
        start=lang.date(params.period_start), end=lang.date(params.period_end))
    meta = [(say("ReportXlsx", "Period"), period, None),
            (say("ReportXlsx", "From", "first day of the report's period"), params.period_start, fmts.date),
            (say("ReportXlsx", "To", "last day of the report's period"), params.period_end, fmts.date),
            (say("ReportXlsx", "Scope"), scope_text(report, lang), None)]
    if params.department:
        meta.append((say("ReportXlsx", "Department"), params.department, None))
    if params.author:
        meta.append((say("ReportXlsx", "Prepared by"), params.author, None))
    meta.append((say("ReportXlsx", "Generated", "date and time the report was made"),
                 local_naive(report.generated_at), fmts.datetime))
    headers = [say("ReportXlsx", "Key figure"), say("ReportXlsx", "Value"),
               say("ReportXlsx", "Previous", "the comparison period's value"),
               say("ReportXlsx", "Change"), say("ReportXlsx", "Target")]
    facts = [(f, _change(f)) for s in report.sections for f in s.facts]
    label_width = max([len(m[0]) for m in meta] + [len(f.label) + 2 for f, _ in facts] + [len(headers[0]), 16])
    widths = [min(60.0, label_width + 2.0)]
    for i in range(1, 5):
        values = [(f.value, f.previous, c, f.target)[i - 1] for f, c in facts]
        needed = max([content_width(f.kind, [v], currency_len=len(f.currency or "")) + 1
                      for f, v in zip((f for f, _ in facts), values)] + [len(headers[i]), 12])
        widths.append(column_width(headers[i], needed, None))
    if len(meta) and fmts.datetime:
        widths[1] = max(widths[1], len(fmts.datetime.replace("\\", "")) + 3)
    sheet.widths(widths)

    sheet.append([sheet.cell(report.title, font=st.title)])
    if report.subtitle:
        sheet.append([sheet.cell(report.subtitle, font=st.subtitle)])
    sheet.append([])
    for label, value, fmt in meta:
        sheet.append([sheet.cell(label, font=st.bold), sheet.cell(value, fmt=fmt,
                                                                   alignment=Alignment(horizontal="left"))])
    sheet.append([])
    sheet.append([sheet.cell(say("ReportXlsx", "Contents"), font=st.h2)])
    for section, name in zip(report.sections, names):
        sheet.append([sheet.cell(section.title, font=st.link, link=sheet_link(name))])
    if report.summary:
        sheet.append([])
        sheet.append([sheet.cell(say("ReportXlsx", "Summary", "heading of the executive summary"), font=st.h2)])
        for sentence in report.summary:
            sheet.paragraph(sentence, 5, widths)
    if facts:
        sheet.append([])
        sheet.append([sheet.cell(say("ReportXlsx", "Key figures"), font=st.h2)])
        sheet.append([sheet.cell(h, font=st.bold, fill=st.header_fill, alignment=st.header_right if i else
                                 st.header_align) for i, h in enumerate(headers)])
        for section, name in zip(report.sections, names):
            if not section.facts:
                continue
            sheet.append([sheet.cell(section.title, font=st.link, link=sheet_link(name))])
            for fact in section.facts:
                sheet.append(_fact_row(sheet, fact, _change(fact), fmts))
    if report.notes:
        sheet.append([])
        sheet.append([sheet.cell(say("ReportXlsx", "Not in this report", "heading: sections left out, and why"),
                                 font=st.h2)])
        for note in report.notes:
            sheet.paragraph(note, 5, widths, font=st.note)
    progress.advance(1)


def scope_text(report: Report, lang) -> str:
    """The scope's name: what the builder put after the period in the subtitle ("October 2026 · Milan"),
    else the whole department."""
    say = QCoreApplication.translate  # what lupdate reads say(...) as
    say = lang.translate              # at run time: the report's language
    label, subtitle = report.params.period_label, report.subtitle or ""
    if label and subtitle.startswith(label + " \u00b7 "):
        return subtitle[len(label) + 3:]
    if (report.params.scope or "all") == "all":
        return say("ReportXlsx", "Whole department", "a report's scope")
    return subtitle or report.params.scope


def _change(fact):
    change = fact.change
    if change is not None and fact.kind == ColumnKind.PERCENT:
        return change * 100                                   # percentage points
    return change


def _fact_row(sheet, fact, change, fmts) -> list:
    fmt = fact_format(fact.kind, fact.currency)
    change_fmt = fmts.points if fact.kind == ColumnKind.PERCENT else signed(fmt)
    return [sheet.cell(fact.label), sheet.cell(fact.value, fmt=fmt), sheet.cell(fact.previous, fmt=fmt),
            sheet.cell(change, fmt=change_fmt), sheet.cell(fact.target, fmt=fmt)]


# ------------------------------------------------------------------------------------------------ section

@dataclass(frozen=True)
class Formats:
    date: str
    datetime: str
    points: str

    @classmethod
    def of(cls, lang, date_format: str, datetime_format: str) -> Formats:
        return cls(date_format, datetime_format, points_format(lang))


def write_section(ws, section: Section, lang, fmts: Formats, progress, table_numbers) -> None:
    say = QCoreApplication.translate  # what lupdate reads say(...) as
    say = lang.translate              # at run time: the report's language
    st, sheet = STYLES, Sheet(ws)
    plans = [TablePlan(t, lang, fmts.date, fmts.datetime) for t in section.tables]
    blocks = [_SeriesBlock(s) for s in section.series if s.categories and s.lines]
    ncols = max([p.width for p in plans] + [b.width for b in blocks] + [1])
    widths = [0.0] * ncols
    for p in plans:
        for i, slot in enumerate(p.slots):
            widths[i] = max(widths[i], slot.width)
    for b in blocks:
        for i, w in enumerate(b.widths()):
            widths[i] = max(widths[i], w)
    widths = [w or 12.0 for w in widths]
    sheet.widths(widths)
    if len(plans) == 1:
        first = plans[0].slots[0]
        wide = plans[0].width > 6 and first.kind == ColumnKind.TEXT
        ws.freeze_panes = f"{'B' if wide else 'A'}4"          # title, table title, header

    sheet.append([sheet.cell(section.title, font=st.h1)])
    for plan in plans:
        plan.write(sheet, st, progress, next(table_numbers))
    span = max(MIN_PARAGRAPH_COLUMNS, min(ncols, 10))
    for sentence in section.sentences:
        sheet.paragraph(sentence, span, widths)
    if section.method:
        sheet.append([sheet.cell(say("ReportXlsx", "Method", "label of a paragraph that explains how a figure "
                                     "is calculated"), font=st.bold)])
        sheet.paragraph(section.method, span, widths)
    if section.sentences or section.method:
        sheet.append([])
    anchor_col = get_column_letter(max([p.width for p in plans] + [b.width for b in blocks] + [1]) + 2)
    for k, block in enumerate(blocks):
        block.write(sheet)
        ws.add_chart(block.chart(ws), f"{anchor_col}{4 + k * CHART_ROWS}")
    progress.advance(1)


class _SeriesBlock:
    """A series as numbers on the sheet (categories down, one column per line) and its chart."""

    def __init__(self, series: Series):
        self.series = series
        self.width = 1 + len(series.lines)
        values = [v for _name, vs in series.lines for v in vs if v is not None]
        unit = (series.unit or "").strip()
        if unit == "%":
            self.kind, self.fmt = ColumnKind.PERCENT, PERCENT_FORMAT
        elif len(unit) == 3 and unit.isalpha() and unit.isupper():
            self.kind, self.fmt = ColumnKind.MONEY, money_format(unit)
        elif all(isinstance(v, int) for v in values):
            self.kind, self.fmt = ColumnKind.INTEGER, INTEGER_FORMAT
        else:
            self.kind, self.fmt = ColumnKind.DECIMAL, decimal_format(2)
        self.values = values
        self.header_row = 0

    def widths(self) -> list[float]:
        cats = column_width("", content_width(ColumnKind.TEXT, self.series.categories), None)
        unit = self.series.unit if self.kind == ColumnKind.MONEY else ""
        needed = content_width(self.kind, self.values, currency_len=len(unit or ""))
        return [cats] + [column_width(name, needed, None) for name, _vs in self.series.lines]

    def write(self, sheet: Sheet) -> None:
        st, s = STYLES, self.series
        sheet.append([sheet.cell(s.title, font=st.h2)])
        sheet.append([sheet.cell(s.unit or "", font=st.bold, fill=st.header_fill)] + [
            sheet.cell(name, font=st.bold, fill=st.header_fill, alignment=st.header_right) for name, _vs in s.lines])
        self.header_row = sheet.row
        for i, category in enumerate(s.categories):
            row = [sheet.cell(category)]
            for _name, vs in s.lines:
                row.append(sheet.cell(vs[i] if i < len(vs) else None, fmt=self.fmt))
            sheet.append(row)
        sheet.append([])

    def chart(self, ws):
        s = self.series
        if s.kind == SeriesKind.LINE:
            chart = LineChart()
        else:
            chart = BarChart()
            chart.type = "col"
            if s.kind == SeriesKind.STACKED_BAR:
                chart.grouping, chart.overlap = "stacked", 100
        chart.title = s.title
        chart.width, chart.height = 16, 7.5
        last = self.header_row + len(s.categories)
        chart.add_data(Reference(ws, min_col=2, max_col=self.width, min_row=self.header_row, max_row=last),
                       titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=self.header_row + 1, max_row=last))
        chart.y_axis.number_format = {ColumnKind.PERCENT: "0%", ColumnKind.MONEY: money_format(
            s.unit, 0)}.get(self.kind, "#,##0")
        if s.unit and self.kind != ColumnKind.PERCENT:
            chart.y_axis.title = s.unit
        chart.x_axis.delete = False                            # openpyxl 3.1 hides axes unless told
        chart.y_axis.delete = False
        chart.legend.position = "b"
        if s.kind != SeriesKind.LINE and all(v >= 0 for v in self.values):
            chart.y_axis.scaling.min = 0                       # bars start at zero
        return chart
