"""Debtors (people and companies) with their contacts and flags, and their accounts with a year of history."""

from __future__ import annotations

import math
from datetime import date

from collectdesk.services.demo import names as N
from collectdesk.services.demo import people as P
from collectdesk.services.demo.core import Deck, Gen, eur_equivalent, weighted
from collectdesk.services.demo.fates import FATES, paying_months, play
from collectdesk.services.demo.history import AccountRt, DebtorRt, Story
from collectdesk.services.demo.organisation import Org
from collectdesk.services.demo.rows import DAY, uuid_hex, uuid_text

COUNTRIES = weighted((("IT", 40), ("PL", 32), ("DE", 28)))
FOREIGN_LANGUAGES = {"IT": ("en", "de"), "PL": ("uk", "en"), "DE": ("pl", "it", "tr", "en")}
# aging buckets of accounts still being worked: every one appears in every 50 such accounts
BUCKETS = (("current", 3), ("1-30", 4), ("31-60", 4), ("61-90", 4), ("91-180", 9), ("180+", 26))
PAST_DUE = weighted((("1-30", 10), ("31-60", 10), ("61-90", 8), ("91-180", 12), ("180+", 20)))
PLAN_PAST_DUE = weighted((("91-180", 6), ("180+", 54)))
BUCKET_DAYS = {"1-30": (1, 30), "31-60": (31, 60), "61-90": (61, 90), "91-180": (91, 180)}
WORKED_FATES = frozenset({"open", "promised", "disputed", "escalated", "on_hold"})
# days of history a fate needs before today
MIN_HISTORY = {"open": 0, "promised": 0, "disputed": 0, "escalated": 0, "on_hold": 15, "payment_plan": 30,
               "legal": 45, "paid": 10, "settled": 45, "written_off": 30, "closed": 30}
CAPACITY_PERSON, CAPACITY_COMPANY = 350.0, 800.0  # EUR a debtor pays in one go (median)
ACCOUNTS_PER_DEBTOR = weighted(((1, 82), (2, 13), (3, 5)))
CREDITOR_KINDS = weighted((("bank", 30), ("utility", 30), ("telecom", 25), ("retail", 15)))
CONTACT_BLOCKING = ("cease_contact", "deceased", "bankrupt", "attorney")
CLOSED = frozenset({"paid", "settled", "written_off", "closed"})
TAX_IDS = {"IT": P.partita_iva, "PL": P.nip, "DE": P.ust_idnr}
# debtor.region: the ISO 3166-2 code of a German debtor's Land, for the public holidays where they live
# (a Bavarian branch calling Leipzig on Reformation Day calls on a holiday there)
LAND = {"Baden-Württemberg": "BW", "Bayern": "BY", "Berlin": "BE", "Brandenburg": "BB", "Bremen": "HB",
        "Hamburg": "HH", "Hessen": "HE", "Mecklenburg-Vorpommern": "MV", "Niedersachsen": "NI",
        "Nordrhein-Westfalen": "NW", "Rheinland-Pfalz": "RP", "Saarland": "SL", "Sachsen": "SN",
        "Sachsen-Anhalt": "ST", "Schleswig-Holstein": "SH", "Thüringen": "TH"}
CREDITORS_BY_KIND = {(country, kind): [c for c in creditors if c.kind == kind]
                     for country, creditors in N.CREDITORS.items() for kind in N.AMOUNT_SHAPE}


class AccountMaker:
    def __init__(self, g: Gen, org: Org):
        self.g = g
        self.org = org
        self.fates = Deck(g.rng, (((status, esc), w) for status, esc, w in FATES))
        self.buckets = Deck(g.rng, BUCKETS)
        self.numbers: dict[tuple[str, int], int] = {}
        self.calls: dict[tuple[int, int], tuple[str, str]] = {}  # (call, account) for QA evaluations
        # (previous, new collector index, day) -> (txn id, moment, microseconds, supervisor) of a reassignment
        self.handovers: dict[tuple[int, int, int], tuple[str, int, int, str]] = {}
        self.branches = {b.name: b for b in org.branches}

    def make(self, n: int) -> int:
        """Debtors with `n` accounts in all (whole debtors; the last one may get fewer accounts)."""
        made = 0
        while made < n:
            k = min(self.g.pick(ACCOUNTS_PER_DEBTOR), n - made)
            self._debtor(k)
            made += k
        self.g.accounts_made(made)
        return made

    def _debtor(self, k: int) -> None:
        g, rng, fmt, today = self.g, self.g.rng, self.g.fmt, self.g.today
        country = g.pick(COUNTRIES)
        city = P.city_for(g, country)
        branch = self.branches[city.branch]
        company = rng.random() < 0.14
        language = N.COUNTRY_LANGUAGE[country]
        if rng.random() < (0.04 if country == "DE" else 0.01):
            language = g.pick(FOREIGN_LANGUAGES[country])
        birth = tax = None
        if company:
            name = P.company_name(g, country)
            tax = TAX_IDS[country](g)
        else:
            first, last, gender = P.person_name(g, country)
            name = f"{first} {last}"
            birth = today - rng.randint(19 * 365, 86 * 365)
            if rng.random() < 0.7:
                if country == "IT":
                    tax = P.codice_fiscale(first, last, birth, gender, city.name)
                elif country == "PL":
                    tax = P.pesel(g, birth, gender)
        address = P.address(g, country, city)
        phones = []
        mobile = P.mobile(g, country) if rng.random() < (0.7 if company else 0.95) else None
        if mobile:
            phones.append(mobile)
        if company or not phones or rng.random() < 0.35:
            phones.append(P.landline(g, country, city))
        email = None
        if rng.random() < (0.9 if company else 0.65):
            email = P.company_email(g, country, name) if company else P.person_email(g, country, first, last)
        d = DebtorRt(id=g.new_id(), name=name, country=country, language=language, company=company, phones=phones,
                     mobile=mobile, email=email, address=address.replace("\n", ", "), branch=branch,
                     collector=g.pick(branch.collectors))
        plans = [self._plan(d) for _ in range(k)]
        self._base_flags(d, {p[0] for p in plans})
        created = min(p[3] for p in plans)
        created_at = branch.calendar.epoch(created, rng.randrange(8 * 3600, 10 * 3600))
        g.rows["debtor"].append(g.stamps(d.id, created_at) + (
            "company" if company else "person", name, name.casefold(), country, language,
            N.COUNTRY_TIMEZONE[country], tax, fmt.day(birth), address, None, LAND.get(city.region)))
        when = fmt.ts(created_at)
        yes, no = fmt.flag(True), fmt.flag(False)
        contacts = g.rows["debtor_contact"]
        for i, value in enumerate(phones):
            label = "mobile" if value == mobile else ("office" if company else "home")
            contacts.append((g.new_id(), 1, when, when, d.id, "phone", value, P.phone_key(value), label,
                             yes if i == 0 else no, yes if rng.random() > 0.03 else no,
                             yes if i > 0 and rng.random() < 0.05 else no))
        if email:
            contacts.append((g.new_id(), 1, when, when, d.id, "email", email, email.lower(),
                             "work" if company else "personal", no, yes, no))
        for plan in plans:
            self._account(d, *plan)
        supervisor = d.collector.supervisor
        for flag, set_at, cleared, note in d.flags:
            g.rows["debtor_flag"].append((g.new_id(), 1, d.id, flag, fmt.ts(set_at), d.collector.username, note,
                                          fmt.ts(cleared), supervisor.username if cleared and supervisor else None))

    def _plan(self, d: DebtorRt) -> tuple[str, str | None, int, int, int | None]:
        """(fate, escalation status, due date, opened on, closed on) of one account of `d`.

        Accounts still worked today are aged from today. A closed account closed on a working day spread
        evenly over the history (the department closes about as many accounts every month), and its
        age and placement are drawn the same way, counted back from the day it closed."""
        g, rng, today = self.g, self.g.rng, self.g.today
        cal = d.branch.calendar
        fate, esc = self.fates.draw()
        if fate in WORKED_FATES:
            bucket = self.buckets.draw()
        else:  # an account on a plan today was placed a while ago: plans follow months of collection
            bucket = g.pick(PLAN_PAST_DUE if fate == "payment_plan" else PAST_DUE)
        history = MIN_HISTORY[fate] + (30 if esc else 0)  # an escalation needs some history too
        close = None
        end = today  # aged as of this day
        if fate in CLOSED:
            close = end = cal.workday_between(rng, g.history_start, cal.workday_on_or_before(today - 1))
        if bucket == "current":
            due = today if rng.random() < 0.15 else today + rng.randint(1, 25)
            opened = today - rng.randint(max(1, history), 40 + history)
        else:
            if fate == "payment_plan" and bucket == "180+":  # an old debt, placed before the history starts
                dpd = today - g.history_start + 80 + min(int(rng.expovariate(1 / 400)), 2000)
            elif bucket == "180+":
                dpd = 181 + min(int(rng.expovariate(1 / 420)), 2200)
            else:
                dpd = rng.randint(*BUCKET_DAYS[bucket])
            due = end - dpd
            opened = min(due + rng.randint(1, max(1, min(dpd - 1, 75))), end - 1 - history)
        # placed on a working day, and at least one working day before today
        opened = cal.workday_on_or_before(min(opened, cal.workday_on_or_before(today - 1) - history))
        return fate, esc, due, opened, close

    def _base_flags(self, d: DebtorRt, fates: set[str]) -> None:
        """Flags a debtor has whatever their accounts' fates: set some time this year, a few cleared."""
        g, rng, today = self.g, self.g.rng, self.g.today
        paying = bool(fates & {"promised", "payment_plan", "paid", "settled", "disputed"})
        rates = [("cease_contact", 0.012), ("vulnerable", 0.015), ("attorney", 0.006), ("high_profile", 0.003),
                 ("fraud", 0.0025)]
        if not paying:
            rates += [("bankrupt", 0.025 if d.company else 0.003), ("deceased", 0.0 if d.company else 0.004)]
        for flag, p in rates:
            if rng.random() >= p:
                continue
            day = d.branch.calendar.workday_between(rng, today - 365, today - 1)
            at = d.branch.calendar.epoch(day, rng.randrange(9 * 3600, 17 * 3600))
            cleared = None
            if flag in ("vulnerable", "attorney") and rng.random() < 0.2:
                cleared = at + rng.randint(20, 120) * DAY
                cleared = cleared if cleared < g.now else None
            d.flags.append((flag, at, cleared, None))
            if flag in CONTACT_BLOCKING and cleared is None:
                d.restrict_from = day if d.restrict_from is None else min(d.restrict_from, day)

    def _account(self, d: DebtorRt, fate: str, esc: str | None, due: int, opened: int, close: int | None) -> None:
        g, rng, fmt, today = self.g, self.g.rng, self.g.fmt, self.g.today
        country, branch = d.country, d.branch
        currency = N.COUNTRY_CURRENCY[country]
        kind = g.pick(CREDITOR_KINDS)
        creditor = g.pick(CREDITORS_BY_KIND[(country, kind)])
        median, sigma = N.AMOUNT_SHAPE[kind]
        eur = median * (2.5 if d.company else 1.0) * math.exp(sigma * rng.gauss(0, 1))
        eur = min(400_000.0, max(15.0, eur))
        # the most the debtor pays in one go; debts paid off in full are the ones that fit in the months
        # the account had, and a settlement is a sum the debtor can raise
        capacity_eur = (CAPACITY_COMPANY if d.company else CAPACITY_PERSON) * math.exp(0.3 * rng.gauss(0, 1))
        monthly_eur = capacity_eur / 4
        start = max(opened, g.history_start)
        if fate == "paid":
            eur = min(eur, max(capacity_eur, monthly_eur * paying_months(start, max(close, start))))
        elif fate == "settled":
            eur = min(eur, capacity_eur * 1.5)
        to_cents = (N.PLN_PER_EUR if currency == "PLN" else 1) * 100
        original = int(eur * to_cents)
        capacity = max(2000, int(capacity_eur * to_cents))
        monthly = max(2000, int(monthly_eur * to_cents))
        year = date.fromordinal(opened).year
        key = (country, year)
        self.numbers[key] = n = self.numbers.get(key, 0) + 1
        previous, handover = None, 0
        if d.collector.hire > start:  # a new collector: a colleague worked the account until they came
            colleagues = [c for c in branch.collectors if c.hire <= start]
            if colleagues:
                previous, handover = g.pick(colleagues), d.collector.hire
        elif branch.departed and rng.random() < 0.1:
            previous = g.pick(branch.departed)
            handover = previous.left + 1
            if handover <= start:  # placed after they had left: it went straight to its collector
                previous, handover = None, 0
        a = AccountRt(id=g.new_id(), no=f"{country}-{year}-{n:06d}", debtor=d, collector=d.collector,
                      previous=previous, handover=handover, currency=currency, original=original, due=due,
                      opened=opened, fate=fate, esc=esc, close=close, capacity=capacity, monthly=monthly,
                      balance=original)
        if previous is not None:
            self._plan_handover(a)
        poster = g.pick(branch.accountants) if branch.accountants else None
        story = Story(g, a, self.calls, poster)
        status, next_action = play(story, start)
        created = branch.calendar.epoch(opened, rng.randrange(8 * 3600, 10 * 3600))
        dpd = max(0, today - due)
        eur_balance = eur_equivalent(a.balance, currency)
        stamps = g.stamps(a.id, created, max(created, a.last_event))
        if previous is not None:  # reassigned once: version 2, as reassign_accounts leaves it
            stamps = self._write_handover(a, created)
        g.rows["account"].append(stamps + (
            a.no, d.id, creditor.name, f"{creditor.ref_prefix}-{rng.randrange(10 ** 7, 10 ** 8)}", currency,
            fmt.money(original), fmt.money(a.balance), fmt.day(due), fmt.day(opened), status, a.collector.id,
            a.collector.team_id, branch.id, country, d.name.casefold(), priority(status, eur_balance, dpd),
            fmt.ts(a.last_contact), fmt.day(next_action), fmt.day(a.last_payment)))
        if status in CLOSED:
            return
        active = {f[0] for f in d.flags if f[2] is None}
        kinds = []
        if "fraud" in active:
            kinds.append("fraud")
        if "high_profile" in active:
            kinds.append("high_profile")
        if eur_balance > 300_000 and dpd > 90 and rng.random() < 0.3:
            kinds.append("high_risk")
        if eur_balance >= 2_500_000:
            kinds.append("watchlist")
        for kind in kinds:
            pid, added_by = self.org.portfolios[(country, kind)]
            added = max(created, g.now - rng.randint(1, 200) * DAY)
            g.rows["portfolio_account"].append((pid, a.id, fmt.ts(added), added_by))


    def _plan_handover(self, a: AccountRt) -> None:
        """Move the hand-over to the first working day from `a.handover` on and fix its moment: that day,
        before the office opens (07:00-07:30 local), when the supervisor reassigned the account. All of a
        collector's accounts moved to one colleague on one day are one reassignment (one transaction)."""
        g = self.g
        cal = a.debtor.branch.calendar
        a.handover = min(cal.next_workday(a.handover), g.today)
        key = (a.previous.index, a.collector.index, a.handover)
        move = self.handovers.get(key)
        if move is None:
            side = g.side
            at = min(cal.epoch(a.handover, 7 * 3600 + side.randrange(1800)), g.now - 60)
            boss = a.collector.supervisor or a.debtor.branch.supervisors[0]
            move = self.handovers[key] = (uuid_hex(side.getrandbits(128)), at, side.randrange(1_000_000),
                                          boss.username)
        a.handover_at = move[1]

    def _write_handover(self, a: AccountRt, created: int) -> tuple:
        """The audit row of the account's reassignment (services/accounts.reassign_accounts writes one per
        account: action update, field collector_id, old and new collector as str(uuid)); returns the
        account's stamps after it (version 2, updated no earlier than the move)."""
        g = self.g
        txn, at, micro, actor = self.handovers[(a.previous.index, a.collector.index, a.handover)]
        g.rows["audit_entry"].append((uuid_hex(g.side.getrandbits(128)), g.fmt.instant(at, micro), txn, actor,
                                      "update", "account", uuid_text(a.id), "collector_id",
                                      uuid_text(a.previous.id), uuid_text(a.collector.id)))
        return (a.id, 2, g.fmt.ts(created), g.fmt.ts(max(created, a.last_event, at)))


def priority(status: str, eur_cents: int, dpd: int) -> int:
    """0-100: larger balances first, then the ages where collecting still works best."""
    if status in CLOSED:
        return 0
    score = min(60, int(12 * math.log10(eur_cents / 100 + 1)))
    score += 5 if dpd == 0 else 25 if dpd <= 30 else 30 if dpd <= 90 else 20 if dpd <= 180 else 10
    if status == "promised":
        score += 5
    elif status == "escalated":
        score += 10
    elif status == "disputed":
        score -= 10
    elif status in ("on_hold", "legal"):
        score //= 3
    return max(0, min(100, score))
