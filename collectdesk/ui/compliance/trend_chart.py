"""Findings per week or month, stacked by severity (QtCharts, styled like the dashboard's charts)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip, QWidget

from collectdesk import i18n
from collectdesk.domain.enums import FindingSeverity
from collectdesk.domain.periods import PeriodKind
from collectdesk.services.compliance.findings import TrendBucket
from collectdesk.ui.compliance.finding_labels import severity_colour, severity_text
from collectdesk.ui.dashboard.charts import _ChartView, nice_axis
from collectdesk.ui.scorecards.period_bar import period_text


class FindingsTrendChart(_ChartView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumHeight(120)  # the pane must fit a 790 x 500 main window
        self._buckets: tuple[TrendBucket, ...] = ()
        self.series: QStackedBarSeries | None = None
        self.rebuild()

    def set_data(self, buckets: Sequence[TrendBucket]) -> None:
        self._buckets = tuple(buckets)
        self.rebuild()

    def bucket_label(self, bucket: TrendBucket) -> str:
        """Short: the ISO week number, or the month's abbreviated name (with the year in January)."""
        period = bucket.period
        if period.kind is PeriodKind.WEEK:
            return i18n.format_count(period.start.isocalendar().week)
        name = i18n.locale().standaloneMonthName(period.start.month, QLocale.FormatType.ShortFormat)
        return f"{name} {period.start.year % 100:02d}" if period.start.month == 1 else name

    def rebuild(self) -> None:
        # The axes are made once and kept: a chart whose axes are removed and replaced (as _reset does)
        # keeps painting the old axes' labels over the new ones in Qt 6.11 (seen offscreen).
        chart = self.chart()
        chart.removeAllSeries()
        if not chart.axes():
            self.x_axis, self.y_axis = QBarCategoryAxis(), QValueAxis()
            self.y_axis.setLabelFormat("%.0f")
            chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        series = QStackedBarSeries()
        series.setBarWidth(0.7)
        for severity in (FindingSeverity.BLOCK, FindingSeverity.WARN):
            bar_set = QBarSet(severity_text(severity))
            colour = severity_colour(severity)
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            for b in self._buckets:
                bar_set.append(float(b.block if severity is FindingSeverity.BLOCK else b.warn))
            bar_set.hovered.connect(self._hovered)
            series.append(bar_set)
        chart.addSeries(series)
        self.series = series
        self.x_axis.clear()
        self.x_axis.append([self.bucket_label(b) for b in self._buckets] or [""])
        high, ticks = nice_axis(max((b.total for b in self._buckets), default=0))
        self.y_axis.setRange(0, max(high, 4))
        self.y_axis.setTickCount(ticks if high >= 4 else 5)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.y_axis)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setAccessibleName(self.tr("Findings per period by severity"))
        self._style()
        self._fit_categories()

    def tooltip_text(self, index: int) -> str:
        b = self._buckets[index]
        return "\n".join([
            period_text(b.period),
            self.tr("%n finding(s)", "", b.total),
            self.tr("{severity}: {count}").format(severity=severity_text(FindingSeverity.BLOCK),
                                                  count=i18n.format_count(b.block)),
            self.tr("{severity}: {count}").format(severity=severity_text(FindingSeverity.WARN),
                                                  count=i18n.format_count(b.warn)),
        ])

    def _hovered(self, state: bool, index: int) -> None:
        if state and 0 <= index < len(self._buckets):
            QToolTip.showText(QCursor.pos(), self.tooltip_text(index), self)
        else:
            QToolTip.hideText()
