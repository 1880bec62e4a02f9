"""What a slide paints, as a list of items laid out for one size: text in a box, filled boxes, lines, dots.

The layout (slide_layout, presentation_chart) decides every box and every font size first; painting only
draws the items. So a test can check, without looking at pixels, that each text fits its box at the font
it was given (`fits`), and the layout can shrink a font until it does (`fit_font`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
TOP_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
TOP_CENTRE = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
WRAP = int(Qt.TextFlag.TextWordWrap)
FLOOR_PX = 9.0          # no text is made smaller than this, whatever the box


@dataclass(slots=True)
class TextItem:
    text: str
    rect: QRectF
    font: QFont
    color: QColor
    flags: int = LEFT
    role: str = ""          # "title", "value", "point", "tick", ... (tests and the notes window read it)


@dataclass(slots=True)
class BoxItem:
    rect: QRectF
    color: QColor
    radius: float = 0.0


@dataclass(slots=True)
class LineItem:
    points: list[QPointF]
    color: QColor
    width: float
    dashed: bool = False


@dataclass(slots=True)
class ShapeItem:
    """A filled polygon (an arrow) or, with `dot`, a filled circle in `rect` with an optional ring."""
    points: list[QPointF] = field(default_factory=list)
    color: QColor = field(default_factory=QColor)
    dot: QRectF | None = None
    ring: QColor | None = None
    ring_width: float = 0.0


Item = TextItem | BoxItem | LineItem | ShapeItem


def font(family: str, px: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    out = QFont(family)
    out.setPixelSize(max(1, round(px)))
    out.setWeight(weight)
    out.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return out


def text_size(text: str, rect: QRectF, fnt: QFont, flags: int) -> QRectF:
    """The box `text` needs when laid out in `rect` (wrapped when flags has WRAP)."""
    return QFontMetricsF(fnt).boundingRect(QRectF(0, 0, rect.width(), 1e6), flags, text)


def fits(item: TextItem) -> bool:
    needed = text_size(item.text, item.rect, item.font, item.flags)
    return needed.width() <= item.rect.width() + 0.5 and needed.height() <= item.rect.height() + 0.5


def fit_font(text: str, rect: QRectF, fnt: QFont, flags: int = LEFT) -> QFont:
    """`fnt`, or the largest smaller pixel size at which `text` fits `rect` (never below FLOOR_PX)."""
    out = QFont(fnt)
    px = float(fnt.pixelSize())
    while px > FLOOR_PX and not fits(TextItem(text, rect, out, QColor(), flags)):
        px = max(FLOOR_PX, px * 0.94 if px > 20 else px - 1)
        out.setPixelSize(round(px))
    return out


def fitted(text: str, rect: QRectF, fnt: QFont, color: QColor, flags: int = LEFT, role: str = "") -> TextItem:
    return TextItem(text, QRectF(rect), fit_font(text, rect, fnt, flags), QColor(color), flags, role)


def paint_items(painter: QPainter, items: list[Item]) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    for item in items:
        if isinstance(item, BoxItem):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(item.color)
            if item.radius:
                painter.drawRoundedRect(item.rect, item.radius, item.radius)
            else:
                painter.drawRect(item.rect)
        elif isinstance(item, LineItem):
            pen = QPen(item.color, item.width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            if item.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            path = QPainterPath()
            path.moveTo(item.points[0])
            for point in item.points[1:]:
                path.lineTo(point)
            painter.drawPath(path)
        elif isinstance(item, ShapeItem):
            painter.setPen(QPen(item.ring, item.ring_width) if item.ring else Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(item.color))
            if item.dot is not None:
                painter.drawEllipse(item.dot)
            else:
                painter.drawPolygon(QPolygonF(item.points))
        else:
            painter.setPen(item.color)
            painter.setFont(item.font)
            painter.drawText(item.rect, item.flags, item.text)
