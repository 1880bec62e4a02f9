"""The narrative PDF of a report, read back with pdftotext and pdfinfo (poppler): the cover, the summary's
sentences, the key figures with their changes, formatted numbers in the report's language (German 1.234,56),
names with diacritics, "Page n of m" on every page after the cover, A4 and Letter, the recipient's copy line,
the appendix of every table in the combined PDF, a 5,000-row listing, Cancel and write errors leaving no file,
and the renderer's own words coming from the report's language, not the window's.

The reports here are built by hand the way the builders build them (texts already in the report's language)."""

from __future__ import annotations

import errno
import os
import re
import shutil
import subprocess
import time
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from collectdesk.domain.errors import StorageError
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import (Column, ColumnKind, Fact, Report, ReportCancelled, ReportKind, ReportParams,
                                       Section, Series, SeriesKind, Table)
from collectdesk.reports.render_pdf import render_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
                                reason="needs pdftotext and pdfinfo (poppler-utils)")

GENERATED = datetime(2026, 11, 2, 6, 30, tzinfo=UTC)
COLLECTORS = [("Łukasz Wąsowski", "Kraków", "PLN"), ("Jürgen Größ", "München", "EUR"),
              ("Niccolò Bianchi", "Torino", "EUR"), ("Zofia Żółkiewska", "Kraków", "PLN"),
              ("Søren Ærø-Müller", "München", "EUR"), ("Chiara Nicolò Ferraù", "Torino", "EUR")]
WORDS = {   # the builder's texts, by language (a builder writes them through the report language)
    "en": dict(title="Collections report", period="October 2026", subtitle="October 2026 · all branches",
               department="Collections department", collected="Collected against target", by="Collected by collector",
               collector="Collector", team="Team", cur="Currency", amount="Collected", target="Target",
               att="Attainment", payments="Payments", promises="Promises to pay", kept="Kept", broken="Broken",
               partial="Partly kept", rate="Broken-promise rate", made="Promises made", week="Collected by week",
               projection="Projected revenue", method="The projection adds the plan installments due to the end of "
               "the period, open promises weighted by each collector's kept rate over the last 90 days, and the run "
               "rate of the last four weeks for accounts without either.", detail="Payments received",
               date="Date", account="Account", debtor="Debtor", note="Amounts in the account's currency.",
               left_out="The customer feedback section is left out: no feedback has been recorded yet.",
               s1="Collections in October reached €1,234,567.89, 5 % below target.",
               s2="Broken promises rose to 31.0 %, mostly in the Kraków team of Łukasz Wąsowski.",
               s3="Jürgen Größ and Niccolò Bianchi passed their targets."),
    "de": dict(title="Inkassobericht", period="Oktober 2026", subtitle="Oktober 2026 · alle Filialen",
               department="Inkassoabteilung", collected="Eingezogen gegen Ziel", by="Eingezogen nach Sachbearbeiter",
               collector="Sachbearbeiter", team="Team", cur="Währung", amount="Eingezogen", target="Ziel",
               att="Zielerreichung", payments="Zahlungen", promises="Zahlungszusagen", kept="Eingehalten",
               broken="Gebrochen", partial="Teilweise", rate="Quote gebrochener Zusagen", made="Zusagen gemacht",
               week="Eingezogen je Woche", projection="Umsatzprognose", method="Die Prognose addiert die bis "
               "Periodenende fälligen Raten, offene Zusagen gewichtet mit der Einhaltungsquote jedes "
               "Sachbearbeiters und die Laufrate der letzten vier Wochen.", detail="Eingegangene Zahlungen",
               date="Datum", account="Konto", debtor="Schuldner", note="Beträge in der Währung des Kontos.",
               left_out="Der Abschnitt Kundenfeedback fehlt: Es wurde noch kein Feedback erfasst.",
               s1="Im Oktober wurden 1.234.567,89 € eingezogen, 5 % unter dem Ziel.",
               s2="Gebrochene Zusagen stiegen auf 31,0 %, vor allem im Team Kraków von Łukasz Wąsowski.",
               s3="Jürgen Größ und Niccolò Bianchi haben ihr Ziel übertroffen."),
}


def sample_report(language: str = "en", *, detail_rows: int = 150, detail_in_pdf: bool = False) -> Report:
    w = WORDS.get(language, WORDS["en"])
    params = ReportParams(kind=ReportKind.COLLECTIONS, period_start=date(2026, 10, 1), period_end=date(2026, 10, 31),
                          period_label=w["period"], language=language, author="Łukasz Wąsowski",
                          department=w["department"])
    money = lambda key, title, **kw: Column(key, title, ColumnKind.MONEY, currency_key="currency", **kw)  # noqa: E731
    by_collector = Table(
        key="collected_by_collector", title=w["by"], note=w["note"],
        columns=(Column("name", w["collector"]), Column("team", w["team"]), Column("currency", w["cur"]),
                 money("collected", w["amount"], total=True), money("target", w["target"], total=True),
                 Column("attainment", w["att"], ColumnKind.PERCENT),
                 Column("payments", w["payments"], ColumnKind.INTEGER, total=True)),
        rows=tuple({"name": name, "team": team, "currency": cur, "collected": Decimal("1234.56") * (i + 1) * 37,
                    "target": Decimal("1300.00") * (i + 1) * 37,
                    "attainment": (Decimal("1234.56") / Decimal("1300.00")).quantize(Decimal("0.0001")),
                    "payments": 120 + i * 7} for i, (name, team, cur) in enumerate(COLLECTORS)))
    weeks = tuple(f"{'KW ' if language == 'de' else 'W'}{n}" for n in range(40, 45))
    collected = Section(
        key="collected", title=w["collected"], sentences=(w["s1"], w["s3"]),
        facts=(Fact("collected_EUR", w["amount"] + " (EUR)", Decimal("1234567.89"), ColumnKind.MONEY, "EUR",
                    previous=Decimal("1180000.00"), target=Decimal("1300000.00")),
               Fact("collected_PLN", w["amount"] + " (PLN)", Decimal("456789.12"), ColumnKind.MONEY, "PLN",
                    previous=Decimal("470000.00"), target=Decimal("450000.00")),
               Fact("payments", w["payments"], 4321, ColumnKind.INTEGER, previous=4100)),
        tables=(by_collector,),
        series=(Series("by_week", w["week"] + " (EUR)", SeriesKind.LINE, weeks,
                       (("2026", (Decimal("251000.10"), Decimal("298500.00"), None, Decimal("310250.55"),
                                  Decimal("374817.24"))),
                        ("2025", (Decimal("240100.00"), Decimal("265000.00"), Decimal("280000.00"),
                                  Decimal("300500.00"), Decimal("329000.00")))), unit="EUR"),))
    teams = ("Kraków", "München", "Torino")
    promises = Section(
        key="promises", title=w["promises"], sentences=(w["s2"],),
        facts=(Fact("promises_made", w["made"], 1873, ColumnKind.INTEGER, previous=1920),
               Fact("broken_rate", w["rate"], Decimal("0.31"), ColumnKind.PERCENT, previous=Decimal("0.27"),
                    target=Decimal("0.25"), higher_is_better=False)),
        series=(Series("promise_outcomes", w["promises"], SeriesKind.STACKED_BAR, teams,
                       ((w["kept"], (412, 380, 295)), (w["partial"], (61, 40, 38)), (w["broken"], (230, 118, 101)))),
                Series("broken_by_team", w["rate"], SeriesKind.BAR, teams,
                       ((w["rate"], (Decimal("0.327"), Decimal("0.219"), Decimal("0.234"))),), unit="%")),
        tables=(Table("promises_by_team", w["promises"],
                      (Column("team", w["team"]), Column("made", w["made"], ColumnKind.INTEGER, total=True),
                       Column("kept", w["kept"], ColumnKind.INTEGER, total=True),
                       Column("broken", w["broken"], ColumnKind.INTEGER, total=True),
                       Column("rate", w["rate"], ColumnKind.PERCENT)),
                      tuple({"team": team, "made": 703 - i * 100, "kept": 412 - i * 30, "broken": 230 - i * 60,
                             "rate": Decimal("0.327") - i * Decimal("0.05")} for i, team in enumerate(teams))),))
    methods = ("transfer", "card", "cash", "direct debit")
    detail = Table(
        "payments", w["detail"],
        (Column("date", w["date"], ColumnKind.DATE), Column("account", w["account"]), Column("debtor", w["debtor"]),
         Column("method", "Method"), Column("currency", w["cur"]), money("amount", w["amount"], total=True)),
        tuple({"date": date(2026, 10, 1 + i % 31), "account": f"ACC-{100000 + i}",
               "debtor": COLLECTORS[i % len(COLLECTORS)][0], "method": methods[i % 4],
               "currency": "PLN" if i % 3 == 0 else "EUR", "amount": Decimal(i * 7919 % 250000) / 100 + Decimal("1000")}
              for i in range(detail_rows)), pdf=detail_in_pdf)
    projection = Section(key="projection", title=w["projection"], method=w["method"],
                         facts=(Fact("projected", w["projection"], Decimal("1388000.00"), ColumnKind.MONEY, "EUR",
                                     target=Decimal("1300000.00")),),
                         tables=(detail,))
    return Report(params=params, title=w["title"], subtitle=w["subtitle"], summary=(w["s1"], w["s2"], w["s3"]),
                  sections=(collected, promises, projection), generated_at=GENERATED, language=language,
                  notes=(w["left_out"],))


def pdf_pages(path, layout: bool = False) -> list[str]:
    """Each page's text, white space (NBSP too) collapsed; `layout`: a table's row on one line."""
    out = subprocess.run(["pdftotext", *(["-layout"] if layout else []), str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return [" ".join(page.split()) for page in out.split("\f")[:-1]]


def page_box(path) -> tuple[int, int]:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    width, height = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
    return round(float(width)), round(float(height))


def test_english_report_reads_like_the_report(tmp_path):
    report = sample_report("en")
    out = render_pdf(report, tmp_path / "collections.pdf")
    assert out == tmp_path / "collections.pdf"
    pages = pdf_pages(out)
    cover, summary, body = pages[0], pages[1], " ".join(pages[1:])
    for text in ("Collections report", "October 2026 · all branches", "Collections department", "Łukasz Wąsowski",
                 "Period", "Prepared by"):
        assert text in cover
    assert "Page 1 of" not in cover and "Copy for" not in cover       # no running head or foot on the cover
    assert "Summary" in summary and "Key figures" in summary
    for sentence in report.summary:
        assert sentence in summary
    # the key figures: value, change against the previous period, target attainment
    assert "€1,234,567.89" in summary
    assert "▲ +€54,567.89 (+4.6 %)" in summary
    assert "95.0 % of the target of €1,300,000.00" in summary
    assert "▲ +4.0 pp" in summary and "Target 25.0 %: not met" in summary
    assert "▼ −PLN 13,210.88 (−2.8 %)" in summary                   # for the worse: red, ▼
    assert "101.5 % of the target of PLN 450,000.00" in summary
    assert "The customer feedback section is left out" in body
    # sections: headings, method, table values right where they belong, totals per currency
    for text in ("Collected against target", "Promises to pay", "Projected revenue", "Method",
                 "The projection adds the plan installments", "Jürgen Größ", "Niccolò Bianchi", "Søren Ærø-Müller",
                 "Total EUR", "Total PLN", "Amounts in the account's currency."):
        assert text in body
    assert "Payments received" not in body   # the spreadsheet-only listing stays out of the narrative


def test_numbers_stand_right_aligned_under_their_header(tmp_path):
    path = render_pdf(sample_report("en"), tmp_path / "r.pdf")
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True).stdout
    page = next(p for p in html.split("<page ") if "€91,357.44" in p)     # the table's first page
    words = [(float(x0), float(y0), float(x1), text) for x0, y0, x1, text in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', page)]
    at: dict[str, tuple[float, float, float]] = {}
    for x0, y0, x1, text in words:
        at.setdefault(text, (x0, y0, x1))
    first_row = at["45,678.72"][1]     # Łukasz Wąsowski's row, the first
    header = max((w for w in words if w[3] == "Collected" and w[1] < first_row), key=lambda w: w[1])
    assert first_row - header[1] < 20                                  # the header right above the rows
    edges = [header[2]] + [at[text][2] for text in ("45,678.72", "€91,357.44", "€137,036.16", "182,714.88",
                                                     "€274,072.32", "€730,859.52", "228,393.60")]  # rows, totals
    assert max(edges) - min(edges) < 0.6, edges
    assert at["Łukasz"][0] < at["Kraków"][0] < at["€91,357.44"][0]    # names left, then the team, then money


def test_every_page_after_the_cover_has_title_period_page_and_time(tmp_path):
    report = sample_report("en", detail_rows=400, detail_in_pdf=True)
    pages = pdf_pages(render_pdf(report, tmp_path / "r.pdf"))
    total = len(pages)
    assert total >= 6
    generated = GENERATED.astimezone()
    stamp = f"Generated {generated.month}/{generated.day}/{generated.year}"   # en_US, four-digit year
    for n, text in enumerate(pages[1:], start=2):
        assert f"Page {n} of {total}" in text
        assert text.count("Collections report") >= 1 and "October 2026" in text
        assert stamp in text
    # the long listing repeats its header on every page it runs over and ends with its totals
    listing = [p for p in pages if "ACC-100" in p]
    assert len(listing) >= 3
    assert all("Date Account Debtor" in p for p in listing)
    assert "Total EUR" in listing[-1] and "Total PLN" in listing[-1]


def test_german_numbers_dates_and_names(tmp_path):
    pages = pdf_pages(render_pdf(sample_report("de", detail_rows=30, detail_in_pdf=True), tmp_path / "de.pdf"))
    text = " ".join(pages)
    assert "Inkassobericht" in pages[0] and "Oktober 2026" in pages[0]
    assert "1.234.567,89 €" in text                       # a fact
    assert "▲ +54.567,89 € (+4,6 %)" in text
    assert "95,0 %" in text
    rows = " ".join(pdf_pages(tmp_path / "de.pdf", layout=True))
    assert "Jürgen Größ München EUR 91.357,44 € 96.200,00 € 95,0 % 127" in rows   # his row: 1234,56 × 2 × 37
    assert "456.789,12 PLN" in text or "456.789,12 zł" in text
    assert "01.10.2026" in text                           # a date in the listing
    for name in ("Łukasz Wąsowski", "Jürgen Größ", "Niccolò Bianchi", "Zofia Żółkiewska", "Søren Ærø-Müller",
                 "Chiara Nicolò Ferraù", "Gebrochene Zusagen stiegen auf 31,0 %", "Zahlungszusagen"):
        assert name in text


def test_polish_money(tmp_path):
    text = " ".join(pdf_pages(render_pdf(sample_report("pl"), tmp_path / "pl.pdf")))
    assert "456 789,12 zł" in text and "Łukasz Wąsowski" in text and "Zofia Żółkiewska" in text


def test_letter_and_a4(tmp_path):
    report = sample_report("en")
    assert page_box(render_pdf(report, tmp_path / "a4.pdf")) == (595, 842)
    assert page_box(render_pdf(report, tmp_path / "letter.pdf", page_size="Letter")) == (612, 792)
    with pytest.raises(ValueError):
        render_pdf(report, tmp_path / "x.pdf", page_size="A5")


def test_copy_for_a_department_head(tmp_path):
    pages = pdf_pages(render_pdf(sample_report("en"), tmp_path / "copy.pdf", recipient="Jürgen Größ"))
    assert "Copy for Jürgen Größ" in pages[0]
    assert all("Copy for Jürgen Größ" in page for page in pages[1:])   # and on the foot of every page


def test_a_table_too_wide_for_upright_pages_gets_landscape_pages(tmp_path):
    """A scorecard of 16 figures per collector reads on landscape pages (at a readable size); a wide table of
    two rows is turned on its side instead (its columns as rows) and stays upright."""
    figures = [Column(f"k{i}", f"Figure number {i}", ColumnKind.MONEY, currency="EUR") for i in range(14)]
    wide = Table("scorecard", "Scorecard", (Column("name", "Collector"), Column("team", "Team"), *figures),
                 tuple({"name": COLLECTORS[i % 6][0], "team": COLLECTORS[i % 6][1],
                        **{f"k{j}": Decimal(1000 * i + j) + Decimal("0.25") for j in range(14)}} for i in range(60)))
    short = Table("by_currency", "By currency", (Column("currency", "Currency"), *figures),
                  ({"currency": "EUR", **{f"k{j}": Decimal(j) for j in range(14)}},
                   {"currency": "PLN", **{f"k{j}": Decimal(100 + j) for j in range(14)}}))
    report = sample_report("en")
    report = Report(params=report.params, title=report.title, subtitle=report.subtitle, summary=report.summary,
                    sections=(*report.sections, Section("staff", "Staff", tables=(wide, short))),
                    generated_at=GENERATED, language="en")
    path = render_pdf(report, tmp_path / "wide.pdf")
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(path)], check=True, capture_output=True,
                          text=True).stdout
    sizes = [tuple(round(float(x)) for x in m) for m in re.findall(r"Page +\d+ size: +([\d.]+) x ([\d.]+)", info)]
    pages = pdf_pages(path)
    rows = pdf_pages(path, layout=True)
    landscape = [i for i, size in enumerate(sizes) if size == (842, 595)]
    assert landscape and all(size in ((595, 842), (842, 595)) for size in sizes)
    assert all("Scorecard" in pages[i] and "Figure number 13" in pages[i] for i in landscape)
    assert "59,013.25" in " ".join(pages[i] for i in landscape)   # the last row's last figure (EUR in the header)
    assert all(f"Page {n + 1} of {len(pages)}" in pages[n] for n in landscape)
    upright_short = [i for i, text in enumerate(rows) if "By currency" in text]
    assert upright_short and sizes[upright_short[0]] == (595, 842)
    assert "Figure number 13 (EUR) 13.00 113.00" in rows[upright_short[0]]   # on its side: a figure per line


def test_combined_pdf_appends_every_table(tmp_path):
    report = sample_report("en", detail_rows=150)
    narrative = pdf_pages(render_pdf(report, tmp_path / "n.pdf"))
    combined = pdf_pages(render_pdf(report, tmp_path / "c.pdf", tables_appended=True))
    assert len(combined) > len(narrative)
    appendix = " ".join(combined[len(narrative):])
    assert "Tables" in appendix and "Payments received" in appendix
    for i in (0, 77, 149):
        assert f"ACC-{100000 + i}" in appendix                        # every detail row, first to last
    assert "Collected by collector" in appendix and "Promises to pay" in appendix   # the narrative's tables too
    total = len(combined)
    assert all(f"Page {n} of {total}" in page for n, page in enumerate(combined[1:], start=2))


def test_five_thousand_rows_in_reasonable_time(tmp_path):
    report = sample_report("de", detail_rows=5000)
    steps: list[tuple[int, int]] = []
    start = time.perf_counter()
    render_pdf(report, tmp_path / "big.pdf", tables_appended=True, progress=lambda d, t: steps.append((d, t)))
    elapsed = time.perf_counter() - start
    pages = pdf_pages(tmp_path / "big.pdf")
    text = " ".join(pages)
    assert "ACC-100000" in text and "ACC-104999" in text
    assert len(pages) > 100
    assert elapsed < 20, f"5,000 rows took {elapsed:.1f} s"   # about 2 s here; one LongTable would be minutes
    assert steps[-1][0] == steps[-1][1] and len(steps) > 100
    assert all(a[0] <= b[0] for a, b in zip(steps, steps[1:]))
    print(f"\n5,000-row appendix: {len(pages)} pages in {elapsed:.2f} s")


def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF- the older report")
    steps: list[tuple[int, int]] = []

    def cancel() -> bool:   # the user presses Cancel once a few pages of the listing are laid out
        return bool(steps) and steps[-1][0] > steps[-1][1] // 2

    with pytest.raises(ReportCancelled):
        render_pdf(sample_report("en", detail_rows=2000), target, tables_appended=True, cancel=cancel,
                   progress=lambda done, total: steps.append((done, total)))
    assert steps and steps[-1][0] < steps[-1][1]      # stopped in the middle of the layout
    assert target.read_bytes() == b"%PDF- the older report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]
    with pytest.raises(ReportCancelled):
        render_pdf(sample_report("en"), tmp_path / "new.pdf", cancel=lambda: True)
    assert not (tmp_path / "new.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_write_errors_are_storage_errors_and_leave_nothing(tmp_path, monkeypatch):
    with pytest.raises(StorageError, match="does not exist"):
        render_pdf(sample_report("en"), tmp_path / "missing" / "r.pdf")

    from reportlab.pdfgen.canvas import Canvas

    def full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Canvas, "save", full)
    with pytest.raises(StorageError, match="disk is full"):
        render_pdf(sample_report("en"), tmp_path / "r.pdf")
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()

    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr("collectdesk.reports.render_pdf.tempfile.mkstemp", refused)
    with pytest.raises(StorageError, match="no permission"):
        render_pdf(sample_report("en"), tmp_path / "r.pdf")
    assert list(tmp_path.iterdir()) == []


def test_the_renderers_words_come_from_the_report_language(tmp_path, monkeypatch):
    """A German report's own words go through the German report language even while the window is English:
    a stand-in translator marks what it translates."""
    real = ReportLanguage.translate

    def marked(self, context, text, disambiguation=None, n=-1):
        out = real(self, context, text, disambiguation, n)
        if context == "ReportPdf" and self.code == "de":  # the source text, marked (whatever the translation)
            return "«{}»".format(text.replace("%n", str(n)) if n >= 0 else text)
        return out

    monkeypatch.setattr(ReportLanguage, "translate", marked)
    pages = pdf_pages(render_pdf(sample_report("de"), tmp_path / "de.pdf", recipient="Niccolò Bianchi"))
    assert "«Copy for Niccolò Bianchi»" in pages[0] and "«Period»" in pages[0]
    assert "«Summary»" in pages[1] and "«Key figures»" in pages[1]
    total = len(pages)
    assert all(f"«Page {n} of {total}»" in page and "«Generated " in page
               for n, page in enumerate(pages[1:], start=2))
    english = " ".join(pdf_pages(render_pdf(sample_report("en"), tmp_path / "en.pdf")))
    assert "«" not in english


def test_a_built_report_renders_end_to_end(database, tmp_path):
    """Through the catalogue: the demo department's October, built by the collections builder in Polish and
    rendered as the combined PDF for a department head."""
    from collectdesk.reports import catalogue
    from collectdesk.services.demo import build_demo

    if ReportKind.COLLECTIONS not in catalogue.available():
        pytest.skip("the collections builder has not landed yet")
    build_demo(database.ctx, accounts=300, seed=3, today=date(2026, 11, 2))
    params = ReportParams(kind=ReportKind.COLLECTIONS, period_start=date(2026, 10, 1), period_end=date(2026, 10, 31),
                          language="pl", author="Łukasz Wąsowski", department="Dział windykacji")
    report = catalogue.build(database.ctx, params)
    steps: list[tuple[int, int]] = []
    path = render_pdf(report, tmp_path / "collections-2026-10-pl.pdf", tables_appended=True,
                      recipient="Zofia Żółkiewska", progress=lambda d, t: steps.append((d, t)))
    pages = pdf_pages(path)
    text = " ".join(pages)
    assert report.title in pages[0] and "Zofia Żółkiewska" in pages[0] and "Dział windykacji" in pages[0]
    for sentence in report.summary:
        assert " ".join(sentence.split()) in text
    lang = ReportLanguage("pl")
    facts = [f for s in report.sections for f in s.facts if f.value is not None]
    assert facts
    for fact in facts:
        assert lang.value(fact.value, fact.kind, fact.currency, places=1).replace("\u00a0", " ") in text
    for section in report.sections:
        assert " ".join(section.title.split()) in text
    for table in report.all_tables:   # the combined PDF carries every table, the spreadsheet-only ones too
        assert " ".join(table.title.split()) in text
    page_text = lang.translate("ReportPdf", "Page {page} of {pages}")   # Polish once translated
    assert all(page_text.format(page=n, pages=len(pages)) in page for n, page in enumerate(pages[1:], start=2))
    assert steps[-1][0] == steps[-1][1]
