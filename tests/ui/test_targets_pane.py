"""The Targets pane as a supervisor uses it: pick a month, type a target into the table, see it in the
database; a stale edit is refused and reloaded; copy a month's targets forward; import a spreadsheet
(a bad one writes nothing and lists the problems); change the attainment colours."""

from datetime import date, timedelta
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QSpinBox
from sqlalchemy import func, select

from collectdesk import i18n
from collectdesk.domain.periods import Period, PeriodKind
from collectdesk.services import payments
from collectdesk.services.context import ServiceContext
from collectdesk.services.targets import attainment_thresholds, set_target
from collectdesk.store.models import Target
from collectdesk.ui.account.money_edit import MoneyEdit
from collectdesk.ui.targets.targets_model import TargetsModel, band_background
from collectdesk.ui.targets.targets_pane import TargetsPane

SQLITE_ONLY = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
THIS_MONTH = Period.containing(PeriodKind.MONTH, date.today())
LAST_MONTH = THIS_MONTH.previous()
D = Decimal


@pytest.fixture
def department(database, org, make_account):
    """Last month: Anna EUR 1,000.00 to collect and 40 contacts (she collected EUR 600.00); the team
    EUR 5,000.00."""
    account = make_account(balance=D("5000.00"))
    payments.record_payment(database.ctx, account, amount=D("600.00"), paid_on=LAST_MONTH.start + timedelta(days=3))
    span = dict(period_start=LAST_MONTH.start, period_end=LAST_MONTH.end)
    set_target(database.ctx, staff_id=org.anna, metric="amount_collected", amount=D("1000"), currency="EUR", **span)
    set_target(database.ctx, staff_id=org.anna, metric="contacts", count=40, **span)
    set_target(database.ctx, team_id=org.team, metric="amount_collected", amount=D("5000"), currency="EUR", **span)
    return database


@pytest.fixture
def pane(qtbot, department):
    pane = TargetsPane(department)
    qtbot.addWidget(pane)
    pane.resize(1300, 600)
    with qtbot.waitSignal(pane.rows_loaded, timeout=20_000):
        pane.show()
    return pane


def pick_last_month(qtbot, pane: TargetsPane) -> None:
    with qtbot.waitSignal(pane.rows_loaded, timeout=20_000):
        qtbot.mouseClick(pane.period_bar.back, Qt.MouseButton.LeftButton)
    assert pane.period_bar.period == LAST_MONTH


def index_of(pane: TargetsPane, name: str, metric: str, attainment: bool = False):
    model: TargetsModel = pane.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == name:
            return model.index(row, model.column_of(metric, attainment))
    raise AssertionError(f"no row for {name}")


def stored(database, **where):
    with database.ctx.reading() as s:
        q = select(Target)
        for key, value in where.items():
            q = q.where(getattr(Target, key) == value)
        return s.scalars(q).all()


def type_into(qtbot, pane: TargetsPane, index, text: str, *, accepted: bool = True):
    pane.table.setFocus()
    pane.table.setCurrentIndex(index)
    qtbot.keyClick(pane.table, Qt.Key.Key_F2)
    editor = pane.table.focusWidget()
    assert isinstance(editor, (MoneyEdit, QSpinBox)), editor
    if isinstance(editor, QSpinBox):
        editor.lineEdit().selectAll()
        qtbot.keyClicks(editor.lineEdit(), text)
    else:
        editor.selectAll()
        qtbot.keyClicks(editor, text)
    seen = (type(editor), editor.currency() if isinstance(editor, MoneyEdit) else None)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    if accepted:
        qtbot.waitUntil(lambda: pane.table.state() != QAbstractItemView.State.EditingState)  # committed (queued)
        return seen  # the editor is gone
    return editor


@SQLITE_ONLY
def test_pick_a_month_and_edit_targets_in_the_table(qtbot, pane, department, org):
    assert pane.period_bar.period == THIS_MONTH
    assert index_of(pane, "Anna Rossi", "amount_collected").data() == ""  # nothing set this month
    pick_last_month(qtbot, pane)
    assert index_of(pane, "Anna Rossi", "amount_collected").data() == i18n.format_money(D("1000.00"), "EUR")
    assert index_of(pane, "Anna Rossi", "amount_collected", True).data() == \
        f"{i18n.format_decimal(D('60.0'), 1)}\u00a0%"

    assert type_into(qtbot, pane, index_of(pane, "Anna Rossi", "amount_collected"), "1,234.56") == (MoneyEdit, "EUR")
    [anna] = stored(department, staff_id=org.anna, metric="amount_collected")
    assert (anna.amount, anna.currency, anna.period_start, anna.period_end) == (
        D("1234.56"), "EUR", LAST_MONTH.start, LAST_MONTH.end)
    assert index_of(pane, "Anna Rossi", "amount_collected").data() == i18n.format_money(D("1234.56"), "EUR")
    assert index_of(pane, "Anna Rossi", "amount_collected", True).data() == \
        f"{i18n.format_decimal(D('48.6'), 1)}\u00a0%"  # 600.00 / 1,234.56

    assert type_into(qtbot, pane, index_of(pane, "Jan Kowalski", "contacts"), "75")[0] is QSpinBox  # a new one
    [jan] = stored(department, staff_id=org.jan, metric="contacts")
    assert (jan.count, jan.period_start) == (75, LAST_MONTH.start)

    pane.table.setCurrentIndex(index_of(pane, "Jan Kowalski", "contacts"))
    qtbot.keyClick(pane.table, Qt.Key.Key_Delete)  # removes it
    assert stored(department, staff_id=org.jan) == []


@SQLITE_ONLY
def test_half_typed_amount_is_not_saved(qtbot, pane, department, org):
    pick_last_month(qtbot, pane)
    editor = type_into(qtbot, pane, index_of(pane, "Anna Rossi", "amount_collected"), "1,23", accepted=False)
    assert "thousands" in pane.notice.text()
    assert pane.table.state() == QAbstractItemView.State.EditingState and editor.isVisible()  # still typing
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    [anna] = stored(department, staff_id=org.anna, metric="amount_collected")
    assert anna.amount == D("1000.00")


@SQLITE_ONLY
def test_a_stale_edit_is_refused_told_and_reloaded(qtbot, pane, department, org):
    pick_last_month(qtbot, pane)
    other = ServiceContext(department.engine, "marek")
    [anna] = stored(department, staff_id=org.anna, metric="contacts")
    set_target(other, staff_id=org.anna, metric="contacts", period_start=LAST_MONTH.start,
               period_end=LAST_MONTH.end, count=55, expected_version=anna.version)
    with qtbot.waitSignal(pane.rows_loaded, timeout=20_000):
        type_into(qtbot, pane, index_of(pane, "Anna Rossi", "contacts"), "45")
    assert pane.message_box is not None and "marek" in pane.message_box.text()
    assert [t.count for t in stored(department, staff_id=org.anna, metric="contacts")] == [55]
    assert index_of(pane, "Anna Rossi", "contacts").data() == i18n.format_count(55)  # reloaded


@SQLITE_ONLY
def test_copy_forward_creates_next_months_targets(qtbot, pane, department, org, monkeypatch):
    pick_last_month(qtbot, pane)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(pane.copied, timeout=20_000) as blocker:
        qtbot.mouseClick(pane.copy_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [3]
    copied = stored(department, period_start=THIS_MONTH.start)
    assert {t.period_end for t in copied} == {THIS_MONTH.end}
    assert sorted((t.metric, t.amount, t.count) for t in copied if t.staff_id == org.anna) == [
        ("amount_collected", D("1000.00"), None), ("contacts", None, 40)]
    assert "3" in pane.notice.text()
    with qtbot.waitSignal(pane.rows_loaded, timeout=20_000):
        qtbot.mouseClick(pane.period_bar.forward, Qt.MouseButton.LeftButton)
    assert index_of(pane, "Recupero 1", "amount_collected").data() == i18n.format_money(D("5000.00"), "EUR")


def workbook(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["staff", "team", "metric", "period", "amount", "currency", "count"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@SQLITE_ONLY
def test_import_of_a_bad_file_lists_the_problems_and_writes_nothing(qtbot, pane, department, org, tmp_path,
                                                                    monkeypatch):
    month = f"{THIS_MONTH.start:%Y-%m}"
    path = workbook(tmp_path / "bad.xlsx", [["anna", None, "contacts", month, None, None, 50],
                                           ["nobody", None, "contacts", month, None, None, 10]])
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(path), ""))
    before = len(stored(department))
    with qtbot.waitSignal(pane.import_finished, timeout=20_000):
        qtbot.mouseClick(pane.import_button, Qt.MouseButton.LeftButton)
    dialog = pane.errors_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in range(3)] == [
        "3", "staff", "No staff member has the user name or full name 'nobody'."]
    assert len(stored(department)) == before  # Anna's good row was not imported either
    sample = tmp_path / "sample.xlsx"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(sample), ""))
    qtbot.mouseClick(dialog.sample_button, Qt.MouseButton.LeftButton)
    assert [c.value for c in openpyxl.load_workbook(sample).active[1]] == [
        "staff", "team", "metric", "period", "period_start", "period_end", "amount", "currency", "count"]


@SQLITE_ONLY
def test_import_of_a_good_file_shows_its_targets(qtbot, pane, department, org, tmp_path):
    month = f"{THIS_MONTH.start:%Y-%m}"
    path = workbook(tmp_path / "good.xlsx", [["Anna Rossi", None, "amount_collected", month, "2500", "EUR", None],
                                            [None, "Recupero 1", "promises_made", month, None, None, 30]])
    with qtbot.waitSignal(pane.rows_loaded, timeout=20_000):
        pane.import_file(path)
    assert index_of(pane, "Anna Rossi", "amount_collected").data() == i18n.format_money(D("2500.00"), "EUR")
    assert index_of(pane, "Recupero 1", "promises_made").data() == i18n.format_count(30)
    assert "2 new" in pane.notice.text()


@SQLITE_ONLY
def test_thresholds_dialog_saves_and_recolours(qtbot, pane, department):
    pick_last_month(qtbot, pane)
    cell = index_of(pane, "Anna Rossi", "amount_collected", True)  # 60.0 %
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == band_background("bad")
    qtbot.mouseClick(pane.thresholds_button, Qt.MouseButton.LeftButton)
    dialog = pane.thresholds_dialog
    assert dialog.isVisible()
    dialog.good.setValue(60)  # the warning level (90) is now above the good one: refused as typed
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert dialog.error.isVisible()
    dialog.good.setValue(90)
    dialog.warn.setValue(55.5)
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    saved = attainment_thresholds(department.ctx)
    assert (saved.good, saved.warn) == (D("90"), D("55.5"))
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == band_background("warn")


@SQLITE_ONLY
def test_keyboard_shortcuts_import_and_copy(qtbot, pane, department, monkeypatch):
    asked = []
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName",
                        lambda *a, **k: asked.append("import") or ("", ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append("copy") or QMessageBox.StandardButton.No)
    pane.activateWindow()
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pane.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked == ["import", "copy"]
    assert len(stored(department)) == 3  # the copy was declined: nothing written


def test_model_passes_the_qt_model_tester(qtmodeltester, database, org):
    from collectdesk.services.targets import targets_for_period

    model = TargetsModel()
    model.set_rows(targets_for_period(database.ctx, LAST_MONTH.start, LAST_MONTH.end))
    qtmodeltester.check(model)
    with database.ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(Target)) == 0
