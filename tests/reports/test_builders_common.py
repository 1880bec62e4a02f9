"""What the report builders share (reports/builders/common.py), and the helpers their tests share: a second
branch with its own team and collector (for scope filters), and building a report through the catalogue."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from types import SimpleNamespace

import pytest

from collectdesk.domain.enums import FeedbackSource, StaffRole, WriteOffReason
from collectdesk.domain.errors import NotFoundError, ValidationError
from collectdesk.domain.periods import PeriodKind
from collectdesk.reports import catalogue
from collectdesk.reports.builders.common import (Steps, enum_text, period_label, read_scope, report_period,
                                                  short_period_label)
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import Report, ReportCancelled, ReportKind, ReportParams
from collectdesk.store.models import Branch, StaffMember, Team

MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def make_report(database, kind: ReportKind, period=MARCH, *, scope: str = "all", language: str = "en",
                progress=None, cancel=None) -> Report:
    params = ReportParams(ReportKind(kind), period[0], period[1], scope=scope, language=language)
    return catalogue.build(database.ctx, params, progress=progress, cancel=cancel)


def section(report: Report, key: str):
    return next(s for s in report.sections if s.key == key)


def table(report: Report, key: str):
    return next(t for t in report.all_tables if t.key == key)


def fact(report: Report, key: str):
    return next(f for s in report.sections for f in s.facts if f.key == key)


def column_total(tbl, key: str):
    return sum(row[key] or 0 for row in tbl.rows)


def all_text(report: Report) -> str:
    parts = [report.title, report.subtitle, *report.summary, *report.notes]
    for s in report.sections:
        parts += [s.title, *s.sentences]
        for t in s.tables:
            parts += [t.title, t.note or "", *(c.title for c in t.columns)]
            parts += [str(v) for row in t.rows for v in row.values() if isinstance(v, str)]
    return "\n".join(parts)


@pytest.fixture
def warsaw(database, org):
    """A second branch (Warszawa) with its own team, collector (Piotr) and supervisor."""
    with database.ctx.transaction() as s:
        branch = Branch(name="Warszawa Śródmieście", country="PL", city="Warszawa", timezone="Europe/Warsaw")
        s.add(branch)
        s.flush()
        team = Team(name="Windykacja 1", branch_id=branch.id)
        s.add(team)
        s.flush()
        piotr = StaffMember(username="piotr", full_name="Piotr Wójcik", role=StaffRole.COLLECTOR, team_id=team.id,
                            branch_id=branch.id, language="pl")
        boss = StaffMember(username="zofia", full_name="Zofia Łęcka", role=StaffRole.SUPERVISOR, team_id=team.id,
                           branch_id=branch.id, language="pl")
        s.add_all([piotr, boss])
        s.flush()
        return SimpleNamespace(branch=branch.id, team=team.id, piotr=piotr.id, boss=boss.id)


# ------------------------------------------------------------------------------------------------ common.py

def test_the_period_is_read_as_the_narrowest_kind_its_dates_are():
    def kind(start, end):
        return report_period(ReportParams(ReportKind.AGING, start, end)).kind

    assert kind(date(2026, 3, 1), date(2026, 3, 31)) is PeriodKind.MONTH
    assert kind(date(2026, 3, 2), date(2026, 3, 8)) is PeriodKind.WEEK       # Monday to Sunday
    assert kind(date(2026, 3, 5), date(2026, 3, 5)) is PeriodKind.DAY
    assert kind(date(2026, 1, 1), date(2026, 3, 31)) is PeriodKind.QUARTER
    assert kind(date(2026, 1, 1), date(2026, 12, 31)) is PeriodKind.YEAR
    assert kind(date(2026, 3, 1), date(2026, 3, 15)) is PeriodKind.CUSTOM


def test_period_labels_in_the_reports_language():
    march = report_period(ReportParams(ReportKind.AGING, *MARCH))
    assert period_label(ReportLanguage("en"), march) == "March 2026"
    assert period_label(ReportLanguage("pl"), march) == "marzec 2026"
    assert period_label(ReportLanguage("de"), march) == "März 2026"
    assert period_label(ReportLanguage("it"), march) == "marzo 2026"
    assert short_period_label(ReportLanguage("de"), march) == "Mär 2026"
    week = report_period(ReportParams(ReportKind.AGING, date(2026, 3, 2), date(2026, 3, 8)))
    assert "10" in period_label(ReportLanguage("en"), week) and "2026" in period_label(ReportLanguage("en"), week)


def test_labels_are_the_ui_words_in_the_reports_language():
    assert enum_text(ReportLanguage("de"), WriteOffReason.DECEASED) != "Deceased"
    assert enum_text(ReportLanguage("en"), FeedbackSource.CALL) == "Phone call"
    assert enum_text(ReportLanguage("pl"), FeedbackSource.CALL) not in ("", "Phone call")


def test_a_scope_names_its_team_or_branch_and_a_wrong_one_is_refused(database, org):
    lang = ReportLanguage("en")

    def scope(text):
        return read_scope(database.ctx, ReportParams(ReportKind.AGING, *MARCH, scope=text), lang)

    assert scope("all").whole
    assert (scope(f"team:{org.team}").team_id, scope(f"team:{org.team}").name) == (org.team, "Recupero 1")
    assert scope(f"branch:{org.branch}").name == "Milano Centro"
    with pytest.raises(ValidationError):
        scope("region:north")
    with pytest.raises(NotFoundError):
        scope(f"team:{uuid.uuid4()}")


def test_steps_report_progress_and_honour_cancel():
    seen = []
    steps = Steps(3, lambda done, total: seen.append((done, total)))
    steps.next()
    steps.next()
    assert seen == [(1, 3), (2, 3)]
    flag = {"stop": False}
    steps = Steps(2, None, lambda: flag["stop"])
    flag["stop"] = True
    with pytest.raises(ReportCancelled):
        steps.next()


@pytest.mark.parametrize("kind", [k for k in ReportKind if k is not ReportKind.COLLECTIONS])
def test_every_builder_is_in_the_catalogue_and_cancels(database, org, kind):
    assert kind in catalogue.available()
    with pytest.raises(ReportCancelled):
        make_report(database, kind, cancel=lambda: True)
    seen = []
    report = make_report(database, kind, language="de", progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] and [d for d, _t in seen] == sorted(d for d, _t in seen)
    assert report.language == "de" and report.params.period_label == "März 2026"
    assert report.title and report.sections or report.notes


def test_a_long_ranking_prints_its_head_and_keeps_every_row_for_the_spreadsheet():
    from collectdesk.reports.builders.common import top_rows
    from collectdesk.reports.model import Column, ColumnKind, Table

    ranking = Table("by_collector", "Complaints by collector", (Column("n", "Complaints", ColumnKind.INTEGER),),
                    tuple({"n": 20 - i} for i in range(20)))
    head, whole = top_rows(ReportLanguage("en"), ranking)
    assert (head.key, len(head.rows), head.pdf) == ("by_collector_top", 15, True)
    assert head.title == "Complaints by collector: the first 15" and "20" in head.note
    assert (whole.key, len(whole.rows), whole.pdf) == ("by_collector", 20, False)
    assert top_rows(ReportLanguage("en"), replace(ranking, rows=ranking.rows[:15])) == (
        replace(ranking, rows=ranking.rows[:15]),)
