"""A scanned letter shown in place: a PDF page by page (QtPdf) or an image scaled to the width.

    preview.show_file(filename, media_type, data)  -> True when it could be shown
    preview.clear()

`pdf_document` is the QPdfDocument shown (its pageCount() is what the user pages through).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp")


def is_pdf(filename: str, media_type: str) -> bool:
    return media_type == "application/pdf" or filename.lower().endswith(".pdf")


def is_image(filename: str, media_type: str) -> bool:
    return media_type.startswith("image/") or filename.lower().endswith(IMAGE_SUFFIXES)


def can_preview(filename: str, media_type: str) -> bool:
    return is_pdf(filename, media_type) or is_image(filename, media_type)


class ScanPreview(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.pdf_document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._image: QImage | None = None
        self.pdf_view = QPdfView(self)
        self.pdf_view.setObjectName("scan_pdf_view")
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.image_label = QLabel(self)
        self.image_label.setObjectName("scan_image")
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image_scroll = QScrollArea(self)
        self.image_scroll.setWidgetResizable(True)
        self.image_scroll.setWidget(self.image_label)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        for w in (self.notice, self.pdf_view, self.image_scroll):
            self.stack.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setMinimumHeight(160)

    def sizeHint(self) -> QSize:
        return QSize(360, 420)

    def clear(self) -> None:
        self.pdf_document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None
        self._image = None
        self.image_label.clear()
        self.notice.clear()
        self.stack.setCurrentWidget(self.notice)

    def show_file(self, filename: str, media_type: str, data: bytes) -> bool:
        self.clear()
        if is_pdf(filename, media_type):
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf_document.load(self._buffer)
            if self.pdf_document.status() == QPdfDocument.Status.Ready and self.pdf_document.pageCount() > 0:
                self.stack.setCurrentWidget(self.pdf_view)
                return True
            self.pdf_document.close()
            self.notice.setText(self.tr("{file} cannot be shown: it is not a readable PDF.").format(file=filename))
            return False
        if is_image(filename, media_type):
            image = QImage.fromData(data)
            if image.isNull():
                self.notice.setText(self.tr("{file} cannot be shown: the image is damaged or of an unknown "
                                            "kind.").format(file=filename))
                return False
            self._image = image
            self.stack.setCurrentWidget(self.image_scroll)
            self._scale()
            return True
        self.notice.setText(self.tr("{file} has no preview; use Open.").format(file=filename))
        return False

    def showing_pdf(self) -> bool:
        return self.stack.currentWidget() is self.pdf_view

    def showing_image(self) -> bool:
        return self.stack.currentWidget() is self.image_scroll and self._image is not None

    def _scale(self) -> None:
        if self._image is None:
            return
        width = max(50, self.image_scroll.viewport().width() - 4)
        pixmap = QPixmap.fromImage(self._image)
        if pixmap.width() > width:
            pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.image_label.setPixmap(pixmap)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale()
