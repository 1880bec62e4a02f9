"""First run: the demo database is built with progress; a database that cannot be opened is explained."""

from sqlalchemy import func, select

from collectdesk.store.models import Account
from collectdesk.ui.database_dialog import DatabaseChoice
from collectdesk.ui.startup import open_choice


def test_demo_choice_builds_the_demo_then_opens(qtbot, tmp_path):
    path = str(tmp_path / "demo.sqlite3")
    opened = []
    open_choice(None, DatabaseChoice(path, path, demo=True), opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=120_000)
    with opened[0].ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(Account)) > 0
    opened[0].close()


def test_unreachable_server_is_reported_not_raised(qtbot):
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"
    failures = []
    open_choice(None, DatabaseChoice(url, url), lambda db: None, on_failed=failures.append)
    assert failures and "cannot be reached" in failures[0]


def test_first_run_dialog_offers_three_ways(qtbot):
    from collectdesk.ui.database_dialog import DatabaseDialog

    dialog = DatabaseDialog(None, first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    for button in (dialog.new_button, dialog.demo_button, dialog.server_button, dialog.open_button):
        assert button.isVisible() and button.text()
    dialog.server_button.click()
    assert dialog.pages.currentIndex() == 1
    dialog.server.host.setText("127.0.0.1")
    dialog.server.port.setValue(1)
    assert not dialog.server.test()
    assert dialog.server.result.text()
