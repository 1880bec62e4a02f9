"""`collectdesk plans letter`: the payment-plan letter from the command line (a real process)."""

import os
import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtPdf import QPdfDocument

from collectdesk.domain.enums import PlanFrequency
from collectdesk.services import plans
from collectdesk.store.models import Account, Debtor


def run(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "collectdesk", "--lang", "en", *args], capture_output=True,
                          text=True, env=env, timeout=300)


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_plans_letter_by_account_number_in_the_debtors_language(database, make_account, tmp_path):
    account = make_account(balance=Decimal("1200.00"), currency="PLN", name="Łukasz Wąsowski", country="PL")
    with database.ctx.transaction() as s:
        s.get(Debtor, s.get(Account, account).debtor_id).language = "pl"
    plan = plans.create_plan(database.ctx, account, frequency=PlanFrequency.MONTHLY, first_due=date(2027, 1, 31),
                             count=12)
    url = database.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "letters" / "plan.pdf"
    out.parent.mkdir()

    refused = run("plans", "letter", "T-000001", "--out", str(out), "--db", url)
    assert refused.returncode == 1 and "not been approved" in refused.stderr and "Traceback" not in refused.stderr
    assert not out.exists()

    plans.approve_plan(database.ctx, plan, "Sara Conti")
    done = run("plans", "letter", "T-000001", "--out", str(out), "--paper", "Letter", "--db", url)
    assert done.returncode == 0, done.stderr
    assert "(pl)" in done.stdout and str(out) in done.stdout
    doc = QPdfDocument(None)
    doc.load(str(out))
    text = " ".join(doc.getAllText(0).text().split())
    size = doc.pagePointSize(0)
    doc.close()
    assert "Łukasz Wąsowski" in text and "1 200,00 zł" in text and "100,00 zł" in text
    assert (round(size.width()), round(size.height())) == (612, 792)

    missing = run("plans", "letter", "T-999999", "--out", str(out), "--db", url)
    assert missing.returncode == 1 and "T-999999" in missing.stderr
