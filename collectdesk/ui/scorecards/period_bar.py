"""The period, comparison and scope picker of the Scorecards pane (the Targets pane uses it without the
comparison).

[Month ▾] [◀] November 2026 [▶] [This period]   Compare with [nothing ▾]   Scope [All staff ▾]

The kind combo offers day, week, month, quarter, year and custom range (two date fields appear for a
custom range). ◀/▶ (Alt+Left / Alt+Right) step one period; "This period" returns to the one containing
today. `changed` is emitted once per user change, never while the widget is being set up.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QToolButton, QWidget

from collectdesk import i18n
from collectdesk.domain.periods import Period, PeriodKind

COMPARISONS = ("none", "previous", "last_year")


def period_text(period: Period) -> str:
    """'November 2026', 'Q3 2026', 'Week 48, 2026', a date, '2026', or 'from – to'."""
    loc = i18n.locale()
    t = QLocale.FormatType
    if period.kind is PeriodKind.MONTH:
        return f"{loc.standaloneMonthName(period.start.month, t.LongFormat)} {period.start.year}"
    if period.kind is PeriodKind.QUARTER:
        return QCoreApplication.translate("PeriodBar", "Q{quarter} {year}").format(
            quarter=(period.start.month - 1) // 3 + 1, year=period.start.year)
    if period.kind is PeriodKind.YEAR:
        return str(period.start.year)
    if period.kind is PeriodKind.DAY:
        return loc.toString(period.start, t.LongFormat)
    span = f"{i18n.format_date(period.start)} \u2013 {i18n.format_date(period.end)}"
    if period.kind is PeriodKind.WEEK:
        week = period.start.isocalendar()
        return QCoreApplication.translate("PeriodBar", "Week {week}, {year} ({span})").format(week=week.week, year=week.year, span=span)
    return span


class PeriodBar(QWidget):
    changed = Signal()

    def __init__(self, parent=None, *, with_comparison: bool = True):
        super().__init__(parent)
        self._period = Period.containing(PeriodKind.MONTH, date.today()).previous()
        self._loading = False

        self.kind_label = QLabel(self)
        self.kind = QComboBox(self)
        for kind in PeriodKind:
            self.kind.addItem("", kind.value)
        self.kind.setCurrentIndex(self.kind.findData(self._period.kind.value))
        self.kind_label.setBuddy(self.kind)
        self.back = QToolButton(self)
        self.back.setArrowType(Qt.ArrowType.LeftArrow)
        self.back.setShortcut(QKeySequence("Alt+Left"))
        self.forward = QToolButton(self)
        self.forward.setArrowType(Qt.ArrowType.RightArrow)
        self.forward.setShortcut(QKeySequence("Alt+Right"))
        self.label = QLabel(self)
        self.label.setMinimumWidth(150)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.from_date, self.to_date = QDateEdit(self), QDateEdit(self)
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
        self.today = QToolButton(self)
        self.compare_label = QLabel(self)
        self.compare = QComboBox(self)
        for key in COMPARISONS:
            self.compare.addItem("", key)
        self.compare_label.setBuddy(self.compare)
        self.scope_label = QLabel(self)
        self.scope = QComboBox(self)
        # sized to a fixed number of characters, not to the longest entry, so that long German entries
        # ("Gleicher Zeitraum im Vorjahr", team names) do not widen the window; the popups show them whole
        for combo, chars in ((self.scope, 14), (self.compare, 12), (self.kind, 8)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        self.scope_label.setBuddy(self.scope)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.kind_label, self.kind, self.back, self.label, self.from_date, self.to_date, self.forward,
                  self.today):
            row.addWidget(w)
        row.addSpacing(16)
        row.addWidget(self.compare_label)
        row.addWidget(self.compare)
        row.addSpacing(16)
        row.addWidget(self.scope_label)
        row.addWidget(self.scope)
        row.addStretch(1)
        for w in (self.compare_label, self.compare):
            w.setVisible(with_comparison)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.back.clicked.connect(lambda: self._step(-1))
        self.forward.clicked.connect(lambda: self._step(1))
        self.today.clicked.connect(self._to_today)
        self.from_date.dateChanged.connect(self._custom_changed)
        self.to_date.dateChanged.connect(self._custom_changed)
        self.compare.currentIndexChanged.connect(self._emit)
        self.scope.currentIndexChanged.connect(self._emit)
        self.retranslate()
        self._show()

    # ---- state ---------------------------------------------------------------------------
    @property
    def period(self) -> Period:
        return self._period

    def set_period(self, period: Period) -> None:
        self._loading = True
        self._period = period
        self.kind.setCurrentIndex(self.kind.findData(period.kind.value))
        self._loading = False
        self._show()

    def comparison(self) -> str:
        return self.compare.currentData() or "none"

    def set_comparison(self, key: str) -> None:
        i = self.compare.findData(key)
        if i >= 0:
            self.compare.setCurrentIndex(i)

    def comparison_period(self) -> Period | None:
        key = self.comparison()
        if key == "previous":
            return self._period.previous()
        if key == "last_year":
            return self._period.same_last_year()
        return None

    def set_scopes(self, branches: list[tuple[uuid.UUID, str]], teams: list[tuple[uuid.UUID, str, str]]) -> None:
        """Fill the scope combo: all staff, each branch, each team (team, branch name)."""
        current = self.scope.currentData()
        self._loading = True
        self.scope.clear()
        self.scope.addItem(self.tr("All staff"), None)
        for bid, name in branches:
            self.scope.addItem(self.tr("Branch: {name}").format(name=name), ("branch", bid))
        for tid, name, branch in teams:
            self.scope.addItem(self.tr("Team: {name} ({branch})").format(name=name, branch=branch), ("team", tid))
        i = self.scope.findData(current)
        self.scope.setCurrentIndex(max(0, i))
        self._loading = False

    def scope_ids(self) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        """(team_id, branch_id) for the services."""
        data = self.scope.currentData()
        if not data:
            return None, None
        kind, ident = data
        return (ident, None) if kind == "team" else (None, ident)

    def scope_text(self) -> str:
        return self.scope.currentText()

    # ---- reactions -----------------------------------------------------------------------
    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _kind_changed(self) -> None:
        if self._loading:
            return
        kind = PeriodKind(self.kind.currentData())
        if kind is PeriodKind.CUSTOM:
            self._period = Period(PeriodKind.CUSTOM, self._period.start, self._period.end)
        else:
            self._period = Period.containing(kind, self._period.start)
        self._show()
        self.changed.emit()

    def _step(self, n: int) -> None:
        self._period = self._period.shift(n)
        self._show()
        self.changed.emit()

    def _to_today(self) -> None:
        kind = self._period.kind
        if kind is PeriodKind.CUSTOM:
            kind = PeriodKind.MONTH
        self._period = Period.containing(kind, date.today())
        self._loading = True
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self._loading = False
        self._show()
        self.changed.emit()

    def _custom_changed(self) -> None:
        if self._loading:
            return
        start, end = self.from_date.date().toPython(), self.to_date.date().toPython()
        if end < start:
            return  # the user is still typing; the range only applies once it makes sense
        self._period = Period(PeriodKind.CUSTOM, start, end)
        self.changed.emit()

    def _show(self) -> None:
        custom = self._period.kind is PeriodKind.CUSTOM
        self._loading = True
        self.from_date.setDate(QDate(self._period.start))
        self.to_date.setDate(QDate(self._period.end))
        self._loading = False
        for w in (self.from_date, self.to_date):
            w.setVisible(custom)
        self.label.setVisible(not custom)
        self.label.setText(period_text(self._period))

    def retranslate(self) -> None:
        names = {"day": self.tr("Day"), "week": self.tr("Week"), "month": self.tr("Month"),
                 "quarter": self.tr("Quarter"), "year": self.tr("Year"), "custom": self.tr("Custom range")}
        for i in range(self.kind.count()):
            self.kind.setItemText(i, names[self.kind.itemData(i)])
        self.kind_label.setText(self.tr("&Period:"))
        self.back.setToolTip(self.tr("Previous period (Alt+Left)"))
        self.forward.setToolTip(self.tr("Next period (Alt+Right)"))
        self.today.setText(self.tr("Current"))
        self.today.setToolTip(self.tr("The period that contains today"))
        self.compare_label.setText(self.tr("Co&mpare with:"))
        texts = {"none": self.tr("Nothing"), "previous": self.tr("Previous period"),
                 "last_year": self.tr("Same period last year")}
        for i in range(self.compare.count()):
            self.compare.setItemText(i, texts[self.compare.itemData(i)])
        self.scope_label.setText(self.tr("Sc&ope:"))
        if self.scope.count():
            self.scope.setItemText(0, self.tr("All staff"))
        self.label.setText(period_text(self._period))
