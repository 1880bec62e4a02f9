"""The staff scorecard's figures equal values counted by hand from a small department built here."""

from datetime import date, datetime, timezone
from decimal import Decimal
from types import SimpleNamespace

from collectdesk.domain.enums import (
    Channel,
    Direction,
    EscalationDecision,
    EscalationReason,
    FeedbackKind,
    FeedbackSource,
    FindingSeverity,
    Outcome,
    PromiseStatus,
    StaffRole,
)
from collectdesk.services.scorecards import scorecard
from collectdesk.store.models import (
    Account,
    Activity,
    ComplianceFinding,
    Escalation,
    Evaluation,
    FeedbackItem,
    Payment,
    Promise,
    StaffMember,
    Target,
    Team,
)

START, END = date(2026, 3, 1), date(2026, 3, 31)
D = Decimal


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


OUT, IN = Direction.OUTBOUND, Direction.INBOUND
CALL = Channel.CALL


def build(database, org, make_account):
    """Team 1: Anna and Jan (org fixture) plus a supervisor; team 2: Piotr. Returns the ids."""
    acc = [make_account() for _ in range(4)]
    with database.ctx.transaction() as s:
        team2 = Team(name="Recupero 2", branch_id=org.branch)
        s.add(team2)
        s.flush()
        piotr = StaffMember(username="piotr", full_name="Piotr Nowak", role=StaffRole.COLLECTOR,
                            team_id=team2.id, branch_id=org.branch)
        boss = StaffMember(username="sara", full_name="Sara Verdi", role=StaffRole.SUPERVISOR,
                           team_id=org.team, branch_id=org.branch)
        gone = StaffMember(username="gone", full_name="Gone Person", role=StaffRole.COLLECTOR,
                           team_id=org.team, branch_id=org.branch, active=False)
        s.add_all([piotr, boss, gone])
        s.flush()
        debtor = {a: s.get(Account, a).debtor_id for a in acc}

        def act(who, a, channel, direction, outcome, when):
            s.add(Activity(account_id=a, debtor_id=debtor[a], collector_id=who, channel=channel,
                           direction=direction, outcome=outcome, occurred_at=when))

        a1, a2, a3, a4 = acc
        # Anna: in period a1 (RPC), a1 (no answer), a2 (PTP, last minute), a3 inbound dispute, a3 letter
        act(org.anna, a1, CALL, OUT, Outcome.RIGHT_PARTY_CONTACT, utc(2026, 3, 2, 10))
        act(org.anna, a1, CALL, OUT, Outcome.NO_ANSWER, utc(2026, 3, 3, 9))
        act(org.anna, a2, CALL, OUT, Outcome.PROMISE_TO_PAY, utc(2026, 3, 31, 23, 30))
        act(org.anna, a2, CALL, OUT, Outcome.BUSY, utc(2026, 4, 1, 0, 0))  # just after the period
        act(org.anna, a3, CALL, IN, Outcome.DISPUTE, utc(2026, 3, 10, 11))
        act(org.anna, a1, CALL, OUT, Outcome.REFUSED, utc(2026, 2, 28, 23, 59))  # just before
        act(org.anna, a3, Channel.LETTER, OUT, Outcome.DELIVERED, utc(2026, 3, 5, 8))
        # Jan: one RPC on a1, three unanswered calls on a4
        act(org.jan, a1, CALL, OUT, Outcome.RIGHT_PARTY_CONTACT, utc(2026, 3, 15, 10))
        for day in (15, 16, 17):
            act(org.jan, a4, CALL, OUT, Outcome.NO_ANSWER, utc(2026, 3, day, 12))
        # Piotr (other team) and the supervisor (not scored)
        act(piotr.id, a1, CALL, OUT, Outcome.RIGHT_PARTY_CONTACT, utc(2026, 3, 10, 10))
        act(boss.id, a1, CALL, OUT, Outcome.RIGHT_PARTY_CONTACT, utc(2026, 3, 10, 10))

        def promise(who, a, amount, cur, promised, due, status):
            s.add(Promise(account_id=a, collector_id=who, amount=D(amount), currency=cur,
                          promised_at=promised, due_date=due, status=status))

        promise(org.anna, a1, "100.00", "EUR", utc(2026, 3, 2, 10), date(2026, 3, 10), PromiseStatus.KEPT)
        promise(org.anna, a1, "50.00", "EUR", utc(2026, 3, 5), date(2026, 3, 12), PromiseStatus.BROKEN)
        promise(org.anna, a2, "200.00", "PLN", utc(2026, 3, 6), date(2026, 3, 20), PromiseStatus.PARTIAL)
        promise(org.anna, a2, "30.00", "EUR", utc(2026, 3, 20), date(2026, 4, 5), PromiseStatus.PENDING)
        promise(org.anna, a3, "40.00", "EUR", utc(2026, 3, 7), date(2026, 3, 15), PromiseStatus.CANCELLED)
        promise(org.anna, a3, "60.00", "EUR", utc(2026, 2, 20), date(2026, 3, 3), PromiseStatus.KEPT)
        promise(org.anna, a3, "70.00", "EUR", utc(2026, 3, 25), date(2026, 3, 28), PromiseStatus.PENDING)
        promise(org.jan, a1, "20.00", "EUR", utc(2026, 3, 15), date(2026, 3, 20), PromiseStatus.BROKEN)

        def pay(who, a, amount, cur, on, over="0.00"):
            s.add(Payment(account_id=a, collector_id=who, amount=D(amount), overpayment=D(over), currency=cur,
                          paid_on=on, posted_at=utc(2026, 4, 2)))

        pay(org.anna, a1, "150.00", "EUR", date(2026, 3, 10))
        pay(org.anna, a1, "120.00", "EUR", date(2026, 3, 12), over="20.00")
        pay(org.anna, a2, "80.00", "PLN", date(2026, 3, 20))
        pay(org.anna, a2, "-10.00", "PLN", date(2026, 3, 25))  # a reversal
        pay(org.anna, a1, "500.00", "EUR", date(2026, 4, 1))  # after the period
        pay(None, a1, "999.00", "EUR", date(2026, 3, 10))  # nobody's
        pay(org.jan, a4, "40.00", "EUR", date(2026, 3, 15))

        def target(who, amount, lo, hi, metric="amount_collected"):
            s.add(Target(staff_id=who, metric=metric, period_start=lo, period_end=hi, amount=D(amount),
                         currency="EUR"))

        target(org.anna, "3100.00", START, END)
        target(org.anna, "300.00", date(2026, 2, 15), date(2026, 3, 16))  # 30 days, 16 in March
        target(org.anna, "777.00", START, END, metric="contacts")  # other metric
        target(org.jan, "1000.00", START, END)

        def feedback(who, kind, when):
            s.add(FeedbackItem(source=FeedbackSource.EMAIL, kind=kind, staff_id=who, subject="x", received_at=when))

        feedback(org.anna, FeedbackKind.COMPLAINT, utc(2026, 3, 10))
        feedback(org.anna, FeedbackKind.COMPLIMENT, utc(2026, 3, 11))
        feedback(org.anna, FeedbackKind.COMPLAINT, utc(2026, 4, 1))  # after
        feedback(org.anna, FeedbackKind.ENQUIRY, utc(2026, 3, 12))  # not counted

        def finding(who, when):
            s.add(ComplianceFinding(collector_id=who, rule_code="R1", profile_code="IT", profile_version="1",
                                    severity=FindingSeverity.WARN, found_at=when))

        finding(org.anna, utc(2026, 3, 5))
        finding(org.jan, utc(2026, 3, 6))
        finding(org.jan, utc(2026, 2, 1))  # before

        for who, score, on in ((org.anna, 80, date(2026, 3, 10)), (org.anna, 85, date(2026, 3, 20)),
                               (org.jan, 71, date(2026, 3, 5)), (org.jan, 99, date(2026, 4, 2))):
            s.add(Evaluation(staff_id=who, evaluated_on=on, qa_score=score))

        for when in (utc(2026, 3, 10), utc(2026, 2, 27)):
            s.add(Escalation(account_id=a1, raised_by_id=org.anna, reason=EscalationReason.HARDSHIP,
                             requested_decision=EscalationDecision.SETTLEMENT, amount_at_stake=D("100.00"),
                             currency="EUR", created_at=when))
        s.flush()
        return SimpleNamespace(team2=team2.id, piotr=piotr.id, boss=boss.id, gone=gone.id)


def test_every_figure_matches_the_hand_count(database, org, make_account):
    ids = build(database, org, make_account)
    card = scorecard(database.ctx, START, END)
    by_id = {r.staff_id: r for r in card.rows}
    assert set(by_id) == {org.anna, org.jan, ids.piotr}  # no supervisor, no inactive idle collector

    anna = by_id[org.anna]
    assert (anna.name, anna.role, anna.team_id, anna.team, anna.branch) == (
        "Anna Rossi", StaffRole.COLLECTOR, org.team, "Recupero 1", "Milano Centro")
    assert anna.accounts_worked == 3
    assert anna.contact_attempts == 3  # two RPC outbound calls + one no answer; inbound and letter are not
    assert anna.right_party_contacts == 3  # RPC call, PTP call, inbound dispute
    assert anna.rpc_rate == D("66.7")  # 2 outbound RPC calls / 3 outbound calls
    assert anna.promises_made == 6
    assert anna.promised_amount == {"EUR": D("290.00"), "PLN": D("200.00")}
    assert anna.ptp_rate == D("200.0")  # 6 / 3
    assert anna.kept_rate_count == D("50.0")  # kept 2 of kept+broken+partial 4
    assert anna.kept_rate_amount == {"EUR": D("76.2"), "PLN": D("0.0")}  # 160/210, 0/200
    assert anna.collected == {"EUR": D("250.00"), "PLN": D("70.00")}
    assert anna.target == {"EUR": D("3260.00")}  # 3100 + 300 * 16/30
    assert anna.attainment == {"EUR": D("7.7"), "PLN": None}  # 250 / 3260
    assert anna.collected_per_rpc == {"EUR": D("83.33"), "PLN": D("23.33")}
    assert (anna.complaints, anna.compliments) == (1, 1)
    assert anna.complaints_per_1000 == D("333.3")
    assert anna.compliance_findings == 1
    assert anna.qa_score == D("82.5")
    assert anna.escalations_raised == 1

    jan = by_id[org.jan]
    assert (jan.accounts_worked, jan.contact_attempts, jan.right_party_contacts) == (2, 4, 1)
    assert jan.rpc_rate == D("25.0")
    assert (jan.promises_made, jan.promised_amount, jan.ptp_rate) == (1, {"EUR": D("20.00")}, D("100.0"))
    assert jan.kept_rate_count == D("0.0")
    assert jan.kept_rate_amount == {"EUR": D("0.0")}
    assert jan.collected == {"EUR": D("40.00")}
    assert jan.target == {"EUR": D("1000.00")}
    assert jan.attainment == {"EUR": D("4.0")}
    assert jan.collected_per_rpc == {"EUR": D("40.00")}
    assert (jan.complaints, jan.compliments, jan.complaints_per_1000) == (0, 0, D("0.0"))
    assert (jan.compliance_findings, jan.qa_score, jan.escalations_raised) == (1, D("71.0"), 0)

    piotr = by_id[ids.piotr]
    assert (piotr.team, piotr.contact_attempts, piotr.rpc_rate) == ("Recupero 2", 1, D("100.0"))


def test_team_totals_recompute_rates_from_sums(database, org, make_account):
    ids = build(database, org, make_account)
    card = scorecard(database.ctx, START, END)
    team = card.team_totals[org.team]
    assert team.staff_id is None and team.team == "Recupero 1"
    assert team.accounts_worked == 4  # a1 worked by both counts once (3 + 2 would be 5)
    assert (team.contact_attempts, team.right_party_contacts) == (7, 4)
    assert team.rpc_rate == D("42.9")  # 3/7, not the mean of 66.7 and 25.0
    assert team.promises_made == 7
    assert team.promised_amount == {"EUR": D("310.00"), "PLN": D("200.00")}
    assert team.ptp_rate == D("175.0")  # 7/4
    assert team.kept_rate_count == D("40.0")  # 2/5, not the mean 25.0
    assert team.kept_rate_amount == {"EUR": D("69.6"), "PLN": D("0.0")}  # 160/230
    assert team.collected == {"EUR": D("290.00"), "PLN": D("70.00")}
    assert team.target == {"EUR": D("4260.00")}
    assert team.attainment == {"EUR": D("6.8"), "PLN": None}
    assert team.collected_per_rpc == {"EUR": D("72.50"), "PLN": D("17.50")}
    assert (team.complaints, team.compliments, team.complaints_per_1000) == (1, 1, D("250.0"))
    assert team.compliance_findings == 2
    assert team.qa_score == D("78.7")  # (80+85+71)/3, not the mean of 82.5 and 71.0
    assert team.escalations_raised == 1

    other = card.team_totals[ids.team2]
    assert (other.contact_attempts, other.right_party_contacts, other.accounts_worked) == (1, 1, 1)
    dept = card.department
    assert dept.accounts_worked == 4
    assert (dept.contact_attempts, dept.right_party_contacts) == (8, 5)
    assert dept.rpc_rate == D("50.0")  # 4/8
    assert dept.collected == {"EUR": D("290.00"), "PLN": D("70.00")}


def test_scope_by_team_and_branch(database, org, make_account):
    ids = build(database, org, make_account)
    card = scorecard(database.ctx, START, END, team_id=org.team)
    assert {r.staff_id for r in card.rows} == {org.anna, org.jan}
    assert set(card.team_totals) == {org.team}
    assert card.department.contact_attempts == 7
    other = scorecard(database.ctx, START, END, team_id=ids.team2)
    assert [r.staff_id for r in other.rows] == [ids.piotr]
    assert other.department.collected == {}
    branch = scorecard(database.ctx, START, END, branch_id=org.branch)
    assert {r.staff_id for r in branch.rows} == {org.anna, org.jan, ids.piotr}


def test_no_activity_gives_none_rates_not_zero(database, org, make_account):
    acc = make_account()
    with database.ctx.transaction() as s:
        s.add(Payment(account_id=acc, collector_id=org.jan, amount=D("10.00"), currency="EUR",
                      paid_on=date(2026, 3, 3), posted_at=utc(2026, 3, 3)))
    card = scorecard(database.ctx, START, END)
    by_id = {r.staff_id: r for r in card.rows}
    anna, jan = by_id[org.anna], by_id[org.jan]  # both active, so both listed
    for row in (anna, jan, card.department):
        assert row.rpc_rate is None and row.ptp_rate is None and row.kept_rate_count is None
        assert row.complaints_per_1000 is None and row.qa_score is None
        assert row.contact_attempts == 0 and row.right_party_contacts == 0 and row.accounts_worked == 0
    assert anna.collected == {} and anna.attainment == {} and anna.kept_rate_amount == {}
    assert jan.collected == {"EUR": D("10.00")}
    assert jan.collected_per_rpc == {"EUR": None}
    assert jan.attainment == {"EUR": None}


# ---- follow-ups, escalation outcomes, contacts targets (scorecard_data.build_more) ----------------

def test_followups_escalation_outcomes_and_contacts_targets(database, org, make_account):
    from scorecard_data import build_more

    from collectdesk.services.department_settings import set_setting

    ids = build_more(database, org, make_account)
    card = scorecard(database.ctx, START, END)
    assert card.followup_days == 3  # the default
    by_id = {r.staff_id: r for r in card.rows}
    anna, jan = by_id[org.anna], by_id[org.jan]
    # Anna's broken promise (due 12 March) is followed by Jan's call on the account on 15 March
    assert (anna.broken_promises, anna.followed_up, anna.followup_rate) == (1, 1, D("100.0"))
    # Jan's (due 20 March) has nothing on its account after that
    assert (jan.broken_promises, jan.followed_up, jan.followup_rate) == (1, 0, D("0.0"))
    assert by_id[ids.piotr].followup_rate is None  # no broken promise: undefined, not 0
    team = card.team_totals[org.team]
    assert (team.broken_promises, team.followed_up, team.followup_rate) == (2, 1, D("50.0"))

    assert anna.escalations_by_status == {"submitted": 1}
    assert jan.escalations_by_status == {"approved": 1} and jan.escalations_raised == 1
    assert team.escalations_by_status == {"approved": 1, "submitted": 1}
    assert card.department.escalations_raised == 2

    # Anna's "contacts" target row carries an amount, not a count: no contacts target
    assert (anna.contacts_target, anna.contacts_attainment) == (None, None)
    assert jan.contacts_target == 116  # 100 + 30 * 16/30
    assert jan.contacts_attainment == D("3.4")  # 4 outbound calls / 116
    assert team.contacts_target == 116
    assert team.contacts_attainment == D("6.0")  # 7 outbound calls of the team / 116

    set_setting(database.ctx, "scorecard.followup_days", 2)  # 13-14 March: Jan's call on the 15th is late
    narrow = scorecard(database.ctx, START, END)
    assert narrow.followup_days == 2
    anna2 = next(r for r in narrow.rows if r.staff_id == org.anna)
    assert (anna2.broken_promises, anna2.followed_up, anna2.followup_rate) == (1, 0, D("0.0"))


def test_a_followup_on_the_due_date_itself_does_not_count(database, org, make_account):
    acc = make_account()
    with database.ctx.transaction() as s:
        debtor = s.get(Account, acc).debtor_id
        s.add(Promise(account_id=acc, collector_id=org.anna, amount=D("10.00"), currency="EUR",
                      promised_at=utc(2026, 3, 1), due_date=date(2026, 3, 10), status=PromiseStatus.BROKEN))
        s.add(Promise(account_id=acc, collector_id=org.anna, amount=D("10.00"), currency="EUR",
                      promised_at=utc(2026, 3, 1), due_date=date(2026, 3, 20), status=PromiseStatus.BROKEN))
        for when in (utc(2026, 3, 10, 23, 59), utc(2026, 3, 24, 0, 0)):  # the due date; 4 days after the 20th
            s.add(Activity(account_id=acc, debtor_id=debtor, collector_id=org.jan, channel=Channel.SMS,
                           direction=OUT, outcome=Outcome.DELIVERED, occurred_at=when))
    anna = next(r for r in scorecard(database.ctx, START, END).rows if r.staff_id == org.anna)
    assert (anna.broken_promises, anna.followed_up) == (2, 0)
    with database.ctx.transaction() as s:  # the last minute of the window counts
        s.add(Activity(account_id=acc, debtor_id=debtor, collector_id=None, channel=Channel.LETTER,
                       direction=OUT, outcome=Outcome.DELIVERED, occurred_at=utc(2026, 3, 13, 23, 59, 59)))
    anna = next(r for r in scorecard(database.ctx, START, END).rows if r.staff_id == org.anna)
    assert (anna.broken_promises, anna.followed_up, anna.followup_rate) == (2, 1, D("50.0"))
