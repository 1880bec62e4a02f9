"""A clickable figure tile: a caption, a big number (one line per currency if need be), a sub-line.

The tile is a button (QAbstractButton): it takes keyboard focus (Tab), activates on click, Space,
Enter or Return, reports itself to screen readers as a button named "<caption>: <value>", and draws a
visible focus ring. Colours come from the palette, so it follows light and dark themes; the accent
colours for good and bad news (`tone_colour`) have a light and a dark variant, each legible on that
theme's base colour (contrast above 4.5:1).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QLabel, QSizePolicy, QVBoxLayout, QWidget

TONES = ("neutral", "good", "bad", "warn")

# (on a light base, on a dark base)
_TONE_COLOURS = {
    "good": ("#1e7b34", "#7fd796"),
    "bad": ("#b3261e", "#ff8a80"),
    "warn": ("#8a5a00", "#ffcc66"),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def tone_colour(tone: str, palette: QPalette) -> QColor:
    if tone not in _TONE_COLOURS:
        return palette.color(QPalette.ColorRole.Text)
    light, dark = _TONE_COLOURS[tone]
    return QColor(dark if is_dark(palette) else light)


def muted_colour(palette: QPalette) -> QColor:
    """Secondary text: halfway between text and base, still above 4.5:1 on the base in both themes."""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return QColor((2 * text.red() + base.red()) // 3, (2 * text.green() + base.green()) // 3,
                  (2 * text.blue() + base.blue()) // 3)


class FitText(QWidget):
    """Lines of large text that shrink (down to the normal font size) rather than being cut off."""

    SCALE = 1.6

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._lines: list[str] = []
        self._tone = "neutral"
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def big_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * self.SCALE)
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def set_lines(self, lines: list[str], tone: str = "neutral") -> None:
        self._lines = list(lines) or [""]
        self._tone = tone
        self.updateGeometry()
        self.update()

    def lines(self) -> list[str]:
        return list(self._lines)

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.big_font())
        width = max((fm.horizontalAdvance(line) for line in self._lines), default=0)
        return QSize(width, fm.height() * max(1, len(self._lines)))

    def minimumSizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        return QSize(max((fm.horizontalAdvance(line) for line in self._lines), default=0),
                     self.sizeHint().height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        font = self.big_font()
        fm = QFontMetrics(font)
        widest = max((fm.horizontalAdvance(line) for line in self._lines), default=0)
        if widest > self.width() > 0:
            size = max(self.font().pointSizeF(), font.pointSizeF() * self.width() / widest)
            font.setPointSizeF(size)
        painter.setFont(font)
        painter.setPen(tone_colour(self._tone, self.palette()))
        line_h = QFontMetrics(self.big_font()).height()
        for i, line in enumerate(self._lines):
            rect = QRectF(0, i * line_h, self.width(), line_h)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
        painter.end()


class FigureTile(QAbstractButton):
    """A headline figure. `clicked` (and its alias `activated`) fires on click, Space, Enter or Return."""

    activated = Signal()

    def __init__(self, parent: QWidget | None = None, *, clickable: bool = True):
        super().__init__(parent)
        self._clickable = clickable
        self._hover = False
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setFont(self._caption_font())
        self.value = FitText(self)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self._detail_lines: list[str] = []
        for label in (self.caption, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.set_clickable(clickable)
        self.clicked.connect(self.activated)

    # ---- content ---------------------------------------------------------------------------
    def set_figure(self, caption: str, value: str | list[str], detail: str = "", *, tone: str = "neutral",
                   detail_html: str | None = None, tooltip: str = "", accessible_caption: str = "") -> None:
        """`value` may hold one line per currency; `detail_html` (already escaped) wins over `detail`;
        `accessible_caption` names the tile for screen readers when the caption leans on a heading."""
        lines = value if isinstance(value, list) else [value]
        self.caption.setText(caption)
        self.setText(caption)
        self.value.set_lines(lines, tone)
        if detail_html is not None:
            self.detail.setText(detail_html)
            plain = _plain(detail_html)
        else:
            self.detail.setText(_escape(detail))
            plain = detail
        self.detail.setVisible(bool(plain))
        self._detail_lines = plain.splitlines()
        self._fit_detail()
        self.setAccessibleName(f"{accessible_caption or caption}: {', '.join(line for line in lines if line)}")
        self.setAccessibleDescription(plain)
        self.setToolTip(tooltip)
        self.updateGeometry()

    def value_text(self) -> str:
        return "\n".join(self.value.lines())

    def detail_text(self) -> str:
        return _plain(self.detail.text())

    def set_clickable(self, clickable: bool) -> None:
        self._clickable = clickable
        self.setEnabled(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if clickable else Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, clickable)

    def is_clickable(self) -> bool:
        return self._clickable

    # ---- behaviour -------------------------------------------------------------------------
    def hitButton(self, pos) -> bool:
        return self._clickable and self.rect().contains(pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._clickable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.animateClick()
            event.accept()
            return
        if not self._clickable and event.key() == Qt.Key.Key_Space:
            event.ignore()
            return
        super().keyPressEvent(event)

    def enterEvent(self, event) -> None:
        self._hover = self._clickable
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:
        self._hover = False
        self.update()
        super().leaveEvent(event)

    def _fit_detail(self) -> None:
        """Nothing in a tile may be cut off. Amounts never wrap (a no-break space joins number and
        currency) and a caption wraps only between words, so when the widest amount line, or the
        longest word of the caption, is wider than the tile, that label's font shrinks, down to 3/4."""
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right() - 2
        self._fit(self.detail, self.font(), self._detail_lines, room)
        self._fit(self.caption, self._caption_font(), self.caption.text().split(), room)

    def _caption_font(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    @staticmethod
    def _fit(label: QLabel, base: QFont, pieces: list[str], room: int) -> None:
        font = QFont(base)
        smallest = font.pointSizeF() * 0.75

        def widest(f: QFont) -> int:
            fm = QFontMetrics(f)
            return max((fm.horizontalAdvance(piece) for piece in pieces), default=0)

        while room > 0 and widest(font) > room and font.pointSizeF() - 0.25 >= smallest:
            font.setPointSizeF(font.pointSizeF() - 0.25)  # in steps: sizes snap to whole pixels
        if font != label.font():
            label.setFont(font)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_detail()

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:
        hint = self.layout().minimumSize()
        return QSize(min(hint.width(), 120), hint.height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)

    def paintEvent(self, _event) -> None:
        pal = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        base = pal.color(QPalette.ColorRole.Base)
        if self.isDown():
            base = pal.color(QPalette.ColorRole.AlternateBase)
        if self.hasFocus():
            pen = QPen(pal.color(QPalette.ColorRole.Highlight), 2.5)
        elif self._hover:
            pen = QPen(pal.color(QPalette.ColorRole.Highlight), 1.2)
        else:
            pen = QPen(pal.color(QPalette.ColorRole.Mid), 1)
        painter.setPen(pen)
        painter.setBrush(base)
        painter.drawRoundedRect(rect, 8, 8)
        painter.end()


def _escape(text: str) -> str:
    from html import escape

    return escape(text).replace("\n", "<br>")


def _plain(html: str) -> str:
    from html import unescape
    import re

    return unescape(re.sub(r"<[^>]+>", "", html.replace("<br>", "\n")))
