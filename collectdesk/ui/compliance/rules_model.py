"""ProfileRulesModel: the rules of an effective profile, as the supervisor checks them.

Columns: name (in the UI language), type, severity, basis, source, verified. An unverified rule is
flagged (a warning icon and "not verified": its number comes from a secondary source or a draft); the
source's web address is in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from collectdesk import i18n
from collectdesk.compliance.explain import basis_text, rule_type_text
from collectdesk.compliance.model import Rule
from collectdesk.domain.enums import FindingSeverity
from collectdesk.ui.compliance.finding_labels import severity_colour, severity_text
from collectdesk.ui.icons import icon

COLUMNS = ("name", "type", "severity", "basis", "source", "verified")
RULE_ROLE = Qt.ItemDataRole.UserRole + 1


class ProfileRulesModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rules: list[Rule] = []

    def set_rules(self, rules) -> None:
        self.beginResetModel()
        self.rules = list(rules)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rules)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "name": self.tr("Rule"), "type": self.tr("Type"), "severity": self.tr("Severity"),
            "basis": self.tr("Basis"), "source": self.tr("Source"), "verified": self.tr("Verified"),
        }[COLUMNS[section]]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        rule = self.rules[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "name":
                return rule.display_name(i18n.current_language())
            if key == "type":
                return rule_type_text(rule.type)
            if key == "severity":
                return severity_text(rule.severity)
            if key == "basis":
                return basis_text(rule.basis)
            if key == "source":
                return " ".join(rule.source.split())
            return "\u2713" if rule.verified else self.tr("not verified")
        if role == Qt.ItemDataRole.DecorationRole and key == "verified" and not rule.verified:
            return icon("warning")
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "severity":
                return severity_colour(rule.severity)
            if key == "verified" and not rule.verified:
                return severity_colour(FindingSeverity.WARN)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "source":
                text = " ".join(rule.source.split())
                return f"{text}\n{rule.url}" if rule.url else text
            if key == "verified" and not rule.verified:
                return self.tr("Not checked against the primary text: it comes from a secondary source, a "
                               "draft or a default.")
            if key == "name":
                return f"{rule.display_name(i18n.current_language())}\n{rule.id}"
        if role == RULE_ROLE:
            return rule
        return None
