"""The dashboard's charts (QtCharts): accounts by aging bucket, and the weekly collections trend.

Money stays Decimal in the data; it becomes a float only here, as a plotting coordinate. Every label a
person reads (axis labels, tooltips) is formatted from the Decimal through collectdesk.i18n.
Colours follow the palette: the plot sits on the Base colour with a Mid border, like the figure tiles,
and each currency keeps one colour in both charts (a lighter variant on dark themes).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCharts import (QBarCategoryAxis, QBarSet, QChart, QChartView, QLineSeries, QStackedBarSeries,
                              QValueAxis)
from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from collectdesk import i18n
from collectdesk.domain.aging import BUCKET_BOUNDS, AgingBucket
from collectdesk.services.dashboard import AgingRow, TrendPoint
from collectdesk.ui.dashboard.figure_tile import is_dark

# One colour per currency, in the order of DashboardFigures.currencies (mid-tone: legible on white and,
# lightened, on a dark base).
SERIES_COLOURS = ("#3e6fb0", "#e07b20", "#3f8f4a", "#9c5fa0", "#2f918c", "#b8860b", "#c0504d")


def series_colour(index: int, palette: QPalette) -> QColor:
    colour = QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])
    return colour.lighter(135) if is_dark(palette) else colour


def bucket_label(bucket: AgingBucket) -> str:
    """The name of an aging bucket for tooltips and accessible names."""
    labels = {
        AgingBucket.CURRENT: QCoreApplication.translate("Dashboard", "Not yet due"),
        AgingBucket.D1_30: QCoreApplication.translate("Dashboard", "1\u201330 days past due"),
        AgingBucket.D31_60: QCoreApplication.translate("Dashboard", "31\u201360 days past due"),
        AgingBucket.D61_90: QCoreApplication.translate("Dashboard", "61\u201390 days past due"),
        AgingBucket.D91_180: QCoreApplication.translate("Dashboard", "91\u2013180 days past due"),
        AgingBucket.D180_PLUS: QCoreApplication.translate("Dashboard", "Over 180 days past due"),
    }
    return labels[AgingBucket(bucket)]


def bucket_tile_label(bucket: AgingBucket) -> str:
    """The caption of a bucket's tile, under the heading "Open accounts by days past due"."""
    labels = {
        AgingBucket.CURRENT: QCoreApplication.translate("Dashboard", "Not yet due"),
        AgingBucket.D1_30: QCoreApplication.translate("Dashboard", "1\u201330 days"),
        AgingBucket.D31_60: QCoreApplication.translate("Dashboard", "31\u201360 days"),
        AgingBucket.D61_90: QCoreApplication.translate("Dashboard", "61\u201390 days"),
        AgingBucket.D91_180: QCoreApplication.translate("Dashboard", "91\u2013180 days"),
        AgingBucket.D180_PLUS: QCoreApplication.translate("Dashboard", "Over 180 days"),
    }
    return labels[AgingBucket(bucket)]


def bucket_axis_label(bucket: AgingBucket) -> str:
    """The short name under a bar (the axis title says "days past due")."""
    labels = {
        AgingBucket.CURRENT: QCoreApplication.translate("Dashboard", "Not due", "aging bucket, short"),
        AgingBucket.D1_30: QCoreApplication.translate("Dashboard", "1\u201330", "aging bucket, short"),
        AgingBucket.D31_60: QCoreApplication.translate("Dashboard", "31\u201360", "aging bucket, short"),
        AgingBucket.D61_90: QCoreApplication.translate("Dashboard", "61\u201390", "aging bucket, short"),
        AgingBucket.D91_180: QCoreApplication.translate("Dashboard", "91\u2013180", "aging bucket, short"),
        AgingBucket.D180_PLUS: QCoreApplication.translate("Dashboard", "180+", "aging bucket, short"),
    }
    return labels[AgingBucket(bucket)]


def nice_axis(value: float) -> tuple[float, int]:
    """A round upper bound above `value` (1, 2, 2.5 or 5 times a power of ten) and a tick count that
    puts the grid lines on round numbers too."""
    if value <= 0:
        return 1.0, 2
    power = 10.0 ** (len(str(int(value))) - 1)
    for step, ticks in ((1, 6), (2, 5), (2.5, 6), (5, 6), (10, 6)):
        if value <= step * power:
            return step * power, ticks
    return 10.0 * power, 6  # pragma: no cover


class _ChartView(QChartView):
    """Common set-up: a palette-coloured, antialiased chart with localised axis numbers."""

    def __init__(self, parent: QWidget | None = None):
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)  # the height is the scarce side
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.setBackgroundRoundness(8)
        chart.layout().setContentsMargins(0, 0, 0, 0)
        super().__init__(chart, parent)
        chart.plotAreaChanged.connect(lambda _rect: self._fit_categories())
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QChartView.Shape.NoFrame)
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._currencies: tuple[str, ...] = ()

    def sizeHint(self) -> QSize:
        # QGraphicsView's hint follows the scene, which grows with every resize and never shrinks; the
        # pane's scroll area lays out by preferred heights, so a growing hint would push the charts
        # ever taller. Ask for the minimum and let the layout stretch the charts into spare room.
        return QSize(360, self.minimumHeight())

    def _style(self) -> None:
        """Apply the palette and the language's number format to the chart and its axes."""
        pal = self.palette()
        chart = self.chart()
        text = pal.color(QPalette.ColorRole.Text)
        mid = pal.color(QPalette.ColorRole.Mid)
        grid = QColor(mid)
        grid.setAlpha(110)
        self.setBackgroundBrush(pal.color(QPalette.ColorRole.Window))
        chart.setBackgroundBrush(pal.color(QPalette.ColorRole.Base))
        chart.setBackgroundPen(QPen(mid, 1))
        chart.setTitleBrush(text)
        chart.setLocalizeNumbers(True)
        chart.setLocale(i18n.locale())
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)
        chart.legend().setLabelColor(text)
        chart.legend().setFont(small)
        for axis in chart.axes():
            axis.setLabelsBrush(text)
            axis.setLabelsFont(small)
            axis.setTitleBrush(text)
            axis.setTitleFont(small)
            axis.setLinePenColor(mid)
            axis.setGridLineColor(grid)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.rebuild()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_categories()

    def _fit_categories(self) -> None:
        """Category labels (a translation may be long) shrink, down to 3/4 of the normal size, before
        QtCharts cuts them short with an ellipsis."""
        axes = [a for a in self.chart().axes(Qt.Orientation.Horizontal) if isinstance(a, QBarCategoryAxis)]
        if not axes or not axes[0].count():
            return
        axis = axes[0]
        # QtCharts' own rule (horizontalaxis.cpp): width / (categories + 1) - 2 x label padding (5 px)
        room = self.chart().plotArea().width() / (axis.count() + 1) - 12
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 0.9)
        smallest = self.font().pointSizeF() * 0.75
        labels = axis.categories()
        while room > 0 and font.pointSizeF() - 0.25 >= smallest and \
                max(QFontMetrics(font).horizontalAdvance(t) for t in labels) > room:
            font.setPointSizeF(font.pointSizeF() - 0.25)
        if font != axis.labelsFont():
            axis.setLabelsFont(font)

    def rebuild(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.rebuild()

    def _reset(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
            axis.deleteLater()
        return chart

    def _to_view(self, value: QPointF, series) -> QPoint:
        scene = self.chart().mapToPosition(value, series)
        return self.mapFromScene(self.chart().mapToScene(scene))


class AgingChart(_ChartView):
    """Open accounts per aging bucket, one stacked segment per currency. A click on a bar emits
    `bucket_clicked` with the AgingBucket value ("current", "1-30", ...)."""

    bucket_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: tuple[AgingRow, ...] = ()
        self.series: QStackedBarSeries | None = None
        self.rebuild()

    def set_data(self, rows: Sequence[AgingRow], currencies: Sequence[str]) -> None:
        self._rows = tuple(rows)
        self._currencies = tuple(currencies)
        self.rebuild()

    def rebuild(self) -> None:
        chart = self._reset()
        buckets = [b for b, _lo, _hi in BUCKET_BOUNDS]
        rows = {r.bucket: r for r in self._rows}
        series = QStackedBarSeries()
        series.setBarWidth(0.6)
        currencies = self._currencies or ("",)
        top = 0
        for i, cur in enumerate(currencies):
            bar_set = QBarSet(cur)
            colour = series_colour(i, self.palette())
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            for b in buckets:
                row = rows.get(b)
                bar_set.append(float(row.counts.get(cur, 0)) if row else 0.0)
            bar_set.clicked.connect(self._clicked)
            bar_set.hovered.connect(self._hovered)
            series.append(bar_set)
        for b in buckets:
            row = rows.get(b)
            top = max(top, row.count if row else 0)
        chart.addSeries(series)
        self.series = series
        x_axis = QBarCategoryAxis()
        x_axis.append([bucket_axis_label(b) for b in buckets])
        y_axis = QValueAxis()
        high, ticks = nice_axis(top)
        y_axis.setRange(0, high)
        y_axis.setTickCount(ticks)
        y_axis.setLabelFormat("%.0f")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        chart.legend().setVisible(bool(self._currencies))
        self.setAccessibleName(self.tr("Open accounts by days past due"))
        self._style()
        self._fit_categories()

    def _bucket(self, index: int) -> AgingBucket:
        return BUCKET_BOUNDS[index][0]

    def _clicked(self, index: int) -> None:
        if 0 <= index < len(BUCKET_BOUNDS):
            self.bucket_clicked.emit(self._bucket(index).value)

    def tooltip_text(self, index: int) -> str:
        bucket = self._bucket(index)
        row = next((r for r in self._rows if r.bucket is bucket), None)
        # %Ln: the count in the language's digits (the QLocale that i18n.install made the default)
        lines = [bucket_label(bucket), self.tr("%Ln open account(s)", "", row.count if row else 0)]
        if row:
            for cur, balance in row.balances.items():
                lines.append(self.tr("{count} in {currency}, balance {amount}").format(
                    count=i18n.format_count(row.counts.get(cur, 0)), currency=cur,
                    amount=i18n.format_money(balance, cur)))
        lines.append(self.tr("Click to open the queue"))
        return "\n".join(lines)

    def _hovered(self, state: bool, index: int) -> None:
        if state:
            QToolTip.showText(QCursor.pos(), self.tooltip_text(index), self)
        else:
            QToolTip.hideText()

    def bar_point(self, bucket: AgingBucket | str) -> QPoint:
        """The middle of a bucket's bar, in viewport coordinates (for tests and tooltips)."""
        bucket = AgingBucket(bucket)
        index = next(i for i, (b, _lo, _hi) in enumerate(BUCKET_BOUNDS) if b is bucket)
        row = next((r for r in self._rows if r.bucket is bucket), None)
        height = row.count if row else 0
        return self._to_view(QPointF(index, height / 2), self.series)


class TrendChart(_ChartView):
    """Collected per ISO week, one line per currency (the last 13 weeks, this week included)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._points: tuple[TrendPoint, ...] = ()
        self.lines: list[QLineSeries] = []
        self.rebuild()

    def set_data(self, points: Sequence[TrendPoint], currencies: Sequence[str]) -> None:
        self._points = tuple(points)
        self._currencies = tuple(currencies)
        self.rebuild()

    def week_label(self, point: TrendPoint) -> str:
        """The ISO week number alone: 13 labels must fit under a half-width chart."""
        return i18n.format_count(point.iso_week)

    def rebuild(self) -> None:
        chart = self._reset()
        self.lines = []
        x_axis = QBarCategoryAxis()
        x_axis.append([self.week_label(p) for p in self._points] or [""])
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%.0f")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        top = 0.0
        currencies = [c for c in self._currencies if any(c in p.collected for p in self._points)]
        for i, cur in enumerate(self._currencies):
            if cur not in currencies:
                continue
            line = QLineSeries()
            line.setName(cur)
            pen = QPen(series_colour(i, self.palette()), 2.5)
            line.setPen(pen)
            line.setPointsVisible(True)
            for x, point in enumerate(self._points):
                value = float(point.collected.get(cur, 0))  # plotting coordinate only
                top = max(top, value)
                line.append(x, value)
            line.hovered.connect(self._hovered)
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
            self.lines.append(line)
        high, ticks = nice_axis(top)
        y_axis.setRange(0, high)
        y_axis.setTickCount(ticks)
        chart.legend().setVisible(bool(self.lines))
        self.setAccessibleName(self.tr("Collected per week"))
        self._style()

    def tooltip_text(self, index: int) -> str:
        point = self._points[index]
        end = point.week_start + timedelta(days=6)
        lines = [self.tr("Week {week}: {start} \u2013 {end}").format(
            week=i18n.format_count(point.iso_week), start=i18n.format_date(point.week_start),
            end=i18n.format_date(end))]
        for cur in self._currencies:
            if cur in point.collected:
                lines.append(i18n.format_money(point.collected[cur], cur))
        if len(lines) == 1:
            lines.append(self.tr("Nothing collected"))
        return "\n".join(lines)

    def _hovered(self, point: QPointF, state: bool) -> None:
        index = round(point.x())
        if state and 0 <= index < len(self._points):
            QToolTip.showText(QCursor.pos(), self.tooltip_text(index), self)
        else:
            QToolTip.hideText()
