"""The narrative generator on crafted facts: size classes exactly at the thresholds (money and counts by the
relative change, rates by percentage points), the direction words chosen by higher_is_better, against target
above / on / below (and a zero target), the numbers in the report language's formats (1.234,56 € in German,
€1.24 m from a million on), and the choice of the most important changes for the summary.

The sentences' wording in Italian, Polish and German comes with the translation update; here German is checked
for its number formats (the English source text carries them until then)."""

from decimal import Decimal as D

import pytest

from collectdesk.reports import narrative as n
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import ColumnKind as K
from collectdesk.reports.model import Direction, Fact


def money(value, previous=None, target=None, cur="EUR", label="Collected (EUR)", better=True):
    return Fact("m", label, D(value), K.MONEY, cur, previous=None if previous is None else D(previous),
                target=None if target is None else D(target), higher_is_better=better)


def rate(value, previous=None, target=None, label="Broken promise rate", better=False):
    return Fact("r", label, D(value), K.PERCENT, previous=None if previous is None else D(previous),
                target=None if target is None else D(target), higher_is_better=better)


@pytest.fixture(scope="module")
def en():
    return ReportLanguage("en")


@pytest.fixture(scope="module")
def de():
    return ReportLanguage("de")


@pytest.mark.parametrize("value, size", [
    ("100.99", "flat"), ("101.00", "slight"), ("99.01", "flat"), ("99.00", "slight"),
    ("104.99", "slight"), ("105.00", "moderate"), ("95.00", "moderate"),
    ("114.99", "moderate"), ("115.00", "sharp"), ("85.00", "sharp"), ("100.00", "flat")])
def test_money_sizes_at_the_boundaries(value, size):
    assert n.size_class(money(value, "100.00")) == size


@pytest.mark.parametrize("value, size", [
    ("0.20499", "flat"), ("0.205", "slight"), ("0.19501", "flat"), ("0.195", "slight"),
    ("0.21999", "slight"), ("0.22", "moderate"), ("0.24999", "moderate"), ("0.25", "sharp"), ("0.15", "sharp")])
def test_rate_sizes_in_percentage_points(value, size):
    # 20 % before: 0.5 pp, 2 pp and 5 pp are the boundaries, whatever the relative change
    assert n.size_class(rate(value, "0.20")) == size


def test_counts_and_zero_previous():
    assert n.size_class(Fact("c", "Promises made", 0, K.INTEGER, previous=0)) == "flat"
    assert n.size_class(Fact("c", "Promises made", 3, K.INTEGER, previous=0)) == "sharp"
    assert n.size_class(Fact("c", "Promises made", 104, K.INTEGER, previous=100)) == "slight"
    assert n.size_class(money("100.00")) == "flat"  # no previous value: nothing to size


def test_direction_and_goodness_follow_higher_is_better():
    up_good = money("130.00", "100.00")
    up_bad = rate("0.31", "0.242")
    down_good = rate("0.18", "0.242")
    down_bad = money("80.00", "100.00")
    assert (n.direction(up_good), n.is_good(up_good)) == (Direction.UP, True)
    assert (n.direction(up_bad), n.is_good(up_bad)) == (Direction.UP, False)
    assert (n.direction(down_good), n.is_good(down_good)) == (Direction.DOWN, True)
    assert (n.direction(down_bad), n.is_good(down_bad)) == (Direction.DOWN, False)
    assert n.direction(money("100.50", "100.00")) is Direction.FLAT and n.is_good(money("100.50", "100.00")) is None


def test_change_sentences_in_english(en):
    assert n.change_sentence(en, money("1240000.00", "1050000.00"), "September 2026") == (
        "Collected (EUR) rose sharply to €1.24\u00a0m (September 2026: €1.05\u00a0m, +18.1\u00a0%).")
    assert n.change_sentence(en, money("1030.00", "1000.00"), "September 2026") == (
        "Collected (EUR) rose slightly to €1,030.00 (September 2026: €1,000.00, +3.0\u00a0%).")
    assert n.change_sentence(en, money("900.00", "1000.00"), "the previous period") == (
        "Collected (EUR) fell to €900.00 (the previous period: €1,000.00, -10.0\u00a0%).")
    assert n.change_sentence(en, money("1004.00", "1000.00"), "week 40") == (
        "Collected (EUR) held steady at €1,004.00 (week 40: €1,000.00, +0.4\u00a0%).")
    # lower is better: the same upward move is a worsening, the downward one an improvement
    assert n.change_sentence(en, rate("0.31", "0.242"), "September 2026") == (
        "Broken promise rate worsened sharply, rising to 31.0\u00a0% (September 2026: 24.2\u00a0%, +6.8 pp).")
    assert n.change_sentence(en, rate("0.23", "0.242"), "September 2026") == (
        "Broken promise rate improved slightly, falling to 23.0\u00a0% (September 2026: 24.2\u00a0%, -1.2 pp).")
    kept = rate("0.23", "0.242", label="Kept rate", better=True)
    assert n.change_sentence(en, kept, "September 2026").startswith("Kept rate slipped slightly to 23.0")
    # from nothing: the change is the amount itself
    assert n.change_sentence(en, Fact("c", "Promises made", 12, K.INTEGER, previous=0), "March 2026") == (
        "Promises made rose sharply to 12 (March 2026: 0, +12).")
    assert n.change_sentence(en, money("250.00", "0.00"), "March 2026").endswith("(March 2026: €0.00, +€250.00).")
    assert n.change_sentence(en, money("250.00"), "March 2026") == "Collected (EUR) stood at €250.00."
    missing = Fact("x", "CEI (EUR)", None, K.PERCENT)
    assert n.change_sentence(en, missing, "x") == "CEI (EUR): no figure for this period."


def test_target_sentences_above_on_below(en):
    assert n.target_sentence(en, money("1240000.00", target="1320000.00")) == (
        "Collected (EUR) reached €1.24\u00a0m, 6.1\u00a0% below the target of €1.32\u00a0m.")
    assert n.target_sentence(en, money("1100.00", target="1000.00")) == (
        "Collected (EUR) reached €1,100.00, 10.0\u00a0% above the target of €1,000.00.")
    assert n.target_sentence(en, money("2000.00", target="1000.00")) == (
        "Collected (EUR) reached €2,000.00, well above the target of €1,000.00 (by 100.0\u00a0%).")
    assert n.target_sentence(en, money("500.00", target="1000.00")) == (
        "Collected (EUR) reached €500.00, well short of the target of €1,000.00 (by 50.0\u00a0%).")
    assert n.target_sentence(en, money("1009.99", target="1000.00")) == (
        "Collected (EUR) reached €1,009.99, on target (€1,000.00).")
    assert n.target_sentence(en, rate("0.31", target="0.20")) == (
        "Broken promise rate stood at 31.0\u00a0%, well above the target of 20.0\u00a0% (by 11.0 pp): "
        "clearly worse than planned.")
    assert n.target_sentence(en, rate("0.19", target="0.20")) == (
        "Broken promise rate stood at 19.0\u00a0%, 1.0 pp below the target of 20.0\u00a0%: better than planned.")
    assert n.target_sentence(en, money("100.00")) is None


def test_a_zero_target(en):
    complaints = Fact("c", "Complaints", 5, K.INTEGER, target=0, higher_is_better=False)
    assert n.target_size(complaints) == "sharp"
    assert n.target_sentence(en, complaints) == (
        "Complaints stood at 5, well above the target of 0 (by 5): clearly worse than planned.")
    none = Fact("c", "Complaints", 0, K.INTEGER, target=0, higher_is_better=False)
    assert n.target_sentence(en, none) == "Complaints reached 0, on target (0)."
    assert n.target_sentence(en, money("250.00", target="0.00")) == (
        "Collected (EUR) reached €250.00, well above the target of €0.00 (by €250.00).")


def test_german_number_formats(de):
    sentence = n.change_sentence(de, money("1234.56", "1100.00"), "September 2026")
    assert "1.234,56\u00a0€" in sentence and "1.100,00\u00a0€" in sentence and "+12,2\u00a0%" in sentence
    million = de.translate("Narrative", "{value} m", "money in millions, e.g. €1.24 m").format(value="1,24").replace(" ", "\u00a0")
    assert f"{million}\u00a0€" in n.change_sentence(de, money("1240000.00", "1050000.00"), "September 2026")
    assert "31,0\u00a0%" in n.change_sentence(de, rate("0.31", "0.242"), "September 2026")
    points = de.translate("ReportFormats", "{value} pp", "percentage points").format(value="+6,8")  # +6,8 Pp.
    assert points in n.change_sentence(de, rate("0.31", "0.242"), "September 2026")
    target = n.target_sentence(de, money("1234.56", target="1500.00", cur="PLN", label="Collected (PLN)"))
    assert "1.234,56\u00a0PLN" in target and "1.500,00\u00a0PLN" in target and "17,7\u00a0%" in target


def test_compact_money(en, de):
    assert n.compact_money(en, D("1234567.89"), "EUR") == "€1.23\u00a0m"
    assert n.compact_money(en, D("-2500000.00"), "EUR") == "-€2.50\u00a0m"
    assert n.compact_money(en, D("999999.99"), "EUR") == "€999,999.99"
    assert n.compact_money(en, D("1500.00"), "EUR", signed=True) == "+€1,500.00"
    million = de.translate("Narrative", "{value} m", "money in millions, e.g. €1.24 m").format(value="1,23").replace(" ", "\u00a0")
    assert n.compact_money(de, D("1234567.89"), "EUR") == f"{million}\u00a0€"  # German: 1,23 Mio. €
    assert n.compact_money(de, D("1234.50"), "PLN") == "1.234,50\u00a0PLN"


def test_most_important_takes_the_largest_changes_first():
    sharp_rate = rate("0.31", "0.20")                    # +11 pp: 2.2 x the sharp threshold
    sharp_money = money("200.00", "100.00")              # +100 %: 6.7 x
    moderate = money("110.00", "100.00", label="Promised (EUR)")
    slight = Fact("p", "Payments", 103, K.INTEGER, previous=100)
    flat = Fact("f", "Promises made", 100, K.INTEGER, previous=100)
    chosen = n.most_important([flat, slight, moderate, sharp_rate, sharp_money], n=3)
    assert chosen == [sharp_money, sharp_rate, moderate]
    # fewer moving facts than the minimum: flat ones fill up
    assert n.most_important([flat, slight], n=5, minimum=3) == [slight, flat]
    assert n.most_important([money("1.00")], n=5) == []  # nothing to compare with
