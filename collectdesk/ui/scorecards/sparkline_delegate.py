"""Paints a small trend line (the model's TREND_ROLE: a list of numbers or None, oldest first).

Gaps (None: the figure was undefined in that period) break the line; the last point is drawn as a dot
so the eye finds "now"; a flat series is drawn in the middle of the cell.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from collectdesk.ui.scorecards.scorecard_model import TREND_ROLE


class SparklineDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        super().paint(painter, option, index)
        values = index.data(TREND_ROLE)
        if not values:
            return
        numbers = [v for v in values if v is not None]
        if not numbers:
            return
        rect = QRectF(option.rect).adjusted(6, 5, -8, -5)
        lo, hi = min(numbers), max(numbers)
        span = hi - lo
        step = rect.width() / max(1, len(values) - 1)

        def point(i: int, v: float) -> QPointF:
            y = rect.center().y() if span == 0 else rect.bottom() - (v - lo) / span * rect.height()
            return QPointF(rect.left() + i * step, y)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Link)
        path = QPainterPath()
        pen_down = False
        for i, v in enumerate(values):
            if v is None:
                pen_down = False
                continue
            p = point(i, v)
            if pen_down:
                path.lineTo(p)
            else:
                path.moveTo(p)
                pen_down = True
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 1.6))
        painter.drawPath(path)
        last = len(values) - 1
        if values[last] is not None:
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(point(last, values[last]), 2.6, 2.6)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        return QSize(110, super().sizeHint(option, index).height())
