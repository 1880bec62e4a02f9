"""AnomaliesView: the anomalies in staff work, one sentence each, for the scorecard pane.

Enter or a double click on a finding emits `drill(staff_id, kpi)` for a finding with a figure to drill
into (its `evidence_kpi`), otherwise `open_staff(staff_id)`. The two buttons (and the context menu) do
either explicitly: "Show the figures" (Ctrl+D) and "Open staff member" (Ctrl+Shift+O).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMenu, QPushButton, QTreeView,
                               QVBoxLayout, QWidget)

from collectdesk.services.staff_anomalies import Anomaly
from collectdesk.ui.scorecards.anomalies_model import (COL_FINDING, COL_SEVERITY, COL_STAFF, COL_TEAM,
                                                       AnomaliesModel)


class AnomaliesView(QWidget):
    open_staff = Signal(object)  # staff_id
    drill = Signal(object, str)  # staff_id, the StaffScore field to drill into

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = AnomaliesModel(self)
        self.title = QLabel()
        self.list = QTreeView()
        self.list.setObjectName("anomalies")
        self.list.setModel(self.model)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(False)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(COL_SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_STAFF, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEAM, QHeaderView.ResizeMode.ResizeToContents)
        self.title.setBuddy(self.list)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.drill_button = QPushButton()
        self.staff_button = QPushButton()
        self.drill_action = QAction(self)
        self.drill_action.setShortcut(QKeySequence("Ctrl+D"))
        self.staff_action = QAction(self)
        self.staff_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        for action in (self.drill_action, self.staff_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.drill_action.triggered.connect(self._drill_current)
        self.staff_action.triggered.connect(self._open_current)
        self.drill_button.clicked.connect(self._drill_current)
        self.staff_button.clicked.connect(self._open_current)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.drill_button)
        buttons.addWidget(self.staff_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.list, self.drill_button)
        self.setTabOrder(self.drill_button, self.staff_button)

        self.list.activated.connect(self._activated)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.retranslate()
        self.set_anomalies([])

    def retranslate(self) -> None:
        self.drill_button.setText(self.tr("Show the &figures"))
        self.drill_button.setToolTip(self.tr("The scorecard figure behind this finding, row by row (Ctrl+D)"))
        self.staff_button.setText(self.tr("Open &staff member"))
        self.staff_button.setToolTip(self.tr("The staff member's record (Ctrl+Shift+O)"))
        self.drill_action.setText(self.drill_button.text())
        self.staff_action.setText(self.staff_button.text())
        self.empty.setText(self.tr("Nothing unusual in this period: no figure is far from the team or from the "
                                   "person's own history."))
        self._update_title()

    def set_anomalies(self, anomalies: list[Anomaly]) -> None:
        self.model.set_anomalies(anomalies)
        has = bool(anomalies)
        self.list.setVisible(has)
        self.empty.setVisible(not has)
        if has:
            self.list.setCurrentIndex(self.model.index(0, COL_FINDING))
        self._update_title()
        self._update_buttons()

    def anomalies(self) -> list[Anomaly]:
        return [self.model.anomaly(r) for r in range(self.model.rowCount())]

    def _update_title(self) -> None:
        n = self.model.rowCount()
        self.title.setText(self.tr("&Anomalies: %n finding(s) worth a look", "", n))

    def _current(self) -> Anomaly | None:
        index = self.list.currentIndex()
        return self.model.anomaly(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        a = self._current()
        self.drill_button.setEnabled(bool(a and a.evidence_kpi))
        self.drill_action.setEnabled(self.drill_button.isEnabled())
        self.staff_button.setEnabled(a is not None)
        self.staff_action.setEnabled(a is not None)

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        a = self.model.anomaly(index.row())
        if a.evidence_kpi:
            self.drill.emit(a.staff_id, a.evidence_kpi)
        else:
            self.open_staff.emit(a.staff_id)

    def _drill_current(self) -> None:
        a = self._current()
        if a is not None and a.evidence_kpi:
            self.drill.emit(a.staff_id, a.evidence_kpi)

    def _open_current(self) -> None:
        a = self._current()
        if a is not None:
            self.open_staff.emit(a.staff_id)

    def _menu(self, pos) -> None:
        if not self.list.indexAt(pos).isValid():
            return
        self.list.setCurrentIndex(self.list.indexAt(pos))
        menu = QMenu(self)
        menu.addAction(self.drill_action)
        menu.addAction(self.staff_action)
        menu.exec(self.list.viewport().mapToGlobal(pos))
