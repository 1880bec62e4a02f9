"""The referral sheet: read back with pdftotext, it carries the account number, the debtor's name with
diacritics, the routing reason, the snapshot's figures and the decision history, on both databases."""

import shutil
import subprocess
from datetime import date, datetime, timezone
from decimal import Decimal

import pytest

from collectdesk.domain.enums import (Channel, Direction, EscalationAction, EscalationDecision, EscalationReason,
                                      Outcome, StaffRole)
from collectdesk.reports.referral_sheet import write_referral_pdf
from collectdesk.services import escalations as esc
from collectdesk.services.context import ServiceContext
from collectdesk.store.models import Account, Activity, Payment, StaffMember

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(out.split())


@pytest.fixture
def referred(database, org, make_account):
    account = make_account(balance=Decimal("12345.67"), name="Łucja Żółkiewska-Müller", due_date=date(2025, 11, 1))
    with database.ctx.transaction() as s:
        sup = StaffMember(username="sara", full_name="Sara Conti", role=StaffRole.SUPERVISOR, team_id=org.team)
        senior = StaffMember(username="jurgen", full_name="Jürgen Groß", role=StaffRole.SENIOR_MANAGER)
        s.add_all([sup, senior])
        debtor_id = s.get(Account, account).debtor_id
        s.add(Activity(account_id=account, debtor_id=debtor_id, collector_id=org.anna, channel=Channel.CALL,
                       direction=Direction.OUTBOUND, outcome=Outcome.REFUSED, note="Will not pay",
                       occurred_at=datetime(2026, 3, 2, 10, tzinfo=timezone.utc)))
        s.add(Payment(account_id=account, amount=Decimal("321.00"), currency="EUR", paid_on=date(2026, 2, 3),
                      posted_by="tester", reference="BONIFICO-77", posted_at=datetime(2026, 2, 3, tzinfo=timezone.utc)))
        s.flush()
        sup_id, senior_id = sup.id, senior.id
    eid = esc.raise_escalation(database.ctx, account, raised_by_id=org.anna, reason=EscalationReason.REFUSES_TO_PAY,
                               requested_decision=EscalationDecision.WRITE_OFF, proposed_terms=None,
                               note="Nothing left to collect", today=date(2026, 4, 10))
    # Sara refers it under her own login (a shared database refuses a decision typed in under another)
    esc.decide(ServiceContext(database.engine, "sara"), eid, action=EscalationAction.REFERRED, decided_by_id=sup_id,
               note="Above my limit", refer_to_id=senior_id)
    return eid


@pytest.mark.parametrize("language", ["en", "de"])
def test_referral_sheet_text(database, referred, tmp_path, language):
    path = write_referral_pdf(database.ctx, referred, tmp_path / f"referral_{language}.pdf", language=language)
    text = pdf_text(path)
    assert "T-000001" in text
    assert "Łucja Żółkiewska-Müller" in text
    assert "Jürgen Groß" in text and "Anna Rossi" in text
    assert "Nothing left to collect" in text and "Above my limit" in text and "BONIFICO-77" in text
    if language == "en":
        assert "The write-off of 12,345.67\u00a0EUR is above the supervisor's limit of 5,000.00\u00a0EUR." \
            in text.replace(" EUR", "\u00a0EUR")
        assert "Will not pay" in text
    else:
        assert "12.345,67" in text and "5.000,00" in text  # German number formats


def test_letter_size_and_bad_page_size(database, referred, tmp_path):
    out = write_referral_pdf(database.ctx, referred, tmp_path / "r.pdf", language="it", page_size="Letter")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "612 x 792" in info
    with pytest.raises(ValueError):
        write_referral_pdf(database.ctx, referred, tmp_path / "x.pdf", language="it", page_size="A3")


def test_an_older_flat_snapshot_still_prints(database, org, make_account, tmp_path):
    """Snapshots written before the structured form (and the demo's) hold only balance, days past due and
    counts; the sheet and the pane read them through one normalisation."""
    import json

    from collectdesk.store.models import Escalation

    account = make_account(balance=Decimal("544.19"))
    with database.ctx.transaction() as s:
        e = Escalation(account_id=account, raised_by_id=org.anna, reason=EscalationReason.LEGAL_THREAT,
                       requested_decision=EscalationDecision.SENIOR_REVIEW, amount_at_stake=Decimal("544.19"),
                       currency="EUR", snapshot=json.dumps({"account_no": "T-000001", "balance": "544.19",
                                                            "currency": "EUR", "days_past_due": 946, "payments": 0}))
        s.add(e)
        s.flush()
        eid = e.id
    case = esc.get_escalation(database.ctx, eid)
    assert case.snapshot["balances"] == {"open": "544.19", "currency": "EUR"}
    assert case.snapshot["aging"]["days_past_due"] == 946 and case.snapshot["payments"] == []
    out = tmp_path / "flat.pdf"
    write_referral_pdf(database.ctx, eid, out, language="en")
    assert out.stat().st_size > 1000
