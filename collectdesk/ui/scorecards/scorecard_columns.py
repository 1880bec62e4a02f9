"""The scorecard table's KPI columns: which StaffScore field, how it is shown, and its header.

One list (`COLUMNS`) drives the table model, the ranking, the trend choice and the drill-downs, so a
KPI added to the services appears everywhere by adding one line here. Units:

- ``count``: an int;
- ``percent``: a Decimal percentage (None = undefined: no denominator);
- ``money``: a dict currency -> Decimal (never added across currencies);
- ``money_rate``: a dict currency -> Decimal|None (e.g. attainment %, kept rate by amount);
- ``score``: a Decimal on its own scale (QA score 0-100).

``higher_is_better`` orders the ranking (complaints and findings rank the fewest first).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class KpiColumn:
    key: str  # the StaffScore field
    unit: str  # count | percent | money | money_rate | score
    higher_is_better: bool = True
    drillable: bool = True


COLUMNS: tuple[KpiColumn, ...] = (
    KpiColumn("collected", "money"),
    KpiColumn("target", "money"),
    KpiColumn("attainment", "money_rate"),
    KpiColumn("accounts_worked", "count"),
    KpiColumn("contact_attempts", "count"),
    KpiColumn("right_party_contacts", "count"),
    KpiColumn("rpc_rate", "percent"),
    KpiColumn("promises_made", "count"),
    KpiColumn("promised_amount", "money"),
    KpiColumn("ptp_rate", "percent"),
    KpiColumn("kept_rate_count", "percent"),
    KpiColumn("kept_rate_amount", "money_rate"),
    KpiColumn("collected_per_rpc", "money_rate"),
    KpiColumn("followup_rate", "percent"),
    KpiColumn("complaints", "count", higher_is_better=False),
    KpiColumn("compliments", "count"),
    KpiColumn("complaints_per_1000", "percent", higher_is_better=False),
    KpiColumn("compliance_findings", "count", higher_is_better=False),
    KpiColumn("qa_score", "score"),
    KpiColumn("escalations_raised", "count", higher_is_better=False),
)

BY_KEY = {c.key: c for c in COLUMNS}


def header(key: str) -> str:
    """The column header in the user's language (short: the table is wide)."""
    t = QCoreApplication.translate
    return {
        "collected": t("Scorecard", "Collected"),
        "target": t("Scorecard", "Target"),
        "attainment": t("Scorecard", "Attainment"),
        "accounts_worked": t("Scorecard", "Accounts worked"),
        "contact_attempts": t("Scorecard", "Call attempts"),
        "right_party_contacts": t("Scorecard", "Right-party contacts"),
        "rpc_rate": t("Scorecard", "RPC rate"),
        "promises_made": t("Scorecard", "Promises made"),
        "promised_amount": t("Scorecard", "Promised amount"),
        "ptp_rate": t("Scorecard", "Promise rate"),
        "kept_rate_count": t("Scorecard", "Kept (count)"),
        "kept_rate_amount": t("Scorecard", "Kept (amount)"),
        "collected_per_rpc": t("Scorecard", "Collected per RPC"),
        "followup_rate": t("Scorecard", "Broken-promise follow-up"),
        "complaints": t("Scorecard", "Complaints"),
        "compliments": t("Scorecard", "Compliments"),
        "complaints_per_1000": t("Scorecard", "Complaints per 1,000 contacts"),
        "compliance_findings": t("Scorecard", "Compliance findings"),
        "qa_score": t("Scorecard", "QA score"),
        "escalations_raised": t("Scorecard", "Escalations raised"),
    }[key]


def explanation(key: str) -> str:
    """A one-line definition for the header's tooltip (the full definitions are in docs/kpis.md)."""
    t = QCoreApplication.translate
    return {
        "collected": t("Scorecard", "Payments received in the period, less overpayments, per currency."),
        "target": t("Scorecard", "The collection target for the period (pro-rated by days)."),
        "attainment": t("Scorecard", "Collected as a percentage of the target."),
        "accounts_worked": t("Scorecard", "Different accounts with any activity in the period."),
        "contact_attempts": t("Scorecard", "Outbound calls dialled, whatever the outcome."),
        "right_party_contacts": t("Scorecard", "Conversations with the debtor in person, any channel."),
        "rpc_rate": t("Scorecard", "Outbound calls that reached the debtor, as a percentage of calls dialled."),
        "promises_made": t("Scorecard", "Promises to pay recorded in the period."),
        "promised_amount": t("Scorecard", "The amount promised in those promises."),
        "ptp_rate": t("Scorecard", "Promises made per 100 right-party contacts."),
        "kept_rate_count": t("Scorecard", "Promises due in the period that were kept in full, by count."),
        "kept_rate_amount": t("Scorecard", "Promises due in the period that were kept in full, by amount."),
        "collected_per_rpc": t("Scorecard", "Amount collected divided by right-party contacts."),
        "followup_rate": t("Scorecard", "Broken promises whose account was contacted again within the follow-up "
                                        "window."),
        "complaints": t("Scorecard", "Complaints received about this person in the period."),
        "compliments": t("Scorecard", "Compliments received about this person in the period."),
        "complaints_per_1000": t("Scorecard", "Complaints per 1,000 right-party contacts."),
        "compliance_findings": t("Scorecard", "Compliance findings on this person's contacts."),
        "qa_score": t("Scorecard", "Average score of the call-monitoring reviews in the period (0-100)."),
        "escalations_raised": t("Scorecard", "Escalations raised by this person in the period."),
    }[key]
