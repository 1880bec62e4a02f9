"""Presenting a report: full-screen slides of the key figures and charts with short talking points.

    PresentationWindow(report, parent).show_presenting()

The slides are reports.slides.build_slides(report) (in the report's language); each is laid out for the
window's size (slide_layout) and painted with QPainter, so a 1280 x 720 projector and a 4K screen get the
same slide at their size. Keys (the usual presentation keys, and what a presenter's clicker sends):

    Right, Down, Page Down, Space, Enter, left click   next slide
    Left, Up, Page Up, Backspace, right click          previous slide
    Home / End                                         first / last slide
    F (or F11)                                         full screen on and off
    N                                                  speaker notes window (talking points, details, next slide)
    B or .                                             black screen and back
    Escape                                             end the presentation

With a second screen the slides go to the screen the main window is not on (the projector) and the speaker
notes open on the main window's screen. The window's own texts (the key hint, the notes window) are in the
application's language; the slides in the report's.
"""

from __future__ import annotations

from PySide6.QtCore import QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QCursor, QGuiApplication, QImage, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from collectdesk.reports.model import Report
from collectdesk.reports.slides import Slide, build_slides
from collectdesk.ui.reports.slide_items import Item, paint_items
from collectdesk.ui.reports.slide_layout import layout_slide
from collectdesk.ui.reports.speaker_notes import SpeakerNotes

HINT_MS = 5000          # the key hint shows this long after the presentation starts
CURSOR_IDLE_MS = 2000   # the mouse pointer hides when it has not moved for this long


def slide_family() -> str:
    """The application's font family (the one the user's system gives a UI); one family for every slide."""
    return QApplication.font().family()


class SlideView(QWidget):
    """Paints one slide at the widget's size (or black, when blanked)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._slide: Slide | None = None
        self._blank = False
        self._cache: tuple[object, list[Item]] | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_slide(self, slide: Slide) -> None:
        self._slide = slide
        self._cache = None
        self.update()

    def set_blank(self, blank: bool) -> None:
        self._blank = blank
        self.update()

    def is_blank(self) -> bool:
        return self._blank

    def items(self, size: QSizeF | None = None) -> list[Item]:
        """The slide's items laid out for `size` (default: the widget's)."""
        if self._slide is None:
            return []
        size = size or QSizeF(self.size())
        key = (id(self._slide), size.width(), size.height())
        if self._cache is None or self._cache[0] != key:
            self._cache = (key, layout_slide(self._slide, size, slide_family()))
        return self._cache[1]

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        if self._blank or self._slide is None:
            painter.fillRect(self.rect(), QColor("#000000"))
        else:
            paint_items(painter, self.items())
        painter.end()


class PresentationWindow(QWidget):
    """A top-level window presenting `report`; it deletes itself when closed."""

    slide_changed = Signal(int)

    def __init__(self, report: Report, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report = report
        self.slides: list[Slide] = build_slides(report)
        self.index = 0
        self.setWindowTitle(self.tr("Presenting: {title}").format(title=report.title))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.view = SlideView(self)
        self.view.setMouseTracking(True)
        self.view.setAccessibleName(self.tr("Slide"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.hint = QLabel(self.tr("\u2192 next  \u00b7  \u2190 back  \u00b7  N speaker notes  \u00b7  "
                                   "F full screen  \u00b7  B black screen  \u00b7  Esc end"), self)
        self.hint.setStyleSheet("QLabel { background: rgba(15, 23, 42, 215); color: white; padding: 10px 18px;"
                                " border-radius: 10px; }")
        self.hint.hide()
        self._hint_timer = QTimer(self, singleShot=True, interval=HINT_MS, timeout=self.hint.hide)
        self._cursor_timer = QTimer(self, singleShot=True, interval=CURSOR_IDLE_MS, timeout=self._hide_cursor)
        self.notes = SpeakerNotes(self, keys=self._key)
        self.notes.step.connect(lambda delta: self.go(self.index + delta))
        self.resize(1280, 720)
        self.go(0)

    # ---- showing ------------------------------------------------------------------------------------

    def show_presenting(self) -> None:
        """Full screen on the projector (the screen the main window is not on, if there are two), speaker
        notes on the main window's screen when there is a second screen."""
        screens = QGuiApplication.screens()
        home = self.parentWidget().screen() if self.parentWidget() is not None else QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not home]
        target = others[0] if others else home
        if target is not None:
            self.setGeometry(target.geometry())
            self.winId()                      # the native window, so it can be put on that screen
            if self.windowHandle() is not None:
                self.windowHandle().setScreen(target)
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus()
        if others and home is not None:
            self.notes.show_on(home)
        self._show_hint()

    def _show_hint(self) -> None:
        self.hint.adjustSize()
        self._place_hint()
        self.hint.show()
        self.hint.raise_()
        self._hint_timer.start()

    def _place_hint(self) -> None:
        self.hint.move((self.width() - self.hint.width()) // 2, self.height() - self.hint.height() - 24)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_hint()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def toggle_notes(self) -> None:
        if self.notes.isVisible():
            self.notes.hide()
        else:
            self.notes.show_on(self.screen())
        self.activateWindow()

    # ---- moving -------------------------------------------------------------------------------------

    @property
    def current(self) -> Slide:
        return self.slides[self.index]

    def go(self, index: int) -> None:
        self.index = max(0, min(len(self.slides) - 1, index))
        self.view.set_blank(False)
        self.view.set_slide(self.current)
        following = self.slides[self.index + 1] if self.index + 1 < len(self.slides) else None
        self.notes.set_slide(self.current, self.index, len(self.slides), following)
        self.slide_changed.emit(self.index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._key(event):
            super().keyPressEvent(event)

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Return,
                   Qt.Key.Key_Enter):
            self.go(self.index + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
            self.go(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.slides) - 1)
        elif key in (Qt.Key.Key_F, Qt.Key.Key_F11):
            self.toggle_full_screen()
        elif key == Qt.Key.Key_N:
            self.toggle_notes()
        elif key in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.view.set_blank(not self.view.is_blank())
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            return False
        return True

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.go(self.index + 1)
        elif event.button() == Qt.MouseButton.RightButton:
            self.go(self.index - 1)
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.unsetCursor()
        self._cursor_timer.start()
        super().mouseMoveEvent(event)

    def _hide_cursor(self) -> None:
        if self.isFullScreen():
            self.setCursor(QCursor(Qt.CursorShape.BlankCursor))

    def closeEvent(self, event) -> None:
        self.notes.close()
        super().closeEvent(event)

    # ---- for tests and the pane ---------------------------------------------------------------------

    def render_slide(self, index: int, width: int, height: int) -> QImage:
        """Slide `index` painted at width x height into a QImage (the window need not be shown)."""
        image = QImage(width, height, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        paint_items(painter, layout_slide(self.slides[index], QSizeF(width, height), slide_family()))
        painter.end()
        return image

