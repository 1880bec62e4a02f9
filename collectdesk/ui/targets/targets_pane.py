"""The Targets pane: the targets of a period per team and staff member, edited in place.

Top: the period bar (kind, ◀ period ▶ with Alt+Left/Alt+Right, Current, or a custom range; the
scope: all staff, a branch or a team), shared with the Scorecards pane. Then the actions: Copy to
next period (Ctrl+Shift+C), Import from XLSX… (Ctrl+I), Thresholds…, and a legend of the attainment
colours. The table (TargetsModel) has one row per team followed by its members; a target cell is
edited in place (MoneyEdit for amounts, a spin box for counts) and saved at once through
services.targets.set_target with the version shown, so a stale edit is refused, told in a message,
and the table reloaded. Delete removes the target of the current cell.

Reading (targets, the scorecard's figures for attainment, thresholds), copying forward and importing
run in the background (run_task); the import shows progress with Cancel, and a refused file shows
every bad row (ImportErrorsDialog) with nothing written. F5 (the main window) calls refresh().
"""

from __future__ import annotations

import logging
from datetime import date
from html import escape
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from collectdesk import i18n
from collectdesk.domain.errors import DomainError
from collectdesk.domain.periods import Period, PeriodKind
from collectdesk.domain.target_metrics import metric, shift_period
from collectdesk.services.database import Database
from collectdesk.services.imports.report import ImportCancelled
from collectdesk.services.targets import TargetRow
from collectdesk.ui.icons import icon
from collectdesk.ui.pane import Pane
from collectdesk.ui.scorecards.period_bar import PeriodBar, period_text
from collectdesk.ui.targets.import_errors_dialog import ImportErrorsDialog
from collectdesk.ui.targets.target_delegate import TargetDelegate
from collectdesk.ui.targets.targets_model import TargetsModel, band_background, percent_number
from collectdesk.ui.targets.thresholds_dialog import ThresholdsDialog
from collectdesk.ui.tasks import run_task

log = logging.getLogger(__name__)


class TargetsPane(Pane):
    icon_name = "report"
    pane_name = "targets"
    rows_loaded = Signal()
    load_failed = Signal(str)
    copied = Signal(int)  # how many targets copy forward created
    import_finished = Signal(object)  # the TargetImportReport

    def __init__(self, database: Database, parent: QWidget | None = None):
        super().__init__(database, parent)
        self._generation = 0
        self._scopes_loaded = False
        self.loaded = False
        self.message_box: QMessageBox | None = None
        self.errors_dialog: ImportErrorsDialog | None = None
        self.thresholds_dialog: ThresholdsDialog | None = None

        self.period_bar = PeriodBar(self, with_comparison=False)  # comparing belongs to the scorecards
        self.period_bar.set_period(Period.containing(PeriodKind.MONTH, date.today()))
        self.period_bar.changed.connect(self.refresh)

        self.copy_button = QPushButton(icon("add"), "", self)
        self.import_button = QPushButton(icon("export"), "", self)
        self.thresholds_button = QPushButton(icon("settings"), "", self)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        actions = QHBoxLayout()
        for b in (self.copy_button, self.import_button, self.thresholds_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.legend)

        self.model = TargetsModel(self)
        self.model.commit = self._commit
        self.model.save_failed.connect(self._save_failed)
        self.model.target_saved.connect(self._saved)
        self.delegate = TargetDelegate(self)
        self.delegate.invalid.connect(self._say)
        self.table = QTableView(self)
        self.table.setObjectName("targets_table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.notice = QLabel(self)  # what the last action did
        self.notice.setObjectName("targets_notice")
        self.notice.setWordWrap(True)
        self.status = QLabel(self)  # what the table shows

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.addWidget(self.period_bar)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.status)
        layout.addLayout(bottom)

        self.act_import = self._action("Ctrl+I", self.choose_import_file)
        self.act_copy = self._action("Ctrl+Shift+C", self.copy_to_next_period)
        self.act_clear = QAction(self)
        self.act_clear.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_clear.triggered.connect(self.clear_current)
        self.table.addAction(self.act_clear)
        self.copy_button.clicked.connect(self.act_copy.trigger)
        self.import_button.clicked.connect(self.act_import.trigger)
        self.thresholds_button.clicked.connect(self.edit_thresholds)
        self.setTabOrder(self.period_bar, self.copy_button)
        self.setTabOrder(self.copy_button, self.import_button)
        self.setTabOrder(self.import_button, self.thresholds_button)
        self.setTabOrder(self.thresholds_button, self.table)
        self.retranslate()

    def _action(self, shortcut: str, slot) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while this pane is shown
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # ---- Pane ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Targets")

    def retranslate(self) -> None:
        self.period_bar.retranslate()
        self.copy_button.setText(self.tr("&Copy to next period"))
        self.copy_button.setToolTip(self.tr("Copy this period's targets to the next period, keeping any already "
                                            "set there (Ctrl+Shift+C)"))
        self.import_button.setText(self.tr("&Import from XLSX\u2026"))
        self.import_button.setToolTip(self.tr("Import targets from a spreadsheet; a file with a bad row imports "
                                              "nothing (Ctrl+I)"))
        self.thresholds_button.setText(self.tr("&Thresholds\u2026"))
        self.thresholds_button.setToolTip(self.tr("The attainment levels shown as good, warning and bad"))
        self.act_clear.setText(self.tr("Remove target"))
        self._update_legend()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        if self.model.rowCount():  # role names, "Team, …" and number formats follow the language
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(self.model.rowCount() - 1,
                                                                                 self.model.columnCount() - 1))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.loaded and self._generation == 0:
            self.refresh()

    def focus_search(self) -> None:
        self.table.setFocus()

    def refresh(self) -> None:
        """Read the period's targets, attainment and thresholds in the background."""
        self._generation += 1
        generation = self._generation
        period = self.period_bar.period
        team_id, branch_id = self.period_bar.scope_ids()
        ctx = self.database.ctx
        need_scopes = not self._scopes_loaded
        current = self._current_key()
        self.status.setText(self.tr("Loading\u2026"))

        def work(_progress, _cancelled):
            from collectdesk.services.targets import attainment_thresholds, targets_for_period

            scopes = None
            if need_scopes:
                from collectdesk.services.staff import branches, teams

                scopes = (branches(ctx), teams(ctx))
            rows = targets_for_period(ctx, period.start, period.end, team_id=team_id, branch_id=branch_id,
                                      with_actuals=True)
            return scopes, rows, attainment_thresholds(ctx)

        def done(result) -> None:
            if generation != self._generation or not shiboken6.isValid(self):
                return
            scopes, rows, thresholds = result
            if scopes is not None:
                names = {b.id: b.name for b in scopes[0]}
                self._scopes_loaded = True
                self.period_bar.set_scopes([(b.id, b.name) for b in scopes[0]],
                                           [(t.id, t.name, names.get(t.branch_id, "")) for t in scopes[1]])
            self.model.set_rows(rows, thresholds)
            self.loaded = True
            self._restore_current(current)
            self._update_legend()
            staff = sum(1 for r in rows if r.kind == "staff")
            self.status.setText(self.tr("%n staff member(s)", "", staff) + ", "
                                + self.tr("%n team(s)", "", len(rows) - staff))
            self.status.setToolTip(self.tr("Type in a target cell to set the target for this period."))
            self.rows_loaded.emit()

        def failed(exc: BaseException) -> None:
            if generation != self._generation or not shiboken6.isValid(self):
                return
            message = self._error_text(exc)
            self.status.setText(message)
            self.load_failed.emit(message)

        run_task(self, work, on_done=done, on_error=failed)

    # ---- editing ---------------------------------------------------------------------------
    def _commit(self, row: TargetRow, metric_key: str, value):
        from collectdesk.services.targets import set_target

        period = self.period_bar.period
        cell = row.cells[metric_key]
        money = metric(metric_key).is_money
        return set_target(self.database.ctx, **row.owner, metric=metric_key, period_start=period.start,
                          period_end=period.end, amount=value if money else None,
                          currency=(cell.currency or row.currency) if money and value is not None else None,
                          count=None if money else value, expected_version=cell.seen_version)

    def _saved(self, row_index: int, metric_key: str) -> None:
        row = self.model.rows[row_index]
        value = row.cells[metric_key].value
        from collectdesk.services.targets import metric_label

        if value is None:
            self._say(self.tr("Removed the {metric} target of {name}.").format(
                metric=metric_label(metric_key), name=row.name))
        else:
            self._say(self.tr("Saved the {metric} target of {name}.").format(
                metric=metric_label(metric_key), name=row.name))

    def _save_failed(self, message: str, stale: bool) -> None:
        self._message(message)
        if stale:
            self.refresh()

    def clear_current(self) -> None:
        index = self.table.currentIndex()
        found = self.model.cell(index)
        if found is not None and not found[2] and found[1].value is not None:
            self.model.setData(index, None, Qt.ItemDataRole.EditRole)

    def _current_key(self):
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()].key, index.column()

    def _restore_current(self, current) -> None:
        if current is None:
            return
        key, column = current
        row = self.model.row_of(key)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, column))

    # ---- copy forward ----------------------------------------------------------------------
    def _describe(self, start: date, end: date) -> str:
        try:
            return period_text(Period(self.period_bar.period.kind, start, end))
        except ValueError:
            return period_text(Period(PeriodKind.CUSTOM, start, end))

    def copy_to_next_period(self, *, confirm: bool = True) -> None:
        period = self.period_bar.period
        nxt = shift_period(period.start, period.end)
        here, there = self._describe(period.start, period.end), self._describe(*nxt)
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Copy targets"),
                self.tr("Copy the targets of {here} to {there}? Targets already set for {there} stay as they are; "
                        "staff members who have left are skipped.").format(here=here, there=there))
            if answer != QMessageBox.StandardButton.Yes:
                return
        ctx = self.database.ctx

        def work(_progress, _cancelled):
            from collectdesk.services.targets import copy_forward

            return copy_forward(ctx, period.start, period.end)

        def done(created: int) -> None:
            if not shiboken6.isValid(self):
                return
            if created:
                self._say(self.tr("%n target(s) copied to {there}.", "", created).format(there=there))
            else:
                self._say(self.tr("Nothing to copy: {there} already has every target of {here}.").format(
                    there=there, here=here))
            self.copied.emit(created)

        run_task(self, work, on_done=done, on_error=lambda exc: self._message(self._error_text(exc)))

    # ---- import ----------------------------------------------------------------------------
    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import targets"), "",
                                              self.tr("Spreadsheets (*.xlsx *.csv)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        ctx = self.database.ctx

        def work(progress, cancelled):
            from collectdesk.services.target_import import import_targets

            return import_targets(ctx, path, progress=progress, cancelled=cancelled)

        run_task(self, work, on_done=self._imported, on_error=self._import_failed, title=self.tr("Import targets"),
                 label=self.tr("Importing targets from {file}\u2026").format(file=path.name))

    def _imported(self, report) -> None:
        if not shiboken6.isValid(self):
            return
        if report.ok:
            self._say(self.tr("Imported from {file}: {new} new, {updated} updated, {unchanged} unchanged.").format(
                file=report.filename, new=i18n.format_count(report.inserted),
                updated=i18n.format_count(report.updated), unchanged=i18n.format_count(report.unchanged)))
            self.refresh()
        else:
            self.errors_dialog = ImportErrorsDialog(report, self)
            self.errors_dialog.open()
        self.import_finished.emit(report)

    def _import_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(exc, ImportCancelled):
            self._say(self.tr("Import cancelled; nothing was imported."))
        else:
            self._message(self._error_text(exc))
        self.import_finished.emit(exc)

    # ---- thresholds ------------------------------------------------------------------------
    def edit_thresholds(self) -> None:
        from collectdesk.services.targets import attainment_thresholds

        try:
            current = attainment_thresholds(self.database.ctx)  # the saved version, not what was loaded
        except DomainError as exc:
            self._message(exc.message)
            return
        self.thresholds_dialog = ThresholdsDialog(self.database.ctx, current, self)
        self.thresholds_dialog.accepted.connect(self._thresholds_saved)
        self.thresholds_dialog.open()

    def _thresholds_saved(self) -> None:
        dialog = self.thresholds_dialog
        if dialog is not None and dialog.saved is not None:
            self.model.set_thresholds(dialog.saved)
            self._update_legend()
            self._say(self.tr("The attainment colours were saved for the whole department."))

    def _update_legend(self) -> None:
        t = self.model.thresholds
        if t is None:
            self.legend.setText("")
            return
        good, warn = percent_number(t.good), percent_number(t.warn)
        parts = []
        for band, text in (("good", self.tr("{good}% or more").format(good=good)),
                           ("warn", self.tr("{warn}% to under {good}%").format(warn=warn, good=good)),
                           ("bad", self.tr("under {warn}%").format(warn=warn))):
            colour = band_background(band, self.palette()).name()
            parts.append(f'<span style="background-color:{colour}">&nbsp;{escape(text)}&nbsp;</span>')
        self.legend.setText(escape(self.tr("Attained:")) + " " + " ".join(parts))

    # ---- messages --------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.status_message.emit(text)

    def _message(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Targets"), text, QMessageBox.StandardButton.Ok, self)
        self.message_box = box
        box.open()

    def _error_text(self, exc: BaseException) -> str:
        if isinstance(exc, DomainError):
            return exc.message
        log.error("targets: unexpected error", exc_info=exc)
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return self.tr("Something went wrong: {error}").format(error=detail)

