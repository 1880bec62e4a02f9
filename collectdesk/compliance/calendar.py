"""Public holidays per country and region, for calling-hour rules and business-day deadlines.

Built on the ``holidays`` library. A region is the debtor's ISO 3166-2 subdivision, with or without the
country prefix ("BY" or "DE-BY"): German holidays differ per Land (15 August is a holiday in Saarland,
not in Berlin), British ones per nation ("SCT"), Italian provinces add their patron saint's day ("MI":
7 December). A region the library does not know gives the country's national holidays; a country it does
not know gives no holidays. Nothing here raises for an unknown country or region: a compliance check must
not stop because a debtor's address has an unusual code.

United States: only the federal legal public holidays of 5 U.S.C. 6103(a), on their statutory dates
(no "observed" Friday or Monday, no state holidays), because that is what Regulation F counts when it
excludes holidays (12 CFR 1006.34(b)(5)); the debtor's state is ignored.

Results are cached per (country, region, year) (and language, for names).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache

import holidays as _holidays

# countries whose holiday rules must not take the region (or observed days) into account
_NATIONAL_ONLY = {"US"}


def _normalise(country: str | None, region: str | None) -> tuple[str, str | None]:
    country = (country or "").strip().upper()
    region = (region or "").strip().upper() or None
    if region and "-" in region:
        prefix, _, rest = region.partition("-")
        if prefix == country:
            region = rest or None
    if country in _NATIONAL_ONLY:
        region = None
    return country, region


def _language(cls, language: str | None) -> str | None:
    """The library's language closest to an app language code ("de", "it", "pl", "en")."""
    if not language:
        return getattr(cls, "default_language", None)
    supported = getattr(cls, "supported_languages", ()) or ()
    code = language.replace("-", "_")
    for candidate in (code, code.split("_")[0]):
        if candidate in supported:
            return candidate
    return next((s for s in supported if s.split("_")[0] == code.split("_")[0]),
                getattr(cls, "default_language", None))


@lru_cache(maxsize=512)
def _table(country: str, region: str | None, year: int, language: str | None) -> Mapping[date, str]:
    if not country:
        return {}
    observed = country not in _NATIONAL_ONLY
    try:
        cls = type(_holidays.country_holidays(country))
    except (NotImplementedError, KeyError, ValueError, AttributeError):
        return {}
    lang = _language(cls, language)
    for subdiv in ((region, None) if region else (None,)):
        try:
            table = _holidays.country_holidays(country, subdiv=subdiv, years=year, language=lang,
                                               observed=observed)
        except (NotImplementedError, KeyError, ValueError, AttributeError):
            continue  # an unknown region: fall back to the national holidays
        return dict(table)
    return {}


def known_country(country: str | None) -> bool:
    """Whether the holiday calendar has this country at all."""
    country, _ = _normalise(country, None)
    if not country:
        return False
    try:
        _holidays.country_holidays(country)
    except (NotImplementedError, KeyError, ValueError, AttributeError):
        return False
    return True


def holidays_in(country: str | None, region: str | None, year: int,
                language: str | None = None) -> Mapping[date, str]:
    """Every public holiday of the year: {day: name}. Empty for an unknown country."""
    country, region = _normalise(country, region)
    return _table(country, region, year, language)


def is_public_holiday(country: str | None, region: str | None, day: date) -> bool:
    return day in holidays_in(country, region, day.year)


def holiday_name(country: str | None, region: str | None, day: date, language: str | None = None) -> str | None:
    """The holiday's name in `language` ("de", "it", "pl", "en"; None: the country's own language), or None
    when `day` is not a public holiday there."""
    return holidays_in(country, region, day.year, language).get(day)


def is_business_day(day: date, country: str | None, region: str | None) -> bool:
    """Monday to Friday and not a public holiday."""
    return day.weekday() < 5 and not is_public_holiday(country, region, day)


def add_business_days(start: date, n: int, country: str | None, region: str | None) -> date:
    """The day `n` business days after `start` (start itself not counted; negative `n` goes back).

    12 CFR 1006.34(b)(5) example: sent Friday 14 June 2024, five business days excluding the 19 June
    federal holiday -> Monday 24 June 2024."""
    step = 1 if n >= 0 else -1
    day, left = start, abs(n)
    while left:
        day += timedelta(days=step)
        if is_business_day(day, country, region):
            left -= 1
    return day
