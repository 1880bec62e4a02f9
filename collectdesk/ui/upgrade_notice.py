"""Telling the user, once, that opening a database updated it to this version's format.

The migration itself happens in collectdesk.store.migrate (after a copy of a SQLite file is kept aside);
this is what the user sees afterwards: a line in the status bar that stays a while, an information box
(the one moment they learn where the copy of their data as it was is kept) and a line in the log for support.
It is shown once because a migrated database is at head: the next open migrates nothing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from collectdesk import __version__
from collectdesk.services.database import Database
from collectdesk.store.engine import is_sqlite

log = logging.getLogger(__name__)

STATUS_TIMEOUT_MS = 30_000


def upgrade_message(database: Database) -> str | None:
    """What to tell the user about the update this open made, in their language; None when nothing was updated."""
    if database.migrated_from is None:
        return None
    tr = QCoreApplication.translate
    if not is_sqlite(database.url):
        return tr("UpgradeNotice", "CollectDesk {version} updated the shared database {database} to its new format, "
                  "in one transaction.\n\nEvery computer that uses this database now needs CollectDesk {version} "
                  "or newer.").format(version=__version__, database=database.label)
    if database.backup_made is None:
        return tr("UpgradeNotice", "CollectDesk {version} updated this database to its new format.").format(
            version=__version__)
    return tr("UpgradeNotice", "CollectDesk {version} updated this database to its new format.\n\n"
              "A copy of the database as it was before is kept at:\n{backup}\n\nOlder versions of CollectDesk "
              "cannot open the updated database; they can open that copy.").format(
        version=__version__, backup=database.backup_made)


def status_message(database: Database) -> str | None:
    """The same news, short enough for the status bar."""
    if database.migrated_from is None:
        return None
    tr = QCoreApplication.translate
    if database.backup_made is not None:
        return tr("UpgradeNotice", "Database updated by CollectDesk {version}; the copy as it was: {backup}").format(
            version=__version__, backup=database.backup_made)
    return tr("UpgradeNotice", "Database updated by CollectDesk {version}.").format(version=__version__)


def tell_if_upgraded(parent: QWidget | None, database: Database, status_bar: QStatusBar | None = None) -> str | None:
    """Status bar, log and an information box when opening `database` migrated it. Returns what was said."""
    message = upgrade_message(database)
    if message is None:
        return None
    log.info("CollectDesk %s updated %s from schema %s; copy before the update: %s", __version__, database.label,
             database.migrated_from, database.backup_made or "(none: updated in one transaction)")
    if status_bar is not None:
        status_bar.showMessage(status_message(database) or "", STATUS_TIMEOUT_MS)
    QMessageBox.information(parent, QCoreApplication.translate("UpgradeNotice", "Database updated"), message)
    return message
