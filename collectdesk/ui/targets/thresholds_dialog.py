"""The attainment thresholds: two percentages (good, warning) with a coloured sample of the three
bands, checked as the user types (the warning level must be below the good one). Saving goes through
services.targets.set_attainment_thresholds with the version read, so a stale edit fails loudly."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QVBoxLayout,
                               QWidget)

from collectdesk.domain.errors import DomainError
from collectdesk.domain.target_metrics import Thresholds
from collectdesk.services.context import ServiceContext
from collectdesk.services.targets import MAX_PERCENT, set_attainment_thresholds
from collectdesk.ui.dashboard.figure_tile import tone_colour
from collectdesk.ui.targets.targets_model import band_background, percent_number


def _decimal(spin: QDoubleSpinBox) -> Decimal:
    """The spin box's value as the one-decimal Decimal it shows (no binary noise)."""
    return Decimal(f"{spin.value():.1f}")


class ThresholdsDialog(QDialog):
    def __init__(self, ctx: ServiceContext, thresholds: Thresholds, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.thresholds = thresholds
        self.saved: Thresholds | None = None
        self.good, self.warn = QDoubleSpinBox(self), QDoubleSpinBox(self)
        for spin, value in ((self.good, thresholds.good), (self.warn, thresholds.warn)):
            spin.setDecimals(1)
            spin.setRange(0.1, float(MAX_PERCENT))
            spin.setSingleStep(5)
            spin.setSuffix("\u00a0%")
            spin.setValue(float(value))
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setMaximumWidth(160)
            spin.valueChanged.connect(self._update)
        self.good.setObjectName("good_threshold")
        self.warn.setObjectName("warn_threshold")
        self.good_label, self.warn_label = QLabel(self), QLabel(self)
        self.good_label.setBuddy(self.good)
        self.warn_label.setBuddy(self.warn)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.samples = {band: QLabel(self) for band in ("good", "warn", "bad")}
        sample_row = QVBoxLayout()
        sample_row.setSpacing(2)
        for band, label in self.samples.items():
            label.setObjectName(f"sample_{band}")
            label.setAutoFillBackground(True)
            label.setMargin(6)
            label.setWordWrap(True)
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.Window, band_background(band, palette))
            label.setPalette(palette)
            sample_row.addWidget(label, 1)
        self.error = QLabel(self)
        self.error.setObjectName("threshold_error")
        self.error.setWordWrap(True)
        palette = self.error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, tone_colour("bad", palette))
        self.error.setPalette(palette)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.good_label, self.good)
        form.addRow(self.warn_label, self.warn)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addLayout(sample_row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Attainment colours"))
        self.intro.setText(self.tr("Attainment is what was achieved as a percentage of the target. These levels "
                                   "colour it in the Targets and Scorecards panes, for the whole department."))
        self.good_label.setText(self.tr("&Good from:"))
        self.warn_label.setText(self.tr("&Warning from:"))
        self.good.setToolTip(self.tr("Attainment at or above this is shown as good"))
        self.warn.setToolTip(self.tr("Attainment at or above this, but below the good level, is a warning; "
                                     "below it, attainment is shown as bad"))

    def values(self) -> tuple[Decimal, Decimal]:
        return _decimal(self.good), _decimal(self.warn)

    def _update(self) -> None:
        good, warn = self.values()
        g, w = percent_number(good), percent_number(warn)
        self.samples["good"].setText(self.tr("Good: {good}% or more").format(good=g))
        self.samples["warn"].setText(self.tr("Warning: {warn}% to under {good}%").format(warn=w, good=g))
        self.samples["bad"].setText(self.tr("Bad: under {warn}%").format(warn=w))
        ok = warn < good
        self.error.setText("" if ok else self.tr("The warning level must be below the good level."))
        self.error.setVisible(not ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        good, warn = self.values()
        try:
            self.saved = set_attainment_thresholds(self.ctx, good, warn, expected_version=self.thresholds.version)
        except DomainError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        super().accept()
