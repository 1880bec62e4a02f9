"""Proposed terms read as a sentence in every language: "12 installments, monthly, first due …"."""

from datetime import date

import pytest

from collectdesk import i18n
from collectdesk.ui.escalations.case_summary import terms_text

TERMS = {"installments": 12, "frequency": "monthly", "first_due": "2026-11-16"}


@pytest.mark.parametrize("lang, expected", [
    ("en", "12 installments, monthly, first due "),
    ("pl", ", co miesiąc, "),
    ("de", ", monatlich, "),
    ("it", ", cadenza mensile, "),
])
def test_plan_frequency_is_written_inside_the_sentence(lang, expected):
    i18n.install(lang)
    try:
        text = terms_text(TERMS, "EUR")
        assert expected in text
        assert i18n.format_date(date(2026, 11, 16)) in text
    finally:
        i18n.install("en")
