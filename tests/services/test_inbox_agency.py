"""Importing a reporting agency's survey and complaint data: good files, a bad row, --map, the CLI."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from collectdesk.domain.enums import FeedbackKind, FeedbackSource, FeedbackStatus
from collectdesk.domain.errors import ValidationError
from collectdesk.services.inbox import agency_cli
from collectdesk.services.inbox.agency_import import import_agency
from collectdesk.store.models import Account, AuditEntry, FeedbackItem

ROME = ZoneInfo("Europe/Rome")


def _numbers(database, *ids):
    with database.ctx.reading() as s:
        return [s.get(Account, i).account_no for i in ids]


def _items(database):
    with database.ctx.reading() as s:
        return s.scalars(select(FeedbackItem).order_by(FeedbackItem.received_at)).all()


def test_good_csv_in_polish_headers(database, org, make_account, tmp_path):
    a1, a2 = make_account(), make_account(collector=org.jan)
    n1, n2 = _numbers(database, a1, a2)
    csv = tmp_path / "ankieta_marzec.csv"
    csv.write_text(
        "Data;Nr konta;Windykator;Zadowolenie;NPS;Kod skargi;Komentarz;Agencja;ID\n"
        f"02.03.2026;{n1};;4;9;;Miła rozmowa;Kantar;R-1\n"
        f"03.03.2026;{n2};;1;2;tone;Niegrzeczny konsultant;Kantar;R-2\n"
        f"04.03.2026;;anna;;;ZX-17;Za dużo telefonów;Kantar;R-3\n", encoding="cp1250")
    report = import_agency(database.ctx, csv)
    assert report.ok, report.errors
    assert (report.rows, report.inserted, report.complaints, report.surveys) == (3, 3, 2, 1)
    survey, rude, code = _items(database)
    assert (survey.kind, survey.status, survey.source) == (FeedbackKind.SURVEY, FeedbackStatus.CLOSED,
                                                            FeedbackSource.AGENCY)
    assert (survey.satisfaction, survey.nps, survey.staff_id, survey.account_id) == (4, 9, org.anna, a1)
    assert survey.body == "Miła rozmowa" and survey.due_by is None
    assert survey.received_at.astimezone(ROME).date() == date(2026, 3, 2)
    # a complaint about jan (the account's collector), topic "tone" from its code, SLA dates set
    assert (rude.kind, rude.status, rude.staff_id, rude.topic, rude.category) == (
        FeedbackKind.COMPLAINT, FeedbackStatus.NEW, org.jan, "tone", "tone")
    assert rude.ack_due_by.astimezone(ROME).date() == date(2026, 3, 10)  # 5 working days after Tuesday 3 March
    assert (code.staff_id, code.account_id, code.topic, code.category) == (org.anna, None, "other", "ZX-17")
    # importing the same file again adds nothing
    again = import_agency(database.ctx, csv)
    assert (again.inserted, again.duplicates) == (0, 3)
    assert len(_items(database)) == 3
    with database.ctx.reading() as s:
        summaries = s.scalars(select(AuditEntry.summary).where(AuditEntry.action == "bulk")).all()
    assert any("ankieta_marzec.csv" in t and "2 complaints" in t for t in summaries)


def test_bad_row_imports_nothing_and_names_row_column_reason(database, org, make_account, tmp_path):
    a1 = make_account()
    (n1,) = _numbers(database, a1)
    wb = Workbook()
    ws = wb.active
    ws.append(["Date", "Account", "Satisfaction", "NPS", "Complaint code"])
    ws.append([datetime(2026, 3, 2), n1, 5, 10, None])
    ws.append([datetime(2026, 3, 3), "NO-SUCH", 3, None, None])
    ws.append([datetime(2026, 3, 4), n1, 7, None, None])
    ws.append([datetime(2026, 3, 5), n1, None, None, None])
    ws.append(["tomorrow-ish", n1, 2, 11, None])
    path = tmp_path / "survey.xlsx"
    wb.save(path)
    report = import_agency(database.ctx, path)
    assert not report.ok and report.inserted == 0
    got = {(e.line, e.column) for e in report.errors}
    assert got == {(3, "Account"), (4, "Satisfaction"), (5, ""), (6, "Date"), (6, "NPS")}
    reasons = {(e.line, e.column): e.reason for e in report.errors}
    assert "NO-SUCH" in reasons[3, "Account"] and "1-5" in reasons[4, "Satisfaction"]
    assert _items(database) == []


def test_map_names_other_columns_and_dry_run_writes_nothing(database, org, make_account, tmp_path):
    a1 = make_account()
    (n1,) = _numbers(database, a1)
    csv = tmp_path / "export.csv"
    csv.write_text("Tag,Kd-Nr,Note (1-5),Grund\n2026-03-02,%s,2,Ton\n" % n1, encoding="utf-8")
    with pytest.raises(ValidationError, match="Kd-Nr"):
        import_agency(database.ctx, csv)  # no account or collector column recognised
    mapping = {"Tag": "date", "Kd-Nr": "account", "Note (1-5)": "satisfaction", "Grund": "complaint_code"}
    dry = import_agency(database.ctx, csv, mapping=mapping, dry_run=True)
    assert dry.ok and dry.dry_run and dry.complaints == 1 and _items(database) == []
    with pytest.raises(ValidationError, match="mood"):
        import_agency(database.ctx, csv, mapping={**mapping, "Grund": "mood"})
    report = import_agency(database.ctx, csv, mapping=mapping)
    [item] = _items(database)
    assert report.inserted == 1 and item.satisfaction == 2 and item.category == "Ton"


def _cli(database, argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--user", default="tester")
    parser.add_argument("--lang")
    sub = parser.add_subparsers(dest="inbox_command")
    agency_cli.add_parser(sub)
    url = database.engine.url.render_as_string(hide_password=False)
    return agency_cli.run(parser.parse_args(["--db", url, *argv]))


def test_cli(database, org, make_account, tmp_path, capsys):
    a1 = make_account()
    (n1,) = _numbers(database, a1)
    good = tmp_path / "good.csv"
    good.write_text(f"Kto,Konto,CSAT,Datum\nanna,{n1},5,2026-03-02\n", encoding="utf-8")
    args = ["agency", str(good), "--map", "Kto=collector", "--map", "Konto=account", "--map", "CSAT=satisfaction"]
    assert _cli(database, [*args, "--dry-run"]) == 0
    assert "Nothing was written" in capsys.readouterr().out
    assert _cli(database, args) == 0
    assert "1 survey answers" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text(f"date,account,satisfaction\n2026-03-02,{n1},9\n", encoding="utf-8")
    assert _cli(database, ["agency", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "line 2, column satisfaction" in err and "Nothing was imported" in err
    with database.ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(FeedbackItem)) == 1
