"""`collectdesk scorecards --format xlsx|json [--anomalies]`: the same figures as scorecard() and the
workbook, and clear usage errors."""

import json
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from collectdesk.services.database import open_database
from collectdesk.services.scorecard_export import row_dict
from collectdesk.services.scorecards import scorecard
from collectdesk.services.staff_anomalies import find_anomalies

START, END = date(2026, 11, 1), date(2026, 11, 30)


def run(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "collectdesk", "--lang", "en", *args], capture_output=True,
                          text=True, env=env, timeout=600)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    proc = run("demo", "--db", str(db), "--accounts", "300")
    assert proc.returncode == 0, proc.stderr
    return db


def test_json_equals_the_scorecard_service(demo):
    proc = run("scorecards", "--db", str(demo), "--period", "2026-11", "--anomalies")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    database = open_database(str(demo), actor="tester")
    try:
        card = scorecard(database.ctx, START, END)
        found = find_anomalies(database.ctx, START, END)
    finally:
        database.close()
    assert data["staff"] == [json.loads(json.dumps(row_dict(r))) for r in card.rows]
    assert data["department"] == json.loads(json.dumps(row_dict(card.department)))
    assert [(a["kind"], a["staff_id"]) for a in data["anomalies"]] == [(a.kind, str(a.staff_id)) for a in found]
    for a in data["anomalies"]:
        assert a["sentence"] and a["evidence_kpi"] is None or isinstance(a["evidence_kpi"], str)


def test_xlsx_writes_the_same_figures(demo, tmp_path):
    out = tmp_path / "card.xlsx"
    proc = run("scorecards", "--db", str(demo), "--period", "2026-11", "--format", "xlsx", "--out", str(out),
               "--anomalies")
    assert proc.returncode == 0, proc.stderr
    assert str(out) in proc.stdout
    data = json.loads(run("scorecards", "--db", str(demo), "--period", "2026-11").stdout)
    wb = openpyxl.load_workbook(out)
    ws = wb["Scorecard"]
    col = {ws.cell(3, c).value: c for c in range(1, ws.max_column + 1)}
    rows = {ws.cell(r, 1).value: r for r in range(4, ws.max_row + 1)}
    for person in data["staff"]:
        r = rows[person["name"]]
        assert ws.cell(r, col["Call attempts"]).value == person["contact_attempts"]
        for cur, amount in person["collected"].items():
            assert Decimal(str(ws.cell(r, col[f"Collected ({cur})"]).value)).quantize(Decimal("0.01")) == \
                Decimal(amount)
    assert "Anomalies" in wb.sheetnames


def test_xlsx_without_out_is_a_usage_error(demo):
    proc = run("scorecards", "--db", str(demo), "--period", "2026-11", "--format", "xlsx")
    assert proc.returncode == 2
    assert "--out" in proc.stderr and "Traceback" not in proc.stderr and proc.stdout == ""


def test_xlsx_into_a_missing_folder_is_refused_in_words(demo, tmp_path):
    out = tmp_path / "missing" / "card.xlsx"
    proc = run("scorecards", "--db", str(demo), "--period", "2026-11", "--format", "xlsx", "--out", str(out))
    assert proc.returncode == 1 and "does not exist" in proc.stderr and "Traceback" not in proc.stderr
    assert not out.parent.exists()


def test_csv_with_anomalies_keeps_standard_output_a_csv(demo):
    plain = run("scorecards", "--db", str(demo), "--period", "2026-11", "--format", "csv")
    with_anomalies = run("scorecards", "--db", str(demo), "--period", "2026-11", "--format", "csv", "--anomalies")
    assert plain.returncode == with_anomalies.returncode == 0
    assert with_anomalies.stdout == plain.stdout
    assert with_anomalies.stderr.strip()  # the sentences, or "No anomalies found."
