"""The Scorecards pane as a supervisor uses it: pick a period, read who is behind target, drill into a
figure and open the account behind it; compare with the previous period; export to XLSX."""

from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from collectdesk import i18n
from collectdesk.domain.enums import Channel, Direction, Outcome
from collectdesk.domain.periods import Period, PeriodKind
from collectdesk.store.models import Activity, Account, Payment, Target
from collectdesk.ui.scorecards.drill_dialog import DrillDialog
from collectdesk.ui.scorecards.scorecard_model import CELL_ROLE, ScorecardModel
from collectdesk.ui.scorecards.scorecard_pane import ScorecardPane

SQLITE_ONLY = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
LAST_MONTH = Period.containing(PeriodKind.MONTH, date.today()).previous()
MONTH_BEFORE = LAST_MONTH.previous()
D = Decimal


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), timezone.utc)


@pytest.fixture
def department(database, org, make_account):
    """Anna: 3 payments last month (EUR 600.00 of an EUR 1,000.00 target), 4 outbound calls of which
    2 reached the debtor; Jan: one payment of EUR 50.00, target EUR 100.00. The month before, Anna
    collected EUR 300.00."""
    a1, a2 = make_account(balance=D("5000.00")), make_account(balance=D("700.00"), collector=org.jan)
    with database.ctx.transaction() as s:
        debtor = {a: s.get(Account, a).debtor_id for a in (a1, a2)}
        for n, (amount, day) in enumerate(((D("100.00"), 3), (D("200.00"), 10), (D("300.00"), 20))):
            s.add(Payment(account_id=a1, collector_id=org.anna, amount=amount, overpayment=D("0.00"), currency="EUR",
                          paid_on=LAST_MONTH.start + timedelta(days=day), posted_at=at(LAST_MONTH.start)))
        s.add(Payment(account_id=a1, collector_id=org.anna, amount=D("300.00"), overpayment=D("0.00"),
                      currency="EUR", paid_on=MONTH_BEFORE.start + timedelta(days=5), posted_at=at(MONTH_BEFORE.start)))
        s.add(Payment(account_id=a2, collector_id=org.jan, amount=D("50.00"), overpayment=D("0.00"), currency="EUR",
                      paid_on=LAST_MONTH.start + timedelta(days=4), posted_at=at(LAST_MONTH.start)))
        for day, outcome in ((1, Outcome.RIGHT_PARTY_CONTACT), (2, Outcome.NO_ANSWER), (3, Outcome.PROMISE_TO_PAY),
                             (4, Outcome.BUSY)):
            s.add(Activity(account_id=a1, debtor_id=debtor[a1], collector_id=org.anna, channel=Channel.CALL,
                           direction=Direction.OUTBOUND, outcome=outcome,
                           occurred_at=at(LAST_MONTH.start + timedelta(days=day))))
        for who, amount in ((org.anna, "1000.00"), (org.jan, "100.00")):
            s.add(Target(staff_id=who, metric="amount_collected", period_start=LAST_MONTH.start,
                         period_end=LAST_MONTH.end, amount=D(amount), currency="EUR"))
    return database


@pytest.fixture
def pane(qtbot, department):
    pane = ScorecardPane(department)
    qtbot.addWidget(pane)
    pane.resize(1400, 800)
    with qtbot.waitSignal(pane.scorecard_loaded, timeout=20_000):
        pane.show()
    return pane


def cell(pane: ScorecardPane, name: str, key: str):
    model: ScorecardModel = pane.model
    for row in range(model.rowCount()):
        if model.index(row, model.column_of("name")).data() == name:
            return model.index(row, model.column_of(key))
    raise AssertionError(f"no row for {name}")


@SQLITE_ONLY
def test_last_month_shows_each_collector_against_target(pane, org):
    assert pane.period_bar.period == LAST_MONTH
    assert cell(pane, "Anna Rossi", "collected").data() == i18n.format_money(D("600.00"), "EUR")
    assert cell(pane, "Anna Rossi", "attainment").data() == f"{i18n.format_decimal(D('60.0'), 1)}\u00a0%"
    assert cell(pane, "Jan Kowalski", "attainment").data() == f"{i18n.format_decimal(D('50.0'), 1)}\u00a0%"
    assert cell(pane, "Anna Rossi", "rpc_rate").data() == f"{i18n.format_decimal(D('50.0'), 1)}\u00a0%"
    # Anna is ranked first by attainment; the team total is recomputed from the sums (650 / 1100)
    assert cell(pane, "Anna Rossi", "rank").data() == "1"
    assert cell(pane, "Jan Kowalski", "rank").data() == "2"
    assert cell(pane, "Total Recupero 1", "attainment").data() == f"{i18n.format_decimal(D('59.1'), 1)}\u00a0%"
    assert cell(pane, "Anna Rossi", "attainment").data(Qt.ItemDataRole.BackgroundRole) is not None


@SQLITE_ONLY
def test_stepping_back_a_period_and_comparing(qtbot, pane):
    with qtbot.waitSignal(pane.scorecard_loaded, timeout=20_000):
        qtbot.mouseClick(pane.period_bar.back, Qt.MouseButton.LeftButton)
    assert pane.period_bar.period == MONTH_BEFORE
    assert cell(pane, "Anna Rossi", "collected").data() == i18n.format_money(D("300.00"), "EUR")
    with qtbot.waitSignal(pane.scorecard_loaded, timeout=20_000):
        qtbot.mouseClick(pane.period_bar.forward, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(pane.scorecard_loaded, timeout=20_000):
        pane.period_bar.set_comparison("previous")
    # 600 now against 300 before: up by 100 %
    assert cell(pane, "Anna Rossi", "collected").data().endswith(f"\u25b2\u00a0{i18n.format_decimal(D('100.0'), 1)}\u00a0%")


@SQLITE_ONLY
def test_drill_down_lists_the_payments_and_opens_the_account(qtbot, pane, department):
    index = cell(pane, "Anna Rossi", "collected")
    assert index.data(CELL_ROLE)[0] == "collected"
    opened = []
    pane.open_account.connect(opened.append)
    pane.view.setCurrentIndex(index)
    pane.drill_into(index)
    dialog = pane.findChild(DrillDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.total is not None, timeout=20_000)
    assert dialog.kind == "payments"
    assert dialog.total == 3 == dialog.model.rowCount()
    amounts = sorted(row.amount for row in dialog.model.rows)
    assert amounts == [D("100.00"), D("200.00"), D("300.00")]
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    with department.ctx.reading() as s:
        account = s.scalar(select(Payment.account_id).where(Payment.amount == D("300.00")).limit(1))
    assert opened == [account]


@SQLITE_ONLY
def test_export_writes_the_figures_the_pane_shows(qtbot, pane, department, tmp_path, monkeypatch):
    target = tmp_path / "scorecard.xlsx"
    monkeypatch.setattr("collectdesk.ui.scorecards.scorecard_pane.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(pane.status_message, timeout=30_000):
        pane.export_xlsx()
    book = openpyxl.load_workbook(target)
    values = [c.value for row in book.worksheets[0].iter_rows() for c in row]
    with department.ctx.reading() as s:
        anna_sum = s.scalar(select(func.sum(Payment.amount)).join(Account, Account.id == Payment.account_id)
                            .where(Payment.paid_on >= LAST_MONTH.start, Payment.paid_on <= LAST_MONTH.end,
                                   Payment.amount > D("60.00")))
    assert "Anna Rossi" in values
    assert any(isinstance(v, (int, float, Decimal)) and Decimal(str(v)) == anna_sum for v in values)


@SQLITE_ONLY
def test_the_period_and_choices_are_remembered(qtbot, department, tmp_path):
    from PySide6.QtCore import QSettings

    from collectdesk.ui.settings import AppSettings

    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    first = ScorecardPane(department, settings=settings)
    qtbot.addWidget(first)
    first.period_bar.kind.setCurrentIndex(first.period_bar.kind.findData("quarter"))
    first.period_bar.set_comparison("last_year")
    first.rank_combo.setCurrentIndex(first.rank_combo.findData("kept_rate_count"))
    first.save_state()
    second = ScorecardPane(department, settings=settings)
    qtbot.addWidget(second)
    assert second.period_bar.period.kind is PeriodKind.QUARTER
    assert second.period_bar.comparison() == "last_year"
    assert second.model.rank_key == "kept_rate_count"


@SQLITE_ONLY
def test_staff_without_figures_are_hidden_until_asked_for(qtbot, department, org):
    from collectdesk.domain.enums import StaffRole
    from collectdesk.store.models import StaffMember

    with department.ctx.transaction() as s:
        s.add_all([StaffMember(username="cs", full_name="Carla Servizi", role=StaffRole.CUSTOMER_SERVICE,
                               team_id=org.team, branch_id=org.branch),
                   StaffMember(username="idle", full_name="Ida Lenta", role=StaffRole.COLLECTOR, team_id=org.team,
                               branch_id=org.branch)])
    pane = ScorecardPane(department)
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.scorecard_loaded, timeout=20_000):
        pane.show()
    names = [pane.model.index(r, pane.model.column_of("name")).data() for r in range(pane.model.rowCount())]
    assert "Ida Lenta" in names  # a collector with nothing done is worth seeing
    assert "Carla Servizi" not in names
    assert "1" in pane.status.text()
    pane.show_idle.setChecked(True)
    names = [pane.model.index(r, pane.model.column_of("name")).data() for r in range(pane.model.rowCount())]
    assert "Carla Servizi" in names


@SQLITE_ONLY
def test_rules_dialog_saves_the_department_settings(qtbot, department):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from collectdesk.services.department_settings import get_settings
    from collectdesk.ui.scorecards.rules_dialog import RulesDialog

    pane = ScorecardPane(department)
    qtbot.addWidget(pane)

    def edit():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RulesDialog)
        dialog.fields["anomalies.sigma"].setValue(2.5)
        dialog.fields["anomalies.short_call_s"].setValue(45)
        dialog.fields["scorecard.followup_days"].setValue(5)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    QTimer.singleShot(0, edit)
    with qtbot.waitSignal(pane.scorecard_loaded, timeout=20_000):  # saving refreshes the figures
        pane.rules_button.click()
    saved = get_settings(department.ctx, "anomalies.")
    assert (saved["anomalies.sigma"], saved["anomalies.short_call_s"]) == ("2.5", 45)
    assert get_settings(department.ctx, "scorecard.followup_days") == {"scorecard.followup_days": 5}
    assert pane.card.followup_days == 5
