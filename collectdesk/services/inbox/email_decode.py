"""Reading e-mail as it really arrives: .eml files and mbox archives, MIME, charsets, HTML-only bodies.

`decode_message(raw)` turns the bytes of one message into a `DecodedMessage` (plain Unicode subject,
sender, date, body text, attachments, notes) or raises `MessageDecodeError` with a translated reason.
`iter_mbox(path)` splits an mbox archive message by message without reading it whole.

Rules (the tests in tests/services/test_inbox_email.py hold them):

Structure
    Parsed with the standard library (``email`` with ``policy.default``). Header *values* are decoded here
    from the raw header text, so a broken header (raw 8-bit bytes, an unclosed quote, a bad encoded-word)
    never stops a message: it is read as well as it can be and a note says so.
Malformed (the message is refused with a reason)
    empty input; no header block at all; none of From, Subject, Date, Message-ID; a multipart message
    whose parts never start or never end (a message cut off, e.g. in a truncated mbox).
Charsets
    The declared charset is trusted when the text decodes with it. ``iso-8859-1``/``us-ascii`` are read as
    windows-1252 (as browsers do: mail clients label cp1252 text with € that way). The declared charset
    is not trusted when the text does not decode with it, when the label is unknown, when the result holds
    C1 control characters (U+0080-U+009F: the bytes were windows-125x, e.g. cp1250 labelled ISO-8859-2),
    or when a single-byte label covers text that is valid multi-byte UTF-8. Then UTF-8 is tried, then
    charset-normalizer guesses; the message gets a note naming both charsets.
Body
    In multipart/alternative the text/plain part is preferred; an HTML-only mail is converted to text
    (paragraphs and line breaks kept, links as "text (address)", lists with bullets, scripts and styles
    dropped; email_html.py). Inline text parts of a multipart/mixed are joined.
Attachments
    Every other leaf part (files, images, forwarded messages as .eml) with its decoded bytes. A part whose
    base64 is damaged is kept as far as it decodes, with a note.
Date
    The Date header in UTC (a date without a zone is taken as UTC); None when missing or unreadable.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email import errors as email_errors
from email import policy
from email.header import decode_header
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from collectdesk.domain.errors import DomainError
from collectdesk.services.inbox.email_html import html_to_text

# labels that mean "some 8-bit charset, unknown"
_UNKNOWN_LABELS = {"", "unknown", "unknown-8bit", "x-unknown", "x-user-defined", "default", "charset"}
# labels read as windows-1252, as the WHATWG encoding standard does
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819",
              "us-ascii", "ascii", "ansi_x3.4-1968", "iso-ir-100", "csisolatin1"}
_C1 = re.compile("[\x80-\x9f]")
# lupdate reads the alias as QCoreApplication.translate (translations/update.py)
_translate = QCoreApplication.translate
_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


class MessageDecodeError(DomainError):
    """The bytes are not a readable e-mail message; the message says why, in the user's language."""


@dataclass
class DecodedAttachment:
    filename: str
    media_type: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass
class DecodedMessage:
    raw: bytes
    message_id: str | None  # "<...>" as sent, None when missing or unusable
    subject: str
    sender_name: str | None
    sender_address: str | None  # lower-case
    recipients: list[str]
    date: datetime | None  # UTC
    body: str
    body_from_html: bool
    charsets: list[str]  # the charsets the text parts were read with
    attachments: list[DecodedAttachment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # translated: charset fallbacks, repaired headers

    @property
    def content_hash(self) -> str:
        return content_hash(self.raw)


def content_hash(raw: bytes) -> str:
    """SHA-256 of the message with line ends made LF and trailing blank lines dropped, so the same
    message saved as a CRLF .eml and found in an LF mbox is recognised as one."""
    normal = raw.replace(b"\r\n", b"\n").rstrip(b"\n") + b"\n"
    return hashlib.sha256(normal).hexdigest()


# ---- charsets -----------------------------------------------------------------------------------

def _codec(label: str | None) -> str | None:
    """A Python codec name for a MIME charset label, None when unknown."""
    name = (label or "").strip().strip("\"'").lower()
    if name in _UNKNOWN_LABELS:
        return None
    if name in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _guess(data: bytes, hints: tuple[str, ...] = ()) -> tuple[str, str]:
    """Decode bytes whose charset is unknown: UTF-8 if valid, else the hints that give no C1 controls,
    else charset-normalizer's best guess, else windows-1252 with replacement characters."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        text = str(best)
        if not _C1.search(text):
            return text, codecs.lookup(best.encoding).name
    for hint in hints:
        codec = _codec(hint)
        if codec and codec != "utf-8":
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if not _C1.search(text):
                return text, codec
    return data.decode("cp1252", "replace"), "cp1252"


def decode_text(data: bytes, declared: str | None, hints: tuple[str, ...] = ()) -> tuple[str, str, str | None]:
    """(text, charset used, note or None). See the module's rules on when a declared charset is trusted."""
    if not data:
        return "", _codec(declared) or "utf-8", None
    codec = _codec(declared)
    shown = (declared or "").strip().strip("\"'") or "-"
    if codec is None and (declared or "").strip().lower() in _UNKNOWN_LABELS and data.isascii():
        return data.decode("ascii"), "ascii", None
    if not (declared or "").strip() and _is_multibyte_utf8(data):  # no label at all: UTF-8 needs no note
        return data.decode("utf-8"), "utf-8", None
    if codec is not None:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            text = None
        if text is not None and not _C1.search(text):
            if codec == "utf-8" or data.isascii() or not _is_multibyte_utf8(data):
                return text, codec, None
        # fall through: wrong label
    used_text, used = _guess(data, hints)
    if codec is None:
        note = _translate("EmailImport", "The text's charset \"{declared}\" is unknown; it was read as {used}.").format(
            declared=shown, used=used.upper())
    else:
        note = _translate(
            "EmailImport", "The text was declared as {declared} but is not; it was read as {used}.").format(
            declared=shown.upper(), used=used.upper())
    return used_text, used, note


def _is_multibyte_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not data.isascii()


# ---- headers ------------------------------------------------------------------------------------

def _raw_header(msg: Message, name: str) -> str | None:
    """The header's source text (first occurrence), unfolded; non-ASCII bytes are surrogate-escaped."""
    for key, value in msg.raw_items():
        if key.lower() == name.lower():
            return re.sub(r"\r?\n(?=[ \t])", "", str(value))
    return None


def _header_text(raw: str, hints: tuple[str, ...], notes: list[str], label: str) -> str:
    """Decode a header's text: raw 8-bit bytes by guessing, RFC 2047 encoded-words by their charset."""
    data = raw.encode("ascii", "surrogateescape")
    if not data.isascii():
        text, used, _ = decode_text(data, None, hints)
        notes.append(_translate(
            "EmailImport", "The {header} header holds unencoded non-ASCII bytes; it was read as {used}.").format(
            header=label, used=used.upper()))
        return " ".join(text.split())
    try:
        pieces = decode_header(raw)
    except (email_errors.HeaderParseError, ValueError, UnicodeError) as exc:
        notes.append(_translate("EmailImport", "The {header} header is damaged ({error}); it is shown as sent.").format(
            header=label, error=str(exc) or type(exc).__name__))
        return " ".join(raw.split())
    out = []
    for chunk, charset in pieces:
        if isinstance(chunk, str):
            out.append(chunk)
            continue
        text, _, note = decode_text(chunk, charset or "ascii", hints)
        if note:
            notes.append(_translate("EmailImport", "{header} header: {note}").format(header=label, note=note))
        out.append(text)
    text = "".join(out)
    if "=?" in text and "?=" in text:  # an encoded-word decode_header could not read (bad base64)
        notes.append(_translate(
            "EmailImport", "The {header} header holds an encoded part that cannot be decoded; it is shown as "
                           "sent.").format(header=label))
    return " ".join(text.split())


def _sender(raw: str | None, hints: tuple[str, ...], notes: list[str]) -> tuple[str | None, str | None]:
    if not raw:
        return None, None
    pairs = [(n, a) for n, a in getaddresses([raw]) if a]
    if pairs and _ADDRESS.fullmatch(pairs[0][1]):
        name, address = pairs[0]
    else:  # an unclosed quote or angle bracket: find the address itself
        found = _ADDRESS.search(raw)
        if not found:
            notes.append(_translate(
                "EmailImport", "The sender's address cannot be read: {value}").format(value=raw.strip()[:200]))
            return _header_text(raw, hints, [], "From") or None, None
        address = found.group(0)
        name = raw[:found.start()].replace("<", " ").replace('"', " ").strip(" ,;")
        notes.append(_translate(
            "EmailImport", "The sender's header is malformed; the address was read as {address}.").format(
            address=address))
    name = _header_text(name, hints, notes, "From") if name else ""
    name = name.strip('" ')
    if len(name) > 1 and name[0] == name[-1] == "'":  # 'Name' as some clients quote it
        name = name[1:-1].strip()
    return name or None, address.lower()


def _date(raw: str | None) -> datetime | None:
    if not raw:
        return None
    try:
        value = parsedate_to_datetime(raw.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def _message_id(raw: str | None) -> str | None:
    if not raw:
        return None
    value = raw.strip()
    found = re.search(r"<[^<>\s]+>", value)
    value = found.group(0) if found else value.split()[0] if value.split() else ""
    if not value or len(value) > 300 or not value.isascii():
        return None
    return value


# ---- the message --------------------------------------------------------------------------------

def _filename(part: Message, hints: tuple[str, ...], notes: list[str]) -> str | None:
    try:
        name = part.get_filename()
    except Exception:  # noqa: BLE001 - a broken Content-Disposition must not stop the message
        name = None
    if name is None:
        return None
    name = str(name)
    if "=?" in name:
        name = _header_text(name, hints, notes, "Content-Disposition")
    elif not name.isascii() and any("\udc80" <= c <= "\udcff" for c in name):
        name = _header_text(name, hints, notes, "Content-Disposition")
    return re.sub(r"[\\/:\x00-\x1f]", "_", name).strip() or None


def _payload(part: Message, notes: list[str]) -> bytes:
    data = part.get_payload(decode=True)
    if any(isinstance(d, (email_errors.InvalidBase64PaddingDefect, email_errors.InvalidBase64CharactersDefect,
                          email_errors.InvalidBase64LengthDefect)) for d in part.defects):
        notes.append(_translate(
            "EmailImport", "A part of the message has damaged base64 encoding; what could be read is kept."))
    if data is None:
        raw = part.get_payload()
        data = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""
    return data


def _charset(part: Message) -> str | None:
    try:
        return part.get_param("charset")
    except Exception:  # noqa: BLE001
        return None


def _is_attachment(part: Message, filename: str | None) -> bool:
    ctype = part.get_content_type()
    if ctype not in ("text/plain", "text/html"):
        return True
    try:
        disposition = part.get_content_disposition()
    except Exception:  # noqa: BLE001
        disposition = None
    return disposition == "attachment" or (disposition != "inline" and filename is not None)


def _choose_body(msg: Message) -> list[Message]:
    """The parts whose text is the body: text/plain preferred in an alternative, else the HTML."""
    if msg.is_multipart():
        subtype = msg.get_content_subtype()
        children = [p for p in msg.get_payload() if isinstance(p, Message)]
        if subtype == "alternative":
            for wanted in ("text/plain", "text/html"):
                for child in children:
                    if child.get_content_type() == wanted and _payload(child, []).strip():
                        return [child]
            for child in children:
                if child.is_multipart():
                    chosen = _choose_body(child)
                    if chosen:
                        return chosen
            return []
        chosen = []
        for child in children:
            if child.get_content_type() == "message/rfc822":
                continue
            if child.is_multipart():
                chosen.extend(_choose_body(child))
            elif not _is_attachment(child, _filename(child, (), [])):
                chosen.append(child)
        return chosen
    if msg.get_content_maintype() == "text" or msg.get_content_type() == "text/plain":
        return [msg] if not _is_attachment(msg, _filename(msg, (), [])) else []
    return []


def _check_structure(msg: Message, raw: bytes) -> None:
    stripped = raw.lstrip()
    if not stripped:
        raise MessageDecodeError(_translate("EmailImport", "The message is empty."))
    if not msg.keys() or any(isinstance(d, email_errors.MissingHeaderBodySeparatorDefect) for d in msg.defects) \
            and not any(k.lower() in ("from", "subject") for k in msg.keys()):
        raise MessageDecodeError(_translate("EmailImport", "This is not an e-mail message: it has no header lines."))
    if not any(msg.get(k) is not None for k in ("From", "Subject", "Date", "Message-ID")):
        raise MessageDecodeError(_translate(
            "EmailImport", "This is not an e-mail message: it has none of From, Subject, Date and "
                           "Message-ID."))
    for part in msg.walk():
        for defect in part.defects:
            if isinstance(defect, (email_errors.StartBoundaryNotFoundDefect,
                                   email_errors.CloseBoundaryNotFoundDefect)):
                raise MessageDecodeError(_translate("EmailImport", 
                    "The message is incomplete: its MIME parts are cut off (the file or archive may be "
                    "truncated)."))
            if isinstance(defect, email_errors.NoBoundaryInMultipartDefect):
                raise MessageDecodeError(_translate(
                    "EmailImport", "The message is malformed: a multipart message has no boundary."))


def decode_message(raw: bytes) -> DecodedMessage:
    """Decode one message's bytes. Raises MessageDecodeError when they are not a readable message."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        msg = BytesParser(policy=policy.default).parsebytes(raw)
    except Exception as exc:  # noqa: BLE001 - the parser is tolerant; anything escaping it is a broken message
        raise MessageDecodeError(_translate(
            "EmailImport", "The message cannot be read: {error}").format(error=exc)) from exc
    _check_structure(msg, raw)
    notes: list[str] = []
    body_parts = _choose_body(msg)
    hints = tuple(c for c in (_charset(p) for p in body_parts) if c)
    subject = _header_text(_raw_header(msg, "Subject") or "", hints, notes, "Subject")
    name, address = _sender(_raw_header(msg, "From") or _raw_header(msg, "Sender")
                            or _raw_header(msg, "Reply-To"), hints, notes)
    recipients = [a.lower() for _, a in getaddresses([_raw_header(msg, "To") or ""]) if _ADDRESS.fullmatch(a)]
    texts, charsets, from_html = [], [], False
    for part in body_parts:
        data = _payload(part, notes)
        text, used, note = decode_text(data, _charset(part), hints)
        if note:
            notes.append(note)
        charsets.append(used)
        if part.get_content_type() == "text/html":
            text = html_to_text(text)
            from_html = True
        texts.append(text.replace("\r\n", "\n").replace("\r", "\n").strip("\n"))
    attachments = []
    chosen = {id(p) for p in body_parts}
    for part in _leaves(msg):
        if id(part) in chosen:
            continue
        filename = _filename(part, hints, notes)
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            data = inner.as_bytes(policy=policy.compat32) if isinstance(inner, Message) else b""
            attachments.append(DecodedAttachment(filename or "forwarded.eml", "message/rfc822", data))
            continue
        if not _is_attachment(part, filename):
            continue  # an alternative text rendering of the body; the raw message keeps it
        media = part.get_content_type()
        attachments.append(DecodedAttachment(filename or _default_name(media, len(attachments) + 1), media,
                                             _payload(part, notes)))
    return DecodedMessage(
        raw=raw, message_id=_message_id(_raw_header(msg, "Message-ID")), subject=subject, sender_name=name,
        sender_address=address, recipients=recipients, date=_date(_raw_header(msg, "Date")),
        body="\n\n".join(t for t in texts if t.strip()), body_from_html=from_html, charsets=charsets,
        attachments=attachments, notes=list(dict.fromkeys(notes)))


def _leaves(msg: Message) -> Iterator[Message]:
    """The leaf parts in order; a forwarded message (message/rfc822) is one leaf, not opened."""
    if msg.get_content_type() == "message/rfc822" or not msg.is_multipart():
        yield msg
        return
    for child in msg.get_payload():
        if isinstance(child, Message):
            yield from _leaves(child)


def _default_name(media: str, n: int) -> str:
    import mimetypes

    ext = mimetypes.guess_extension(media) or ".bin"
    return f"attachment-{n}{ext}"


# ---- mbox ---------------------------------------------------------------------------------------

# "From jan@example.pl Mon Jan 12 10:00:00 2026", "From - Mon Jan 12 10:00:00 2026", "From MAILER-DAEMON ..."
_FROM_LINE = re.compile(rb"^From \S*\s.*\d{1,2}:\d{2}(?::\d{2})?.*\d{4}\s*$")


def looks_like_mbox(path: Path) -> bool:
    with open(path, "rb") as fh:
        head = fh.readline(4096)
    return bool(_FROM_LINE.match(head.rstrip(b"\r\n")))


def iter_mbox(path: Path) -> Iterator[tuple[int, bytes, int]]:
    """(1-based index, message bytes, bytes read so far) for each message of an mbox archive.

    A tolerant splitter: a new message starts at a "From " line that carries a time and a year (so a
    body line that starts with "From " does not split a message), ``>From `` is unescaped (mboxrd), and
    a truncated last message is yielded as it is (decoding then reports it)."""
    index, lines, read = 0, [], 0

    def finish() -> bytes:
        data = b"".join(lines)
        if data.endswith(b"\r\n\r\n"):
            data = data[:-2]
        elif data.endswith(b"\n\n"):
            data = data[:-1]
        return data

    with open(path, "rb") as fh:
        for line in fh:
            read += len(line)
            if line.startswith(b"From ") and _FROM_LINE.match(line.rstrip(b"\r\n")):
                if index:
                    yield index, finish(), read - len(line)
                index += 1
                lines = []
                continue
            if re.match(rb">+From ", line):
                line = line[1:]
            lines.append(line)
    if index:
        yield index, finish(), read
    elif lines:  # no "From " line at all: not an mbox; the caller reads it as one message
        yield 1, b"".join(lines), read
