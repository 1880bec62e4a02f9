"""The colours of the attainment bands (good / warn / bad against the department's thresholds), shared by
the Scorecards and Targets panes so the same figure has the same colour everywhere."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# (light palette, dark palette)
BAND_BACKGROUNDS = {"good": ("#d7f0d2", "#24502a"), "warn": ("#fbeac0", "#5c4a14"), "bad": ("#f6d0cc", "#5e2420")}


def band_background(band: str | None, palette: QPalette | None = None) -> QColor | None:
    """The cell colour of an attainment band, light or dark to suit the palette."""
    pair = BAND_BACKGROUNDS.get(band or "")
    if pair is None:
        return None
    palette = palette or QApplication.palette()
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor(pair[1] if dark else pair[0])
