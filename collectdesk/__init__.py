"""CollectDesk: the collection supervisor's workbench."""

__version__ = "0.1.0"
APP_NAME = "CollectDesk"
ORG_NAME = "CollectDesk"
