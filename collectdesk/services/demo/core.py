"""The state every demo generator shares: the seeded random source, formats, today, the rows of a chunk."""

from __future__ import annotations

import calendar
import random
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from collectdesk.services.demo.rows import COLUMNS, DAY, EPOCH_ORDINAL, BranchCalendar, Formats, uuid_hex

EUR_CENTS_PER_PLN_CENT = 1 / 4.3
HISTORY_MONTHS = 14  # full months of history before the current one


def weighted(pairs) -> tuple:
    """A lookup table for weighted choices: table[rng.randrange(len(table))] picks by weight."""
    out: list = []
    for value, weight in pairs:
        out.extend([value] * weight)
    return tuple(out)


class Deck:
    """Stratified draws: a shuffled deck with each card in proportion to its weight, reshuffled when used up.

    Every card comes up once per deck, so even a small demo shows every status, bucket and outcome."""

    def __init__(self, rng: random.Random, pairs):
        self.rng = rng
        self.cards = list(weighted(pairs))
        self.current: list = []
        self.pos = 0

    def draw(self):
        if self.pos >= len(self.current):
            self.current = list(self.cards)
            self.rng.shuffle(self.current)
            self.pos = 0
        card = self.current[self.pos]
        self.pos += 1
        return card


@dataclass(eq=False)
class Staff:
    id: str
    username: str
    full_name: str
    role: str
    branch: BranchRt | None
    team_id: str | None
    language: str
    hire: int  # ordinal
    left: int | None = None
    supervisor: Staff | None = None
    index: int = 0  # position among collectors, for per-collector tallies

    @property
    def active(self) -> bool:
        return self.left is None


@dataclass(eq=False)
class BranchRt:
    """A branch as the generators need it."""

    name: str
    country: str
    currency: str
    language: str
    timezone: str
    id: str
    calendar: BranchCalendar
    collectors: list[Staff] = field(default_factory=list)  # active
    departed: list[Staff] = field(default_factory=list)  # collectors who left this year
    accountants: list[Staff] = field(default_factory=list)
    supervisors: list[Staff] = field(default_factory=list)
    manager: Staff | None = None  # the country's collection manager
    senior: Staff | None = None


class DemoRandom(random.Random):
    """random.Random with cheaper integer draws (one float each, no rejection loop). Deterministic like its
    parent; the bias (about n / 2**53 for a range of n) does not matter for demo data."""

    def randrange(self, start, stop=None, step=1):
        if stop is None:
            start, stop = 0, start
        if step == 1:
            return start + int(self.random() * (stop - start))
        return start + step * int(self.random() * ((stop - start + step - 1) // step))

    def randint(self, a, b):
        return a + int(self.random() * (b - a + 1))


class Gen:
    """Seeded generation state. One instance runs in one thread, start to end: same seed, same rows."""

    def __init__(self, seed: int, dialect: str, today: int):
        self.rng = DemoRandom(seed)
        self.fmt = Formats(dialect)
        self.today = today  # ordinal
        # the history the demo tells: the last twelve full months and this one, after two months of run-in
        # (plans and promises already under way when the twelve months begin)
        self.history_start = add_months(date.fromordinal(today).replace(day=1).toordinal(), -HISTORY_MONTHS)
        # the moment the demo pretends it is: today, 06:00 UTC (before any office opens)
        self.now = (today - EPOCH_ORDINAL) * DAY + 6 * 3600
        self.rows: dict[str, list] = {name: [] for name in COLUMNS}
        # cents collected per (collector index, first day of the month), in the collector's currency
        self.collected: dict[tuple[int, int], int] = {}
        # outbound calls (any outcome: the "contacts" target's contact_attempts) per (collector index, month)
        self.calls_out: dict[tuple[int, int], int] = {}
        # a second source for the hand-overs' audit rows (ids, minutes), so that writing them leaves every
        # other row as it was (the main source draws exactly what it drew without them)
        self.side = DemoRandom(seed * 1_000_003 + 0xA0D17)
        # a third source for the compliance slips the demo makes on purpose (history.py: late calls, bursts of
        # calls, letters missing required content), so they too leave every other row as it was
        self.slips = DemoRandom(seed * 1_000_033 + 0xC5)
        # collector index -> a weak habit the demo gives on purpose, for the anomaly list to find (history.py):
        # "month_end_promises" or "short_promise_calls"; set by stream.plan_chunks (organisation.weak_habits)
        self.habits: dict[int, str] = {}
        self._accounts_made = 0
        self._after_accounts: list[tuple[int, Callable[[], None]]] = []
        self._random = self.rng.random
        self._bits = self.rng.getrandbits
        self._serial = self.rng.getrandbits(40) << 4

    def new_id(self) -> str:
        """A version-4 UUID whose first 48 bits count up (the rest random): B-tree inserts append."""
        self._serial += 1
        return uuid_hex((self._serial << 80) | self._bits(80))

    @contextmanager
    def side_draws(self, source: DemoRandom | None = None):
        """Draw from the side source (or `source`) meanwhile: rows written on purpose for a weak habit leave
        the main source, and so every other account, as it would have been (only ids after them move on)."""
        side = source or self.side
        saved = self.rng, self._random, self._bits
        self.rng, self._random, self._bits = side, side.random, side.getrandbits
        try:
            yield
        finally:
            self.rng, self._random, self._bits = saved

    def after_accounts(self, total: int, write: Callable[[], None]) -> None:
        """Call `write` once `total` accounts are made (rows that depend on what the accounts collected,
        such as targets set from each collector's own results, land in the last chunk of accounts)."""
        self._after_accounts.append((total, write))

    def accounts_made(self, n: int) -> None:
        self._accounts_made += n
        due = [w for w in self._after_accounts if self._accounts_made >= w[0]]
        for w in due:
            self._after_accounts.remove(w)
            w[1]()

    def take_rows(self) -> dict[str, list]:
        rows, self.rows = self.rows, {name: [] for name in COLUMNS}
        return rows

    def pick(self, seq):
        return seq[int(self._random() * len(seq))]

    def stamps(self, row_id: str, created: int, updated: int | None = None) -> tuple:
        """id, version, created_at, updated_at."""
        ts = self.fmt.ts
        first = ts(created)
        return (row_id, 1, first, first if updated is None or updated == created else ts(updated))


def eur_equivalent(cents: int, currency: str) -> int:
    return int(cents * EUR_CENTS_PER_PLN_CENT) if currency == "PLN" else cents


def add_months(ordinal: int, months: int) -> int:
    """The same day `months` later (the month's last day when it is shorter)."""
    d = date.fromordinal(ordinal)
    y, mo = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, mo + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1])).toordinal()
