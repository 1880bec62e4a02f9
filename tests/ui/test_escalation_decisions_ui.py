"""Finishing an escalation in the GUI (issue 6), on SQLite and PostgreSQL: files raised with it and shown
with the case, a file too large refused as it is chosen, approving through the ApproveDialog (write-off,
settlement, a plan built with the calculator) with what it created shown on the case, the plan letter
saved, a four-eyes refusal shown in the dialog with nothing lost, and who may be named as deciding.

The login of the test database ("tester") is a supervisor here, so every decision is taken under the
decider's own login, as a shared database requires."""

from __future__ import annotations

import os
from datetime import date, timedelta
from decimal import Decimal as D
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from collectdesk import i18n
from collectdesk.domain.enums import (AccountStatus, EscalationDecision, EscalationReason, EscalationStatus,
                                      SettlementStatus, StaffRole, WriteOffReason)
from collectdesk.domain.errors import ValidationError
from collectdesk.services import account_view, escalations as esc, write_offs
from collectdesk.services.context import ServiceContext
from collectdesk.services.escalation_outcome import outcome
from collectdesk.store.models import Account, StaffMember
from collectdesk.ui import labels
from collectdesk.ui.account.action_dialog import find_data
from collectdesk.ui.account.case_lines import case_lines
from collectdesk.ui.escalations.chosen_files import format_size
from collectdesk.ui.escalations.escalations_pane import EscalationsPane
from collectdesk.ui.escalations.raise_dialog import EscalateDialog, RaiseEscalationDialog


@pytest.fixture
def staff(database, org):
    """The login's own supervisor (tester), another supervisor who raises cases, a senior manager."""
    with database.ctx.transaction() as s:
        me = StaffMember(username="tester", full_name="Tina Tester", role=StaffRole.SUPERVISOR, team_id=org.team)
        sara = StaffMember(username="sara", full_name="Sara Conti", role=StaffRole.SUPERVISOR, team_id=org.team)
        senior = StaffMember(username="jurgen", full_name="Jürgen Groß", role=StaffRole.SENIOR_MANAGER)
        s.add_all([me, sara, senior])
        s.flush()
        return SimpleNamespace(me=me.id, sara=sara.id, senior=senior.id)


def raise_case(database, account, by, decision, terms=None, amount=None, attachments=()):
    return esc.raise_escalation(database.ctx, account, raised_by_id=by, reason=EscalationReason.HARDSHIP,
                                requested_decision=decision, proposed_terms=terms, note="Lost her job",
                                amount_at_stake=amount, attachments=attachments)


def pane_on(qtbot, database) -> EscalationsPane:
    pane = EscalationsPane(database)
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    return pane


def approve_dialog(qtbot, pane):
    qtbot.mouseClick(pane.buttons["approve"], Qt.MouseButton.LeftButton)
    dialog = pane.approve_dialog
    assert dialog is not None and dialog.isVisible(), pane.last_error
    return dialog


def balance(database, account) -> D:
    with database.ctx.reading() as s:
        return s.get(Account, account).balance


def test_files_raised_with_the_case_are_listed_opened_and_saved(qtbot, database, staff, make_account, tmp_path,
                                                               monkeypatch):
    payslip, letter = tmp_path / "payslip-march.pdf", tmp_path / "hardship letter.jpg"
    payslip.write_bytes(b"%PDF-1.4 payslip" * 100)
    letter.write_bytes(os.urandom(2500))
    account = make_account(balance=D("900.00"))
    dialog = RaiseEscalationDialog(database.ctx, account, staff.sara)
    qtbot.addWidget(dialog)
    dialog.reason.setCurrentIndex(find_data(dialog.reason, EscalationReason.HARDSHIP))
    dialog.decision.setCurrentIndex(find_data(dialog.decision, EscalationDecision.HOLD))
    qtbot.keyClicks(dialog.note, "Payslips attached")
    assert dialog.files.add_paths([str(payslip), str(letter), str(payslip)]) is None  # twice chosen, once listed
    assert dialog.files.list.count() == 2
    assert dialog.files.list.item(0).text() == f"payslip-march.pdf ({format_size(1600)})"
    assert dialog.files_label.buddy() is dialog.files.list
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.message.text()

    pane = pane_on(qtbot, database)
    assert pane.selected_id() == dialog.escalation_id
    assert sorted(pane.files.names()) == ["hardship letter.jpg", "payslip-march.pdf"]  # one transaction: by name
    row = pane.files.names().index("hardship letter.jpg")
    assert pane.files.list.item(row).text() == f"hardship letter.jpg ({format_size(2500)})"
    pane.files.list.setCurrentRow(row)
    target = tmp_path / "saved.jpg"
    assert pane.files.save_selected(target) and target.read_bytes() == letter.read_bytes()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    path = pane.files.open_selected()
    assert opened == [str(path)] and path.name == "hardship letter.jpg" and path.read_bytes() == letter.read_bytes()
    extra = tmp_path / "bank statement.pdf"
    extra.write_bytes(b"statement")
    assert pane.files.add_button.isEnabled() and pane.files.add_files([str(extra)]) == 1  # an open case takes more
    assert pane.files.names()[-1] == "bank statement.pdf"


def test_a_file_over_20_mb_is_refused_as_it_is_chosen(qtbot, database, staff, make_account, tmp_path):
    big, small = tmp_path / "scan.tiff", tmp_path / "note.txt"
    with open(big, "wb") as fh:
        fh.truncate(esc.MAX_ATTACHMENT_BYTES + 1)  # sparse: 20 MB and one byte
    small.write_text("ok")
    dialog = RaiseEscalationDialog(database.ctx, make_account(), staff.sara)
    qtbot.addWidget(dialog)
    refused = dialog.files.add_paths([str(big), str(small)])
    assert refused is not None and "scan.tiff" in refused and "20 MB" in refused
    assert [p.name for p in dialog.files.paths()] == ["note.txt"]
    assert "scan.tiff" in dialog.message.text()  # said in the dialog at once
    dialog.files.list.setCurrentRow(0)
    qtbot.mouseClick(dialog.files.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.files.paths() == []


def test_approving_a_partial_write_off_books_it_under_the_approvers_name(qtbot, database, staff, make_account):
    account = make_account(balance=D("1000.00"))
    case = raise_case(database, account, staff.sara, EscalationDecision.WRITE_OFF, {"write_off_amount": "1000.00"})
    pane = pane_on(qtbot, database)
    pane.decider.setCurrentIndex(find_data(pane.decider, staff.me))
    dialog = approve_dialog(qtbot, pane)
    assert "writes the amount off" in dialog.explain.text() and "Tina Tester" in dialog.explain.text()
    dialog.scope.setCurrentIndex(find_data(dialog.scope, "part"))
    dialog.write_off_amount.clear()
    qtbot.keyClicks(dialog.write_off_amount, "300")
    assert not dialog.ok_button().isEnabled() and "reason" in dialog.message.text()  # the reason is chosen
    dialog.reason.setCurrentIndex(find_data(dialog.reason, WriteOffReason.UNECONOMIC))
    qtbot.keyClicks(dialog.accounting_ref, "JV-2026-0117")
    assert dialog.ok_button().isEnabled(), dialog.message.text()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.message.text()

    assert balance(database, account) == D("700.00")
    lines = [ln for ln in write_offs.journal_lines(database.ctx, date.today(), date.today())]
    assert [(ln.amount, ln.reason, ln.approved_by, ln.accounting_ref) for ln in lines] == [
        (D("300.00"), WriteOffReason.UNECONOMIC, "Tina Tester", "JV-2026-0117")]
    assert esc.get_escalation(database.ctx, case).status == EscalationStatus.APPROVED
    # the decided case stays in view with what it created; the queue no longer holds it
    assert pane.model.rowCount() == 0 and pane.case is not None and pane.case.id == case
    text = pane.outcome_label.text()
    assert i18n.format_money(D("300.00"), "EUR") in text and labels.write_off_reason_label(WriteOffReason.UNECONOMIC) \
        in text and "JV-2026-0117" in text and "Tina Tester" in text
    assert not pane.buttons["approve"].isEnabled() and pane.buttons["pdf"].isEnabled()
    # the account detail says the same
    detail = account_view.account_detail(database.ctx, account)
    assert text.splitlines()[0] in case_lines(detail, outcome(database.ctx, case))


def test_a_settlement_is_approved_only_with_a_deadline(qtbot, database, staff, make_account):
    account = make_account(balance=D("4000.00"))
    case = raise_case(database, account, staff.sara, EscalationDecision.SETTLEMENT, {"settlement_amount": "3000.00"})
    pane = pane_on(qtbot, database)
    pane.decider.setCurrentIndex(find_data(pane.decider, staff.me))
    dialog = approve_dialog(qtbot, pane)
    assert dialog.settlement_amount.value() == D("3000.00")  # the proposed amount to start from
    assert not dialog.ok_button().isEnabled() and "deadline" in dialog.message.text()
    assert dialog.deadline.text() == dialog.tr("Choose a date")
    deadline = date.today() + timedelta(days=30)
    dialog.deadline.set_date(deadline)
    assert dialog.ok_button().isEnabled(), dialog.message.text()
    dialog.settlement_amount.clear()
    qtbot.keyClicks(dialog.settlement_amount, "4000")
    assert not dialog.ok_button().isEnabled() and "less than the open balance" in dialog.message.text()
    dialog.settlement_amount.clear()
    qtbot.keyClicks(dialog.settlement_amount, "3000")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.message.text()

    settled = outcome(database.ctx, case).settlement
    assert (settled.settle_amount, settled.deadline, settled.status) == (D("3000.00"), deadline,
                                                                         SettlementStatus.ACCEPTED)
    assert (f"{i18n.format_money(D('3000.00'), 'EUR')} by {i18n.format_date(deadline)}"
            in pane.outcome_label.text())


def test_a_plan_built_with_the_calculator_is_approved_and_its_letter_saved(qtbot, database, staff, make_account,
                                                                         tmp_path):
    account = make_account(balance=D("1200.00"))
    case = raise_case(database, account, staff.sara, EscalationDecision.PAYMENT_PLAN, {"installments": 6})
    pane = pane_on(qtbot, database)
    pane.decider.setCurrentIndex(find_data(pane.decider, staff.me))
    calculator = pane.open_plan_calculator()
    calculator.count.setValue(6)
    first = date.today() + timedelta(days=20)
    calculator.first_due.set_date(first)
    qtbot.mouseClick(calculator.ok_button(), Qt.MouseButton.LeftButton)
    assert calculator.plan_id is not None
    assert "Proposed" in pane.outcome_label.text() and not pane.buttons["letter"].isEnabled()

    dialog = approve_dialog(qtbot, pane)
    assert not hasattr(dialog, "installments")  # the plan built is approved as it is: nothing to ask
    six = i18n.format_money(D("200.00"), "EUR")
    assert f"6 × {six}" in dialog.explain.text() and i18n.format_date(first) in dialog.explain.text()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.message.text()

    with database.ctx.reading() as s:
        assert s.get(Account, account).status == AccountStatus.PAYMENT_PLAN
    line = pane.outcome_label.text()
    assert line.startswith(f"Payment plan: 6 × {six}") and f"next due {i18n.format_date(first)}" in line
    assert pane.buttons["letter"].isEnabled()
    target = tmp_path / "plan-letter.pdf"
    pane.write_plan_letter(target, outcome(database.ctx, case).plan.id)
    qtbot.waitUntil(lambda: pane.letter_path is not None or bool(pane.last_error), timeout=30_000)
    assert pane.last_error is None, pane.last_error
    assert target.read_bytes().startswith(b"%PDF") and str(target) in pane.message.text()


def test_the_four_eyes_refusal_shows_in_the_dialog_and_keeps_what_was_typed(qtbot, database, staff, make_account):
    account = make_account(balance=D("600.00"))
    case = raise_case(database, account, staff.me, EscalationDecision.HOLD)  # raised by the login itself
    pane = pane_on(qtbot, database)
    pane.decider.setCurrentIndex(find_data(pane.decider, staff.me))
    dialog = approve_dialog(qtbot, pane)
    assert "on hold" in dialog.explain.text()
    qtbot.keyClicks(dialog.note, "Debtor in hospital until May")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Four-eyes" in dialog.message.text()
    assert dialog.note.toPlainText() == "Debtor in hospital until May"
    assert esc.get_escalation(database.ctx, case).status == EscalationStatus.SUBMITTED
    with database.ctx.reading() as s:
        assert s.get(Account, account).status == AccountStatus.ESCALATED


def test_who_decides_follows_the_kind_of_database(qtbot, database, staff, make_account):
    raise_case(database, make_account(), staff.sara, EscalationDecision.HOLD)
    pane = pane_on(qtbot, database)
    names = [pane.decider.itemText(i) for i in range(pane.decider.count())]
    assert pane.decider.currentData() == staff.me  # the login's own staff member to start with
    if esc.is_shared(database.ctx):  # PostgreSQL: everyone decides under their own login
        assert names == ["Tina Tester (Supervisor)"] and not pane.decider.isEnabled()
        assert "own login" in pane.decider.toolTip()
    else:  # the single-user file: the supervisor may enter a senior manager's decision
        assert len(names) == 3 and "Jürgen Groß (Senior manager)" in names and pane.decider.isEnabled()
    assert [pane.senior.itemText(i) for i in range(pane.senior.count())] == ["Jürgen Groß"]


def test_the_account_panels_escalate_form_raises_as_the_logins_staff_member(qtbot, database, staff, make_account):
    detail = account_view.account_detail(database.ctx, make_account())
    dialog = EscalateDialog(database.ctx, detail)
    qtbot.addWidget(dialog)
    assert dialog.raised_by_id == staff.me
    stranger = ServiceContext(database.engine, "nobody")
    with pytest.raises(ValidationError, match="nobody"):
        EscalateDialog(stranger, detail)
