"""The main window as a supervisor meets it: panes, shortcuts, status bar, settings, remembered state."""

from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication

from collectdesk import i18n
from collectdesk.ui.settings import AppSettings


@pytest.fixture
def settings(tmp_path):
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, database, org, make_account, settings):
    if database.url.get_backend_name() != "sqlite":
        pytest.skip("GUI tests run on SQLite; the services below them are tested on both")
    from collectdesk.ui.main_window import MainWindow

    for i in range(12):
        make_account(balance=Decimal("100.00") * (i + 1), name=f"Agnieszka Zając {i}")
    w = MainWindow(database, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    i18n.install("en")


def test_navigation_lists_only_built_panes(window):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Dashboard", "Queues", "Feedback inbox", "Escalations", "Portfolios", "Scorecards", "Staff",
                      "Training", "Targets", "Compliance", "Reports"]


def test_scorecard_anomaly_or_row_opens_the_staff_page(window, qtbot, org):
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.pane() is window.scorecards
    window.scorecards.open_staff.emit(org.anna)
    assert window.pane() is window.staff
    assert window.staff.current_staff_id() == org.anna


def test_shortcuts_switch_panes_and_find_focuses_the_search(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pane() is window.queues
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.queues.search, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pane() is window.dashboard


def test_status_bar_shows_database_user_and_language(window, database):
    assert database.label in window.db_label.text()
    assert "tester" in window.user_label.text()
    assert window.lang_label.text() == "English"


def test_dashboard_figure_opens_the_queue_behind_it(window, qtbot):
    window.dashboard.open_queue.emit(("builtin", "high_balance"))
    assert window.pane() is window.queues
    qtbot.waitUntil(lambda: not window.queues.model.counting, timeout=3000)
    assert window.queues.model.rowCount() == 0  # no account reaches 10,000 here
    window.dashboard.open_queue.emit(("aging", "180+"))
    qtbot.waitUntil(lambda: not window.queues.model.counting, timeout=3000)
    assert window.queues.model.rowCount() == 12  # due 15 Jan 2026: all over 180 days


def test_language_switch_applies_without_restart(window, settings, monkeypatch):
    from collectdesk.ui import settings_dialog

    def accept_german(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData("de"))
        dialog._accept()
        return True

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", accept_german)
    window.open_settings()
    assert settings.language == "de"
    assert window.lang_label.text() == "Deutsch"
    assert window.file_menu.title() == QCoreApplication.translate("MainWindow", "&File") != "&File"
    assert window.nav.item(1).text() == window.queues.title() != "Queues"


def test_window_state_is_remembered(qtbot, window, database, settings):
    from collectdesk.ui.main_window import MainWindow

    window.resize(790, 500)
    window.nav.setCurrentRow(1)
    window.save_window_state()
    again = MainWindow(database, settings)
    qtbot.addWidget(again)
    assert again.size().height() == 500  # (the offscreen screen is 800 px wide)
    assert again.pane() is again.queues


def test_about_and_settings_dialog_open_with_standard_buttons(window, qtbot):
    from collectdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window.database.label, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language.count() == 5
    assert dialog.database_label.text() == window.database.label


def test_pane_list_fits_the_longest_german_title(qtbot, database, org, settings):
    """"Leistungsübersichten" was cut to "Leistungsübersichte" with a scroll bar under the list."""
    if database.url.get_backend_name() != "sqlite":
        pytest.skip("GUI tests run on SQLite")
    from collectdesk.ui.main_window import MainWindow

    i18n.install("de")
    try:
        w = MainWindow(database, settings, restore_state=False)
        qtbot.addWidget(w)
        w.resize(1100, 700)  # a laptop: the splitter gives the list no more than it must
        w.show()
        qtbot.waitExposed(w)
        assert "Leistungsübersichten" in [w.nav.item(i).text() for i in range(w.nav.count())]
        # the widest item (icon, padding and text) fits the list's visible width
        assert w.nav.viewport().width() >= w.nav.sizeHintForColumn(0)
        assert not w.nav.horizontalScrollBar().isVisible()
    finally:
        i18n.install("en")
