"""Which text encoding a CSV file is in.

Rule: an explicit `encoding` wins. Otherwise a byte-order mark decides (UTF-8 or UTF-16); otherwise
the whole file is checked as strict UTF-8 (an incremental decoder over 1 MiB chunks: about 0.1 s
per 100 MB, and a cp1250/cp1252 file fails at its first accented letter). A file that is not UTF-8
is one of the two Windows code pages European exports use: cp1250 (Polish: ą ć ę ł ń ś ź ż) or
cp1252 (German and Italian: ä ö ü ß è ò). When both give the same text (ä ö ü ß are the same
bytes in both) cp1252 is reported. Otherwise the letters decide when they clearly can (Polish
letters from cp1250 against Italian/German ones from cp1252, see `_by_letters`; charset-normalizer
alone called "Niccolò, città" cp1250 here), and charset-normalizer, restricted to those two
pages, decides the rest.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from collectdesk.domain.errors import ValidationError
from collectdesk.services.imports import messages

CHUNK = 1 << 20
SAMPLE_LIMIT = 256 * 1024
WINDOWS_PAGES = ("cp1250", "cp1252")


def resolve_encoding(path: Path, override: str | None) -> str:
    """The Python codec to read `path` with."""
    head = _head(path)
    if override:
        try:
            name = codecs.lookup(override).name
        except LookupError:
            raise ValidationError(messages.unknown_encoding(override)) from None
        if name == "utf-8" and head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        return name
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = _utf8_or_sample(path)
    if sample is None:
        return "utf-8"
    return _windows_page(sample)


def _head(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.read(4)


def _utf8_or_sample(path: Path) -> bytes | None:
    """None when the whole file is valid UTF-8; otherwise up to 256 KiB of its non-ASCII lines."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                break
        else:
            try:
                decoder.decode(b"", final=True)
                return None
            except UnicodeDecodeError:
                pass
        f.seek(0)
        sample = bytearray()
        for line in f:
            if not line.isascii():
                sample += line
                if len(sample) >= SAMPLE_LIMIT:
                    break
        return bytes(sample)


def _windows_page(sample: bytes) -> str:
    decoded = {}
    for page in WINDOWS_PAGES:
        try:
            decoded[page] = sample.decode(page)
        except UnicodeDecodeError:
            pass
    if not decoded:
        raise ValidationError(messages.encoding_unknown())
    if len(decoded) == 1:
        return next(iter(decoded))
    if decoded["cp1250"] == decoded["cp1252"]:
        return "cp1252"
    by_letters = _by_letters(decoded)
    if by_letters is not None:
        return by_letters
    from charset_normalizer import from_bytes  # imported lazily: only non-UTF-8 files need it

    best = from_bytes(sample, cp_isolation=list(WINDOWS_PAGES)).best()
    if best is not None and best.encoding in decoded:
        return best.encoding
    return "cp1252"


# Letters the two decodings produce. Our debtors write Polish, German and Italian: a cp1250
# decoding full of Czech/Slovak letters (ŕ ň ě ů č) is an Italian file read wrongly; a cp1252
# decoding full of ¹ ³ ¿ œ is a Polish file read wrongly.
_POLISH = set("ąćęłńśźżĄĆĘŁŃŚŹŻ")
_NOT_POLISH = set("ŕňěůčřťďľĺőűşţăâîŔŇĚŮČŘŤĎĽĹŐŰŞŢĂÂÎ")
_WESTERN = set("äöüßÄÖÜàèéìòùÀÈÉÌÒÙ")
_NOT_WESTERN = set("¹³¿œŸæñ£¯ê¥ŒªºŠšŽž")


def _by_letters(decoded: dict[str, str]) -> str | None:
    """The page whose decoding reads as Polish, German or Italian; None when that does not decide."""
    d1250, d1252 = decoded["cp1250"], decoded["cp1252"]
    score_1250 = sum(ch in _POLISH for ch in d1250) - sum(ch in _NOT_POLISH for ch in d1250)
    score_1252 = sum(ch in _WESTERN for ch in d1252) - sum(ch in _NOT_WESTERN for ch in d1252)
    if score_1250 == score_1252:
        return None
    return "cp1250" if score_1250 > score_1252 else "cp1252"
