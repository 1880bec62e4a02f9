"""The queue pane's Case column, the case filters in the filter dialog and the "Payment plans in trouble"
queue, driven as a user would (SQLite; the services under them are tested on both databases)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from collectdesk.domain.enums import EscalationDecision, EscalationReason, PlanFrequency, StaffRole
from collectdesk.services import escalations, plans, settlements
from collectdesk.services.queues import QueueFilter, builtin_filter
from collectdesk.store.models import StaffMember
from collectdesk.ui.settings import AppSettings

SQLITE_ONLY = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
TODAY = date.today()


def _days(n: int) -> date:
    return TODAY + timedelta(days=n)


@pytest.fixture
def settings(tmp_path):
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def cases(database, org, make_account):
    """Five accounts: nothing going on, an escalation, a missed plan, a plan broken a week ago, an
    accepted settlement."""
    a = SimpleNamespace(**{name: make_account(balance=Decimal("900.00"), name=f"Debtor {name}",
                                              due_date=_days(-60 - i))
                           for i, name in enumerate(("plain", "escalated", "missed", "broken", "settled"))})
    with database.ctx.transaction() as s:
        sup = StaffMember(username="sara", full_name="Sara Conti", role=StaffRole.SUPERVISOR, team_id=org.team)
        s.add(sup)
    escalations.raise_escalation(database.ctx, a.escalated, raised_by_id=org.anna, reason=EscalationReason.HARDSHIP,
                                 requested_decision=EscalationDecision.SETTLEMENT, proposed_terms=None,
                                 note="Lost her job")
    for acc, first in ((a.missed, -6), (a.broken, -20)):
        pid = plans.create_plan(database.ctx, acc, frequency=PlanFrequency.WEEKLY, first_due=_days(first), count=6)
        plans.approve_plan(database.ctx, pid, "sara")
    plans.sweep_plans(database.ctx, TODAY)
    sid = settlements.offer_settlement(database.ctx, a.settled, deadline=_days(15), discount_pct=Decimal(20))
    settlements.accept_settlement(database.ctx, sid, "sara")
    return a


@pytest.fixture
def pane(qtbot, database, cases, settings):
    from collectdesk.ui.queues.queue_pane import QueuePane

    p = QueuePane(database, settings=settings)
    qtbot.addWidget(p)
    p.resize(1500, 800)
    p.show()
    qtbot.waitUntil(lambda: not p.model.counting, timeout=5000)
    return p


def _case_cells(pane) -> dict:
    """Debtor name -> (Case text, tooltip, shown in the warning colour)."""
    m = pane.model
    col, debtor = m.columns.index("case"), m.columns.index("debtor")
    out = {}
    for r in range(m.rowCount()):
        index = m.index(r, col)
        out[m.data(m.index(r, debtor))] = (m.data(index), m.data(index, Qt.ItemDataRole.ToolTipRole),
                                           m.data(index, Qt.ItemDataRole.ForegroundRole) is not None)
    return out


def _d(n: int) -> str:
    from collectdesk import i18n

    return i18n.format_date(_days(n))


@SQLITE_ONLY
def test_case_column_is_offered_hidden_by_default_and_shows_each_account(database, pane, qtbot):
    assert "case" not in pane.model.columns
    pane._toggle_column("case", True)
    qtbot.waitUntil(lambda: "case" in pane.model.columns, timeout=2000)
    col = pane.model.columns.index("case")
    assert pane.model.headerData(col, Qt.Orientation.Horizontal) == "Case"
    assert pane.table.horizontalHeader().sectionSize(col) >= 200
    cells = _case_cells(pane)
    assert cells == {
        "Debtor plain": ("", None, False),
        "Debtor escalated": ("Escalation: awaiting decision", "Escalation: awaiting decision", False),
        "Debtor missed": ("Plan: installment missed", "Plan: installment missed", True),
        "Debtor broken": (f"Plan: broken ({_d(-7)})", f"Plan: broken ({_d(-7)})", True),
        "Debtor settled": (f"Settlement due by {_d(15)}", f"Settlement due by {_d(15)}", False),
    }


@SQLITE_ONLY
def test_rows_read_their_case_one_page_at_a_time(database, pane, qtbot, monkeypatch):
    from collectdesk.services.queues import window

    calls = []
    real = window.case_states
    monkeypatch.setattr(window, "case_states", lambda conn, ids: calls.append(len(ids)) or real(conn, ids))
    pane.table.viewport().repaint()
    assert calls == []  # the column is hidden: no case is read
    pane._toggle_column("case", True)
    pane.table.viewport().repaint()
    assert calls == [5]  # one statement for the page on screen


@SQLITE_ONLY
def test_clicking_the_case_header_keeps_the_order(database, pane, qtbot):
    pane._toggle_column("case", True)
    header = pane.table.horizontalHeader()
    before = [pane.model.row_at(r).id for r in range(pane.model.rowCount())]
    col = pane.model.columns.index("case")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().topLeft() + _section_centre(header, col))
    assert pane.model.query.sort_key == "dpd"
    assert header.sortIndicatorSection() == pane.model.columns.index("dpd")
    assert [pane.model.row_at(r).id for r in range(pane.model.rowCount())] == before


def _section_centre(header, section):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


@SQLITE_ONLY
def test_plans_in_trouble_queue_from_the_queue_list(database, pane, cases, qtbot):
    assert pane.queues.select("builtin", "plans_in_trouble")
    _wait_for(qtbot, pane, builtin_filter("plans_in_trouble", pane.today))
    assert pane.title_label.text() == "Payment plans in trouble"
    assert {pane.model.row_at(r).id for r in range(pane.model.rowCount())} == {cases.missed, cases.broken}
    assert "2" in pane.count_label.text()
    titles = [pane.queues.item(i).text() for i in range(pane.queues.count())]
    assert titles.index("Payment plans in trouble") == titles.index("Escalated") + 1


def _wait_for(qtbot, pane, flt) -> None:
    """Until the queue shows `flt` (a filter on the case reads the queue's keys in a worker first)."""
    qtbot.waitUntil(lambda: pane.model.query.filter == flt and not pane.model.counting, timeout=5000)
    assert "Counting" not in pane.count_label.text()


def _tick(qtbot, checks, value) -> None:
    """Tick a choice in one of the dialog's check lists with the keyboard, as a user would."""
    for i in range(checks.count()):
        if checks.item(i).data(Qt.ItemDataRole.UserRole) == value:
            checks.setFocus()
            checks.setCurrentRow(i)
            qtbot.keyClick(checks, Qt.Key.Key_Space)
            assert checks.item(i).checkState() == Qt.CheckState.Checked
            return
    raise AssertionError(value)


@SQLITE_ONLY
def test_filter_dialog_drives_the_case_filters(database, pane, cases, qtbot, monkeypatch):
    from collectdesk.ui.queues import filter_dialog
    from collectdesk.ui.queues.filter_dialog import FilterDialog

    def drive(dialog):
        dialog.show()
        qtbot.mouseClick(dialog.open_escalation, Qt.MouseButton.LeftButton, pos=_check_point(dialog.open_escalation))
        assert dialog.open_escalation.isChecked()
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(FilterDialog, "exec", drive)
    pane.edit_filter()
    _wait_for(qtbot, pane, QueueFilter(open_escalation=True))
    assert pane.current_filter().open_escalation
    assert {pane.model.row_at(r).id for r in range(pane.model.rowCount())} == {cases.escalated}

    dialog = filter_dialog.FilterDialog(database, QueueFilter(), pane)
    qtbot.addWidget(dialog)
    dialog.show()
    _tick(qtbot, dialog.plan_states, "missed")
    _tick(qtbot, dialog.plan_states, "broken")
    dialog.broken_days.setFocus()
    dialog.broken_days.selectAll()
    qtbot.keyClicks(dialog.broken_days, "5")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result_filter == QueueFilter(plan_states=("missed", "broken"), plan_broken_days=5)
    pane.open_filter(dialog.result_filter)
    _wait_for(qtbot, pane, dialog.result_filter)
    # broken a week ago: not within 5 days
    assert {pane.model.row_at(r).id for r in range(pane.model.rowCount())} == {cases.missed}


def _check_point(box):
    """On the box's indicator (the widget may be stretched wider than its text)."""
    from PySide6.QtCore import QPoint

    return QPoint(8, box.height() // 2)


@SQLITE_ONLY
def test_filter_dialog_shows_the_builtin_trouble_filter_and_gives_it_back(database, pane, qtbot):
    from collectdesk.ui.queues.filter_dialog import FilterDialog

    flt = builtin_filter("plans_in_trouble", TODAY)
    dialog = FilterDialog(database, flt, pane)
    qtbot.addWidget(dialog)
    assert set(dialog.plan_states.chosen()) == {"missed", "broken"}
    assert dialog.broken_days.value() == 30 and not dialog.open_escalation.isChecked()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result_filter == flt
