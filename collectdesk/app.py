"""QApplication start-up: settings, translators, database, main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from collectdesk import APP_NAME, ORG_NAME, __version__, i18n


def _gui_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="collectdesk", add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--lang")
    parser.add_argument("--user")
    args, _unknown = parser.parse_known_args(argv)
    return args


def run_gui(argv: list[str]) -> int:
    args = _gui_args(argv)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    i18n.install(args.lang)

    from collectdesk.domain.errors import DomainError
    from collectdesk.services.database import open_database
    from collectdesk.ui.main_window import MainWindow

    try:
        database = open_database(args.db, actor=args.user)
    except DomainError as exc:
        QMessageBox.critical(None, APP_NAME, exc.message)
        return 3
    window = MainWindow(database)
    window.show()
    return app.exec()
