"""One check per rule type; ``CHECKS`` maps each RuleType to the class that compiles a Rule into it."""

from __future__ import annotations

from collectdesk.compliance.model import RuleType
from collectdesk.compliance.rules.content import RequireContent
from collectdesk.compliance.rules.cooldown import CooldownAfter
from collectdesk.compliance.rules.deadlines import Deadline
from collectdesk.compliance.rules.flags import BlockWhileFlag, PartyRestriction
from collectdesk.compliance.rules.frequency import MinInterval, RollingCountCap
from collectdesk.compliance.rules.hours import TimeWindow
from collectdesk.compliance.rules.periods import Limitation, Retention

CHECKS = {
    RuleType.TIME_WINDOW: TimeWindow,
    RuleType.ROLLING_COUNT_CAP: RollingCountCap,
    RuleType.COOLDOWN_AFTER: CooldownAfter,
    RuleType.MIN_INTERVAL: MinInterval,
    RuleType.BLOCK_WHILE_FLAG: BlockWhileFlag,
    RuleType.PARTY_RESTRICTION: PartyRestriction,
    RuleType.REQUIRE_CONTENT: RequireContent,
    RuleType.DEADLINE: Deadline,
    RuleType.LIMITATION: Limitation,
    RuleType.RETENTION: Retention,
}
assert set(CHECKS) == set(RuleType), "every rule type needs its check"
