"""The department-level figures under the scorecard: collection effectiveness index, roll rates between
aging buckets, cure rate and liquidation rate (services.department_kpis.DepartmentFigures), each with
its definition as a tooltip. Money-based rates are shown per currency, never combined."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from collectdesk import i18n
from collectdesk.domain.aging import AgingBucket
from collectdesk.ui.dashboard.charts import bucket_label

DASH = "\u2013"


def percent_text(value: Decimal | None) -> str:
    return DASH if value is None else f"{i18n.format_decimal(value, 1)}\u00a0%"


class DepartmentPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
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

    def _cell(self, row: int, column: int, text: str, tip: str = "", bold: bool = False) -> None:
        label = QLabel(f"<b>{text}</b>" if bold else text, self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if column > 0:
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setToolTip(tip)
        self.grid.addWidget(label, row, column)

    def set_figures(self, figures) -> None:
        """One column per currency; the cure rate counts accounts, so it has one value for all."""
        self.figures = figures
        self._clear()
        currencies = sorted(figures.by_currency)
        for n, cur in enumerate(currencies, start=1):
            self._cell(0, n, cur, bold=True)
        cei_tip = self.tr("Of what could be collected in the period (receivables at the start plus new placements), "
                          "the share that was collected.")
        liq_tip = self.tr("Of the amounts placed in the period, the share collected by its end.")
        roll_tip = self.tr("Balance that moved from one aging bucket to the next during the period, as a share "
                           "of the balance in the first bucket at the start.")
        self._cell(1, 0, self.tr("Collection effectiveness index"), cei_tip)
        self._cell(2, 0, self.tr("Liquidation rate"), liq_tip)
        row = 3
        pairs = []
        for cur in currencies:
            for pair in figures.by_currency[cur].roll_rates:
                if pair not in pairs:
                    pairs.append(pair)
        for n, cur in enumerate(currencies, start=1):
            f = figures.by_currency[cur]
            self._cell(1, n, percent_text(f.cei), cei_tip, bold=True)
            self._cell(2, n, percent_text(f.liquidation_rate), liq_tip, bold=True)
        for source, target in pairs:
            name = self.tr("Roll rate {source} \u2192 {target}").format(
                source=bucket_label(AgingBucket(source)), target=bucket_label(AgingBucket(target)))
            self._cell(row, 0, name, roll_tip)
            for n, cur in enumerate(currencies, start=1):
                self._cell(row, n, percent_text(figures.by_currency[cur].roll_rates.get((source, target))), roll_tip)
            row += 1
        cure_tip = self.tr("Accounts past due at the start of the period that were brought up to date or paid by "
                           "its end: {cured} of {delinquent}.").format(cured=i18n.format_count(figures.cured),
                                                                       delinquent=i18n.format_count(
                                                                           figures.delinquent_at_start))
        self._cell(row, 0, self.tr("Cure rate (all currencies, by accounts)"), cure_tip)
        self._cell(row, 1, percent_text(figures.cure_rate), cure_tip, bold=True)
        self.grid.setColumnStretch(len(currencies) + 1, 1)


def figure_pairs(figures) -> list[tuple[str, object]]:
    """(label, value) rows for the spreadsheet: the same figures the panel shows, one row per figure and
    currency; percentages as numbers (e.g. 71.2), None where undefined."""
    t = QCoreApplication.translate
    pairs: list[tuple[str, object]] = []
    for cur, f in sorted(figures.by_currency.items()):
        pairs.append((t("DepartmentPanel", "Collection effectiveness index (%), {currency}").format(currency=cur),
                      f.cei))
        pairs.append((t("DepartmentPanel", "Liquidation rate (%), {currency}").format(currency=cur),
                      f.liquidation_rate))
        for (source, target), rate in f.roll_rates.items():
            pairs.append((t("DepartmentPanel", "Roll rate {source} \u2192 {target} (%), {currency}").format(
                source=bucket_label(AgingBucket(source)), target=bucket_label(AgingBucket(target)), currency=cur),
                rate))
    pairs.append((t("DepartmentPanel", "Cure rate (%)"), figures.cure_rate))
    return pairs
