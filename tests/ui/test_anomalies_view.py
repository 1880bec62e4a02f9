"""The anomalies list: it shows each finding's sentence, and Enter, a double click, the buttons and the
shortcuts ask for the right staff member and figure."""

import uuid
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest

from collectdesk.services.staff_anomalies import (FOREIGN_PAYMENTS, HIGH, KEPT_BELOW_TEAM, MEDIUM,
                                                  SHORT_PROMISE_CALLS, Anomaly, anomaly_sentence)
from collectdesk.ui.scorecards.anomalies_model import COL_FINDING, COL_SEVERITY, COL_STAFF
from collectdesk.ui.scorecards.anomalies_view import AnomaliesView

ANNA, JAN, EWA = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()


def findings():
    return [
        Anomaly(KEPT_BELOW_TEAM, ANNA, "Anna Rossi", "Recupero 1", HIGH,
                {"value": Decimal("20.0"), "team_mean": Decimal("70.0"), "sigmas": Decimal("4.9"), "numerator": 4,
                 "denominator": 20}, "kept_rate_count"),
        Anomaly(SHORT_PROMISE_CALLS, JAN, "Jan Kowalski", "Recupero 1", MEDIUM,
                {"count": 4, "promise_calls": 8, "share": Decimal("50.0"), "seconds": 60}, "ptp_rate"),
        Anomaly(FOREIGN_PAYMENTS, EWA, "Ewa Zielińska", None, MEDIUM,
                {"count": 2, "amounts": {"PLN": Decimal("120.00")}, "examples": []}, None),
    ]


@pytest.fixture
def view(qtbot):
    w = AnomaliesView()
    qtbot.addWidget(w)
    w.resize(900, 300)
    w.show()
    qtbot.waitExposed(w)
    w.set_anomalies(findings())
    return w


def test_rows_show_severity_name_and_sentence(view):
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    m = view.model
    assert m.rowCount() == 3
    assert [m.index(r, COL_STAFF).data() for r in range(3)] == ["Anna Rossi", "Jan Kowalski", "Ewa Zielińska"]
    assert m.index(0, COL_FINDING).data() == anomaly_sentence(findings()[0])
    assert "20.0%" in m.index(0, COL_FINDING).data()
    assert m.index(0, COL_SEVERITY).data() == "High" and m.index(1, COL_SEVERITY).data() == "Medium"
    assert not m.index(0, COL_SEVERITY).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "3" in view.title.text() and view.title.buddy() is view.list


def test_enter_on_a_finding_drills_into_its_figure(view, qtbot):
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(1, COL_FINDING))
    with qtbot.waitSignal(view.drill, timeout=1000) as blocker:
        QTest.keyClick(view.list, Qt.Key.Key_Return)
    assert blocker.args == [JAN, "ptp_rate"]


def test_double_click_without_a_figure_opens_the_staff_member(view, qtbot):
    rect = view.list.visualRect(view.model.index(2, COL_FINDING))
    QTest.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # the press before
    with qtbot.waitSignal(view.open_staff, timeout=1000) as blocker:
        QTest.mouseDClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [EWA]
    assert not view.drill_button.isEnabled() and view.staff_button.isEnabled()


def test_buttons_and_shortcuts_act_on_the_current_finding(view, qtbot):
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(0, COL_FINDING))
    with qtbot.waitSignal(view.open_staff, timeout=1000) as blocker:
        view.staff_button.click()
    assert blocker.args == [ANNA]
    with qtbot.waitSignal(view.drill, timeout=1000) as blocker:
        QTest.keyClick(view.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [ANNA, "kept_rate_count"]


def test_no_findings_says_so(view):
    view.set_anomalies([])
    assert view.list.isHidden() and not view.empty.isHidden()
    assert "Nothing unusual" in view.empty.text()
    assert not view.staff_button.isEnabled() and not view.drill_button.isEnabled()
