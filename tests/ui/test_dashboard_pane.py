"""The Dashboard pane as a supervisor uses it: it loads, shows the figures, and every figure opens
what lies behind it by mouse or keyboard."""

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from collectdesk import i18n
from collectdesk.domain.enums import (EscalationDecision, EscalationReason, EscalationStatus, FeedbackKind,
                                      FeedbackSource, FeedbackStatus)
from collectdesk.domain.errors import StorageError
from collectdesk.services import payments, promises
from collectdesk.store.models import Escalation, FeedbackItem, Target
from collectdesk.ui.dashboard import dashboard_pane
from collectdesk.ui.dashboard.dashboard_pane import DashboardPane
from collectdesk.ui.dashboard.figure_tile import FigureTile

TODAY = date.today()


@pytest.fixture
def seeded(database, make_account):
    """Two EUR accounts and one PLN account, a payment today, a promise due today, a complaint that is
    overdue, an escalation awaiting a decision and this month's EUR target."""
    a = make_account(balance=Decimal("1500.00"), due_date=TODAY - timedelta(days=200))
    make_account(balance=Decimal("250.00"), due_date=TODAY + timedelta(days=10))
    pln = make_account(balance=Decimal("9000.00"), currency="PLN", due_date=TODAY - timedelta(days=45))
    payments.record_payment(database.ctx, a, amount=Decimal("1234.50"), paid_on=TODAY)
    promises.record_promise(database.ctx, pln, amount=Decimal("300.00"), due_date=TODAY)
    now = datetime.now(timezone.utc)
    month_start = TODAY.replace(day=1)
    month_end = (month_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    with database.ctx.transaction() as s:
        s.add(FeedbackItem(source=FeedbackSource.LETTER, kind=FeedbackKind.COMPLAINT, status=FeedbackStatus.NEW,
                           subject="Rude call", received_at=now - timedelta(days=20), due_by=now - timedelta(days=1)))
        s.add(Escalation(account_id=pln, reason=EscalationReason.HARDSHIP,
                         requested_decision=EscalationDecision.PAYMENT_PLAN, status=EscalationStatus.SUBMITTED,
                         amount_at_stake=Decimal("9000.00"), currency="PLN"))
        s.add(Target(metric="amount_collected", period_start=month_start, period_end=month_end,
                     amount=Decimal("5000.00"), currency="EUR"))
    return database


@pytest.fixture
def pane(qtbot, seeded):
    pane = DashboardPane(seeded)
    qtbot.addWidget(pane)
    pane.resize(1100, 710)
    with qtbot.waitSignal(pane.figures_loaded, timeout=20_000):
        pane.show()  # the first show loads
    return pane


def test_it_says_loading_then_shows_the_formatted_figures(qtbot, seeded):
    pane = DashboardPane(seeded)
    qtbot.addWidget(pane)
    pane.refresh()
    assert pane.stack.currentWidget() is pane.message_page
    assert "Loading" in pane.message_label.text()
    qtbot.waitUntil(lambda: pane.figures is not None, timeout=20_000)
    assert pane.stack.currentWidget() is pane.scroll

    tiles = pane.tiles
    assert i18n.format_money(Decimal("1234.50"), "EUR") in tiles["collected_today"].value_text()
    assert i18n.format_money(Decimal("1234.50"), "EUR") in tiles["collected_month"].value_text()
    assert i18n.format_money(Decimal("5000.00"), "EUR") in tiles["collected_month"].detail_text()
    assert tiles["due_today"].value_text() == "1"
    assert i18n.format_money(Decimal("300.00"), "PLN") in tiles["due_today"].detail_text()
    assert tiles["complaints"].value_text() == "1"
    assert "1 overdue" in tiles["complaints"].detail_text()
    assert tiles["escalations"].value_text() == "1"
    assert i18n.format_money(Decimal("9000.00"), "PLN") in tiles["escalations"].detail_text()
    assert tiles["all_open"].value_text() == "3"
    assert tiles["aging:current"].value_text() == "1"
    assert tiles["aging:31-60"].value_text() == "1"
    assert tiles["aging:180+"].value_text() == "1"
    assert i18n.format_money(Decimal("265.50"), "EUR") in tiles["aging:180+"].detail_text()  # 1500 - 1234.50
    assert tiles["dpd_90_plus"].value_text() == "1"
    assert "As of" in pane.as_of_label.text()


def test_clicking_a_tile_opens_its_queue(qtbot, pane):
    with qtbot.waitSignal(pane.open_queue, timeout=2000) as blocker:
        qtbot.mouseClick(pane.tiles["due_today"], Qt.MouseButton.LeftButton)
    assert blocker.args == [("builtin", "promises_due_today")]
    with qtbot.waitSignal(pane.open_queue, timeout=2000) as blocker:
        qtbot.mouseClick(pane.tiles["aging:61-90"], Qt.MouseButton.LeftButton)
    assert blocker.args == [("aging", "61-90")]
    with qtbot.waitSignal(pane.open_queue, timeout=2000) as blocker:
        qtbot.mouseClick(pane.tiles["all_open"], Qt.MouseButton.LeftButton)
    assert blocker.args == [("builtin", "all_open")]


def test_enter_and_space_on_a_focused_tile_open_it(qtbot, pane):
    tile = pane.tiles["dpd_90_plus"]
    tile.setFocus()
    qtbot.waitUntil(tile.hasFocus)
    with qtbot.waitSignal(pane.open_queue, timeout=2000) as blocker:
        qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert blocker.args == [("builtin", "dpd_90_plus")]
    broken = pane.tiles["broken_week"]
    broken.setFocus()
    with qtbot.waitSignal(pane.open_queue, timeout=2000) as blocker:
        qtbot.keyClick(broken, Qt.Key.Key_Space)
    assert blocker.args == [("builtin", "broken_promises")]


def test_tab_walks_the_tiles_and_each_has_an_accessible_name(qtbot, pane):
    focusable = [t for t in pane.tiles.values() if t.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert len(focusable) >= 15
    for tile in pane.tiles.values():
        assert tile.accessibleName().strip(": ")
    assert "Today" in pane.tiles["collected_today"].accessibleName()
    pane.tiles["collected_today"].setFocus()
    qtbot.keyClick(pane.tiles["collected_today"], Qt.Key.Key_Tab)
    assert isinstance(pane.focusWidget(), FigureTile)


def test_complaints_and_escalations_open_their_panes(qtbot, pane):
    with qtbot.waitSignal(pane.open_pane, timeout=2000) as blocker:
        qtbot.mouseClick(pane.tiles["complaints"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["feedback"]
    with qtbot.waitSignal(pane.open_pane, timeout=2000) as blocker:
        pane.tiles["escalations"].setFocus()
        qtbot.keyClick(pane.tiles["escalations"], Qt.Key.Key_Enter)
    assert blocker.args == ["escalations"]


def test_a_figure_without_a_queue_behind_it_does_not_pretend(qtbot, pane):
    tile = pane.tiles["due_week"]
    assert not tile.is_clickable() and tile.focusPolicy() == Qt.FocusPolicy.NoFocus
    with qtbot.assertNotEmitted(pane.open_queue), qtbot.assertNotEmitted(pane.open_pane):
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)


def test_clicking_an_aging_bar_opens_that_bucket(qtbot, pane):
    chart = pane.aging_chart
    qtbot.waitExposed(chart)
    with qtbot.waitSignal(pane.open_queue, timeout=2000) as blocker:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_point("31-60"))
    assert blocker.args == [("aging", "31-60")]
    with qtbot.waitSignal(pane.open_queue, timeout=2000) as blocker:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_point("180+"))
    assert blocker.args == [("aging", "180+")]
    assert "1 open account" in chart.tooltip_text(4 + 1)  # the 180+ bucket


def test_the_trend_has_thirteen_weeks_and_exact_tooltips(pane):
    chart = pane.trend_chart
    assert [line.name() for line in chart.lines] == ["EUR"]
    assert chart.lines[0].count() == 13
    assert i18n.format_money(Decimal("1234.50"), "EUR") in chart.tooltip_text(12)


def test_a_failure_shows_the_message_and_try_again(qtbot, seeded, monkeypatch):
    def broken(*_a, **_k):
        raise StorageError("The database server cannot be reached.")

    monkeypatch.setattr(dashboard_pane, "dashboard_figures", broken)
    pane = DashboardPane(seeded)
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.load_failed, timeout=5000):
        pane.refresh()
    assert "cannot be reached" in pane.message_label.text()
    assert pane.retry_button.isVisibleTo(pane)

    def crash(*_a, **_k):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(dashboard_pane, "dashboard_figures", crash)
    with qtbot.waitSignal(pane.load_failed, timeout=5000) as blocker:
        qtbot.mouseClick(pane.retry_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "The figures could not be read: division by zero"
    assert "Traceback" not in pane.message_label.text()


def test_a_failed_refresh_keeps_the_last_figures(qtbot, pane, monkeypatch):
    monkeypatch.setattr(dashboard_pane, "dashboard_figures",
                        lambda *_a, **_k: (_ for _ in ()).throw(StorageError("The database is busy.")))
    with qtbot.waitSignal(pane.load_failed, timeout=5000):
        pane.refresh()
    assert pane.stack.currentWidget() is pane.scroll
    assert pane.tiles["due_today"].value_text() == "1"
    assert "busy" in pane.banner.text() and pane.banner.isVisibleTo(pane)


def test_a_language_switch_reformats_the_numbers(qtbot, pane):
    try:
        i18n.install("de")
        qtbot.waitUntil(lambda: "1.234,50\u00a0EUR" in pane.tiles["collected_today"].value_text(), timeout=3000)
    finally:
        i18n.install("en")
    qtbot.waitUntil(lambda: "1,234.50\u00a0EUR" in pane.tiles["collected_today"].value_text(), timeout=3000)
    assert pane.title() == "Dashboard"


@pytest.mark.parametrize("base, text", [("#ffffff", "#000000"), ("#1e1e1e", "#dcdcdc")])
def test_good_and_bad_colours_stay_legible_in_light_and_dark_themes(base, text):
    from PySide6.QtGui import QColor, QPalette

    from collectdesk.ui.dashboard.figure_tile import muted_colour, tone_colour

    def luminance(c: QColor) -> float:
        def lin(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())

    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    bg = luminance(QColor(base))
    for colour in [tone_colour(t, palette) for t in ("good", "bad", "warn")] + [muted_colour(palette)]:
        fg = luminance(colour)
        ratio = (max(fg, bg) + 0.05) / (min(fg, bg) + 0.05)
        assert ratio >= 4.5, (colour.name(), base, ratio)
