"""Public holidays per country and region, and business days, as the calling-hour and deadline rules see them."""

from datetime import date

import pytest

from collectdesk.compliance.calendar import (
    add_business_days, holiday_name, is_business_day, is_public_holiday, known_country,
)


@pytest.mark.parametrize(("country", "region", "day", "holiday"), [
    # German holidays per Land
    ("DE", "SL", date(2026, 8, 15), True),    # Mariä Himmelfahrt: Saarland
    ("DE", "BE", date(2026, 8, 15), False),   # ... not Berlin
    ("DE", "DE-SL", date(2026, 8, 15), True),  # ISO 3166-2 with the country prefix
    ("DE", "BY", date(2026, 11, 1), True),    # Allerheiligen: Bavaria
    ("DE", "HH", date(2026, 11, 1), False),   # ... not Hamburg
    ("DE", None, date(2026, 10, 3), True),    # Tag der Deutschen Einheit everywhere
    ("DE", None, date(2026, 8, 15), False),
    # Italy, with a province's patron saint
    ("IT", None, date(2026, 4, 25), True),    # Festa della Liberazione
    ("IT", None, date(2026, 6, 2), True),     # Festa della Repubblica
    ("IT", "MI", date(2026, 12, 7), True),    # Sant'Ambrogio, Milano
    ("IT", None, date(2026, 12, 7), False),
    # Poland
    ("PL", None, date(2026, 5, 3), True),
    ("PL", None, date(2026, 11, 11), True),
    ("PL", None, date(2026, 11, 12), False),
    # United States: federal legal public holidays on their statutory dates, no state holidays
    ("US", None, date(2026, 7, 4), True),
    ("US", None, date(2026, 7, 3), False),    # "observed" Friday is not a 5 U.S.C. 6103(a) holiday
    ("US", "CA", date(2026, 3, 31), False),   # Cesar Chavez Day is a California holiday only
    ("US", None, date(2026, 6, 19), True),    # Juneteenth
    # United Kingdom per nation
    ("GB", "SCT", date(2026, 11, 30), True),  # St Andrew's Day
    ("GB", "ENG", date(2026, 11, 30), False),
])
def test_public_holidays_by_country_and_region(country, region, day, holiday):
    assert is_public_holiday(country, region, day) is holiday


@pytest.mark.parametrize(("country", "region"), [("XX", None), ("", None), (None, None), ("ZZ", "ZZ")])
def test_an_unknown_country_has_no_holidays_and_never_fails(country, region):
    assert not is_public_holiday(country, region, date(2026, 1, 1))
    assert holiday_name(country, region, date(2026, 12, 25)) is None
    assert not known_country(country)


def test_an_unknown_region_falls_back_to_the_national_holidays():
    assert is_public_holiday("DE", "ZZ", date(2026, 10, 3))
    assert not is_public_holiday("DE", "ZZ", date(2026, 8, 15))


def test_holiday_names_in_the_readers_language():
    assert holiday_name("DE", "SL", date(2026, 8, 15), "de") == "Mariä Himmelfahrt"
    assert holiday_name("DE", "SL", date(2026, 8, 15)) == "Mariä Himmelfahrt"  # the country's own language
    assert holiday_name("DE", "SL", date(2026, 8, 15), "en") == "Assumption Day"
    assert holiday_name("PL", None, date(2026, 11, 11), "pl") == "Narodowe Święto Niepodległości"
    assert holiday_name("IT", None, date(2026, 6, 2), "it") == "Festa della Repubblica"
    assert holiday_name("DE", "BE", date(2026, 8, 15), "de") is None


def test_business_days_skip_weekends_and_holidays():
    # 12 CFR 1006.34(b)(5): provided Friday 14 June 2024, 19 June is a federal holiday -> Monday 24 June
    assert add_business_days(date(2024, 6, 14), 5, "US", None) == date(2024, 6, 24)
    assert add_business_days(date(2024, 6, 14), 5, "XX", None) == date(2024, 6, 21)
    # Fronleichnam, Thursday 4 June 2026: a holiday in Bavaria, not in Hamburg
    assert add_business_days(date(2026, 6, 3), 1, "DE", "BY") == date(2026, 6, 5)
    assert add_business_days(date(2026, 6, 3), 1, "DE", "HH") == date(2026, 6, 4)
    # Christmas in Germany: 23 Dec 2026 (Wed) + 2 -> 24 (Thu), 25 and 26 holidays, 27 Sunday, 28 (Mon)
    assert add_business_days(date(2026, 12, 23), 2, "DE", "HH") == date(2026, 12, 28)
    assert add_business_days(date(2026, 12, 28), -2, "DE", "HH") == date(2026, 12, 23)
    assert add_business_days(date(2026, 12, 26), 0, "DE", None) == date(2026, 12, 26)
    assert not is_business_day(date(2026, 12, 26), "DE", None) and is_business_day(date(2026, 12, 28), "DE", None)
