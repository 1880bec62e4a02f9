"""Use cases. One function = one transaction, with its audit rows written in that transaction."""
