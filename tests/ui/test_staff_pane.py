"""The Staff pane as a supervisor uses it: pick a person, write a review through the dialog, record a QA
entry whose overall score updates as the scores are typed, see the twelve-month history."""

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from collectdesk.domain.enums import Channel, Direction, Outcome, StaffRole
from collectdesk.services import evaluations as ev
from collectdesk.store.models import Account, Activity, Evaluation, QaScore, Review, ReviewRating, StaffMember, Target
from collectdesk.ui.staff.qa_entry_dialog import QaEntryDialog
from collectdesk.ui.staff.review_dialog import ReviewDialog
from collectdesk.ui.staff.staff_pane import StaffPane

TODAY = date(2026, 3, 16)


@pytest.fixture
def people(database, org, make_account):
    account = make_account()
    with database.ctx.transaction() as s:
        boss = StaffMember(username="sara", full_name="Sara Verdi", role=StaffRole.SUPERVISOR, team_id=org.team,
                           branch_id=org.branch, language="it")
        s.add(boss)
        debtor_id = s.get(Account, account).debtor_id
        call = Activity(account_id=account, debtor_id=debtor_id, collector_id=org.jan, channel=Channel.CALL,
                        direction=Direction.OUTBOUND, outcome=Outcome.PROMISE_TO_PAY,
                        occurred_at=datetime(2026, 3, 10, 9, 15, tzinfo=timezone.utc), duration_s=240)
        s.add(call)
        s.add(Target(staff_id=org.jan, metric="amount_collected", period_start=date(2026, 2, 1),
                     period_end=date(2026, 2, 28), amount=Decimal("4000.00"), currency="EUR"))
        s.flush()
        return boss.id, call.id


@pytest.fixture
def pane(qtbot, database, people):
    pane = StaffPane(database, today=TODAY)
    qtbot.addWidget(pane)
    pane.resize(1200, 760)
    pane.show()
    return pane


def select_person(qtbot, pane, staff_id):
    with qtbot.waitSignal(pane.page.history_loaded, timeout=20_000):
        pane.show_staff(staff_id)
    assert pane.page.person.id == staff_id


def test_list_and_page_show_the_person(qtbot, pane, org):
    assert [pane.model.staff_at(i).full_name for i in range(pane.model.rowCount())] == [
        "Anna Rossi", "Jan Kowalski", "Sara Verdi"]
    select_person(qtbot, pane, org.jan)
    assert pane.page.name.text() == "Jan Kowalski"
    assert "Collector" in pane.page.details.text() and "Recupero 1" in pane.page.details.text()
    qtbot.keyClicks(pane.search, "sara")
    assert pane.model.rowCount() == 1
    pane.role.setCurrentIndex(pane.role.findText("Collector"))
    assert pane.model.rowCount() == 0


def test_history_has_twelve_months_with_the_target(qtbot, pane, org):
    select_person(qtbot, pane, org.jan)
    model = pane.page.history_model
    assert model.rowCount() == 12
    february = model.month_at(1)
    assert february.month == date(2026, 2, 1)
    assert february.score.target == {"EUR": Decimal("4000.00")}
    assert model.index(1, 2).data() == "4,000.00\u00a0EUR"


def test_writing_a_review_through_the_dialog_saves_the_ratings(qtbot, pane, database, org, people):
    boss, _call = people
    select_person(qtbot, pane, org.jan)
    ids = {c.code: c.id for c in ev.criteria(database.ctx, ev.REVIEW)}
    seen = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReviewDialog)
        assert not dialog.ok_button().isEnabled()  # nothing rated yet
        dialog.set_rating(ids["call_quality"], 4, "Chiaro")
        dialog.set_rating(ids["compliance"], 5)
        dialog.set_rating(ids["productivity"], 2)
        dialog.goals.setPlainText("Più contatti al giorno")
        seen["enabled"] = dialog.ok_button().isEnabled()
        seen["reviewer"] = dialog.reviewer.currentData()
        dialog.ok_button().click()

    QTimer.singleShot(0, fill)
    pane.page.new_review_button.click()
    assert seen == {"enabled": True, "reviewer": boss}
    with database.ctx.reading() as s:
        review = s.scalars(select(Review)).one()
        ratings = dict(s.execute(select(ReviewRating.criterion_id, ReviewRating.rating)).all())
    assert (review.staff_id, review.reviewer_id, review.goals) == (org.jan, boss, "Più contatti al giorno")
    assert (review.period_start, review.period_end, review.reviewed_on) == (date(2025, 10, 1), date(2025, 12, 31),
                                                                          TODAY)
    assert ratings == {ids["call_quality"]: 4, ids["compliance"]: 5, ids["productivity"]: 2}
    assert pane.page.reviews_model.rowCount() == 1
    assert pane.page.reviews_model.index(0, 4).data() == "3.7"
    assert pane.page.export_button.isEnabled()


def test_qa_dialog_shows_the_overall_score_live_and_saves_it(qtbot, pane, database, org, people):
    _boss, call = people
    select_person(qtbot, pane, org.jan)
    dialog = QaEntryDialog(database.ctx, pane.page.person, pane, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.call.currentData() == call  # the staff member's call of the last 30 days, preselected
    assert dialog.overall.text() == "\u2013" and not dialog.ok_button().isEnabled()
    spins = list(dialog.spins.values())
    spins[0].setValue(90)
    assert dialog.overall.text() == "90"
    spins[1].setValue(75)
    assert dialog.overall.text() == "83"  # 82.5 rounds up
    spins[2].setValue(62)
    assert dialog.overall.text() == "76"  # 75.67
    assert dialog.ok_button().isEnabled()
    dialog.ok_button().click()
    with database.ctx.reading() as s:
        entry = s.scalars(select(Evaluation)).one()
        scores = sorted(s.scalars(select(QaScore.score)).all())
    assert (entry.qa_score, entry.activity_id, entry.staff_id) == (76, call, org.jan)
    assert scores == [62, 75, 90]


def test_a_typed_reference_is_needed_without_a_call(qtbot, database, org, people):
    from collectdesk.services.staff import get_staff

    dialog = QaEntryDialog(database.ctx, get_staff(database.ctx, org.anna), today=TODAY)  # Anna made no calls
    qtbot.addWidget(dialog)
    assert dialog.call.currentData() is None and dialog.reference.isEnabled()
    next(iter(dialog.spins.values())).setValue(50)
    assert not dialog.ok_button().isEnabled()
    qtbot.keyClicks(dialog.reference, "REC-77")
    assert dialog.ok_button().isEnabled()


def test_new_staff_member_through_the_dialog_appears_selected(qtbot, pane, database, org):
    from collectdesk.ui.staff.staff_dialog import StaffDialog

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StaffDialog)
        dialog.full_name.setText("Łucja Wiśniewska")  # keyClicks types ASCII only
        qtbot.keyClicks(dialog.username, "lucja wis")
        seen["refused"] = not dialog.ok_button().isEnabled()  # a space in the username
        dialog.username.setText("lucja")
        dialog.role.setCurrentIndex(dialog.role.findText("Customer service"))
        dialog.language.setCurrentIndex(dialog.language.findData("pl"))
        dialog.ok_button().click()

    seen = {}
    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(pane.page.history_loaded, timeout=20_000):
        pane.page.new_button.click()
    assert seen == {"refused": True}
    with database.ctx.reading() as s:
        row = s.scalars(select(StaffMember).where(StaffMember.username == "lucja")).one()
    assert (row.full_name, row.role, row.language, row.hire_date) == ("Łucja Wiśniewska", StaffRole.CUSTOMER_SERVICE,
                                                                      "pl", TODAY)
    assert pane.page.person.id == row.id and pane.page.name.text() == "Łucja Wiśniewska"


def test_models_pass_the_model_tester(qtbot, qtmodeltester, pane, database, org, people):
    boss, call = people
    ids = {c.code: c.id for c in ev.criteria(database.ctx, ev.REVIEW)}
    qa = {c.code: c.id for c in ev.criteria(database.ctx, ev.QA)}
    ev.record_review(database.ctx, org.jan, boss, TODAY, date(2026, 1, 1), date(2026, 3, 15),
                     {ids["accuracy"]: (3, None)}, today=TODAY)
    ev.record_qa_entry(database.ctx, org.jan, boss, TODAY, None, call, None, {qa["tone"]: 70}, today=TODAY)
    select_person(qtbot, pane, org.jan)
    assert pane.page.qa_model.index(0, 1).data().startswith("T-")
    for model in (pane.model, pane.page.history_model, pane.page.reviews_model, pane.page.qa_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
