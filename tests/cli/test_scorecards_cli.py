"""`collectdesk scorecards` prints what the scorecard service computes, and that equals the database's sums."""

import json
import os
import subprocess
import sys
import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import create_engine

from collectdesk.domain.errors import ValidationError
from collectdesk.services.scorecard_export import parse_period


def run(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "collectdesk", "--lang", "en", *args], capture_output=True,
                          text=True, env=env, timeout=600)


@pytest.mark.parametrize("given,expected", [
    ("2026-10", (date(2026, 10, 1), date(2026, 10, 31))),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2026-Q3", (date(2026, 7, 1), date(2026, 9, 30))),
    ("2026", (date(2026, 1, 1), date(2026, 12, 31))),
    ("2026-10-05..2026-10-09", (date(2026, 10, 5), date(2026, 10, 9))),
])
def test_periods(given, expected):
    assert parse_period(given) == expected


@pytest.mark.parametrize("bad", ["2026-13", "October", "2026-10-09..2026-10-01", "2026-02-30..2026-03-01"])
def test_bad_periods_are_explained(bad):
    with pytest.raises(ValidationError):
        parse_period(bad)


def test_json_agrees_with_the_database(tmp_path):
    db = tmp_path / "demo.sqlite3"
    assert run("demo", "--db", str(db), "--accounts", "300").returncode == 0
    proc = run("scorecards", "--db", str(db), "--period", "2026-11")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    staff = data["staff"]
    assert staff, "the demo department has collectors with work in November"
    ids = [uuid.UUID(s["staff_id"]).hex for s in staff]
    marks = ",".join("?" * len(ids))
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        raw = conn.exec_driver_sql(
            f"SELECT currency, SUM(amount - overpayment) FROM payment WHERE paid_on BETWEEN '2026-11-01' AND "
            f"'2026-11-30' AND collector_id IN ({marks}) GROUP BY currency", tuple(ids)).all()
        calls = conn.exec_driver_sql(
            f"SELECT COUNT(*) FROM activity WHERE channel = 'call' AND direction = 'outbound' AND occurred_at >= "
            f"'2026-11-01' AND occurred_at < '2026-12-01' AND collector_id IN ({marks})", tuple(ids)).scalar()
    engine.dispose()
    expected = {cur: str((Decimal(cents) / 100).quantize(Decimal("0.01"))) for cur, cents in raw}
    assert data["department"]["collected"] == expected
    assert data["department"]["contact_attempts"] == calls == sum(s["contact_attempts"] for s in staff)


def test_unknown_scope_is_a_clear_error(tmp_path):
    db = tmp_path / "empty.sqlite3"
    proc = run("scorecards", "--db", str(db), "--period", "2026-10", "--scope", "team:Nobody")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr and "Nobody" in proc.stderr
