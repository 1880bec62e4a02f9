"""The Compliance pane as a supervisor uses it: Run scan finds the late calls in the activity log, the
list filters by collector, a finding opens with its explanation and is reviewed with a note (its status
changes in the database), the profiles tab lists the rules, and the department's policy is edited as
YAML (invalid text refused with the loader's words, valid text saved as a new revision, a stale edit
refused). Also: Ctrl+0 and Tools > Run compliance scan in the main window, the staff page's findings."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from collectdesk.compliance.profile_loader import dump_layer, load_shipped
from collectdesk.domain.enums import Channel, Direction, FindingReview, FindingStatus, Outcome
from collectdesk.domain.periods import Period, PeriodKind
from collectdesk.services.compliance.profiles import layers, save_layer
from collectdesk.services.context import ServiceContext
from collectdesk.store.models import Account, Activity, ComplianceFinding, ComplianceProfile
from collectdesk.ui.compliance.compliance_pane import CompliancePane
from collectdesk.ui.compliance.findings_model import COLUMNS

TODAY = date(2026, 3, 31)
MARCH = Period.containing(PeriodKind.MONTH, date(2026, 3, 1))


def call(s, account_id, collector, when):
    debtor_id = s.get(Account, account_id).debtor_id
    s.add(Activity(account_id=account_id, debtor_id=debtor_id, collector_id=collector, channel=Channel.CALL,
                   direction=Direction.OUTBOUND, outcome=Outcome.NO_ANSWER, occurred_at=when,
                   contact_value="+39 333 1234567"))


@pytest.fixture
def late_calls(database, org, make_account):
    """Calls after 21:00 in Rome (UNIREC hours end at 21:00): two by Anna, one by Jan; and daytime calls."""
    if database.url.get_backend_name() != "sqlite":
        pytest.skip("GUI tests run on SQLite; the services below them are tested on both")
    first, second = make_account(name="Mario Rossi"), make_account(name="Lucia Bruno")
    with database.ctx.transaction() as s:
        call(s, first, org.anna, datetime(2026, 3, 2, 21, 15, tzinfo=UTC))   # 22:15 in Rome, a Monday
        call(s, second, org.anna, datetime(2026, 3, 10, 20, 30, tzinfo=UTC))  # 21:30 in Rome
        call(s, first, org.jan, datetime(2026, 3, 12, 20, 45, tzinfo=UTC))    # 21:45 in Rome
        call(s, second, org.jan, datetime(2026, 3, 13, 9, 0, tzinfo=UTC))     # 10:00: allowed
    return first, second


def scan(database):
    from collectdesk.services.compliance.scan import scan as run

    return run(database.ctx, today=TODAY)


@pytest.fixture
def pane(qtbot, database, late_calls):
    pane = CompliancePane(database, today=TODAY)
    qtbot.addWidget(pane)
    pane.resize(1300, 820)
    pane.period_bar.set_period(MARCH)
    pane.show()
    qtbot.waitUntil(lambda: pane._task is not None and not pane._task.running, timeout=10_000)
    return pane


def reload(qtbot, pane) -> None:
    pane.refresh()
    qtbot.waitUntil(lambda: not pane._task.running, timeout=10_000)


def column(pane, key: str) -> list[str]:
    c = COLUMNS.index(key)
    return [pane.model.index(r, c).data() for r in range(pane.model.rowCount())]


def test_run_scan_finds_the_late_calls_and_the_list_filters_by_collector(qtbot, pane, org, database):
    assert pane.model.rowCount() == 0
    assert pane.count_label.text().startswith("0 open finding")
    qtbot.mouseClick(pane.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not pane.scan_task.running, timeout=20_000)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3, timeout=10_000)
    assert column(pane, "rule") == ["Contact hours (UNIREC code)"] * 3
    assert column(pane, "collector") == ["Jan Kowalski", "Anna Rossi", "Anna Rossi"]  # newest first
    assert column(pane, "debtor") == ["Mario Rossi", "Lucia Bruno", "Mario Rossi"]
    assert set(column(pane, "status")) == {"Open"}
    groups = {pane.groups.index(r, 0).data(): pane.groups.index(r, 1).data() for r in range(pane.groups.rowCount())}
    assert groups == {"Contact hours (UNIREC code)": "3"}
    assert sum(b.total for b in pane.chart._buckets) == 3

    pane.collector.setCurrentIndex(pane.collector.findData(str(org.jan)))
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=10_000)
    assert column(pane, "collector") == ["Jan Kowalski"]
    pane.collector.setCurrentIndex(0)
    pane.group_by.setCurrentIndex(pane.group_by.findData("collector"))
    qtbot.waitUntil(lambda: pane.groups.rowCount() == 2 and pane.model.rowCount() == 3, timeout=10_000)
    # a double-click on a group filters the list by it
    anna_row = next(r for r in range(pane.groups.rowCount()) if pane.groups.index(r, 0).data() == "Anna Rossi")
    pane._group_chosen(pane.groups.index(anna_row, 0))
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2, timeout=10_000)
    assert pane.collector.currentData() == str(org.anna)


def test_a_finding_opens_explained_and_a_review_with_a_note_changes_its_status(qtbot, pane, database, monkeypatch):
    scan(database)
    reload(qtbot, pane)
    assert pane.model.rowCount() == 3
    newest = pane.model.row_at(0)
    opened = []
    pane.open_account.connect(opened.append)
    dialog = pane.open_finding(pane.model.index(0, 0))
    qtbot.addWidget(dialog)
    assert "outside the permitted hours" in dialog.explanation.text()
    assert "Europe/Rome" in dialog.explanation.text()
    assert "Not verified" in dialog.verified.text()
    assert dialog.activities.rowCount() == 1 and dialog.activities.index(0, 1).data().endswith("CET")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [newest.account_id]

    assert not dialog.save_button.isEnabled()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(FindingReview.COACHING.value))
    assert not dialog.save_button.isEnabled() and "Write a note" in dialog.hint.text()
    qtbot.keyClicks(dialog.note, "Went through the calling hours with Jan.")
    assert dialog.save_button.isEnabled() and "reviewed" in dialog.hint.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with database.ctx.reading() as s:
        f = s.get(ComplianceFinding, newest.id)
        assert (f.status, f.review, f.review_note, f.reviewed_by) == (
            FindingStatus.REVIEWED, FindingReview.COACHING, "Went through the calling hours with Jan.", "tester")
    assert "Coaching given" in dialog.current_review.text()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2, timeout=10_000)  # the list shows open findings
    pane.status.setCurrentIndex(pane.status.findData(None))
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3, timeout=10_000)
    assert column(pane, "status")[0] == "Reviewed: Coaching given"

    # someone else reopens it meanwhile: this dialog's false-positive review is refused and says who
    other = ServiceContext(database.engine, "marco")
    from collectdesk.services.compliance import findings

    findings.reopen(other, newest.id)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(FindingReview.FALSE_POSITIVE.value))
    qtbot.keyClicks(dialog.note, "Consent on file.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert warnings and "marco" in warnings[0]
    with database.ctx.reading() as s:
        assert s.get(ComplianceFinding, newest.id).status is FindingStatus.OPEN
    assert dialog.note.toPlainText() == "Consent on file."  # the typed note is kept for a second try
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with database.ctx.reading() as s:
        assert s.get(ComplianceFinding, newest.id).status is FindingStatus.DISMISSED


def test_profiles_tab_lists_the_rules_with_source_and_verified(qtbot, pane):
    pane.tabs.setCurrentIndex(1)
    view = pane.profiles
    qtbot.waitUntil(lambda: view.list.count() > 0, timeout=5000)
    assert view.select("IT_GARANTE_UNIREC")
    names = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert "Contact hours (UNIREC code)" in names and "Daily call limit per debtor" in names  # overlay on top
    r = names.index("Contact hours (UNIREC code)")
    assert [view.model.index(r, c).data() for c in range(1, 6)][:3] == ["Contact hours", "Warning", "industry code"]
    assert "UNIREC" in view.model.index(r, 4).data()
    assert view.model.index(r, 5).data() == "not verified"
    assert not view.tabs.isTabVisible(1)  # a country's profile is not edited here
    assert "2026.1+INTERNAL.2026.1" in view.heading.text()


def test_policy_editor_refuses_invalid_yaml_and_saves_a_new_revision(qtbot, pane, database, monkeypatch):
    pane.tabs.setCurrentIndex(1)
    view = pane.profiles
    qtbot.waitUntil(lambda: view.list.count() > 0, timeout=5000)
    assert view.select("INTERNAL") and view.tabs.isTabVisible(1)
    editor = view.editor
    text = editor.editor.toPlainText()
    assert "max: 3" in text and not editor.save_button.isEnabled()

    editor.editor.setPlainText(text.replace("max: 3", "max: three"))
    qtbot.waitUntil(lambda: "Cannot be saved" in editor.problems.text(), timeout=3000)
    assert "params.max: must be a whole number" in editor.problems.text()
    assert not editor.save_button.isEnabled()
    editor.editor.setPlainText("rules: [")
    qtbot.waitUntil(lambda: "not valid YAML" in editor.problems.text(), timeout=3000)
    assert not editor.save_button.isEnabled()

    editor.editor.setPlainText(text.replace("max: 3", "max: 4"))
    qtbot.waitUntil(lambda: editor.save_button.isEnabled(), timeout=3000)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    with database.ctx.reading() as s:
        rows = s.execute(select(ComplianceProfile.revision, ComplianceProfile.body)
                         .where(ComplianceProfile.code == "INTERNAL")).all()
    assert [r.revision for r in rows] == [1]
    rule = next(r for r in json.loads(rows[0].body)["rules"] if r["id"] == "INT.calls_per_day")
    assert rule["params"]["max"] == 4
    assert layers(database.ctx)["INTERNAL"].revision == 1
    assert "revision 1" in editor.state.text()

    # someone saves revision 2 meanwhile: this editor's save is refused, names them, and keeps the text
    body = dump_layer(load_shipped()["INTERNAL"])
    save_layer(ServiceContext(database.engine, "marco"), body, expected_revision=1)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    edited = editor.editor.toPlainText().replace("max: 4", "max: 5")
    editor.editor.setPlainText(edited)
    editor.check()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert warnings and "marco" in warnings[0]
    assert layers(database.ctx)["INTERNAL"].revision == 2 and editor.editor.toPlainText() == edited

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.refresh()
    assert view.select("INTERNAL")
    qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    assert layers(database.ctx)["INTERNAL"].revision is None
    assert "max: 3" in editor.editor.toPlainText()


def test_main_window_ctrl_0_and_tools_run_compliance_scan(qtbot, database, late_calls, tmp_path):
    from collectdesk.ui.main_window import MainWindow
    from collectdesk.ui.settings import AppSettings

    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(database, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)  # window shortcuts need the active window
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.pane() is window.compliance
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pane() is window.dashboard
    texts = [a.text() for a in window.tools_menu.actions()]
    assert "Run &compliance scan" in texts
    window.act_scan.trigger()
    assert window.pane() is window.compliance
    qtbot.waitUntil(lambda: not window.compliance.scan_task.running, timeout=20_000)
    with database.ctx.reading() as s:
        assert len(s.scalars(select(ComplianceFinding.id)).all()) == 3


def test_staff_page_lists_the_collectors_findings_of_the_last_90_days(qtbot, database, late_calls, org):
    from collectdesk.ui.staff.staff_page import StaffPage

    scan(database)
    page = StaffPage(database, today=TODAY)
    qtbot.addWidget(page)
    page.set_staff(org.anna)
    widget = page.findings
    assert widget.model.rowCount() == 2
    assert "2 of them not reviewed" in widget.summary.text()
    status = COLUMNS.index("status")
    assert {widget.model.index(r, status).data() for r in range(2)} == {"Open"}
    assert page.tabs.tabText(3) == "Co&mpliance"
    page.set_staff(org.jan)
    assert widget.model.rowCount() == 1
    later = StaffPage(database, today=date(2026, 7, 1))  # 90 days later the March calls are out of range
    qtbot.addWidget(later)
    later.set_staff(org.anna)
    assert later.findings.model.rowCount() == 0
    assert "No compliance findings" in later.findings.summary.text()
