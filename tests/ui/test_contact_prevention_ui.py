"""Compliance at the point of contact, as the user meets it: the log-contact dialog shows the hits as the
contact is entered, keeps Log contact disabled while a block stands, asks for a reason where going ahead is
allowed; the next-action dialog refuses a day a blocking rule closes and offers the next open one."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDateTime, Qt
from sqlalchemy import func, select

from collectdesk.compliance.profile_loader import dump_layer, load_shipped
from collectdesk.domain.enums import Channel, Direction, Outcome, StaffRole
from collectdesk.services import account_view
from collectdesk.services.activities import log_activity
from collectdesk.services.compliance import prevention
from collectdesk.services.compliance.profiles import save_layer
from collectdesk.services.context import ServiceContext
from collectdesk.store.models import Account, Activity, Debtor, DebtorContact, StaffMember
from collectdesk.ui.account.compliance_notice import BLOCK, CLEAR, INFO, WARN
from collectdesk.ui.account.log_activity_dialog import LogActivityDialog
from collectdesk.ui.account.next_action_dialog import NextActionDialog

SQLITE_ONLY = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
NY = ZoneInfo("America/New_York")
EIGHTH = datetime(2026, 11, 22, 15, 0, tzinfo=NY)


@pytest.fixture
def logins(database, org):
    with database.ctx.transaction() as s:
        s.add(StaffMember(username="sara", full_name="Sara Colombo", role=StaffRole.SUPERVISOR))
    return {name: ServiceContext(database.engine, name) for name in ("anna", "sara")}


@pytest.fixture
def debtor_in(database, make_account):
    def make(country, tz, region=None, phone=None):
        account_id = make_account(country=country, balance=Decimal("980.40"))
        with database.ctx.transaction() as s:
            debtor = s.get(Debtor, s.get(Account, account_id).debtor_id)
            debtor.timezone, debtor.region = tz, region
            if phone:
                s.add(DebtorContact(debtor_id=debtor.id, kind="phone", value=phone, search_key=phone,
                                    label="mobile", is_primary=True))
        return account_id
    return make


@pytest.fixture
def us_account(database, debtor_in):
    """A US debtor called at 10:00 on seven days, 16 to 22 November (Regulation F allows seven in seven days)."""
    acc = debtor_in("US", "America/New_York", phone="+1 212 555 0100")
    for day in range(16, 23):
        log_activity(database.ctx, acc, channel=Channel.CALL, direction=Direction.OUTBOUND,
                     outcome=Outcome.NO_ANSWER, occurred_at=datetime(2026, 11, day, 10, tzinfo=NY),
                     contact_value="+1 212 555 0100", check_compliance=False)
    return acc


def _dialog(qtbot, ctx, account_id, cls=LogActivityDialog, **kwargs):
    dialog = cls(ctx, account_view.account_detail(ctx, account_id), **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _pick(combo, value):
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == value))


def _at(dialog, when: datetime):
    dialog.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))


def _activities(database, account_id):
    with database.ctx.reading() as s:
        return s.scalar(select(func.count()).select_from(Activity).where(Activity.account_id == account_id))


@SQLITE_ONLY
def test_a_block_the_collector_may_not_override_shows_and_disables_log_contact(qtbot, logins, us_account):
    dialog = _dialog(qtbot, logins["anna"], us_account)
    _pick(dialog.channel, Channel.CALL)
    _pick(dialog.direction, Direction.OUTBOUND)
    assert dialog.contact.currentText() == "+1 212 555 0100 (mobile)"
    _at(dialog, datetime(2026, 11, 21, 15, 0, tzinfo=NY))  # the same day as the seventh call: allowed
    assert dialog.notice.severities() == [CLEAR] and dialog.ok_button().isEnabled()
    ok_at, notice_height = dialog.ok_button().mapTo(dialog, dialog.ok_button().rect().topLeft()), \
        dialog.notice.height()

    _at(dialog, EIGHTH)  # 15:00 on the 22nd: the eighth call within seven days
    assert dialog.notice.severities() == [BLOCK]
    lines = dialog.notice.text_lines()
    assert lines[0] == "Block: Call frequency (7-in-7 rule)"
    assert "12 CFR 1006.14(b)(2)(i)(A)" in lines[1]
    assert lines[2] == "Only a supervisor or manager may go ahead, with a reason."
    assert not dialog.ok_button().isEnabled()
    assert not dialog.reason.isVisible()  # nothing she could give a reason for
    assert "you may not override it" in dialog.message.text()
    # the notice and the reserved reason row keep everything where it was
    assert dialog.ok_button().mapTo(dialog, dialog.ok_button().rect().topLeft()) == ok_at
    assert dialog.notice.height() == notice_height

    _pick(dialog.direction, Direction.INBOUND)  # the debtor called: not checked
    assert dialog.notice.severities() == [INFO] and dialog.ok_button().isEnabled()


@SQLITE_ONLY
def test_a_supervisor_goes_ahead_with_a_reason_and_the_audit_trail_has_it(qtbot, database, logins, us_account):
    dialog = _dialog(qtbot, logins["sara"], us_account)
    _pick(dialog.channel, Channel.CALL)
    _pick(dialog.direction, Direction.OUTBOUND)
    _at(dialog, EIGHTH)
    assert dialog.notice.text_lines()[2] == "You may go ahead if you give a reason."
    assert dialog.reason.isVisible() and not dialog.ok_button().isEnabled()
    assert "Give a reason" in dialog.message.text()
    # keyboard: from the note, Tab goes to the reason, then to Log contact
    dialog.note.setFocus()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.reason
    qtbot.keyClicks(dialog.reason, "Debtor asked for a call back this afternoon")
    assert dialog.ok_button().isEnabled()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ok_button()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.activity_id is not None and not dialog.isVisible()
    [row] = prevention.decisions(database.ctx, us_account)
    assert (row.decision, row.rule_ids, row.login, row.reason) == (
        prevention.Decision.OVERRIDDEN, ("US.calls_7_in_7",), "sara", "Debtor asked for a call back this afternoon")


@SQLITE_ONLY
def test_a_late_call_to_an_italian_debtor_warns_and_needs_a_reason(qtbot, database, logins, debtor_in):
    acc = debtor_in("IT", "Europe/Rome")
    dialog = _dialog(qtbot, logins["anna"], acc)
    _pick(dialog.channel, Channel.CALL)
    _pick(dialog.direction, Direction.OUTBOUND)
    _at(dialog, datetime(2026, 11, 25, 21, 30, tzinfo=ZoneInfo("Europe/Rome")))
    assert dialog.notice.severities() == [WARN]
    assert dialog.notice.text_lines()[0] == "Warning: Contact hours (UNIREC code)"
    assert dialog.reason.isVisible() and not dialog.ok_button().isEnabled()
    qtbot.keyClicks(dialog.reason, "Evening calls agreed with the debtor")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert _activities(database, acc) == 1
    assert prevention.decisions(database.ctx, acc)[0].decision is prevention.Decision.WARNED


@SQLITE_ONLY
def test_a_contact_logged_meanwhile_is_caught_when_saving(qtbot, database, logins, us_account):
    dialog = _dialog(qtbot, logins["anna"], us_account)
    _pick(dialog.channel, Channel.CALL)
    _pick(dialog.direction, Direction.OUTBOUND)
    _at(dialog, datetime(2026, 11, 22, 9, 0, tzinfo=NY))  # before that day's call: the seventh, clear
    assert dialog.ok_button().isEnabled()
    log_activity(logins["sara"], us_account, channel=Channel.CALL, direction=Direction.OUTBOUND,
                 outcome=Outcome.NO_ANSWER, occurred_at=datetime(2026, 11, 21, 18, 0, tzinfo=NY))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.activity_id is None
    assert "The contact was not logged" in dialog.message.text()
    assert dialog.notice.severities() == [BLOCK] and not dialog.ok_button().isEnabled()
    assert _activities(database, us_account) == 8


def _strict_german_hours(database):
    body = dump_layer(load_shipped()["DE_RDG"])
    rule = next(r for r in body["rules"] if r["id"] == "DE.calling_hours")
    rule["severity"], rule["override"] = "block", "supervisor"
    save_layer(database.ctx, body, expected_revision=None)


@SQLITE_ONLY
def test_next_action_on_a_bavarian_holiday_is_refused_and_the_next_open_day_offered(
        qtbot, database, logins, debtor_in):
    _strict_german_hours(database)
    bavarian = debtor_in("DE", "Europe/Berlin", region="BY")
    dialog = _dialog(qtbot, logins["anna"], bavarian, NextActionDialog, today=date(2026, 12, 1))
    dialog.day.set_date(date(2027, 1, 6))  # Epiphany: a holiday in Bavaria, not in Berlin
    assert dialog.notice.severities() == [BLOCK]
    assert "(Epiphany)" in dialog.notice.text_lines()[1]
    assert not dialog.ok_button().isEnabled()
    assert "The next day open for contact is Thursday, January 7, 2027" in dialog.message.text()
    assert dialog.use_next.isVisible() and "January 7, 2027" in dialog.use_next.text()
    qtbot.mouseClick(dialog.use_next, Qt.MouseButton.LeftButton)
    assert dialog.day.value() == date(2027, 1, 7)
    assert dialog.notice.severities() == [CLEAR] and dialog.ok_button().isEnabled()
    assert not dialog.use_next.isVisible()
    dialog.day.set_date(date(2027, 1, 10))  # a Sunday
    assert not dialog.ok_button().isEnabled() and "Monday, January 11, 2027" in dialog.use_next.text()
    dialog.reject()

    berliner = debtor_in("DE", "Europe/Berlin", region="BE")
    dialog = _dialog(qtbot, logins["anna"], berliner, NextActionDialog, today=date(2026, 12, 1))
    dialog.day.set_date(date(2027, 1, 6))
    assert dialog.notice.severities() == [CLEAR] and dialog.ok_button().isEnabled()
    dialog.reject()


@SQLITE_ONLY
def test_a_warning_only_day_can_be_chosen_with_the_warning_shown(qtbot, logins, debtor_in):
    acc = debtor_in("IT", "Europe/Rome")
    dialog = _dialog(qtbot, logins["anna"], acc, NextActionDialog, today=date(2026, 12, 1))
    dialog.day.set_date(date(2026, 12, 8))  # Immacolata Concezione: the UNIREC hours only warn
    assert dialog.notice.severities() == [WARN] and dialog.ok_button().isEnabled()
    assert "closed for contact" in dialog.message.text()
    dialog.reject()


@SQLITE_ONLY
def test_marking_what_a_first_german_letter_contained_clears_the_block(qtbot, database, logins, debtor_in):
    acc = debtor_in("DE", "Europe/Berlin", region="BY")
    dialog = _dialog(qtbot, logins["anna"], acc)
    _pick(dialog.channel, Channel.LETTER)
    _pick(dialog.direction, Direction.OUTBOUND)
    _at(dialog, datetime(2026, 11, 25, 11, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    assert dialog.notice.severities() == [BLOCK]
    assert dialog.notice.text_lines()[0] == "Block: Required information in the first demand letter"
    assert dialog.content.isEnabled() and not dialog.ok_button().isEnabled()
    required = load_shipped()["DE_RDG"].rules[0].params["tags"]
    for action in dialog.content_menu.actions():
        if action.data() in required:
            action.setChecked(True)
    assert dialog.notice.severities() == [CLEAR] and dialog.ok_button().isEnabled()
    assert "supervisory authority" in dialog.content.toolTip()
    _pick(dialog.channel, Channel.CALL)  # a call carries no content tags
    assert not dialog.content.isEnabled()
    _pick(dialog.channel, Channel.LETTER)  # back to the letter: what was marked is still marked
    assert dialog.notice.severities() == [CLEAR]
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    with database.ctx.reading() as s:
        assert set(s.scalar(select(Activity.tags).where(Activity.account_id == acc)).split()) == set(required)
