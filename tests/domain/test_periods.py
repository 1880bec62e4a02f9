"""Periods: month ends, leap years, ISO weeks (53-week years), comparisons and parsing."""

from datetime import date

import pytest

from collectdesk.domain.periods import Period, PeriodKind, iso_weeks_in_year, last_n, parse_period

K = PeriodKind


@pytest.mark.parametrize("text,kind,start,end", [
    ("2026-10", K.MONTH, date(2026, 10, 1), date(2026, 10, 31)),
    ("2024-02", K.MONTH, date(2024, 2, 1), date(2024, 2, 29)),
    ("2100-02", K.MONTH, date(2100, 2, 1), date(2100, 2, 28)),  # divisible by 100: not a leap year
    ("2000-02", K.MONTH, date(2000, 2, 1), date(2000, 2, 29)),  # divisible by 400: a leap year
    ("2026-Q3", K.QUARTER, date(2026, 7, 1), date(2026, 9, 30)),
    ("2026-q1", K.QUARTER, date(2026, 1, 1), date(2026, 3, 31)),
    ("2026", K.YEAR, date(2026, 1, 1), date(2026, 12, 31)),
    ("2026-W05", K.WEEK, date(2026, 1, 26), date(2026, 2, 1)),
    ("2026-W01", K.WEEK, date(2025, 12, 29), date(2026, 1, 4)),  # ISO week 1 starts in the old year
    ("2020-W53", K.WEEK, date(2020, 12, 28), date(2021, 1, 3)),
    ("2026-10-05", K.DAY, date(2026, 10, 5), date(2026, 10, 5)),
    ("2026-10-01..2026-10-15", K.CUSTOM, date(2026, 10, 1), date(2026, 10, 15)),
    (" 2026-10-01 .. 2026-10-01 ", K.CUSTOM, date(2026, 10, 1), date(2026, 10, 1)),
])
def test_parse(text, kind, start, end):
    assert parse_period(text) == Period(kind, start, end)


@pytest.mark.parametrize("bad,reason", [
    ("2026-13", "no month 13"),
    ("2026-00", "no month 0"),
    ("2026-Q5", ""),
    ("2025-W53", "2025 has ISO weeks 1 to 52"),
    ("2026-W00", "ISO weeks 1 to 53"),
    ("2026-02-30", "day is out of range"),
    ("2026-10-09..2026-10-01", "ends before it starts"),
    ("October", ""),
    ("", ""),
])
def test_bad_text_says_what_is_expected(bad, reason):
    with pytest.raises(ValueError) as err:
        parse_period(bad)
    message = str(err.value)
    assert message.startswith(f"not a period: {bad!r}")
    assert reason in message
    assert "2026-Q3" in message and "2026-W05" in message  # the forms that would work


def test_53_week_years():
    assert [y for y in range(2015, 2033) if iso_weeks_in_year(y) == 53] == [2015, 2020, 2026, 2032]
    w53 = parse_period("2026-W53")
    assert (w53.start, w53.end) == (date(2026, 12, 28), date(2027, 1, 3))
    assert w53.shift(1) == parse_period("2027-W01")
    assert w53.previous() == parse_period("2026-W52")
    # same week last year: 2025 has no week 53, so its last week (52) stands in
    assert w53.same_last_year() == parse_period("2025-W52")
    assert parse_period("2021-W10").same_last_year() == parse_period("2020-W10")


def test_previous_and_shift_keep_the_kind_and_month_ends():
    jan = parse_period("2024-01")
    assert jan.previous() == parse_period("2023-12")
    assert jan.shift(1) == Period(K.MONTH, date(2024, 2, 1), date(2024, 2, 29))
    assert jan.shift(13) == Period(K.MONTH, date(2025, 2, 1), date(2025, 2, 28))
    assert parse_period("2026-Q1").previous() == parse_period("2025-Q4")
    assert parse_period("2026").previous() == parse_period("2025")
    assert parse_period("2026-03-01").previous() == parse_period("2026-02-28")
    assert parse_period("2024-03-01").previous() == parse_period("2024-02-29")
    assert parse_period("2026-W01").previous() == parse_period("2025-W52")


def test_custom_previous_is_the_same_number_of_days_just_before():
    p = parse_period("2026-10-01..2026-10-15")
    assert p.previous() == Period(K.CUSTOM, date(2026, 9, 16), date(2026, 9, 30))
    assert p.previous().days == p.days == 15
    assert p.shift(2) == Period(K.CUSTOM, date(2026, 10, 31), date(2026, 11, 14))


def test_same_period_last_year():
    assert parse_period("2026-10").same_last_year() == parse_period("2025-10")
    assert parse_period("2024-02").same_last_year() == Period(K.MONTH, date(2023, 2, 1), date(2023, 2, 28))
    assert parse_period("2026-Q3").same_last_year() == parse_period("2025-Q3")
    assert parse_period("2026").same_last_year() == parse_period("2025")
    assert parse_period("2024-02-29").same_last_year() == parse_period("2023-02-28")
    assert parse_period("2024-02-20..2024-02-29").same_last_year() == Period(
        K.CUSTOM, date(2023, 2, 20), date(2023, 2, 28))


def test_containing():
    assert Period.containing(K.WEEK, date(2026, 10, 4)) == Period(K.WEEK, date(2026, 9, 28), date(2026, 10, 4))
    assert Period.containing("week", date(2026, 9, 28)).start == date(2026, 9, 28)  # a Monday starts its week
    assert Period.containing(K.QUARTER, date(2026, 11, 30)) == parse_period("2026-Q4")
    assert Period.containing(K.MONTH, date(2024, 2, 10)).end == date(2024, 2, 29)
    with pytest.raises(ValueError):
        Period.containing(K.CUSTOM, date(2026, 1, 1))


def test_a_period_must_be_whole():
    with pytest.raises(ValueError):
        Period(K.MONTH, date(2026, 10, 2), date(2026, 10, 31))
    with pytest.raises(ValueError):
        Period(K.CUSTOM, date(2026, 10, 2), date(2026, 10, 1))


def test_last_n_oldest_first_ending_with_the_period():
    months = last_n(parse_period("2026-02"), 12)
    assert len(months) == 12
    assert months[0] == parse_period("2025-03") and months[-1] == parse_period("2026-02")
    assert all((b.start - a.end).days == 1 for a, b in zip(months, months[1:]))  # no gap, no overlap
    assert last_n(parse_period("2026-02"), 1) == [parse_period("2026-02")]
    with pytest.raises(ValueError):
        last_n(parse_period("2026-02"), 0)


def test_label_round_trips():
    for text in ("2026-10", "2026-Q3", "2026", "2026-W05", "2026-10-05", "2026-10-01..2026-10-15"):
        assert parse_period(text).label() == text
