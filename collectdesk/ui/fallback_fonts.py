"""Text must be readable on a machine without fonts of its own.

A minimal Linux install (a thin client, a container, a kiosk image) can lack fontconfig's fonts: Qt then draws
every letter as an empty box. CollectDesk ships DejaVu Sans for its PDF reports; when Qt finds no font family
at start, those files are registered for the window too. Nothing is fetched from anywhere.
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

log = logging.getLogger(__name__)


def ensure_fonts() -> list[str]:
    """Register the shipped fonts if the system offers none; the families added (empty when none was needed)."""
    if QFontDatabase.families():
        return []
    added: list[str] = []
    for entry in sorted((resources.files("collectdesk.resources") / "fonts").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".ttf"):
            font_id = QFontDatabase.addApplicationFontFromData(entry.read_bytes())
            added += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in added]
    if added:
        QGuiApplication.setFont(QFont(added[0]))
        log.warning("the system has no fonts; using the shipped %s", ", ".join(added))
    return added
