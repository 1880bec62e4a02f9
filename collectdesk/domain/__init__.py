"""Pure domain logic: no Qt widgets, no SQLAlchemy (QtCore's translate is allowed for messages)."""
