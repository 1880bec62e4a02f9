"""The department: six branches in Italy, Poland and Germany, their teams and staff in every role."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from collectdesk.domain.enums import StaffRole
from collectdesk.services.demo import names as N
from collectdesk.services.demo.core import BranchRt, Gen, Staff
from collectdesk.services.demo.people import person_name, username
from collectdesk.services.demo.rows import DAY, EPOCH_ORDINAL, BranchCalendar

# people every demo has, whatever the seed: (branch, role, first, last)
NAMED_STAFF = (
    ("Milano", StaffRole.SUPERVISOR, "Niccolò", "Bianchi"),
    ("Napoli", StaffRole.COLLECTOR, "Gennaro", "D'Angelo"),
    ("Łódź", StaffRole.SUPERVISOR, "Łukasz", "Wójcik"),
    ("Łódź", StaffRole.COLLECTOR, "Agnieszka", "Zając"),
    ("Warszawa", StaffRole.COLLECTION_MANAGER, "Małgorzata", "Dąbrowska"),
    ("München", StaffRole.SUPERVISOR, "Jürgen", "Groß"),
    ("Köln", StaffRole.COLLECTOR, "Käthe", "Müller"),
    ("München", StaffRole.SENIOR_MANAGER, "Björn", "Schäfer"),
)

# (supervisor, collection manager) approval limits in cents, per currency; senior managers have none
APPROVAL_LIMITS = {"EUR": (500_000, 2_500_000), "PLN": (2_000_000, 10_000_000)}


@dataclass
class Org:
    branches: list[BranchRt]
    by_country: dict[str, list[BranchRt]]
    staff: list[Staff]
    collectors: list[Staff] = field(default_factory=list)  # active and departed, indexed by Staff.index
    portfolios: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)  # (country, kind) -> (id, owner)

    def of_role(self, role: StaffRole) -> list[Staff]:
        return [s for s in self.staff if s.role == role.value]


def collector_count(accounts: int) -> int:
    """About 800 accounts per collector, never fewer than three per branch."""
    return max(18, min(1500, round(accounts / 800)))


def build_organisation(g: Gen, accounts: int) -> Org:
    rng, fmt, today = g.rng, g.fmt, g.today
    first_day, last_day = today - 800, today + 400
    total_collectors = collector_count(accounts)
    taken: set[str] = set()
    staff: list[Staff] = []
    branches: list[BranchRt] = []
    named = list(NAMED_STAFF)

    def hire(branch: BranchRt | None, role: StaffRole, team_id: str | None, *, new: bool = False,
             leaves: bool = False, country: str | None = None, supervisor: Staff | None = None) -> Staff:
        country = country or branch.country
        preset = next((n for n in named if branch and n[0] == branch.name and n[1] == role), None)
        if preset:
            named.remove(preset)
            first, last = preset[2], preset[3]
        else:
            first, last, _ = person_name(g, country)
        if new:
            hired = today - rng.randint(5, 90)
        else:
            hired = today - rng.randint(180, 365 * (25 if role != StaffRole.COLLECTOR else 12))
        left = today - rng.randint(10, 330) if leaves else None
        if left is not None and hired > left - 90:
            hired = left - rng.randint(90, 2000)
        s = Staff(id=g.new_id(), username=username(first, last, taken), full_name=f"{first} {last}",
                  role=role.value, branch=branch, team_id=team_id, language=N.COUNTRY_LANGUAGE[country],
                  hire=hired, left=left, supervisor=supervisor)
        staff.append(s)
        return s

    for info in N.BRANCHES:
        cal = BranchCalendar(info.country, info.holiday_subdiv, first_day, last_day)
        created = (today - rng.randint(2000, 6000) - EPOCH_ORDINAL) * DAY + 8 * 3600
        b = BranchRt(name=info.name, country=info.country, currency=N.COUNTRY_CURRENCY[info.country],
                     language=N.COUNTRY_LANGUAGE[info.country], timezone=info.timezone, id=g.new_id(), calendar=cal)
        branches.append(b)
        g.rows["branch"].append(g.stamps(b.id, created) + (info.name, info.country, info.city, info.timezone))
        n_collectors = max(3, round(total_collectors * info.weight / 100))
        teams = []
        for t in range(math.ceil(n_collectors / 10)):
            team_id = g.new_id()
            teams.append(team_id)
            g.rows["team"].append(g.stamps(team_id, created) + (N.TEAM_NAMES[info.country].format(n=t + 1), b.id))
        back_office = g.new_id()
        g.rows["team"].append(g.stamps(back_office, created) + (N.BACK_OFFICE[info.country], b.id))
        b.supervisors = [hire(b, StaffRole.SUPERVISOR, team_id) for team_id in teams]
        by_team = dict(zip(teams, b.supervisors))
        for i in range(n_collectors):
            team_id = teams[i % len(teams)]
            b.collectors.append(hire(b, StaffRole.COLLECTOR, team_id, new=rng.random() < 0.1,
                                     supervisor=by_team[team_id]))
        for i in range(max(1, round(n_collectors * 0.08))):
            team_id = teams[i % len(teams)]
            b.departed.append(hire(b, StaffRole.COLLECTOR, team_id, leaves=True, supervisor=by_team[team_id]))
        b.accountants = [hire(b, StaffRole.ACCOUNTANT, back_office, supervisor=b.supervisors[0])
                         for _ in range(max(1, n_collectors // 40))]
        for i in range(max(2, n_collectors // 25)):
            hire(b, StaffRole.CUSTOMER_SERVICE, back_office, new=i == 1, leaves=i == 2, supervisor=b.supervisors[0])

    by_country: dict[str, list[BranchRt]] = {}
    for b in branches:
        by_country.setdefault(b.country, []).append(b)
    for country, group in by_country.items():
        # the collection manager sits in the first branch of the country (Warszawa for Poland)
        home = next((b for b in group if any(n[0] == b.name and n[1] == StaffRole.COLLECTION_MANAGER for n in named)),
                    group[0])
        manager = hire(home, StaffRole.COLLECTION_MANAGER, None)
        for b in group:
            b.manager = manager
    for name in ("Milano", "München", "Warszawa"):
        b = next(b for b in branches if b.name == name)
        senior = hire(b, StaffRole.SENIOR_MANAGER, None)
        for other in by_country[b.country]:
            other.senior = senior

    collectors = [s for b in branches for s in b.collectors + b.departed]
    for i, s in enumerate(collectors):
        s.index = i
    for s in staff:
        _staff_row(g, s)
    org = Org(branches=branches, by_country=by_country, staff=staff, collectors=collectors)
    _portfolios(g, org)
    return org


def _staff_row(g: Gen, s: Staff) -> None:
    fmt = g.fmt
    currency = s.branch.currency if s.branch else "EUR"
    limit = None
    if s.role == StaffRole.SUPERVISOR.value:
        limit = APPROVAL_LIMITS[currency][0]
    elif s.role == StaffRole.COLLECTION_MANAGER.value:
        limit = APPROVAL_LIMITS[currency][1]
    created = (s.hire - EPOCH_ORDINAL) * DAY + 7 * 3600
    updated = (s.left - EPOCH_ORDINAL) * DAY + 17 * 3600 if s.left else created
    g.rows["staff_member"].append(g.stamps(s.id, created, updated) + (
        s.username, s.full_name, f"{s.username}@{N.STAFF_MAIL_DOMAIN}", s.role, s.team_id,
        s.branch.id if s.branch else None, s.language, fmt.day(s.hire), fmt.day(s.left), fmt.flag(s.left is None),
        fmt.money(limit) if limit is not None else None, currency if limit is not None else None))


def approver(b: BranchRt, collector: Staff, eur_cents: int) -> Staff:
    """Who may decide an escalation of this size: the team's supervisor, the collection manager, or a
    senior manager."""
    limits = APPROVAL_LIMITS["EUR"]
    if eur_cents <= limits[0]:
        return collector.supervisor or b.supervisors[0]
    if eur_cents <= limits[1]:
        return b.manager
    return b.senior


_DESCRIPTIONS = {
    "high_risk": "Large balances more than 90 days past due.",
    "high_profile": "Public figures and key clients: every contact reviewed by the owner.",
    "fraud": "Suspected fraud or identity theft; no collection calls until cleared.",
    "watchlist": "Balances above 25,000 EUR (100,000 PLN).",
}


def _portfolios(g: Gen, org: Org) -> None:
    for country, group in org.by_country.items():
        supervisors = [s for b in group for s in b.supervisors]
        for kind in ("high_risk", "high_profile", "fraud", "watchlist"):
            owner = supervisors[g.rng.randrange(len(supervisors))]
            pid = g.new_id()
            branch_label = {"IT": "Italia", "PL": "Polska", "DE": "Deutschland"}[country]
            name = f"{N.PORTFOLIO_NAMES[country][kind]} – {branch_label}"
            created = g.now - g.rng.randint(30, 400) * DAY
            org.portfolios[(country, kind)] = (pid, group[0].manager.username)
            g.rows["portfolio"].append(g.stamps(pid, created) + (name, kind, owner.id, _DESCRIPTIONS[kind]))


# Two collectors with a weak habit, on purpose, so that the anomaly list (services/staff_anomalies.py) has
# something true to show (history.py writes them): named staff, so every seed has them.
WEAK_HABITS = {"Agnieszka Zając": "month_end_promises",  # broken promises logged in a month's last days
               "Gennaro D'Angelo": "short_promise_calls"}  # many "promises" agreed in calls under a minute


def weak_habits(org: Org) -> dict[int, str]:
    """Collector index -> habit, for core.Gen.habits."""
    return {s.index: WEAK_HABITS[s.full_name] for s in org.collectors if s.full_name in WEAK_HABITS}
