"""The account detail panel as a supervisor uses it: it shows the account, the action dialogs write
through the services as the user types and clicks, and a stale edit is reported, never overwritten."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from collectdesk import i18n
from collectdesk.domain.enums import AccountStatus, Channel, DebtorFlag, Direction, Outcome, PaymentMethod
from collectdesk.domain.errors import ValidationError
from collectdesk.services import account_view, accounts, activities, notes, payments
from collectdesk.services.account_view import TimelineKind
from collectdesk.services.context import ServiceContext
from collectdesk.store.models import Account, AccountNote, Activity, Debtor, Payment
from collectdesk.ui import labels
from collectdesk.ui.account.detail_panel import AccountDetailPanel
from collectdesk.ui.account.flag_dialog import FlagDialog
from collectdesk.ui.account.log_activity_dialog import LogActivityDialog
from collectdesk.ui.account.money_edit import MoneyEdit, Parse, parse_amount
from collectdesk.ui.account.next_action_dialog import NextActionDialog
from collectdesk.ui.account.note_dialog import NoteDialog
from collectdesk.ui.account.payment_dialog import PaymentDialog
from collectdesk.ui.account.reassign_dialog import ReassignDialog
from collectdesk.ui.account.timeline_model import TimelineModel

TODAY = date.today()
SQLITE_ONLY = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


@pytest.fixture
def language():
    yield i18n.install
    i18n.install("en")


@pytest.fixture
def panel(qtbot, database):
    widget = AccountDetailPanel(database)
    qtbot.addWidget(widget)
    widget.resize(640, 800)
    widget.show()
    return widget


@pytest.fixture
def warnings(monkeypatch):
    """QMessageBox.warning/critical captured instead of shown (a modal box would block the test)."""
    shown = []

    def capture(_parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", capture)
    monkeypatch.setattr(QMessageBox, "critical", capture)
    return shown


def _account(database, account_id) -> Account:
    with database.ctx.reading() as s:
        return s.get(Account, account_id)


def _open(qtbot, panel, key, cls):
    qtbot.mouseClick(panel.buttons[key], Qt.MouseButton.LeftButton)
    dialog = panel.current_dialog
    assert isinstance(dialog, cls) and dialog.isVisible()
    return dialog


def _ok(qtbot, dialog):
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)


@SQLITE_ONLY
def test_showing_an_account_shows_the_debtor_and_the_open_balance(panel, database, make_account):
    acc = make_account(balance=Decimal("1234.50"), name="Niccolò Bianchi")
    payments.record_payment(database.ctx, acc, amount=Decimal("234.50"), paid_on=TODAY)
    panel.show_account(acc)
    assert panel.debtor_name.text() == "Niccolò Bianchi"
    assert panel.account_no.text() == _account(database, acc).account_no
    assert panel.balances_box.rows["open"][1].text() == "1,000.00\u00a0EUR"
    assert panel.balances_box.rows["paid"][1].text() == "234.50\u00a0EUR"
    assert "1,000.00\u00a0EUR" in panel.open_balance.text()
    assert panel.status_chip.text() == labels.status_label(AccountStatus.OPEN)
    assert "Europe/Rome" in panel.debtor_box.local_time.text()
    assert panel.timeline_model.rowCount() == 1  # the payment
    assert all(b.isEnabled() for b in panel.buttons.values())

    panel.show_account(None)
    assert panel.detail is None and not panel.buttons["payment"].isEnabled()


@SQLITE_ONLY
def test_debtor_flags_show_as_chips_and_local_time_is_the_debtors(panel, database, make_account):
    from datetime import datetime, timezone

    from collectdesk.services import debtors

    acc = make_account(name="Jan Łódźki", country="PL")
    with database.ctx.transaction() as s:
        debtor = s.get(Debtor, s.get(Account, acc).debtor_id)
        debtor.timezone = "Europe/Warsaw"
        debtor_id = debtor.id
    debtors.flag_debtor(database.ctx, debtor_id, DebtorFlag.CEASE_CONTACT)
    panel.debtor_box.clock = lambda: datetime(2026, 7, 1, 10, 5, tzinfo=timezone.utc)
    panel.show_account(acc)
    chips = [w for w in panel.flags_widget.findChildren(type(panel.status_chip)) if w.isVisibleTo(panel)]
    assert [c.text() for c in chips] == [labels.flag_label(DebtorFlag.CEASE_CONTACT)]
    assert "12:05" in panel.debtor_box.local_time.text() or "12:05 PM" in panel.debtor_box.local_time.text()
    assert "UTC+02:00" in panel.debtor_box.local_time.text()


@SQLITE_ONLY
def test_log_an_activity_through_the_dialog(qtbot, panel, database, make_account):
    acc = make_account()
    panel.show_account(acc)
    dialog = _open(qtbot, panel, "log_activity", LogActivityDialog)
    dialog.channel.setCurrentIndex(dialog.channel.findText(labels.channel_label(Channel.CALL)))
    dialog.direction.setCurrentIndex(dialog.direction.findText(labels.direction_label(Direction.INBOUND)))
    dialog.outcome.setCurrentIndex(dialog.outcome.findText(labels.outcome_label(Outcome.RIGHT_PARTY_CONTACT)))
    dialog.duration.clear()
    qtbot.keyClicks(dialog.duration, "7")
    qtbot.keyClicks(dialog.note, "Richiamare ")  # QTest types ASCII only; the rest as an input method would
    dialog.note.insertPlainText("lunedì; pagherà a fine mese.")
    assert dialog.ok_button().isEnabled()
    with qtbot.waitSignal(panel.account_changed) as changed:
        _ok(qtbot, dialog)
    assert changed.args == [acc]
    with database.ctx.reading() as s:
        rows = s.scalars(select(Activity).where(Activity.account_id == acc)).all()
    assert len(rows) == 1
    a = rows[0]
    assert (a.channel, a.direction, a.outcome, a.duration_s, a.note, a.created_by) == (
        Channel.CALL, Direction.INBOUND, Outcome.RIGHT_PARTY_CONTACT, 420,
        "Richiamare lunedì; pagherà a fine mese.", "tester")
    top = panel.timeline_model.entry(0)
    assert top.kind is TimelineKind.ACTIVITY and top.text.endswith("lunedì; pagherà a fine mese.")
    assert panel.timeline_model.rowCount() == 1
    assert panel.detail.version == _account(database, acc).version
    assert panel.current_dialog is None


@SQLITE_ONLY
def test_written_channels_offer_written_outcomes_and_no_duration(qtbot, panel, make_account):
    panel.show_account(make_account())
    dialog = _open(qtbot, panel, "log_activity", LogActivityDialog)
    dialog.channel.setCurrentIndex(dialog.channel.findText(labels.channel_label(Channel.LETTER)))
    outcomes = {dialog.outcome.itemData(i) for i in range(dialog.outcome.count())}
    assert Outcome.DELIVERED in outcomes and Outcome.BUSY not in outcomes
    assert not dialog.duration.isEnabled()
    dialog.reject()


@SQLITE_ONLY
@pytest.mark.parametrize("lang, typed", [("de", "1.234,56"), ("en", "1,234.56"), ("de", "1234.56"),
                                         ("pl", "1 234,56"), ("it", "1234,56")])
def test_a_payment_typed_in_the_users_locale_lowers_the_balance_exactly(qtbot, panel, database, make_account,
                                                                         language, lang, typed):
    language(lang)
    acc = make_account(balance=Decimal("5000.00"))
    panel.show_account(acc)
    dialog = _open(qtbot, panel, "payment", PaymentDialog)
    assert dialog.amount.currency() == "EUR"
    qtbot.keyClicks(dialog.amount, typed)
    assert dialog.amount.value() == Decimal("1234.56")
    dialog.method.setCurrentIndex(dialog.method.findText(labels.method_label(PaymentMethod.CASH)))
    qtbot.keyClicks(dialog.reference, "Quittung 7")
    assert dialog.ok_button().isEnabled()
    _ok(qtbot, dialog)
    assert _account(database, acc).balance == Decimal("5000.00") - Decimal("1234.56")
    with database.ctx.reading() as s:
        payment = s.scalars(select(Payment).where(Payment.account_id == acc)).one()
    assert (payment.amount, payment.method, payment.reference) == (Decimal("1234.56"), PaymentMethod.CASH,
                                                                   "Quittung 7")
    assert panel.balances_box.rows["open"][1].text() == i18n.format_money(Decimal("3765.44"), "EUR")


@SQLITE_ONLY
def test_an_invalid_amount_keeps_ok_disabled_and_says_why(qtbot, panel, database, make_account):
    acc = make_account(balance=Decimal("100.00"))
    panel.show_account(acc)
    dialog = _open(qtbot, panel, "payment", PaymentDialog)
    assert not dialog.ok_button().isEnabled()
    qtbot.keyClicks(dialog.amount, "abc")
    assert dialog.amount.text() == ""  # letters never reach the field
    assert not dialog.ok_button().isEnabled()
    qtbot.keyClicks(dialog.amount, "12.345")  # the third decimal is refused as it is typed
    assert dialog.amount.text() == "12.34"
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "1,23")  # half-typed thousands
    assert not dialog.ok_button().isEnabled()
    assert "thousands" in dialog.message.text()
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "0")
    assert not dialog.ok_button().isEnabled()
    assert "greater than zero" in dialog.message.text()
    assert dialog.message.isVisibleTo(dialog)
    _ok(qtbot, dialog)  # a disabled button does nothing
    assert _account(database, acc).balance == Decimal("100.00")
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "10")
    assert dialog.ok_button().isEnabled()
    dialog.currency.setCurrentIndex(dialog.currency.findText("PLN"))  # money in another currency
    assert not dialog.ok_button().isEnabled() and "PLN" in dialog.message.text()
    assert dialog.amount.currency() == "PLN"
    dialog.reject()


@SQLITE_ONLY
def test_overpayment_needs_consent_and_is_kept_as_credit(qtbot, panel, database, make_account):
    acc = make_account(balance=Decimal("100.00"))
    panel.show_account(acc)
    dialog = _open(qtbot, panel, "payment", PaymentDialog)
    qtbot.keyClicks(dialog.amount, "150")
    assert not dialog.ok_button().isEnabled()
    assert dialog.overpayment.isVisibleTo(dialog)
    assert "50.00\u00a0EUR" in dialog.figures.text() and "100.00\u00a0EUR" in dialog.figures.text()
    dialog.overpayment.setChecked(True)
    assert dialog.ok_button().isEnabled()
    _ok(qtbot, dialog)
    account = _account(database, acc)
    assert account.balance == Decimal("0.00") and account.status is AccountStatus.PAID
    with database.ctx.reading() as s:
        payment = s.scalars(select(Payment).where(Payment.account_id == acc)).one()
    assert (payment.amount, payment.overpayment) == (Decimal("150.00"), Decimal("50.00"))
    assert panel.balances_box.rows["credit"][1].text() == "50.00\u00a0EUR"
    assert panel.status_chip.text() == labels.status_label(AccountStatus.PAID)
    assert not panel.buttons["promise"].isEnabled()  # nothing left to promise


@pytest.mark.parametrize("action", ["payment", "note"])
def test_a_stale_edit_names_the_other_user_and_overwrites_nothing(qtbot, panel, database, make_account, warnings,
                                                                   action):
    acc = make_account(balance=Decimal("400.00"))
    panel.show_account(acc)
    seen = panel.detail.version
    # someone else, on the shared database, puts the account on hold after the panel loaded
    accounts.change_status(ServiceContext(database.engine, "jan.kowalski"), acc, AccountStatus.ON_HOLD)

    if action == "payment":
        dialog = _open(qtbot, panel, "payment", PaymentDialog)
        qtbot.keyClicks(dialog.amount, "99.99")
    else:
        dialog = _open(qtbot, panel, "note", NoteDialog)
        qtbot.keyClicks(dialog.text, "Chiamato, nessuna risposta.")
    with qtbot.waitSignal(panel.account_changed):
        _ok(qtbot, dialog)

    assert len(warnings) == 1
    title, text = warnings[0]
    assert "jan.kowalski" in title + text
    assert "status" in text.lower() and labels.status_label(AccountStatus.ON_HOLD) in text
    account = _account(database, acc)
    assert account.balance == Decimal("400.00") and account.status is AccountStatus.ON_HOLD
    with database.ctx.reading() as s:
        assert s.scalars(select(Payment).where(Payment.account_id == acc)).all() == []
        assert s.scalars(select(AccountNote).where(AccountNote.account_id == acc)).all() == []
    # the panel reloaded: the new version and the new status are on screen
    assert panel.detail.version == account.version != seen
    assert panel.status_chip.text() == labels.status_label(AccountStatus.ON_HOLD)
    assert panel.current_dialog is None


@SQLITE_ONLY
def test_a_service_error_stays_in_the_dialog(qtbot, panel, database, make_account, monkeypatch):
    acc = make_account()
    panel.show_account(acc)

    def refuse(*_a, **_k):
        raise ValidationError("The bank rejected this reference.")

    monkeypatch.setattr(payments, "record_payment", refuse)
    dialog = _open(qtbot, panel, "payment", PaymentDialog)
    qtbot.keyClicks(dialog.amount, "10")
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.message.text() == "The bank rejected this reference."
    qtbot.keyClicks(dialog.amount, "0")  # editing clears the error and validates again
    assert dialog.message.text() != "The bank rejected this reference."
    dialog.reject()


@SQLITE_ONLY
def test_note_next_action_flag_and_reassign(qtbot, panel, database, make_account, org):
    acc = make_account()
    panel.show_account(acc)

    dialog = _open(qtbot, panel, "note", NoteDialog)
    assert not dialog.ok_button().isEnabled()
    qtbot.keyClicks(dialog.text, "Debitore all'estero fino a marzo.")
    _ok(qtbot, dialog)
    assert panel.timeline_model.entry(0).kind is TimelineKind.NOTE

    dialog = _open(qtbot, panel, "next_action", NextActionDialog)
    dialog.day.set_date(TODAY + timedelta(days=3))
    _ok(qtbot, dialog)
    assert _account(database, acc).next_action_on == TODAY + timedelta(days=3)

    dialog = _open(qtbot, panel, "flag", FlagDialog)
    dialog.flag.setCurrentIndex(dialog.flag.findData(DebtorFlag.VULNERABLE.value))
    qtbot.keyClicks(dialog.note, "Malattia grave")
    _ok(qtbot, dialog)
    assert DebtorFlag.VULNERABLE in panel.detail.debtor.active_flags

    dialog = _open(qtbot, panel, "flag", FlagDialog)  # the same flag again clears it
    dialog.flag.setCurrentIndex(dialog.flag.findData(DebtorFlag.VULNERABLE.value))
    assert dialog.clearing()
    _ok(qtbot, dialog)
    assert DebtorFlag.VULNERABLE not in panel.detail.debtor.active_flags

    dialog = _open(qtbot, panel, "reassign", ReassignDialog)
    assert not dialog.ok_button().isEnabled()  # already Anna's
    dialog.collector.setCurrentIndex(dialog.collector.findText("Jan Kowalski", Qt.MatchFlag.MatchStartsWith))
    _ok(qtbot, dialog)
    assert _account(database, acc).collector_id == org.jan
    assert panel.detail.collector_name == "Jan Kowalski"
    kinds = [e.kind for e in panel.timeline_model.entries()]
    assert kinds[0] is TimelineKind.COLLECTOR_CHANGE and TimelineKind.NEXT_ACTION_CHANGE in kinds


@SQLITE_ONLY
def test_the_panel_follows_a_language_change(qtbot, panel, make_account, language):
    acc = make_account(balance=Decimal("1234.56"))
    panel.show_account(acc)
    language("de")
    qtbot.waitUntil(lambda: panel.balances_box.rows["open"][1].text() == "1.234,56\u00a0EUR")
    assert "1.234,56" in panel.open_balance.text()


@SQLITE_ONLY
def test_timeline_model_contract(qtbot, database, make_account):
    acc = make_account(balance=Decimal("300.00"))
    activities.log_activity(database.ctx, acc, channel=Channel.SMS, direction=Direction.OUTBOUND,
                            outcome=Outcome.DELIVERED, check_compliance=False)
    payments.record_payment(database.ctx, acc, amount=Decimal("10.00"), paid_on=TODAY)
    notes.add_note(database.ctx, acc, "due righe\nseconda riga")
    model = TimelineModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_entries(account_view.timeline(database.ctx, acc))
    assert model.rowCount() == 3
    texts = [model.index(r, 1).data() for r in range(3)]
    assert any("SMS" in t for t in texts) and any("Bank transfer" in t for t in texts)
    assert model.index(0, 4).data() == "due righe seconda riga"
    model.set_entries([])
    assert model.rowCount() == 0


def test_every_enum_member_has_a_distinct_label():
    for enum_cls in labels.COVERED:
        pairs = labels.choices(enum_cls)
        assert [m for m, _ in pairs] == list(enum_cls)
        texts = [t for _, t in pairs]
        assert all(texts) and len(set(texts)) == len(texts), enum_cls
        assert all(labels.enum_label(m) == t for m, t in pairs)


@pytest.mark.parametrize("text, point, group, expected", [
    ("1.234,56", ",", ".", Decimal("1234.56")),
    ("12.50", ",", ".", Decimal("12.50")),       # '.' typed as the decimal point in German
    ("1.234", ",", ".", Decimal("1234.00")),     # three digits after '.': thousands
    ("1,234.56", ".", ",", Decimal("1234.56")),
    ("1\u00a0234,5", ",", "\u00a0", Decimal("1234.50")),
    ("1 234,56", ",", "\u00a0", Decimal("1234.56")),
    (",5", ",", ".", Decimal("0.50")),
])
def test_parse_amount_accepts_the_locales_ways(text, point, group, expected):
    assert parse_amount(text, point, group) == (Parse.ACCEPTABLE, expected)


@pytest.mark.parametrize("text, point, group, state", [
    ("", ".", ",", Parse.EMPTY),
    ("1,23", ".", ",", Parse.GROUPING),
    ("12.345", ".", ",", Parse.INVALID),
    ("1e5", ".", ",", Parse.INVALID),
    ("-5", ".", ",", Parse.INVALID),
    ("1,2,3", ",", ".", Parse.INVALID),
    ("1234567890123", ".", ",", Parse.INVALID),
])
def test_parse_amount_refuses_what_is_not_money(text, point, group, state):
    assert parse_amount(text, point, group)[0] is state


def test_money_edit_tidies_to_the_locale_format(qtbot, language):
    language("de")
    edit = MoneyEdit("PLN")
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "1234.5")
    edit.editingFinished.emit()
    assert edit.text() == "1.234,50" and edit.value() == Decimal("1234.50")
    assert edit.currency() == "PLN"
    edit.setValue(Decimal("0.10"))
    assert edit.text() == "0,10"
