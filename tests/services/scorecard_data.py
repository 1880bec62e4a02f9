"""The small department of test_scorecards.build, plus follow-ups, escalation outcomes and contacts targets.

Added here (hand-counted figures in the tests that use it):
- Jan's escalation on a4, approved (Anna's from build() stays submitted);
- Jan's contacts targets: 100 for March and 30 for 15 Feb - 16 Mar (16 of its 30 days in March) -> 116;
- follow-ups of the broken promises of build(): Anna's (a1, due 12 March) is followed by Jan's call on
  a1 on 15 March (3 days after: inside the default window of 3, outside a window of 2); Jan's (a1,
  due 20 March) has no activity on a1 from 21 March on, so it is not followed up.
"""

from datetime import date, datetime, timezone
from decimal import Decimal

from test_scorecards import END, START, build  # noqa: F401  (re-exported for the other scorecard tests)

from collectdesk.domain.enums import EscalationDecision, EscalationReason, EscalationStatus
from collectdesk.store.models import Account, Escalation, Target


def build_more(database, org, make_account):
    ids = build(database, org, make_account)
    with database.ctx.transaction() as s:
        a4 = s.query(Account).filter(Account.account_no == "T-000004").one()
        ids.a4 = a4.id
        s.add(Escalation(account_id=a4.id, raised_by_id=org.jan, reason=EscalationReason.DISPUTE,
                         requested_decision=EscalationDecision.HOLD, status=EscalationStatus.APPROVED,
                         amount_at_stake=Decimal("25.00"), currency="PLN",
                         created_at=datetime(2026, 3, 30, 9, tzinfo=timezone.utc)))
        s.add(Target(staff_id=org.jan, metric="contacts", period_start=START, period_end=END, count=100))
        s.add(Target(staff_id=org.jan, metric="contacts", period_start=date(2026, 2, 15),
                     period_end=date(2026, 3, 16), count=30))
    return ids
