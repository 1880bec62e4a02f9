"""The scorecard's department-wide rules: the broken-promise follow-up window and the anomaly thresholds
(department settings "scorecard.followup_days" and "anomalies.*"; their meaning: docs/anomalies.md).

One field per setting, each with its unit; "Restore defaults" refills the fields; Save writes all of
them in one transaction, so every workstation on a shared server applies the same rules.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QMessageBox, QSpinBox,
                               QVBoxLayout)

from collectdesk import i18n
from collectdesk.domain.errors import DomainError
from collectdesk.services.context import ServiceContext
from collectdesk.services.department_settings import DEFAULTS, get_settings, set_settings

# key, decimals (0: a whole number), minimum, maximum
FIELDS = (
    ("scorecard.followup_days", 0, 1, 60),
    ("anomalies.sigma", 1, Decimal("0.5"), 10),
    ("anomalies.min_sd_pp", 1, 0, 50),
    ("anomalies.min_team", 0, 2, 100),
    ("anomalies.min_promises_due", 0, 1, 1000),
    ("anomalies.min_calls", 0, 1, 10000),
    ("anomalies.history_periods", 0, 1, 6),
    ("anomalies.drop_pp", 1, 1, 100),
    ("anomalies.drop_collected_pct", 1, 1, 100),
    ("anomalies.period_end_days", 0, 1, 15),
    ("anomalies.late_broken_min", 0, 1, 1000),
    ("anomalies.late_broken_share", 1, 1, 100),
    ("anomalies.short_call_s", 0, 5, 600),
    ("anomalies.short_call_min", 0, 1, 1000),
    ("anomalies.short_call_share", 1, 1, 100),
)


def field_label(key: str) -> str:
    t = QCoreApplication.translate
    return {
        "scorecard.followup_days": t("RulesDialog", "Follow-up window after a broken promise (days):"),
        "anomalies.sigma": t("RulesDialog", "Far below the team: standard deviations:"),
        "anomalies.min_sd_pp": t("RulesDialog", "Smallest spread used (percentage points):"),
        "anomalies.min_team": t("RulesDialog", "Team members needed for a comparison:"),
        "anomalies.min_promises_due": t("RulesDialog", "Promises due needed to judge a kept rate:"),
        "anomalies.min_calls": t("RulesDialog", "Outbound calls needed to judge an RPC rate:"),
        "anomalies.history_periods": t("RulesDialog", "Own history: previous periods compared:"),
        "anomalies.drop_pp": t("RulesDialog", "A rate drop of at least (percentage points):"),
        "anomalies.drop_collected_pct": t("RulesDialog", "A drop in collections of at least (%):"),
        "anomalies.period_end_days": t("RulesDialog", "Period end: the last days of the period:"),
        "anomalies.late_broken_min": t("RulesDialog", "Late promises broken, at least (count):"),
        "anomalies.late_broken_share": t("RulesDialog", "Late promises broken, at least (% of those due):"),
        "anomalies.short_call_s": t("RulesDialog", "A short promise call lasts under (seconds):"),
        "anomalies.short_call_min": t("RulesDialog", "Short promise calls, at least (count):"),
        "anomalies.short_call_share": t("RulesDialog", "Short promise calls, at least (% of promise calls):"),
    }[key]


class RulesDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Scorecard rules"))
        self.fields: dict[str, QSpinBox | QDoubleSpinBox] = {}
        form = QFormLayout()
        values = {**get_settings(ctx, "scorecard.followup_days"), **get_settings(ctx, "anomalies.")}
        for key, decimals, lo, hi in FIELDS:
            if decimals:
                box = QDoubleSpinBox(self)
                box.setDecimals(decimals)
                box.setLocale(i18n.locale())
                box.setRange(float(lo), float(hi))
                box.setSingleStep(0.5)
            else:
                box = QSpinBox(self)
                box.setRange(int(lo), int(hi))
            label = QLabel(field_label(key), self)
            label.setBuddy(box)
            form.addRow(label, box)
            self.fields[key] = box
        self._show(values)
        intro = QLabel(self.tr("These rules apply to everyone using this database. The anomaly rules are "
                               "explained in the manual (docs/anomalies.md)."), self)
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self._show(DEFAULTS))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _show(self, values: dict) -> None:
        for key, box in self.fields.items():
            value = values.get(key, DEFAULTS[key])
            box.setValue(float(Decimal(str(value))) if isinstance(box, QDoubleSpinBox) else int(value))

    def values(self) -> dict:
        """What Save writes: whole numbers as int, the others as decimal strings (never a float)."""
        out = {}
        for key, box in self.fields.items():
            if isinstance(box, QDoubleSpinBox):
                text = box.cleanText().replace(i18n.locale().groupSeparator(), "")
                out[key] = format(Decimal(text.replace(i18n.locale().decimalPoint(), ".")).normalize(), "f")
            else:
                out[key] = box.value()
        return out

    def save(self) -> None:
        try:
            set_settings(self.ctx, self.values())
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.accept()
