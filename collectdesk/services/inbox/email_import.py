"""Importing e-mail into the feedback inbox: .eml files, mbox archives and folders of them.

`import_messages(ctx, paths)` reads every message, decodes it (email_decode.py), and stores each one in its
own transaction: a FeedbackItem (source e-mail, status new), its links or suggested links (matching.py),
the original bytes as the attachment "message.eml" (message/rfc822) and every MIME attachment. A
message that fails is reported with its file and index and rolled back alone; the others import.

Rules
    Duplicates: a message whose Message-ID is already in the inbox, or (without a Message-ID) whose
    content hash is (SHA-256 of the bytes with LF line ends, email_decode.content_hash), is counted as a
    duplicate and not stored again.
    Category (kind): "dispute" when the subject or the body (quoted reply lines starting with ">" left out)
    holds a dispute word: contestazione/contesto/contestare, sprzeciw/kwestionuję, Widerspruch/widerspreche/
    bestreite, dispute/disputing; else "complaint" for reclamo/reclami/lamentela, reklamacja (any case
    ending)/skarga, Beschwerde/beschwere, complaint/complain; else "enquiry". The supervisor re-categorises
    in the inbox (which recomputes the SLA dates).
    Language: from the words of the text (it/pl/de/en, at least two common words), else the linked
    debtor's language, else "pl" for text read as ISO-8859-2/windows-1250; else none.
    Received: the Date header (UTC); the import time when it is missing or more than a day in the future.
    SLA: acknowledge-by and resolve-by from sla.due_dates for the kind and the item's country.
    Sizes: a MIME attachment above MAX_ATTACHMENT_BYTES is not stored as its own file; it is named in the
    item's body and in the report, and stays inside message.eml, so nothing is lost. A message above
    MAX_MESSAGE_BYTES is refused with a reason (open it in a mail program).
    Attachment bytes are written with Core inserts (an ORM insert would copy them into the audit trail);
    one audit row per item names the files, sizes and SHA-256.
    Cancel stops after the current message; what was imported stays imported.
"""

from __future__ import annotations

import hashlib
import logging
import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from os import PathLike
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from collectdesk.domain.enums import FeedbackKind, FeedbackSource, FeedbackStatus
from collectdesk.domain.errors import DomainError, StorageError
from collectdesk.services.audit import bulk_entry
from collectdesk.services.context import ServiceContext
from collectdesk.services.inbox.email_decode import (DecodedMessage, MessageDecodeError, content_hash,
                                                     decode_message, iter_mbox, looks_like_mbox)
from collectdesk.services.inbox.matching import suggest_matches
from collectdesk.services.inbox.sla import due_dates, item_country
from collectdesk.store.models import Debtor
from collectdesk.store.models.feedback import FeedbackItem
from collectdesk.store.models.shared_files import Attachment

log = logging.getLogger(__name__)
# lupdate reads the alias as QCoreApplication.translate (translations/update.py)
_translate = QCoreApplication.translate

OWNER_KIND = "feedback_item"
RAW_FILENAME = "message.eml"
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
MAX_MESSAGE_BYTES = 100 * 1024 * 1024
MAX_STORAGE_FAILURES = 3  # database errors in a row that stop the import (server gone, disk full)
MAIL_SUFFIXES = (".eml", ".mbox", ".mbx")
MBOX_SUFFIXES = (".mbox", ".mbx")

_DISPUTE = re.compile(r"\b(contestazion\w*|contest[oa]|contestare|sprzeciw\w*|kwestionuj\w*|widerspruch\w*|"
                      r"widerspreche\w*|bestreite\w*|disput\w*)\b", re.IGNORECASE)
_COMPLAINT = re.compile(r"\b(reclam[oi]|lamentel\w+|reklamacj\w+|skarg\w+|beschwerde\w*|beschwere|"
                        r"complain\w*)\b", re.IGNORECASE)
_LANGUAGE_WORDS = {
    "it": {"il", "la", "che", "di", "per", "non", "sono", "della", "grazie", "buongiorno", "gentile", "saluti",
           "è", "ho", "pagamento", "vostro", "mi", "ma"},
    "pl": {"nie", "się", "jest", "że", "dzień", "dobry", "proszę", "pozdrawiam", "dziękuję", "szanowni",
           "państwo", "oraz", "moje", "mimo", "już", "poważaniem", "zostało", "konta"},
    "de": {"und", "die", "der", "ich", "nicht", "ist", "sie", "mit", "für", "bitte", "grüße", "sehr",
           "geehrte", "das", "zahlung", "ein", "meine", "den"},
    "en": {"the", "and", "is", "please", "thank", "thanks", "regards", "my", "you", "dear", "i", "payment",
           "account", "your", "of", "to"},
}


@dataclass
class EmailImportReport:
    imported: int = 0
    duplicates: int = 0
    # (file name, 1-based message index in an mbox or None for a single .eml, reason in the user's language)
    errors: list[tuple[str, int | None, str]] = field(default_factory=list)
    item_ids: list[uuid.UUID] = field(default_factory=list)
    # per-message notes: charsets read differently from the label, repaired headers, attachments not stored
    notes: list[tuple[str, int | None, str]] = field(default_factory=list)
    linked: int = 0  # imported items linked to an account (a sure match)
    suggested: int = 0  # imported items with suggested links to confirm
    skipped_files: list[str] = field(default_factory=list)  # files in a folder that are not mail
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        """True when nothing failed (the CLI's exit 0)."""
        return not self.errors


# ---- files ----------------------------------------------------------------------------------------

def mail_files(paths: Iterable[str | PathLike]) -> tuple[list[Path], list[str]]:
    """The files to read: given files as they are, folders searched (with subfolders) for .eml/.mbox/.mbx.
    Returns (files, skipped file names of folders' other files)."""
    files: list[Path] = []
    skipped: list[str] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if not child.is_file() or any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if child.suffix.lower() in MAIL_SUFFIXES:
                    files.append(child)
                else:
                    skipped.append(str(child.relative_to(path)))
        else:
            files.append(path)
    return list(dict.fromkeys(files)), skipped


def _messages(path: Path) -> Iterator[tuple[int | None, bytes | None, int, str | None]]:
    """(index, bytes, bytes of the file read so far, error) for each message of a file."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield None, None, 0, _translate(
            "EmailImport", "The file cannot be read: {error}").format(error=exc.strerror or exc)
        return
    try:
        is_mbox = path.suffix.lower() in MBOX_SUFFIXES or (path.suffix.lower() != ".eml" and looks_like_mbox(path))
    except OSError as exc:
        yield None, None, size, _translate(
            "EmailImport", "The file cannot be read: {error}").format(error=exc.strerror or exc)
        return
    if is_mbox:
        try:
            for index, raw, pos in iter_mbox(path):
                yield index, raw, pos, None
        except OSError as exc:
            yield None, None, size, _translate(
                "EmailImport", "The file cannot be read: {error}").format(error=exc.strerror or exc)
        return
    if size > MAX_MESSAGE_BYTES:
        yield None, None, size, _too_big_message(size)
        return
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield None, None, size, _translate(
            "EmailImport", "The file cannot be read: {error}").format(error=exc.strerror or exc)
        return
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        yield None, None, size, _translate(
            "EmailImport", "This is an Outlook .msg file, which cannot be read. In Outlook, save the "
                           "message as .eml (or drag it to a folder as a file) and import that.")
        return
    yield None, raw, size, None


def _megabytes(size: int) -> str:
    from collectdesk.i18n import format_decimal  # formatting only

    return format_decimal(Decimal(size) / (1024 * 1024), 1)


def _too_big_message(size: int) -> str:
    return _translate(
        "EmailImport", "The message is {size} MB; messages up to {limit} MB are imported. Open it in your mail "
                       "program and save its attachments to a shared drive.").format(
        size=_megabytes(size), limit=MAX_MESSAGE_BYTES // (1024 * 1024))


# ---- rules ----------------------------------------------------------------------------------------

def _unquoted(body: str) -> str:
    return "\n".join(line for line in body.splitlines() if not line.lstrip().startswith(">"))


def guess_kind(subject: str, body: str) -> FeedbackKind:
    """Dispute, complaint or enquiry from the words of the subject and the (unquoted) body."""
    text = f"{subject}\n{_unquoted(body)}"
    if _DISPUTE.search(text):
        return FeedbackKind.DISPUTE
    if _COMPLAINT.search(text):
        return FeedbackKind.COMPLAINT
    return FeedbackKind.ENQUIRY


def guess_language(text: str) -> str | None:
    """it/pl/de/en when at least two of its common words appear, else None."""
    words = re.findall(r"\w+", text.lower())
    scores = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _LANGUAGE_WORDS.items()}
    lang, score = max(scores.items(), key=lambda kv: kv[1])
    return lang if score >= 2 else None


def _language(session: Session, item: FeedbackItem, decoded: DecodedMessage) -> str | None:
    found = guess_language(f"{decoded.subject}\n{_unquoted(decoded.body)[:5000]}")
    if found:
        return found
    if item.debtor_id is not None:
        lang = session.scalar(select(Debtor.language).where(Debtor.id == item.debtor_id))
        if lang:
            return lang
    if any(c in ("iso8859-2", "cp1250") for c in decoded.charsets):
        return "pl"
    return None


# ---- one message ----------------------------------------------------------------------------------

def _is_duplicate(session: Session, message_id: str | None, digest: str) -> bool:
    if message_id:
        cond = FeedbackItem.message_id == message_id
    else:
        cond = FeedbackItem.content_hash == digest
    return session.scalar(select(FeedbackItem.id).where(cond).limit(1)) is not None


def _received_at(decoded: DecodedMessage, now: datetime) -> datetime:
    if decoded.date is None or decoded.date > now + timedelta(days=1):
        return now
    return decoded.date


def _body_with_notes(decoded: DecodedMessage, too_big: list[tuple[str, int]]) -> str:
    lines = [_translate(
        "EmailImport", "Attachment not stored as a file, larger than {limit} MB: {name} ({size} MB). It is kept "
                       "inside message.eml.").format(
        limit=MAX_ATTACHMENT_BYTES // (1024 * 1024), name=name, size=_megabytes(size)) for name, size in too_big]
    lines += decoded.notes
    if not lines:
        return decoded.body
    marker = _translate("EmailImport", "[CollectDesk import]")
    return decoded.body + "\n\n" + "\n".join(f"{marker} {line}" for line in lines)


def _store_file(session: Session, item_id: uuid.UUID, filename: str, media_type: str, data: bytes,
                actor: str) -> tuple[str, int, str]:
    digest = hashlib.sha256(data).hexdigest()
    now = session.info["now"]
    session.execute(insert(Attachment).values(
        id=uuid.uuid4(), owner_kind=OWNER_KIND, owner_id=item_id, filename=filename[:255],
        media_type=media_type[:120], size=len(data), sha256=digest, data=data, created_by=actor,
        created_at=now, updated_at=now))
    return filename[:255], len(data), digest


def _store_attachments(session: Session, item_id: uuid.UUID, decoded: DecodedMessage, actor: str) -> None:
    stored = [_store_file(session, item_id, RAW_FILENAME, "message/rfc822", decoded.raw, actor)]
    for att in decoded.attachments:
        if att.size <= MAX_ATTACHMENT_BYTES:
            stored.append(_store_file(session, item_id, att.filename, att.media_type, att.data, actor))
    summary = "; ".join(_translate("EmailImport", "{name} ({size} bytes, SHA-256 {sha})").format(name=n, size=s, sha=d)
                        for n, s, d in stored)
    bulk_entry(session, OWNER_KIND, _translate(
        "EmailImport", "E-mail imported with its files: {files}").format(files=summary),
               entity_id=str(item_id))


def _import_one(ctx: ServiceContext, decoded: DecodedMessage, report: EmailImportReport, where) -> None:
    digest = content_hash(decoded.raw)
    too_big = [(a.filename, a.size) for a in decoded.attachments if a.size > MAX_ATTACHMENT_BYTES]
    with ctx.transaction() as s:
        if _is_duplicate(s, decoded.message_id, digest):
            report.duplicates += 1
            return
        received = _received_at(decoded, s.info["now"])
        kind = guess_kind(decoded.subject, decoded.body)
        item = FeedbackItem(
            id=uuid.uuid4(), source=FeedbackSource.EMAIL, kind=kind, status=FeedbackStatus.NEW,
            subject=decoded.subject[:300], body=_body_with_notes(decoded, too_big), received_at=received,
            message_id=decoded.message_id, content_hash=digest,
            sender_name=(decoded.sender_name or "")[:200] or None,
            sender_address=(decoded.sender_address or "")[:254] or None,
            anonymous=False)
        s.add(item)
        outcome = suggest_matches(s, item)
        item.language = _language(s, item, decoded)
        country = item_country(s, account_id=item.account_id, debtor_id=item.debtor_id)
        item.ack_due_by, item.due_by = due_dates(s, kind, received, country)
        s.flush()
        _store_attachments(s, item.id, decoded, ctx.actor)
    report.imported += 1
    report.item_ids.append(item.id)
    if outcome.sure:
        report.linked += 1
    elif outcome.candidates:
        report.suggested += 1
    for name, size in too_big:
        report.notes.append((*where, _translate(
            "EmailImport", "Attachment {name} ({size} MB) is larger than {limit} MB: it was not "
                           "stored as a file; it stays inside message.eml.").format(
            name=name, size=_megabytes(size), limit=MAX_ATTACHMENT_BYTES // (1024 * 1024))))
    report.notes.extend((*where, note) for note in decoded.notes)


def _was_stored(ctx: ServiceContext, decoded: DecodedMessage) -> bool:
    try:
        with ctx.reading() as s:
            return _is_duplicate(s, decoded.message_id, content_hash(decoded.raw))
    except StorageError:
        return False


def import_messages(ctx: ServiceContext, paths: Iterable[str | PathLike], *,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> EmailImportReport:
    """Import .eml files, mbox archives and folders of them. `progress(done, total)` counts KiB read."""
    files, skipped = mail_files(paths)
    report = EmailImportReport(skipped_files=skipped)
    sizes = {}
    for f in files:
        try:
            sizes[f] = f.stat().st_size
        except OSError:
            sizes[f] = 0
    total, base, storage_failures = max(1, sum(sizes.values()) // 1024), 0, 0
    for path in files:
        for index, raw, pos, error in _messages(path):
            if cancelled is not None and cancelled():
                report.cancelled = True
                return report
            where = (path.name, index)
            if progress is not None:
                progress(min(total, (base + pos) // 1024), total)
            if error is not None:
                report.errors.append((*where, error))
                continue
            if len(raw) > MAX_MESSAGE_BYTES:
                report.errors.append((*where, _too_big_message(len(raw))))
                continue
            try:
                decoded = decode_message(raw)
            except MessageDecodeError as exc:
                report.errors.append((*where, exc.message))
                continue
            try:
                _import_one(ctx, decoded, report, where)
                storage_failures = 0
            except StorageError as exc:
                if _was_stored(ctx, decoded):  # another workstation imported it at the same moment
                    report.duplicates += 1
                    continue
                report.errors.append((*where, exc.message))
                storage_failures += 1
                if storage_failures >= MAX_STORAGE_FAILURES:
                    report.errors.append((*where, _translate(
                        "EmailImport", "The import stopped: the database refused {n} messages "
                                       "in a row.").format(n=storage_failures)))
                    return report
            except DomainError as exc:
                report.errors.append((*where, exc.message))
            except Exception as exc:  # noqa: BLE001 - one bad message must not stop the others
                log.exception("e-mail %s #%s could not be imported", path, index)
                report.errors.append((*where, _translate(
                    "EmailImport", "The message could not be imported: {error}").format(
                    error=str(exc) or type(exc).__name__)))
        base += sizes.get(path, 0)
    if progress is not None:
        progress(total, total)
    return report
