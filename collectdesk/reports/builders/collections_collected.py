"""The collections report's first section: collected against target by branch, team and collector, per currency,
with the variance, the comparison period and a trend of the last periods (builders/collections.py assembles it).

Targets (docs/reports.md): a collector's is the scorecard's (their own amount_collected targets, pro-rated by
calendar days). A team's is the team's own target where it has one in that currency, else the sum of its
members' targets. A branch's is the sum of its teams' targets and those of its staff without a team. The
scope's total is the department-wide target where one exists (the whole department only), else the sum of the
branches'. So a target set at a higher level is never added to its members' targets.

A staff member belongs to their team's branch (their own branch without a team in scope). For the whole
department, money nobody on the scorecard was credited with (payments without a collector, or credited to
someone who is not scored) is a row of its own, so every table adds up to the department's collected.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from collectdesk.domain import kpis
from collectdesk.reports.builders.collections_data import CollectionsData
from collectdesk.reports.language import ReportLanguage
from collectdesk.reports.model import Column, ColumnKind, Fact, Series, SeriesKind, Table
from collectdesk.services.scorecard_read import Tally

ZERO = Decimal("0.00")
NOBODY = "nobody"  # the row key of money credited to nobody on the scorecard


def money_sum(parts) -> dict[str, Decimal]:
    out: dict = defaultdict(lambda: ZERO)
    for part in parts:
        for cur, amount in part.items():
            out[cur] += amount
    return dict(sorted(out.items()))


def share(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    """part / whole as a fraction (attainment, change); None when whole is missing or 0."""
    if part is None or whole is None or whole == 0:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"))


def attainment(collected: Decimal, target: Decimal | None) -> Decimal | None:
    """kpis.attainment (the scorecard's, percent to 1 dp) as a fraction."""
    if target is None or target <= 0:
        return None
    pct = kpis.attainment(collected, target)
    return None if pct is None else pct / 100


@dataclass(frozen=True)
class Group:
    """One row of a table: who, and their money per period (k over data.periods; targets also for next)."""
    key: str
    name: str
    team: str | None
    branch: str | None
    collected: list[dict[str, Decimal]]
    target: list[dict[str, Decimal]]


class Targets:
    """The rule of the module docstring, per period index k (len(data.periods) is the next period)."""

    def __init__(self, data: CollectionsData):
        self.data = data
        self.members: dict = defaultdict(list)
        for p in data.staff:
            self.members[p.team_id if p.team_id in data.teams else None].append(p)

    def branch_of(self, person) -> str | None:
        return self.data.teams[person.team_id][1] if person.team_id in self.data.teams else person.branch

    def staff(self, sid: uuid.UUID, k: int) -> dict[str, Decimal]:
        return self.data.staff_targets[k].get(sid, {})

    def team(self, tid: uuid.UUID, k: int) -> dict[str, Decimal]:
        own = self.data.team_targets[k].get(tid, {})
        members = money_sum(self.staff(p.id, k) for p in self.members.get(tid, []))
        return {cur: own.get(cur, members.get(cur)) for cur in sorted(set(own) | set(members))}

    def branch(self, name: str | None, k: int) -> dict[str, Decimal]:
        parts = [self.team(tid, k) for tid, (_team, branch) in self.data.teams.items() if branch == name]
        parts += [self.staff(p.id, k) for p in self.members.get(None, []) if p.branch == name]
        return money_sum(parts)

    def branches(self) -> list[str | None]:
        names = {branch for _team, branch in self.data.teams.values()}
        names |= {p.branch for p in self.members.get(None, [])}
        return sorted(names, key=lambda n: (n is None, n or ""))

    def total(self, k: int) -> dict[str, Decimal]:
        below = money_sum(self.branch(name, k) for name in self.branches())
        dept = self.data.department_targets[k]
        return {cur: dept.get(cur, below.get(cur)) for cur in sorted(set(dept) | set(below))}


def _collected(data: CollectionsData, sid, k) -> dict[str, Decimal]:
    return dict((data.payments.get((sid, k)) or Tally()).collected)


def nobody(data: CollectionsData, k: int) -> dict[str, Decimal]:
    """Money of period k (the report's or the comparison period) credited to nobody on the scorecard (the whole
    department only)."""
    credited = money_sum(_collected(data, p.id, k) for p in data.staff)
    left = {cur: amount - credited.get(cur, ZERO) for cur, amount in data.collected_total[k].items()}
    return {cur: amount for cur, amount in left.items() if amount != 0}


def groups(lang: ReportLanguage, data: CollectionsData, targets: Targets, level: str, whole: bool) -> list[Group]:
    """The rows of the branch, team or collector table (every period), plus the 'credited to nobody' row."""
    say = QCoreApplication.translate  # what lupdate reads say(...) as
    say = lang.translate              # at run time: the report's language
    n = len(data.periods)
    out: list[Group] = []
    if level == "collector":
        for p in data.staff:
            out.append(Group(str(p.id), p.name, p.team, targets.branch_of(p),
                             [_collected(data, p.id, k) for k in range(n)],
                             [targets.staff(p.id, k) for k in range(n + 1)]))
    elif level == "team":
        for tid, (team, branch) in sorted(data.teams.items(), key=lambda t: (t[1][1], t[1][0])):
            people = targets.members.get(tid, [])
            out.append(Group(str(tid), team, team, branch,
                             [money_sum(_collected(data, p.id, k) for p in people) for k in range(n)],
                             [targets.team(tid, k) for k in range(n + 1)]))
        loose = targets.members.get(None, [])
        if loose:
            out.append(Group("no_team", say("CollectionsReport", "No team"), None, None,
                             [money_sum(_collected(data, p.id, k) for p in loose) for k in range(n)],
                             [money_sum(targets.staff(p.id, k) for p in loose) for k in range(n + 1)]))
    else:
        for name in targets.branches():
            people = [p for p in data.staff if targets.branch_of(p) == name]
            out.append(Group(name or "no_branch", name or say("CollectionsReport", "No branch"), None, name,
                             [money_sum(_collected(data, p.id, k) for p in people) for k in range(n)],
                             [targets.branch(name, k) for k in range(n + 1)]))
    if whole:
        left = [nobody(data, k) if k >= n - 2 else {} for k in range(n)]
        if any(left[-2:]):
            out.append(Group(NOBODY, say("CollectionsReport", "Not credited to a collector"), None, None, left,
                             [{} for _ in range(n + 1)]))
    return out


def currencies(data: CollectionsData, targets: Targets) -> list[str]:
    """The currencies of the report's and the comparison period (collected or target), the one with the most
    payments in the period first (amounts in different currencies cannot be compared without a rate)."""
    k = len(data.periods) - 1
    now, before = data.collected_total[k], data.collected_total[k - 1]
    found = set(now) | set(before) | set(targets.total(k)) | set(targets.total(k - 1))
    payments: dict = defaultdict(int)
    for (_method, cur), (n, _amount) in data.methods[1].items():
        payments[cur] += n
    return sorted(found, key=lambda cur: (-payments[cur], cur))


def table(lang: ReportLanguage, level: str, currency: str, rows: list[Group], k: int,
          previous_label: str) -> Table | None:
    say = QCoreApplication.translate
    say = lang.translate
    titles = {
        "branch": say("CollectionsReport", "Collected against target by branch, {currency}"),
        "team": say("CollectionsReport", "Collected against target by team, {currency}"),
        "collector": say("CollectionsReport", "Collected against target by collector, {currency}"),
    }
    first = {
        "branch": Column("name", say("CollectionsReport", "Branch"), width=24),
        "team": Column("name", say("CollectionsReport", "Team"), width=24),
        "collector": Column("name", say("CollectionsReport", "Collector"), width=26),
    }[level]
    columns = [first]
    if level == "team":
        columns.append(Column("branch", say("CollectionsReport", "Branch"), width=20))
    if level == "collector":
        columns.append(Column("team", say("CollectionsReport", "Team"), width=20))
    columns += [
        Column("collected", say("CollectionsReport", "Collected"), ColumnKind.MONEY, currency=currency, total=True),
        Column("target", say("CollectionsReport", "Target"), ColumnKind.MONEY, currency=currency, total=True),
        Column("variance", say("CollectionsReport", "Variance"), ColumnKind.MONEY, currency=currency, total=True),
        Column("attainment", say("CollectionsReport", "Attainment"), ColumnKind.PERCENT),
        Column("previous", previous_label, ColumnKind.MONEY, currency=currency, total=True),
        Column("change", say("CollectionsReport", "Change"), ColumnKind.PERCENT),
    ]
    out = []
    for g in rows:
        now, before = g.collected[k].get(currency), g.collected[k - 1].get(currency)
        goal = g.target[k].get(currency)
        if now is None and before is None and goal is None:
            continue
        value = now or ZERO
        out.append({"key": g.key, "name": g.name, "team": g.team or "", "branch": g.branch or "",
                    "collected": value, "target": goal,
                    "variance": value - goal if goal is not None else None,
                    "attainment": attainment(value, goal), "previous": before or ZERO,
                    "change": share(value - (before or ZERO), before) if before else None})
    if not out:
        return None
    return Table(f"collected_by_{level}_{currency.lower()}", titles[level].format(currency=currency),
                 tuple(columns), tuple(out),
                 note=say("CollectionsReport", "Variance is collected minus target; attainment is collected "
                                               "divided by target."))


def facts(lang: ReportLanguage, data: CollectionsData, targets: Targets, cur_list: list[str]) -> list[Fact]:
    say = QCoreApplication.translate
    say = lang.translate
    k = len(data.periods) - 1
    out = []
    for cur in cur_list:
        out.append(Fact(f"collected_{cur}", say("CollectionsReport", "Collections in {currency}").format(currency=cur),
                        data.collected_total[k].get(cur, ZERO), ColumnKind.MONEY, cur,
                        previous=data.collected_total[k - 1].get(cur, ZERO), target=targets.total(k).get(cur)))
    return out


def trend(lang: ReportLanguage, data: CollectionsData, targets: Targets, cur_list: list[str],
          categories: tuple[str, ...]) -> list[Series]:
    """Collected against target per period of the trend, one chart per currency."""
    say = QCoreApplication.translate
    say = lang.translate
    out = []
    for cur in cur_list:
        collected = tuple(data.collected_total[k].get(cur, ZERO) for k in range(len(data.periods)))
        goal = tuple(targets.total(k).get(cur) for k in range(len(data.periods)))
        lines = [(say("CollectionsReport", "Collected"), collected)]
        if any(v is not None for v in goal):
            lines.append((say("CollectionsReport", "Target"), goal))
        out.append(Series(f"collected_trend_{cur.lower()}",
                          say("CollectionsReport", "Collected against target, {currency}").format(currency=cur),
                          SeriesKind.LINE, categories, tuple(lines), unit=cur))
    return out
