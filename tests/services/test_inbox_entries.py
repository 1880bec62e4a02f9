"""Entering feedback by hand: letters with their scan, phone calls, staff suggestions, attachments."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from collectdesk.domain.enums import FeedbackKind, FeedbackSource, FeedbackStatus
from collectdesk.domain.errors import ValidationError
from collectdesk.services.inbox import entries
from collectdesk.services.inbox.entries import CallInput, LetterInput, SuggestionInput
from collectdesk.services.inbox.items import attachment, item_detail
from collectdesk.store.models import Attachment, AuditEntry, FeedbackItem

ROME = ZoneInfo("Europe/Rome")
FRIDAY = datetime(2026, 3, 13, 15, 0, tzinfo=ROME)
PDF = "%PDF-1.4\n% scanned letter — Zażółć gęślą jaźń\n%%EOF\n".encode()


def test_letter_with_scan(database, org, make_account, tmp_path):
    account = make_account(name="Łucja Wiśniewska", country="PL")
    scan = tmp_path / "skan_listu.pdf"
    scan.write_bytes(PDF)
    item_id = entries.record_letter(database.ctx, LetterInput(
        received_at=FRIDAY, sender_name="Łucja Wiśniewska", sender_address="ul. Długa 5, 00-001 Warszawa",
        subject="Skarga na windykatora", body="Dzwonił o 22:00.", language="pl", topic="contact_frequency",
        account_id=account, satisfaction=1), str(scan))
    detail = item_detail(database.ctx, item_id)
    assert (detail.source, detail.kind, detail.status) == (FeedbackSource.LETTER, FeedbackKind.COMPLAINT,
                                                           FeedbackStatus.NEW)
    assert detail.staff_id == org.anna and detail.debtor_name == "Łucja Wiśniewska"
    # the Milano branch works the account: Italian working days, acknowledged by Friday 20 March
    assert detail.ack_due_by.astimezone(ROME).date().isoformat() == "2026-03-20"
    assert detail.due_by.astimezone(ROME).date().isoformat() == "2026-05-08"
    [(att_id, name, media, size)] = detail.attachments
    assert (name, media, size) == ("skan_listu.pdf", "application/pdf", len(PDF))
    assert attachment(database.ctx, att_id) == ("skan_listu.pdf", "application/pdf", PDF)
    # the bytes are not copied into the audit trail; one row names the file
    with database.ctx.reading() as s:
        texts = s.scalars(select(func.coalesce(AuditEntry.new_value, AuditEntry.summary))
                          .where(AuditEntry.entity.in_(("feedback_item", "attachment")))).all()
    assert not any("scanned letter" in (t or "") for t in texts)
    assert any("skan_listu.pdf" in (t or "") and "SHA-256" in (t or "") for t in texts)
    assert any(h[4] and "skan_listu.pdf" in h[4] for h in detail.history)


def test_letter_with_wrong_scan_or_no_sender_saves_nothing(database, org, tmp_path):
    text = tmp_path / "note.txt"
    text.write_text("not a scan")
    good = LetterInput(received_at=FRIDAY, sender_name="Anna", subject="Reclamo")
    with pytest.raises(ValidationError, match="PDF or an image"):
        entries.record_letter(database.ctx, good, str(text))
    with pytest.raises(ValidationError, match="sent the letter"):
        entries.record_letter(database.ctx, LetterInput(received_at=FRIDAY, sender_name=" ", subject="x"))
    with pytest.raises(ValidationError, match="future"):
        entries.record_letter(database.ctx, LetterInput(
            received_at=datetime.now(timezone.utc) + timedelta(days=2), sender_name="A", subject="x"))
    with pytest.raises(ValidationError, match="1 to 5"):
        entries.record_letter(database.ctx, LetterInput(received_at=FRIDAY, sender_name="A", subject="x",
                                                        satisfaction=6))
    with pytest.raises(ValidationError, match="cannot be read"):
        entries.record_letter(database.ctx, good, str(tmp_path / "missing.png"))
    with database.ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(FeedbackItem)) == 0
        assert s.scalar(select(func.count()).select_from(Attachment)) == 0


def test_call(database, org, make_account):
    account = make_account(collector=org.jan)
    item_id = entries.record_call(database.ctx, CallInput(
        called_at=FRIDAY, caller="Niccolò Bianchi", number="+39 02 1234 5678",
        summary="Says the payment of 3 March is not recorded.\nSent the bank receipt.", topic="payment_not_recorded",
        kind=FeedbackKind.DISPUTE, account_id=account))
    detail = item_detail(database.ctx, item_id)
    assert detail.source is FeedbackSource.CALL and detail.kind is FeedbackKind.DISPUTE
    assert detail.subject == "Says the payment of 3 March is not recorded."
    assert (detail.sender_name, detail.sender_address, detail.staff_id) == (
        "Niccolò Bianchi", "+39 02 1234 5678", org.jan)
    assert detail.received_at == FRIDAY
    with pytest.raises(ValidationError, match="digits"):
        entries.record_call(database.ctx, CallInput(called_at=FRIDAY, caller="X", number="n/a", summary="x"))
    with pytest.raises(ValidationError, match="topic"):
        entries.record_call(database.ctx, CallInput(called_at=FRIDAY, caller="X", number="", summary="x",
                                                    topic="weather"))


def test_suggestions_named_and_anonymous(database, org):
    named = entries.record_suggestion(database.ctx, SuggestionInput(
        subject="Callback list", body="A shared list of callbacks", submitted_by_id=org.jan))
    anon = entries.record_suggestion(database.ctx, SuggestionInput(
        subject="Fewer evening calls", body="Debtors complain about calls after 20:00", anonymous=True,
        submitted_by_id=org.anna))
    d_named, d_anon = item_detail(database.ctx, named), item_detail(database.ctx, anon)
    assert d_named.submitted_by_name == "Jan Kowalski" and d_named.status is FeedbackStatus.RECEIVED
    assert d_anon.anonymous and d_anon.submitted_by_id is None and d_anon.status is FeedbackStatus.RECEIVED
    with database.ctx.reading() as s:
        stored = s.get(FeedbackItem, anon)
        assert stored.submitted_by_id is None
        actors = set(s.scalars(select(AuditEntry.actor).where(AuditEntry.entity_id == str(anon))))
    assert actors == {"anonymous"}
    assert d_anon.history[0][1] == "anonymous"
    with pytest.raises(ValidationError, match="anonymous"):
        entries.record_suggestion(database.ctx, SuggestionInput(subject="x", body="y"))


def test_add_attachment_and_size_limit(database, org, tmp_path, monkeypatch):
    item_id = entries.record_call(database.ctx, CallInput(called_at=FRIDAY, caller="X", number="", summary="x"))
    photo = tmp_path / "busta.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"0" * 1000)
    att = entries.add_attachment(database.ctx, item_id, photo)
    assert attachment(database.ctx, att)[1] == "image/jpeg"
    monkeypatch.setattr(entries, "MAX_ATTACHMENT_BYTES", 500)
    with pytest.raises(ValidationError, match="MB"):
        entries.add_attachment(database.ctx, item_id, photo)
    assert len(item_detail(database.ctx, item_id).attachments) == 1
