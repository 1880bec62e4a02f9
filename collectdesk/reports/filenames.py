"""E-mail-ready file names for generated reports: ASCII only, lower case, no spaces, nothing a mail program or
a Windows share would mangle.

    <kind>[-<scope>]-<period>-<lang>[-with-tables][-<recipient>].<ext>

    collections-2026-10-de.pdf                      a whole month
    collections-2026-10-01_2026-10-07-de.xlsx       any other range (a week, a quarter, a custom range)
    collections-2026-10-05-it.pdf                   a single day
    collections-milano-centro-2026-10-it.pdf        a report for one branch or team (its name, transliterated)
    collections-2026-10-pl-with-tables.pdf          the narrative with the tables appended ("both")
    collections-2026-10-de-juergen-mueller.pdf     a batch copy for one recipient

Transliteration (decided here, used for scope and recipient names): German umlauts as German writes them
without umlauts (ä ae, ö oe, ü ue, ß ss, so "Müller" stays "Mueller" and not "Muller"); Polish ł l; æ ae,
ø o, œ oe, đ d, þ th; every other accented letter loses its accent (ś s, ż z, è e, ç c). Anything that is not
a letter or a digit becomes a hyphen; runs of hyphens collapse. A name with nothing left (all symbols or a
script without a Latin transliteration) is left out of the file name.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date

# letters NFKD does not decompose into a base letter plus an accent, and the German convention for umlauts
_SPECIAL = {
    "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS",
    "ł": "l", "Ł": "L", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "OE",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H",
}
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
SLUG_LENGTH = 40
TABLES_SUFFIX = "with-tables"


def transliterate(text: str) -> str:
    """`text` in ASCII letters: 'Jürgen Łukasz Żółć' -> 'Juergen Lukasz Zolc'."""
    out = "".join(_SPECIAL.get(ch, ch) for ch in text)
    out = unicodedata.normalize("NFKD", out)
    return "".join(ch for ch in out if not unicodedata.combining(ch)).encode("ascii", "ignore").decode("ascii")


def slug(text: str | None, max_length: int = SLUG_LENGTH) -> str:
    """'Milano Centro / Nord' -> 'milano-centro-nord'; '' when nothing usable is left."""
    if not text:
        return ""
    out = _NOT_ALNUM.sub("-", transliterate(text).lower()).strip("-")
    if len(out) > max_length:
        out = out[:max_length].rstrip("-")
    return out


def period_part(start: date, end: date) -> str:
    """2026-10 for a whole month, 2026-10-05 for one day, 2026-10-01_2026-10-07 for anything else."""
    if start.day == 1 and start.year == end.year and start.month == end.month \
            and end.day == calendar.monthrange(end.year, end.month)[1]:
        return f"{start:%Y-%m}"
    if start == end:
        return start.isoformat()
    return f"{start.isoformat()}_{end.isoformat()}"


def report_filename(kind: str, start: date, end: date, language: str, extension: str, *,
                    scope: str | None = None, tables_appended: bool = False, recipient: str | None = None) -> str:
    """The file name of one generated file (see the module docstring)."""
    parts = [slug(str(kind)) or "report"]
    if scope_part := slug(scope):
        parts.append(scope_part)
    parts.append(period_part(start, end))
    parts.append(slug(language, 8) or "en")
    if tables_appended:
        parts.append(TABLES_SUFFIX)
    if recipient_part := slug(recipient):
        parts.append(recipient_part)
    return "-".join(parts) + "." + (slug(extension.lstrip("."), 8) or "bin")


def unique_names(names: list[str]) -> list[str]:
    """The same names, with -2, -3 ... before the extension where one repeats (two recipients whose names
    transliterate alike must not overwrite each other's copy)."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        stem, dot, ext = name.rpartition(".")
        if not dot:
            stem, ext = name, ""
        n = seen.get(name, 0) + 1
        seen[name] = n
        candidate = name if n == 1 else f"{stem}-{n}{dot}{ext}"
        while candidate in out:
            n += 1
            candidate = f"{stem}-{n}{dot}{ext}"
        out.append(candidate)
    return out
