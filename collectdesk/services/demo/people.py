"""Who people are: names, addresses, phone numbers, e-mail addresses and tax ids, in each country's form."""

from __future__ import annotations

import functools
import unicodedata

from collectdesk.services.demo import names as N
from collectdesk.services.demo.core import Gen, weighted

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "ı": "i", "ş": "s", "Ş": "S", "'": "", " ": "", "-": ""})


@functools.lru_cache(maxsize=4096)
def ascii_fold(text: str) -> str:
    """'Łukasz Wójcik' -> 'LukaszWojcik': for usernames and e-mail addresses."""
    text = text.translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def polish_surname(surname: str, gender: str) -> str:
    if gender == "f":
        for masc, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if surname.endswith(masc):
                return surname[: -len(masc)] + fem
    return surname


def person_name(g: Gen, country: str, gender: str | None = None) -> tuple[str, str, str]:
    """(first, last, gender)"""
    gender = gender or ("f" if g.rng.random() < 0.5 else "m")
    first = g.pick(N.FIRST_NAMES[(country, gender)])
    last = g.pick(N.SURNAMES[country])
    if country == "PL":
        last = polish_surname(last, gender)
    return first, last, gender


def company_name(g: Gen, country: str) -> str:
    first, last, _ = person_name(g, country)
    return g.pick(N.COMPANY_PATTERNS[country]).format(surname=last, first=first)


_CITY_TABLES = {c: weighted((city, city.weight) for city in cities) for c, cities in N.CITIES.items()}


def city_for(g: Gen, country: str) -> N.City:
    return g.pick(_CITY_TABLES[country])


def address(g: Gen, country: str, city: N.City) -> str:
    """Two lines, as on an envelope."""
    rng = g.rng
    street = g.pick(N.STREETS[country])
    number = rng.randint(1, 180)
    code = rng.randint(city.postcode_low, city.postcode_high)
    if country == "IT":
        return f"{street} {number}\n{code:05d} {city.name} {city.region}"
    if country == "PL":
        flat = f" m. {rng.randint(1, 80)}" if rng.random() < 0.55 else ""
        return f"{street} {number}{flat}\n{code // 1000:02d}-{code % 1000:03d} {city.name}"
    suffix = "abc"[rng.randrange(3)] if rng.random() < 0.08 else ""
    return f"{street} {number}{suffix}\n{code:05d} {city.name}"


def _digits(g: Gen, n: int) -> str:
    return str(g.rng.randrange(10 ** (n - 1), 10 ** n))


def mobile(g: Gen, country: str) -> str:
    prefix = g.pick(N.MOBILE_PREFIXES[country])
    if country == "IT":
        return f"+39 {prefix} {_digits(g, 3)} {_digits(g, 4)}"
    if country == "PL":
        return f"+48 {prefix} {_digits(g, 3)} {_digits(g, 3)}"
    return f"+49 {prefix} {_digits(g, 7 + g.rng.randrange(2))}"


def landline(g: Gen, country: str, city: N.City) -> str:
    area = city.area_code
    if country == "IT":
        rest = _digits(g, 10 - len(area))
        return f"+39 {area} {rest[:len(rest) // 2]} {rest[len(rest) // 2:]}"
    if country == "PL":
        rest = _digits(g, 7)
        return f"+48 {area} {rest[:3]} {rest[3:5]} {rest[5:]}"
    return f"+49 {area} {_digits(g, 10 - len(area))}"


_NOT_DIGITS = str.maketrans("", "", "+ -/()")


def phone_key(phone: str) -> str:
    """Digits only, as DebtorContact.search_key holds them."""
    return phone.translate(_NOT_DIGITS)


def person_email(g: Gen, country: str, first: str, last: str) -> str:
    local = f"{ascii_fold(first)}.{ascii_fold(last)}".lower()
    if g.rng.random() < 0.4:
        local += str(g.rng.randint(1, 99))
    return f"{local}@{g.pick(N.MAIL_DOMAINS[country])}"


def company_email(g: Gen, country: str, name: str) -> str:
    word = ascii_fold(name.split()[0] if not name.split()[0].endswith(".") else name.split()[1]).lower()
    box = {"IT": "amministrazione", "PL": "biuro", "DE": "info"}[country]
    return f"{box}@{word}{g.rng.randint(1, 999)}.example"


def username(first: str, last: str, taken: set[str]) -> str:
    base = f"{ascii_fold(first)[:1]}.{ascii_fold(last)}".lower()
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}{n}"
    taken.add(name)
    return name


# --- tax ids with their real check digits -------------------------------------------------------------

def pesel(g: Gen, birth_ordinal: int, gender: str) -> str:
    from datetime import date

    b = date.fromordinal(birth_ordinal)
    month = b.month + (20 if b.year >= 2000 else 0)
    serial = g.rng.randrange(0, 1000)
    sex = g.rng.randrange(0, 10, 2) + (1 if gender == "m" else 0)
    body = f"{b.year % 100:02d}{month:02d}{b.day:02d}{serial:03d}{sex}"
    check = (10 - sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3))) % 10) % 10
    return body + str(check)


def nip(g: Gen) -> str:
    while True:
        body = _digits(g, 9)
        check = sum(int(d) * w for d, w in zip(body, (6, 5, 7, 2, 3, 4, 5, 6, 7))) % 11
        if check != 10:
            d = body + str(check)
            return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}"


def partita_iva(g: Gen) -> str:
    body = f"{g.rng.randrange(10 ** 7):07d}{g.rng.randint(1, 100):03d}"
    total = 0
    for i, ch in enumerate(body):
        d = int(ch)
        if i % 2:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return f"IT{body}{(10 - total % 10) % 10}"


def ust_idnr(g: Gen) -> str:
    body = _digits(g, 8)
    product = 10
    for ch in body:
        s = (int(ch) + product) % 10 or 10
        product = (2 * s) % 11
    check = 11 - product
    return f"DE{body}{0 if check == 10 else check}"


_CF_MONTHS = "ABCDEHLMPRST"
_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   (1, 0, 5, 7, 9, 13, 15, 17, 19, 21) + (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3,
                                                          6, 8, 12, 14, 16, 10, 22, 25, 24, 23)))
_CF_EVEN = {**{str(i): i for i in range(10)}, **{chr(65 + i): i for i in range(26)}}
_BELFIORE = {"Milano": "F205", "Monza": "F704", "Bergamo": "A794", "Brescia": "B157", "Como": "C933",
             "Cantù": "B639", "Torino": "L219", "Genova": "D969", "Bologna": "A944", "Forlì": "D704",
             "Verona": "L781", "Padova": "G224", "Napoli": "F839", "Salerno": "H703", "Caserta": "B963",
             "Roma": "H501", "Bari": "A662", "Palermo": "G273", "Catania": "C351", "Reggio Calabria": "H224"}


@functools.lru_cache(maxsize=4096)
def _cf_part(word: str, is_first: bool) -> str:
    letters = ascii_fold(word).upper()
    cons = [c for c in letters if c.isalpha() and c not in "AEIOU"]
    vows = [c for c in letters if c in "AEIOU"]
    if is_first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


def codice_fiscale(first: str, last: str, birth_ordinal: int, gender: str, city: str) -> str:
    from datetime import date

    b = date.fromordinal(birth_ordinal)
    day = b.day + (40 if gender == "f" else 0)
    body = (f"{_cf_part(last, False)}{_cf_part(first, True)}{b.year % 100:02d}{_CF_MONTHS[b.month - 1]}"
            f"{day:02d}{_BELFIORE.get(city, 'F205')}")
    total = sum((_CF_ODD if i % 2 == 0 else _CF_EVEN)[c] for i, c in enumerate(body))
    return body + chr(65 + total % 26)
