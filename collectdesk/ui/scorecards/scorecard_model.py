"""ScorecardModel: one row per staff member, team totals and the department total, one column per KPI.

Rows are grouped by team (members, then the team's total in bold) unless `grouped` is off, in which
case all members come first, then the team totals; the department total is always last. Sorting
(by a header click) orders the members within their group; totals never move.

The rank column ranks every member by the *chosen KPI* (the one the trend sparklines show): the best
value is 1, equal values share a rank, undefined values are not ranked. Money KPIs are ranked within
each currency (a PLN figure is never compared with a EUR one).

With a comparison scorecard (previous period or the same period last year) each figure carries its
change: percentage points for rates, a relative change for money and counts.

Roles: DisplayRole text; SortRole a number; ToolTipRole the definition and the comparison value;
BackgroundRole the attainment band (good/warn/bad); FontRole bold for totals; `CELL_ROLE` the
(kpi key, ScoreRef) a drill-down needs; `TREND_ROLE` the sparkline's values on the trend column.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from collectdesk import i18n
from collectdesk.domain.enums import StaffRole
from collectdesk.services.scorecards import Scorecard, StaffScore
from collectdesk.ui.bands import band_background
from collectdesk.ui.labels import role_label
from collectdesk.ui.scorecards.scorecard_columns import BY_KEY, COLUMNS, KpiColumn, explanation, header

CELL_ROLE = Qt.ItemDataRole.UserRole + 1
TREND_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
DASH = "\u2013"
FIXED = ("rank", "name", "team", "trend")


@dataclass(frozen=True)
class ScoreRef:
    """Which figures a row holds: a staff member, a team's total or the department's."""

    kind: str  # staff | team | department
    staff_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None


def _ref(kind: str, score: StaffScore) -> ScoreRef:
    if kind == "staff":
        return ScoreRef("staff", staff_id=score.staff_id, team_id=score.team_id)
    if kind == "team":
        return ScoreRef("team", team_id=score.team_id)
    return ScoreRef("department")


def value_of(score: StaffScore, key: str):
    return getattr(score, key, None)


def sort_number(col: KpiColumn, value) -> float | None:
    """A number to order by (only for ordering and painting; the figures themselves stay Decimal)."""
    if value is None:
        return None
    if col.unit in ("money", "money_rate"):
        numbers = [v for _cur, v in sorted(value.items()) if v is not None]
        return float(numbers[0]) if numbers else None
    return float(value)


def _percent(value: Decimal) -> str:
    return f"{i18n.format_decimal(value, 1)}\u00a0%"


def format_value(col: KpiColumn, value) -> str:
    if value is None:
        return DASH
    if col.unit == "count":
        return i18n.format_count(int(value))
    if col.unit == "percent":
        return _percent(value)
    if col.unit == "score":
        return i18n.format_decimal(value, 1)
    if col.unit == "money":
        if not value:
            return DASH
        return " \u00b7 ".join(i18n.format_money(v, cur) for cur, v in sorted(value.items()))
    # money_rate: a rate (or per-contact amount) per currency
    items = sorted(value.items())
    if not items:
        return DASH
    if col.key == "collected_per_rpc":
        return " \u00b7 ".join(DASH if v is None else i18n.format_money(v, cur) for cur, v in items)
    if len(items) == 1:
        return DASH if items[0][1] is None else _percent(items[0][1])
    return " \u00b7 ".join(f"{cur} {DASH if v is None else _percent(v)}" for cur, v in items)


def change_text(col: KpiColumn, now, before) -> str | None:
    """The change against the comparison period, e.g. "▲ 3.2 pp" or "▼ 12 %"; None when not comparable."""
    if now is None or before is None:
        return None
    if col.unit in ("percent", "score"):
        diff = now - before
        unit = "\u00a0" + QApplication.translate("Scorecard", "pp", "percentage points") if col.unit == "percent" else ""
        return _arrow(diff) + i18n.format_decimal(abs(diff), 1) + unit
    if col.unit == "count":
        if before == 0:
            return None
        return _arrow(Decimal(now - before)) + _percent(abs(Decimal(now - before)) * 100 / Decimal(before))
    currencies = sorted(set(now) & set(before))
    if len(currencies) != 1:
        return None
    a, b = now[currencies[0]], before[currencies[0]]
    if a is None or b is None:
        return None
    if col.unit == "money_rate" and col.key != "collected_per_rpc":
        return _arrow(a - b) + i18n.format_decimal(abs(a - b), 1) + "\u00a0" + QApplication.translate(
            "Scorecard", "pp", "percentage points")
    if b == 0:
        return None
    return _arrow(a - b) + _percent(abs(a - b) * 100 / abs(b))


def _arrow(diff: Decimal) -> str:
    return "\u25b2\u00a0" if diff > 0 else "\u25bc\u00a0" if diff < 0 else "=\u00a0"


class ScorecardModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.card: Scorecard | None = None
        self.compare: Scorecard | None = None
        self.grouped = True
        self.show_idle = False  # staff other than collectors with no figure at all in the period
        self.rank_key = "attainment"
        self.thresholds = None  # collectdesk.services.targets.Thresholds
        self.trend: dict[uuid.UUID | None, list[float | None]] = {}
        self._rows: list[tuple[str, StaffScore]] = []
        self._ranks: dict[uuid.UUID, int] = {}
        self._before: dict[ScoreRef, StaffScore] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # ---- data in -------------------------------------------------------------------------
    def set_scorecard(self, card: Scorecard | None, compare: Scorecard | None = None) -> None:
        self.beginResetModel()
        self.card, self.compare = card, compare
        self.trend = {}
        self._before = {}
        if compare is not None:
            for kind, score in self._all(compare):
                self._before[_ref(kind, score)] = score
        self._arrange()
        self.endResetModel()

    def set_grouped(self, grouped: bool) -> None:
        self.beginResetModel()
        self.grouped = grouped
        self._arrange()
        self.endResetModel()

    def set_show_idle(self, show: bool) -> None:
        self.beginResetModel()
        self.show_idle = show
        self._arrange()
        self.endResetModel()

    def hidden_count(self) -> int:
        """How many staff rows the "show staff without figures" option hides now."""
        return 0 if self.card is None else sum(1 for s in self.card.rows if not self._shown(s))

    def _shown(self, score: StaffScore) -> bool:
        """Collectors always show (no activity at all is itself worth seeing); others only with a figure,
        unless `show_idle`."""
        return self.show_idle or score.role is StaffRole.COLLECTOR or has_figures(score)

    def set_rank_key(self, key: str) -> None:
        self.beginResetModel()
        self.rank_key = key
        self.trend = {}
        self._arrange()
        self.endResetModel()

    def set_thresholds(self, thresholds) -> None:
        self.thresholds = thresholds
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def set_trend(self, trend: dict) -> None:
        self.trend = trend
        if self._rows:
            col = FIXED.index("trend")
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    @staticmethod
    def _all(card: Scorecard):
        for score in card.rows:
            yield "staff", score
        for score in card.team_totals.values():
            yield "team", score
        yield "department", card.department

    def _arrange(self) -> None:
        self._rows = []
        self._ranks = {}
        card = self.card
        if card is None:
            return
        members = [s for s in card.rows if self._shown(s)]
        self._rank(members)
        if 0 <= self._sort_column:
            key = self.column_key(self._sort_column)
            members.sort(key=lambda s: self._order_key(s, key),
                         reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        teams = sorted(card.team_totals.values(), key=lambda t: ((t.branch or ""), (t.team or "")))
        shown_teams = {s.team_id for s in members}
        teams = [t for t in teams if t.team_id in shown_teams]
        if self.grouped:
            for team in teams:
                self._rows.extend(("staff", s) for s in members if s.team_id == team.team_id)
                self._rows.append(("team", team))
        else:
            self._rows.extend(("staff", s) for s in members)
            self._rows.extend(("team", t) for t in teams)
        self._rows.append(("department", card.department))

    def _order_key(self, score: StaffScore, key: str):
        if key == "rank":
            return (self._ranks.get(score.staff_id, 10**9), score.name.casefold())
        if key == "name":
            return (score.name.casefold(),)
        if key == "team":
            return ((score.team or "").casefold(), score.name.casefold())
        col = BY_KEY.get(key)
        if col is None:
            return (0,)
        number = sort_number(col, value_of(score, key))
        return (number is None, number if number is not None else 0.0)

    def _rank(self, members: list[StaffScore]) -> None:
        col = BY_KEY.get(self.rank_key)
        if col is None:
            return
        groups: dict[str, list[tuple[Decimal, uuid.UUID]]] = {}
        for s in members:
            value = value_of(s, col.key)
            if value is None:
                continue
            if col.unit in ("money", "money_rate"):
                for cur, v in value.items():
                    if v is not None:
                        groups.setdefault(cur, []).append((v, s.staff_id))
                        break  # a member is ranked in their first currency only
            else:
                groups.setdefault("", []).append((Decimal(value), s.staff_id))
        for entries in groups.values():
            entries.sort(key=lambda e: e[0], reverse=col.higher_is_better)
            rank, previous = 0, None
            for position, (value, sid) in enumerate(entries, start=1):
                if value != previous:
                    rank, previous = position, value
                self._ranks[sid] = rank

    # ---- shape ---------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(FIXED) + len(COLUMNS)

    @staticmethod
    def column_key(column: int) -> str:
        return FIXED[column] if column < len(FIXED) else COLUMNS[column - len(FIXED)].key

    @staticmethod
    def column_of(key: str) -> int:
        return FIXED.index(key) if key in FIXED else len(FIXED) + [c.key for c in COLUMNS].index(key)

    def row_ref(self, row: int) -> ScoreRef:
        kind, score = self._rows[row]
        return _ref(kind, score)

    def row_score(self, row: int) -> StaffScore:
        return self._rows[row][1]

    def row_of_staff(self, staff_id) -> int:
        for n, (kind, score) in enumerate(self._rows):
            if kind == "staff" and score.staff_id == staff_id:
                return n
        return -1

    def rank_of(self, staff_id) -> int | None:
        return self._ranks.get(staff_id)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        key = self.column_key(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "rank":
                return self.tr("Rank")
            if key == "name":
                return self.tr("Name")
            if key == "team":
                return self.tr("Team")
            if key == "trend":
                return self.tr("Trend: {kpi}").format(kpi=header(self.rank_key)) if self.rank_key in BY_KEY else ""
            return header(key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "rank":
                return self.tr("Rank by {kpi}; money is ranked within each currency.").format(kpi=header(self.rank_key))
            if key == "trend":
                return self.tr("The last 12 periods of the chosen figure, oldest on the left.")
            if key in BY_KEY:
                return explanation(key)
        return None

    # ---- cells ---------------------------------------------------------------------------
    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        kind, score = self._rows[index.row()]
        key = self.column_key(index.column())
        col = BY_KEY.get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(kind, score, key, col)
        if role == Qt.ItemDataRole.FontRole and kind != "staff":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col is not None or key == "rank":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if key == "attainment":
                return self._band_colour(score)
            if kind != "staff":
                return QApplication.palette().alternateBase()
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(kind, score, key, col)
        if role == CELL_ROLE:
            return (key, _ref(kind, score)) if col is not None and col.drillable else None
        if role == KIND_ROLE:
            return kind
        if role == TREND_ROLE and key == "trend":
            return self.trend.get(score.staff_id if kind == "staff" else None if kind == "department" else
                                  ("team", score.team_id))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{header(key) if col else key}: {self._text(kind, score, key, col)}"
        return None

    def _text(self, kind: str, score: StaffScore, key: str, col: KpiColumn | None) -> str:
        if key == "rank":
            rank = self._ranks.get(score.staff_id) if kind == "staff" else None
            return "" if rank is None else str(rank)
        if key == "name":
            if kind == "team":
                return self.tr("Total {team}").format(team=score.team or self.tr("(no team)"))
            if kind == "department":
                return self.tr("Department total")
            return score.name
        if key == "team":
            return (score.team or "") if kind == "staff" else (score.branch or "")
        if key == "trend":
            return ""
        text = format_value(col, value_of(score, key))
        before = self._before.get(_ref(kind, score))
        if before is not None:
            change = change_text(col, value_of(score, key), value_of(before, key))
            if change:
                text = f"{text}  {change}"
        return text

    def _tooltip(self, kind, score, key, col) -> str | None:
        if key == "name" and kind == "staff" and score.role is not None:
            return f"{score.name} \u2013 {role_label(score.role)}"
        if col is None:
            return None
        lines = [explanation(key)]
        before = self._before.get(_ref(kind, score))
        if before is not None:
            lines.append(self.tr("Comparison period: {value}").format(value=format_value(col, value_of(before, key))))
        if value_of(score, key) is None or (col.unit == "money_rate" and not any(
                v is not None for v in (value_of(score, key) or {}).values())):
            lines.append(self.tr("Not defined: there is nothing to divide by in this period."))
        if col.drillable:
            lines.append(self.tr("Double-click or press Enter to see what is behind this figure."))
        return "\n".join(lines)

    def _band_colour(self, score: StaffScore) -> QColor | None:
        if self.thresholds is None:
            return None
        from collectdesk.services.targets import attainment_band

        values = [v for v in (score.attainment or {}).values() if v is not None]
        if not values:
            return None
        return band_background(attainment_band(min(values), self.thresholds))

    # ---- sorting -------------------------------------------------------------------------
    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if self.column_key(column) == "trend":
            return
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        self._arrange()
        self.layoutChanged.emit()


def has_figures(score: StaffScore) -> bool:
    return bool(score.accounts_worked or score.contact_attempts or score.right_party_contacts or score.promises_made
                or score.collected or score.target or score.complaints or score.compliments
                or score.compliance_findings or score.qa_score is not None or score.escalations_raised
                or score.promises_fell_due)


def role_text(score: StaffScore) -> str:
    return role_label(score.role) if score.role is not None else ""


__all__ = ["ScorecardModel", "ScoreRef", "CELL_ROLE", "TREND_ROLE", "KIND_ROLE", "format_value", "change_text",
           "COLUMNS", "FIXED", "role_text"]
