"""The department's own policy (an overlay profile such as INTERNAL) as YAML text, checked as it is typed.

The text is the shipped file (with its comments) until the department saves its own copy; a saved copy
is shown as YAML written from the stored body. The loader (compliance.profile_loader) checks the text a
moment after each keystroke and its problems are listed, each naming the rule and the key. Save stores a
new revision (services.compliance.profiles.save_layer, naming the revision the text was loaded from: if
someone saved or reset the policy meanwhile, nothing is saved and the message says who). Reset to
shipped deactivates the saved copies (after a confirmation).
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from collectdesk.compliance.profile_loader import (ProfileError, ProfileLayer, dump_layer, parse_layer, read_yaml,
                                                   unknown_disables)
from collectdesk.domain.errors import DomainError
from collectdesk.services.compliance import profiles
from collectdesk.ui.compliance.finding_labels import severity_colour
from collectdesk.ui.icons import icon

CHECK_DELAY_MS = 300


def layer_yaml(layer: ProfileLayer) -> str:
    """The text to edit: the shipped file as written (comments kept), or a saved copy as YAML."""
    if layer.revision is None:
        entry = resources.files("collectdesk.compliance") / "profiles" / f"{layer.code}.yaml"
        if entry.is_file():
            return entry.read_text(encoding="utf-8")
    import yaml

    return yaml.safe_dump(dump_layer(layer), allow_unicode=True, sort_keys=False, width=110)


class OverlayEditor(QWidget):
    saved = Signal(str)  # the code, after a save or a reset

    def __init__(self, database, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.layer: ProfileLayer | None = None
        self.layers: dict[str, ProfileLayer] = {}
        self.loaded_text = ""
        self.valid_body = None

        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setTabChangesFocus(False)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(icon("save"), "", self)
        self.reset_button = QPushButton(icon("refresh"), "", self)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problems, 1)
        buttons.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.check)
        self.editor.textChanged.connect(self.timer.start)
        self.retranslate()

    # ---- content -------------------------------------------------------------------------
    def set_layer(self, layer: ProfileLayer, layers: dict[str, ProfileLayer]) -> None:
        self.layer = layer
        self.layers = dict(layers)
        self.loaded_text = layer_yaml(layer)
        self.editor.setPlainText(self.loaded_text)
        self.timer.stop()
        self._show_state()
        self.check()

    def _show_state(self) -> None:
        layer = self.layer
        if layer is None:
            self.state.clear()
            return
        if layer.revision is None:
            self.state.setText(self.tr("<b>{code}</b>, version {version}: the copy shipped with CollectDesk. "
                                       "Saving stores the department's own copy; the shipped one stays "
                                       "available through Reset.").format(code=layer.code, version=layer.version))
        else:
            self.state.setText(self.tr("<b>{code}</b>, version {version}: the department's copy, revision "
                                       "{revision}. Saving stores a new revision.").format(
                code=layer.code, version=layer.version, revision=layer.revision))
        self.reset_button.setEnabled(layer.revision is not None)

    def check(self) -> bool:
        """Check the text as it stands; list its problems. True when it can be saved."""
        self.timer.stop()
        self.valid_body = None
        if self.layer is None:
            self.save_button.setEnabled(False)
            return False
        origin = self.tr("department policy")
        problems: list[str] = []
        try:
            body = read_yaml(self.editor.toPlainText(), origin=origin)
            if not isinstance(body, dict):
                raise ProfileError([self.tr("{origin}: the text must be a profile (code, version, kind, rules, "
                                            "...), not a single value.").format(origin=origin)])
            layer = parse_layer(body, origin=origin)
        except ProfileError as exc:
            problems = list(exc.problems)
        else:
            if layer.code != self.layer.code:
                problems.append(self.tr("{origin}: code: must stay {code}; to make another profile, ask for it "
                                        "to be added to the settings.").format(origin=origin, code=self.layer.code))
            if layer.kind != "overlay":
                problems.append(self.tr("{origin}: kind: must stay overlay.").format(origin=origin))
            unknown = unknown_disables(layer, self.layers)
            if unknown:
                problems.append(self.tr("{origin}: disable: no profile has the rules {rules}.").format(
                    origin=origin, rules=", ".join(unknown)))
            if not problems:
                self.valid_body = body
        changed = self.editor.toPlainText() != self.loaded_text
        if problems:
            colour = severity_colour("block").name()
            lines = "<br>".join(_html(p) for p in problems)
            self.problems.setText(self.tr("<span style='color:{colour}'><b>Cannot be saved:</b></span><br>"
                                          "{problems}").format(colour=colour, problems=lines))
        else:
            n = len(self.valid_body.get("rules") or ())
            self.problems.setText(self.tr("Valid: %n rule(s). Not saved yet.", "", n) if changed
                                  else self.tr("Valid: %n rule(s).", "", n))
        self.save_button.setEnabled(self.valid_body is not None and changed)
        return self.valid_body is not None

    def is_modified(self) -> bool:
        return self.layer is not None and self.editor.toPlainText() != self.loaded_text

    # ---- actions -------------------------------------------------------------------------
    def save(self) -> bool:
        if not self.check() or self.layer is None:
            return False
        try:
            revision = profiles.save_layer(self.database.ctx, self.valid_body, expected_revision=self.layer.revision)
        except DomainError as exc:  # a stale edit names who saved in between; the text stays as typed
            QMessageBox.warning(self, self.tr("Policy not saved"), exc.message)
            return False
        self._reloaded(self.tr("Saved as revision {revision}.").format(revision=revision))
        return True

    def reset(self) -> None:
        if self.layer is None or self.layer.revision is None:
            return
        answer = QMessageBox.question(self, self.tr("Reset to the shipped policy"), self.tr(
            "Replace the department's copy of {code} with the copy shipped with CollectDesk? The saved revisions "
            "stay in the history.").format(code=self.layer.code))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            profiles.reset_layer(self.database.ctx, self.layer.code, expected_revision=self.layer.revision)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Policy not reset"), exc.message)
            return
        self._reloaded(self.tr("Back to the shipped copy."))

    def _reloaded(self, message: str) -> None:
        code = self.layer.code
        layers = profiles.layers(self.database.ctx)
        self.set_layer(layers[code], layers)
        self.state.setText(f"{self.state.text()} <i>{_html(message)}</i>")
        self.saved.emit(code)

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("&Save policy"))
        self.save_button.setToolTip(self.tr("Store the text as a new revision of the department's policy"))
        self.reset_button.setText(self.tr("Reset to shi&pped"))
        self._show_state()
        if self.layer is not None:
            self.check()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
