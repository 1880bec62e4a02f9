"""On a machine without fonts, the window uses the DejaVu Sans that CollectDesk ships (no empty boxes)."""

from PySide6.QtGui import QFontDatabase, QGuiApplication

from collectdesk.ui import fallback_fonts


def test_a_system_with_fonts_is_left_alone():
    before = QGuiApplication.font().family()
    assert QFontDatabase.families()  # this test machine has fonts
    assert fallback_fonts.ensure_fonts() == []
    assert QGuiApplication.font().family() == before


def test_without_system_fonts_the_shipped_ones_are_registered_and_used(monkeypatch):
    before = QGuiApplication.font()
    monkeypatch.setattr(fallback_fonts.QFontDatabase, "families", staticmethod(lambda *a: []))
    try:
        added = fallback_fonts.ensure_fonts()
        assert added == ["DejaVu Sans"]
        assert QGuiApplication.font().family() == "DejaVu Sans"
        monkeypatch.undo()
        assert "DejaVu Sans" in QFontDatabase.families()
    finally:
        QGuiApplication.setFont(before)
