"""QApplication start-up: settings, translators, database, main window.

The database is, in order: `--db`, `--demo` (the demo file, built on first use), the one chosen last
time, or what the user picks in the first-run dialog. A database that cannot be opened gets a clear
message and the choice again, so the app stays usable to fix it.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from collectdesk import APP_ID, APP_NAME, ORG_NAME, __version__, i18n


def _gui_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="collectdesk", add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--lang")
    parser.add_argument("--user")
    parser.add_argument("--demo", action="store_true")
    args, _unknown = parser.parse_known_args(argv)
    return args


class Startup:
    """Keeps the first-run dialog, the demo build and the main window alive until the window shows."""

    def __init__(self, args: argparse.Namespace):
        from collectdesk.ui.settings import AppSettings

        self.args = args
        self.settings = AppSettings()
        self.window = None

    def begin(self) -> None:
        from collectdesk.ui.database_dialog import DatabaseChoice, demo_database_path

        if self.args.db:
            self.open(DatabaseChoice(self.args.db, self.args.db), remember=False)
        elif self.args.demo:
            path = str(demo_database_path())
            self.open(DatabaseChoice(path, path, demo=True))
        elif self.settings.database:
            self.open(DatabaseChoice(self.settings.database, self.settings.database))
        else:
            self.ask(first_run=True)

    def ask(self, first_run: bool = False, message: str | None = None) -> None:
        from PySide6.QtWidgets import QMessageBox

        from collectdesk.ui.database_dialog import DatabaseDialog

        if message:
            QMessageBox.warning(None, APP_NAME, message)
        dialog = DatabaseDialog(None, first_run=first_run)
        if dialog.exec() and dialog.choice is not None:
            self.open(dialog.choice)
        else:
            QCoreApplication.exit(0)

    def open(self, choice, remember: bool = True) -> None:
        from collectdesk.ui.startup import open_choice

        def opened(database) -> None:
            from collectdesk.ui.main_window import MainWindow
            from collectdesk.ui.upgrade_notice import tell_if_upgraded

            if remember:
                self.settings.database = choice.location
                self.settings.sync()
            self.window = MainWindow(database, self.settings)
            self.window.show()
            tell_if_upgraded(self.window, database, self.window.statusBar())

        open_choice(None, choice, opened, on_failed=lambda msg: self.ask(message=msg), actor=self.args.user)


def install_error_handler() -> None:
    """An unexpected error is logged with its traceback and told to the user in words; the app goes on."""
    import logging
    import traceback

    from collectdesk import paths

    log_file = paths.data_dir() / "collectdesk.log"
    logging.basicConfig(filename=log_file, level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    def hook(exc_type, exc, tb) -> None:
        logging.getLogger("collectdesk").error("unexpected error\n%s",
                                               "".join(traceback.format_exception(exc_type, exc, tb)))
        from PySide6.QtWidgets import QMessageBox

        from collectdesk.domain.errors import DomainError

        if isinstance(exc, DomainError):
            text = exc.message
        else:
            text = QCoreApplication.translate(
                "Startup", "Something went wrong that CollectDesk did not expect. Nothing you saved before is "
                "lost. The details are in {file}.").format(file=log_file)
        QMessageBox.warning(None, APP_NAME, text)

    sys.excepthook = hook


def run_gui(argv: list[str]) -> int:
    from PySide6.QtCore import QTimer

    args = _gui_args(argv)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    # the desktop entry's name: Wayland matches the window to the menu entry (icon, grouping) by it
    QApplication.setDesktopFileName(APP_ID)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    from collectdesk.ui.icons import icon
    from collectdesk.ui.settings import AppSettings

    app.setWindowIcon(icon("app"))  # every window, the first-run dialog included
    from collectdesk.ui.fallback_fonts import ensure_fonts

    ensure_fonts()

    i18n.install(args.lang or AppSettings().language or None)
    install_error_handler()
    app.setQuitOnLastWindowClosed(True)
    startup = Startup(args)
    QTimer.singleShot(0, startup.begin)
    code = app.exec()
    if startup.window is not None:
        startup.window.database.close()
    return code
