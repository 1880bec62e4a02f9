"""The Training pane, the staff page's training widget and the dashboard's training tile, driven as a
supervisor drives them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import and_, func, select

from collectdesk.domain.enums import StaffRole, TrainingStatus
from collectdesk.services import training
from collectdesk.services.training import ModuleInput, RecordState
from collectdesk.store.models import StaffMember, TrainingModule, TrainingRecord
from collectdesk.ui.dashboard.dashboard_pane import DashboardPane
from collectdesk.ui.training.assign_dialog import AssignDialog
from collectdesk.ui.training.completion_dialog import CompletionDialog
from collectdesk.ui.training.module_dialog import ModuleDialog
from collectdesk.ui.training.staff_training_widget import StaffTrainingWidget
from collectdesk.ui.training.training_pane import TrainingPane

TODAY = date(2026, 3, 16)


@pytest.fixture
def modules(database, org):
    gdpr = training.create_module(database.ctx, ModuleInput(
        code="GDPR-01", title="Data protection", mandatory_roles=(StaffRole.COLLECTOR,), validity_months=12))
    conduct = training.create_module(database.ctx, ModuleInput(
        code="CONDUCT-DE", title="BDIU Verhaltenskodex", language="de", validity_months=24))
    return gdpr, conduct


def _when_dialog(qtbot, cls, act):
    """Run `act(dialog)` on the modal dialog of class `cls` once the pane opens it."""
    seen = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, cls):
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_assign_then_complete_through_the_pane(qtbot, database, org, modules):
    gdpr, conduct = modules
    pane = TrainingPane(database, today=TODAY)
    qtbot.addWidget(pane)
    pane.show()
    pane.select_module(conduct)
    assert pane.selected_module().code == "CONDUCT-DE"
    assert pane.records_model.rowCount() == 0
    due = TODAY + timedelta(days=21)

    def assign(dialog: AssignDialog):
        assert not dialog.ok_button().isEnabled()  # nobody ticked yet
        dialog.set_checked(org.jan)
        dialog.due.setDate(QDate(due.year, due.month, due.day))
        dialog.ok_button().click()

    seen = _when_dialog(qtbot, AssignDialog, assign)
    qtbot.mouseClick(pane.assign_button, Qt.MouseButton.LeftButton)
    assert seen
    with database.ctx.reading() as s:
        rows = s.execute(select(TrainingRecord.staff_id, TrainingRecord.due_on, TrainingRecord.status)
                         .where(TrainingRecord.module_id == conduct)).all()
    assert rows == [(org.jan, due, TrainingStatus.ASSIGNED)]
    assert [r.staff_name for r in pane.records_model.rows()] == ["Jan Kowalski"]
    assert pane.modules_model.row_at(pane.modules_model.row_of(conduct)).assigned == 1

    pane.records_view.selectRow(0)
    assert pane.complete_button.isEnabled()

    def complete(dialog: CompletionDialog):
        dialog.completed.setDate(QDate(2026, 3, 10))
        dialog.score.setValue(87)
        dialog.ok_button().click()

    seen = _when_dialog(qtbot, CompletionDialog, complete)
    qtbot.mouseClick(pane.complete_button, Qt.MouseButton.LeftButton)
    assert seen
    with database.ctx.reading() as s:
        rec = s.execute(select(TrainingRecord.status, TrainingRecord.completed_on, TrainingRecord.expires_on,
                               TrainingRecord.score).where(TrainingRecord.module_id == conduct)).one()
    assert tuple(rec) == (TrainingStatus.COMPLETED, date(2026, 3, 10), date(2028, 3, 10), 87)
    assert pane.records_model.row_at(0).state is RecordState.DONE


def test_module_dialog_validates_as_you_type_and_saves_with_its_file(qtbot, database, tmp_path):
    dialog = ModuleDialog(database.ctx)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button().isEnabled()
    qtbot.keyClicks(dialog.code, "CONDUCT-PL")
    qtbot.keyClicks(dialog.title_edit, "Zasady Dobrych Praktyk")
    qtbot.keyClicks(dialog.link, "www.kpf.pl")
    assert not dialog.ok_button().isEnabled() and "https://" in dialog.message.text()
    dialog.link.setText("https://kpf.pl/zasady")
    dialog.language.setCurrentIndex(dialog.language.findData("pl"))
    dialog.role_boxes[StaffRole.COLLECTOR].setChecked(True)
    dialog.renewal.setValue(24)
    handout = tmp_path / "zasady.pdf"
    handout.write_bytes(b"%PDF-1.4 zasady")
    dialog.set_pending_file(handout)
    assert dialog.ok_button().isEnabled()
    dialog.ok_button().click()
    with database.ctx.reading() as s:
        m = s.execute(select(TrainingModule)).scalar_one()
        assert (m.code, m.language, m.mandatory_roles, m.validity_months) == ("CONDUCT-PL", "pl", "collector", 24)
    assert training.attachment(database.ctx, m.id) == ("zasady.pdf", b"%PDF-1.4 zasady")


def test_staff_widget_shows_overdue_and_creates_onboarding(qtbot, database, org, modules):
    gdpr, conduct = modules
    training.assign(database.ctx, conduct, [org.anna], TODAY - timedelta(days=2), today=TODAY - timedelta(days=30))
    widget = StaffTrainingWidget(database, today=TODAY)
    qtbot.addWidget(widget)
    widget.set_staff(org.anna)
    states = {r.module_code: r.state for r in widget.rows()}
    assert states == {"CONDUCT-DE": RecordState.OVERDUE, "GDPR-01": RecordState.NOT_ASSIGNED}
    assert "1 overdue" in widget.summary.text()
    state_cell = widget.model.index(
        next(i for i, r in enumerate(widget.rows()) if r.module_code == "CONDUCT-DE"), 1)
    assert state_cell.data() == "Overdue"
    assert widget.onboarding_button.isEnabled()

    QTimer.singleShot(0, lambda: QApplication.activeModalWidget() and QApplication.activeModalWidget().accept())
    qtbot.mouseClick(widget.onboarding_button, Qt.MouseButton.LeftButton)
    with database.ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(TrainingRecord).where(
            TrainingRecord.staff_id == org.anna, TrainingRecord.module_id == gdpr)) == 1
    assert not widget.onboarding_button.isEnabled()
    assert {r.state for r in widget.rows()} == {RecordState.OVERDUE, RecordState.DUE}


def test_dashboard_tile_equals_a_direct_count_and_opens_training(qtbot, database, org, modules):
    gdpr, conduct = modules
    today = date.today()
    training.assign(database.ctx, conduct, [org.anna, org.jan], today - timedelta(days=1),
                    today=today - timedelta(days=20))
    pane = DashboardPane(database)
    qtbot.addWidget(pane)
    pane.resize(1100, 800)
    with qtbot.waitSignal(pane.figures_loaded, timeout=20_000):
        pane.show()
    with database.ctx.reading() as s:
        overdue = s.scalar(select(func.count()).select_from(TrainingRecord)
                           .join(StaffMember, StaffMember.id == TrainingRecord.staff_id)
                           .where(StaffMember.active.is_(True),
                                  TrainingRecord.status.in_(["assigned", "in_progress"]),
                                  TrainingRecord.due_on < today))
        missing = s.scalar(select(func.count()).select_from(StaffMember).join(
            TrainingModule, and_(TrainingModule.mandatory_roles == StaffMember.role))
            .where(StaffMember.active.is_(True)))
    tile = pane.tiles["training"]
    assert tile.value_text().splitlines() == [f"{overdue} overdue", "0 expiring"]
    assert overdue == 2 and f"{missing} mandatory not assigned" in tile.detail_text()
    with qtbot.waitSignal(pane.open_pane) as opened:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert opened.args == ["training"]
