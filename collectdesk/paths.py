"""Where CollectDesk keeps its files (platformdirs is the one source of truth)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

from collectdesk import APP_NAME

_dirs = PlatformDirs(APP_NAME, appauthor=False)


def data_dir() -> Path:
    override = os.environ.get("COLLECTDESK_DATA_DIR")
    path = Path(override) if override else Path(_dirs.user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    override = os.environ.get("COLLECTDESK_CONFIG_DIR")
    path = Path(override) if override else Path(_dirs.user_config_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "collectdesk.sqlite3"


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
