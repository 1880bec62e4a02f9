"""Every user-visible string is translated into Italian, Polish and German, and the shipped .qm match."""

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from collectdesk import i18n
from collectdesk.translations import update

LANGS = update.LANGUAGES


@pytest.mark.parametrize("lang", LANGS)
def test_no_unfinished_or_empty_translation(lang):
    assert update.problems(update.ts_path(lang)) == []


@pytest.mark.parametrize("lang", LANGS)
def test_lupdate_would_add_no_string(lang, tmp_path):
    copy = tmp_path / update.ts_path(lang).name
    shutil.copy(update.ts_path(lang), copy)
    update.lupdate([copy])
    missing = set(update.messages(copy)) - set(update.messages(update.ts_path(lang)))
    assert not missing, f"strings in the code but not in {copy.name}: {sorted(missing)[:20]}"


@pytest.mark.parametrize("lang", LANGS)
def test_shipped_qm_is_compiled_from_the_ts(lang, tmp_path):
    fresh = tmp_path / "fresh.qm"
    update.lrelease(update.ts_path(lang), fresh)
    assert update.qm_path(lang).read_bytes() == fresh.read_bytes(), "run python -m collectdesk.translations.update"


@pytest.fixture
def language():
    yield lambda code: i18n.install(code)
    i18n.install("en")


def test_messages_and_qt_buttons_follow_the_language(language):
    from PySide6.QtWidgets import QDialogButtonBox

    source = "Check passed."
    seen = set()
    for code, cancel in (("it", "Annulla"), ("pl", "Anuluj"), ("de", "Abbrechen")):
        language(code)
        text = QCoreApplication.translate("CLI", source)
        assert text != source
        seen.add(text)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel
    assert len(seen) == 3


def test_polish_plurals_have_three_forms(language):
    language("pl")
    forms = {QCoreApplication.translate("CLI", "%n promise(s) marked as broken.", "", n).split(" ", 1)[1]
             for n in (1, 3, 5)}
    assert len(forms) == 3


def test_money_and_dates_are_formatted_for_the_language(language):
    from datetime import date
    from decimal import Decimal

    language("de")
    assert i18n.format_money(Decimal("1234567.5"), "EUR") == "1.234.567,50\u00a0EUR"
    assert i18n.format_date(date(2026, 3, 31)).startswith("31.03.")
    language("en")
    assert i18n.format_money(Decimal("-1234.5"), "PLN") == "-1,234.50\u00a0PLN"


def test_lrelease_is_available():
    assert Path(update.tool("pyside6-lrelease")).exists() or shutil.which("pyside6-lrelease")
    subprocess.run([update.tool("pyside6-lrelease"), "-version"], check=True, capture_output=True)


def test_no_wrapper_functions_hide_strings_from_lupdate():
    """`def _tr(text): return QCoreApplication.translate("Ctx", text)` compiles, but lupdate extracts the
    `_tr("...")` calls with no context, so those messages are never translated (found in issue 4).
    Call QCoreApplication.translate (or a module alias of it) with the literal context instead."""
    import re
    from pathlib import Path

    wrapper = re.compile(r"def (\w+)\((\w+)[^)]*\)[^:]*:\s*\n(?:\s*\"\"\".*?\"\"\"\s*\n)?\s*return "
                         r"(?:QCoreApplication|QApplication)\.translate\(\s*\"[^\"]*\"\s*,\s*\2\s*\)", re.S)
    root = Path(__file__).resolve().parents[1] / "collectdesk"
    noop_alias = re.compile(r"^\s*(\w+)\s*=\s*QT_TRANSLATE_NOOP\b", re.M)  # lupdate reads the full name only
    found = [f"{path.relative_to(root.parent)}: {m.group(1)}" for path in root.rglob("*.py")
             for pattern in (wrapper, noop_alias) for m in pattern.finditer(path.read_text(encoding="utf-8"))]
    assert found == []
