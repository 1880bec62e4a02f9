"""Fixtures shared by the report tests in this folder: `written` is the sample report of xlsx_sample_report.py
rendered to a workbook, for the test_render_xlsx_* modules."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from xlsx_sample_report import make_report

from collectdesk.reports.render_xlsx import render_xlsx


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """The report rendered once per language: {language: (report, workbook, path)}."""
    out = {}
    for lang in ("en", "pl", "de"):
        report = make_report(lang)
        path = render_xlsx(report, tmp_path_factory.mktemp(lang) / f"collections-2026-10-{lang}.xlsx")
        out[lang] = (report, load_workbook(path), path)
    return out
