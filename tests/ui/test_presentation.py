"""Presenting a report (ui/reports/presentation.py), driven with pytest-qt: the slides in order, the keys a
presenter and a clicker use, full screen, black screen, speaker notes, the figures as the report's language
writes them, and every slide laid out at 1920 x 1080 and 1280 x 720 without a text that does not fit its
box or runs into another, at sizes readable from the back of a room."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF
from PySide6.QtWidgets import QWidget

from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import (ColumnKind, Fact, Report, ReportKind, ReportParams, Section, Series,
                                       SeriesKind)
from collectdesk.reports.slides import SlideKind, Tone, build_slides
from collectdesk.ui.reports.presentation import PresentationWindow, slide_family
from collectdesk.ui.reports.slide_items import TextItem, fits
from collectdesk.ui.reports.slide_layout import TONE, layout_slide

NBSP = "\u00a0"
SIZES = [(1920, 1080), (1280, 720)]


def make_report(language: str = "en", *, long_words: bool = False) -> Report:
    params = ReportParams(ReportKind.COLLECTIONS, date(2026, 10, 1), date(2026, 10, 31), "October 2026",
                          language=language, author="Zofia Żółkiewska", department="Inkassoabteilung")
    label = ("Eingezogene Forderungen im Berichtszeitraum (EUR, alle Niederlassungen)" if long_words
             else "Collected (EUR)")
    facts = (
        Fact("collected_EUR", label, Decimal("1234.56"), ColumnKind.MONEY, "EUR", previous=Decimal("1100.00"),
             target=Decimal("1300.00")),
        Fact("collected_PLN", "Collected (PLN)", Decimal("845210.50"), ColumnKind.MONEY, "PLN",
             previous=Decimal("901000.00"), target=Decimal("800000.00")),
        Fact("broken_rate", "Inkassoeffektivitätsindex" if long_words else "Broken promises", Decimal("0.312"),
             ColumnKind.PERCENT, previous=Decimal("0.274"), target=Decimal("0.25"), higher_is_better=False),
        Fact("variance", "Variance against target", Decimal("-1234567.89"), ColumnKind.MONEY, "EUR",
             previous=Decimal("-20000.00")),
    )
    sentences = ("Collections in October reached €1,234.56, 5 % below target.",
                 "Broken promises rose to 31.2 %, mostly in the Kraków team of Łukasz Wąsowski.",
                 "Die Niederlassung Frankfurt am Main Hauptwache hat im Oktober erstmals seit Beginn des "
                 "Geschäftsjahres ihr Ziel übertroffen, vor allem dank neuer Ratenzahlungsvereinbarungen.")
    weeks = tuple(f"KW {i}" for i in range(1, 27))
    series = (
        Series("trend", "Collected by month (EUR)", SeriesKind.LINE, ("May", "Jun", "Jul", "Aug", "Sep", "Oct"),
               (("Collected", tuple(Decimal(v) for v in (1010000, 1120000, 1090000, 1150000, 1180000, 1240567))),
                ("Target", (Decimal("1200000"),) * 6)), unit="EUR"),
        Series("weeks", "Eingänge je Kalenderwoche", SeriesKind.BAR, weeks,
               (("Eingänge", tuple(Decimal(1000 * i * i) for i in range(26))),), unit="EUR"),
        Series("branches", "Abweichung vom Ziel nach Niederlassung", SeriesKind.BAR,
               ("Milano", "Kraków Południe", "München-Schwabing", "Frankfurt am Main Hauptwache"),
               (("2026", (Decimal("-120000"), Decimal("45000"), Decimal("-30500"), None)),
                ("2025", (Decimal("-20000"), Decimal("15000"), Decimal("30500"), Decimal("1000")))), unit="EUR"),
        Series("aging", "Aging", SeriesKind.STACKED_BAR, ("Start", "End"),
               (("1–30", (Decimal("400000"), Decimal("380000"))), ("31–60", (Decimal("250000"), Decimal("270000")))),
               unit="EUR"),
    )
    title = "Eingezogene Beträge im Vergleich zum Ziel je Niederlassung und Team" if long_words else "Collected"
    sections = (Section("collected", title, sentences, facts, series=series, method="How the projection works."),
                Section("outlook", "Outlook", ("Revenue for November is projected at €1.31 m.",)))
    report_title = ("Eskalationen, Vergleiche und Abschreibungen (mit Genehmigungen)" if long_words
                    else "Collections report")
    return Report(params, report_title, "October 2026 · All branches", sentences[:2], sections,
                  datetime(2026, 11, 2, 6, 30, tzinfo=UTC), language, notes=("Feedback is left out.",))


@pytest.fixture
def window(qtbot):
    main = QWidget()
    qtbot.addWidget(main)
    win = PresentationWindow(make_report("de"), main)   # the pane's call; the window belongs to `main`
    win.show()
    qtbot.waitExposed(win)
    yield win
    del main


def slide_texts(win: PresentationWindow) -> list[str]:
    return [item.text for item in win.view.items() if isinstance(item, TextItem)]


def test_the_window_presents_every_slide_with_a_counter(window):
    assert len(window.slides) == len(build_slides(make_report("de"))) == 9
    assert window.index == 0 and window.current.kind == SlideKind.TITLE
    assert "1 / 9" in slide_texts(window)


def test_arrow_keys_page_keys_home_and_end_move_through_the_slides(qtbot, window):
    for key, expected in ((Qt.Key.Key_Right, 1), (Qt.Key.Key_PageDown, 2), (Qt.Key.Key_Space, 3),
                          (Qt.Key.Key_Left, 2), (Qt.Key.Key_PageUp, 1), (Qt.Key.Key_Backspace, 0),
                          (Qt.Key.Key_Left, 0), (Qt.Key.Key_End, 8), (Qt.Key.Key_Right, 8), (Qt.Key.Key_Home, 0)):
        qtbot.keyClick(window, key)
        assert window.index == expected, key
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert "9 / 9" in slide_texts(window)
    qtbot.mouseClick(window.view, Qt.MouseButton.RightButton)
    assert window.index == 7
    qtbot.mouseClick(window.view, Qt.MouseButton.LeftButton)
    assert window.index == 8


def test_escape_ends_the_presentation(qtbot, window):
    with qtbot.waitSignal(window.destroyed, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)


def test_f_toggles_full_screen_and_b_blacks_the_screen_out(qtbot, window):
    assert not window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_F)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    qtbot.keyClick(window, Qt.Key.Key_B)
    image = window.view.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2) == QColor("#000000")
    qtbot.keyClick(window, Qt.Key.Key_Right)             # moving on shows the next slide again
    assert not window.view.is_blank() and window.index == 1


def test_show_presenting_goes_full_screen_with_the_key_hint(qtbot):
    main = QWidget()
    qtbot.addWidget(main)
    win = PresentationWindow(make_report("en"), main)
    win.show_presenting()
    qtbot.waitUntil(win.isFullScreen)
    assert win.hint.isVisible() and "Esc" in win.hint.text()
    assert win.isWindow() and win.parentWidget() is main
    assert not win.notes.isVisible()                      # one screen: the notes wait for N
    win.close()


def test_n_opens_speaker_notes_that_follow_the_slides(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.notes.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Right)             # the first figures slide
    assert window.current.kind == SlideKind.FIGURES
    text = window.notes.text.toPlainText().replace(NBSP, " ")
    assert "Collections in October reached €1,234.56, 5 % below target." in text        # a talking point
    figure = ReportLanguage("de").translate("Slides", "{label}: {value} (previous period {previous}, target {target})")
    assert figure.format(label="Collected (EUR)", value="1.234,56 €", previous="1.100,00 €",
                         target="1.300,00 €") in text       # the figure in the report's language (German here)
    assert "How the projection works." in text
    assert window.notes.position.text() == "Slide 3 of 9"
    assert window.notes.next_title.text() == f"Next: {window.slides[3].title}"
    qtbot.keyClick(window.notes, Qt.Key.Key_Left)        # keys in the notes window move the slides too
    assert window.index == 1
    window.notes.next_button.click()
    assert window.index == 2
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert not window.notes.isVisible()


def test_a_figures_slide_shows_the_figures_as_the_reports_language_writes_them(qtbot, window):
    window.go(2)
    texts = slide_texts(window)
    assert f"1.234,56{NBSP}€" in texts
    assert f"+134,56{NBSP}€ (+12,2{NBSP}%)" in texts
    assert f"845.210,50{NBSP}PLN" in texts and f"-1.234.567,89{NBSP}€" in texts
    assert f"31,2{NBSP}%" in texts
    english = PresentationWindow(make_report("en"))
    qtbot.addWidget(english)
    english.go(2)
    assert "€1,234.56" in slide_texts(english)


def _drawn(item: TextItem) -> QRectF:
    return QFontMetricsF(item.font).boundingRect(item.rect, item.flags, item.text)


@pytest.mark.parametrize("language,long_words", [("en", False), ("de", True)])
@pytest.mark.parametrize("width,height", SIZES)
def test_every_text_fits_its_box_and_none_overlaps(language, long_words, width, height):
    slides = build_slides(make_report(language, long_words=long_words))
    frame = QRectF(0, 0, width, height)
    for number, slide in enumerate(slides):
        texts = [t for t in layout_slide(slide, QSizeF(width, height), slide_family())
                 if isinstance(t, TextItem) and t.text]
        assert texts, number
        for item in texts:
            assert fits(item), (number, item.role, item.text, item.font.pixelSize())
            assert frame.contains(item.rect), (number, item.role, item.text)
        drawn = [_drawn(t) for t in texts]
        for i in range(len(texts)):
            for j in range(i + 1, len(texts)):
                overlap = drawn[i].intersected(drawn[j])
                assert overlap.width() <= 1 or overlap.height() <= 1, (number, texts[i].text, texts[j].text)


def test_text_is_large_enough_for_the_back_of_the_room_at_full_hd():
    """At 1920 x 1080: talking points at least 36 px (27 pt on a 96 dpi slide), figures 48 px, titles 48 px;
    at 1280 x 720 two thirds of that."""
    for width, scale in ((1920, 1.0), (1280, 2 / 3)):
        for slide in build_slides(make_report("en")):
            for item in layout_slide(slide, QSizeF(width, width * 9 / 16), slide_family()):
                if not isinstance(item, TextItem):
                    continue
                least = {"point": 36, "value": 48 if slide.kind == SlideKind.FIGURES else 20, "title": 48,
                         "tick": 24, "category": 22, "change": 26, "target": 24}.get(item.role, 0)
                assert item.font.pixelSize() >= least * scale - 1, (slide.title, item.role, item.text)


def test_good_and_bad_news_are_coloured_and_the_slides_render_to_images(qtbot, tmp_path):
    win = PresentationWindow(make_report("de", long_words=True))
    qtbot.addWidget(win)
    figures = next(i for i, s in enumerate(win.slides) if s.kind == SlideKind.FIGURES)
    for width, height in SIZES:
        for index in range(len(win.slides)):
            image = win.render_slide(index, width, height)
            assert image.save(str(tmp_path / f"slide-{index:02d}-{width}.png"))
        image = win.render_slide(figures, width, height)
        colours = {image.pixelColor(x, y).name() for x in range(0, width, 3) for y in range(0, height, 3)}
        assert TONE[Tone.GOOD].name() in colours and TONE[Tone.BAD].name() in colours   # green up, red down
    cover = win.render_slide(0, 1280, 720)
    assert cover.pixelColor(5, 5) == QColor("#14315a")
