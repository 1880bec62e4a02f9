"""The figures above the inbox: open, unread, overdue, complaints this month. Each is a flat button:
clicking it sets the filter that lists those items.

    strip.set_figures({"open": 12, "unread": 3, "overdue": 1, "complaints": 4})
    strip.chosen -> "open" | "unread" | "overdue" | "complaints"

`figure_filters(today)` are the services.inbox.items.InboxFilter each figure counts (count_items).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from collectdesk import i18n
from collectdesk.domain.enums import OPEN_FEEDBACK, FeedbackKind
from collectdesk.services.inbox.items import InboxFilter

FIGURES = ("open", "unread", "overdue", "complaints")


def figure_filters(today: date) -> dict[str, InboxFilter]:
    open_statuses = tuple(sorted(OPEN_FEEDBACK))
    return {
        "open": InboxFilter(statuses=open_statuses),
        "unread": InboxFilter(statuses=open_statuses, only_unread=True),
        "overdue": InboxFilter(only_overdue=True),
        "complaints": InboxFilter(kinds=(FeedbackKind.COMPLAINT,), received_from=today.replace(day=1)),
    }


class FiguresStrip(QWidget):
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.values: dict[str, int | None] = dict.fromkeys(FIGURES)
        self.buttons: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for key in FIGURES:
            button = QToolButton(self)
            button.setObjectName(f"figure_{key}")
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _c=False, k=key: self.chosen.emit(k))
            layout.addWidget(button)
            self.buttons[key] = button
        layout.addStretch(1)
        self.retranslate()

    def set_figures(self, values: dict[str, int]) -> None:
        self.values.update(values)
        self.retranslate()

    def retranslate(self) -> None:
        names = {"open": self.tr("open"), "unread": self.tr("unread"), "overdue": self.tr("overdue"),
                 "complaints": self.tr("complaints this month")}
        tips = {"open": self.tr("Items still being worked on: show them"),
                "unread": self.tr("Open items nobody has read yet: show them"),
                "overdue": self.tr("Open items past their acknowledgement or resolution date: show them"),
                "complaints": self.tr("Complaints received since the first of this month: show them")}
        for key, button in self.buttons.items():
            value = self.values.get(key)
            number = "\u2026" if value is None else i18n.format_count(value)
            button.setText(self.tr("{number} {what}").format(number=number, what=names[key]))
            button.setToolTip(tips[key])
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            alarm = key == "overdue" and bool(value)
            button.setStyleSheet("color: #b3261e;" if alarm else "")
