"""What the PDF report says, in order (the flowables render_pdf lays out): the cover, the executive summary
with the key figures, each section (heading, sentences, method, charts, tables), what was left out, and for
the combined PDF every table again in an appendix.

`Step` is an empty flowable that tells the renderer how much work it stands for (`_cd_units`); the page
tables carry their rows the same way, so progress and Cancel come between pieces of the layout."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, NextPageTemplate, PageBreak, Spacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

from collectdesk.reports.charts import chart_drawing
from collectdesk.reports.fonts import BOLD
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import Fact, Report, ReportCancelled, Section, Series, Table
from collectdesk.reports.render_pdf_tables import PagedTable
from collectdesk.reports.render_pdf_text import ACCENT, LINE, SHADE, Styles, Texts, fact_lines, fact_value

CARDS_PER_ROW = 3
CHART_HEIGHT = 62 * mm
COMPACT_HEIGHT = 55 * mm
COMPACT_CATEGORIES = 8     # charts with this few categories stand two to a row
CHART_GAP = 8 * mm


class Step(Flowable):
    """Takes no room; counts `units` of work done once the layout reaches it."""

    _ZEROSIZE = True

    def __init__(self, units: int = 1):
        super().__init__()
        self._cd_units = units

    def wrap(self, availWidth, availHeight):  # noqa: N802 - ReportLab's name
        return 0, 0

    def draw(self):
        pass


def table_units(report: Report, tables_appended: bool) -> int:
    """The units of work the story stands for (see Step): one per piece of text, one per table row."""
    units = 2 + len(report.sections) + (1 if report.notes else 0)
    for table in report.all_tables:
        units += (len(table.rows) if table.pdf else 0) + (len(table.rows) if tables_appended else 0)
    return units


def story(report: Report, lang: ReportLanguage, t: Texts, st: Styles, width: float, wide: float, *,
          tables_appended: bool, cancel=None) -> list:
    """Everything in order; `wide` is the width of a landscape page, for tables too wide to read upright.
    cancel() is asked before each chapter and appended table (formatting a long table takes a while)."""

    def check() -> None:
        if cancel is not None and cancel():
            raise ReportCancelled()

    out = [NextPageTemplate("body"), *cover(report, t, st, width), Step(), PageBreak()]
    out += summary(report, lang, t, st, width)
    out += [Step(), PageBreak()]      # the summary stands on its own page(s); the chapters follow
    for section in report.sections:
        check()
        out += chapter(section, lang, t, st, width, wide)
        out.append(Step())
    if tables_appended and report.all_tables:
        out += [PageBreak(), st.p(t.appendix, st.h1), st.p(t.appendix_intro, st.body)]
        for section in report.sections:
            for table in section.tables:
                check()
                out += table_block(table, lang, t, st, width, wide, context=section.title)
    return _tidy(out)


def _tidy(flowables: list) -> list:
    """No page break right after another (an empty page) and none before the last Step (a trailing
    zero-size flowable after a break would open an empty last page)."""
    out: list = []
    broken = False
    for f in flowables:
        if isinstance(f, PageBreak):
            if broken:
                continue
            broken = True
        elif not isinstance(f, (NextPageTemplate, Step)):
            broken = False
        out.append(f)
    tail: list = []
    while out and isinstance(out[-1], (Step, PageBreak, NextPageTemplate)):
        tail.insert(0, out.pop())
    return out + [f for f in tail if isinstance(f, Step)] + [f for f in tail if not isinstance(f, Step)]


def cover(report: Report, t: Texts, st: Styles, width: float) -> list:
    p = st.p
    out: list = [Spacer(1, 38 * mm)]
    if report.params.department:
        out.append(p(report.params.department.upper(), st.kicker))
    out += [Spacer(1, 4), p(report.title, st.cover_title)]
    if report.subtitle:
        out.append(p(report.subtitle, st.cover_subtitle))
    rule = RLTable([[""]], colWidths=[width], rowHeights=[2])
    rule.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.5, ACCENT)]))
    out += [Spacer(1, 10 * mm), rule, Spacer(1, 8 * mm)]
    rows = [[p(label, st.cover_label), p(value, st.cover_value)] for label, value in t.cover_rows]
    details = RLTable(rows, colWidths=[45 * mm, width - 45 * mm], hAlign="LEFT")
    details.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    out.append(details)
    if t.copy_for:
        box = RLTable([[p(t.copy_for, st.copy_for)]], colWidths=[width], hAlign="LEFT")
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, ACCENT), ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 8),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]))
        out += [Spacer(1, 14 * mm), box]
    if report.sections:
        out += [Spacer(1, 14 * mm), p(t.contents, st.h3)]
        out += [p(section.title, st.bullet, bulletText="\u2013") for section in report.sections]
    return out


def summary(report: Report, lang: ReportLanguage, t: Texts, st: Styles, width: float) -> list:
    out: list = [st.p(t.summary, st.h1)]
    out += [st.p(sentence, st.bullet, bulletText="\u2022") for sentence in report.summary]
    groups = [(s.title, s.facts) for s in report.sections if s.facts]
    if groups:
        out += [CondPageBreak(45 * mm), st.p(t.key_figures, st.h2)]
        for title, facts in groups:
            if len(groups) > 1:
                out += [CondPageBreak(35 * mm), st.p(title, st.h3)]
            out.append(key_figures(facts, lang, t, st, width))
    if report.notes:
        out += [st.p(t.notes, st.h2), *[st.p(note, st.bullet, bulletText="\u2013") for note in report.notes],
                Step()]
    return out


def key_figures(facts: tuple[Fact, ...], lang: ReportLanguage, t: Texts, st: Styles, width: float) -> RLTable:
    """The figures as cards, three to a row: label, value, change (▲/▼ in the good or bad colour), previous
    value, target attainment."""
    gap = 3 * mm
    card_w = (width - gap * (CARDS_PER_ROW - 1)) / CARDS_PER_ROW
    cards = []
    for fact in facts:
        value = fact_value(lang, fact)
        size = next((size for size in (15, 13, 11.5) if stringWidth(value, BOLD, size) <= card_w - 13), 10)
        content = [st.p(fact.label, st.fig_label),
                   st.p(value, st.fig_value.clone("fvx", fontSize=size, leading=size * 1.27))]
        for text, colour in fact_lines(t, lang, fact):
            content.append(st.p(text, st.fig_line.clone("fxc", textColor=colour)))
        cards.append(content)
    rows, style = [], [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                       ("RIGHTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 5),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]
    for r in range(0, len(cards), CARDS_PER_ROW):
        row = []
        for c in range(CARDS_PER_ROW):
            i = r + c
            if i < len(cards):
                col, line = c * 2, len(rows) * 2
                style += [("BACKGROUND", (col, line), (col, line), SHADE),
                          ("LINEBEFORE", (col, line), (col, line), 2, ACCENT)]
            row += [cards[i] if i < len(cards) else "", ""]
        rows += [row[:-1], [""] * (CARDS_PER_ROW * 2 - 1)]   # a gap column between cards, a gap row below
    widths = []
    for c in range(CARDS_PER_ROW):
        widths += [card_w, gap]
    heights = [None if i % 2 == 0 else gap for i in range(len(rows))]
    grid = RLTable(rows, colWidths=widths[:-1], rowHeights=heights, hAlign="LEFT")
    style += [("TOPPADDING", (0, i), (-1, i), 0) for i in range(1, len(rows), 2)]
    style += [("BOTTOMPADDING", (0, i), (-1, i), 0) for i in range(1, len(rows), 2)]
    grid.setStyle(TableStyle(style))
    return grid


def chapter(section: Section, lang: ReportLanguage, t: Texts, st: Styles, width: float, wide: float) -> list:
    p = st.p
    out: list = [CondPageBreak(60 * mm), p(section.title, st.h1.clone("chapter", spaceBefore=12))]
    if section.sentences:
        out.append(p(" ".join(section.sentences), st.body))
    if section.method:
        box = RLTable([[[p(t.method, st.h3.clone("mh", spaceBefore=0)), p(section.method, st.method)]]],
                      colWidths=[width], hAlign="LEFT")
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SHADE),
                                 ("LINEBEFORE", (0, 0), (0, -1), 2, LINE), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 5),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
        out += [Spacer(1, 2), box, Spacer(1, 6)]
    out += charts(section.series, lang, st, width)
    for table in section.tables:
        if table.pdf:
            out += table_block(table, lang, t, st, width, wide)
    return out


def charts(series: tuple[Series, ...], lang: ReportLanguage, st: Styles, width: float) -> list:
    """Each chart under its title, in order; two compact ones in a row (a few categories, like three teams)
    stand side by side, a compact one on its own takes the width at the compact height."""
    out: list = []
    half = (width - CHART_GAP) / 2
    compact = [len(one.categories) <= COMPACT_CATEGORIES and len(one.lines) <= 4 for one in series]
    i = 0
    while i < len(series):
        if compact[i] and i + 1 < len(series) and compact[i + 1]:
            pair = [[st.p(one.title, st.h3), chart_drawing(one, lang, half, COMPACT_HEIGHT)]
                    for one in series[i:i + 2]]
            out.append(_side_by_side(pair, half))
            i += 2
            continue
        height = COMPACT_HEIGHT if compact[i] else CHART_HEIGHT
        out.append(KeepTogether([st.p(series[i].title, st.h3), chart_drawing(series[i], lang, width, height),
                                 Spacer(1, 4 * mm)]))
        i += 1
    return out


def _side_by_side(cells: list, half: float) -> RLTable:
    grid = RLTable([[cells[0], "", cells[1]]], colWidths=[half, CHART_GAP, half], hAlign="LEFT")
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm)]))
    return grid


def table_block(table: Table, lang: ReportLanguage, t: Texts, st: Styles, width: float, wide: float, *,
                context: str | None = None) -> list:
    """The table with its title and note (PagedTable keeps them together; in the appendix the chapter's
    name stands over the title). A table whose columns fit the page only in the smallest type or squeezed
    gets landscape pages of its own (half as wide again)."""
    if not table.columns:
        return []
    upright = PagedTable(table, lang, st, t, width, context=context)
    if not upright.cramped or wide <= width:
        return [upright]
    sideways = PagedTable(table, lang, st, t, wide, context=context)
    return [NextPageTemplate("wide"), PageBreak(), sideways, NextPageTemplate("body"), PageBreak()]
