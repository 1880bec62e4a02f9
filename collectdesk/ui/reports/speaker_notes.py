"""The presenter's window beside the slides: where we are, the talking points to say, the details one may
be asked about (each figure with its previous value and target, each chart's values, a method), the next
slide's title and the time since the presentation started. Its own labels are in the application's
language; what it quotes from the slides is in the report's. Keys pressed here move the slides too."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from collectdesk import i18n
from collectdesk.reports.slides import Slide


class SpeakerNotes(QWidget):
    step = Signal(int)       # -1 previous slide, +1 next slide

    def __init__(self, parent: QWidget | None = None, keys: Callable[[QKeyEvent], bool] | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self._keys = keys
        self.setWindowTitle(self.tr("Speaker notes"))
        self.position = QLabel(self)
        self.clock = QLabel(self)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.text = QTextBrowser(self)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.next_title = QLabel(self)
        self.next_title.setWordWrap(True)
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.6)
        for widget in (self.position, self.clock, self.text, self.next_title):
            widget.setFont(big)
        self.previous_button = QPushButton(self.tr("Previous slide"), self)
        self.next_button = QPushButton(self.tr("Next slide"), self)
        for button, delta in ((self.previous_button, -1), (self.next_button, 1)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, d=delta: self.step.emit(d))
        top = QHBoxLayout()
        top.addWidget(self.position, 1)
        top.addWidget(self.clock)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.next_title)
        layout.addLayout(buttons)
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self._tick = QTimer(self, interval=1000, timeout=self._show_time)
        self._show_time()
        self.resize(900, 640)

    def show_on(self, screen: QScreen | None) -> None:
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.left() + (area.width() - self.width()) // 2,
                      area.top() + (area.height() - self.height()) // 2)
        self.show()
        self._tick.start()

    def set_slide(self, slide: Slide, index: int, total: int, following: Slide | None) -> None:
        self.position.setText(self.tr("Slide {n} of {total}").format(
            n=i18n.format_count(index + 1), total=i18n.format_count(total)))
        points_heading = self.tr("Talking points")
        details_heading = self.tr("Details")
        nothing = self.tr("No notes for this slide.")
        parts = [f"<h2>{escape(slide.title)}</h2>"]
        if slide.points:
            parts.append(f"<h3>{escape(points_heading)}</h3>")
            parts.append("<ul>" + "".join(f"<li>{escape(p)}</li>" for p in slide.points) + "</ul>")
        if slide.notes:
            parts.append(f"<h3>{escape(details_heading)}</h3>")
            parts.append("".join(f"<p>{escape(n)}</p>" for n in slide.notes))
        if not slide.points and not slide.notes:
            parts.append(f"<p>{escape(nothing)}</p>")
        self.text.setHtml("".join(parts))
        self.next_title.setText(self.tr("Next: {title}").format(title=following.title) if following
                                else self.tr("This is the last slide."))
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < total)

    def _show_time(self) -> None:
        seconds = self._elapsed.elapsed() // 1000
        self.clock.setText(self.tr("Presenting for {time}").format(
            time=f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._keys is None or not self._keys(event):
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self._tick.stop()
        super().closeEvent(event)
