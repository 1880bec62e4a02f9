"""The Unicode TrueType font every PDF embeds (DejaVu Sans, shipped in resources/fonts with its licence),
so Polish, German and Italian names print correctly on any machine, without system fonts."""

from __future__ import annotations

from importlib.resources import files

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "CollectDesk-Sans"
BOLD = "CollectDesk-Sans-Bold"
ITALIC = "CollectDesk-Sans-Italic"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}


def register_fonts() -> str:
    """Register the shipped fonts with ReportLab (once) and return the regular face's name.

    Paragraph markup <b> and <i> map to the bold and oblique faces."""
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        folder = files("collectdesk.resources") / "fonts"
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR
