"""CaseFiles: the files of the escalation shown in the pane (payslips, letters, photos).

    files = CaseFiles(ctx, parent)
    files.set_case(escalation_id, is_open)     # lists escalations.attachments(...)
    files.open_selected()                      # a copy in a temporary folder, opened by the desktop
    files.save_selected(path)                  # "Save as…" writes the bytes there
    files.add_files(paths)                     # "Add files…" (an open case), one transaction a file
    files.message(str)                         # what went wrong, in words, for the pane's message line

The bytes are read through services.escalation_file_data; "Add files…" is there for an open case only.
"""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from collectdesk.domain.errors import DomainError
from collectdesk.services import escalations
from collectdesk.services.escalation_file_data import file_data
from collectdesk.services.context import ServiceContext
from collectdesk.ui.escalations.chosen_files import MAX_ATTACHMENT_BYTES, format_size

ID_ROLE = Qt.ItemDataRole.UserRole


class CaseFiles(QWidget):
    message = Signal(str)
    added = Signal(int)  # how many files were attached

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.escalation_id: uuid.UUID | None = None
        self.is_open = False
        self._rows: list[tuple[uuid.UUID, str, int]] = []
        self._temp: tempfile.TemporaryDirectory | None = None
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMaximumHeight(78)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long name is shortened, never scrolled
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(lambda *_: self.open_selected())
        self.list.itemSelectionChanged.connect(self._enable)
        self.open_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.add_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self._save_as)
        self.add_button.clicked.connect(self._choose)
        buttons = QVBoxLayout()
        for button in (self.open_button, self.save_button, self.add_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.none = QLabel(self)  # instead of an empty list
        self.none.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addWidget(self.none)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._enable()

    def focus_chain(self) -> list[QWidget]:
        return [self.list, self.open_button, self.save_button, self.add_button]

    # ------------------------------------------------------------------ the list
    def set_case(self, escalation_id: uuid.UUID | None, is_open: bool) -> None:
        self.escalation_id, self.is_open = escalation_id, is_open
        self.list.clear()
        self._rows = []
        if escalation_id is not None:
            try:
                self._rows = escalations.attachments(self.ctx, escalation_id)
            except DomainError as exc:
                self.message.emit(exc.message)
        for file_id, name, size in self._rows:
            item = QListWidgetItem()
            item.setData(ID_ROLE, file_id)
            item.setToolTip(name)
            self.list.addItem(item)
        self._name_items()
        if self._rows:
            self.list.setCurrentRow(0)
        self._enable()

    def _name_items(self) -> None:
        for i, (_id, name, size) in enumerate(self._rows):
            self.list.item(i).setText(self.tr("{name} ({size})").format(name=name, size=format_size(size)))
        self.none.setText(self.tr("No files attached."))
        self.list.setVisible(bool(self._rows))
        self.none.setVisible(not self._rows)

    def names(self) -> list[str]:
        return [name for _id, name, _size in self._rows]

    def selected(self) -> tuple[uuid.UUID, str, int] | None:
        row = self.list.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)
        self.open_button.setVisible(bool(self._rows))  # no files: only "No files attached." (and Add)
        self.save_button.setVisible(bool(self._rows))
        self.add_button.setEnabled(self.escalation_id is not None and self.is_open)
        self.add_button.setVisible(self.escalation_id is None or self.is_open)

    # ------------------------------------------------------------------ reading and writing
    def _data(self, file_id: uuid.UUID) -> bytes | None:
        try:
            return file_data(self.ctx, file_id)[1]
        except DomainError as exc:
            self.message.emit(exc.message)
            return None

    def open_selected(self) -> Path | None:
        """Write the selected file to a private temporary folder and ask the desktop to open it."""
        chosen = self.selected()
        if chosen is None:
            return None
        data = self._data(chosen[0])
        if data is None:
            return None
        if self._temp is None:
            self._temp = tempfile.TemporaryDirectory(prefix="collectdesk-")
        folder = Path(self._temp.name) / chosen[0].hex  # two files of the same name do not overwrite each other
        folder.mkdir(exist_ok=True)
        path = folder / Path(chosen[1]).name
        path.write_bytes(data)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.message.emit(self.tr("No program opens {name} on this computer; use Save as… instead.").format(
                name=chosen[1]))
        return path

    def _save_as(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the file"), chosen[1])
        if path:
            self.save_selected(path)

    def save_selected(self, path: str | Path) -> bool:
        chosen = self.selected()
        data = self._data(chosen[0]) if chosen else None
        if data is None:
            return False
        try:
            Path(path).write_bytes(data)
        except OSError as exc:
            self.message.emit(self.tr("The file could not be saved: {error}").format(error=exc.strerror or exc))
            return False
        self.message.emit("")
        return True

    def _choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), "", self.tr("All files (*)"))
        if names:
            self.add_files(names)

    def add_files(self, names) -> int:
        """Attach each file (too large ones refused before anything is read); returns how many were added."""
        if self.escalation_id is None or not self.is_open:
            return 0
        added, problems = 0, []
        for name in names:
            path = Path(name)
            try:
                if path.stat().st_size > MAX_ATTACHMENT_BYTES:
                    problems.append(self.tr("{name} is larger than {limit} MB.").format(
                        name=path.name, limit=MAX_ATTACHMENT_BYTES // 2**20))
                    continue
                escalations.add_attachment(self.ctx, self.escalation_id, path)
                added += 1
            except DomainError as exc:
                problems.append(exc.message)
            except OSError as exc:
                problems.append(self.tr("{name} cannot be read: {error}").format(
                    name=path.name, error=exc.strerror or exc))
        self.set_case(self.escalation_id, self.is_open)
        self.message.emit("\n".join(problems))
        if added:
            self.added.emit(added)
        return added

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Op&en"))
        self.save_button.setText(self.tr("Sa&ve as…"))
        self.add_button.setText(self.tr("Add fi&les…"))
        self.list.setAccessibleName(self.tr("Files of the case"))
        self._name_items()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
