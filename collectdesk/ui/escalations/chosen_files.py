"""ChosenFiles: the files picked to go with a new escalation, before anything is saved.

    files = ChosenFiles(parent)                 # a list, "Add files…", "Remove"
    files.add_paths([...]) -> refused message   # what "Add files…" does after the file dialog
    files.paths()                               # in the order chosen
    files.changed                               # a file was added or removed
    files.refused(str)                          # some files were not taken, in words

Each line shows the file's name and size (QLocale's data size, so "1,2 MB" in German). A file over the
service's limit (escalations.MAX_ATTACHMENT_BYTES) or one that cannot be read is refused as it is
chosen, not when the escalation is saved; the same file twice is listed once.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from collectdesk import i18n
from collectdesk.services.escalations import MAX_ATTACHMENT_BYTES

PATH_ROLE = Qt.ItemDataRole.UserRole
SIZE_ROLE = Qt.ItemDataRole.UserRole + 1


def format_size(size: int) -> str:
    """A file size in the user's locale ("2.3 kB", "1,2 MB")."""
    return i18n.locale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class ChosenFiles(QWidget):
    changed = Signal()
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMaximumHeight(84)
        # long names shortened in the middle (the tooltip has the whole path), never a sideways scroll bar
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        buttons = QHBoxLayout()  # under the list, so the list has the field's whole width
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._enable)
        self.retranslate()
        self._enable()

    def focus_chain(self) -> list[QWidget]:
        return [self.list, self.add_button, self.remove_button]

    def paths(self) -> list[Path]:
        return [Path(self.list.item(i).data(PATH_ROLE)) for i in range(self.list.count())]

    def choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), "", self.tr("All files (*)"))
        if names:
            self.add_paths(names)

    def add_paths(self, names) -> str | None:
        """Add the files that can go with the escalation; returns (and emits) what was refused, in words."""
        known = {str(p) for p in self.paths()}
        too_big, unreadable = [], []
        limit_mb = MAX_ATTACHMENT_BYTES // 2**20
        for name in names:
            path = Path(name)
            if str(path) in known:
                continue
            try:
                size = os.path.getsize(path)
                readable = path.is_file() and os.access(path, os.R_OK)
            except OSError:
                size, readable = 0, False
            if not readable:
                unreadable.append(path.name)
                continue
            if size > MAX_ATTACHMENT_BYTES:
                too_big.append(path.name)
                continue
            item = QListWidgetItem()
            item.setData(PATH_ROLE, str(path))
            item.setData(SIZE_ROLE, size)
            self._name_item(item)
            item.setToolTip(str(path))
            self.list.addItem(item)
            known.add(str(path))
        problems = []
        if too_big:
            problems.append(self.tr("Not attached, larger than {limit} MB: {names}", "", len(too_big)).format(
                limit=limit_mb, names=", ".join(too_big)))
        if unreadable:
            problems.append(self.tr("Not attached, cannot be read: {names}", "", len(unreadable)).format(
                names=", ".join(unreadable)))
        self._enable()
        self.changed.emit()
        text = "\n".join(problems) or None
        if text:
            self.refused.emit(text)
        return text

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._enable()
        self.changed.emit()

    def _name_item(self, item: QListWidgetItem) -> None:
        item.setText(self.tr("{name} ({size})").format(name=Path(item.data(PATH_ROLE)).name,
                                                        size=format_size(item.data(SIZE_ROLE))))

    def _enable(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add files…"))
        self.remove_button.setText(self.tr("R&emove"))
        for i in range(self.list.count()):
            self._name_item(self.list.item(i))
        self.list.setAccessibleName(self.tr("Files to attach"))
        self.list.setToolTip(self.tr("At most {limit} MB a file").format(limit=MAX_ATTACHMENT_BYTES // 2**20))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
