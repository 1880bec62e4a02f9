"""The Portfolios pane, the dashboard's "My portfolios" tile and the write-off journal export, driven as a
supervisor drives them (SQLite only: the services' own tests cover PostgreSQL)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from collectdesk.domain.enums import Channel, Direction, Outcome, PortfolioKind, StaffRole
from collectdesk.services import portfolios
from collectdesk.services.activities import log_activity
from collectdesk.services.payments import record_payment
from collectdesk.services.queues import QueueFilter
from collectdesk.store.models import PortfolioAccount, StaffMember
from collectdesk.ui.portfolios.portfolio_list_model import COL_ACCOUNTS, COL_BALANCE, COL_COLLECTED, COL_OWNER
from collectdesk.ui.portfolios.portfolios_pane import PortfoliosPane

TODAY = date.today()


@pytest.fixture
def database(database):
    """SQLite only (the brief): GUI tests run on SQLite, the services below them on both."""
    if database.url.get_backend_name() != "sqlite":
        pytest.skip("GUI tests run on SQLite")
    return database


@pytest.fixture
def supervisor(database, org):
    """The signed-in user ("tester", the database actor) is a supervisor."""
    with database.ctx.transaction() as s:
        me = StaffMember(username="tester", full_name="Teresa Supervisora", role=StaffRole.SUPERVISOR,
                         team_id=org.team, branch_id=org.branch, language="it")
        s.add(me)
        s.flush()
        return me.id


@pytest.fixture
def watched(database, supervisor, make_account):
    """A portfolio of three accounts in two currencies, a payment this month and an activity."""
    eur1 = make_account(balance=Decimal("1200.50"))
    eur2 = make_account(balance=Decimal("300.25"), name="Greta Müller")
    pln = make_account(balance=Decimal("4000.00"), currency="PLN", name="Żaneta Wójcik")
    pid = portfolios.create_portfolio(database.ctx, "Fraud suspects", PortfolioKind.FRAUD, supervisor)
    portfolios.add_accounts(database.ctx, pid, [eur1, eur2, pln], "Identity theft reported")
    record_payment(database.ctx, eur1, amount=Decimal("200.50"), paid_on=TODAY, today=TODAY)
    log_activity(database.ctx, eur2, channel=Channel.CALL, direction=Direction.OUTBOUND, outcome=Outcome.NO_ANSWER,
                 occurred_at=datetime.now(timezone.utc) - timedelta(hours=2), check_compliance=False)
    return pid, (eur1, eur2, pln)


def _shown_pane(qtbot, database) -> PortfoliosPane:
    pane = PortfoliosPane(database, today=TODAY)
    qtbot.addWidget(pane)
    pane.resize(1100, 700)
    with qtbot.waitSignal(pane.portfolios_loaded, timeout=20_000), \
            qtbot.waitSignal(pane.accounts_loaded, timeout=20_000):
        pane.show()
    return pane


def _cell(model, row, col) -> str:
    return model.data(model.index(row, col))


def test_pane_lists_the_portfolio_with_its_summary(qtbot, database, watched):
    from collectdesk import i18n

    pid, _ = watched
    pane = _shown_pane(qtbot, database)
    summary = portfolios.portfolio_summary(database.ctx, pid, TODAY)
    assert summary.accounts == 3 and summary.collected_this_month == {"EUR": Decimal("200.50")}
    row = pane.list_model.row_of(pid)
    assert row == 0 and pane.selected_portfolio().id == pid
    assert _cell(pane.list_model, row, COL_ACCOUNTS) == i18n.format_count(summary.accounts)
    assert _cell(pane.list_model, row, COL_OWNER) == "Teresa Supervisora"
    assert _cell(pane.list_model, row, COL_BALANCE).splitlines() == [
        i18n.format_money(amount, cur) for cur, amount in sorted(summary.balance.items())]
    assert _cell(pane.list_model, row, COL_COLLECTED) == i18n.format_money(Decimal("200.50"), "EUR")
    assert pane.accounts_model.rowCount() == 3


def test_open_as_queue_emits_a_filter_on_the_portfolio(qtbot, database, watched):
    pid, _ = watched
    pane = _shown_pane(qtbot, database)
    with qtbot.waitSignal(pane.open_queue) as opened:
        qtbot.mouseClick(pane.queue_button, Qt.MouseButton.LeftButton)
    (flt,) = opened.args
    assert isinstance(flt, QueueFilter) and flt.portfolio_id == pid


def _answer_box(button: QMessageBox.StandardButton):
    seen = []

    def poll():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_removing_an_account_through_the_pane_sets_removed_at(qtbot, database, watched):
    pid, (eur1, eur2, _pln) = watched
    pane = _shown_pane(qtbot, database)
    row = pane.accounts_model.row_of(eur2)
    pane.accounts_view.selectRow(row)

    asked = _answer_box(QMessageBox.StandardButton.Cancel)  # changing one's mind removes nothing
    assert pane.remove_selected() == 0 and asked
    with database.ctx.reading() as s:
        assert s.scalar(select(PortfolioAccount.removed_at).where(PortfolioAccount.account_id == eur2)) is None

    asked = _answer_box(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(pane.portfolios_loaded, timeout=20_000):
        qtbot.mouseClick(pane.remove_button, Qt.MouseButton.LeftButton)
    assert "1 account" in asked[0]
    with database.ctx.reading() as s:
        rows = dict(s.execute(select(PortfolioAccount.account_id, PortfolioAccount.removed_at)
                              .where(PortfolioAccount.portfolio_id == pid)).all())
    assert rows[eur2] is not None and rows[eur1] is None
    qtbot.waitUntil(lambda: pane.accounts_model.rowCount() == 2, timeout=20_000)
    assert _cell(pane.list_model, 0, COL_ACCOUNTS) == "2"
    with qtbot.waitSignal(pane.accounts_loaded, timeout=20_000):
        pane.show_removed.setChecked(True)
    assert pane.accounts_model.rowCount() == 3
    assert pane.accounts_model.row_at(pane.accounts_model.row_of(eur2)).removed_by == "tester"


def test_dashboard_tile_shows_the_owners_portfolios_and_opens_the_pane(qtbot, database, watched, supervisor, org):
    from collectdesk.ui.dashboard.dashboard_pane import DashboardPane

    portfolios.create_portfolio(database.ctx, "VIP", PortfolioKind.HIGH_PROFILE, supervisor)
    with database.ctx.transaction() as s:  # someone else's portfolio is not counted
        other = StaffMember(username="marta", full_name="Marta Nowak", role=StaffRole.SUPERVISOR, team_id=org.team,
                            branch_id=org.branch, language="pl")
        s.add(other)
        s.flush()
        other_id = other.id
    portfolios.create_portfolio(database.ctx, "Marta's list", PortfolioKind.WATCHLIST, other_id)
    pane = DashboardPane(database)
    qtbot.addWidget(pane)
    pane.resize(1100, 800)
    with qtbot.waitSignal(pane.figures_loaded, timeout=20_000):
        pane.show()
    owned = portfolios.my_portfolios(database.ctx, supervisor, TODAY)
    tile = pane.tiles["my_portfolios"]
    assert not tile.isHidden()
    assert tile.value_text() == str(len(owned)) == "2"
    assert "Fraud suspects: 3 account" in tile.detail_text()  # "accounts" once the plural is translated
    assert "VIP: 0 account" in tile.detail_text() and "Marta" not in tile.detail_text()
    with qtbot.waitSignal(pane.open_pane) as opened:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert opened.args == ["portfolios"]


def test_dashboard_tile_is_hidden_for_someone_owning_none(qtbot, database, org):
    from collectdesk.ui.dashboard.dashboard_pane import DashboardPane

    pane = DashboardPane(database)
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.figures_loaded, timeout=20_000):
        pane.show()
    assert pane.figures.my_portfolios == () and pane.tiles["my_portfolios"].isHidden()


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_journal_dialog_writes_a_file_whose_rows_equal_journal_lines(qtbot, database, make_account, tmp_path, fmt):
    import csv

    from collectdesk.domain.enums import WriteOffReason
    from collectdesk.services import write_offs
    from collectdesk.ui.portfolios.journal_dialog import JournalExportDialog

    today = date(2026, 3, 16)
    a = make_account(balance=Decimal("1000.00"))
    b = make_account(balance=Decimal("80.10"), name="=SUM(A1)")  # stays text in the file
    write_offs.write_off(database.ctx, a, Decimal("250.35"), WriteOffReason.UNECONOMIC, "GL-7", "mario",
                         on=date(2026, 2, 3))
    write_offs.write_off(database.ctx, b, None, WriteOffReason.DECEASED, None, "mario", on=date(2026, 2, 28))
    write_offs.write_off(database.ctx, a, Decimal("1.00"), WriteOffReason.OTHER, "GL-9", "mario",
                         on=date(2026, 3, 1))  # outside last month: not in the journal
    expected = write_offs.journal_lines(database.ctx, date(2026, 2, 1), date(2026, 2, 28))
    assert len(expected) == 2

    dialog = JournalExportDialog(database, today=today)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.export_button.isEnabled()  # no file yet, and the dialog says so
    assert "file" in dialog.message.text()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))
    target = tmp_path / f"journal.{fmt}"
    qtbot.keyClicks(dialog.file_edit, str(target))
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert done.args == [2] and "written" in dialog.message.text()

    if fmt == "xlsx":
        from openpyxl import load_workbook

        rows = list(load_workbook(target).active.iter_rows(min_row=2, values_only=True))
        got = [(r[0].date(), r[1], r[2], Decimal(str(r[3])).quantize(Decimal("0.01")), r[4], r[6], r[7] or None)
               for r in rows]
        names = [e.debtor for e in expected]
    else:
        with open(target, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))[1:]
        got = [(date.fromisoformat(r[0]), r[1], r[2], Decimal(r[3]), r[4], r[6], r[7] or None) for r in rows]
        names = [("'" + e.debtor if e.debtor.startswith("=") else e.debtor) for e in expected]
    assert got == [(e.written_off_on, e.account_no, name, e.amount, e.currency, e.approved_by, e.accounting_ref)
                   for e, name in zip(expected, names)]


def test_journal_dialog_refuses_a_period_ending_before_it_starts(qtbot, database, tmp_path):
    from collectdesk.ui.portfolios.journal_dialog import JournalExportDialog

    dialog = JournalExportDialog(database, today=date(2026, 3, 16))
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(tmp_path / "journal.xlsx"))
    assert dialog.export_button.isEnabled()
    dialog.end_edit.set_date(date(2026, 1, 1))
    assert not dialog.export_button.isEnabled() and dialog.message.text() == "The period ends before it starts."
    dialog.export()
    assert not (tmp_path / "journal.xlsx").exists()


def test_new_portfolio_dialog_checks_the_name_as_you_type_and_saves(qtbot, database, watched, supervisor):
    from collectdesk.store.models import Portfolio
    from collectdesk.ui.portfolios.portfolio_dialogs import (NewPortfolioDialog, OwnerDialog, RenamePortfolioDialog,
                                                             current_owner_id, owner_choices)

    ctx = database.ctx
    owners = owner_choices(ctx)
    assert [name for _id, name in owners] == ["Teresa Supervisora"]  # collectors cannot own one
    dialog = NewPortfolioDialog(ctx, {"Fraud suspects"}, owners, current_owner_id(ctx))
    qtbot.addWidget(dialog)
    assert dialog.owner.currentData() == supervisor  # the signed-in supervisor by default
    qtbot.keyClicks(dialog.name_edit, "fraud  suspects")
    assert not dialog.ok_button().isEnabled() and "already exists" in dialog.message.text()
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Politically exposed")
    dialog.kind.setCurrentIndex(dialog.kind.findText("High-profile"))
    assert dialog.ok_button().isEnabled()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    with ctx.reading() as s:
        made = s.scalars(select(Portfolio).where(Portfolio.id == dialog.created_id)).one()
        assert (made.name, made.kind, made.owner_id) == ("Politically exposed", PortfolioKind.HIGH_PROFILE, supervisor)

    summary = portfolios.portfolio_summary(ctx, dialog.created_id, TODAY)
    rename = RenamePortfolioDialog(ctx, summary, {"Fraud suspects", "Politically exposed"})
    qtbot.addWidget(rename)
    assert not rename.ok_button().isEnabled()  # unchanged
    rename.name_edit.setText("PEP")
    qtbot.mouseClick(rename.ok_button(), Qt.MouseButton.LeftButton)
    owner = OwnerDialog(ctx, summary, owners)  # the summary is now stale: the rename changed the version
    qtbot.addWidget(owner)
    owner.owner.setCurrentIndex(0)  # no owner
    qtbot.mouseClick(owner.ok_button(), Qt.MouseButton.LeftButton)
    assert owner.result() == 0  # not accepted
    assert owner.message.text()  # the stale edit is reported, nothing saved
    after = portfolios.portfolio_summary(ctx, dialog.created_id, TODAY)
    assert (after.name, after.owner_id) == ("PEP", supervisor)


def test_compliance_profile_dialog_sets_the_override(qtbot, database, watched):
    from collectdesk.ui.portfolios.portfolio_dialogs import ComplianceProfileDialog, profile_choices

    ctx = database.ctx
    summary = portfolios.portfolio_summary(ctx, watched[0], TODAY)
    choices = profile_choices(ctx)
    assert "DE_RDG" in [code for code, _ in choices] and "INTERNAL" not in [code for code, _ in choices]
    dialog = ComplianceProfileDialog(ctx, summary, choices)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button().isEnabled()  # unchanged: the country decides
    dialog.profile.setCurrentIndex(dialog.profile.findData("DE_RDG"))
    assert dialog.ok_button().isEnabled()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert portfolios.portfolio_summary(ctx, summary.id, TODAY).compliance_profile == "DE_RDG"
