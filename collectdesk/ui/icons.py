"""Icons from resources/icons (one SVG line set), tinted to the palette so dark mode stays legible."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

INK = "#3b4a5a"  # the colour the SVGs are drawn in


def _svg_text(name: str) -> str:
    return (resources.files("collectdesk.resources") / "icons" / f"{name}.svg").read_text(encoding="utf-8")


@lru_cache(maxsize=256)
def _icon(name: str, colour: str) -> QIcon:
    data = QByteArray(_svg_text(name).replace(INK, colour).encode("utf-8"))
    renderer = QSvgRenderer(data)
    icon = QIcon()
    for size in (16, 20, 24, 32, 48, 64):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def icon(name: str) -> QIcon:
    palette = QGuiApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    colour = INK if text.lightness() < 128 else text.name()
    return _icon(name, colour)
