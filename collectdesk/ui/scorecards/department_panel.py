"""The department-level figures under the scorecard: collection effectiveness index, roll rates between
aging buckets, cure rate and liquidation rate (services.department_kpis.DepartmentFigures), each with
its definition as a tooltip. Money-based rates are shown per currency, never combined."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from collectdesk import i18n
from collectdesk.domain.aging import AgingBucket
from collectdesk.ui.dashboard.charts import bucket_label

DASH = "\u2013"


def percent_text(value: Decimal | None) -> str:
    return DASH if value is None else f"{i18n.format_decimal(value, 1)}\u00a0%"


def per_currency_text(values: dict) -> str:
    if not values:
        return DASH
    if len(values) == 1:
        return percent_text(next(iter(values.values())))
    return " \u00b7 ".join(f"{cur} {percent_text(v)}" for cur, v in sorted(values.items()))


class DepartmentPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(3, 1)
        self.figures = None
        self.placeholder = QLabel(self)
        self.grid.addWidget(self.placeholder, 0, 0)
        self.retranslate()

    def retranslate(self) -> None:
        self.placeholder.setText(self.tr("Loading\u2026"))
        if self.figures is not None:
            self.set_figures(self.figures)

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None and item.widget() is not self.placeholder:
                item.widget().deleteLater()
        self.placeholder.hide()

    def _row(self, row: int, column: int, name: str, value: str, tip: str) -> None:
        label = QLabel(name + ":", self)
        figure = QLabel(f"<b>{value}</b>", self)
        figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for w in (label, figure):
            w.setToolTip(tip)
        self.grid.addWidget(label, row, column * 2)
        self.grid.addWidget(figure, row, column * 2 + 1)

    def set_figures(self, figures) -> None:
        self.figures = figures
        self._clear()
        self._row(0, 0, self.tr("Collection effectiveness index"), per_currency_text(figures.cei),
                  self.tr("Of what could be collected in the period (receivables at the start plus new placements), "
                          "the share that was collected, per currency."))
        self._row(1, 0, self.tr("Cure rate"), percent_text(figures.cure_rate),
                  self.tr("Accounts past due at the start of the period that were brought up to date or paid by "
                          "its end."))
        self._row(2, 0, self.tr("Liquidation rate"), per_currency_text(figures.liquidation_rate),
                  self.tr("Collected in the period as a share of the balances placed, per currency."))
        for n, roll in enumerate(figures.roll_rates):
            name = self.tr("Roll rate {source} \u2192 {target}").format(
                source=bucket_label(AgingBucket(roll.source)), target=bucket_label(AgingBucket(roll.target)))
            self._row(n, 1, name, per_currency_text(roll.rates),
                      self.tr("Balance that moved from one aging bucket to the next during the period, as a share "
                              "of the balance in the first bucket at the start."))
