"""Issue 4's "done means", in German, through the main window: open last month's scorecards, see who is
behind target, click through to the activities and the account, write a review of that collector and
assign them a training module."""

from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from collectdesk import i18n
from collectdesk.domain.enums import Channel, Direction, Outcome, StaffRole
from collectdesk.domain.periods import Period, PeriodKind
from collectdesk.services import evaluations as ev
from collectdesk.services import training
from collectdesk.services.training import ModuleInput
from collectdesk.store.models import (Account, Activity, Payment, Review, ReviewRating, StaffMember, Target,
                                     TrainingRecord)
from collectdesk.ui.scorecards.drill_dialog import DrillDialog
from collectdesk.ui.staff.review_dialog import ReviewDialog
from collectdesk.ui.training.assign_module_dialog import AssignModuleDialog

LAST_MONTH = Period.containing(PeriodKind.MONTH, date.today()).previous()
D = Decimal


@pytest.fixture
def department(database, org, make_account):
    if database.url.get_backend_name() != "sqlite":
        pytest.skip("GUI tests run on SQLite; the services below them are tested on both")
    a1 = make_account(balance=D("2000.00"))
    with database.ctx.transaction() as s:
        debtor = s.get(Account, a1).debtor_id
        s.add(StaffMember(username="sara", full_name="Sara Verdi", role=StaffRole.SUPERVISOR, team_id=org.team,
                          branch_id=org.branch))
        for day in range(3):
            s.add(Activity(account_id=a1, debtor_id=debtor, collector_id=org.anna, channel=Channel.CALL,
                           direction=Direction.OUTBOUND, outcome=Outcome.NO_ANSWER,
                           occurred_at=datetime.combine(LAST_MONTH.start + timedelta(days=day + 2), time(9),
                                                        timezone.utc)))
        s.add(Payment(account_id=a1, collector_id=org.anna, amount=D("100.00"), overpayment=D("0.00"),
                      currency="EUR", paid_on=LAST_MONTH.start + timedelta(days=5),
                      posted_at=datetime.combine(LAST_MONTH.start, time(12), timezone.utc)))
        for who, amount in ((org.anna, "1000.00"), (org.jan, "100.00")):
            s.add(Target(staff_id=who, metric="amount_collected", period_start=LAST_MONTH.start,
                         period_end=LAST_MONTH.end, amount=D(amount), currency="EUR"))
    module = training.create_module(database.ctx, ModuleInput(code="NEGO-01", title="Verhandlungstraining",
                                                              language="de"))
    return database, a1, module


@pytest.fixture
def window(qtbot, department, tmp_path):
    from PySide6.QtCore import QSettings

    from collectdesk.ui.main_window import MainWindow
    from collectdesk.ui.settings import AppSettings

    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    i18n.install("de")
    database = department[0]
    w = MainWindow(database, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    i18n.install("en")


def _modal(cls, act):
    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, cls):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_from_last_months_scorecard_to_a_review_and_a_training_assignment(qtbot, window, department, org):
    database, account, module = department
    pane = window.scorecards
    with qtbot.waitSignal(pane.scorecard_loaded, timeout=20_000):
        qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.pane() is pane
    assert window.nav.item(5).text() == "Leistungsübersichten"
    assert pane.period_bar.period == LAST_MONTH

    # who is behind target: Anna, 100 of 1,000 EUR, in the "bad" band
    model = pane.model
    anna = model.row_of_staff(org.anna)
    attainment = model.index(anna, model.column_of("attainment"))
    assert attainment.data() == "10,0\u00a0%"
    assert attainment.data(Qt.ItemDataRole.BackgroundRole) is not None

    # why: her three call attempts, and from there the account
    calls = model.index(anna, model.column_of("contact_attempts"))
    pane.view.setCurrentIndex(calls)
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    dialog = pane.findChild(DrillDialog)
    qtbot.waitUntil(lambda: dialog.total is not None, timeout=20_000)
    assert (dialog.kind, dialog.total) == ("activities", 3)
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert window.pane() is window.queues
    assert window.queues.detail.account_id == account
    dialog.close()

    # her staff page, from the scorecard row
    window.nav.setCurrentRow(window.panes.index(pane))
    pane.view.setCurrentIndex(model.index(anna, model.column_of("name")))
    pane.act_staff.trigger()
    assert window.pane() is window.staff
    assert window.staff.current_staff_id() == org.anna

    # a review
    criteria = {c.code: c.id for c in ev.criteria(database.ctx, ev.REVIEW)}

    def write(dialog: ReviewDialog):
        dialog.set_rating(criteria["productivity"], 2, "Zu wenige Kontakte")
        dialog.set_rating(criteria["compliance"], 4)
        dialog.ok_button().click()

    _modal(ReviewDialog, write)
    window.staff.page.new_review_button.click()
    with database.ctx.reading() as s:
        review = s.scalars(select(Review)).one()
        ratings = sorted(s.scalars(select(ReviewRating.rating)).all())
    assert review.staff_id == org.anna and ratings == [2, 4]

    # and a training module
    def assign(dialog: AssignModuleDialog):
        dialog.select_module(module)
        dialog.ok_button().click()

    _modal(AssignModuleDialog, assign)
    window.staff.page.training.assign_module()
    with database.ctx.reading() as s:
        records = s.execute(select(TrainingRecord.staff_id, TrainingRecord.module_id)).all()
    assert records == [(org.anna, module)]
