"""CollectDesk: the collection supervisor's workbench."""

from importlib.metadata import PackageNotFoundError, version as _package_version

try:
    # One source for the version: the package metadata, written from pyproject.toml at install time
    # (the bundles carry it too: packaging/collectdesk.spec copies the metadata).
    __version__ = _package_version("collectdesk")
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0+unknown"

APP_NAME = "CollectDesk"
APP_ID = "org.collectdesk.CollectDesk"  # reverse-DNS id: desktop entry, AppStream, icon name, macOS bundle
ORG_NAME = "CollectDesk"
