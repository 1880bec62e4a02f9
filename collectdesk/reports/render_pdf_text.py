"""The words the PDF renderer adds to a report (headings, cover labels, page numbers, key-figure lines), in the
report's language, and the paragraph styles. Every text is a literal say("ReportPdf", ...) call with `say`
bound twice (see reports/language.py): lupdate reads QCoreApplication.translate, the run uses the report's
own translator, never the application's."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QLocale
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from collectdesk.reports.fonts import BOLD, ITALIC
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import ColumnKind, Fact, Report

GOOD = colors.HexColor("#1b6e35")
BAD = colors.HexColor("#b3261e")
NEUTRAL = colors.HexColor("#555555")
GREY = colors.HexColor("#5a6470")
SHADE = colors.HexColor("#eef2f6")
LINE = colors.HexColor("#b9c2cc")
INK = colors.HexColor("#1b2430")
ACCENT = colors.HexColor("#1f3b73")


class Texts:
    """The renderer's own wording for one report, in the report's language."""

    def __init__(self, report: Report, lang: ReportLanguage, recipient: str | None):
        say = QCoreApplication.translate  # what lupdate reads say(...) as (translations/update.py resolves the alias)
        say = lang.translate              # at run time: the report's language, not the application's

        params = report.params
        self.title = report.title
        self.subtitle = report.subtitle
        self.period = params.period_label or say("ReportPdf", "{start} to {end}", "a report's period").format(
            start=lang.date(params.period_start), end=lang.date(params.period_end))
        self.generated_when = when(lang, report.generated_at)
        self.generated = say("ReportPdf", "Generated {when}", "page footer: when the report was made").format(
            when=self.generated_when)
        self.copy_for = say("ReportPdf", "Copy for {name}", "the person this printed copy is for").format(
            name=recipient) if recipient else None
        self.page = say("ReportPdf", "Page {page} of {pages}")
        self.cover_rows = [(say("ReportPdf", "Period"), self.period)]
        if params.department:
            self.cover_rows.append((say("ReportPdf", "Department"), params.department))
        if params.author:
            self.cover_rows.append((say("ReportPdf", "Prepared by"), params.author))
        self.cover_rows.append((say("ReportPdf", "Generated", "cover: date and time the report was made"),
                                self.generated_when))
        self.summary = say("ReportPdf", "Summary", "heading of the executive summary")
        self.key_figures = say("ReportPdf", "Key figures")
        self.notes = say("ReportPdf", "Not in this report", "heading: sections left out, and why")
        self.method = say("ReportPdf", "Method", "label of a paragraph that explains how a figure is calculated")
        self.appendix = say("ReportPdf", "Tables", "heading of the appendix that lists every table")
        self.appendix_intro = say("ReportPdf", "Every table of the report in full, including the detailed "
                                               "listings that the chapters leave to the spreadsheet.")
        self.total = say("ReportPdf", "Total", "the last row of a table")
        self.total_in = say("ReportPdf", "Total {currency}", "the total row of one currency")
        self.with_currency = say("ReportPdf", "{column} ({currency})", "a money column's header with its currency")
        self.no_rows = say("ReportPdf", "No rows for this period.")
        self.continued = say("ReportPdf", "{title} (continued)", "a table's title on the pages it runs over to")
        self.contents = say("ReportPdf", "Contents")
        self.unchanged = say("ReportPdf", "unchanged", "a key figure equal to the previous period's")
        self.change_relative = say("ReportPdf", "{change} ({relative})", "a change and the same change in percent")
        self.previous = say("ReportPdf", "Previous period: {value}")
        self.attainment = say("ReportPdf", "{attainment} of the target of {target}")
        self.target = say("ReportPdf", "Target: {target}")
        self.target_met = say("ReportPdf", "Target {target}: met")
        self.target_missed = say("ReportPdf", "Target {target}: not met")


def when(lang: ReportLanguage, moment: datetime) -> str:
    """A stored UTC time at the workstation, date with a four-digit year and time: 31.10.2026 17:05."""
    local = moment.astimezone()
    return f"{lang.date(local.date())} {lang.locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"


def fact_value(lang: ReportLanguage, fact: Fact, value=None) -> str:
    value = fact.value if value is None else value
    if value is None:
        return "\u2013"
    return lang.value(value, fact.kind, fact.currency, places=1)


def fact_lines(t: Texts, lang: ReportLanguage, fact: Fact) -> list[tuple[str, object]]:
    """The lines under a key figure's value: (text, colour). The change against the previous period with ▲/▼
    (green when it is for the better, red when for the worse), the previous value, the target."""
    lines: list[tuple[str, object]] = []
    change = fact.change
    if change is not None:
        if change == 0:
            lines.append((f"= {t.unchanged}", NEUTRAL))
        else:
            arrow = "\u25b2" if change > 0 else "\u25bc"
            better = (change > 0) == fact.higher_is_better
            lines.append((f"{arrow} {_signed_change(t, lang, fact, change)}", GOOD if better else BAD))
        lines.append((t.previous.format(value=fact_value(lang, fact, fact.previous)), GREY))
    if fact.target is not None:
        target = fact_value(lang, fact, fact.target)
        if fact.value is None:
            lines.append((t.target.format(target=target), GREY))
        elif (fact.kind in (ColumnKind.MONEY, ColumnKind.INTEGER, ColumnKind.DECIMAL) and fact.higher_is_better
              and Decimal(fact.target) > 0):
            share = Decimal(fact.value) / Decimal(fact.target)
            lines.append((t.attainment.format(attainment=lang.percent(share), target=target),
                          GOOD if share >= 1 else BAD))
        else:
            met = (Decimal(fact.value) >= Decimal(fact.target)) == fact.higher_is_better or (
                Decimal(fact.value) == Decimal(fact.target))
            lines.append(((t.target_met if met else t.target_missed).format(target=target), GOOD if met else BAD))
    return lines


def _signed_change(t: Texts, lang: ReportLanguage, fact: Fact, change: Decimal) -> str:
    sign = "+" if change > 0 else "\u2212"
    size = abs(change)
    if fact.kind == ColumnKind.PERCENT:
        return lang.points(change)
    if fact.kind == ColumnKind.MONEY:
        text = lang.money(size, fact.currency) if fact.currency else lang.grouped(size)
    elif fact.kind == ColumnKind.INTEGER:
        text = lang.integer(int(size))
    else:
        text = lang.decimal(size, 1)
    text = sign + text
    if fact.previous:
        relative = change / abs(Decimal(fact.previous))
        text = t.change_relative.format(change=text, relative=sign + lang.percent(abs(relative)))
    return text


class Styles:
    def __init__(self, font: str):
        self.font = font
        self.base = ParagraphStyle("base", fontName=font, fontSize=10, leading=14, textColor=INK)
        self.body = ParagraphStyle("body", parent=self.base, spaceAfter=6)
        self.bullet = ParagraphStyle("bullet", parent=self.body, leftIndent=12, bulletIndent=1, spaceAfter=5)
        self.small = ParagraphStyle("small", parent=self.base, fontSize=8, leading=10.5, textColor=GREY)
        self.note = ParagraphStyle("note", parent=self.small, spaceBefore=2, spaceAfter=8)
        self.method = ParagraphStyle("method", parent=self.base, fontSize=8.8, leading=12, textColor=INK)
        self.h1 = ParagraphStyle("h1", parent=self.base, fontName=BOLD, fontSize=16, leading=20, spaceAfter=8,
                                 textColor=ACCENT)
        self.h2 = ParagraphStyle("h2", parent=self.base, fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=8,
                                 spaceAfter=4, textColor=INK)
        self.h3 = ParagraphStyle("h3", parent=self.base, fontName=BOLD, fontSize=9.5, leading=12.5, spaceBefore=6,
                                 spaceAfter=3, textColor=INK)
        self.kicker = ParagraphStyle("kicker", parent=self.small, fontSize=8, spaceBefore=8)
        self.cover_title = ParagraphStyle("ct", parent=self.base, fontName=BOLD, fontSize=28, leading=34,
                                          textColor=ACCENT, spaceAfter=6)
        self.cover_subtitle = ParagraphStyle("cs", parent=self.base, fontSize=14, leading=19, textColor=GREY)
        self.cover_label = ParagraphStyle("cl", parent=self.base, fontSize=9, leading=12, textColor=GREY)
        self.cover_value = ParagraphStyle("cv", parent=self.base, fontSize=11, leading=14)
        self.copy_for = ParagraphStyle("cf", parent=self.base, fontName=BOLD, fontSize=13, leading=17)
        self.fig_label = ParagraphStyle("fl", parent=self.base, fontSize=8, leading=10, textColor=GREY)
        self.fig_value = ParagraphStyle("fv", parent=self.base, fontName=BOLD, fontSize=15, leading=19,
                                        spaceBefore=1, spaceAfter=2)
        self.fig_line = ParagraphStyle("fx", parent=self.base, fontSize=7.8, leading=10)
        self.cell = ParagraphStyle("cell", parent=self.base, fontSize=8.5, leading=10.5)
        self.cell_head = ParagraphStyle("ch", parent=self.cell, fontName=BOLD)
        self.cell_head_right = ParagraphStyle("chr", parent=self.cell_head, alignment=TA_RIGHT)
        self.italic = ParagraphStyle("it", parent=self.small, fontName=ITALIC)

    @staticmethod
    def p(text: str, style, **kw) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style, **kw)
