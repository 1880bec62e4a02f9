"""Create or edit a training module: code, title, language, description, link, attached file, the roles it
is mandatory for, the renewal interval (or never) and whether it is active.

A chosen file is attached when the module is saved (checked for its size at once); "Open" shows the
stored file (written to a temporary file and opened with the desktop's viewer) or the chosen one."""

from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSpinBox, QWidget)

from collectdesk.domain.enums import StaffRole
from collectdesk.domain.errors import DomainError
from collectdesk.services import training
from collectdesk.services.context import ServiceContext
from collectdesk.services.training import LANGUAGES, MAX_ATTACHMENT_BYTES, MAX_VALIDITY_MONTHS, ModuleInput, ModuleRow
from collectdesk.ui import labels
from collectdesk.ui.training.form_dialog import FormDialog

NEVER = 0


def open_module_file(ctx: ServiceContext, module_id: uuid.UUID) -> str | None:
    """Write the module's stored file to a temporary folder and open it; returns the path (None: no file)."""
    found = training.attachment(ctx, module_id)
    if found is None:
        return None
    name, data = found
    folder = tempfile.mkdtemp(prefix="collectdesk-")
    path = os.path.join(folder, os.path.basename(name) or "attachment")
    with open(path, "wb") as fh:
        fh.write(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(path))
    return path


class ModuleDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, module: ModuleRow | None = None, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.module = module
        self.module_id: uuid.UUID | None = module.id if module else None
        self.pending_file: Path | None = None
        self.remove_file = False

        self.code = QLineEdit(self)
        self.code.setMaxLength(40)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(200)
        self.language = QComboBox(self)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.link = QLineEdit(self)
        self.link.setMaxLength(1000)

        self.file_name = QLabel(self)
        self.attach_button = QPushButton(self)
        self.attach_button.clicked.connect(self.choose_file)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_file)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.drop_file)
        file_row = QWidget(self)
        file_layout = QHBoxLayout(file_row)
        file_layout.setContentsMargins(0, 0, 0, 0)
        file_layout.addWidget(self.file_name, 1)
        file_layout.addWidget(self.attach_button)
        file_layout.addWidget(self.open_button)
        file_layout.addWidget(self.remove_button)

        self.role_boxes: dict[StaffRole, QCheckBox] = {}
        roles = QWidget(self)
        grid = QGridLayout(roles)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, role in enumerate(StaffRole):
            box = QCheckBox(roles)
            self.role_boxes[role] = box
            grid.addWidget(box, i // 2, i % 2)

        self.renewal = QSpinBox(self)
        self.renewal.setRange(NEVER, MAX_VALIDITY_MONTHS)
        self.active = QCheckBox(self)

        self.code_label, self.title_label, self.language_label = QLabel(self), QLabel(self), QLabel(self)
        self.description_label, self.link_label, self.file_label = QLabel(self), QLabel(self), QLabel(self)
        self.roles_label, self.renewal_label = QLabel(self), QLabel(self)
        self.add_row(self.code_label, self.code)
        self.add_row(self.title_label, self.title_edit)
        self.add_row(self.language_label, self.language)
        self.add_row(self.description_label, self.description)
        self.add_row(self.link_label, self.link)
        self.add_row(self.file_label, file_row, self.attach_button, self.open_button, self.remove_button)
        self.add_row(self.roles_label, roles, *self.role_boxes.values())
        self.add_row(self.renewal_label, self.renewal)
        self.add_wide(self.active, self.active)

        self._load(module)
        self.watch(self.code.textChanged, self.title_edit.textChanged, self.link.textChanged,
                   self.language.currentIndexChanged, self.renewal.valueChanged, self.description.textChanged,
                   self.active.toggled, *(b.toggled for b in self.role_boxes.values()))
        self.finish()

    def _load(self, m: ModuleRow | None) -> None:
        self.language.addItem("", None)
        for code in LANGUAGES:
            self.language.addItem("", code)
        if m is None:
            self.active.setChecked(True)
            return
        self.code.setText(m.code)
        self.title_edit.setText(m.title)
        self.language.setCurrentIndex(max(0, self.language.findData(m.language)) if m.language else 0)
        self.description.setPlainText(m.description or "")
        self.link.setText(m.link or "")
        for role in m.mandatory_roles:
            self.role_boxes[role].setChecked(True)
        self.renewal.setValue(m.validity_months or NEVER)
        self.active.setChecked(m.active)

    # ---- the file ----------------------------------------------------------------------------
    def stored_file(self) -> str | None:
        return None if self.remove_file or self.module is None else self.module.attachment_name

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file to the module"))
        if path:
            self.set_pending_file(path)

    def set_pending_file(self, path: str | os.PathLike) -> None:
        self.pending_file = Path(path)
        self.remove_file = False
        self._edited()
        self._show_file()

    def drop_file(self) -> None:
        self.pending_file = None
        self.remove_file = True
        self._edited()
        self._show_file()

    def open_file(self) -> None:
        if self.pending_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pending_file)))
        elif self.stored_file() and self.module_id is not None:
            try:
                open_module_file(self.ctx, self.module_id)
            except (DomainError, OSError) as exc:
                self.show_error(getattr(exc, "message", None) or str(exc))

    def _show_file(self) -> None:
        if self.pending_file is not None:
            text = self.tr("{name} (attached when saved)").format(name=self.pending_file.name)
        else:
            text = self.stored_file() or self.tr("No file")
        self.file_name.setText(text)
        has = self.pending_file is not None or bool(self.stored_file())
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    # ---- FormDialog --------------------------------------------------------------------------
    def data(self) -> ModuleInput:
        return ModuleInput(
            code=self.code.text(), title=self.title_edit.text(), description=self.description.toPlainText(),
            language=self.language.currentData(), link=self.link.text(),
            mandatory_roles=tuple(r for r, box in self.role_boxes.items() if box.isChecked()),
            validity_months=self.renewal.value() or None, active=self.active.isChecked())

    def validate(self) -> str | None:
        if not self.code.text().strip():
            return self.tr("Enter a code, for example GDPR-01.")
        if not self.title_edit.text().strip():
            return self.tr("Enter a title.")
        link = self.link.text().strip()
        if link:
            problem = training.link_problem(link)
            if problem:
                return problem
        if self.pending_file is not None:
            try:
                size = self.pending_file.stat().st_size
            except OSError:
                return self.tr("The chosen file cannot be read.")
            if size > MAX_ATTACHMENT_BYTES:
                return self.tr("The chosen file is larger than {limit} MB; give the module a link instead.").format(
                    limit=MAX_ATTACHMENT_BYTES // (1024 * 1024))
        return None

    def submit(self) -> None:
        if self.module is None:
            if self.module_id is None:  # a failed attach below must not create the module twice
                self.module_id = training.create_module(self.ctx, self.data())
        else:
            training.update_module(self.ctx, self.module.id, self.data(), expected_version=self.module.version)
            self.module = training.module(self.ctx, self.module.id)
        if self.pending_file is not None:
            training.attach_file(self.ctx, self.module_id, self.pending_file)
            self.pending_file = None
        elif self.remove_file:
            training.remove_attachment(self.ctx, self.module_id)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit training module") if self.module else self.tr("New training module"))
        self.code_label.setText(self.tr("C&ode:"))
        self.code.setPlaceholderText(self.tr("A short unique code, e.g. GDPR-01"))
        self.title_label.setText(self.tr("&Title:"))
        self.language_label.setText(self.tr("&Language:"))
        for i in range(self.language.count()):
            self.language.setItemText(i, labels.language_label(self.language.itemData(i)))
        self.description_label.setText(self.tr("&Description:"))
        self.link_label.setText(self.tr("Lin&k:"))
        self.link.setPlaceholderText(self.tr("https://… or file://… (optional)"))
        self.file_label.setText(self.tr("&File:"))
        self.attach_button.setText(self.tr("Attach file…"))
        self.attach_button.setToolTip(self.tr("Files up to {limit} MB are stored in the database.").format(
            limit=MAX_ATTACHMENT_BYTES // (1024 * 1024)))
        self.open_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Remove"))
        self.roles_label.setText(self.tr("&Mandatory for:"))
        for role, box in self.role_boxes.items():
            box.setText(labels.role_label(role))
        self.renewal_label.setText(self.tr("&Renew every:"))
        self.renewal.setSpecialValueText(self.tr("Never"))
        self.renewal.setSuffix(self.tr(" months"))
        self.active.setText(self.tr("&Active (can be assigned and is tracked)"))
        self.ok_button().setText(self.tr("&Save"))
        self._show_file()
