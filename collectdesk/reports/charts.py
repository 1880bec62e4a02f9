"""Charts for the PDF report (ReportLab graphics) from a report's Series: line, grouped bar and stacked bar.

    chart_drawing(series, lang, width, height=62 * mm) -> Drawing     (a flowable; the title is the caller's)

Readable on paper: the value axis starts at zero when every value is positive and steps in round numbers,
its labels in the report language's number format (1.250.000 in German, 1 250 000 in Polish) with the
series' unit above the axis; category labels are thinned out (every 2nd, 3rd... when a month of days is
charted) or slanted (long names of collectors) so that none overlap; a legend under the plot when there
is more than one line, or when the single line has a name other than the chart's title.

Greyscale: the palette steps through lightness (navy, orange, pale blue, green, black, white) and bars have a dark
outline, so a black-and-white copy still tells the series apart; lines differ in dash pattern and marker too.

A Series with unit "%" carries fractions like the model's PERCENT values (0.125 is 12.5 %), charted as
percentages. None values leave a gap (lines) or no bar.
"""

from __future__ import annotations

import math
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from collectdesk.reports.fonts import register_fonts
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import Series, SeriesKind

# lightness in grey (0.299 R + 0.587 G + 0.114 B): 0.22, 0.67, 0.87, 0.43, 0.07, 1.0 (outlined): the first
# three far apart, every one apart from its neighbours in the stack
PALETTE = [colors.HexColor(c) for c in ("#1f3b73", "#f0a030", "#cfe1f2", "#3f8f3f", "#111111", "#ffffff")]
# a pale line would vanish on paper: lines use a mid blue instead (their dash and marker set them apart)
LINE_PALETTE = [*PALETTE[:2], colors.HexColor("#6b9ac4"), *PALETTE[3:5], colors.HexColor("#8a8a8a")]
DASHES = [None, (5, 2), (1.5, 1.5), (6, 2, 1.5, 2), (3, 3), None]
MARKERS = ["FilledCircle", "FilledSquare", "FilledDiamond", "FilledTriangle", "Circle", "Square"]
OUTLINE = colors.HexColor("#333333")
GRID = colors.HexColor("#d5dae0")
TEXT = colors.HexColor("#333333")
FONT_SIZE = 7.5
LEGEND_ROW = 11
BAR_MAX = 34     # points: the widest a bar is drawn
MAX_LABEL = 24   # characters of a category label before it is cut with an ellipsis


def chart_drawing(series: Series, lang: ReportLanguage, width: float, height: float = 62 * mm) -> Drawing:
    """The chart as a Drawing `width` wide: `height` for the plot and its axes, plus the legend's rows."""
    font = register_fonts()
    percent = (series.unit or "").strip() == "%"
    names = [name for name, _ in series.lines]
    data = [[None if v is None else float(Decimal(v) * 100 if percent else v) for v in values]
            for _, values in series.lines]
    categories = [_cut(c) for c in series.categories]
    stacked = series.kind == SeriesKind.STACKED_BAR
    lo, hi, step = _value_range(data, stacked)
    places = _places(step)

    def label(value: float) -> str:
        return lang.decimal(Decimal(repr(value)), places)

    # the legend, when it says something the title does not
    legend = len(names) > 1 or (names and names[0].strip() and names[0].strip() != series.title.strip())
    legend_rows = _legend_rows(names, width, font) if legend else []
    drawing = Drawing(width, height + len(legend_rows) * LEGEND_ROW)
    base = len(legend_rows) * LEGEND_ROW

    ticks = [lo + i * step for i in range(int(round((hi - lo) / step)) + 1)]
    left = max(stringWidth(label(t), font, FONT_SIZE) for t in ticks) + 8
    top = 12 if series.unit else 4
    plot_w = width - left - 6
    slot = plot_w / max(1, len(categories))
    widest = max((stringWidth(c, font, FONT_SIZE) for c in categories), default=0)
    every, angle = 1, 0
    if widest + 4 > slot:
        if len(categories) > 12 or widest > 3 * slot:   # a long time line: every n-th label, level
            every = math.ceil((widest + 6) / slot)
        else:                                             # a few long names: slanted
            angle = 35
    bottom = 14 if not angle else 8 + widest * math.sin(math.radians(angle)) + FONT_SIZE
    plot_h = height - top - bottom

    if series.kind == SeriesKind.LINE:
        chart = HorizontalLineChart()
        chart.joinedLines = 1
        for i in range(len(data)):
            style = chart.lines[i]
            style.strokeColor = LINE_PALETTE[i % len(LINE_PALETTE)]
            style.strokeWidth = 1.6
            if DASHES[i % len(DASHES)]:
                style.strokeDashArray = DASHES[i % len(DASHES)]
            if len(categories) <= 24:
                marker = makeMarker(MARKERS[i % len(MARKERS)])
                marker.size = 4
                marker.fillColor = marker.strokeColor = style.strokeColor
                style.symbol = marker
    else:
        chart = VerticalBarChart()
        chart.categoryAxis.style = "stacked" if stacked else "parallel"
        # bars take at most 70 % of their category's width and are never wider than BAR_MAX, so three teams
        # do not come out as three slabs (widths are in units of barWidth = 10)
        bars = 1 if stacked else max(1, len(data))
        share = min(0.7, BAR_MAX * bars / slot)
        chart.barWidth, chart.barSpacing = 10, 1 if bars > 1 else 0
        chart.groupSpacing = max(2.0, bars * 10 / share - bars * 10 - (bars - 1) * chart.barSpacing)
        for i in range(len(data)):
            chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
            chart.bars[i].strokeColor = OUTLINE
            chart.bars[i].strokeWidth = 0.3
    chart.x, chart.y, chart.width, chart.height = left, base + bottom, plot_w, plot_h
    chart.data = [[0 if v is None and series.kind != SeriesKind.LINE else v for v in row] for row in data] or [[0]]

    values = chart.valueAxis
    values.valueMin, values.valueMax, values.valueStep = lo, hi, step
    values.labelTextFormat = label
    values.labels.fontName, values.labels.fontSize, values.labels.fillColor = font, FONT_SIZE, TEXT
    values.visibleGrid = 1
    values.gridStrokeColor, values.gridStrokeWidth = GRID, 0.4
    values.strokeColor = OUTLINE
    values.strokeWidth = 0.4

    axis = chart.categoryAxis
    axis.categoryNames = [c if i % every == 0 else "" for i, c in enumerate(categories)]
    axis.labels.fontName, axis.labels.fontSize, axis.labels.fillColor = font, FONT_SIZE, TEXT
    axis.labels.dy = -3
    axis.strokeColor, axis.strokeWidth = OUTLINE, 0.5
    axis.tickDown = 2
    axis.labelAxisMode = "low"   # the labels under the plot, not on the zero line among negative bars
    if angle:
        axis.labels.angle = angle
        axis.labels.boxAnchor = "ne"
        axis.labels.dx = 2
    drawing.add(chart)

    if series.unit:
        drawing.add(String(2, base + height - 8, series.unit, fontName=font, fontSize=FONT_SIZE, fillColor=TEXT))
    if not any(v is not None for row in data for v in row):
        drawing.add(String(left + plot_w / 2, base + bottom + plot_h / 2, "\u2013", fontName=font, fontSize=12,
                           fillColor=TEXT, textAnchor="middle"))
    _draw_legend(drawing, legend_rows, series.kind, left, font)
    drawing.hAlign = "LEFT"
    return drawing


def _cut(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[:MAX_LABEL - 1].rstrip() + "\u2026"


def _value_range(data: list[list[float | None]], stacked: bool) -> tuple[float, float, float]:
    """Round bounds and step for about five grid lines; zero always on the axis."""
    if stacked and data:
        sums = [sum(row[i] or 0 for row in data if i < len(row)) for i in range(max(len(r) for r in data))]
        negs = [sum(min(row[i] or 0, 0) for row in data if i < len(row)) for i in range(max(len(r) for r in data))]
        values = sums + negs
    else:
        values = [v for row in data for v in row if v is not None]
    lo, hi = min([0.0, *values]), max([0.0, *values])
    if hi == lo:
        hi = lo + 1
    raw = (hi - lo) / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return math.floor(lo / step) * step, math.ceil(hi / step) * step, step


def _places(step: float) -> int:
    """Decimals the axis labels need: 2.5 -> 1, 0.25 -> 2, 500 -> 0."""
    exponent = Decimal(repr(step)).normalize().as_tuple().exponent
    return min(3, max(0, -int(exponent)))


def _legend_rows(names: list[str], width: float, font: str) -> list[list[tuple[int, str]]]:
    rows: list[list[tuple[int, str]]] = [[]]
    used = 0.0
    for i, name in enumerate(names):
        item = 22 + stringWidth(name, font, FONT_SIZE) + 12
        if rows[-1] and used + item > width:
            rows.append([])
            used = 0.0
        rows[-1].append((i, name))
        used += item
    return rows


def _draw_legend(drawing: Drawing, rows, kind: SeriesKind, left: float, font: str) -> None:
    y = len(rows) * LEGEND_ROW - LEGEND_ROW + 3
    for row in rows:
        x = left
        for i, name in row:
            colour = (LINE_PALETTE if kind == SeriesKind.LINE else PALETTE)[i % len(PALETTE)]
            if kind == SeriesKind.LINE:
                drawing.add(Line(x, y + 3, x + 18, y + 3, strokeColor=colour, strokeWidth=1.6,
                                 strokeDashArray=DASHES[i % len(DASHES)]))
                marker = makeMarker(MARKERS[i % len(MARKERS)], x=x + 9, y=y + 3, size=4)
                marker.fillColor = marker.strokeColor = colour
                drawing.add(marker)
            else:
                drawing.add(Rect(x + 4, y - 1, 10, 8, fillColor=colour, strokeColor=OUTLINE, strokeWidth=0.3))
            drawing.add(String(x + 22, y, name, fontName=font, fontSize=FONT_SIZE, fillColor=TEXT))
            x += 22 + stringWidth(name, font, FONT_SIZE) + 12
        y -= LEGEND_ROW

