"""Slides for presenting a report (reports.slides): which slides a report makes, what each says, in the report's
language, and one deck built end to end from the collections builder on both databases.

The reports here are built by hand the way the builders build them (texts already in the report's language)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import (ColumnKind, Direction, Fact, Report, ReportKind, ReportParams, Section, Series,
                                       SeriesKind)
from collectdesk.reports.slides import MAX_FIGURES, SlideKind, Tone, build_slides

NBSP = "\u00a0"
SENTENCES = (
    "Collections in October reached €1.24 m, 6 % below target.",
    "Broken promises rose to 31.2 %, mostly in the Kraków team.",
    "Polish collections fell 6.2 % but stayed above target.",
    "The collection effectiveness index held steady at 68.4 %.",
    "Promises made rose by 230 to 4,210.",
)
METHOD = "The projection adds scheduled installments and open promises weighted by each collector's kept rate."
LEFT_OUT = "Customer feedback is left out: no feedback has been recorded yet."


def report(language: str = "en", *, sections: tuple[Section, ...] | None = None, summary=None) -> Report:
    params = ReportParams(ReportKind.COLLECTIONS, date(2026, 10, 1), date(2026, 10, 31), "October 2026",
                          language=language, author="Łukasz Wąsowski", department="Collections department")
    facts = (
        Fact("collected_EUR", "Collected (EUR)", Decimal("1240567.89"), ColumnKind.MONEY, "EUR",
             previous=Decimal("1180000.00"), target=Decimal("1320000.00")),
        Fact("collected_PLN", "Collected (PLN)", Decimal("845210.50"), ColumnKind.MONEY, "PLN",
             previous=Decimal("901000.00"), target=Decimal("800000.00")),
        Fact("broken_rate", "Broken promises", Decimal("0.312"), ColumnKind.PERCENT, previous=Decimal("0.274"),
             target=Decimal("0.25"), higher_is_better=False),
        Fact("cei", "Collection effectiveness index", Decimal("0.684"), ColumnKind.PERCENT,
             previous=Decimal("0.681")),
        Fact("promises", "Promises made", 4210, ColumnKind.INTEGER, previous=3980),
    )
    trend = Series("trend", "Collected by month (EUR)", SeriesKind.LINE, ("May", "Jun", "Jul", "Aug", "Sep", "Oct"),
                   (("Collected", (Decimal("1010000"), Decimal("1120000"), Decimal("1090000"), Decimal("1150000"),
                                   Decimal("1180000"), Decimal("1240567.89"))),
                    ("Target", (Decimal("1200000"),) * 6)), unit="EUR")
    rate = Series("rate", "Broken promise rate", SeriesKind.LINE, ("W40", "W41", "W42", "W43", "W44"),
                  (("Rate", (Decimal("0.27"), Decimal("0.29"), None, Decimal("0.33"), Decimal("0.312"))),), unit="%")
    methods = Series("methods", "Payments by method", SeriesKind.BAR, ("Bank transfer", "Card", "Cash"),
                     (("Payments", (812, 455, 41)),))
    aging = Series("aging", "Aging at start and end", SeriesKind.STACKED_BAR, ("Start", "End"),
                   (("1–30", (Decimal("400000.40"), Decimal("380000"))),
                    ("31–60", (Decimal("250000.30"), Decimal("270000"))),
                    ("61–90", (Decimal("120000.30"), Decimal("150000")))), unit="EUR")
    if sections is None:
        sections = (Section("collected", "Collected against target", SENTENCES, facts, series=(trend, rate),
                            method=METHOD),
                    Section("payments", "Payments", ("Bank transfers made up almost two thirds of all payments.",),
                            series=(methods, aging)),
                    Section("tables_only", "Detail", ()),
                    Section("outlook", "Outlook", ("Revenue for November is projected at €1.31 m.",
                                                   "The Kraków team gets extra coaching on promises.")))
    return Report(params, "Collections report", "October 2026 · All branches",
                  summary if summary is not None else SENTENCES[:2], sections,
                  datetime(2026, 11, 2, 6, 30, tzinfo=UTC), language, notes=(LEFT_OUT,))


def test_the_deck_has_a_title_the_summary_and_per_section_figures_charts_and_points():
    slides = build_slides(report())
    assert [(s.kind, s.title) for s in slides] == [
        (SlideKind.TITLE, "Collections report"),
        (SlideKind.SUMMARY, "Summary"),
        (SlideKind.FIGURES, "Collected against target"),     # five facts: three here ...
        (SlideKind.FIGURES, "Collected against target"),     # ... and two here, none lost
        (SlideKind.CHART, "Collected by month (EUR)"),
        (SlideKind.CHART, "Broken promise rate"),
        (SlideKind.POINTS, "Payments"),                      # the sentences first, then the charts
        (SlideKind.CHART, "Payments by method"),
        (SlideKind.CHART, "Aging at start and end"),
        (SlideKind.POINTS, "Outlook"),                       # a section of sentences only; one of tables none
    ]
    assert [s.counter for s in slides] == [f"{n} / 10" for n in range(1, 11)]
    assert all(s.footer == "Collections report · October 2026 · All branches" for s in slides)
    assert slides[2].kicker == "Key figures" and slides[3].kicker == "Key figures, continued"
    assert slides[4].kicker == "Collected against target"


def test_figures_are_split_evenly_at_most_four_a_slide_and_none_is_lost():
    slides = build_slides(report())
    figures = [s for s in slides if s.kind == SlideKind.FIGURES]
    assert [len(s.figures) for s in figures] == [3, 2]
    assert [f.key for s in figures for f in s.figures] == [
        "collected_EUR", "collected_PLN", "broken_rate", "cei", "promises"]
    nine = tuple(Fact(f"f{i}", f"Figure {i}", i + 1, ColumnKind.INTEGER) for i in range(9))
    many = build_slides(report(sections=(Section("s", "Many", facts=nine),)))
    assert [len(s.figures) for s in many if s.kind == SlideKind.FIGURES] == [3, 3, 3]
    assert all(len(s.figures) <= MAX_FIGURES for s in many)


def test_every_sentence_is_a_talking_point_once_in_order_and_few_to_a_slide():
    slides = build_slides(report())
    section = [s for s in slides if s.section_key == "collected"]
    assert [p for s in section for p in s.points] == list(SENTENCES)
    for s in slides:
        most = {SlideKind.FIGURES: 3 if len(s.figures) <= 2 else 2, SlideKind.CHART: 0}.get(s.kind, 4)
        assert len(s.points) <= most, (s.kind, s.points)
    assert slides[1].points == SENTENCES[:2]          # the executive summary
    long = tuple(f"Sentence number {i} of a long narrative about the month." for i in range(9))
    alone = build_slides(report(sections=(Section("n", "Narrative", long),), summary=()))
    assert [len(s.points) for s in alone[1:]] == [3, 3, 3]          # nine: evenly, not 4 + 4 + 1
    assert [s.kicker for s in alone[1:]] == ["Key points", "Key points, continued", "Key points, continued"]


def test_figures_carry_the_change_arrow_and_the_target_in_the_reports_language():
    slides = build_slides(report("de"))
    eur, pln, broken = slides[2].figures
    assert eur.value == f"1.240.567,89{NBSP}€"
    assert eur.change == f"+60.567,89{NBSP}€ (+5,1{NBSP}%)"
    assert (eur.arrow, eur.change_tone) == (Direction.UP, Tone.GOOD)
    assert eur.target.startswith(f"94,0{NBSP}%") and f"1.320.000,00{NBSP}€" in eur.target
    assert eur.target_tone == Tone.BAD                # below target
    assert pln.value == f"845.210,50{NBSP}PLN"
    assert (pln.arrow, pln.change_tone, pln.target_tone) == (Direction.DOWN, Tone.BAD, Tone.GOOD)
    points = ReportLanguage("de").translate("ReportFormats", "{value} pp", "percentage points")  # "{value} Pp."
    assert broken.value == f"31,2{NBSP}%" and broken.change == points.format(value="+3,8")
    assert (broken.arrow, broken.change_tone, broken.target_tone) == (Direction.UP, Tone.BAD, Tone.BAD)
    cei, promises = slides[3].figures
    assert (cei.arrow, cei.change_tone) == (Direction.FLAT, Tone.NEUTRAL)    # +0.3 pp: the narrative's "steady"
    assert promises.value == "4.210" and promises.change == f"+230 (+5,8{NBSP}%)"
    english = build_slides(report("en"))[2].figures[0]
    assert english.value == "€1,240,567.89" and english.change == f"+€60,567.89 (+5.1{NBSP}%)"
    polish = build_slides(report("pl"))[2].figures[0]
    assert polish.value == f"1{NBSP}240{NBSP}567,89{NBSP}€"


def test_a_figure_without_comparison_or_value_shows_no_arrow():
    bare = (Fact("a", "Accounts", 12, ColumnKind.INTEGER),
            Fact("b", "Kept rate", None, ColumnKind.PERCENT, previous=Decimal("0.5"), target=Decimal("0.6")))
    slide = build_slides(report(sections=(Section("s", "Bare", facts=bare),)))[2]
    a, b = slide.figures
    assert (a.value, a.arrow, a.change, a.target) == ("12", None, "", "")
    assert (b.value, b.arrow, b.target) == ("\u2013", None, "")
    assert slide.caption == ""                         # nothing is compared, so no word about arrows


def test_speaker_notes_hold_the_details_the_method_and_what_was_left_out():
    slides = build_slides(report("en"))
    assert slides[0].notes == (LEFT_OUT,)
    assert slides[0].lines == ("Collections department", "Presented by Łukasz Wąsowski",
                               "Figures as of November 2, 2026")
    first = slides[2].notes
    assert first[0] == ("Collected (EUR): €1,240,567.89 (previous period €1,180,000.00, target €1,320,000.00)")
    assert first[-1] == METHOD
    assert slides[3].notes == ("Collection effectiveness index: 68.4\u00a0% (previous period 68.1\u00a0%)",
                               "Promises made: 4,210 (previous period 3,980)")
    assert slides[4].notes[-1] == "Oct: Collected 1.24 m; Target 1.20 m"
    assert slides[5].notes == ("W40: 27.0\u00a0%", "W41: 29.0\u00a0%", "W43: 33.0\u00a0%", "W44: 31.2\u00a0%")


def test_charts_have_round_ticks_and_labels_formatted_in_the_reports_language():
    slides = build_slides(report("de"))
    trend, rate, methods, aging = (s.chart for s in slides if s.kind == SlideKind.CHART)
    assert trend.low == pytest.approx(1_000_000) and trend.high == pytest.approx(1_250_000)   # a line zooms in
    assert trend.ticks[0][1].startswith("1,00 ") and trend.ticks[1][1].startswith("1,05 ")   # "1,05 Mio."
    assert trend.unit == "EUR"
    assert rate.lines[0].values[2] is None and rate.lines[0].labels[2] == ""
    assert rate.lines[0].labels[-1] == f"31,2{NBSP}%" and rate.unit == ""
    assert methods.low == 0 and [label for _v, label in methods.ticks][-1] == "1.000"
    assert methods.lines[0].labels == ("812", "455", "41")
    assert aging.low == 0 and aging.high >= 800_000
    thousands = ReportLanguage("de").translate("Slides", "{value} k", "thousands on a chart axis")  # "{value} Tsd."
    assert aging.totals == (thousands.format(value="770"), thousands.format(value="800"))  # each stack's total
    assert aging.lines[0].labels[0].startswith("400")


def test_a_report_with_nothing_to_present_is_a_title_slide():
    slides = build_slides(report(sections=(Section("empty", "Empty"),), summary=()))
    assert [s.kind for s in slides] == [SlideKind.TITLE]
    assert slides[0].counter == "1 / 1"


def test_a_long_summary_goes_on_several_slides():
    slides = build_slides(report(summary=SENTENCES + SENTENCES[:2], sections=()))
    assert [len(s.points) for s in slides if s.kind == SlideKind.SUMMARY] == [4, 3]   # seven


def test_the_collections_builder_end_to_end(database, make_account):
    """Built from the database through the catalogue, in German: the collected figure reads as the builder's
    fact in the report's language, and every section with figures or a chart has a slide."""
    from collectdesk.reports import catalogue
    from collectdesk.services.payments import record_payment

    if ReportKind.COLLECTIONS not in catalogue.available():
        pytest.skip("the collections builder is not in this build")
    account = make_account(balance=Decimal("5000.00"))
    record_payment(database.ctx, account, amount=Decimal("1234.56"), paid_on=date(2026, 10, 12),
                   today=date(2026, 11, 2))
    record_payment(database.ctx, account, amount=Decimal("1000.00"), paid_on=date(2026, 9, 12),
                   today=date(2026, 11, 2))
    params = ReportParams(ReportKind.COLLECTIONS, date(2026, 10, 1), date(2026, 10, 31), language="de")
    built = catalogue.build(database.ctx, params)
    slides = build_slides(built)
    assert slides[0].kind == SlideKind.TITLE and slides[0].title == built.title
    collected = next(s for s in slides if s.kind == SlideKind.FIGURES and s.section_key == "collected")
    eur = next(f for f in collected.figures if f.key == "collected_EUR")
    assert eur.value == f"1.234,56{NBSP}€"
    assert eur.change == f"+234,56{NBSP}€ (+23,5{NBSP}%)" and eur.arrow == Direction.UP
    presented = {s.section_key for s in slides if s.section_key}
    assert presented == {s.key for s in built.sections if s.facts or s.series or s.sentences}
    assert sum(len(s.points) for s in slides if s.section_key) == sum(len(s.sentences) for s in built.sections)
    assert slides[-1].counter == f"{len(slides)} / {len(slides)}"


def test_changed_values_keep_the_change_sign_for_negative_amounts():
    fact = Fact("variance", "Variance against target", Decimal("-1234.56"), ColumnKind.MONEY, "EUR",
                previous=Decimal("500.00"))
    fig = build_slides(report("de", sections=(Section("v", "Variance", facts=(fact,)),)))[2].figures[0]
    assert fig.value == f"-1.234,56{NBSP}€"
    assert fig.change == f"-1.734,56{NBSP}€ (-346,9{NBSP}%)" and fig.arrow == Direction.DOWN


def test_slides_are_plain_data():
    slide = build_slides(report())[2]
    assert replace(slide, counter="x").counter == "x"       # frozen dataclasses, compared by value
    assert build_slides(report()) == build_slides(report())
