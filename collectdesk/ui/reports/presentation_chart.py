"""A chart for a slide, drawn with QPainter from reports.slides.Chart: lines, grouped bars or stacked bars.

Built for the back of a room rather than for a pane: thick lines (7 px at full size), values written on the
chart (each point of a short single line, each bar, the end of every line), axis labels at 30 px, a legend
only when there is more than one line, few grid lines. Category labels that do not fit their slot get a
smaller font, then only every second (third, ...) label is shown, never an overlap or an ellipsis. Every
label is formatted in the report's language already (slides.chart_of); this module only places them.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from collectdesk.reports.model import SeriesKind
from collectdesk.reports.slides import Chart
from collectdesk.ui.reports.slide_items import (CENTRE, LEFT, RIGHT, WRAP, BoxItem, Item, LineItem, ShapeItem,
                                                TextItem, TOP_CENTRE, fit_font, fits, fitted, font)

# strong colours that stay apart on a washed-out projector; the first is the slides' accent blue
PALETTE = ("#1d4e89", "#c2410c", "#0f766e", "#7e22ce", "#a16207", "#be123c", "#475569")
TEXT = QColor("#0f172a")
MUTED = QColor("#475569")
GRID = QColor("#cbd5e1")
AXIS = QColor("#64748b")
WHITE = QColor("#ffffff")
SMALLEST_CATEGORY_PX = 22     # at full size; below this, labels are thinned out instead
EACH_POINT_LABELLED = 8       # a single line with at most this many points has every value written
THIN_OUT_FROM = 12            # more categories than this are a run (weeks, days): every k-th label is shown


def colour(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


def layout_chart(chart: Chart | None, rect: QRectF, u: float, family: str) -> list[Item]:
    if chart is None or not chart.categories or rect.height() < 40 * u:
        return []
    items: list[Item] = []
    header = _header(chart, rect, u, family, items)
    tick_font = font(family, 30 * u)
    tm = QFontMetricsF(tick_font)
    gutter = max((tm.horizontalAdvance(label) for _v, label in chart.ticks), default=0) + 20 * u
    gutter = min(gutter, rect.width() * 0.25)
    end_labels = chart.kind == SeriesKind.LINE and not _each_point(chart)
    value_font = font(family, 30 * u, QFont.Weight.Bold)
    right = 12 * u
    if end_labels:
        vm = QFontMetricsF(value_font)
        right = min(rect.width() * 0.2, max(vm.horizontalAdvance(line.labels[_last(line.values)])
                                           for line in chart.lines if _last(line.values) >= 0) + 28 * u
                    if any(_last(line.values) >= 0 for line in chart.lines) else 12 * u)
    category_h = 84 * u
    plot = QRectF(rect.left() + gutter, header + 46 * u, rect.width() - gutter - right,
                  rect.bottom() - category_h - header - 46 * u)
    if plot.height() < 20 * u or plot.width() < 40 * u:
        return items
    span = (chart.high - chart.low) or 1.0

    def y_of(value: float) -> float:
        return plot.bottom() - (value - chart.low) / span * plot.height()

    for value, label in chart.ticks:
        y = y_of(value)
        items.append(LineItem([QPointF(plot.left(), y), QPointF(plot.right(), y)], GRID, 2 * u))
        box = QRectF(rect.left(), y - 22 * u, gutter - 16 * u, 44 * u)
        items.append(fitted(label, box, tick_font, MUTED, RIGHT, role="tick"))
    base = y_of(min(max(0.0, chart.low), chart.high))
    items.append(LineItem([QPointF(plot.left(), base), QPointF(plot.right(), base)], AXIS, 3 * u))
    slot = plot.width() / len(chart.categories)
    items += _categories(chart, plot, slot, category_h, u, family)
    if chart.kind == SeriesKind.LINE:
        items += _lines(chart, plot, slot, y_of, u, value_font, right)
    elif chart.kind == SeriesKind.BAR:
        items += _bars(chart, plot, slot, y_of, base, u, family)
    else:
        items += _stacks(chart, plot, slot, y_of, base, u, family)
    return items


def _last(values) -> int:
    """The index of the last value that is not None, or -1."""
    for i in range(len(values) - 1, -1, -1):
        if values[i] is not None:
            return i
    return -1


def _each_point(chart: Chart) -> bool:
    return len(chart.lines) == 1 and len(chart.categories) <= EACH_POINT_LABELLED


def _header(chart: Chart, rect: QRectF, u: float, family: str, items: list[Item]) -> float:
    """The unit caption (left) and the legend (right) on one row; returns the row's bottom."""
    legend = len(chart.lines) > 1
    if not legend and not chart.unit:
        return rect.top()
    row = QRectF(rect.left(), rect.top(), rect.width(), 44 * u)
    caption_w = 0.0
    if chart.unit:
        caption = fitted(chart.unit, QRectF(row.left(), row.top(), min(row.width() * 0.3, 400 * u), row.height()),
                         font(family, 30 * u, QFont.Weight.DemiBold), MUTED, LEFT, role="unit")
        items.append(caption)
        caption_w = QFontMetricsF(caption.font).horizontalAdvance(caption.text) + 40 * u
    if legend:
        swatch, gap = 28 * u, 40 * u
        names = [line.name for line in chart.lines]
        width = row.width() - caption_w
        fnt = font(family, 30 * u)
        while True:
            fm = QFontMetricsF(fnt)
            needed = sum(swatch + 12 * u + fm.horizontalAdvance(n) for n in names) + gap * (len(names) - 1)
            if needed <= width or fnt.pixelSize() <= 10:
                break
            fnt.setPixelSize(max(10, round(fnt.pixelSize() * 0.94)))
        x = row.right() - min(needed, width)
        for i, name in enumerate(names):
            side = min(swatch, fnt.pixelSize() * 0.9)
            items.append(BoxItem(QRectF(x, row.center().y() - side / 2, side, side), colour(i), 4 * u))
            x += side + 12 * u
            text_w = fm.horizontalAdvance(name) + 1
            items.append(fitted(name, QRectF(x, row.top(), min(text_w, row.right() - x), row.height()), fnt, TEXT,
                                LEFT, role="legend"))
            x += text_w + gap
    return row.bottom()


def _categories(chart: Chart, plot: QRectF, slot: float, height: float, u: float, family: str) -> list[Item]:
    """The category labels under the plot, all at one size. A long run of categories (weeks, days) shows
    every k-th label on one line rather than small ones. A few named categories keep every label: on one
    line, or on two when that makes them clearly larger (two-word labels such as "Nov 2025" then all break
    at their space, so they stand alike)."""
    n = len(chart.categories)
    start = font(family, 30 * u)
    box_h = height - 12 * u
    labels = list(chart.categories)

    def size(step: int, flags: int) -> int:
        box = QRectF(0, 0, slot * step - 10 * u, box_h)
        return min(fit_font(labels[i], box, start, flags).pixelSize() for i in range(0, n, step))

    step, flags = 1, CENTRE
    px = size(1, CENTRE)
    if n > THIN_OUT_FROM:
        while px < 28 * u and step < n:
            step += 1
            px = size(step, CENTRE)
    elif px < 28 * u:
        single = labels
        labels = [label.replace(" ", "\n") if label.count(" ") == 1 else label for label in single]
        wrapped = size(1, WRAP | TOP_CENTRE)
        if wrapped >= px * 1.15 or px < SMALLEST_CATEGORY_PX * u:
            flags, px = WRAP | TOP_CENTRE, wrapped
            while px < SMALLEST_CATEGORY_PX * u and step < n:
                step += 1
                px = size(step, flags)
        else:
            labels = single
    fnt = font(family, px)
    items: list[Item] = []
    box_w = slot * step - 10 * u
    for i in range(0, n, step):
        centre = plot.left() + slot * (i + 0.5)
        box = QRectF(centre - box_w / 2, plot.bottom() + 12 * u, box_w, box_h if flags & WRAP else 44 * u)
        items.append(fitted(labels[i], box, fnt, TEXT, flags, role="category"))
    return items


def _lines(chart: Chart, plot: QRectF, slot: float, y_of, u: float, value_font: QFont, right: float) -> list[Item]:
    items: list[Item] = []
    ends: list[tuple[float, str, QColor]] = []
    for index, line in enumerate(chart.lines):
        tone = colour(index)
        run: list[QPointF] = []
        points = []
        for i, value in enumerate(line.values):
            if value is None:
                if len(run) > 1:
                    items.append(LineItem(run, tone, 7 * u))
                run = []
                continue
            point = QPointF(plot.left() + slot * (i + 0.5), y_of(value))
            run.append(point)
            points.append((i, point))
        if len(run) > 1:
            items.append(LineItem(run, tone, 7 * u))
        for _i, point in points:
            r = 9 * u
            items.append(ShapeItem(color=tone, dot=QRectF(point.x() - r, point.y() - r, 2 * r, 2 * r),
                                   ring=WHITE, ring_width=3 * u))
        if _each_point(chart):
            for i, point in points:
                box = QRectF(point.x() - slot / 2, point.y() - 58 * u, slot, 44 * u)
                if box.top() < plot.top() - 46 * u:
                    box.moveTop(point.y() + 16 * u)
                items += _haloed(fitted(line.labels[i], box, value_font, tone, CENTRE, role="value"), u)
        elif points:
            i, point = points[-1]
            ends.append((point.y(), line.labels[i], tone))
    # end labels right of the plot, pushed apart so they never overlap
    height = 40 * u
    ends.sort()
    placed: list[float] = []
    for y, _label, _tone in ends:
        top = max(y - height / 2, placed[-1] + height if placed else plot.top() - 46 * u)
        placed.append(top)
    overflow = (placed[-1] + height - (plot.bottom() + 40 * u)) if placed else 0
    for k, (_y, label, tone) in enumerate(ends):
        top = placed[k] - max(0.0, overflow)
        box = QRectF(plot.right() + 14 * u, top, right - 16 * u, height)
        items += _haloed(fitted(label, box, value_font, tone, LEFT, role="value"), u)
    return items


def _haloed(label: TextItem, u: float) -> list[Item]:
    """A value label on a white patch, so a line or a grid line running behind it does not cut through."""
    drawn = QFontMetricsF(label.font).boundingRect(label.rect, label.flags, label.text)
    return [BoxItem(drawn.adjusted(-6 * u, -1 * u, 6 * u, 1 * u), WHITE, 6 * u), label]


def _bars(chart: Chart, plot: QRectF, slot: float, y_of, base: float, u: float, family: str) -> list[Item]:
    items: list[Item] = []
    count = len(chart.lines)
    group = slot * (0.62 if count == 1 else 0.8)
    width = group / count
    label_font = font(family, 30 * u, QFont.Weight.Bold)
    labels: list[TextItem] = []
    for index, line in enumerate(chart.lines):
        for i, value in enumerate(line.values):
            if value is None:
                continue
            x = plot.left() + slot * (i + 0.5) - group / 2 + index * width
            y = y_of(value)
            rect = QRectF(x + 2 * u, min(y, base), width - 4 * u, abs(base - y))
            items.append(BoxItem(rect, colour(index), 3 * u))
            box_w = max(width, slot / count)
            box = QRectF(x + width / 2 - box_w / 2, (y - 46 * u) if value >= 0 else (y + 4 * u), box_w, 42 * u)
            labels.append(fitted(line.labels[i], box, label_font, TEXT if count == 1 else colour(index), CENTRE,
                                 role="value"))
    # values on bars only when they are large enough to read; otherwise the axis tells
    if labels and min(t.font.pixelSize() for t in labels) >= 20 * u and all(fits(t) for t in labels):
        items += labels
    return items


def _stacks(chart: Chart, plot: QRectF, slot: float, y_of, base: float, u: float, family: str) -> list[Item]:
    items: list[Item] = []
    width = slot * 0.55
    inside = font(family, 28 * u, QFont.Weight.Bold)
    for i in range(len(chart.categories)):
        x = plot.left() + slot * (i + 0.5) - width / 2
        total = 0.0
        for index, line in enumerate(chart.lines):
            value = line.values[i] if i < len(line.values) else None
            if not value or value < 0:
                continue
            y0, y1 = y_of(total), y_of(total + value)
            rect = QRectF(x, y1, width, y0 - y1)
            items.append(BoxItem(rect, colour(index)))
            label = fitted(line.labels[i], rect.adjusted(6 * u, 2 * u, -6 * u, -2 * u), inside, WHITE, CENTRE,
                           role="value")
            if label.font.pixelSize() >= 20 * u and rect.height() >= 34 * u and fits(label):
                items.append(label)
            total += value
        if total:
            box = QRectF(x - slot * 0.2, y_of(total) - 48 * u, width + slot * 0.4, 44 * u)
            if i < len(chart.totals) and chart.totals[i]:
                items.append(fitted(chart.totals[i], box, font(family, 30 * u, QFont.Weight.Bold), TEXT, CENTRE,
                                    role="value"))
    return items
