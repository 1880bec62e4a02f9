"""The queue pane driven as a user would: open, sort, filter, search, select, bulk-reassign, export."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import select

from collectdesk.services.queues import QueueFilter
from collectdesk.store.models import Account
from collectdesk.ui.settings import AppSettings


@pytest.fixture
def settings(tmp_path):
    q = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppSettings(q)


@pytest.fixture
def accounts(database, org, make_account):
    names = ["Niccolò Bianchi", "Łukasz Wójcik", "Jürgen Groß", "Anna Müller", "Zofia Zając"]
    today = date.today()
    return [make_account(balance=Decimal(50 + 1000 * i) + Decimal("0.25"), name=f"{names[i % 5]} {i}",
                         due_date=today - timedelta(days=10 * i), country="PL" if i % 2 else "IT",
                         currency="PLN" if i % 2 else "EUR") for i in range(25)]


@pytest.fixture
def pane(qtbot, database, accounts, settings):
    from collectdesk.ui.queues.queue_pane import QueuePane

    p = QueuePane(database, settings=settings)
    qtbot.addWidget(p)
    p.resize(1400, 800)
    p.show()
    qtbot.waitUntil(lambda: not p.model.counting, timeout=5000)
    return p


def db_only(database):
    if database.url.get_backend_name() != "sqlite":
        pytest.skip("GUI tests run on SQLite; the services below them are tested on both")


def test_opens_on_all_open_accounts_sorted_by_days_past_due(database, pane):
    db_only(database)
    assert pane.model.rowCount() == 25
    assert "25" in pane.count_label.text()
    dpd = [pane.model.row_at(r).dpd for r in range(25)]
    assert dpd == sorted(dpd, reverse=True)


def test_header_click_sorts_by_balance(database, pane, qtbot):
    db_only(database)
    col = pane.model.columns.index("balance")
    pane.table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not pane.model.counting, timeout=5000)
    balances = [pane.model.row_at(r).balance for r in range(pane.model.rowCount())]
    assert balances == sorted(balances)
    text = pane.model.data(pane.model.index(0, col))
    assert text == "50.25"


def test_sort_on_a_column_without_index_runs_in_the_background(database, pane, qtbot):
    db_only(database)
    col = pane.model.columns.index("status")
    pane.table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: pane.model.query.sort_key == "status", timeout=5000)
    assert pane.model.rowCount() == 25


def test_search_box_filters_as_the_user_types(database, pane, qtbot):
    db_only(database)
    qtbot.keyClicks(pane.search, "w")  # QTest types ASCII only; the rest as an input method would
    pane.search.insert("ójcik")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 5, timeout=3000)
    assert all("Wójcik" in pane.model.row_at(r).debtor for r in range(5))


def test_filter_by_country(database, pane, qtbot):
    db_only(database)
    pane.open_filter(QueueFilter(countries=("PL",)), "PL")
    qtbot.waitUntil(lambda: not pane.model.counting, timeout=3000)
    assert pane.model.rowCount() == 12
    assert {pane.model.row_at(r).country for r in range(12)} == {"PL"}


def test_select_several_rows_and_bulk_reassign(database, org, pane, qtbot, monkeypatch):
    db_only(database)
    from collectdesk.ui.queues import bulk_dialogs

    pane.select_row(0)
    sel = pane.table.selectionModel()
    for row in (2, 3):
        sel.select(pane.model.index(row, 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)
    assert pane.selected_count() == 3
    chosen = [pane.model.row_at(r).id for r in (0, 2, 3)]
    assert pane.reassign_button.isEnabled()

    def fake_exec(dialog):
        dialog.combo.setCurrentIndex(dialog.index_of(org.jan))
        return True

    monkeypatch.setattr(bulk_dialogs.ChoiceDialog, "exec", fake_exec)
    qtbot.mouseClick(pane.reassign_button, Qt.MouseButton.LeftButton)
    with database.ctx.reading() as s:
        owners = dict(s.execute(select(Account.id, Account.collector_id)).all())
    assert {owners[i] for i in chosen} == {org.jan}
    assert sum(1 for v in owners.values() if v == org.jan) == 3


def test_select_all_with_keyboard_then_set_next_action(database, pane, qtbot, monkeypatch):
    db_only(database)
    from collectdesk.ui.queues import bulk_dialogs

    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert pane.selected_count() == 25
    day = date.today() + timedelta(days=3)

    def fake_exec(dialog):
        from PySide6.QtCore import QDate

        dialog.edit.setDate(QDate(day))
        return True

    monkeypatch.setattr(bulk_dialogs.DateDialog, "exec", fake_exec)
    pane.bulk_next_action()
    with database.ctx.reading() as s:
        assert set(s.scalars(select(Account.next_action_on))) == {day}


def test_selecting_a_row_shows_the_account(database, pane, qtbot):
    db_only(database)
    pane.select_row(4)
    row = pane.model.row_at(4)
    qtbot.waitUntil(lambda: pane.detail.detail is not None and pane.detail.detail.id == row.id,
                    timeout=3000)


def test_export_writes_every_row(database, pane, qtbot, tmp_path):
    db_only(database)
    import openpyxl

    out = tmp_path / "export.xlsx"
    pane.export(out)
    qtbot.waitUntil(out.exists, timeout=10000)
    rows = list(openpyxl.load_workbook(out, read_only=True).active.iter_rows(values_only=True))
    assert len(rows) == 26


def test_columns_and_splitter_are_remembered(database, qtbot, accounts, settings):
    db_only(database)
    from collectdesk.ui.queues.queue_pane import QueuePane

    first = QueuePane(database, settings=settings)
    qtbot.addWidget(first)
    first._toggle_column("creditor", True)
    first._toggle_column("country", False)
    first.save_state()
    second = QueuePane(database, settings=settings)
    qtbot.addWidget(second)
    assert "creditor" in second.model.columns and "country" not in second.model.columns


def test_database_gone_while_scrolling_is_told_not_raised(database, pane, qtbot, monkeypatch):
    db_only(database)
    from collectdesk.domain.errors import StorageError

    def gone(*_a, **_k):
        raise StorageError("The database server cannot be reached.")

    pane.model._pages.clear()
    monkeypatch.setattr(pane.model.query, "page", gone)
    monkeypatch.setattr(pane.model.query, "rows", gone)
    with qtbot.waitSignal(pane.status_message, timeout=2000) as said:
        pane.table.viewport().repaint()
    assert "cannot be reached" in said.args[0]
