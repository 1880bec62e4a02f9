"""Small rounded labels ("chips") for the account status and the debtor's flags.

A chip carries its own light background and dark text, so it reads the same in light and dark themes.
The tone says how much the flag restricts the work: red ones stop or change collection (cease
contact, deceased, bankrupt, fraud, breathing space), amber ones need care, blue ones are information.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from collectdesk.domain.enums import AccountStatus, DebtorFlag

TONES = {
    "danger": ("#fde2e1", "#8a1c14", "#f2b8b5"),
    "warning": ("#fff1d6", "#7a4b00", "#f3d49a"),
    "info": ("#e3eefc", "#123f7a", "#b9d1f3"),
    "good": ("#e2f4e5", "#1d5a2a", "#b6dfbf"),
    "neutral": ("#eceff2", "#2d3742", "#cfd6dd"),
}

FLAG_TONES = {
    DebtorFlag.CEASE_CONTACT: "danger",
    DebtorFlag.DECEASED: "danger",
    DebtorFlag.BANKRUPT: "danger",
    DebtorFlag.FRAUD: "danger",
    DebtorFlag.BREATHING_SPACE: "danger",
    DebtorFlag.DISPUTE: "warning",
    DebtorFlag.VULNERABLE: "warning",
    DebtorFlag.ATTORNEY: "warning",
    DebtorFlag.HIGH_PROFILE: "info",
}


def status_tone(status: AccountStatus) -> str:
    if status in (AccountStatus.PAID, AccountStatus.SETTLED):
        return "good"
    if status in (AccountStatus.DISPUTED, AccountStatus.ESCALATED, AccountStatus.LEGAL):
        return "warning"
    if status in (AccountStatus.PROMISED, AccountStatus.PAYMENT_PLAN):
        return "info"
    return "neutral"


class Chip(QLabel):
    def __init__(self, text: str = "", tone: str = "neutral", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.set_tone(tone)

    def set_tone(self, tone: str) -> None:
        background, ink, border = TONES.get(tone, TONES["neutral"])
        self.setProperty("tone", tone)
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {ink}; border: 1px solid {border};"
            f" border-radius: 9px; padding: 1px 8px; }}")
