"""Help > About, as support uses it: the version from the package metadata, the Qt actually running, the
database that is open and where things are kept; Copy details puts all of it on the clipboard, never a password."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy.engine import make_url

from collectdesk.services.context import ServiceContext
from collectdesk.services.database import Database, open_database
from collectdesk.store.engine import make_engine
from collectdesk.store.migrate import head_revision
from collectdesk.ui.settings import AppSettings

PASSWORD = "Tr0ub4dor-and-3"  # nothing a URL would escape: what is shown is compared as typed


@pytest.fixture
def settings(tmp_path):
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "user data"
    monkeypatch.setenv("COLLECTDESK_DATA_DIR", str(folder))
    return folder


def _about(qtbot, database, settings):
    from collectdesk.ui.about_dialog import AboutDialog

    dialog = AboutDialog(database, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _everything_shown(dialog) -> str:
    texts = [dialog.windowTitle()]
    for label in dialog.findChildren(QLabel):
        texts += [label.text(), label.toolTip()]
    return "\n".join(texts)


def test_about_shows_versions_database_and_where_things_are(qtbot, database, settings, data_dir):
    if database.url.get_backend_name() != "sqlite":
        pytest.skip("GUI tests run on SQLite; a server's URL is checked below")
    dialog = _about(qtbot, database, settings)
    shown = _everything_shown(dialog)
    assert importlib.metadata.version("collectdesk") in shown
    assert qVersion() in shown
    assert str(Path(database.url.database)) in shown  # the full path of the open file
    assert f"{head_revision()} (up to date)" in shown
    assert str(data_dir) in shown and str(data_dir / "collectdesk.log") in shown
    assert settings.q.fileName() in shown
    for label in dialog.values.values():  # support can select any value
        assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_copy_details_puts_it_all_on_the_clipboard(qtbot, database, settings, data_dir):
    if database.url.get_backend_name() != "sqlite":
        pytest.skip("GUI tests run on SQLite; a server's URL is checked below")
    QApplication.clipboard().clear()
    dialog = _about(qtbot, database, settings)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert f"CollectDesk version: {importlib.metadata.version('collectdesk')}" in copied.splitlines()
    assert f"Qt (running): {qVersion()}" in copied.splitlines()
    assert str(Path(database.url.database)) in copied and str(data_dir) in copied
    assert dialog.feedback.text() == "The details are on the clipboard."


def test_open_data_folder_and_escape(qtbot, database, settings, data_dir, monkeypatch):
    if database.url.get_backend_name() != "sqlite":
        pytest.skip("GUI tests run on SQLite")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = _about(qtbot, database, settings)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(data_dir)]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_help_about_in_the_main_window_opens_it(qtbot, database, settings, data_dir, monkeypatch):
    if database.url.get_backend_name() != "sqlite":
        pytest.skip("GUI tests run on SQLite")
    from collectdesk.ui import about_dialog
    from collectdesk.ui.main_window import MainWindow

    seen = []
    monkeypatch.setattr(about_dialog.AboutDialog, "exec", lambda self: seen.append(dict(self.details())) or 0)
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.act_about.trigger()
    assert seen and seen[0]["version"] == importlib.metadata.version("collectdesk")


def _assert_no_password(qtbot, dialog) -> None:
    assert PASSWORD not in _everything_shown(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert PASSWORD not in QApplication.clipboard().text()
    assert "Shared server" in QApplication.clipboard().text()


def test_a_server_password_is_never_shown_nor_copied(qtbot, database, settings, data_dir):
    """A shared server opened with a password in its URL (the server here trusts local connections, so the
    password is carried but not needed): the dialog shows host and database, and the schema, never the password."""
    if database.url.get_backend_name() == "sqlite":
        pytest.skip("a PostgreSQL URL")
    url = database.url.set(password=PASSWORD).render_as_string(hide_password=False)
    opened = open_database(url, actor="tester", sweep=False)
    try:
        assert opened.url.password == PASSWORD  # the password really is in what the dialog is given
        dialog = _about(qtbot, opened, settings)
        shown = _everything_shown(dialog)
        assert opened.url.host in shown and opened.url.database in shown
        assert f"{head_revision()} (up to date)" in shown
        _assert_no_password(qtbot, dialog)
    finally:
        opened.close()


def test_an_unreachable_server_shows_no_password_and_no_error(qtbot, settings, data_dir):
    """The server went away after the database was opened: the schema is 'unknown', the rest still shows."""
    url = make_url(f"postgresql+psycopg://collections:{PASSWORD}@127.0.0.1:1/branch_office")
    engine = make_engine(url)
    gone = Database(url=url, engine=engine, ctx=ServiceContext(engine, "tester"))
    try:
        dialog = _about(qtbot, gone, settings)
        assert "cannot be reached" in dialog.values["schema"].text()
        assert "127.0.0.1" in dialog.values["database"].text()
        _assert_no_password(qtbot, dialog)
    finally:
        gone.close()
