"""The one place that installs translators and formats numbers, money and dates (QLocale).

Languages: English (source), Italian, Polish, German. The choice comes from `--lang`, then the
saved setting, then the operating system's locale; anything else falls back to English.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from decimal import Decimal
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SUPPORTED = ("en", "it", "pl", "de")
_installed: list[QTranslator] = []
_current = "en"


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """For code that is not a QObject. lupdate only sees literal QCoreApplication.translate calls,
    so use this only with strings that are also marked elsewhere (QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def system_language() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            code = value.split(":")[0][:2].lower()
            return code if code in SUPPORTED else "en"
    code = QLocale.system().name()[:2].lower()
    return code if code in SUPPORTED else "en"


def normalise(lang: str | None) -> str:
    if not lang:
        return system_language()
    code = lang.strip()[:2].lower()
    return code if code in SUPPORTED else "en"


def translations_dir() -> str:
    return str(resources.files("collectdesk.translations"))


def install(lang: str | None) -> str:
    """Install our translator and Qt's own for `lang`. Needs a Q(Core)Application. Returns the code."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QCoreApplication before installing translators")
    code = normalise(lang)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = QLocale(code)
    QLocale.setDefault(locale)
    _current = code
    if code != "en":
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    # English too: collectdesk_en.qm holds only the plural forms ("1 account", "5 accounts")
    own = QTranslator(app)
    if own.load(f"collectdesk_{code}", translations_dir()):
        app.installTranslator(own)
        _installed.append(own)
    return code


def current_language() -> str:
    return _current


def locale() -> QLocale:
    return QLocale(_current)


def format_decimal(value: Decimal, decimals: int = 2) -> str:
    # QLocale takes a float; go through the string so no binary rounding reaches the user.
    loc = locale()
    sign = "-" if value < 0 else ""
    q = abs(value).quantize(Decimal(1).scaleb(-decimals)) if decimals else abs(value).quantize(Decimal(1))
    whole, _, frac = f"{q:f}".partition(".")
    grouped = loc.toString(int(whole))
    if decimals:
        return f"{sign}{grouped}{loc.decimalPoint()}{frac}"
    return f"{sign}{grouped}"


def format_money(amount: Decimal, currency: str) -> str:
    """`1.234,50 EUR` in German, `1,234.50 EUR` in English: the ISO code avoids € / zł ambiguity."""
    return f"{format_decimal(amount)}\u00a0{currency}"


def format_date(value: date) -> str:
    return locale().toString(value, QLocale.FormatType.ShortFormat)


def format_datetime(value: datetime) -> str:
    return locale().toString(value.astimezone(), QLocale.FormatType.ShortFormat)


def format_count(n: int) -> str:
    return locale().toString(n)

