"""The report's PDF inside the application (QtPdf): the pages one under another, page navigation and zoom.

    [◀] [ 3 ] of 12 [▶]    [−] [Fit width ▾] [+]                       collections-2026-10-de.pdf
    ┌────────────────────────────────────────────────┐
    │                    page 3                      │
    └────────────────────────────────────────────────┘

PgUp/PgDn (and the arrows) turn pages, Ctrl++ / Ctrl+− zoom. Without a document a placeholder says why.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QSizePolicy, QSpinBox, QStackedWidget, QToolButton,
                               QVBoxLayout, QWidget)

ZOOMS = ("width", "page", 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


class PdfPreview(QWidget):
    loaded = Signal(int)  # the page count

    def __init__(self, parent=None):
        super().__init__(parent)
        self.path: Path | None = None
        self._message = ""
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.view)

        self.back = QToolButton(self)
        self.back.setArrowType(Qt.ArrowType.LeftArrow)
        self.back.setShortcut(QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage))
        self.page = QSpinBox(self)
        self.page.setMinimum(1)
        self.page.setKeyboardTracking(False)
        self.of_label = QLabel(self)
        self.forward = QToolButton(self)
        self.forward.setArrowType(Qt.ArrowType.RightArrow)
        self.forward.setShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage))
        self.zoom_out = QToolButton(self)
        self.zoom_out.setText("\u2212")
        self.zoom_out.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.zoom = QComboBox(self)
        for zoom in ZOOMS:
            self.zoom.addItem("", zoom)
        self.zoom_in = QToolButton(self)
        self.zoom_in.setText("+")
        self.zoom_in.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        self.caption = QLabel(self)
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for w in (self.back, self.page, self.of_label, self.forward):
            bar.addWidget(w)
        bar.addSpacing(16)
        for w in (self.zoom_out, self.zoom, self.zoom_in):
            bar.addWidget(w)
        bar.addWidget(self.caption, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self.back.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.forward.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page.valueChanged.connect(lambda value: self.go_to(value - 1))
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.zoom.currentIndexChanged.connect(self._zoom_chosen)
        self.zoom_in.clicked.connect(lambda: self._step_zoom(1))
        self.zoom_out.clicked.connect(lambda: self._step_zoom(-1))
        self.retranslate()
        self._show_state()

    # ---- the document -------------------------------------------------------------------------
    def load(self, path: Path | str, caption: str = "") -> int:
        """Show the PDF at `path`; returns its page count (0 when it cannot be read)."""
        self.document.close()
        self.path = Path(path)
        ok = self.document.load(str(path)) == QPdfDocument.Error.None_
        self.caption.setText(caption or self.path.name)
        self.caption.setToolTip(str(self.path))
        if not ok:
            self.path = None
            self.placeholder.setText(self.tr("{file} could not be opened as a PDF.").format(file=Path(path).name))
        self._show_state()
        if ok:
            self.go_to(0)
        self.loaded.emit(self.page_count())
        return self.page_count()

    def clear(self, message: str = "") -> None:
        self.document.close()
        self.path = None
        self.caption.clear()
        self._message = message
        self.placeholder.setText(message or self._empty_text())
        self._show_state()

    def page_count(self) -> int:
        return self.document.pageCount() if self.path is not None else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        count = self.page_count()
        if count:
            page = max(0, min(page, count - 1))
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
            self._page_changed(page)

    # ---- reactions -----------------------------------------------------------------------------
    def _page_changed(self, page: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(False)
        self.back.setEnabled(page > 0)
        self.forward.setEnabled(page + 1 < self.page_count())

    def _zoom_chosen(self) -> None:
        zoom = self.zoom.currentData()
        if zoom == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif zoom == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(zoom))

    def _step_zoom(self, step: int) -> None:
        factors = [z for z in ZOOMS if isinstance(z, float)]
        now = self.view.zoomFactor() if self.view.zoomMode() == QPdfView.ZoomMode.Custom else 1.0
        if step > 0:
            target = next((z for z in factors if z > now + 0.01), factors[-1])
        else:
            target = next((z for z in reversed(factors) if z < now - 0.01), factors[0])
        self.zoom.setCurrentIndex(self.zoom.findData(target))

    def _show_state(self) -> None:
        count = self.page_count()
        self.stack.setCurrentWidget(self.view if count else self.placeholder)
        for w in (self.back, self.page, self.forward, self.zoom_out, self.zoom, self.zoom_in):
            w.setEnabled(bool(count))
        self.page.setMaximum(max(1, count))
        self.of_label.setText(self.tr("of {count}").format(count=count))
        if count:
            self._page_changed(self.current_page())

    def _empty_text(self) -> str:
        return self.tr("Generate a report, or reopen one from the archive, to see it here.")

    def retranslate(self) -> None:
        self.back.setToolTip(self.tr("Previous page (Page Up)"))
        self.forward.setToolTip(self.tr("Next page (Page Down)"))
        self.page.setToolTip(self.tr("Go to page"))
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_out.setToolTip(self.tr("Zoom out (Ctrl+\u2212)"))
        names = {"width": self.tr("Fit width"), "page": self.tr("Whole page")}
        for i in range(self.zoom.count()):
            zoom = self.zoom.itemData(i)
            self.zoom.setItemText(i, names.get(zoom) or self.tr("{percent} %").format(percent=round(zoom * 100)))
        self.of_label.setText(self.tr("of {count}").format(count=self.page_count()))
        if self.path is None and not self._message:
            self.placeholder.setText(self._empty_text())
