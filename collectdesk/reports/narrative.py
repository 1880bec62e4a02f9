"""Sentences written from a report's facts: how big a change is, whether it is good, and the words for it.

    size_class(fact)                       -> "flat" | "slight" | "moderate" | "sharp"  (against `previous`)
    target_size(fact)                      -> the same against `target` (None without a target)
    direction(fact) / is_good(fact)        -> Direction.UP/DOWN/FLAT; True/False (None when flat)
    change_sentence(lang, fact, comparison) -> "Collected (EUR) rose sharply to €1.24 m (September 2026: €1.05 m,
                                               +18.1 %)."
    target_sentence(lang, fact)            -> "Collected (EUR) reached €1.24 m, 6.0 % below the target of €1.32 m."
    most_important(facts, n=5)             -> the facts whose change is largest, largest size class first
    value_text / compact_money / change_text: the numbers as the sentences write them

Thresholds (docs/reports.md): money, counts and plain numbers are sized by their relative change
|value - reference| / |reference|: below 1 % flat, below 5 % slight, below 15 % moderate, else sharp (a
reference of 0 and a value that is not: sharp). Rates (ColumnKind.PERCENT, held as fractions) by the change in
percentage points: below 0.5 pp flat, below 2 pp slight, below 5 pp moderate, else sharp. A boundary belongs
to the larger class (exactly 5 % is moderate).

Words: a fact whose `higher_is_better` is True "rose"/"fell"; one where lower is better "worsened, rising
to"/"improved, falling to", so the reader hears at once whether the move is good. Against a target: above / on
(within the flat band) / below, "well" above or below when the gap is sharp.

Every sentence is one whole template per direction x good/bad x size (or position x good/bad x size) with
{placeholders} for the label and the numbers, so each language words it in one piece (translators: {label}
is a figure's name, singular or plural, e.g. "Collected (EUR)" or "Kept rate"; choose a form that fits both).
The numbers come from the report's ReportLanguage: money as the language writes it (1.234,56 € / €1,234.56),
from one million on compact ("€1.24 m", "1,24 Mio. €": the unit is a translated "{value} m"), rates as
"12.5 %", changes of rates as "+1.5 pp". The texts are literal say("Narrative", ...) calls with `say` bound
twice (reports/language.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication

from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import ColumnKind, Direction, Fact

FLAT, SLIGHT, MODERATE, SHARP = "flat", "slight", "moderate", "sharp"
SIZES = (FLAT, SLIGHT, MODERATE, SHARP)
# upper bounds (exclusive) of flat, slight and moderate
RELATIVE_LIMITS = (Decimal("0.01"), Decimal("0.05"), Decimal("0.15"))   # share of the reference value
POINT_LIMITS = (Decimal("0.005"), Decimal("0.02"), Decimal("0.05"))     # rates: 0.005 = 0.5 percentage points
MILLION = Decimal(1_000_000)


# ---- sizes -------------------------------------------------------------------------------------------

def _is_rate(kind: ColumnKind) -> bool:
    return ColumnKind(kind) == ColumnKind.PERCENT


def relative_change(value, reference) -> Decimal | None:
    """(value - reference) / |reference|; None when the reference is 0 (or either is missing)."""
    if value is None or reference is None or Decimal(reference) == 0:
        return None
    return (Decimal(value) - Decimal(reference)) / abs(Decimal(reference))


def size_between(kind: ColumnKind, value, reference) -> str:
    """The size class of the move from `reference` to `value` by the thresholds of `kind`."""
    if value is None or reference is None:
        return FLAT
    value, reference = Decimal(value), Decimal(reference)
    if _is_rate(kind):
        gap, limits = abs(value - reference), POINT_LIMITS
    elif reference == 0:
        return FLAT if value == 0 else SHARP
    else:
        gap, limits = abs(value - reference) / abs(reference), RELATIVE_LIMITS
    for size, limit in zip(SIZES, limits):
        if gap < limit:
            return size
    return SHARP


def size_class(fact: Fact) -> str:
    """How big the change against the previous period is (flat without a previous value)."""
    return size_between(fact.kind, fact.value, fact.previous)


def target_size(fact: Fact) -> str | None:
    """How far the value is from the target, by the same thresholds; None without a target."""
    if fact.target is None or fact.value is None:
        return None
    return size_between(fact.kind, fact.value, fact.target)


def direction(fact: Fact) -> Direction:
    """UP or DOWN against the previous value; FLAT when the change is in the flat band (or unknown)."""
    if size_class(fact) == FLAT:
        return Direction.FLAT
    return Direction.UP if Decimal(fact.value) > Decimal(fact.previous) else Direction.DOWN


def is_good(fact: Fact) -> bool | None:
    """Whether the move is an improvement (by higher_is_better); None when flat."""
    d = direction(fact)
    if d is Direction.FLAT:
        return None
    return (d is Direction.UP) == bool(fact.higher_is_better)


def _magnitude(kind: ColumnKind, value, reference) -> Decimal:
    """The gap in units of the 'sharp' threshold, so money and rates can be ranked together."""
    if value is None or reference is None:
        return Decimal(0)
    if _is_rate(kind):
        return abs(Decimal(value) - Decimal(reference)) / POINT_LIMITS[-1]
    rel = relative_change(value, reference)
    if rel is None:
        return Decimal(0) if Decimal(value) == 0 else Decimal(10)
    return abs(rel) / RELATIVE_LIMITS[-1]


def rank(fact: Fact) -> tuple[int, Decimal]:
    """Importance of a fact's change: its size class first, then how far past the thresholds it is."""
    return SIZES.index(size_class(fact)), _magnitude(fact.kind, fact.value, fact.previous)


def most_important(facts: Iterable[Fact], n: int = 5, minimum: int = 3) -> list[Fact]:
    """Up to `n` facts with a comparison, largest change first; flat ones only to reach `minimum`."""
    compared = [f for f in facts if f.value is not None and f.previous is not None]
    ordered = sorted(compared, key=rank, reverse=True)
    moving = [f for f in ordered if size_class(f) != FLAT]
    if len(moving) >= minimum:
        return moving[:n]
    return ordered[:max(minimum, len(moving))][:n]


# ---- numbers -----------------------------------------------------------------------------------------

def _money_frame(lang: ReportLanguage, currency: str) -> tuple[str, str]:
    """What the language writes before and after a money amount's number ("€", "" or "", " €")."""
    zero = lang.money(Decimal("0.00"), currency)
    number = f"0{lang.locale.decimalPoint()}00"
    before, _, after = zero.partition(number)
    return before, after


def compact_money(lang: ReportLanguage, amount: Decimal, currency: str, *, signed: bool = False) -> str:
    """Money for a sentence: the language's format (1.234,56 €), from one million on in millions with two
    decimals (€1.24 m, 1,24 Mio. €); `signed` writes a + before a positive amount (a change)."""
    say = QCoreApplication.translate  # what lupdate reads say(...) as (translations/update.py resolves the alias)
    say = lang.translate              # at run time: the report's language
    amount = Decimal(amount)
    before, after = _money_frame(lang, currency)
    size = abs(amount)
    if size >= MILLION:
        millions = (size / MILLION).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        number = say("Narrative", "{value} m", "money in millions, e.g. €1.24 m").format(
            value=lang.decimal(millions, 2)).replace(" ", "\u00a0")
    else:
        number = lang.grouped(size)
    sign = "-" if amount < 0 else ("+" if signed and amount > 0 else "")
    return f"{sign}{before}{number}{after}"


def value_text(lang: ReportLanguage, kind: ColumnKind, value, currency: str | None = None) -> str:
    """A fact's value as a sentence writes it (compact money, rates in %, whole counts)."""
    if value is None:
        return "\u2013"
    kind = ColumnKind(kind)
    if kind == ColumnKind.MONEY and currency:
        return compact_money(lang, Decimal(value), currency)
    if kind == ColumnKind.DECIMAL:
        return lang.decimal(Decimal(value), 1)
    return lang.value(value, kind, currency)


def _points(lang: ReportLanguage, fraction: Decimal, *, signed: bool) -> str:
    say = QCoreApplication.translate
    say = lang.translate
    value = Decimal(fraction) * 100
    sign = ("+" if value > 0 else "-" if value < 0 else "") if signed else ""
    return say("ReportFormats", "{value} pp", "percentage points").format(
        value=f"{sign}{lang.decimal(abs(value), 1)}")


def _percent_of(lang: ReportLanguage, share: Decimal, *, signed: bool) -> str:
    sign = "+" if signed and share > 0 else ("-" if signed and share < 0 else "")
    return f"{sign}{lang.percent(abs(share))}"


def gap_text(lang: ReportLanguage, kind: ColumnKind, value, reference, currency: str | None = None, *,
             signed: bool = True) -> str:
    """The gap from `reference` to `value`: rates in percentage points (+1.5 pp), everything else as a share
    of the reference (+12.7 %), or, when the reference is 0, as an amount (+€1,200.00, +12)."""
    value, reference = Decimal(value), Decimal(reference)
    gap = value - reference
    if _is_rate(kind):
        return _points(lang, gap, signed=signed)
    rel = relative_change(value, reference)
    if rel is not None:
        return _percent_of(lang, rel, signed=signed)
    shown = gap if signed else abs(gap)
    if ColumnKind(kind) == ColumnKind.MONEY and currency:
        return compact_money(lang, shown, currency, signed=signed)
    text = lang.decimal(abs(shown), 1) if ColumnKind(kind) == ColumnKind.DECIMAL else lang.integer(int(abs(shown)))
    return ("+" if signed and shown > 0 else "-" if shown < 0 else "") + text


def change_text(lang: ReportLanguage, fact: Fact) -> str:
    """The change against the previous period: "+12.7 %", "-3.0 pp", "+€1,200.00" ("" without one)."""
    if fact.value is None or fact.previous is None:
        return ""
    return gap_text(lang, fact.kind, fact.value, fact.previous, fact.currency)


# ---- sentences ---------------------------------------------------------------------------------------

def change_sentence(lang: ReportLanguage, fact: Fact, comparison: str) -> str:
    """One sentence on how `fact` moved against its previous value. `comparison` names what it is compared
    with, as a label that stands alone before a colon: "September 2026", "the previous period"."""
    say = QCoreApplication.translate
    say = lang.translate
    label = fact.label
    if fact.value is None:
        return say("Narrative", "{label}: no figure for this period.").format(label=label)
    value = value_text(lang, fact.kind, fact.value, fact.currency)
    if fact.previous is None:
        return say("Narrative", "{label} stood at {value}.", "no comparison").format(label=label, value=value)
    args = dict(label=label, value=value, comparison=comparison, change=change_text(lang, fact),
                previous=value_text(lang, fact.kind, fact.previous, fact.currency))
    size, way = size_class(fact), direction(fact)
    if way is Direction.FLAT:
        text = say("Narrative", "{label} held steady at {value} ({comparison}: {previous}, {change}).",
                   "no real change")
    elif fact.higher_is_better:
        text = {
            (Direction.UP, SLIGHT): say("Narrative", "{label} rose slightly to {value} ({comparison}: {previous}, "
                                                     "{change}).", "higher is better"),
            (Direction.UP, MODERATE): say("Narrative", "{label} rose to {value} ({comparison}: {previous}, "
                                                       "{change}).", "higher is better"),
            (Direction.UP, SHARP): say("Narrative", "{label} rose sharply to {value} ({comparison}: {previous}, "
                                                    "{change}).", "higher is better"),
            (Direction.DOWN, SLIGHT): say("Narrative", "{label} slipped slightly to {value} ({comparison}: "
                                                       "{previous}, {change}).", "higher is better"),
            (Direction.DOWN, MODERATE): say("Narrative", "{label} fell to {value} ({comparison}: {previous}, "
                                                         "{change}).", "higher is better"),
            (Direction.DOWN, SHARP): say("Narrative", "{label} fell sharply to {value} ({comparison}: {previous}, "
                                                      "{change}).", "higher is better"),
        }[way, size]
    else:
        text = {
            (Direction.UP, SLIGHT): say("Narrative", "{label} worsened slightly, rising to {value} ({comparison}: "
                                                     "{previous}, {change}).", "lower is better"),
            (Direction.UP, MODERATE): say("Narrative", "{label} worsened, rising to {value} ({comparison}: "
                                                       "{previous}, {change}).", "lower is better"),
            (Direction.UP, SHARP): say("Narrative", "{label} worsened sharply, rising to {value} ({comparison}: "
                                                    "{previous}, {change}).", "lower is better"),
            (Direction.DOWN, SLIGHT): say("Narrative", "{label} improved slightly, falling to {value} "
                                                       "({comparison}: {previous}, {change}).", "lower is better"),
            (Direction.DOWN, MODERATE): say("Narrative", "{label} improved, falling to {value} ({comparison}: "
                                                         "{previous}, {change}).", "lower is better"),
            (Direction.DOWN, SHARP): say("Narrative", "{label} improved markedly, falling to {value} "
                                                      "({comparison}: {previous}, {change}).", "lower is better"),
        }[way, size]
    return text.format(**args)


def target_sentence(lang: ReportLanguage, fact: Fact) -> str | None:
    """One sentence on `fact` against its target (None without a target or a value). Within the flat band it
    is on target; a sharp gap is "well" above or below. A zero target gives the gap as an amount."""
    say = QCoreApplication.translate
    say = lang.translate
    size = target_size(fact)
    if size is None:
        return None
    args = dict(label=fact.label, value=value_text(lang, fact.kind, fact.value, fact.currency),
                target=value_text(lang, fact.kind, fact.target, fact.currency),
                difference=gap_text(lang, fact.kind, fact.value, fact.target, fact.currency, signed=False))
    if size == FLAT:
        return say("Narrative", "{label} reached {value}, on target ({target}).").format(**args)
    above = Decimal(fact.value) > Decimal(fact.target)
    well = size == SHARP
    if fact.higher_is_better:
        text = {
            (True, False): say("Narrative", "{label} reached {value}, {difference} above the target of {target}.",
                               "higher is better"),
            (True, True): say("Narrative", "{label} reached {value}, well above the target of {target} "
                                           "(by {difference}).", "higher is better"),
            (False, False): say("Narrative", "{label} reached {value}, {difference} below the target of {target}.",
                                "higher is better"),
            (False, True): say("Narrative", "{label} reached {value}, well short of the target of {target} "
                                            "(by {difference}).", "higher is better"),
        }[above, well]
    else:
        text = {
            (True, False): say("Narrative", "{label} stood at {value}, {difference} above the target of {target}: "
                                            "worse than planned.", "lower is better"),
            (True, True): say("Narrative", "{label} stood at {value}, well above the target of {target} "
                                           "(by {difference}): clearly worse than planned.", "lower is better"),
            (False, False): say("Narrative", "{label} stood at {value}, {difference} below the target of "
                                             "{target}: better than planned.", "lower is better"),
            (False, True): say("Narrative", "{label} stood at {value}, well below the target of {target} "
                                            "(by {difference}): clearly better than planned.", "lower is better"),
        }[above, well]
    return text.format(**args)
