"""A report as slides for presenting it orally: plain data, every text already in the report's language.

    build_slides(report) -> list[Slide]

The deck: a title slide; the executive summary (at most four sentences a slide); then for each section one
"key figures" slide (at most MAX_FIGURES big figures, each with its change arrow, by the narrative's
thresholds so arrow and sentence agree, and its target; a section with more facts continues on a second
slide, split evenly, 5 -> 3 + 2, rather than losing any) with the section's narrative sentences as talking
points, in order (three beside one or two figures, two short ones or one long one beside three or four);
what is left over on "points" slides of up to four; then one chart slide per series, without sentences
(the narrative speaks of the figures, and a sentence under a chart is read as being about that chart).
Tables stay in the PDF and the spreadsheet (nobody reads a table from the back of a room).

Speaker notes (Slide.notes) hold what the presenter may be asked: each figure with its previous value and
its target in full, each chart's values by category, a section's method paragraph, and on the title slide
the report's notes (sections left out because their data does not exist yet).

Charts: Chart holds floats, but only as plotting coordinates; every label on it (ticks, values) is
formatted here from the Decimal in the report's language, money in thousands/millions when large
("1.2 m", "1,2 Mio."). A series whose unit is "%" holds fractions (0.125 is 12.5 %), like a PERCENT column.

Texts are literal say("Slides", ...) calls with `say` bound twice (see reports/language.py): lupdate reads
them as QCoreApplication.translate, at run time they are the report language's.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from collectdesk.reports import narrative
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import ColumnKind, Direction, Fact, Report, Section, Series, SeriesKind

MAX_FIGURES = 4
MAX_POINTS_WITH_FIGURES = 3
MAX_POINTS_ALONE = 4
# characters of talking points a slide takes (the painter shrinks the font to fit; these keep it large)
POINT_BUDGET = {"figures": 330, "many_figures": 170, "alone": 560}


class SlideKind(StrEnum):
    TITLE = "title"
    SUMMARY = "summary"
    FIGURES = "figures"
    CHART = "chart"
    POINTS = "points"


class Tone(StrEnum):
    GOOD = "good"
    BAD = "bad"
    NEUTRAL = "neutral"


@dataclass(frozen=True, slots=True)
class Figure:
    key: str
    label: str
    value: str
    change: str = ""                    # "+€52,300.00 (+4.4 %)" (the slide's caption says against what)
    arrow: Direction | None = None      # None: nothing to compare with
    change_tone: Tone = Tone.NEUTRAL
    target: str = ""                    # "94.6 % of the target of €1,300,000.00"
    target_tone: Tone = Tone.NEUTRAL


@dataclass(frozen=True, slots=True)
class ChartLine:
    name: str
    values: tuple[float | None, ...]    # plotting coordinates only
    labels: tuple[str, ...]             # each value as the slide shows it ("" for none)


@dataclass(frozen=True, slots=True)
class Chart:
    key: str
    kind: SeriesKind
    categories: tuple[str, ...]
    lines: tuple[ChartLine, ...]
    low: float                          # the value axis runs from low to high
    high: float
    ticks: tuple[tuple[float, str], ...]
    unit: str = ""                      # a caption over the value axis ("EUR"); "" when the ticks say it
    totals: tuple[str, ...] = ()        # stacked bars: each category's total as a label


@dataclass(frozen=True, slots=True)
class Slide:
    kind: SlideKind
    title: str
    kicker: str = ""                    # the small line above the title
    subtitle: str = ""                  # title slide: period and scope
    lines: tuple[str, ...] = ()         # title slide: department, author, date
    figures: tuple[Figure, ...] = ()
    chart: Chart | None = None
    caption: str = ""                   # figures: what the arrows compare with
    points: tuple[str, ...] = ()        # talking points shown on the slide
    notes: tuple[str, ...] = ()         # speaker notes beyond the points
    footer: str = ""
    counter: str = ""                   # "3 / 12"
    section_key: str | None = None


def build_slides(report: Report) -> list[Slide]:
    lang = ReportLanguage(report.language)
    say = QCoreApplication.translate  # what lupdate reads say(...) as (translations/update.py resolves the alias)
    say = lang.translate              # at run time: the report's language
    deck = [_title_slide(report, lang)]
    for points in _spread(list(report.summary)):
        deck.append(Slide(SlideKind.SUMMARY, say("Slides", "Summary", "slide title: the executive summary"),
                          kicker=report.title, points=tuple(points)))
    for section in report.sections:
        deck.extend(_section_slides(section, lang))
    footer = say("Slides", "{title} \u00b7 {period}", "slide footer").format(
        title=report.title, period=report.subtitle) if report.subtitle else report.title
    total = len(deck)
    return [replace(slide, footer=footer, counter=say("Slides", "{n} / {total}", "slide counter").format(
        n=lang.integer(i + 1), total=lang.integer(total))) for i, slide in enumerate(deck)]


def _title_slide(report: Report, lang: ReportLanguage) -> Slide:
    say = QCoreApplication.translate
    say = lang.translate
    params = report.params
    lines = []
    if params.department:
        lines.append(params.department)
    if params.author:
        lines.append(say("Slides", "Presented by {name}").format(name=params.author))
    lines.append(say("Slides", "Figures as of {date}", "when the report was generated").format(
        date=lang.long_date(report.generated_at.astimezone().date())))
    subtitle = report.subtitle or params.period_label
    return Slide(SlideKind.TITLE, report.title, subtitle=subtitle, lines=tuple(lines), notes=tuple(report.notes))


def _section_slides(section: Section, lang: ReportLanguage) -> list[Slide]:
    say = QCoreApplication.translate
    say = lang.translate
    sentences = list(section.sentences)
    slides: list[Slide] = []
    for i, chunk in enumerate(_balanced(list(section.facts), MAX_FIGURES)):
        # one or two figures leave room for three sentences at a readable size; three or four for two short
        # ones (or one long one): the rest follow on a points slide
        most = MAX_POINTS_WITH_FIGURES if len(chunk) <= 2 else MAX_POINTS_WITH_FIGURES - 1
        points, sentences = _take(sentences, most, POINT_BUDGET["figures"] if len(chunk) <= 2
                                  else POINT_BUDGET["many_figures"], at_least_one=True)
        kicker = (say("Slides", "Key figures") if i == 0
                  else say("Slides", "Key figures, continued"))
        figures = tuple(figure(lang, f) for f in chunk)
        caption = (say("Slides", "Arrows: change on the previous period")
                   if any(fig.arrow is not None for fig in figures) else "")
        slides.append(Slide(SlideKind.FIGURES, section.title, kicker=kicker, caption=caption,
                            figures=figures, points=tuple(points),
                            notes=tuple(fact_note(lang, f) for f in chunk), section_key=section.key))
    for points in _spread(sentences):
        kicker = say("Slides", "Key points") if not slides else say("Slides", "Key points, continued")
        slides.append(Slide(SlideKind.POINTS, section.title, kicker=kicker, points=tuple(points),
                            section_key=section.key))
    # charts come last and carry no sentence: a sentence beside a chart would be read as being about it,
    # and the narrative's sentences are about the figures (a sentence on EUR under the PLN trend misleads)
    for series in section.series:
        chart = chart_of(lang, series)
        slides.append(Slide(SlideKind.CHART, series.title, kicker=section.title, chart=chart,
                            notes=_chart_notes(chart), section_key=section.key))
    if slides and section.method:
        slides[0] = replace(slides[0], notes=slides[0].notes + (section.method,))
    return slides


def _balanced(items: list, most: int) -> list[list]:
    """Items in as few chunks of at most `most` as possible, of even sizes (5 -> 3 + 2, not 4 + 1)."""
    if not items:
        return []
    count = -(-len(items) // most)
    size, extra = divmod(len(items), count)
    out, start = [], 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        out.append(items[start:end])
        start = end
    return out


def _spread(sentences: list[str]) -> list[list[str]]:
    """Sentences on as few points slides as fit (MAX_POINTS_ALONE, the budget), spread evenly over them
    (five are 3 + 2, not 4 + 1) unless that breaks the budget."""
    greedy = []
    rest = list(sentences)
    while rest:
        chunk, rest = _take(rest, MAX_POINTS_ALONE, POINT_BUDGET["alone"], at_least_one=True)
        greedy.append(chunk)
    if len(greedy) < 2:
        return greedy
    even = _balanced(list(sentences), -(-len(sentences) // len(greedy)))
    if len(even) == len(greedy) and all(sum(map(len, c)) <= POINT_BUDGET["alone"] for c in even):
        return even
    return greedy


def _take(sentences: list[str], most: int, budget: int, at_least_one: bool = False) -> tuple[list[str], list[str]]:
    """The first sentences that fit `most` and `budget` characters; the rest."""
    taken, used = 0, 0
    while taken < min(most, len(sentences)):
        size = len(sentences[taken])
        if used + size > budget and not (at_least_one and taken == 0):
            break
        used += size
        taken += 1
    return sentences[:taken], sentences[taken:]


# ---- figures ---------------------------------------------------------------------------------------------

def _number(value) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(value)


def _places(value) -> int:
    if isinstance(value, int):
        return 0
    exponent = _number(value).normalize().as_tuple().exponent
    return max(0, min(2, -exponent)) if isinstance(exponent, int) else 2


def format_value(lang: ReportLanguage, fact: Fact, value) -> str:
    """A fact's value (or its previous value, or its target) as the slide shows it."""
    if value is None:
        return "\u2013"
    if fact.kind == ColumnKind.DECIMAL:
        return lang.decimal(_number(value), _places(value))
    if fact.kind == ColumnKind.INTEGER:
        return lang.integer(int(value))
    return lang.value(value, fact.kind, fact.currency)


def _signed(text: str, amount: Decimal) -> str:
    return f"+{text}" if amount > 0 and not text.startswith("+") else text


def direction(fact: Fact) -> Direction | None:
    """UP, DOWN or FLAT by the narrative's thresholds (so the arrow and the sentence agree), or None when
    there is nothing to compare with."""
    if fact.value is None or fact.previous is None:
        return None
    return narrative.direction(fact)


def _tone(good: bool | None) -> Tone:
    return Tone.NEUTRAL if good is None else (Tone.GOOD if good else Tone.BAD)


def figure(lang: ReportLanguage, fact: Fact) -> Figure:
    say = QCoreApplication.translate
    say = lang.translate
    out = Figure(fact.key, fact.label, format_value(lang, fact, fact.value))
    arrow = direction(fact)
    if arrow is not None:
        change = fact.change
        if fact.kind == ColumnKind.PERCENT:
            amount = lang.points(change)
        else:
            amount = _signed(format_value(lang, fact, change), change)
        previous = _number(fact.previous)
        if fact.kind != ColumnKind.PERCENT and previous > 0:
            text = say("Slides", "{change} ({percent})", "a change: amount and per cent").format(
                change=amount, percent=_signed(lang.percent(change / previous), change))
        else:
            text = amount
        out = replace(out, change=text, arrow=arrow, change_tone=_tone(narrative.is_good(fact)))
    if fact.target is not None and fact.value is not None:
        target = format_value(lang, fact, fact.target)
        value, goal = _number(fact.value), _number(fact.target)
        met = value >= goal if fact.higher_is_better else value <= goal
        if fact.kind != ColumnKind.PERCENT and goal > 0 and value >= 0:
            text = say("Slides", "{share} of the target of {target}").format(
                share=lang.percent(value / goal), target=target)
        elif met:
            text = say("Slides", "Target {target}: met").format(target=target)
        else:
            text = say("Slides", "Target {target}: missed").format(target=target)
        out = replace(out, target=text, target_tone=_tone(met))
    return out


def fact_note(lang: ReportLanguage, fact: Fact) -> str:
    """The figure in full for the speaker notes: value, previous period and target."""
    say = QCoreApplication.translate
    say = lang.translate
    value = format_value(lang, fact, fact.value)
    previous = format_value(lang, fact, fact.previous) if fact.previous is not None else None
    target = format_value(lang, fact, fact.target) if fact.target is not None else None
    if previous and target:
        return say("Slides", "{label}: {value} (previous period {previous}, target {target})").format(
            label=fact.label, value=value, previous=previous, target=target)
    if previous:
        return say("Slides", "{label}: {value} (previous period {previous})").format(
            label=fact.label, value=value, previous=previous)
    if target:
        return say("Slides", "{label}: {value} (target {target})").format(label=fact.label, value=value, target=target)
    return say("Slides", "{label}: {value}").format(label=fact.label, value=value)


# ---- charts ----------------------------------------------------------------------------------------------

def _nice_step(span: float, ticks: int = 5) -> float:
    raw = span / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    for mult in (1, 2, 2.5, 5, 10):
        if mult * power >= raw * 0.999:
            return mult * power
    return 10 * power  # pragma: no cover


def _decimals(step: float) -> int:
    """Places a tick step needs (0.25 -> 2, 5 -> 0)."""
    for places in range(3):
        if abs(step * 10 ** places - round(step * 10 ** places)) < 1e-6:
            return places
    return 2


def _scaled(lang: ReportLanguage, value: Decimal, scale: int, places: int) -> str:
    """A number on a chart in thousands, millions or billions ("1.24 m", "1,24 Mio.")."""
    say = QCoreApplication.translate
    say = lang.translate
    if not value:
        return lang.integer(0)
    number = lang.decimal((value / scale).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP), places)
    if scale == 10 ** 9:
        return say("Slides", "{value} bn", "billions on a chart axis").format(value=number)
    if scale == 10 ** 6:
        return say("Slides", "{value} m", "millions on a chart axis").format(value=number)
    if scale == 10 ** 3:
        return say("Slides", "{value} k", "thousands on a chart axis").format(value=number)
    return number


def _value_places(value: Decimal, scale: int, whole: bool) -> int:
    """Places of a value label: 850 k, 45 k, 8.5 k; 1.24 m, 12.4 m, 124 m."""
    if scale == 1:
        return 0 if whole else 1
    size = abs(value) / scale
    if scale == 10 ** 3:
        return 0 if size >= 10 else 1
    return 0 if size >= 100 else 1 if size >= 10 else 2


def chart_of(lang: ReportLanguage, series: Series) -> Chart:
    """The series with its value axis (round ticks) and every label formatted in the report's language
    from the Decimal values (floats are only the plotting coordinates)."""
    exact = [(name, tuple(None if v is None else Decimal(v) for v in values)) for name, values in series.lines]
    totals = [sum((values[i] or 0 for _name, values in exact if i < len(values)), Decimal(0))
              for i in range(len(series.categories))] if series.kind == SeriesKind.STACKED_BAR else []
    present = [float(v) for _name, values in exact for v in values if v is not None] + [float(t) for t in totals]
    top, bottom = max(present, default=0.0), min(present, default=0.0)
    # bars start at zero; a line whose values all lie well above zero gets an axis around them
    start = bottom if series.kind == SeriesKind.LINE and 0 < top * 0.5 < bottom else min(0.0, bottom)
    step = _nice_step((max(top, start) - start) or abs(top) or 1.0)
    low = math.floor(start / step + 1e-9) * step
    high = max(math.ceil(top / step - 1e-9) * step, low + step)
    at = [low + i * step for i in range(int(round((high - low) / step)) + 1)]
    if series.unit == "%":
        places = _decimals(step * 100)
        ticks = tuple((v, lang.percent(Decimal(repr(round(v, 9))), places)) for v in at)
        unit = ""

        def label(v: Decimal) -> str:
            return lang.percent(v, max(places, 1))
    else:
        biggest = max(abs(low), abs(high))
        scale = 10 ** 9 if biggest >= 1e9 else 10 ** 6 if biggest >= 1e6 else 10 ** 3 if biggest >= 1e4 else 1
        places = _decimals(step / scale)
        ticks = tuple((v, _scaled(lang, Decimal(repr(round(v, 9))), scale, places)) for v in at)
        whole = (all(v == v.to_integral_value() for _n, values in exact for v in values if v is not None)
                 or bool(series.unit and series.unit.isupper()))   # money: no cents on a chart
        unit = series.unit or ""

        def label(v: Decimal) -> str:
            return _scaled(lang, v, scale, _value_places(v, scale, whole))
    lines = tuple(ChartLine(name, tuple(None if v is None else float(v) for v in values),
                            tuple("" if v is None else label(v) for v in values)) for name, values in exact)
    return Chart(series.key, SeriesKind(series.kind), tuple(series.categories), lines, low, high, ticks, unit,
                 tuple(label(t) for t in totals))


def _chart_notes(chart: Chart) -> tuple[str, ...]:
    """One line per category with every line's value, for answering questions."""
    notes = []
    for i, category in enumerate(chart.categories):
        values = [(line.name, line.labels[i]) for line in chart.lines if i < len(line.labels) and line.labels[i]]
        if not values:
            continue
        if len(chart.lines) == 1:
            notes.append(f"{category}: {values[0][1]}")
        else:
            notes.append(f"{category}: " + "; ".join(f"{name} {value}" for name, value in values))
    return tuple(notes)
