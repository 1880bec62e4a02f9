"""E-mail import into the feedback inbox: what the supervisor sees after dropping mail onto the inbox."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from collectdesk.domain.enums import FeedbackKind, FeedbackSource, FeedbackStatus
from collectdesk.services.inbox import email_import
from collectdesk.services.inbox.email_decode import decode_message, html_to_text, iter_mbox
from collectdesk.services.inbox.email_import import import_messages
from collectdesk.services.inbox.matching import account_tokens
from collectdesk.store.maintenance import stats
from collectdesk.store.models import Account, AuditEntry, Debtor, DebtorContact
from collectdesk.store.models.feedback import FeedbackItem, FeedbackMatch
from collectdesk.store.models.shared_files import Attachment

MAIL = Path(__file__).resolve().parents[1] / "fixtures" / "mail"

# file -> (subject, sender name, sender address, body) exactly as the supervisor must read them
EXPECTED = {
    "de_utf8_alternative.eml": (
        "Zahlung für Konto DE-2024-000321 – Überweisung bereits erfolgt", "Jürgen Weiß", "juergen.weiss@example.de",
        "Sehr geehrte Damen und Herren,\n\nich habe die Forderung zum Konto DE-2024-000321 bereits am 3. März "
        "überwiesen (412,50 €).\nBitte prüfen Sie Ihre Unterlagen, größere Beträge kann ich nicht zahlen.\n\n"
        "Mit freundlichen Grüßen\nJürgen Weiß"),
    "pl_iso8859_2.eml": (
        "Reklamacja - zapłacone już w październiku", "Małgorzata Świątek", "m.swiatek@poczta.example.pl",
        "Dzień dobry,\n\nskładam reklamację dotyczącą konta PL-2025-004417. Zapłaciłem całą kwotę w październiku, "
        "a mimo to otrzymuję wezwania.\nProszę o pilną odpowiedź.\n\nZ poważaniem\nMałgorzata Świątek\n"
        "Łódź, ul. Źródlana 5"),
    "pl_cp1250.eml": (
        "Sprzeciw świadczenie opłacone", "Zbigniew Żółkiewski", "z.zolkiewski@firma.example.pl",
        "Szanowni Państwo,\n\nw nawiązaniu do pisma z 5 stycznia informuję, że nie zgadzam się z naliczonymi "
        "odsetkami.\nŚwiadczenie zostało opłacone, źródło: przelew z 12.12.2025.\n\nZbigniew Żółkiewski"),
    "de_cp1252_base64.eml": (
        "Ratenzahlung 150,00 €", "Käthe Müller", "kaethe.mueller@example.de",
        "Guten Tag,\n\nanbei meine Zahlung über 150,00 € für die Rechnung VHG-48213377.\nDie restlichen 75,00 € "
        "überweise ich Ende Februar.\n\nFreundliche Grüße\nKäthe Müller"),
    "it_latin1_qp.eml": (
        "Pratica IT-2024-000123 - pagamento effettuato", "Bianchi, Niccolo'", "niccolo.bianchi@example.it",
        "Buongiorno,\n\nvi scrivo per la pratica IT-2024-000123: ho già versato 200 € il 10 gennaio, perciò non "
        "è corretto il sollecito.\nCordiali saluti,\nNiccolò Bianchi"),
    "it_html_only.eml": (
        "Reclamo per telefonate serali", "Lucrezia D'Angelò", "lucrezia.dangelo@example.it",
        "Gentile servizio clienti,\n\npresento reclamo per il comportamento del vostro operatore: mi ha telefonato "
        "più volte dopo le 21:00.\n\nL'importo richiesto è di 1.250,00 €, ma la cifra è errata.\n\n"
        "• prima chiamata: lunedì\n• seconda chiamata: martedì\n\n"
        "Vedi le condizioni (https://www.example.it/condizioni) del contratto.\n\nDistinti saluti\nLucrezia D'Angelò"),
    "attachments.eml": (
        "Potwierdzenie przelewu", "Jan Nowak", "jan.nowak@example.pl",
        "W załączniku potwierdzenie przelewu i zdjęcie dowodu wpłaty."),
    "no_message_id.eml": (
        "Frage zur Ratenzahlung", "Hans Becker", "hans.becker@example.de",
        "Guten Morgen,\n\nkann ich die Forderung in sechs Raten zahlen?\n\nHans Becker"),
    "wrong_charset.eml": (
        "Raty", "Jozef Kaczmarczyk", "jozef.k@example.pl",
        "Dzień dobry, płacę w ratach od przyszłego miesiąca. Pozdrawiam, Józef Kaczmarczyk"),
    "unknown_charset.eml": (
        "Zaświadczenie", "Lukasz Wisniewski", "lukasz.w@example.pl",
        "Dzień dobry,\nproszę o przesłanie zaświadczenia o spłacie zadłużenia. Płatność została zaksięgowana w "
        "zeszłym tygodniu, więc sprawa powinna być zamknięta.\nŁukasz Wiśniewski"),
    "broken_header.eml": (
        "Prośba o rozłożenie na raty", "Kowalska, Zofia", "zofia.kowalska@example.pl",
        "Proszę o rozłożenie długu na sześć rat.\nZofia Kowalska"),
}
MBOX_GOOD = {  # (archive, index) -> subject
    ("archive_broken_third.mbox", 1): "Pytanie o saldę",
    ("archive_broken_third.mbox", 2): "Widerspruch",
    ("archive_broken_third.mbox", 4): "Grazie per la disponibilità",
    ("truncated.mbox", 1): "Grazie per la disponibilità",
}
ALL_IMPORTABLE = len(EXPECTED) + len(MBOX_GOOD)


# ---- decoding (no database) ---------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_decodes_to_the_expected_text(name):
    subject, sender, address, body = EXPECTED[name]
    msg = decode_message((MAIL / name).read_bytes())
    assert (msg.subject, msg.sender_name, msg.sender_address, msg.body) == (subject, sender, address, body)


def test_misdeclared_and_broken_messages_say_so_in_a_note():
    wrong = decode_message((MAIL / "wrong_charset.eml").read_bytes())
    assert any("ISO-8859-2" in n and "UTF-8" in n for n in wrong.notes)
    unknown = decode_message((MAIL / "unknown_charset.eml").read_bytes())
    assert any("x-unknown-ce" in n for n in unknown.notes)
    broken = decode_message((MAIL / "broken_header.eml").read_bytes())
    assert any("Subject" in n for n in broken.notes) and any("zofia.kowalska@example.pl" in n for n in broken.notes)
    clean = decode_message((MAIL / "pl_iso8859_2.eml").read_bytes())
    assert clean.notes == []


def test_html_to_text_drops_scripts_and_keeps_links_and_paragraphs():
    text = html_to_text("<html><head><style>p{x:1}</style><script>alert(1)</script></head><body>"
                        "<p>Prima&nbsp;riga</p><p>Seconda <a href='mailto:a@b.it'>scrivi</a><br>terza</p>"
                        "<table><tr><td>Importo</td><td>12&nbsp;&euro;</td></tr></table></body></html>")
    assert text == "Prima riga\n\nSeconda scrivi (a@b.it)\nterza\n\nImporto\t12 €"


def test_mbox_splitting_keeps_from_lines_inside_bodies():
    messages = list(iter_mbox(MAIL / "archive_broken_third.mbox"))
    assert [i for i, _, _ in messages] == [1, 2, 3, 4]
    first = decode_message(messages[0][1])
    assert "From now on please write in English." in first.body


def test_account_number_tokens():
    assert account_tokens("Konto DE-2024-000321, Ref. VHG-48213377, am 12.12.2025, it 2024 000123") == [
        "DE-2024-000321", "VHG-48213377", "it 2024 000123"]


# ---- importing ----------------------------------------------------------------------------------

def _items(database) -> dict[str, FeedbackItem]:
    with database.ctx.reading() as s:
        return {i.subject: i for i in s.scalars(select(FeedbackItem))}


def _count(database, model) -> int:
    with database.ctx.reading() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_folder_of_mail_imports_decoded_with_per_message_errors(database, org):
    report = import_messages(database.ctx, [MAIL])
    assert report.imported == ALL_IMPORTABLE and report.duplicates == 0
    assert sorted((f, i) for f, i, _ in report.errors) == [("archive_broken_third.mbox", 3), ("truncated.mbox", 2)]
    assert all("cut off" in text for _, _, text in report.errors)
    assert report.skipped_files == ["expected_receipt.pdf", "expected_scan.png"]
    assert stats(database.engine).counts["feedback"] == ALL_IMPORTABLE
    items = _items(database)
    for name, (subject, sender, address, body) in EXPECTED.items():
        item = items[subject]
        assert item.body.startswith(body), name
        assert (item.sender_name, item.sender_address, item.source, item.status) == (
            sender, address, FeedbackSource.EMAIL, FeedbackStatus.NEW)
    # a charset fallback is visible on the item itself, after the text
    assert "[CollectDesk import]" in items["Raty"].body and "UTF-8" in items["Raty"].body
    assert items["Frage zur Ratenzahlung"].message_id is None and len(items["Frage zur Ratenzahlung"].content_hash) == 64
    # categories from the words, SLA dates for each
    assert items["Reklamacja - zapłacone już w październiku"].kind == FeedbackKind.COMPLAINT
    assert items["Reclamo per telefonate serali"].kind == FeedbackKind.COMPLAINT
    assert items["Sprzeciw świadczenie opłacone"].kind == FeedbackKind.DISPUTE
    assert items["Widerspruch"].kind == FeedbackKind.DISPUTE
    assert items["Frage zur Ratenzahlung"].kind == FeedbackKind.ENQUIRY
    assert all(i.ack_due_by is not None and i.due_by is not None and i.due_by > i.received_at
               for i in items.values())
    assert (items["Sprzeciw świadczenie opłacone"].language, items["Frage zur Ratenzahlung"].language,
            items["Reclamo per telefonate serali"].language) == ("pl", "de", "it")
    assert items["Sprzeciw świadczenie opłacone"].received_at.isoformat() == "2026-01-15T09:20:29+00:00"


def test_original_bytes_and_attachments_are_kept(database, org):
    import_messages(database.ctx, [MAIL / "attachments.eml", MAIL / "archive_broken_third.mbox"])
    with database.ctx.reading() as s:
        item = s.scalars(select(FeedbackItem).where(FeedbackItem.subject == "Potwierdzenie przelewu")).one()
        files = {a.filename: a for a in s.scalars(select(Attachment).where(Attachment.owner_id == item.id))}
        assert set(files) == {"message.eml", "potwierdzenie_przelewu_wrzesień.pdf", "scan.png"}
        assert files["message.eml"].data == (MAIL / "attachments.eml").read_bytes()
        assert files["message.eml"].media_type == "message/rfc822"
        assert files["potwierdzenie_przelewu_wrzesień.pdf"].data == (MAIL / "expected_receipt.pdf").read_bytes()
        assert files["potwierdzenie_przelewu_wrzesień.pdf"].media_type == "application/pdf"
        assert files["scan.png"].data == (MAIL / "expected_scan.png").read_bytes()
        # the bytes are not copied into the audit trail; one audit row names the files
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "attachment")) == 0
        summary = s.scalars(select(AuditEntry.summary).where(AuditEntry.entity_id == str(item.id),
                                                             AuditEntry.action == "bulk")).one()
        assert "scan.png" in summary and "message.eml" in summary
        # an mbox message keeps its own bytes (without the archive's "From " line)
        widerspruch = s.scalars(select(FeedbackItem).where(FeedbackItem.subject == "Widerspruch")).one()
        raw = s.scalars(select(Attachment.data).where(Attachment.owner_id == widerspruch.id,
                                                      Attachment.filename == "message.eml")).one()
        assert raw.startswith(b"From: Klaus Vogel") and b"Message-ID: <mbox-2@example.de>" in raw


def test_importing_the_same_mail_twice_adds_nothing(database, org, tmp_path):
    first = import_messages(database.ctx, [MAIL])
    items, files = _count(database, FeedbackItem), _count(database, Attachment)
    again = import_messages(database.ctx, [MAIL])
    assert (again.imported, again.duplicates) == (0, first.imported)
    # the message without a Message-ID, saved again with Windows line ends, is still the same message
    crlf = tmp_path / "copy.eml"
    crlf.write_bytes((MAIL / "no_message_id.eml").read_bytes().replace(b"\n", b"\r\n"))
    third = import_messages(database.ctx, [crlf])
    assert (third.imported, third.duplicates, third.errors) == (0, 1, [])
    assert (_count(database, FeedbackItem), _count(database, Attachment)) == (items, files)


def test_a_failure_inside_one_message_leaves_nothing_of_it(database, org, make_account, monkeypatch):
    acc = make_account(name="Klaus Vogel", country="DE")
    with database.ctx.transaction() as s:
        debtor_id = s.get(Account, acc).debtor_id
        s.add(DebtorContact(debtor_id=debtor_id, kind="email", value="Klaus.Vogel@example.de",
                            search_key="klaus.vogel@example.de"))
    second = make_account(name="Klaus Vogel", country="DE")
    with database.ctx.transaction() as s:
        # a second open account: the sender's match is not sure, so suggestion rows are written too
        s.execute(update(Account).where(Account.id == second).values(debtor_id=debtor_id))
    real_store = email_import._store_attachments

    def store(session, item_id, decoded, actor):
        real_store(session, item_id, decoded, actor)  # files and matches are written, then it fails
        if decoded.subject == "Widerspruch":
            assert session.scalar(select(func.count()).select_from(FeedbackMatch)) == 2
            raise RuntimeError("disk controller fault")

    monkeypatch.setattr(email_import, "_store_attachments", store)
    report = import_messages(database.ctx, [MAIL / "archive_broken_third.mbox"])
    assert report.imported == 2
    assert [(f, i) for f, i, _ in report.errors] == [("archive_broken_third.mbox", 2), ("archive_broken_third.mbox", 3)]
    assert "disk controller fault" in report.errors[0][2]
    with database.ctx.reading() as s:
        assert s.scalar(select(func.count()).select_from(FeedbackItem).where(FeedbackItem.subject == "Widerspruch")) == 0
        item_ids = set(s.scalars(select(FeedbackItem.id)))
        assert set(s.scalars(select(Attachment.owner_id).where(Attachment.owner_kind == "feedback_item"))) == item_ids
        assert s.scalar(select(func.count()).select_from(FeedbackMatch)) == 0
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.new_value.like("%Widerspruch%"))) == 0
    # the next import of the same archive brings the failed message in
    monkeypatch.setattr(email_import, "_store_attachments", real_store)
    again = import_messages(database.ctx, [MAIL / "archive_broken_third.mbox"])
    assert (again.imported, again.duplicates) == (1, 2)


def _set_number(database, account_id, number):
    with database.ctx.transaction() as s:
        s.execute(update(Account).where(Account.id == account_id).values(account_no=number))


def _add_email(database, account_id, address):
    with database.ctx.transaction() as s:
        debtor_id = s.get(Account, account_id).debtor_id
        s.add(DebtorContact(debtor_id=debtor_id, kind="email", value=address, search_key=address.lower()))
        return debtor_id


def test_an_account_number_found_once_links_the_account_and_its_collector(database, org, make_account):
    acc = make_account(collector=org.jan)
    _set_number(database, acc, "IT-2024-000123")
    make_account()  # another account that is not mentioned
    report = import_messages(database.ctx, [MAIL / "it_latin1_qp.eml"])
    assert (report.imported, report.linked, report.suggested) == (1, 1, 0)
    with database.ctx.reading() as s:
        item = s.scalars(select(FeedbackItem)).one()
        debtor_id = s.get(Account, acc).debtor_id
        assert (item.account_id, item.debtor_id, item.staff_id) == (acc, debtor_id, org.jan)
        assert s.scalar(select(func.count()).select_from(FeedbackMatch)) == 0


def test_sender_with_one_open_account_is_sure_with_two_it_is_a_suggestion(database, org, make_account):
    hans = make_account(name="Hans Becker", country="DE")
    _add_email(database, hans, "Hans.Becker@Example.DE")
    juergen1 = make_account(name="Jürgen Weiß", country="DE")
    juergen_debtor = _add_email(database, juergen1, "juergen.weiss@example.de")
    juergen2 = make_account(name="Jürgen Weiß", country="DE")
    with database.ctx.transaction() as s:
        s.execute(update(Account).where(Account.id == juergen2).values(debtor_id=juergen_debtor))
    report = import_messages(database.ctx, [MAIL / "no_message_id.eml", MAIL / "de_utf8_alternative.eml"])
    assert (report.imported, report.linked, report.suggested) == (2, 1, 1)
    items = _items(database)
    assert items["Frage zur Ratenzahlung"].account_id == hans
    juergen = items["Zahlung für Konto DE-2024-000321 – Überweisung bereits erfolgt"]
    assert juergen.account_id is None and juergen.debtor_id is None
    with database.ctx.reading() as s:
        rows = s.execute(select(FeedbackMatch.account_id, FeedbackMatch.debtor_id, FeedbackMatch.reason,
                                FeedbackMatch.matched_text).where(FeedbackMatch.item_id == juergen.id)).all()
    assert sorted(rows, key=lambda r: str(r[0])) == sorted(
        [(juergen1, juergen_debtor, "sender_address", "juergen.weiss@example.de"),
         (juergen2, juergen_debtor, "sender_address", "juergen.weiss@example.de")], key=lambda r: str(r[0]))


def test_a_number_quoted_by_another_debtor_is_only_suggested(database, org, make_account):
    acc = make_account(name="Niccolò Bianchi")
    _set_number(database, acc, "IT-2024-000123")
    other = make_account(name="Marco Neri")
    other_debtor = _add_email(database, other, "niccolo.bianchi@example.it")  # the sender is Marco's contact
    import_messages(database.ctx, [MAIL / "it_latin1_qp.eml"])
    with database.ctx.reading() as s:
        item = s.scalars(select(FeedbackItem)).one()
        assert item.account_id is None
        acc_debtor = s.get(Account, acc).debtor_id
        rows = set(s.execute(select(FeedbackMatch.account_id, FeedbackMatch.debtor_id, FeedbackMatch.reason)
                             .where(FeedbackMatch.item_id == item.id)).all())
        assert s.get(Debtor, other_debtor).name == "Marco Neri"
    assert rows == {(acc, acc_debtor, "account_no_subject"), (other, other_debtor, "sender_address")}


def test_a_huge_attachment_is_listed_not_stored_and_the_message_imports(database, org, monkeypatch):
    monkeypatch.setattr(email_import, "MAX_ATTACHMENT_BYTES", 100)  # the PDF is 193 bytes, the PNG 69
    report = import_messages(database.ctx, [MAIL / "attachments.eml"])
    assert report.imported == 1 and report.errors == []
    assert any("potwierdzenie_przelewu_wrzesień.pdf" in text for _, _, text in report.notes)
    with database.ctx.reading() as s:
        item = s.scalars(select(FeedbackItem)).one()
        names = set(s.scalars(select(Attachment.filename).where(Attachment.owner_id == item.id)))
    assert names == {"message.eml", "scan.png"}
    assert "potwierdzenie_przelewu_wrzesień.pdf" in item.body and "message.eml" in item.body


def test_unreadable_files_are_reported_and_the_rest_imports(database, org, tmp_path):
    (tmp_path / "empty.eml").write_bytes(b"")
    (tmp_path / "notes.eml").write_bytes(b"just some text\nwithout any header\n")
    (tmp_path / "outlook.eml").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    shutil.copy(MAIL / "pl_iso8859_2.eml", tmp_path / "good.eml")
    report = import_messages(database.ctx, [tmp_path, tmp_path / "missing.eml"])
    assert report.imported == 1
    assert sorted(f for f, _, _ in report.errors) == ["empty.eml", "missing.eml", "notes.eml", "outlook.eml"]
    assert all(i is None for _, i, _ in report.errors)
    assert _count(database, FeedbackItem) == 1


def test_progress_and_cancel(database, org):
    seen = []
    report = import_messages(database.ctx, [MAIL / "archive_broken_third.mbox"],
                             progress=lambda d, t: seen.append((d, t)), cancelled=lambda: len(seen) >= 2)
    assert report.cancelled and report.imported == 2
    assert seen[-1][0] <= seen[-1][1]


def test_a_forwarded_message_is_one_attachment_and_not_part_of_the_body():
    from email.message import EmailMessage

    inner = EmailMessage()
    inner["From"], inner["Subject"] = "ufficio@example.it", "Sollecito"
    inner.set_content("Testo del sollecito originale")
    inner.add_attachment(b"%PDF-1.4 x", maintype="application", subtype="pdf", filename="sollecito.pdf")
    outer = EmailMessage()
    outer["From"], outer["Subject"] = "Mario Neri <mario.neri@example.it>", "I: Sollecito"
    outer.set_content("Vedete sotto: non è corretto.")
    outer.add_attachment(inner)
    msg = decode_message(bytes(outer))
    assert msg.body == "Vedete sotto: non è corretto."
    assert [(a.filename, a.media_type) for a in msg.attachments] == [("forwarded.eml", "message/rfc822")]
    forwarded = decode_message(msg.attachments[0].data)
    assert (forwarded.subject, forwarded.body) == ("Sollecito", "Testo del sollecito originale")
    assert forwarded.attachments[0].data == b"%PDF-1.4 x"
