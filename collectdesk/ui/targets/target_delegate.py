"""Editors for the targets table: MoneyEdit (the user's locale, never a float) for amounts, a spin box
for counts. An empty amount or a count of 0 ("No target") removes the target; an amount that is not
one yet (half-typed thousands separators) is not saved and `invalid` says why."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QWidget

from collectdesk.domain.target_metrics import metric
from collectdesk.services.targets import MAX_COUNT
from collectdesk.ui.account.money_edit import MoneyEdit, Parse
from collectdesk.ui.targets.targets_model import TargetsModel


class TargetDelegate(QStyledItemDelegate):
    invalid = Signal(str)  # why the typed amount was not saved

    def _cell(self, index: QModelIndex):
        model = index.model()
        return model.cell(index) if isinstance(model, TargetsModel) else None

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        found = self._cell(index)
        if found is None or found[2]:
            return super().createEditor(parent, option, index)
        row, cell, _ = found
        if metric(cell.metric).is_money:
            editor = MoneyEdit(cell.currency or row.currency, parent)
            editor.setObjectName("target_money_editor")
            editor.setFrame(False)
            return editor
        spin = QSpinBox(parent)
        spin.setObjectName("target_count_editor")
        spin.setRange(0, MAX_COUNT)
        spin.setSpecialValueText(self.tr("No target"))
        spin.setGroupSeparatorShown(True)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        spin.setFrame(False)
        return spin

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, MoneyEdit):
            editor.setValue(value)
            editor.selectAll()
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, MoneyEdit):
            state, value = editor.parse()
            if state is Parse.EMPTY:
                model.setData(index, None, Qt.ItemDataRole.EditRole)
            elif state is not Parse.ACCEPTABLE or value is None or value <= 0:
                self.invalid.emit(editor.problem() or self.tr("This is not an amount."))
            else:
                model.setData(index, value, Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value() or None, Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def eventFilter(self, editor, event) -> bool:
        """Enter on a half-typed amount keeps the editor open (as Qt does) and says why."""
        if (isinstance(editor, MoneyEdit) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            state, value = editor.parse()
            if state not in (Parse.ACCEPTABLE, Parse.EMPTY) or (value is not None and value <= 0):
                self.invalid.emit(editor.problem() or self.tr("This is not an amount."))
                return True
        return super().eventFilter(editor, event)

    def updateEditorGeometry(self, editor: QWidget, option, index: QModelIndex) -> None:
        editor.setGeometry(option.rect)
