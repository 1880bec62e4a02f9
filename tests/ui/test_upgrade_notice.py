"""A new CollectDesk opening an older database tells the user once: which version updated it and where the copy
of the database as it was is kept (SQLite), or that it was updated in one transaction (PostgreSQL)."""

from __future__ import annotations

import argparse
import uuid
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import Uuid, bindparam, text
from sqlalchemy.engine import make_url

import collectdesk
from collectdesk.store import migrate
from collectdesk.store.engine import make_engine
from collectdesk.store.types import UTCDateTime
from collectdesk.ui.database_dialog import DatabaseChoice
from collectdesk.ui.settings import AppSettings


def _older_database(url: str, revision: str = "0001") -> None:
    """What an older CollectDesk left behind: schema at `revision`, one branch in it."""
    engine = make_engine(url)
    with engine.begin() as conn:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.execute(text("INSERT INTO branch (id, name, country, city, timezone, version, created_at, updated_at) "
                          "VALUES (:id, 'Wrocław', 'PL', 'Wrocław', 'Europe/Warsaw', 1, :at, :at)").bindparams(
            bindparam("id", type_=Uuid()), bindparam("at", type_=UTCDateTime())),
            {"id": uuid.uuid4(), "at": datetime(2026, 2, 2, 8, 0, tzinfo=timezone.utc)})
    engine.dispose()


@pytest.fixture
def settings(tmp_path):
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def boxes(monkeypatch):
    """Information boxes captured instead of shown (a modal box would block the test)."""
    shown: list[tuple[str, str]] = []

    def capture(_parent, title, message, *args, **kwargs):
        shown.append((title, message))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", capture)
    return shown


def _backups(path: Path) -> list[Path]:
    return sorted((path.parent / "backups").glob("*.sqlite3"))


def test_app_start_on_an_older_file_tells_where_the_copy_is_kept(qtbot, tmp_path, settings, boxes):
    from collectdesk.app import Startup

    path = tmp_path / "branch office.sqlite3"
    _older_database(str(path))
    startup = Startup(argparse.Namespace(db=str(path), demo=False, lang=None, user="tester"))
    startup.settings = settings
    startup.begin()
    window = startup.window
    assert window is not None
    qtbot.addWidget(window)
    try:
        [backup] = _backups(path)
        assert len(boxes) == 1
        title, message = boxes[0]
        assert title == "Database updated"
        assert str(backup) in message and collectdesk.__version__ in message and "updated this database" in message
        assert str(backup) in window.statusBar().currentMessage()
        assert migrate.current_revision(window.database.engine) == migrate.head_revision()
    finally:
        window.close()
        window.database.close()

    # the next start migrates nothing, so says nothing
    again = Startup(argparse.Namespace(db=str(path), demo=False, lang=None, user="tester"))
    again.settings = settings
    again.begin()
    qtbot.addWidget(again.window)
    try:
        assert len(boxes) == 1 and again.window.statusBar().currentMessage() == ""
        assert _backups(path) == [backup]
    finally:
        again.window.close()
        again.window.database.close()


def test_switching_to_an_older_file_tells_it_too(qtbot, tmp_path, database, make_account, settings, boxes):
    if database.url.get_backend_name() != "sqlite":
        pytest.skip("GUI tests run on SQLite; the services below them are tested on both")
    from collectdesk.ui.main_window import MainWindow

    make_account(balance=Decimal("50.00"))
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.show()
    assert boxes == []  # an up-to-date database: nothing to tell
    older = tmp_path / "older" / "archive 2025.sqlite3"
    older.parent.mkdir()
    _older_database(str(older))
    window.switch_database(DatabaseChoice(str(older), str(older)))
    try:
        assert window.database.label == str(older)
        [backup] = _backups(older)
        assert len(boxes) == 1 and str(backup) in boxes[0][1]
        assert str(backup) in window.statusBar().currentMessage()
    finally:
        window.close()
        window.database.close()


def test_a_newer_database_at_start_is_explained_and_the_choice_offered_again(qtbot, tmp_path, settings, boxes,
                                                                             monkeypatch):
    from collectdesk.app import Startup

    path = tmp_path / "head office.sqlite3"
    engine = make_engine(str(path))
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_next_year'"))
    engine.dispose()
    startup = Startup(argparse.Namespace(db=str(path), demo=False, lang=None, user="tester"))
    startup.settings = settings
    asked: list[str | None] = []
    monkeypatch.setattr(startup, "ask", lambda first_run=False, message=None: asked.append(message))
    startup.begin()
    assert startup.window is None and boxes == []
    assert asked == ["This database was updated by a newer version of CollectDesk. Install the current version to "
                     "open it; nothing was changed."]


def test_the_notice_for_each_database(db_url):
    """SQLite names the copy; PostgreSQL says one transaction, and never shows a password."""
    from collectdesk.services.database import open_database
    from collectdesk.ui.upgrade_notice import upgrade_message

    _older_database(db_url)
    opened = open_database(db_url, actor="tester")
    try:
        message = upgrade_message(opened)
        assert message is not None and collectdesk.__version__ in message
        if opened.url.get_backend_name() == "sqlite":
            assert str(opened.backup_made) in message
        else:
            assert "one transaction" in message and opened.label in message
            password = make_url(db_url).password
            assert not password or password not in message
    finally:
        opened.close()
    again = open_database(db_url, actor="tester")
    try:
        assert upgrade_message(again) is None
    finally:
        again.close()
