"""The Feedback inbox as a supervisor uses it: unread and overdue items stand out, the filters and a
Polish search narrow the list, triage from the keyboard (assign, resolve, dispute flag, read and next)
writes to the database, a folder of e-mail dropped on the pane is imported and decoded, and a scanned
letter is previewed in place."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from collectdesk.domain.enums import AccountStatus, DebtorFlag, FeedbackKind, FeedbackOutcome, FeedbackStatus
from collectdesk.services.inbox import entries
from collectdesk.services.inbox.items import item_detail, mark_read
from collectdesk.store.models import Account, Debtor, FeedbackItem
from collectdesk.ui.inbox.inbox_model import COLUMNS
from collectdesk.ui.inbox.inbox_pane import InboxPane
from collectdesk.ui.inbox.triage_dialogs import AssignDialog, ResolveDialog

SQLITE_ONLY = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
MAIL = Path(__file__).resolve().parents[1] / "fixtures" / "mail"
NOW = datetime.now(timezone.utc)


@pytest.fixture
def items(database, org, make_account):
    """An old complaint about a linked account (overdue, unread), a call already read, and a new
    Polish complaint (unread, not overdue)."""
    account = make_account()
    ctx = database.ctx
    old = entries.record_letter(ctx, entries.LetterInput(
        received_at=NOW - timedelta(days=70), sender_name="Niccolò Bianchi", subject="Telefonate continue",
        body="Mi chiamate tre volte al giorno.", kind=FeedbackKind.COMPLAINT, account_id=account))
    call = entries.record_call(ctx, entries.CallInput(
        called_at=NOW - timedelta(hours=3), caller="Jan Nowak", number="+48 22 123 45 67",
        summary="Pytanie o termin raty", kind=FeedbackKind.ENQUIRY))
    mark_read(ctx, call)
    polish = entries.record_letter(ctx, entries.LetterInput(
        received_at=NOW - timedelta(hours=1), sender_name="Małgorzata Świątek",
        subject="Reklamacja: zapłacone już w październiku", body="Zapłaciłam całą kwotę.",
        kind=FeedbackKind.COMPLAINT))
    return {"old": old, "call": call, "polish": polish, "account": account}


@pytest.fixture
def pane(qtbot, database, items):
    pane = InboxPane(database)
    qtbot.addWidget(pane)
    pane.resize(1400, 800)
    pane.filter_bar.clear()  # every status, so the tests see everything
    with qtbot.waitSignals([pane.rows_loaded, pane.choices_loaded], timeout=20_000):
        pane.show()
    return pane


def subjects(pane: InboxPane) -> list[str]:
    return [pane.model.rows[n].subject for n in range(pane.model.rowCount())]


def select(qtbot, pane: InboxPane, item_id) -> None:
    row = pane.model.row_of(item_id)
    assert row is not None, subjects(pane)
    if pane.table.currentIndex().row() != row:
        pane.table.setCurrentIndex(pane.model.index(row, 0))
    qtbot.waitUntil(lambda: pane.item is not None and pane.item.id == item_id, timeout=20_000)
    pane.table.setFocus()


def stored(database, item_id) -> FeedbackItem:
    with database.ctx.reading() as s:
        return s.get(FeedbackItem, item_id)


@SQLITE_ONLY
def test_unread_bold_overdue_red_with_due_date(pane, items):
    assert pane.model.rowCount() == 3
    old = pane.model.row_of(items["old"])
    call = pane.model.row_of(items["call"])
    due = pane.model.index(old, COLUMNS.index("due"))
    assert pane.model.index(old, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert pane.model.index(call, 0).data(Qt.ItemDataRole.FontRole) is None  # read: normal weight
    assert pane.model.index(old, 3).data(Qt.ItemDataRole.ForegroundRole) is not None  # red
    assert pane.model.index(call, 3).data(Qt.ItemDataRole.ForegroundRole) is None
    assert due.data() and "Overdue since" in due.data(Qt.ItemDataRole.ToolTipRole)
    assert pane.model.index(call, COLUMNS.index("due")).data(Qt.ItemDataRole.ToolTipRole) is None


@SQLITE_ONLY
def test_figures_count_what_the_database_holds(qtbot, pane, items):
    if pane.figures.values["open"] is None:
        qtbot.waitSignal(pane.figures_loaded, timeout=20_000).wait()
    assert pane.figures.values["open"] == 3
    assert pane.figures.values["unread"] == 2
    assert pane.figures.values["overdue"] == 1
    # complaints received this month: the new Polish one, and the old one only if 70 days ago is this month
    assert pane.figures.values["complaints"] == 1 + ((NOW - timedelta(days=70)).month == NOW.month)
    with qtbot.waitSignal(pane.rows_loaded, timeout=20_000):
        pane.figures.buttons["overdue"].click()
    assert subjects(pane) == ["Telefonate continue"]


@SQLITE_ONLY
def test_category_filter_and_polish_search_narrow_the_list(qtbot, pane):
    with qtbot.waitSignal(pane.rows_loaded, timeout=20_000):
        pane.filter_bar.set_choice(pane.filter_bar.kind, FeedbackKind.COMPLAINT)
    assert sorted(subjects(pane)) == ["Reklamacja: zapłacone już w październiku", "Telefonate continue"]
    pane.focus_search()
    with qtbot.waitSignal(pane.rows_loaded, timeout=20_000):
        pane.filter_bar.search.insert("ZAPŁACONE")  # as typed (QtTest cannot type "Ł")
    assert subjects(pane) == ["Reklamacja: zapłacone już w październiku"]
    assert "1 item" in pane.status.text()


@SQLITE_ONLY
def test_space_marks_read_and_moves_to_the_next(qtbot, pane, database, items):
    select(qtbot, pane, items["polish"])
    row = pane.table.currentIndex().row()
    qtbot.keyClick(pane.table, Qt.Key.Key_Space)
    assert stored(database, items["polish"]).read_at is not None
    assert pane.table.currentIndex().row() == row + 1
    assert pane.model.index(row, 0).data(Qt.ItemDataRole.FontRole) is None  # no longer bold
    qtbot.keyClick(pane.table, Qt.Key.Key_K)
    assert pane.table.currentIndex().row() == row


@SQLITE_ONLY
def test_assign_key_opens_the_dialog_and_saves_the_owner(qtbot, pane, database, items, org):
    select(qtbot, pane, items["polish"])
    qtbot.keyClick(pane.table, Qt.Key.Key_A)
    dialog = pane.triage.dialog
    assert isinstance(dialog, AssignDialog) and dialog.isVisible()
    assert not dialog.ok_button().isEnabled()  # nobody chosen yet
    dialog.owner.setCurrentIndex(next(i for i in range(dialog.owner.count()) if dialog.owner.itemData(i) == org.jan))
    with qtbot.waitSignal(pane.item_loaded, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    item = stored(database, items["polish"])
    assert item.owner_id == org.jan
    assert item.status == FeedbackStatus.ASSIGNED
    assert pane.view.fact_labels["owner"][1].text() == "Jan Kowalski"
    assert pane.model.rows[pane.model.row_of(items["polish"])].owner_name == "Jan Kowalski"


@SQLITE_ONLY
def test_resolve_key_sets_status_and_outcome(qtbot, pane, database, items):
    select(qtbot, pane, items["old"])
    qtbot.keyClick(pane.table, Qt.Key.Key_R)
    dialog = pane.triage.dialog
    assert isinstance(dialog, ResolveDialog)
    dialog.outcome.setCurrentIndex(next(i for i in range(dialog.outcome.count())
                                        if dialog.outcome.itemData(i) == FeedbackOutcome.UPHELD))
    assert not dialog.ok_button().isEnabled()  # the resolution is still empty
    qtbot.keyClicks(dialog.resolution, "Chiamate ridotte a una al giorno; scuse inviate.")
    with qtbot.waitSignal(pane.item_loaded, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    item = stored(database, items["old"])
    assert item.status == FeedbackStatus.RESOLVED
    assert item.outcome == FeedbackOutcome.UPHELD
    assert item.resolution.startswith("Chiamate ridotte")
    assert not pane.model.rows[pane.model.row_of(items["old"])].overdue  # resolved: no longer overdue


@SQLITE_ONLY
def test_stale_edit_is_reported_and_the_item_reloaded(qtbot, pane, database, items, org):
    select(qtbot, pane, items["polish"])
    qtbot.keyClick(pane.table, Qt.Key.Key_A)
    dialog = pane.triage.dialog
    from collectdesk.services.inbox.items import assign

    assign(database.ctx, items["polish"], org.anna)  # someone else, meanwhile
    dialog.owner.setCurrentIndex(next(i for i in range(dialog.owner.count()) if dialog.owner.itemData(i) == org.jan))
    with qtbot.waitSignal(pane.item_loaded, timeout=20_000):
        dialog.ok_button().click()
    assert "changed this item" in pane.message_box.text()
    assert stored(database, items["polish"]).owner_id == org.anna
    assert pane.item.owner_name == "Anna Rossi"


@SQLITE_ONLY
def test_dispute_key_flags_the_linked_debtor_after_confirmation(qtbot, pane, database, items):
    select(qtbot, pane, items["old"])
    qtbot.keyClick(pane.table, Qt.Key.Key_D)
    box = pane.triage.dialog
    assert isinstance(box, QMessageBox) and "disputing" in box.text()
    with qtbot.waitSignal(pane.item_loaded, timeout=20_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    detail = item_detail(database.ctx, items["old"])
    assert "dispute" in detail.debtor_flags
    with database.ctx.reading() as s:
        debtor = s.get(Debtor, detail.debtor_id)
        assert DebtorFlag.DISPUTE in debtor.active_flags()
        assert s.get(Account, items["account"]).status == AccountStatus.DISPUTED  # collection pauses


@SQLITE_ONLY
def test_dropping_a_folder_of_email_imports_and_decodes_it(qtbot, pane, tmp_path):
    folder = tmp_path / "posta"
    folder.mkdir()
    for name in ("pl_iso8859_2.eml", "de_utf8_alternative.eml", "it_latin1_qp.eml", "archive_broken_third.mbox"):
        shutil.copy(MAIL / name, folder / name)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(pane.rows_loaded, timeout=30_000):
        pane.dropEvent(event)
    assert event.isAccepted()
    report = pane.imports.last_report
    assert report.imported >= 3
    shown = subjects(pane)
    assert "Reklamacja - zapłacone już w październiku" in shown
    assert all(pane.model.row_of(i) is not None for i in report.item_ids)
    polish = next(r for r in pane.model.rows if r.subject.startswith("Reklamacja - zapłacone"))
    assert polish.sender_name == "Małgorzata Świątek"
    assert polish.unread
    if report.errors:  # the mbox's broken third message is listed, the rest imported
        assert pane.imports.dialog.table.rowCount() == len(report.errors)


@SQLITE_ONLY
def test_scanned_pdf_letter_is_previewed_in_place(qtbot, pane, database, tmp_path):
    from reportlab.pdfgen import canvas

    scan = tmp_path / "lettera.pdf"
    c = canvas.Canvas(str(scan))
    c.drawString(72, 720, "Spett.le CollectDesk, contesto il debito.")
    c.showPage()
    c.save()
    letter = entries.record_letter(database.ctx, entries.LetterInput(
        received_at=NOW, sender_name="Carla Verdi", subject="Contestazione", kind=FeedbackKind.DISPUTE), scan)
    with qtbot.waitSignal(pane.rows_loaded, timeout=20_000):
        pane.refresh()
    select(qtbot, pane, letter)
    preview = pane.view.preview
    qtbot.waitUntil(preview.showing_pdf, timeout=20_000)
    assert preview.showing_pdf()
    assert preview.pdf_document.pageCount() == 1
    assert pane.view.tabs.currentIndex() == 1  # a letter with only its scan opens on the scan
    assert pane.view.attachments.count() == 1


@SQLITE_ONLY
def test_agency_import_lists_bad_rows_and_writes_nothing_then_imports_a_good_file(qtbot, pane, tmp_path, items):
    from collectdesk.ui.inbox.agency_errors_dialog import AgencyErrorsDialog

    bad = tmp_path / "agenzia.csv"
    bad.write_text("date;account;satisfaction;complaint_code\n2026-01-10;T-000001;9;\n2026-01-11;T-000001;;tone\n",
                   encoding="utf-8")
    before = pane.model.rowCount()
    pane.imports.import_agency(bad)
    qtbot.waitUntil(lambda: isinstance(pane.imports.dialog, AgencyErrorsDialog), timeout=20_000)
    dialog = pane.imports.dialog
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "2"  # line 2: satisfaction 9
    with qtbot.waitSignal(pane.rows_loaded, timeout=20_000):
        pane.refresh()
    assert pane.model.rowCount() == before

    good = tmp_path / "agenzia_ok.csv"
    good.write_text("date;account;satisfaction;complaint_code\n2026-01-10;T-000001;4;\n2026-01-11;T-000001;;tone\n",
                    encoding="utf-8")
    with qtbot.waitSignal(pane.rows_loaded, timeout=20_000):
        pane.imports.import_agency(good)
    assert pane.model.rowCount() == before + 2
    assert "1 complaint" in pane.notice.text() and "1 survey answer" in pane.notice.text()


@SQLITE_ONLY
def test_new_letter_dialog_previews_the_scan_and_saves_the_letter(qtbot, pane, database, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from collectdesk.ui.inbox.entry_dialogs import LetterDialog

    scan = tmp_path / "scan.png"
    image = QImage(400, 560, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(scan))
    pane.imports.new_letter()
    dialog = pane.imports.dialog
    assert isinstance(dialog, LetterDialog)
    assert not dialog.save_button().isEnabled()  # no sender, no subject yet
    dialog.sender.insert("Hans Müller")  # as typed (QtTest types ASCII only)
    qtbot.keyClicks(dialog.subject, "Widerspruch gegen die Forderung")
    dialog.set_scan(scan)
    assert dialog.preview.showing_image()
    dialog.account.set_text("T-000001")
    assert dialog.account.account_id() is not None
    with qtbot.waitSignal(pane.rows_loaded, timeout=20_000):
        dialog.save_button().click()
    with database.ctx.reading() as s:
        from sqlalchemy import select

        item = s.scalars(select(FeedbackItem).where(FeedbackItem.subject == "Widerspruch gegen die Forderung")).one()
        assert item.sender_name == "Hans Müller" and item.account_id is not None
    assert pane.current_id() == item.id  # the new letter is selected


@SQLITE_ONLY
def test_link_key_links_the_account_its_debtor_and_collector(qtbot, pane, database, items, org):
    from collectdesk.ui.inbox.link_dialog import LinkDialog

    select(qtbot, pane, items["polish"])
    qtbot.keyClick(pane.table, Qt.Key.Key_L)
    dialog = pane.triage.dialog
    assert isinstance(dialog, LinkDialog)
    qtbot.keyClicks(dialog.search, "T-000001")
    dialog.find_accounts()
    assert dialog.results.count() == 1 and dialog.account_id() == items["account"]
    with qtbot.waitSignal(pane.item_loaded, timeout=20_000):
        dialog.ok_button().click()
    item = stored(database, items["polish"])
    assert item.account_id == items["account"] and item.debtor_id is not None
    assert item.staff_id == org.anna  # the account's collector
    assert pane.view.fact_labels["account"][1].text().startswith("T-000001")
    assert pane.view.open_account_button.isEnabled()
    pane.activateWindow()  # the dialog has closed: the window is active again, the list has the focus
    qtbot.waitUntil(pane.table.hasFocus)
    with qtbot.waitSignal(pane.open_account) as opened:
        qtbot.keyClick(pane.table, Qt.Key.Key_O)
    assert opened.args == [items["account"]]


@SQLITE_ONLY
def test_figures_dialog_shows_per_collector_complaints_as_the_scorecard_counts_them(qtbot, pane, database, items, org):
    from collectdesk.domain.periods import Period, PeriodKind
    from collectdesk.services.scorecards import scorecard

    old = stored(database, items["old"])
    period = Period.containing(PeriodKind.MONTH, old.received_at.date())
    dialog = pane.show_figures_dialog()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.figures is not None, timeout=20_000)
    dialog.period_bar.set_period(period)  # as picking the month in the bar does
    dialog.period_bar.changed.emit()
    qtbot.waitUntil(lambda: dialog.figures is not None and dialog.figures.start == period.start, timeout=20_000)
    card = scorecard(database.ctx, period.start, period.end)
    expected = {row.name: row.complaints for row in card.rows if row.complaints}
    table = dialog.tables["collector"]
    shown = {table.item(r, 0).text(): int(table.item(r, 1).text()) for r in range(table.rowCount())
             if table.item(r, 1).text() != "0"}
    assert expected == {"Anna Rossi": 1}
    assert {k: v for k, v in shown.items() if k in expected} == expected


@SQLITE_ONLY
def test_rules_dialog_changes_the_sla_and_the_topics(qtbot, pane, database):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from collectdesk.services.department_settings import get_settings
    from collectdesk.services.inbox.sla import deadlines_for_rule, sla_rules
    from collectdesk.ui.inbox.rules_dialog import InboxRulesDialog

    def edit():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, InboxRulesDialog)
        dialog.ack["complaint"].setValue(3)
        dialog.new_topic.setText("Legal threat")
        dialog.add_button.click()
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    QTimer.singleShot(0, edit)
    assert pane.edit_rules()
    assert sla_rules(database.ctx)["complaint"]["ack_days"] == 3
    assert "legal_threat" in get_settings(database.ctx, "feedback.topics")["feedback.topics"]
    received = datetime(2026, 3, 6, 15, tzinfo=timezone.utc)  # a Friday
    letter = entries.record_letter(database.ctx, entries.LetterInput(
        received_at=received, sender_name="Jan Kowalski", subject="Skarga", kind=FeedbackKind.COMPLAINT))
    ack_by, _resolve_by = deadlines_for_rule({"ack_days": 3, "resolve_weeks": 8}, received, "IT")  # the branch
    assert stored(database, letter).ack_due_by == ack_by
    assert ack_by.date().isoformat() == "2026-03-11"  # Mon, Tue, Wed
