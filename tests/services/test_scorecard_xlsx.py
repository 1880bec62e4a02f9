"""The scorecard workbook: real numbers equal to the database's sums, totals as formulas that add up to
the service's totals, formats, frozen header, filter; a file that cannot be written leaves nothing behind."""

import errno
import re
from datetime import date, datetime, timezone
from decimal import Decimal

import openpyxl
import pytest
from openpyxl.utils import column_index_from_string
from sqlalchemy import func, select

from collectdesk.domain.enums import Channel, Direction, Outcome, PromiseStatus, StaffRole
from collectdesk.domain.errors import StorageError
from collectdesk.services.scorecard_xlsx import team_labels, write_scorecard_xlsx
from collectdesk.services.scorecards import scorecard
from collectdesk.services.staff_anomalies import Anomaly, anomaly_sentence
from collectdesk.store.models import Account, Activity, Branch, Payment, Promise, StaffMember, Team

START, END = date(2026, 10, 1), date(2026, 10, 31)
D = Decimal


def utc(*args):
    return datetime(*args, tzinfo=timezone.utc)


@pytest.fixture
def department(database, org, make_account):
    """Two teams (one named with a wildcard), money in EUR and PLN, calls and promises."""
    with database.ctx.transaction() as s:
        team2 = Team(name="Windykacja *2", branch_id=org.branch)
        s.add(team2)
        s.flush()
        piotr = StaffMember(username="piotr", full_name="Piotr Nowak", role=StaffRole.COLLECTOR, team_id=team2.id,
                            branch_id=org.branch)
        ewa = StaffMember(username="ewa", full_name="Ewa Zielińska", role=StaffRole.ACCOUNTANT, team_id=team2.id,
                          branch_id=org.branch)
        napoli = Branch(name="Napoli", country="IT", city="Napoli", timezone="Europe/Rome")
        s.add(napoli)
        s.flush()
        namesake = Team(name="Recupero 1", branch_id=napoli.id)  # the same name as Anna's team, in Napoli
        s.add(namesake)
        s.flush()
        marco = StaffMember(username="marco", full_name="Marco Greco", role=StaffRole.COLLECTOR,
                            team_id=namesake.id, branch_id=napoli.id)
        s.add_all([piotr, ewa, marco])
        s.flush()
        ids = dict(anna=org.anna, jan=org.jan, piotr=piotr.id, ewa=ewa.id, marco=marco.id)
    accounts = {who: make_account(collector=sid, currency="PLN" if who in ("piotr", "ewa") else "EUR")
                for who, sid in ids.items()}
    with database.ctx.transaction() as s:
        for n, (who, amount, cur, day, over) in enumerate((
                ("anna", "150.00", "EUR", 3, "0.00"), ("anna", "120.50", "EUR", 12, "20.00"),
                ("anna", "80.00", "PLN", 20, "0.00"), ("anna", "-10.00", "PLN", 25, "0.00"),
                ("jan", "40.25", "EUR", 15, "0.00"), ("piotr", "1234.56", "PLN", 7, "0.00"),
                ("piotr", "99.99", "EUR", 8, "0.00"), ("ewa", "10.00", "PLN", 9, "0.00"),
                ("anna", "777.00", "EUR", 1, "0.00"), ("marco", "61.00", "EUR", 5, "0.00"))):
            paid = date(2026, 11 if n == 8 else 10, day)  # the last one is in November
            s.add(Payment(account_id=accounts[who], collector_id=ids[who], amount=D(amount), overpayment=D(over),
                          currency=cur, paid_on=paid, posted_at=utc(2026, 10, day, 12)))
        debtor = {a: s.get(Account, a).debtor_id for a in accounts.values()}
        for who, n_calls, rpc in (("anna", 10, 4), ("jan", 8, 1), ("piotr", 5, 5)):
            for i in range(n_calls):
                s.add(Activity(account_id=accounts[who], debtor_id=debtor[accounts[who]], collector_id=ids[who],
                               channel=Channel.CALL, direction=Direction.OUTBOUND,
                               outcome=Outcome.RIGHT_PARTY_CONTACT if i < rpc else Outcome.NO_ANSWER,
                               occurred_at=utc(2026, 10, 5 + i, 10), duration_s=90))
        for who, status in (("anna", PromiseStatus.KEPT), ("anna", PromiseStatus.BROKEN), ("jan", PromiseStatus.KEPT)):
            s.add(Promise(account_id=accounts[who], collector_id=ids[who], amount=D("50.00"), currency="EUR",
                          promised_at=utc(2026, 10, 2), due_date=date(2026, 10, 20), status=status))
    return ids


def raw_collected(database, staff_id):
    with database.ctx.reading() as s:
        return {cur: total for cur, total in s.execute(
            select(Payment.currency, func.sum(Payment.amount) - func.sum(Payment.overpayment))
            .where(Payment.collector_id == staff_id, Payment.paid_on >= START, Payment.paid_on <= END)
            .group_by(Payment.currency))}


def headers(ws):
    return {ws.cell(3, c).value: c for c in range(1, ws.max_column + 1)}


def row_of(ws, label, column=1):
    return next(r for r in range(4, ws.max_row + 1) if ws.cell(r, column).value == label)


def evaluate(ws, formula):
    """SUM(X4:X9) and SUMIFS(X4:X9,C4:C9,"=name") over the sheet's values."""
    if m := re.fullmatch(r"=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)", formula):
        col = column_index_from_string(m[1])
        return sum(D(str(ws.cell(r, col).value or 0)) for r in range(int(m[2]), int(m[4]) + 1))
    m = re.fullmatch(r'=SUMIFS\(([A-Z]+)(\d+):[A-Z]+(\d+),([A-Z]+)\d+:[A-Z]+\d+,"=(.*)"\)', formula)
    assert m, formula
    col, key = column_index_from_string(m[1]), column_index_from_string(m[4])
    wanted = m[5].replace('""', '"').replace("~*", "*").replace("~?", "?").replace("~~", "~")
    return sum(D(str(ws.cell(r, col).value or 0)) for r in range(int(m[2]), int(m[3]) + 1)
               if (ws.cell(r, key).value or "") == wanted)


def test_workbook_figures_equal_the_database(database, department, tmp_path):
    card = scorecard(database.ctx, START, END)
    finding = Anomaly(kind="short_promise_calls", staff_id=department["anna"], staff_name="Anna Rossi",
                      team="Recupero 1", severity="high", figures={
                          "count": 4, "promise_calls": 8, "share": D("50.0"), "seconds": 60}, evidence_kpi="ptp_rate")
    out = write_scorecard_xlsx(card, tmp_path / "card.xlsx", language="en", anomalies=[finding],
                               scope="team:Recupero 1", department_figures={"Open accounts": 4})
    wb = openpyxl.load_workbook(out)
    ws = wb["Scorecard"]
    h = headers(ws)
    assert "2026" in ws["A1"].value and wb.properties.title and "2026" in wb.properties.title
    assert ws.freeze_panes == "B4"
    assert ws.auto_filter.ref.startswith("A3:")
    assert {"Collected (EUR)", "Collected (PLN)", "Call attempts", "RPC rate", "Kept rate (count)"} <= set(h)

    names = {r.staff_id: r.name for r in card.rows}
    for sid in department.values():
        r = row_of(ws, names[sid])
        raw = raw_collected(database, sid)
        for cur in ("EUR", "PLN"):
            cell = ws.cell(r, h[f"Collected ({cur})"])
            if cur in raw:
                assert cell.data_type == "n" and D(str(cell.value)).quantize(D("0.01")) == raw[cur]
                assert cur in cell.number_format
            else:
                assert cell.value is None
    anna = row_of(ws, "Anna Rossi")
    rpc = ws.cell(anna, h["RPC rate"])
    assert rpc.data_type == "n" and D(str(rpc.value)) == D("40.0") and "%" in rpc.number_format
    kept = ws.cell(anna, h["Kept rate (count)"])
    assert D(str(kept.value)) == D("50.0")

    # totals: formulas over the members' rows that evaluate to the service's totals
    dept = row_of(ws, "Department")
    for header, expected in (("Collected (EUR)", card.department.collected["EUR"]),
                             ("Collected (PLN)", card.department.collected["PLN"]),
                             ("Call attempts", card.department.contact_attempts)):
        cell = ws.cell(dept, h[header])
        assert cell.data_type == "f" and cell.value.startswith("=SUM(")
        assert evaluate(ws, cell.value) == expected
    labels = team_labels(card)
    assert sorted(labels.values()) == ["Recupero 1 (Milano Centro)", "Recupero 1 (Napoli)", "Windykacja *2"]
    for key, total in card.team_totals.items():
        r = row_of(ws, f"Total {labels[key]}")
        for header, expected in (("Collected (EUR)", total.collected.get("EUR", 0)),
                                 ("Collected (PLN)", total.collected.get("PLN", 0)),
                                 ("Call attempts", total.contact_attempts)):
            cell = ws.cell(r, h[header])
            assert cell.value.startswith("=SUMIFS(")
            assert evaluate(ws, cell.value) == expected, (total.team, header)
        # a rate is the service's value recomputed from the sums, not a formula
        rate = ws.cell(r, h["RPC rate"])
        assert rate.data_type == "n" and (D(str(rate.value)) if rate.value is not None else None) == total.rpc_rate
    assert D(str(ws.cell(dept, h["RPC rate"]).value)) == card.department.rpc_rate == D("43.5")
    assert ws.cell(row_of(ws, "Open accounts"), 2).value == 4

    sheet = wb["Anomalies"]
    assert sheet.cell(2, 2).value == "Anna Rossi"
    assert sheet.cell(2, 4).value == anomaly_sentence(finding) and "50.0%" in sheet.cell(2, 4).value


def test_a_missing_folder_is_reported_and_nothing_is_written(database, department, tmp_path):
    card = scorecard(database.ctx, START, END)
    target = tmp_path / "no such folder" / "card.xlsx"
    with pytest.raises(StorageError) as err:
        write_scorecard_xlsx(card, target, language="en")
    assert "no such folder" in err.value.message and not target.parent.exists()


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(database, department, tmp_path, monkeypatch):
    card = scorecard(database.ctx, START, END)
    target = tmp_path / "card.xlsx"
    target.write_bytes(b"the previous export")

    def full_disk(self, filename):
        filename.write(b"PK\x03\x04 half a workbook")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", full_disk)
    with pytest.raises(StorageError) as err:
        write_scorecard_xlsx(card, target, language="en")
    assert "disk is full" in err.value.message
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir() if "xlsx" in p.name] == ["card.xlsx"]
