"""The report workbook's shape, read back with openpyxl: sheet names are valid, unique and come from the
section titles, number formats carry the currency and the report language's dates, headers are bold, frozen
and filtered, charts have their series, document properties are set, an empty table is still a valid table.
Numbers that must equal the Report are in test_render_xlsx_figures.py."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from xlsx_sample_report import as_number, make_report, table_on

from collectdesk.reports.model import SeriesKind
from collectdesk.reports.render_xlsx import render_xlsx


@pytest.mark.parametrize("lang", ["en", "pl", "de"])
def test_sheet_names_are_valid_unique_and_from_the_titles(written, lang):
    report, wb, _ = written[lang]
    names = wb.sheetnames
    assert len(names) == 1 + len(report.sections)
    assert len({n.casefold() for n in names}) == len(names)
    for name in names:
        assert 0 < len(name) <= 31 and not re.search(r"[\[\]:*?/\\]", name) and name[0] != "'"
        assert name.casefold() != "history"
    first = names[1]
    assert first == {"en": "Collected against target branch", "pl": "Ściągnięte względem celu oddzia",
                     "de": "Eingezogene Beträge gegenüber d"}[lang]
    assert names[4].startswith(first[:26]) and names[4].endswith("(2)")       # the same title twice
    assert names[2] == report.sections[1].title[:31].rstrip()


def test_number_formats_carry_the_currency_per_row(written):
    report, wb, _ = written["en"]
    ws = wb.worksheets[1]
    ref = table_on(ws, "collected_by_collector").ref
    rows = ws[ref][1:]
    for cells, want in zip(rows, report.sections[0].tables[1].rows):
        collected, promises, kept, last = cells[2], cells[3], cells[4], cells[5]
        assert collected.number_format == f'#,##0.00 "{want["currency"]}"'
        assert promises.number_format == "#,##0" and kept.number_format == "0.0%"
        assert last.number_format == "m\\/d\\/yyyy"
    branches = ws[table_on(ws, "collected_by_branch").ref]
    assert [c.number_format for c in branches[1]][1:] == ['#,##0.00 "EUR"', '#,##0.00 "EUR"', "0.0%", "#,##0",
                                                          "#,##0.0"]


@pytest.mark.parametrize("lang, date_format", [("pl", "d\\.mm\\.yyyy"), ("de", "dd\\.mm\\.yyyy")])
def test_dates_take_the_report_languages_short_date(written, lang, date_format):
    _, wb, _ = written[lang]
    ws = wb.worksheets[1]
    last = ws[table_on(ws, "collected_by_collector").ref][1][5]
    assert last.number_format == date_format and last.is_date
    aging = wb.worksheets[2]
    as_of = aging[table_on(aging, "aging").ref][1][4]
    assert as_of.number_format == f"{date_format} hh:mm" and isinstance(as_of.value, datetime)
    assert as_of.value == datetime(2026, 10, 31, 22, 30, tzinfo=UTC).astimezone().replace(tzinfo=None)


def test_header_is_bold_frozen_and_every_table_has_a_filter(written):
    report, wb, _ = written["de"]
    aging = wb.worksheets[2]                                    # one table: its header is frozen
    table = table_on(aging, "aging")
    header_row = int(re.match(r"A(\d+)", table.ref).group(1))
    assert aging.freeze_panes == f"A{header_row + 1}"
    assert all(c.font.bold for c in aging[header_row] if c.value)
    for ws in wb.worksheets[1:]:
        for t in ws.tables.values():
            assert t.autoFilter is not None and t.autoFilter.ref == t.ref
            first = ws[t.ref][0]
            assert [c.value for c in first] == [col.name for col in t.tableColumns]
    two = wb.worksheets[1]
    assert len(two.tables) == 2 and two.freeze_panes is None   # two tables: a frozen header would mislead


def test_charts_one_per_series_with_its_lines(written):
    report, wb, _ = written["en"]
    for ws, section in zip(wb.worksheets[1:], report.sections):
        charts = ws._charts
        assert len(charts) == len(section.series)
        for chart, series in zip(charts, section.series):
            assert len(chart.series) == len(series.lines)
            want = {SeriesKind.LINE: "lineChart", SeriesKind.BAR: "barChart",
                    SeriesKind.STACKED_BAR: "barChart"}[series.kind]
            assert chart.tagname == want
            if series.kind == SeriesKind.STACKED_BAR:
                assert chart.grouping == "stacked"
            ref = chart.series[0].val.numRef.f
            sheet, cells = ref.rsplit("!", 1)
            got = [as_number(c.value) for (c,) in ws[cells.replace("$", "")]]
            assert got == [Decimal(v) for v in series.lines[0][1]]


def test_document_properties(written):
    report, wb, _ = written["de"]
    props = wb.properties
    assert props.title == "Collections report"
    assert props.creator == "Zofia Żółkiewska" and props.subject == "October 2026"
    assert "collections" in props.keywords and "2026-10-01..2026-10-31" in props.keywords
    assert props.language == "de"
    assert props.created == datetime(2026, 11, 2, 7, 15)


def test_empty_table_has_a_valid_sheet_table_and_no_total(tmp_path):
    report = make_report("en", collectors=0)
    wb = load_workbook(render_xlsx(report, tmp_path / "empty.xlsx"))
    ws = wb.worksheets[1]
    t = table_on(ws, "collected_by_collector")
    first, last = (int(x[1:]) for x in t.ref.split(":"))
    assert last == first + 1
    assert not any(c.data_type == "f" for row in ws.iter_rows(min_row=last + 1) for c in row)   # no total
